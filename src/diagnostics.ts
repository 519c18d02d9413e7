// The catalog of permanent diagnostic codes. Each stage defines its own codes in its own file;
// this module gathers them so that codes stay unique and the README can list them all.

export interface CodeInfo {
  /** Permanent code, e.g. `KL201`. Never reused for another meaning. */
  code: string;
  /** Kebab-case name, e.g. `unknown-attribute`. */
  name: string;
  /** One sentence on what the code means. */
  summary: string;
}

/** Declares a stage's codes; keeps the literal keys for autocompletion. */
export function defineCodes<T extends Record<string, CodeInfo>>(codes: T): T {
  return codes;
}
