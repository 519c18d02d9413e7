// The protobuf schema the server reads bodies with is the one kubectl carries: re-extracting it
// from the installed binary gives the committed file byte for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProtoSchema, formatProtoSchema } from '../support/extract-proto-schema.mjs';
import { KUBECTL, kubectlCheck } from '../support/harness.js';

describe.skipIf(!kubectlCheck.available)('proto-schema.json', () => {
  it('matches the descriptors embedded in the installed kubectl', () => {
    const committed = readFileSync(new URL('../../../src/server/protobuf/proto-schema.json', import.meta.url), 'utf8');
    expect(formatProtoSchema(extractProtoSchema(KUBECTL))).toBe(committed);
  });
});
