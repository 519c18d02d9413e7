// Verify-stage codes (KL6xx): recorded output that does not match what the commands printed.
import { defineCodes } from '../diagnostics.js';

export const verifyCodes = defineCodes({
  outputMismatch: {
    code: 'KL601',
    name: 'output-mismatch',
    summary: 'A command printed something other than the output the lesson records under it.',
  },
  outputNotRecorded: {
    code: 'KL602',
    name: 'output-not-recorded',
    summary:
      'A command printed output but the lesson records none under it (only its `$ ` line was written); ' +
      'run `kindling update` to record it, so that CI catches lessons nobody has recorded.',
  },
});
