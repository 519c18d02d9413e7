// The flags every writing verb shares (cmdutil's GetValidationDirective and GetDryRunStrategy):
// `--validate` becomes the API's fieldValidation, `--dry-run` a strategy; bad values are errors.
import type { FieldValidation } from '../../api/schema/decode-object.js';
import type { Kubectl } from '../context.js';
import { plainError } from '../errors.js';
import { flagString, type FlagSpec } from '../flags.js';

export const VALIDATE_FLAG: FlagSpec = { name: 'validate', type: 'string', noOptDefault: 'strict' };
export const DRY_RUN_FLAG: FlagSpec = { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' };

const BOOL_TEXT: Record<string, boolean> = { '1': true, t: true, T: true, TRUE: true, true: true, True: true, '0': false, f: false, F: false, FALSE: false, false: false, False: false };

/** `--validate`: true/strict is Strict (the default), warn is Warn, false/ignore is Ignore. */
export function fieldValidation(k: Kubectl): FieldValidation {
  const value = flagString(k.flags, 'validate') ?? 'strict';
  const b = BOOL_TEXT[value];
  if (b !== undefined) return b ? 'Strict' : 'Ignore';
  if (value === 'strict') return 'Strict';
  if (value === 'warn') return 'Warn';
  if (value === 'ignore') return 'Ignore';
  throw plainError(`invalid - validate option "${value}"; must be one of: strict (or true), warn, ignore (or false)`);
}

export type DryRun = 'none' | 'client' | 'server';

/** `--dry-run`: none (the default), client or server; the old boolean forms still mean client/none. */
export function dryRunStrategy(k: Kubectl): DryRun {
  const value = flagString(k.flags, 'dry-run') ?? 'none';
  const b = BOOL_TEXT[value];
  if (b !== undefined) return b ? 'client' : 'none';
  if (value === 'unchanged' || value === 'client') return 'client';
  if (value === 'server' || value === 'none') return value;
  throw plainError(`Invalid dry-run value (${value}). Must be "none", "server", or "client".`);
}
