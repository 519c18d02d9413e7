// How much a lesson may ask of the parser. Checked on the raw text before Markdown parsing, so that
// hostile input gets a coded diagnostic instead of minutes of CPU (see docs/decisions.md, "Input
// limits"): micromark needs ~0.6 s for a 64-level indented list and ~10 s for 10,000 emphasis
// delimiters in one paragraph on a busy 2-core machine; real lessons stay far below each limit.

/** Largest lesson file, in bytes (the largest lesson in lessons/ is under 40 KiB). */
export const MAX_LESSON_BYTES = 2 * 1024 * 1024;
/** Longest line, in UTF-16 code units (long enough for a base64 Secret in a file= block). */
export const MAX_LINE_LENGTH = 64 * 1024;
/** Deepest nesting of lists and block quotes outside code fences. */
export const MAX_NESTING_DEPTH = 32;
/** Most `*` and `_` delimiters in one paragraph of prose (outside code spans and fences). */
export const MAX_EMPHASIS_DELIMITERS = 1000;
/** Longest duration a lesson may write (`timeout=`, `every=`, `interrupt=`, front-matter `timeout`). */
export const MAX_DURATION_MS = 24 * 3_600_000;
