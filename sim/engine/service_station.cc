#include "sim/engine/service_station.h"

#include <cassert>

namespace stacktwin::sim {

ServiceStation::ServiceStation(Engine& engine, std::string name, int servers,
                               Distribution service_time, RngStream& rng)
    : engine_(engine),
      name_(std::move(name)),
      servers_(servers),
      service_time_(std::move(service_time)),
      rng_(rng),
      queue_len_(engine.now()),
      busy_servers_(engine.now()) {
  assert(servers > 0);
}

void ServiceStation::arrive(std::coroutine_handle<> h, std::optional<Duration> service) {
  Waiting w{h, service, engine_.now()};
  if (busy_ < servers_) {
    start(w);
  } else {
    queue_.push_back(w);
    queue_len_.set(engine_.now(), static_cast<double>(queue_.size()));
  }
}

void ServiceStation::start(const Waiting& w) {
  ++busy_;
  busy_servers_.set(engine_.now(), busy_);
  waiting_s_.add((engine_.now() - w.arrived).seconds());
  const Duration d = w.service ? *w.service : service_time_.sample_duration(rng_);
  service_s_.add(d.seconds());
  engine_.after(d, [this, h = w.h] { finish(h); });
}

void ServiceStation::finish(std::coroutine_handle<> h) {
  --busy_;
  ++completed_;
  if (!queue_.empty()) {
    const Waiting next = queue_.front();
    queue_.pop_front();
    queue_len_.set(engine_.now(), static_cast<double>(queue_.size()));
    start(next);
  } else {
    busy_servers_.set(engine_.now(), busy_);
  }
  h.resume();
}

}  // namespace stacktwin::sim
