#!/usr/bin/python3
"""Deterministic generator of differential-test cases for the Nova scheduler.

Writes N documents in the input schema of the real-Nova oracle
(../shared/tools/oracles/nova_oracle.py): case_0000.json ... into --out.
Same --seed and --count give byte-identical files (Python's random with a
fixed seed, nothing else).

Every case runs with host_subset_size 1 and no shuffle. Filters are drawn
from the 23 Zed filters (never the removed legacy ones), in random order;
weighers are a random subset in random order (or all of them), with random
multipliers including negative ones and aggregate overrides (sometimes a
non-numeric one, which Nova ignores with a warning).

Deliberately NOT generated:
  - NUMA topologies and PCI requests (hw:* extra specs, pci_passthrough:alias):
    the oracle does not build them, so NUMATopologyFilter and
    PciPassthroughFilter always pass there; host pci_pools only feed the
    PCIWeigher.
  - malformed extra specs (a numeric operator on a non-numeric value): Nova
    raises from inside the filter, which the oracle's per-filter section does
    not catch.
  - a MetricsWeigher with [metrics]required=True and a host missing a metric:
    Nova raises from the weigher (same reason).
  - [scheduler]max_placement_results below the host count: the oracle's
    placement emulator ignores the limit (real placement truncates).
  - oslo.config values the option's bounds refuse (negative pci / soft-affinity
    multipliers): nova refuses them before scheduling.
  - heartbeats within a second of service_down_time (wall-clock race in the
    oracle), rebuilds, cross-cell moves, multiple nodes per host.
"""
import argparse
import json
import os
import random

ZED_FILTERS = [
    'AllHostsFilter', 'AvailabilityZoneFilter', 'ComputeFilter',
    'ComputeCapabilitiesFilter', 'ImagePropertiesFilter',
    'AggregateImagePropertiesIsolation', 'AggregateInstanceExtraSpecsFilter',
    'AggregateMultiTenancyIsolation', 'AggregateTypeAffinityFilter',
    'AggregateIoOpsFilter', 'IoOpsFilter', 'AggregateNumInstancesFilter',
    'NumInstancesFilter', 'IsolatedHostsFilter', 'DifferentHostFilter',
    'SameHostFilter', 'SimpleCIDRAffinityFilter', 'JsonFilter',
    'MetricsFilter', 'NUMATopologyFilter', 'PciPassthroughFilter',
    'ServerGroupAffinityFilter', 'ServerGroupAntiAffinityFilter',
]
ZED_WEIGHERS = [
    'RAMWeigher', 'CPUWeigher', 'DiskWeigher', 'IoOpsWeigher',
    'BuildFailureWeigher', 'CrossCellWeigher', 'PCIWeigher', 'MetricsWeigher',
    'ServerGroupSoftAffinityWeigher', 'ServerGroupSoftAntiAffinityWeigher',
]
MULTIPLIER_OPTS = [
    'ram_weight_multiplier', 'cpu_weight_multiplier', 'disk_weight_multiplier',
    'io_ops_weight_multiplier', 'pci_weight_multiplier',
    'soft_affinity_weight_multiplier', 'soft_anti_affinity_weight_multiplier',
    'build_failure_weight_multiplier',
]
# [filter_scheduler] multipliers whose option has min=0 (aggregate metadata may still be
# negative: Nova only parses it as a float).
NON_NEGATIVE_OPTS = {'pci_weight_multiplier', 'soft_affinity_weight_multiplier',
                     'soft_anti_affinity_weight_multiplier'}
METRICS = ['cpu.frequency', 'cpu.user.time', 'cpu.kernel.time',
           'cpu.idle.time', 'cpu.iowait.time', 'cpu.user.percent',
           'cpu.kernel.percent', 'cpu.idle.percent', 'cpu.iowait.percent',
           'cpu.percent', 'numa.membw.max', 'numa.membw.current']
POLICIES = ['affinity', 'anti-affinity', 'soft-affinity', 'soft-anti-affinity']
FLAVOR_NAMES = ['m1.tiny', 'm1.small', 'm1.medium', 'm1.large', 'c1.big']
PROJECTS = ['p1', 'p2', 'p3']
IMAGES = ['img-ubuntu', 'img-win', 'img-special']
RACKS = ['r1', 'r2', 'r3']
TIERS = ['gold', 'silver', 'bronze']
AZS = ['az1', 'az2', 'az3']
HV_SPECS = [
    [['x86_64', 'qemu', 'hvm']],
    [['x86_64', 'kvm', 'hvm'], ['i686', 'kvm', 'hvm']],
    [['aarch64', 'qemu', 'hvm']],
    [['x86_64', 'xen', 'xen'], ['x86_64', 'xen', 'hvm']],
    [['amd64', 'QEMU', 'HVM'], ['x86_64', 'xapi', 'hv']],  # aliases nova canonicalizes
    [['i686', 'kvm', 'exe'], ['x86_64', 'lxc', 'exe']],
    [],
]
HV_VERSIONS = [2011000, 4002000, 6002000, 8000000]


def ratio(rng):
    return rng.choice([None, None, 0.0, 1.0, 1.5, 2.0, 4.0, 16.0])


def make_aggregates(rng, host_names):
    aggs = []
    for a in range(rng.randint(0, 5)):
        md = {}
        if rng.random() < 0.25:
            md['availability_zone'] = rng.choice(AZS + ['az1,az2', 'az2, az3'])
        sep = rng.choice([',', ',', ', '])  # nova strips the comma-split values
        if rng.random() < 0.25:
            md['filter_tenant_id'] = sep.join(rng.sample(PROJECTS, rng.randint(1, 2)))
        if rng.random() < 0.05:
            md['filter_tenant_id_2'] = rng.choice(PROJECTS)
        if rng.random() < 0.25:
            md['instance_type'] = sep.join(rng.sample(FLAVOR_NAMES, rng.randint(1, 3)))
        if rng.random() < 0.25:
            md['max_io_ops_per_host'] = rng.choice([str(rng.randint(1, 12))] * 5 + ['many'])
        if rng.random() < 0.25:
            md['max_instances_per_host'] = rng.choice([str(rng.randint(1, 60))] * 5 + ['x'])
        for opt in MULTIPLIER_OPTS:
            if rng.random() < 0.08:
                md[opt] = rng.choice(['-1.0', '2', '0.5', '-3.5', '10', 'abc'])
        if rng.random() < 0.6:
            md['ssd'] = rng.choice(['true', 'false', 'true,yes'])
        if rng.random() < 0.5:
            md['gpu_count'] = str(rng.randint(0, 4))
        if rng.random() < 0.5:
            md['tier'] = ','.join(rng.sample(TIERS, rng.randint(1, 2)))
        if rng.random() < 0.2:
            md['rack'] = rng.choice(RACKS)
        if rng.random() < 0.45:  # ImageMetaProps fields (AggregateImagePropertiesIsolation)
            md['os_distro'] = ','.join(rng.sample(['ubuntu', 'centos', 'windows'], rng.randint(1, 2)))
        if rng.random() < 0.15:
            md['os_type'] = rng.choice(['linux', 'windows'])
        if rng.random() < 0.1:
            md['hw_architecture'] = rng.choice(['x86_64', 'aarch64'])
        hosts = rng.sample(host_names, rng.randint(0, len(host_names)))
        hosts.sort(key=host_names.index) if rng.random() < 0.5 else None
        aggs.append({'name': 'agg%d' % a, 'metadata': md, 'hosts': hosts})
    return aggs


def make_host(rng, i, existing, metric_names):
    vcpus = rng.choice([4, 8, 16, 32, 48, 64])
    memory_mb = rng.choice([8192, 16384, 65536, 131072, 262144])
    local_gb = rng.choice([50, 100, 200, 500, 1000, 2000])
    h = {
        'host': 'h%02d' % i,
        'vcpus': vcpus,
        'vcpus_used': rng.randint(0, vcpus * rng.choice([1, 1, 2, 4])),
        'memory_mb': memory_mb,
        'memory_mb_used': rng.randint(512, memory_mb + (memory_mb // 4 if rng.random() < 0.1 else 0)),
        'local_gb': local_gb,
        'local_gb_used': rng.randint(0, local_gb),
        'cpu_allocation_ratio': ratio(rng),
        'ram_allocation_ratio': ratio(rng),
        'disk_allocation_ratio': ratio(rng),
        'num_instances': rng.choice([0, 1, 2, 5, 10, 20, 49, 50, 55]) if rng.random() < 0.5 else rng.randint(0, 12),
        'num_io_ops': rng.randint(0, 12),
        'failed_builds': rng.choice([0, 0, 0, 0, 1, 2, 5]),
        'host_ip': '10.0.%d.%d' % (rng.randint(0, 3), rng.randint(1, 250)),
        'hypervisor_type': rng.choice(['QEMU', 'QEMU', 'KVM', 'Xen']),
        'hypervisor_version': rng.choice(HV_VERSIONS),
        'supported_instances': rng.choice(HV_SPECS),
    }
    if rng.random() < 0.2:
        h['disk_available_least'] = rng.randint(-10, local_gb)
    if rng.random() < 0.05:
        h['free_ram_mb'] = rng.randint(-1024, memory_mb)
    if rng.random() < 0.05:
        h['free_disk_gb'] = rng.randint(-5, local_gb)
    if rng.random() < 0.1:
        h['cell_uuid'] = 'cell-%d' % rng.randint(1, 2)
    if rng.random() < 0.1:
        del h['supported_instances']  # the oracle's default
    stats = {}
    if rng.random() < 0.6:
        stats['rack'] = rng.choice(RACKS)
    if rng.random() < 0.5:
        stats['gpu'] = rng.choice(['yes', 'no', 'maybe'])
    if rng.random() < 0.4:
        stats['cores_model'] = rng.choice(['skylake', 'icelake', 'zen3'])
    if rng.random() < 0.4:
        stats['nic_gbps'] = str(rng.choice([10, 25, 40, 100]))
    if stats:
        h['stats'] = stats
    if rng.random() < 0.3:
        h['availability_zone'] = rng.choice(AZS)
    if existing and rng.random() < 0.7:
        h['instances'] = rng.sample(existing, rng.randint(1, min(4, len(existing))))
    svc = {}
    x = rng.random()
    if x < 0.08:
        svc['disabled'] = True
        svc['disabled_reason'] = 'maintenance'
    elif x < 0.13:
        svc['forced_down'] = True
    if rng.random() < 0.1:
        svc['seconds_since_heartbeat'] = rng.choice([65, 120, 3600])
    elif rng.random() < 0.5:
        svc['seconds_since_heartbeat'] = rng.choice([0, 5, 10, 30, 55])
    if svc:
        h['service'] = svc
    if rng.random() < 0.7:
        ms = []
        for name in metric_names:
            if rng.random() < 0.85:
                if name.endswith('percent'):
                    v = round(rng.uniform(0, 1), 2)
                elif rng.random() < 0.3:
                    v = round(rng.uniform(0, 4000), 3)
                else:
                    v = rng.randint(0, 4000)
                ms.append({'name': name, 'value': v})
        h['metrics'] = ms
    if rng.random() < 0.15:
        h['traits'] = ['COMPUTE_NODE', 'CUSTOM_SSD']
    if rng.random() < 0.4:
        h['pci_pools'] = [{'vendor_id': '8086', 'product_id': rng.choice(['1520', '154d']),
                           'count': rng.choice([0, 1, 4, 50, 120]), 'numa_node': rng.choice([0, 1]),
                           'tags': {'physical_network': 'physnet1'}}
                          for _ in range(rng.randint(1, 2))]
    return h


# Flavor extra specs, each a (key, value) with a valid operator for the
# value's type. Unscoped keys hit ComputeCapabilitiesFilter (when the host has
# the attribute / stat) and AggregateInstanceExtraSpecsFilter (every one).
def extra_spec(rng, aggregate_only):
    n = rng.randint(0, 1000)
    if aggregate_only:  # keys the aggregates define: AggregateInstanceExtraSpecsFilter can pass
        n = rng.choice([13, 14, 15, 16, 17, 18])
    num = lambda: rng.choice(['=', '==', '!=', '>=', '<='])  # noqa: E731
    choices = [
        lambda: ('hypervisor_type', rng.choice(['QEMU', 's== QEMU', 's!= Xen', '<or> QEMU <or> KVM', '<in> EM'])),
        lambda: ('free_ram_mb', '%s %d' % (num(), rng.choice([2048, 8192, 65536]))),
        lambda: ('vcpus_total', '%s %d' % (num(), rng.choice([8, 16, 32]))),
        lambda: ('num_instances', '%s %d' % (num(), rng.choice([2, 10]))),
        lambda: ('hypervisor_version', '%s %d' % (num(), rng.choice(HV_VERSIONS))),
        lambda: ('rack', rng.choice(['r1', '<in> r', 's> r1', 's>= r2', 's< r2', 's<= r2', '<or> r1 <or> r3'])),
        lambda: ('gpu', rng.choice(['yes', '<or> yes <or> maybe', 's!= no'])),
        lambda: ('cores_model', rng.choice(['<all-in> sky lake', '<in> lake', 's== zen3'])),
        lambda: ('nic_gbps', '%s %d' % (num(), rng.choice([10, 25, 40]))),
        lambda: ('capabilities:hypervisor_version', '%s %d' % (num(), rng.choice(HV_VERSIONS))),
        lambda: ('capabilities:stats:rack', rng.choice(['r2', '<in> r', 's!= r1'])),
        lambda: ('capabilities:hypervisor_type', rng.choice(['QEMU', '<or> KVM <or> Xen'])),
        lambda: ('aggregate_instance_extra_specs:ssd', rng.choice(['true', '<or> true <or> yes', 's== false'])),
        lambda: ('aggregate_instance_extra_specs:gpu_count', '%s %d' % (num(), rng.randint(0, 3))),
        lambda: ('aggregate_instance_extra_specs:tier', rng.choice(['gold', 's!= bronze', '<in> ol', '<all-in> gold'])),
        lambda: ('ssd', rng.choice(['true', 's== true'])),
        lambda: ('tier', rng.choice(['silver', '<or> gold <or> silver'])),
        lambda: ('quota:cpu_shares', '1024'),
        lambda: ('free_ram_mb', rng.choice(['>=  2048', '<or> 4096', '<or> 2048 <or>'])),
    ]
    return choices[n % len(choices)]()


def json_query(rng):
    leaf = [
        lambda: ['>=', '$free_ram_mb', rng.choice([1024, 8192, 32768])],
        lambda: ['<', '$num_instances', rng.choice([5, 20, 50])],
        lambda: ['>', '$vcpus_total', rng.choice([8, 16])],
        lambda: ['<=', '$num_io_ops', rng.choice([2, 6])],
        lambda: ['=', '$hypervisor_type', 'QEMU'],
        lambda: ['in', '$host', 'h00', 'h01', 'h03', 'h05', 'h08'],
        lambda: ['=', '$stats.rack', rng.choice(RACKS)],
        lambda: ['>=', '$free_disk_mb', rng.choice([10240, 204800])],
        lambda: ['=', '$host', rng.choice(['h00', 'h02'])],
        lambda: ['<', '$hypervisor_version', rng.choice([4002000, 7000000])],
        lambda: ['>', '$nonexistent', 3, '$free_ram_mb'],
        lambda: ['in', rng.choice(['r1', 'r2']), '$stats.rack', 'r3'],
        lambda: ['<=', '$vcpus_used', '$vcpus_total'],
    ]
    one = lambda: rng.choice(leaf)()  # noqa: E731
    shape = rng.randint(0, 4)
    if shape == 0:
        return one()
    if shape == 1:
        return ['and', one(), one()]
    if shape == 2:
        return ['or', one(), one()]
    if shape == 3:
        return ['not', one()]
    return ['and', ['or', one(), one()], ['not', one()]]


def make_case(rng, idx):
    n_hosts = rng.randint(2, 40) if rng.random() < 0.8 else rng.randint(2, 6)
    host_names = ['h%02d' % i for i in range(n_hosts)]
    n_existing = rng.randint(0, 10) if rng.random() < 0.3 else rng.randint(3, 12)
    existing = ['inst-%d-%d' % (idx, k) for k in range(n_existing)]
    metric_pool = rng.sample(METRICS, rng.randint(1, 3))
    hosts = [make_host(rng, i, existing, metric_pool) for i in range(n_hosts)]
    if rng.random() < 0.25:  # identical hosts: weight ties, broken by host order
        proto = rng.choice(hosts)
        for i in rng.sample(range(n_hosts), rng.randint(1, n_hosts)):
            clone = json.loads(json.dumps(proto))
            clone['host'] = hosts[i]['host']
            clone.pop('instances', None)
            if 'instances' in hosts[i]:
                clone['instances'] = hosts[i]['instances']
            hosts[i] = clone
    aggs = make_aggregates(rng, host_names)

    filters = rng.sample(ZED_FILTERS, rng.randint(1, 8))
    weighers = None if rng.random() < 0.2 else rng.sample(ZED_WEIGHERS, rng.randint(1, len(ZED_WEIGHERS)))

    config = {'filter_scheduler': {'host_subset_size': 1, 'shuffle_best_same_weighed_hosts': False}}
    fs = config['filter_scheduler']
    for opt in MULTIPLIER_OPTS:
        if rng.random() < 0.3:
            fs[opt] = rng.choice([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0, 1e6])
            if opt in NON_NEGATIVE_OPTS:  # oslo.config min=0: a negative value is refused
                fs[opt] = abs(fs[opt])
    if rng.random() < 0.3:
        fs['max_io_ops_per_host'] = rng.randint(1, 12)
    if rng.random() < 0.3:
        fs['max_instances_per_host'] = rng.randint(1, 60)
    if rng.random() < 0.3:
        fs['isolated_hosts'] = rng.sample(host_names, rng.randint(1, max(1, n_hosts // 3)))
    if rng.random() < 0.3:
        fs['isolated_images'] = rng.sample(IMAGES, rng.randint(1, 2))
    if rng.random() < 0.3:
        fs['restrict_isolated_hosts_to_isolated_images'] = rng.random() < 0.5
    if rng.random() < 0.1:
        fs['image_properties_default_architecture'] = rng.choice(['x86_64', 'aarch64'])
    if rng.random() < 0.1:
        fs['aggregate_image_properties_isolation_namespace'] = 'os'
        fs['aggregate_image_properties_isolation_separator'] = '_'
    sched = {}
    if rng.random() < 0.4:
        sched['max_attempts'] = rng.randint(1, 5)
    if rng.random() < 0.15:
        sched['limit_tenants_to_placement_aggregate'] = True
    if rng.random() < 0.15:
        sched['query_placement_for_availability_zone'] = False
    if rng.random() < 0.1:  # never below the host count: the oracle's emulator ignores the limit
        sched['max_placement_results'] = rng.randint(n_hosts, 100)
    if sched:
        config['scheduler'] = sched
    # [metrics]: every host either has every named metric or required is False
    setting = ['%s=%s' % (m, rng.choice([1.0, -1.0, 0.5, 2.0, -0.001])) for m in
               rng.sample(metric_pool, rng.randint(1, len(metric_pool)))]
    required = rng.random() < 0.4
    names = [s.split('=')[0] for s in setting]
    if required:
        for h in hosts:
            have = {m['name'] for m in h.get('metrics', [])}
            for m in names:
                if m not in have:
                    h.setdefault('metrics', []).append({'name': m, 'value': rng.randint(0, 100)})
    if rng.random() < 0.1:  # entries nova drops with a warning
        setting.insert(rng.randint(0, len(setting)), rng.choice(['cpu.frequency=x', 'novalue', '=1.0', 'a=b=c']))
    config['metrics'] = {'weight_setting': setting, 'required': required}
    if rng.random() < 0.3:
        config['metrics']['weight_multiplier'] = rng.choice([-1.0, 0.5, 2.0])
    if not required and rng.random() < 0.5:
        config['metrics']['weight_of_unavailable'] = rng.choice([-1.0, 0.0, -50.0])
    dflt = {}
    for key in ('cpu_allocation_ratio', 'ram_allocation_ratio', 'disk_allocation_ratio'):
        if rng.random() < 0.15:
            dflt[key] = rng.choice([1.0, 2.0, 8.0])
    if rng.random() < 0.1:
        dflt['reserved_host_memory_mb'] = rng.choice([0, 1024, 4096])
    if rng.random() < 0.1:
        dflt['reserved_host_disk_mb'] = rng.choice([0, 2048, 10000])
    if rng.random() < 0.1:
        dflt['reserved_host_cpus'] = rng.choice([0, 1, 2])
    if rng.random() < 0.1:
        dflt['default_availability_zone'] = rng.choice(['az1', 'nova', 'zone-x'])
    if rng.random() < 0.1:
        dflt['service_down_time'] = rng.choice([20, 90, 7200])
    if dflt:
        config['DEFAULT'] = dflt

    flavor = {
        'name': rng.choice(FLAVOR_NAMES),
        'vcpus': rng.choice([1, 1, 2, 2, 4, 8, 16]),
        'memory_mb': rng.choice([512, 1024, 2048, 2048, 4096, 4096, 8192, 16384, 65536]),
        'root_gb': rng.choice([0, 1, 10, 10, 20, 20, 40, 80, 400]),
        'ephemeral_gb': rng.choice([0, 0, 0, 5, 20]),
        'swap': rng.choice([0, 0, 0, 512, 1024, 2048]),
    }
    specs = {}
    aggregate_only = rng.random() < 0.5
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 4])):
        k, v = extra_spec(rng, aggregate_only)
        specs[k] = v
    if rng.random() < 0.08:
        specs['trait:CUSTOM_SSD'] = rng.choice(['required', 'forbidden'])
    if rng.random() < 0.05:
        specs['resources:VCPU'] = str(rng.choice([0, 1, 3]))
    if specs:
        flavor['extra_specs'] = specs

    props = {}
    if rng.random() < 0.3:
        props['hw_architecture'] = rng.choice(['x86_64', 'x86_64', 'aarch64', 'i686', 'amd64', 'X86_64'])
    if rng.random() < 0.2:
        props['img_hv_type'] = rng.choice(['qemu', 'kvm', 'xen', 'QEMU', 'xapi', 'lxc'])
    if rng.random() < 0.15:
        props['hw_vm_mode'] = rng.choice(['hvm', 'xen', 'hv', 'exe'])
    if rng.random() < 0.15:
        props['img_hv_requested_version'] = rng.choice(['>= 6.0', '< 4.0', '>= 2.11', '== 8.0'])
    if rng.random() < 0.5:
        props['os_distro'] = rng.choice(['ubuntu', 'centos', 'windows'])
    if rng.random() < 0.2:
        props['os_type'] = rng.choice(['linux', 'windows'])
    if rng.random() < 0.06:
        props['trait:CUSTOM_SSD'] = 'required'
    request = {
        'flavor': flavor,
        'image': {'id': rng.choice(IMAGES), 'properties': props},
        'project_id': rng.choice(PROJECTS),
        'num_instances': rng.choice([1, 1, 1, 2, 2, 3, 4, 6]),
    }
    if rng.random() < 0.1:
        request['is_bfv'] = True
    if rng.random() < 0.3:
        request['availability_zone'] = rng.choice(AZS + ['nova', 'az9'])
    hints = {}
    if existing and rng.random() < 0.3:
        hints['same_host'] = rng.sample(existing, rng.randint(1, min(3, len(existing))))
    if existing and rng.random() < 0.3:
        hints['different_host'] = rng.sample(existing, rng.randint(1, min(3, len(existing))))
    if rng.random() < 0.4:
        hints['build_near_host_ip'] = '10.0.%d.7' % rng.randint(0, 3)
        if rng.random() < 0.6:
            hints['cidr'] = rng.choice(['/24', '/16', '/30', '/8'])
    if rng.random() < 0.3:
        q = json_query(rng)
        hints['query'] = q if rng.random() < 0.5 else json.dumps(q)
    if hints:
        request['scheduler_hints'] = hints
    if rng.random() < 0.6:
        g = {'policy': rng.choice(POLICIES)}
        if existing:
            g['members'] = rng.sample(existing, rng.randint(min(1, len(existing)) if rng.random() < 0.8 else 0,
                                                           len(existing)))
        if g['policy'] == 'anti-affinity' and rng.random() < 0.5:
            g['rules'] = {'max_server_per_host': rng.choice([1, 2, 3])}
        if rng.random() < 0.15:
            g['hosts'] = rng.sample(host_names, rng.randint(0, min(3, n_hosts)))
        request['instance_group'] = g
    x = rng.random()
    if x < 0.05:
        request['ignore_hosts'] = rng.sample(host_names, rng.randint(1, max(1, n_hosts // 2)))
    elif x < 0.08:
        request['force_hosts'] = rng.sample(host_names, rng.randint(1, 2))
    elif x < 0.10:
        request['force_nodes'] = rng.sample(host_names, 1)
    elif x < 0.13:
        request['requested_destination'] = {'host': rng.choice(host_names)}

    return {
        'config': config,
        'hosts': hosts,
        'aggregates': aggs,
        'request': request,
        'filters': filters,
        'weighers': weighers,
        'placement': rng.random() < 0.9,
        'seed': rng.randint(0, 2 ** 31),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', required=True)
    ap.add_argument('--count', type=int, default=500)
    ap.add_argument('--seed', type=int, default=20261125)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    for i in range(a.count):
        case = make_case(rng, i)
        if case['weighers'] is None:
            del case['weighers']
        with open(os.path.join(a.out, 'case_%04d.json' % i), 'w') as f:
            json.dump(case, f, indent=1, sort_keys=True)
            f.write('\n')


if __name__ == '__main__':
    main()
