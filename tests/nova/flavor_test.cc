#include <gtest/gtest.h>

#include "models/nova/flavor.h"

namespace stacktwin::nova {
namespace {

TEST(ResourcesFromFlavor, DiskIsRootPlusEphemeralPlusSwapRoundedUpToGB) {
  // NOVA_NOTES.md §5 ex3: root 10 GB + 1024 MB swap -> DISK_GB 11.
  EXPECT_EQ(resources_from_flavor({"f", 2, 2048, 10, 0, 1024}), (placement::ResourceAmounts{2, 2048, 11}));
  EXPECT_EQ(resources_from_flavor({"f", 1, 512, 1, 2, 1}), (placement::ResourceAmounts{1, 512, 4}));
  EXPECT_EQ(resources_from_flavor({"f", 4, 8192, 0, 0, 0}), (placement::ResourceAmounts{4, 8192, 0}));
}

}  // namespace
}  // namespace stacktwin::nova
