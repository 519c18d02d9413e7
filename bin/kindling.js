#!/usr/bin/env node
// The CLI: lib/boot/run-cli.js runs the bundle `npm run build:ts` writes (scripts/bundle.js)
// through V8's code cache. Node 22.1+ also caches what it loads itself (this file, run-cli's modules).
import module from 'node:module';

module.enableCompileCache?.();
const { runCli } = await import('../lib/boot/run-cli.js');
process.exitCode = await runCli(process.argv.slice(2));
