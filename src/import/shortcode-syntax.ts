// Hugo shortcodes as they appear in a page's source: `{{< name args >}}` and `{{% name args %}}`,
// closing forms `{{< /name >}}`, arguments named (`file="pods/x.yaml"`) or positional (`"version"`).

export interface Shortcode {
  name: string;
  /** `{{< /name >}}`. */
  closing: boolean;
  /** Named arguments. */
  named: Record<string, string>;
  /** Positional arguments, in order. */
  positional: string[];
  /** Offsets of the whole shortcode in the text, `{{` to `}}`. */
  start: number;
  end: number;
}

const SHORTCODE = /\{\{([<%])\s*(\/)?\s*([A-Za-z_][\w.-]*)((?:[^}]|\}(?!\}))*?)\s*[>%]\}\}/g;
const ARG = /\s*(?:([A-Za-z_][\w-]*)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|'([^']*)'|([^\s"'`]+))/y;

/** Reads a shortcode's argument text into named and positional arguments. */
export function parseShortcodeArgs(text: string): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  ARG.lastIndex = 0;
  const body = text.trim();
  let m: RegExpExecArray | null;
  while (ARG.lastIndex < body.length && (m = ARG.exec(body)) !== null) {
    const value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? m[4] ?? m[5] ?? '');
    if (m[1] !== undefined) named[m[1]] = value;
    else positional.push(value);
  }
  return { named, positional };
}

/** Every shortcode in `text`, in order. */
export function findShortcodes(text: string): Shortcode[] {
  const found: Shortcode[] = [];
  for (const m of text.matchAll(SHORTCODE)) {
    const { named, positional } = parseShortcodeArgs(m[4] ?? '');
    found.push({ name: m[3] ?? '', closing: m[2] === '/', named, positional, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
