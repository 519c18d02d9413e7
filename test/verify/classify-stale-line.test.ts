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

  it('calls a row of a table that gained a column a format change, when its other cells are the same', () => {
    // Lines as the normalizers leave them: masked values, columns two spaces apart.
    const headers = { documented: 'NAME  COMPLETIONS  DURATION  AGE', printed: 'NAME  STATUS  COMPLETIONS  DURATION  AGE' };
    expect(classifyStaleLine('pi  1/1  <AGE>  <AGE>', 'pi  Complete  1/1  <AGE>  <AGE>', { exitCode: 0, headers })).toEqual({
      class: 'format',
      reason: 'the same row, with the column kubectl 1.32 adds: "STATUS"',
    });
    // Another value in a column both have is still a behaviour difference.
    expect(classifyStaleLine('pi  0/1  <AGE>  <AGE>', 'pi  Complete  1/1  <AGE>  <AGE>', { exitCode: 0, headers }).class).toBe('behaviour');
    // The header line itself: more fields.
    expect(classifyStaleLine(headers.documented, headers.printed, { exitCode: 0, headers })).toMatchObject({ class: 'format', reason: 'the same fields, and more: "STATUS"' });
    // Without the headers, or with columns that moved rather than were added, the row is compared word for word.
    expect(classifyStaleLine('pi  1/1  <AGE>  <AGE>', 'pi  Complete  1/1  <AGE>  <AGE>', ok).class).toBe('behaviour');
    const moved = { documented: 'NAME  AGE  COMPLETIONS', printed: 'NAME  STATUS  COMPLETIONS  AGE' };
    expect(classifyStaleLine('pi  <AGE>  1/1', 'pi  Complete  1/1  <AGE>', { exitCode: 0, headers: moved }).class).toBe('behaviour');
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
