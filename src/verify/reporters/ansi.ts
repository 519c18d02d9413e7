// ANSI styling for the text reporter; a no-op unless colour is on, so plain output has no escapes.

const STYLES = {
  red: ['\x1b[31m', '\x1b[39m'],
  green: ['\x1b[32m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
  cyan: ['\x1b[36m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
} as const;

export type Style = keyof typeof STYLES;

/** Wraps `text` in the style's escape codes when `on`; returns it unchanged otherwise. */
export function paint(on: boolean, style: Style, text: string): string {
  if (!on || text === '') return text;
  const [open, close] = STYLES[style];
  return `${open}${text}${close}`;
}
