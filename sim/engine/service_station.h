// A queueing station: c identical servers, one FIFO queue, a service-time distribution.
//
// It models anything that serves requests with a bounded number of workers: nova-api workers,
// the conductor, the message broker, the database, a disk. A coroutine queues with
// `co_await station.serve()` (service time drawn from the station's distribution when service
// starts) or `co_await station.serve(d)` (a given service time), and resumes when its service
// ends. The station records each request's waiting and service times and the time-average
// number waiting and busy, so that an M/M/c station can be checked against Erlang-C
// (tests/engine).
#pragma once

#include <coroutine>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>

#include "sim/engine/distribution.h"
#include "sim/engine/engine.h"
#include "sim/engine/rng.h"
#include "sim/engine/statistics.h"

namespace stacktwin::sim {

class ServiceStation {
 public:
  ServiceStation(Engine& engine, std::string name, int servers, Distribution service_time,
                 RngStream& rng);
  ServiceStation(const ServiceStation&) = delete;
  ServiceStation& operator=(const ServiceStation&) = delete;

  struct ServeAwaiter {
    ServiceStation& station;
    std::optional<Duration> service;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) { station.arrive(h, service); }
    void await_resume() const noexcept {}
  };
  // Waits for a server in FIFO order, holds it for a drawn service time, then resumes.
  ServeAwaiter serve() { return ServeAwaiter{*this, std::nullopt}; }
  ServeAwaiter serve(Duration service) { return ServeAwaiter{*this, service}; }

  const std::string& name() const { return name_; }
  int servers() const { return servers_; }
  int busy() const { return busy_; }
  std::size_t queue_length() const { return queue_.size(); }
  std::uint64_t completed() const { return completed_; }  // services that have ended

  const SampleStats& waiting_time_s() const { return waiting_s_; }
  const SampleStats& service_time_s() const { return service_s_; }
  double mean_queue_length() const { return queue_len_.mean(engine_.now()); }
  double utilisation() const { return busy_servers_.mean(engine_.now()) / servers_; }

 private:
  struct Waiting {
    std::coroutine_handle<> h;
    std::optional<Duration> service;
    Time arrived;
  };
  void arrive(std::coroutine_handle<> h, std::optional<Duration> service);
  void start(const Waiting& w);
  void finish(std::coroutine_handle<> h);

  Engine& engine_;
  std::string name_;
  int servers_;
  Distribution service_time_;
  RngStream& rng_;
  int busy_ = 0;
  std::uint64_t completed_ = 0;
  std::deque<Waiting> queue_;
  SampleStats waiting_s_, service_s_;
  TimeWeightedStats queue_len_, busy_servers_;
};

}  // namespace stacktwin::sim
