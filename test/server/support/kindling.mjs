// The kindling CLI from its TypeScript sources (start with `node --import register-ts.mjs`).
import { main } from '../../../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
