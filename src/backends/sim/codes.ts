// KL7xx: problems in a lesson's `sim:` front matter, found when the simulator starts.
import { defineCodes } from '../../diagnostics.js';

export const simCodes = defineCodes({
  simConfigInvalid: {
    code: 'KL701',
    name: 'sim-config-invalid',
    summary: 'A `sim:` front-matter key has a value the simulator cannot use, or is not a known key.',
  },
});
