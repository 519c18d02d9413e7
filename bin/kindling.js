#!/usr/bin/env node
// The CLI, from the bundle `npm run build:ts` writes (scripts/bundle.js).
import { main } from '../lib/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
