// Every scenario key, declared once. nova.DEFAULT's defaults are Nova Zed's
// nova/conf/compute.py: initial_cpu_allocation_ratio 16.0, initial_ram_allocation_ratio 1.5,
// initial_disk_allocation_ratio 1.0, reserved_host_memory_mb 512, reserved_host_cpus 0,
// reserved_host_disk_mb 0; the host default availability zone is
// nova/conf/availability_zone.py default_availability_zone = "nova". nova.filter_scheduler and
// nova.scheduler mirror Zed's nova/conf/scheduler.py: defaults and min= bounds as declared
// there (max_instances_per_host min 1; pci, soft_affinity and soft_anti_affinity multipliers
// min 0.0; the other multipliers any sign).
#include "sim/io/scenario_schema.h"

#include <algorithm>
#include <utility>

#include "sim/io/scenario_decl.h"

namespace stacktwin::io {
namespace {

using K = FieldKind;
using decl::Decl;

Decl allocation_ratio(std::string key, std::optional<double> HostClassConfig::*m) {
  const std::string option = key;
  return std::move(Decl(std::move(key), K::kReal, "ratio",
                        "This class's own nova.conf " + option + "; unset uses nova.DEFAULT's")
                       .optional("nova.DEFAULT's")
                       .range(above(0))
                       .bind(m));
}

Field host_fields() {
  using H = HostClassConfig;
  return Decl("hosts", K::kList, "list", "Host classes: groups of identical compute nodes")
      .required()
      .min_items(1)
      .named("host class", "host classes")
      .list(&ScenarioConfig::hosts)
      .fields({
          Decl("name", K::kText, "text", "Host class name, unique; events refer to it")
              .required()
              .bind(&H::name),
          Decl("count", K::kInteger, "hosts", "Compute nodes of this class at the start")
              .defaults("1")
              .range(at_least(0))
              .bind(&H::count),
          Decl("availability_zone", K::kText, "text",
               "Availability zone of these hosts (Nova's default_availability_zone)")
              .defaults("nova")
              .bind(&H::availability_zone),
          Decl("vcpus", K::kInteger, "CPUs", "Physical CPUs per host, Placement's VCPU total")
              .required()
              .range(at_least(1))
              .bind(&H::vcpus),
          Decl("memory", K::kSize, "size", "Memory per host, Placement's MEMORY_MB total")
              .required()
              .range(above(0))
              .bind(&H::memory_bytes),
          Decl("disk", K::kSize, "size", "Local disk per host, Placement's DISK_GB total")
              .required()
              .range(at_least(0))
              .bind(&H::disk_bytes),
          allocation_ratio("cpu_allocation_ratio", &H::cpu_allocation_ratio),
          allocation_ratio("ram_allocation_ratio", &H::ram_allocation_ratio),
          allocation_ratio("disk_allocation_ratio", &H::disk_allocation_ratio),
          Decl("aggregates", K::kNames, "list", "Host aggregates these hosts belong to, by name")
              .defaults("[]")
              .named("aggregate", "aggregates")
              .range_doc("declared aggregates")
              .bind(&H::aggregates),
      });
}

Field flavor_fields() {
  using F = FlavorConfig;
  return Decl("flavors", K::kList, "list",
              "Nova flavors that instances boot with, in the flavor API's units")
      .required()
      .min_items(1)
      .named("flavor", "flavors")
      .list(&ScenarioConfig::flavors)
      .fields({
          Decl("name", K::kText, "text", "Flavor name, unique; workload flavors refer to it")
              .required()
              .bind(&F::name),
          Decl("vcpus", K::kInteger, "vCPUs", "Virtual CPUs")
              .required()
              .range(at_least(1))
              .bind(&F::vcpus),
          Decl("ram", K::kInteger, "MiB", "Memory").required().range(at_least(1)).bind(&F::ram_mb),
          Decl("disk", K::kInteger, "GB", "Root disk")
              .defaults("0")
              .range(at_least(0))
              .bind(&F::disk_gb),
          Decl("ephemeral", K::kInteger, "GB", "Ephemeral disk")
              .defaults("0")
              .range(at_least(0))
              .bind(&F::ephemeral_gb),
          Decl("swap", K::kInteger, "MiB", "Swap disk")
              .defaults("0")
              .range(at_least(0))
              .bind(&F::swap_mb),
          Decl("extra_specs", K::kTextMap, "map",
               "Flavor extra specs, key to text as in the flavor API; filters match the "
               "unscoped, capabilities: and aggregate_instance_extra_specs: ones")
              .defaults("{}")
              .named("extra spec", "extra specs")
              .range_doc("keys non-empty; operators valid")
              .bind(&F::extra_specs),
      });
}

Field aggregate_fields() {
  using A = AggregateConfig;
  return Decl("aggregates", K::kList, "list",
              "Host aggregates: metadata that filters and weighers read; host classes join "
              "them by name")
      .defaults("[]")
      .named("aggregate", "aggregates")
      .list(&ScenarioConfig::aggregates)
      .fields({
          Decl("name", K::kText, "text", "Aggregate name, unique; host classes refer to it")
              .required()
              .bind(&A::name),
          Decl("metadata", K::kTextMap, "map",
               "Aggregate metadata, key to text as in the aggregate API (ssd: \"true\")")
              .defaults("{}")
              .named("metadata key", "metadata keys")
              .bind(&A::metadata),
      });
}

Decl weight_multiplier(std::string key, double NovaFilterSchedulerConfig::*m,
                       std::string default_text, std::string description, bool non_negative) {
  Decl d(std::move(key), K::kReal, "-", std::move(description));
  d.defaults(std::move(default_text)).bind(m);
  if (non_negative) {
    d.range(at_least(0));
  } else {
    d.range_doc("any");
  }
  return d;
}

Field filter_scheduler_fields() {
  using FS = NovaFilterSchedulerConfig;
  return Decl("filter_scheduler", K::kSection, "section",
              "nova.conf [filter_scheduler] options: the filters, the weighers and the pick")
      .section(&NovaConfig::filter_scheduler)
      .fields({
          Decl("enabled_filters", K::kNames, "list",
               "Filters every host must pass, in the order they run; Zed's five: ComputeFilter, "
               "ComputeCapabilitiesFilter, ImagePropertiesFilter, ServerGroupAntiAffinityFilter, "
               "ServerGroupAffinityFilter")
              .defaults("[ComputeFilter, ComputeCapabilitiesFilter, ImagePropertiesFilter, "
                        "ServerGroupAntiAffinityFilter, ServerGroupAffinityFilter]")
              .default_doc("Zed's five")
              .named("filter", "filters")
              .range_doc("registered filters, unique")
              .bind(&FS::enabled_filters),
          Decl("weight_classes", K::kNames, "list",
               "Weighers that rank the hosts that pass; [] uses every weigher")
              .defaults("[]")
              .named("weigher", "weighers")
              .range_doc("registered weighers, unique")
              .bind(&FS::weight_classes),
          Decl("host_subset_size", K::kInteger, "hosts",
               "The pick is random among this many best-weighed hosts")
              .defaults("1")
              .range(at_least(1))
              .bind(&FS::host_subset_size),
          Decl("shuffle_best_same_weighed_hosts", K::kBool, "bool",
               "Pick at random among hosts that tie for the best weight")
              .defaults("false")
              .bind(&FS::shuffle_best_same_weighed_hosts),
          Decl("max_io_ops_per_host", K::kInteger, "instances",
               "IoOpsFilter: most instances in build, resize, snapshot... states per host")
              .defaults("8")
              .range(at_least(0))
              .bind(&FS::max_io_ops_per_host),
          Decl("max_instances_per_host", K::kInteger, "instances",
               "NumInstancesFilter: most instances per host")
              .defaults("50")
              .range(at_least(1))
              .bind(&FS::max_instances_per_host),
          weight_multiplier("ram_weight_multiplier", &FS::ram_weight_multiplier, "1.0",
                            "RAMWeigher: > 0 spreads by free RAM, < 0 stacks", false),
          weight_multiplier("cpu_weight_multiplier", &FS::cpu_weight_multiplier, "1.0",
                            "CPUWeigher: > 0 spreads by free vCPUs, < 0 stacks", false),
          weight_multiplier("disk_weight_multiplier", &FS::disk_weight_multiplier, "1.0",
                            "DiskWeigher: > 0 spreads by free disk, < 0 stacks", false),
          weight_multiplier("io_ops_weight_multiplier", &FS::io_ops_weight_multiplier, "-1.0",
                            "IoOpsWeigher: < 0 prefers hosts with fewer busy instances", false),
          weight_multiplier("pci_weight_multiplier", &FS::pci_weight_multiplier, "1.0",
                            "PCIWeigher: keeps hosts with PCI devices for requests that need them",
                            true),
          weight_multiplier("soft_affinity_weight_multiplier",
                            &FS::soft_affinity_weight_multiplier, "1.0",
                            "ServerGroupSoftAffinityWeigher: pull toward the group's hosts", true),
          weight_multiplier("soft_anti_affinity_weight_multiplier",
                            &FS::soft_anti_affinity_weight_multiplier, "1.0",
                            "ServerGroupSoftAntiAffinityWeigher: push away from the group's hosts",
                            true),
          weight_multiplier("build_failure_weight_multiplier",
                            &FS::build_failure_weight_multiplier, "1000000.0",
                            "BuildFailureWeigher: > 0 avoids hosts with recent build failures",
                            false),
      });
}

Field scheduler_fields() {
  using SC = NovaSchedulerSectionConfig;
  return Decl("scheduler", K::kSection, "section",
              "nova.conf [scheduler] options, and which scheduler runs")
      .section(&NovaConfig::scheduler)
      .fields({
          Decl("driver", K::kChoice, "choice",
               "filter_scheduler: Nova's; chance_scheduler: a random host with room; "
               "first_candidate: Placement's first allocation candidate")
              .defaults("filter_scheduler")
              .choices({"chance_scheduler", "filter_scheduler", "first_candidate"}, "driver",
                       "drivers")
              .bind(&SC::driver),
          Decl("max_attempts", K::kInteger, "attempts",
               "Hosts tried per boot: the chosen one and its alternates")
              .defaults("3")
              .range(at_least(1))
              .bind(&SC::max_attempts),
          Decl("max_placement_results", K::kInteger, "candidates",
               "Most allocation candidates asked of Placement per request")
              .defaults("1000")
              .range(at_least(1))
              .bind(&SC::max_placement_results),
      });
}

Field nova_fields() {
  using N = NovaDefaultConfig;
  return Decl("nova", K::kSection, "section", "nova.conf options, by section")
      .section(&ScenarioConfig::nova)
      .fields({
          Decl("DEFAULT", K::kSection, "section",
               "nova.conf [DEFAULT] options that shape Placement inventories")
              .section(&NovaConfig::DEFAULT)
              .fields({
                  Decl("cpu_allocation_ratio", K::kReal, "ratio",
                       "Virtual CPUs per physical CPU (Zed's initial_cpu_allocation_ratio)")
                      .defaults("16.0")
                      .range(above(0))
                      .bind(&N::cpu_allocation_ratio),
                  Decl("ram_allocation_ratio", K::kReal, "ratio",
                       "Virtual memory per physical memory (initial_ram_allocation_ratio)")
                      .defaults("1.5")
                      .range(above(0))
                      .bind(&N::ram_allocation_ratio),
                  Decl("disk_allocation_ratio", K::kReal, "ratio",
                       "Virtual disk per physical disk (initial_disk_allocation_ratio)")
                      .defaults("1.0")
                      .range(above(0))
                      .bind(&N::disk_allocation_ratio),
                  Decl("reserved_host_memory_mb", K::kInteger, "MiB",
                       "Host memory kept from instances")
                      .defaults("512")
                      .range(at_least(0))
                      .bind(&N::reserved_host_memory_mb),
                  Decl("reserved_host_cpus", K::kInteger, "CPUs", "Host CPUs kept from instances")
                      .defaults("0")
                      .range(at_least(0))
                      .bind(&N::reserved_host_cpus),
                  Decl("reserved_host_disk_mb", K::kInteger, "MiB", "Host disk kept from instances")
                      .defaults("0")
                      .range(at_least(0))
                      .bind(&N::reserved_host_disk_mb),
              }),
          filter_scheduler_fields(),
          scheduler_fields(),
      });
}

Field workload_fields() {
  using W = WorkloadConfig;
  return Decl("workload", K::kList, "list",
              "Instance arrival processes: each boots instances and deletes them after their "
              "lifetime")
      .defaults("[]")
      .named("workload", "workloads")
      .list(&ScenarioConfig::workload)
      .fields({
          Decl("kind", K::kChoice, "choice",
               "Arrival process; poisson: exponential times between boot requests")
              .required()
              .choices({"poisson"}, "kind", "kinds")
              .bind(&W::kind),
          Decl("arrival_rate", K::kFrequency, "rate", "Mean boot requests per unit of time")
              .required()
              .range(above(0))
              .bind(&W::arrival_rate_per_s),
          Decl("lifetime", K::kDistribution, "distribution",
               "Time from boot to delete of each instance")
              .required()
              .custom(
                  [](void* o, const Value& v) {
                    auto& w = *static_cast<W*>(o);
                    const auto& d = std::get<DistributionValue>(v);
                    w.lifetime = d.distribution;
                    w.lifetime_text = d.distribution.describe();
                    w.lifetime_spec = d.config;
                  },
                  [](const void* o) -> std::optional<Value> {
                    const auto& w = *static_cast<const W*>(o);
                    return Value(DistributionValue{w.lifetime, w.lifetime_spec});
                  }),
          Decl("flavors", K::kWeights, "map", "Flavor mix: flavor name to relative weight")
              .required()
              .range(above(0))
              .min_items(1)
              .named("flavor", "flavors")
              .custom(
                  [](void* o, const Value& v) {
                    auto& w = *static_cast<W*>(o);
                    const auto& weights = std::get<Weights>(v);
                    w.flavors = weights.entries;
                    w.flavor_origins = weights.origins;
                  },
                  [](const void* o) -> std::optional<Value> {
                    const auto& w = *static_cast<const W*>(o);
                    return Value(Weights{w.flavors, w.flavor_origins});
                  }),
          Decl("availability_zone", K::kText, "text",
               "Requested availability zone; must be some host class's")
              .optional("any")
              .bind(&W::availability_zone),
          Decl("start", K::kTime, "time", "When arrivals begin")
              .defaults("0s")
              .range(at_least(0))
              .bind(&W::start),
          Decl("end", K::kTime, "time", "When arrivals stop; after start")
              .optional("end of run")
              .range(above(0))
              .bind(&W::end),
      });
}

Field event_fields() {
  using E = EventConfig;
  return Decl("events", K::kList, "list", "What-if changes at given times")
      .defaults("[]")
      .named("event", "events")
      .list(&ScenarioConfig::events)
      .fields({
          Decl("at", K::kTime, "time", "When the change happens; before duration")
              .required()
              .range(at_least(0))
              .bind(&E::at),
          Decl("action", K::kChoice, "choice",
               "add_hosts: new hosts join; fail_hosts: up hosts go down; repair_hosts: failed "
               "hosts come back")
              .required()
              .choices({"add_hosts", "fail_hosts", "repair_hosts"}, "action", "actions")
              .bind(&E::action),
          Decl("class", K::kText, "text", "Host class the change applies to")
              .required()
              .bind(&E::host_class),
          Decl("count", K::kInteger, "hosts", "How many hosts")
              .defaults("1")
              .range(at_least(1))
              .bind(&E::count),
      });
}

Field declare() {
  using S = ScenarioConfig;
  using O = OutputConfig;
  return Decl("", K::kSection, "section", "A scenario")
      .fields({
          Decl("name", K::kText, "text", "Scenario name; names the results file by default")
              .required()
              .bind(&S::name),
          Decl("seed", K::kSeed, "-", "Run seed; each named random stream derives from it")
              .defaults("1")
              .bind(&S::seed),
          Decl("duration", K::kDuration, "duration", "Simulated time from start to end")
              .required()
              .range(above(0))
              .bind(&S::duration),
          Decl("output", K::kSection, "section", "The results file")
              .section(&S::output)
              .fields({
                  Decl("file", K::kText, "path", "HDF5 results, relative to the working directory")
                      .derived_default("<name>.h5",
                                       [](const ScenarioConfig& c) { return c.name + ".h5"; })
                      .bind(&O::file),
                  Decl("sample_interval", K::kDuration, "duration",
                       "Recorder sampling period; at most duration")
                      .defaults("1h")
                      .range(above(0))
                      .bind(&O::sample_interval),
              }),
          host_fields(),
          aggregate_fields(),
          flavor_fields(),
          nova_fields(),
          workload_fields(),
          event_fields(),
      });
}

}  // namespace

const Field& scenario_schema() {
  static const Field root = declare();
  return root;
}

}  // namespace stacktwin::io
