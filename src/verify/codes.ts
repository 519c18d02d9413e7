// Verify-stage codes (KL6xx): recorded output that does not match what the commands printed.
import { defineCodes } from '../diagnostics.js';

export const verifyCodes = defineCodes({
  outputMismatch: {
    code: 'KL601',
    name: 'output-mismatch',
    summary: 'A command printed something other than the output the lesson records under it.',
  },
  staleMarkMatches: {
    code: 'KL603',
    name: 'stale-mark-matches',
    summary:
      'A recorded output line is marked stale (`stale=` on its block), but it matches what the command printed now: ' +
      'remove the mark, so that the lesson says which documented lines are really out of date.',
  },
  staleClassChanged: {
    code: 'KL604',
    name: 'stale-class-changed',
    summary:
      'A recorded output line is marked stale with one class (format, behaviour, error), but the difference from what ' +
      'the command printed now is of another class: re-mark it, or update the line.',
  },
  outputNotRecorded: {
    code: 'KL602',
    name: 'output-not-recorded',
    summary:
      'A command printed output but the lesson records none under it (only its `$ ` line was written); ' +
      'run `kindling update` to record it, so that CI catches lessons nobody has recorded.',
  },
});
