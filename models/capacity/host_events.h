// What-if changes to the fleet at given times: fail, repair or add hosts of a class.
#pragma once

#include <cstdint>

#include "models/capacity/cloud.h"
#include "sim/engine/rng.h"

namespace stacktwin::capacity {

// Fails `count` hosts of the class chosen uniformly at random among those up (all of them if
// fewer are up). Returns how many failed.
std::int64_t fail_hosts(Cloud& cloud, std::uint32_t host_class, std::int64_t count,
                        sim::RngStream& rng);
// Repairs up to `count` failed hosts of the class, lowest host id first. Returns how many.
std::int64_t repair_hosts(Cloud& cloud, std::uint32_t host_class, std::int64_t count);
// Adds `count` new hosts of the class.
void add_hosts(Cloud& cloud, std::uint32_t host_class, std::int64_t count);

}  // namespace stacktwin::capacity
