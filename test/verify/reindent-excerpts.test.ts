import { describe, expect, it } from 'vitest';
import { reindentExcerpts } from '../../src/verify/reindent-excerpts.js';

const POD = ['apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '  - image: nginx', '    name: c', '    resources:', '      limits:', '        cpu: 800m', '      requests:', '        cpu: 500m', '  dnsPolicy: ClusterFirst'];

describe('reindentExcerpts', () => {
  it('indents a dedented excerpt between ... lines as the printed run that holds it', () => {
    const want = ['...', 'resources:', '  limits:', '    cpu: 800m', '  requests:', '    cpu: 500m', '...'];
    expect(reindentExcerpts(want, POD)).toEqual(['...', '    resources:', '      limits:', '        cpu: 800m', '      requests:', '        cpu: 500m', '...']);
  });

  it('leaves an excerpt with other values, one already in place, and lines outside excerpts as they are', () => {
    const other = ['...', 'resources:', '  limits:', '    cpu: 900m', '...'];
    expect(reindentExcerpts(other, POD)).toEqual(other);
    const placed = ['...', '  containers:', '  - image: nginx', '...'];
    expect(reindentExcerpts(placed, POD)).toEqual(placed);
    const whole = ['resources:', '  limits:'];
    expect(reindentExcerpts(whole, POD)).toEqual(whole);
  });
});
