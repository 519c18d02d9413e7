import { describe, expect, it } from 'vitest';
import { classifyStaleLine, isErrorLine } from '../../src/verify/classify-stale-line.js';

const ok = { exitCode: 0 };

describe('classifyStaleLine', () => {
  it('calls the same words in another form a format change', () => {
    expect(classifyStaleLine('secret "x" created', 'secret/x created', ok)).toEqual({ class: 'format', reason: 'the same words, formatted differently' });
    expect(classifyStaleLine('deployment "nginx" created', 'deployment.apps/nginx created', ok).class).toBe('format');
    expect(classifyStaleLine('NAME  READY  STATUS  RESTARTS  AGE', 'NAME  READY  STATUS  RESTARTS  AGE  IP  NODE', ok)).toMatchObject({
      class: 'format',
      reason: 'the same fields, and more: "IP", "NODE"',
    });
    expect(classifyStaleLine('NAME  DESIRED  CURRENT  UP-TO-DATE  AVAILABLE  AGE', 'NAME  UP-TO-DATE  AVAILABLE  AGE', ok).class).toBe('format');
  });

  it('calls other values, and lines gone or new, a behaviour difference', () => {
    expect(classifyStaleLine('deployment.apps/x created', 'pod/x created', ok)).toEqual({
      class: 'behaviour',
      reason: 'documented "deployment"; kubectl 1.32 prints "pod"',
    });
    expect(classifyStaleLine('db  Opaque  2  <AGE>', 'db  Opaque  1  <AGE>', ok).class).toBe('behaviour');
    expect(classifyStaleLine('web  0/1  Pending  0  <AGE>', 'web  1/1  Running  0  <AGE>', ok).class).toBe('behaviour');
    expect(classifyStaleLine('pod/x created', undefined, ok)).toEqual({ class: 'behaviour', reason: 'kubectl 1.32 no longer prints this line' });
    expect(classifyStaleLine(undefined, 'Warning: x', ok).class).toBe('behaviour');
    // A value that only looks like filler is not a column.
    expect(classifyStaleLine('pod/x created', 'pod/x created (dry run)', ok).class).toBe('behaviour');
  });

  it('calls a command that now fails an error, unless the documented line was an error too', () => {
    expect(classifyStaleLine('deployment.apps/x created', 'error: unknown flag: --generator', { exitCode: 1 })).toEqual({
      class: 'error',
      reason: 'the command exits with status 1: error: unknown flag: --generator',
    });
    expect(classifyStaleLine('pod/x created', undefined, { exitCode: 1 }).class).toBe('error');
    expect(classifyStaleLine('Error from server (NotFound): pods "x" not found', 'Error from server (NotFound): pods "y" not found', { exitCode: 1 }).class).toBe('behaviour');
  });

  it('knows error lines from ordinary ones', () => {
    expect(isErrorLine('error: the server doesn\'t have a resource type "x"')).toBe(true);
    expect(isErrorLine('Error from server (NotFound): pods "x" not found')).toBe(true);
    expect(isErrorLine('  Warning  Failed  3s  kubelet  Error: ErrImagePull')).toBe(false);
    expect(isErrorLine('web  0/1  Error  0  5s')).toBe(false);
  });
});
