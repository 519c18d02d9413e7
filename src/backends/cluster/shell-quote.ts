// Quoting for text that kindling itself (not the lesson) puts on the lesson shell's command line.

/** Quotes `text` as one bash word, safe for any content. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
