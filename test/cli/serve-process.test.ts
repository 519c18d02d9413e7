// When `sim serve` re-executes itself, and with which node flags.
import { describe, expect, it } from 'vitest';
import { childExecArgv, shouldRespawn } from '../../src/cli/serve-process.js';

describe('serve-process', () => {
  it('re-executes on Linux unless the malloc setting is already there (the child) or in-process is asked for', () => {
    expect(shouldRespawn({}, 'linux')).toBe(true);
    expect(shouldRespawn({ MALLOC_MMAP_THRESHOLD_: '16384' }, 'linux')).toBe(false);
    expect(shouldRespawn({ MALLOC_MMAP_THRESHOLD_: '' }, 'linux')).toBe(false);
    expect(shouldRespawn({ KINDLING_SIM_SERVE_IN_PROCESS: '1' }, 'linux')).toBe(false);
    expect(shouldRespawn({}, 'darwin')).toBe(false);
    expect(shouldRespawn({}, 'win32')).toBe(false);
  });

  it('passes the node flags on, without the inspector, with --expose-gc once', () => {
    expect(childExecArgv([])).toEqual(['--expose-gc']);
    expect(childExecArgv(['--import', '/x/hooks.mjs', '--inspect=9229', '--inspect-brk', '--enable-source-maps'])).toEqual(['--import', '/x/hooks.mjs', '--enable-source-maps', '--expose-gc']);
    expect(childExecArgv(['--expose-gc'])).toEqual(['--expose-gc']);
  });
});
