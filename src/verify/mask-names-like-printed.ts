// Generated names the normalizer cannot recognise alone, recognised by what kubectl printed.
//
// A documented `process-item-apple-kixwv` comes from a cluster older than 1.13, whose name suffixes
// used an alphabet with vowels (`kixwv` could be a word); a documented ReplicaSet
// `nginx-deployment-2035384211` from one whose pod-template hashes were decimal. Masking every such
// token would mask words (`my-nginx`), so a documented name is masked only where the printed output,
// normalized, has a generated part at the same prefix: the same object, named by another cluster.

const NAME = String.raw`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?`;
/** `prefix-<HASH>-<ID>`, `prefix-<HASH>` and `prefix-<ID>` in a normalized printed line. */
const PRINTED = new RegExp(String.raw`(?<![a-z0-9.-])(${NAME})-(<HASH>-<ID>|<HASH>|<ID>)(?![a-z0-9-])`, 'g');

/** The documented token each printed form stands for, after `prefix-`. */
const DOCUMENTED: Record<string, string> = {
  '<HASH>-<ID>': String.raw`(?=[a-z]{0,9}\d)[a-z0-9]{6,10}-[a-z0-9]{5}`,
  '<HASH>': String.raw`(?=[a-z]{0,9}\d)[a-z0-9]{6,10}`,
  '<ID>': String.raw`[a-z0-9]{5}`,
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The documented lines (already normalized) with names masked where the printed lines (normalized)
 * show a generated suffix or hash after the same prefix. Lines without such names come back as they were.
 */
export function maskNamesLikePrinted(documented: readonly string[], printed: readonly string[]): string[] {
  const forms = new Map<string, Set<string>>();
  for (const line of printed) {
    for (const match of line.matchAll(PRINTED)) {
      const [, prefix, form] = match;
      if (prefix!.length < 2) continue;
      let set = forms.get(form!);
      if (!set) forms.set(form!, (set = new Set()));
      set.add(prefix!);
    }
  }
  if (forms.size === 0) return [...documented];
  // Longest forms first: `<HASH>-<ID>` before `<HASH>` and `<ID>`.
  const patterns = ['<HASH>-<ID>', '<HASH>', '<ID>'].flatMap((form) => {
    const prefixes = forms.get(form);
    if (!prefixes) return [];
    const alternatives = [...prefixes].sort((a, b) => b.length - a.length).map(escape).join('|');
    return [{ form, pattern: new RegExp(String.raw`(?<![a-z0-9.-])(${alternatives})-${DOCUMENTED[form]}(?![a-z0-9-])`, 'g') }];
  });
  return documented.map((line) => patterns.reduce((text, { form, pattern }) => text.replace(pattern, (_, prefix: string) => `${prefix}-${form}`), line));
}
