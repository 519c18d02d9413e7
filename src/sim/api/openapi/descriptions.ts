// The upstream v1.32 descriptions, required fields and enum values of the definitions the
// simulator's schemas reach (generated data: upstream-descriptions.ts), parsed on first use.
import { UPSTREAM_DESCRIPTIONS_JSON } from './upstream-descriptions.js';

/** A field's description, or its description and the enum values upstream lists for it. */
export type FieldFacts = string | [description: string, enumValues: string[]];

export interface DefinitionFacts {
  /** The definition's own description. */
  d: string;
  /** Required fields, as upstream lists them. */
  r?: string[];
  /** By JSON field name. */
  f?: Record<string, FieldFacts>;
}

let parsed: Record<string, DefinitionFacts> | undefined;

export function upstreamDefinitions(): Readonly<Record<string, DefinitionFacts>> {
  parsed ??= (JSON.parse(UPSTREAM_DESCRIPTIONS_JSON) as { definitions: Record<string, DefinitionFacts> }).definitions;
  return parsed;
}
