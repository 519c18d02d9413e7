// The diff the API server appends to "pod updates may not change fields ...". The real one is
// go-cmp's report on the internal core.PodSpec Go struct; this renders the changed fields in the
// same shape (Go field names, `-`/`+` lines) without claiming byte equality with go-cmp.
import type { PodSpec } from '../types.js';

function goName(key: string): string {
  const special: Record<string, string> = { imagePullPolicy: 'ImagePullPolicy', serviceAccountName: 'ServiceAccountName', dnsPolicy: 'DNSPolicy', nodeName: 'NodeName' };
  return special[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
}

function goValue(v: unknown): string {
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'string')) return `[]string{${v.map((x) => JSON.stringify(x)).join(', ')}}`;
    return `{${v.map(goValue).join(', ')}}`;
  }
  if (typeof v === 'object') {
    return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${goName(k)}: ${goValue(x)}`).join(', ')}}`;
  }
  return String(v);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** undefined when the specs are equal. */
export function podSpecDiff(old: PodSpec, next: PodSpec): string | undefined {
  if (same(old, next)) return undefined;
  const lines = ['  core.PodSpec{'];
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  let identical = 0;
  for (const key of keys) {
    const a = (old as unknown as Record<string, unknown>)[key];
    const b = (next as unknown as Record<string, unknown>)[key];
    if (same(a, b)) {
      identical++;
      continue;
    }
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      lines.push(`  \t${goName(key)}: []core.Container{`);
      a.forEach((ca: Record<string, unknown>, i) => {
        const cb = b[i] as Record<string, unknown>;
        if (same(ca, cb)) {
          lines.push(`  \t\t{Name: ${JSON.stringify(ca['name'])}, ...},`);
          return;
        }
        lines.push('  \t\t{');
        let same2 = 0;
        for (const f of [...new Set([...Object.keys(ca), ...Object.keys(cb)])]) {
          if (same(ca[f], cb[f])) {
            if (f === 'name' || f === 'image') lines.push(`  \t\t\t${goName(f)}: ${goValue(ca[f])},`);
            else same2++;
            continue;
          }
          if (ca[f] !== undefined) lines.push(`- \t\t\t${goName(f)}: ${goValue(ca[f])},`);
          if (cb[f] !== undefined) lines.push(`+ \t\t\t${goName(f)}: ${goValue(cb[f])},`);
        }
        if (same2 > 0) lines.push(`  \t\t\t... // ${same2} identical fields`);
        lines.push('  \t\t},');
      });
      lines.push('  \t},');
      continue;
    }
    if (a !== undefined) lines.push(`- \t${goName(key)}: ${goValue(a)},`);
    if (b !== undefined) lines.push(`+ \t${goName(key)}: ${goValue(b)},`);
  }
  if (identical > 0) lines.push(`  \t... // ${identical} identical fields`);
  lines.push('  }');
  return `${lines.join('\n')}\n`;
}
