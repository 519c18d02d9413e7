// Every diagnostic code kindling has, from every stage, in code order: what `kindling explain`
// prints and what the lesson-format reference documents.
import { clusterCodes } from './backends/cluster/codes.js';
import { simCodes } from './backends/sim/codes.js';
import type { CodeInfo } from './diagnostics.js';
import { importCodes } from './import/codes.js';
import { lessonCodes } from './lesson/codes.js';
import { runCodes } from './run/codes.js';
import { siteCodes } from './site/codes.js';
import { verifyCodes } from './verify/codes.js';

export const ALL_CODES: readonly CodeInfo[] = [lessonCodes, runCodes, verifyCodes, simCodes, importCodes, clusterCodes, siteCodes]
  .flatMap((codes) => Object.values(codes) as CodeInfo[])
  .sort((a, b) => (a.code < b.code ? -1 : 1));

/** A code by its code (`KL201`) or name (`unknown-attribute`), case-insensitively. */
export function findCode(query: string): CodeInfo | undefined {
  const q = query.toLowerCase();
  return ALL_CODES.find((c) => c.code.toLowerCase() === q || c.name === q);
}
