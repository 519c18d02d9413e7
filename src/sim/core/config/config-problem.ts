// A problem in a lesson's `sim:` front matter, named by its key.

export interface ConfigProblem {
  /** Readable path under `sim`, e.g. `nodes[1].role` or `images["app:1"].size`. */
  path: string;
  message: string;
  /** The key's place as path segments under `sim` (`['nodes', 1, 'role']`), for the diagnostic's position. */
  at?: (string | number)[];
}
