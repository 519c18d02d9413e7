import { describe, expect, it } from 'vitest';
import { HeadingSlugger } from '../../src/site/heading-slugger.js';

describe('HeadingSlugger', () => {
  it('makes ids as GitHub does: lower case, punctuation dropped, spaces to dashes', () => {
    const s = new HeadingSlugger();
    expect(s.slug('The simulated cluster')).toBe('the-simulated-cluster');
    expect(s.slug('Files: `file=NAME`')).toBe('files-filename');
    expect(s.slug('Nodes & roles')).toBe('nodes--roles');
    expect(s.slug('Ünïcode stays')).toBe('ünïcode-stays');
    expect(s.slug('snake_case kept')).toBe('snake_case-kept');
  });

  it('numbers repeats, and skips reserved ids', () => {
    const s = new HeadingSlugger();
    s.reserve('setup');
    expect(s.slug('Setup')).toBe('setup-1');
    expect(s.slug('Setup')).toBe('setup-2');
    expect(s.slug('Other')).toBe('other');
    expect(s.slug('Other')).toBe('other-1');
  });

  it('never gives an empty id', () => {
    expect(new HeadingSlugger().slug('!!!')).toBe('section');
  });
});
