// What metrics-server's command line says about its behaviour here (cmd/metrics-server/app/options):
// the scrape interval (`--metric-resolution`, 60s by default; components.yaml sets 15s), whether it
// skips verifying the kubelets' serving certificates (`--kubelet-insecure-tls`, which kind needs:
// its kubelet certificates carry no IP SANs, so every scrape fails without it), and its port.
import { parseGoDuration } from '../core/time/go-duration.js';

export interface MetricsServerFlags {
  resolutionMs: number;
  insecureTls: boolean;
  securePort: number;
}

function flagValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === `--${name}`) return args[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

/** The flags that matter, from the container's arguments. */
export function metricsServerFlags(args: readonly string[]): MetricsServerFlags {
  const resolution = parseGoDuration(flagValue(args, 'metric-resolution') ?? '60s');
  const insecure = args.find((a) => a === '--kubelet-insecure-tls' || a.startsWith('--kubelet-insecure-tls='));
  return {
    resolutionMs: 'ms' in resolution && resolution.ms > 0 ? resolution.ms : 60_000,
    insecureTls: insecure !== undefined && insecure !== '--kubelet-insecure-tls=false',
    securePort: Number(flagValue(args, 'secure-port') ?? 443) || 443,
  };
}

/**
 * CheckReadiness (pkg/server/server.go): the last tick scraped a node and the storage holds two
 * scrapes. Ticks run at start and every resolution, so that is one resolution after the start,
 * provided the kubelets can be scraped at all.
 */
export function metricsServerReady(flags: MetricsServerFlags, startedAt: number, now: number): boolean {
  return flags.insecureTls && now >= startedAt + flags.resolutionMs;
}
