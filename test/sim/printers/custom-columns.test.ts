import { describe, expect, it } from 'vitest';
import {
  parseCustomColumnsSpec,
  parseCustomColumnsTemplate,
  printCustomColumns,
  printCustomColumnsWith,
  relaxedJsonPathExpression,
} from '../../../src/sim/printers/custom-columns.js';
import { toList } from '../../../src/sim/printers/to-list.js';
import { container, pod, status } from './tables/fixtures.js';

function pods() {
  const a = pod('web-1', { containers: [container('nginx', { image: 'nginx:1.27' }), container('sidecar', { image: 'envoy:1.30' })], nodeName: 'kind-worker' }, { phase: 'Running', podIP: '10.244.1.5' }, { labels: { app: 'web' } });
  a.status.containerStatuses = [status('nginx', { running: { startedAt: '2025-01-06T10:00:00Z' } }, { restartCount: 2 }), status('sidecar', { running: {} })];
  const b = pod('db-0', { containers: [container('postgres', { image: 'postgres:16' })] }, { phase: 'Pending' });
  return toList([a, b]);
}

describe('relaxedJsonPathExpression', () => {
  it('accepts the four relaxed forms', () => {
    for (const p of ['metadata.name', '.metadata.name', '{metadata.name}', '{.metadata.name}']) {
      expect(relaxedJsonPathExpression(p)).toEqual({ spec: '{.metadata.name}' });
    }
    expect(relaxedJsonPathExpression('')).toEqual({ spec: '' });
    expect(relaxedJsonPathExpression('.spec.containers[*].image')).toEqual({ spec: '{.spec.containers[*].image}' });
  });

  it('rejects braces inside', () => {
    expect(relaxedJsonPathExpression('{.a}{.b}')).toEqual({
      error: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    });
  });
});

describe('parseCustomColumnsSpec', () => {
  it('splits on commas and the first colon', () => {
    expect(parseCustomColumnsSpec('NAME:.metadata.name,TS:metadata.annotations.a:b')).toEqual([
      { header: 'NAME', fieldSpec: '{.metadata.name}' },
      { header: 'TS', fieldSpec: '{.metadata.annotations.a:b}' },
    ]);
  });

  it('errors', () => {
    expect(parseCustomColumnsSpec('')).toEqual({ error: 'custom-columns format specified but no custom columns given' });
    expect(parseCustomColumnsSpec('NAME:.metadata.name,IMAGE')).toEqual({
      error: 'unexpected custom-columns spec: IMAGE, expected <header>:<json-path-expr>',
    });
  });
});

describe('printCustomColumns', () => {
  it('prints a List, one row per item, 3 spaces between columns, <none> for missing values', () => {
    const out = printCustomColumns('NAME:.metadata.name,IMAGES:.spec.containers[*].image,NODE:.spec.nodeName,IP:status.podIP', pods());
    expect(out).toEqual({
      ok: true,
      stdout: ['NAME    IMAGES                  NODE          IP', 'web-1   nginx:1.27,envoy:1.30   kind-worker   10.244.1.5', 'db-0    postgres:16             <none>        <none>', ''].join('\n'),
    });
  });

  it('numbers, booleans, maps and lists use fmt.Sprint forms; --no-headers', () => {
    const list = pods();
    const out = printCustomColumns(
      'R:.status.containerStatuses[0].restartCount,READY:.status.containerStatuses[0].ready,LABELS:.metadata.labels,PORTS:.spec.containers[0].ports,ST:.status.containerStatuses[0].state',
      list.items[0],
      { noHeaders: true },
    );
    expect(out).toEqual({ ok: true, stdout: '2     false   map[app:web]   <none>   map[running:map[startedAt:2025-01-06T10:00:00Z]]\n' });
  });

  it('a filter expression and a single object', () => {
    const list = pods();
    expect(printCustomColumns('C:.spec.containers[?(@.name=="sidecar")].image', list.items[0])).toEqual({ ok: true, stdout: 'C\nenvoy:1.30\n' });
  });

  it('escapes terminal control characters in values', () => {
    const p = pod('evil', {}, {}, { labels: { x: 'a\x1b[31mred' } });
    expect(printCustomColumns('X:.metadata.labels.x', p, { noHeaders: true })).toEqual({ ok: true, stdout: 'a^[[31mred\n' });
  });

  it('an empty field spec prints <none>; an empty List prints only the header', () => {
    expect(printCustomColumns('EMPTY:', pod('p'))).toEqual({ ok: true, stdout: 'EMPTY\n<none>\n' });
    expect(printCustomColumns('NAME:.metadata.name', toList([]))).toEqual({ ok: true, stdout: 'NAME\n' });
  });

  it('a field present with a null value prints <nil> (fmt.Sprint of a nil interface)', () => {
    expect(printCustomColumns('N:.a', { a: null })).toEqual({ ok: true, stdout: 'N\n<nil>\n' });
  });

  it('a jsonpath parse error is reported', () => {
    // `@.a==` splits as left `@.a`, operator `=`, right `=`, and `=` is not valid in an action.
    expect(printCustomColumns('X:.metadata[?(@.a==)]', pod('p'))).toEqual({ ok: false, stdout: '', error: "unrecognized character in action: U+003D '='" });
    expect(printCustomColumns('X:.metadata.name[', pod('p'))).toEqual({ ok: false, stdout: '', error: 'unterminated array' });
  });

  it('an execution error keeps the header already written', () => {
    expect(printCustomColumns('X:.metadata.name[0]', pod('p'))).toEqual({ ok: false, stdout: 'X\n', error: 'string is not array or slice' });
  });
});

describe('parseCustomColumnsTemplate (--custom-columns-file)', () => {
  it('reads a header line and a spec line', () => {
    const cols = parseCustomColumnsTemplate('NAME          IMAGE\nmetadata.name {.spec.containers[0].image}\n');
    expect(cols).toEqual([
      { header: 'NAME', fieldSpec: '{.metadata.name}' },
      { header: 'IMAGE', fieldSpec: '{.spec.containers[0].image}' },
    ]);
    if ('error' in cols) throw new Error('unexpected');
    expect(printCustomColumnsWith(cols, pods())).toEqual({ ok: true, stdout: 'NAME    IMAGE\nweb-1   nginx:1.27\ndb-0    postgres:16\n' });
  });

  it('errors for missing lines and mismatched counts', () => {
    const tail = 'Expected format is one line of space separated headers, one line of space separated column specs.';
    expect(parseCustomColumnsTemplate('')).toEqual({ error: `invalid template, missing header line. ${tail}` });
    expect(parseCustomColumnsTemplate('NAME\n')).toEqual({ error: `invalid template, missing spec line. ${tail}` });
    expect(parseCustomColumnsTemplate('NAME IMAGE\n.metadata.name\n')).toEqual({ error: "number of headers (2) and field specifications (1) don't match" });
  });
});
