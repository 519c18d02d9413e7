// The values of a lesson's `match:` front matter field (and of --match), apart from the front
// matter checks so that the CLI's options do not load the YAML parser.
import type { MatchMode } from './types.js';

export const MATCH_MODES: readonly MatchMode[] = ['exact', 'normalized'];
