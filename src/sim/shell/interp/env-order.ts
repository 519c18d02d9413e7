// The order in which a shell hands its exported variables to a command: each shell walks its
// variable hash table, so `env` prints them in hash order, not in the order they were set.
import type { Dialect } from '../types.js';

/** bash's hash_string (FNV-1 with shifts), 32 bits. */
function bashHash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h = (h + (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24)) >>> 0;
    h = (h ^ s.charCodeAt(i)) >>> 0;
  }
  return h;
}

/** busybox ash's hashvar: first character times 16 plus the sum of the characters. */
function ashBucket(s: string): number {
  let h = (s.charCodeAt(0) || 0) << 4;
  for (let i = 0; i < s.length; i++) h += s.charCodeAt(i);
  return h % 39;
}

/**
 * Orders entries (given oldest first) as a hash-table walk would: buckets in ascending order,
 * the newest entry first within a bucket.
 */
function walk(entries: [string, string][], bucket: (name: string) => number): [string, string][] {
  return entries
    .map((e, i) => ({ e, b: bucket(e[0]), i }))
    .sort((x, y) => x.b - y.b || y.i - x.i)
    .map((x) => x.e);
}

/**
 * The environment a command receives: bash puts the command's own assignments first (their
 * table has 4 buckets), then the exported variables (1024 buckets); ash walks one 39-bucket table.
 */
export function commandEnv(dialect: Dialect, exported: [string, string][], assigns: [string, string][]): Record<string, string> {
  const env: Record<string, string> = {};
  if (dialect === 'bash') {
    const temp = new Map(assigns);
    for (const [n, v] of walk([...temp], (n) => bashHash(n) & 3)) env[n] = v;
    for (const [n, v] of walk(exported.filter(([n]) => !temp.has(n)), (n) => bashHash(n) & 1023)) env[n] = v;
    return env;
  }
  const merged = new Map(exported);
  for (const [n, v] of assigns) {
    merged.delete(n);
    merged.set(n, v);
  }
  for (const [n, v] of walk([...merged], ashBucket)) env[n] = v;
  return env;
}
