// What one scrape yields and how two of them become a usage (metrics-server pkg/storage/types.go):
// a point per node and per container with its start time, when it was measured, the cumulative CPU
// time since the start, and the memory working set. CPU usage is the rate between two points.
// Times are virtual milliseconds; CPU is in nanoseconds of CPU time (nanocore-seconds).

export interface MetricsPoint {
  startTime: number;
  timestamp: number;
  cumulativeCpuNs: number;
  memoryBytes: number;
}

export interface PodPoint {
  namespace: string;
  name: string;
  containers: Map<string, MetricsPoint>;
}

/** A scrape of every node (MetricsBatch): nodes by name, pods by `namespace/name`. */
export interface MetricsBatch {
  nodes: Map<string, MetricsPoint>;
  pods: Map<string, PodPoint>;
}

export interface TimeInfo {
  timestamp: number;
  windowMs: number;
}

/** CPU in nanocores and memory in bytes, as metrics-server puts them in its ResourceList. */
export interface ResourceUsage {
  cpuNanocores: number;
  memoryBytes: number;
}

/** Go's time.Duration.Seconds() for a span in milliseconds: whole seconds plus the rest over 1e9. */
function durationSeconds(ms: number): number {
  const ns = ms * 1e6;
  const sec = Math.trunc(ns / 1e9);
  return sec + (ns - sec * 1e9) / 1e9;
}

/** resourceUsage: the CPU rate over the window between the points, and the last memory; or why not. */
export function resourceUsage(last: MetricsPoint, prev: MetricsPoint): { usage: ResourceUsage; time: TimeInfo } | { error: string } {
  if (last.startTime < prev.startTime) return { error: 'unexpected decrease in startTime of node/container' };
  if (last.cumulativeCpuNs < prev.cumulativeCpuNs) return { error: 'unexpected decrease in cumulative CPU usage value' };
  const windowMs = last.timestamp - prev.timestamp;
  // uint64(float64(delta) / window.Seconds()): truncated to whole nanocores.
  const cpu = Math.trunc((last.cumulativeCpuNs - prev.cumulativeCpuNs) / durationSeconds(windowMs));
  return { usage: { cpuNanocores: cpu, memoryBytes: last.memoryBytes }, time: { timestamp: last.timestamp, windowMs } };
}
