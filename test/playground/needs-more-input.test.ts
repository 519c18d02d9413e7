import { describe, expect, it } from 'vitest';
import { needsMoreInput } from '../../src/playground/needs-more-input.js';

describe('needsMoreInput', () => {
  it('asks for more lines while a here-document has no delimiter line', () => {
    expect(needsMoreInput('cat <<EOF > a.yaml')).toBe(true);
    expect(needsMoreInput('cat <<EOF > a.yaml\nkind: Pod')).toBe(true);
    expect(needsMoreInput('cat <<EOF > a.yaml\nkind: Pod\nEOF')).toBe(false);
  });

  it('asks for more after an open quote, an unfinished compound command or a trailing backslash', () => {
    expect(needsMoreInput("echo 'a")).toBe(true);
    expect(needsMoreInput('for i in 1 2; do')).toBe(true);
    expect(needsMoreInput('for i in 1 2; do\necho $i\ndone')).toBe(false);
    expect(needsMoreInput('kubectl get \\')).toBe(true);
    expect(needsMoreInput('echo a\\\\')).toBe(false);
  });

  it('does not hold back a plain command or a syntax error bash reports at once', () => {
    expect(needsMoreInput('kubectl get pods')).toBe(false);
    expect(needsMoreInput('echo )')).toBe(false);
  });
});
