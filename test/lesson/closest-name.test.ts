import { describe, expect, it } from 'vitest';
import { closestName, describeChoices, editDistance } from '../../src/lesson/closest-name.js';

const keys = ['title', 'description', 'order', 'tags', 'backends', 'timeout', 'sim'];

describe('closestName', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('hiden', 'hidden')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests the nearest name for a plausible typo, and nothing for unrelated words', () => {
    expect(closestName('titel', keys)).toBe('title');
    expect(closestName('Tags', keys)).toBe('tags');
    expect(closestName('descripton', keys)).toBe('description');
    expect(closestName('author', keys)).toBeUndefined();
    expect(closestName('x', keys)).toBeUndefined();
  });

  it('lists the choices and adds the suggestion when there is one', () => {
    expect(describeChoices('simm', ['sim', 'cluster'])).toBe('expected one of: sim, cluster. Did you mean "sim"?');
    expect(describeChoices('kind', ['sim', 'cluster'])).toBe('expected one of: sim, cluster');
  });
});
