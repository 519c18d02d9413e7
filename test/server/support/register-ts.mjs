// `node --import ./register-ts.mjs file.ts`: installs the TypeScript hooks.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
