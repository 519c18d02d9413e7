// Durations as lessons write them: `30s`, `2m`, `500ms`, `1m30s`, `1h`, or a bare number of seconds.

const unitMs: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const unitOrder = ['h', 'm', 's', 'ms'];

/** The duration in milliseconds, or undefined when `text` is not a positive duration. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return positive(Number(trimmed) * 1_000);
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== trimmed) return undefined;
  let total = 0;
  let lastUnit = -1;
  for (const [, amount, unit] of parts) {
    const order = unitOrder.indexOf(unit ?? '');
    // Units must go from largest to smallest, each at most once: `1m30s`, not `30s1m`.
    if (order <= lastUnit) return undefined;
    lastUnit = order;
    total += Number(amount) * (unitMs[unit ?? ''] ?? 0);
  }
  return positive(total);
}

function positive(ms: number): number | undefined {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms) : undefined;
}

/** The accepted forms, for messages. */
export const DURATION_FORM = 'a duration such as 30s, 2m, 500ms, 1m30s or a number of seconds';
