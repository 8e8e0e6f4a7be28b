// PythonRandom (sim/engine/python_random.h) against CPython itself. Every expected value
// below was printed by Debian 12's /usr/bin/python3 (3.11.7) with random.Random(seed); the
// script is in the comment above each block. No Python runs at test time.
#include "sim/engine/python_random.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "sim/engine/sha.h"

namespace stacktwin::sim {
namespace {

std::vector<std::uint32_t> draws32(PythonRandom& r, int n) {
  std::vector<std::uint32_t> out;
  for (int i = 0; i < n; ++i) out.push_back(static_cast<std::uint32_t>(r.getrandbits(32)));
  return out;
}

// [repr(r.random()) for _ in range(5)] after Random(0)
TEST(PythonRandom, Seed0RandomFirstFive) {
  PythonRandom r(0);
  const double expected[] = {0.8444218515250481, 0.7579544029403025, 0.420571580830845,
                             0.25891675029296335, 0.5112747213686085};
  for (double e : expected) EXPECT_EQ(r.random(), e);
}

TEST(PythonRandom, DefaultConstructedIsSeedZero) {
  PythonRandom a, b(0);
  for (int i = 0; i < 10; ++i) EXPECT_EQ(a.genrand_uint32(), b.genrand_uint32());
}

// Random(42); [hex(r.getrandbits(k)) for k in (0, 1, 32, 64, 100)]
TEST(PythonRandom, Seed42GetRandBits) {
  PythonRandom r(42);
  EXPECT_EQ(r.getrandbits(0), 0u);
  EXPECT_EQ(r.getrandbits(1), 0x1u);
  EXPECT_EQ(r.getrandbits(32), 0x1c80317fu);
  EXPECT_EQ(r.getrandbits(64), 0xbdd640fb06671ad1u);
  // 0x2392456de3eb13b9046685257 as four words, least significant first.
  EXPECT_EQ(r.getrandbits_words(100),
            (std::vector<std::uint32_t>{0x46685257u, 0x3eb13b90u, 0x392456deu, 0x2u}));
}

// Random(42); hex(r.getrandbits(100)) == 0xb06671ad11c80317fa3b1799d
TEST(PythonRandom, Seed42GetRandBits100First) {
  PythonRandom r(42);
  EXPECT_EQ(r.getrandbits_words(100),
            (std::vector<std::uint32_t>{0xa3b1799du, 0x1c80317fu, 0x06671ad1u, 0xbu}));
}

// Random(9); [hex(r.getrandbits(k)) for k in (5, 33, 63, 64, 65, 96, 129)]
TEST(PythonRandom, Seed9GetRandBitsWidths) {
  PythonRandom r(9);
  EXPECT_EQ(r.getrandbits(5), 0xeu);
  EXPECT_EQ(r.getrandbits(33), 0x9cfbac6eu);
  EXPECT_EQ(r.getrandbits(63), 0x11bba8d54462ebfcu);
  EXPECT_EQ(r.getrandbits(64), 0xddd6ff552fa73207u);
  EXPECT_EQ(r.getrandbits_words(65),
            (std::vector<std::uint32_t>{0xad38835eu, 0x01a5ba50u, 0x0u}));
  EXPECT_EQ(r.getrandbits_words(96),
            (std::vector<std::uint32_t>{0x80b65386u, 0x76b67451u, 0xe5f6db1du}));
  EXPECT_EQ(r.getrandbits_words(129), (std::vector<std::uint32_t>{
                                          0x9acd8acdu, 0x14b044d7u, 0x558298e2u, 0x8de4ab47u, 0x1u}));
}

// Random(1); [r._randbelow(10) for _ in range(20)]
TEST(PythonRandom, Seed1RandBelow10) {
  PythonRandom r(1);
  const std::uint64_t expected[] = {2, 9, 1, 4, 1, 7, 7, 7, 6, 3, 1, 7, 0, 6, 6, 9, 0, 7, 4, 3};
  for (std::uint64_t e : expected) EXPECT_EQ(r.randbelow(10), e);
}

// Random(7); L = ['c1'..'c5']; [r.choice(L) for _ in range(10)]
TEST(PythonRandom, Seed7Choice) {
  PythonRandom r(7);
  const std::vector<std::string> hosts{"c1", "c2", "c3", "c4", "c5"};
  const char* expected[] = {"c3", "c2", "c4", "c1", "c1", "c5", "c1", "c3", "c5", "c1"};
  for (const char* e : expected) EXPECT_EQ(r.choice(hosts), e);
  EXPECT_THROW(r.choice(std::vector<int>{}), std::out_of_range);
}

// Random(0); x = list(range(20)); r.shuffle(x)
TEST(PythonRandom, Seed0Shuffle20) {
  PythonRandom r(0);
  std::vector<int> x(20);
  for (int i = 0; i < 20; ++i) x[i] = i;
  r.shuffle(x);
  EXPECT_EQ(x, (std::vector<int>{10, 18, 16, 14, 0, 17, 11, 2, 3, 9, 5, 7, 4, 19, 6, 15, 8, 1,
                                 13, 12}));
}

// Random(2**70 + 5); [r.getrandbits(32) for _ in range(5)]
TEST(PythonRandom, SeedLargerThan64Bits) {
  PythonRandom r;
  const std::uint32_t words[] = {5, 0, 64};  // 2^70 + 5
  r.seed_words(words);
  EXPECT_EQ(draws32(r, 5), (std::vector<std::uint32_t>{2004888747u, 1674612923u, 2039552273u,
                                                       2687345034u, 1582301984u}));
  // Leading zero words do not change the key (_PyLong_NumBits).
  PythonRandom z;
  const std::uint32_t padded[] = {5, 0, 64, 0, 0};
  z.seed_words(padded);
  PythonRandom r2;
  r2.seed_words(words);
  EXPECT_EQ(draws32(z, 5), draws32(r2, 5));
}

// Random(2**64 + 1), Random(2**32), Random(2**63): [r.getrandbits(32) for _ in range(3)]
TEST(PythonRandom, SeedWordBoundaries) {
  PythonRandom r;
  const std::uint32_t w641[] = {1, 0, 1};
  r.seed_words(w641);
  EXPECT_EQ(draws32(r, 3), (std::vector<std::uint32_t>{437050517u, 3681013637u, 3113036029u}));
  r.seed(std::int64_t{1} << 32);
  EXPECT_EQ(draws32(r, 3), (std::vector<std::uint32_t>{485306839u, 1508871100u, 1794561286u}));
  r.seed(INT64_MIN);  // abs(-2^63) == 2^63
  EXPECT_EQ(draws32(r, 3), (std::vector<std::uint32_t>{2377109768u, 1691753470u, 4039908392u}));
}

// Random(-3) == Random(3): [r.getrandbits(32) for _ in range(5)]
TEST(PythonRandom, NegativeSeedUsesAbsoluteValue) {
  PythonRandom neg(-3), pos(3);
  const std::vector<std::uint32_t> expected{1022050301u, 2545373330u, 2337446730u, 560161641u,
                                            1588945316u};
  EXPECT_EQ(draws32(neg, 5), expected);
  EXPECT_EQ(draws32(pos, 5), expected);
}

// Random(123); [r.randint(1, 6) for _ in range(10)]
TEST(PythonRandom, Seed123RandInt) {
  PythonRandom r(123);
  const std::int64_t expected[] = {1, 3, 1, 4, 3, 1, 1, 4, 5, 5};
  for (std::int64_t e : expected) EXPECT_EQ(r.randint(1, 6), e);
}

// Random(5); [r.randrange(10), r.randrange(3, 30, 4), r.randrange(30, 3, -4),
//  r.randrange(-10, 10), r.randrange(0, 2**40), r.randrange(1, 2**63-1), r.randint(-5, 5)]
TEST(PythonRandom, Seed5RandRange) {
  PythonRandom r(5);
  EXPECT_EQ(r.randrange(10), 9);
  EXPECT_EQ(r.randrange(3, 30, 4), 11);
  EXPECT_EQ(r.randrange(30, 3, -4), 10);
  EXPECT_EQ(r.randrange(-10, 10), 1);
  EXPECT_EQ(r.randrange(0, std::int64_t{1} << 40), 549512532852);
  EXPECT_EQ(r.randrange(1, INT64_MAX), 478261842605716054);
  EXPECT_EQ(r.randint(-5, 5), -3);
}

TEST(PythonRandom, RandRangeErrorsAsPython) {
  PythonRandom r(0);
  EXPECT_THROW(r.randrange(0), std::invalid_argument);
  EXPECT_THROW(r.randrange(5, 5), std::invalid_argument);
  EXPECT_THROW(r.randrange(0, 10, 0), std::invalid_argument);
  EXPECT_THROW(r.randrange(0, 10, -1), std::invalid_argument);
  EXPECT_THROW(r.randint(3, 2), std::invalid_argument);
  EXPECT_THROW(r.randbelow(0), std::invalid_argument);
  EXPECT_THROW(r.getrandbits(65), std::invalid_argument);
  EXPECT_THROW(r.getrandbits_words(-1), std::invalid_argument);
  EXPECT_EQ(r.randbelow(1), 0u);
}

// Random(11); [r.sample(range(10), 4), r.sample(range(1000), 8), r.sample(range(30), 30)]
TEST(PythonRandom, Seed11Sample) {
  PythonRandom r(11);
  EXPECT_EQ(r.sample_indices(10, 4), (std::vector<std::size_t>{7, 8, 9, 3}));
  EXPECT_EQ(r.sample_indices(1000, 8),
            (std::vector<std::size_t>{520, 875, 601, 194, 189, 823, 524, 487}));
  EXPECT_EQ(r.sample_indices(30, 30),
            (std::vector<std::size_t>{20, 19, 25, 5, 3, 14, 9, 4, 2, 17, 1, 12, 24, 26, 0,
                                      13, 8, 28, 15, 11, 27, 23, 10, 6, 29, 21, 16, 22, 7, 18}));
  EXPECT_THROW(r.sample_indices(3, 4), std::invalid_argument);
}

// Random('hello'): [repr(r.random()) for _ in range(3)]; Random(''), Random('nova-scheduler é'):
// [r.getrandbits(32) for _ in range(3)]
TEST(PythonRandom, StringSeedVersion2) {
  PythonRandom r;
  r.seed_str("hello");
  EXPECT_EQ(r.random(), 0.3537754404730722);
  EXPECT_EQ(r.random(), 0.6631985810268619);
  EXPECT_EQ(r.random(), 0.5476053663383964);
  r.seed_str("");
  EXPECT_EQ(draws32(r, 3), (std::vector<std::uint32_t>{4124137760u, 1951988028u, 2557274880u}));
  r.seed_str("nova-scheduler \xc3\xa9");
  EXPECT_EQ(draws32(r, 3), (std::vector<std::uint32_t>{4235729757u, 2130086404u, 1862922621u}));
}

// Random(0); 1300 draws of getrandbits(32) (two state regenerations), then the 1301st.
TEST(PythonRandom, Seed0AfterStateRegeneration) {
  PythonRandom r(0);
  for (int i = 0; i < 1300; ++i) r.getrandbits(32);
  EXPECT_EQ(r.getrandbits(32), 3200651262u);
}

// For seeds 0..50: 100 x getrandbits(32) (LE u32), random() (LE double), _randbelow(1000003)
// (LE u64), shuffle(list(range(50))) (bytes), randint(-1000, 1000) (LE i64), all folded into
// one FNV-1a 64, computed by the same loop in Python.
TEST(PythonRandom, ManySeedsSequenceHash) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  auto fnv = [&h](const void* p, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) {
      h ^= b[i];
      h *= 0x100000001b3ULL;
    }
  };
  for (int s = 0; s <= 50; ++s) {
    PythonRandom r(s);
    for (int i = 0; i < 100; ++i) {
      const std::uint32_t v = static_cast<std::uint32_t>(r.getrandbits(32));
      fnv(&v, 4);  // little-endian host assumed (x86-64, arm64)
    }
    const double d = r.random();
    fnv(&d, 8);
    const std::uint64_t below = r.randbelow(1000003);
    fnv(&below, 8);
    std::vector<unsigned char> x(50);
    for (int i = 0; i < 50; ++i) x[i] = static_cast<unsigned char>(i);
    r.shuffle(x);
    fnv(x.data(), x.size());
    const std::int64_t ri = r.randint(-1000, 1000);
    fnv(&ri, 8);
  }
  EXPECT_EQ(h, 0x6108ab9f63cd1461ULL);
}

// hashlib.sha1 / hashlib.sha512 / uuid.uuid5 of CPython.
TEST(Sha, KnownDigests) {
  EXPECT_EQ(to_hex(sha1("")), "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  EXPECT_EQ(to_hex(sha1("abc")), "a9993e364706816aba3e25717850c26c9cd0d89d");
  EXPECT_EQ(to_hex(sha1(std::string(200, 'a'))), "e61cfffe0d9195a525fc6cf06ca2d77119c24a40");
  EXPECT_EQ(to_hex(sha512("")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff83"
            "18d2877eec2f63b931bd47417a81a538327af927da3e");
  EXPECT_EQ(to_hex(sha512("abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836"
            "ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
  EXPECT_EQ(to_hex(sha512(std::string(200, 'a'))),
            "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789f31e7668394592da7b"
            "ef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f");
}

TEST(Sha, Uuid5MatchesPython) {
  const char* ns = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";  // uuid.NAMESPACE_URL
  EXPECT_EQ(uuid5(ns, "cn/c1/c1"), "3075bd57-bcee-5fa3-9079-d8a9e86801e4");
  EXPECT_EQ(uuid5(ns, "cell/cell1"), "c5a21b8a-9213-55f3-be55-c76a55f2eb21");
  EXPECT_EQ(uuid5(ns, ""), "1b4db7eb-4057-5ddf-91e0-36dec72071f5");
  EXPECT_THROW(uuid5("not-a-uuid", "x"), std::invalid_argument);
}

}  // namespace
}  // namespace stacktwin::sim
