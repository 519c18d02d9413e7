// Diagnostic codes of the site stage: the site configuration file (KL8xx). Codes are permanent.
import { defineCodes } from '../diagnostics.js';

export const siteCodes = defineCodes({
  invalidSiteConfig: {
    code: 'KL851',
    name: 'invalid-site-config',
    summary: '`kindling.config.json` is not valid JSON, or not an object of settings.',
  },
  unknownSiteConfigKey: {
    code: 'KL852',
    name: 'unknown-site-config-key',
    summary: '`kindling.config.json` has a key kindling does not know.',
  },
  wrongSiteConfigValue: {
    code: 'KL853',
    name: 'wrong-site-config-value',
    summary: 'A `kindling.config.json` value has the wrong type or form (a base URL that is not absolute, an edit link without `{path}`).',
  },
  missingSiteLogo: {
    code: 'KL854',
    name: 'missing-site-logo',
    summary: 'The `logo` in `kindling.config.json` names a file that does not exist.',
  },
});
