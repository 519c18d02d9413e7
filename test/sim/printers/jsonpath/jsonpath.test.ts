import { describe, expect, it } from 'vitest';
import { printJsonPath } from '../../../../src/sim/printers/print-jsonpath.js';
import { JsonPath } from '../../../../src/sim/printers/jsonpath/jsonpath.js';
import { parseJsonPath } from '../../../../src/sim/printers/jsonpath/parser.js';

const list = {
  apiVersion: 'v1',
  kind: 'List',
  metadata: { resourceVersion: '' },
  items: [
    {
      kind: 'Pod',
      metadata: { name: 'a', labels: { app: 'web', 'app.kubernetes.io/name': 'Web' } },
      spec: { nodeName: 'n1', replicas: 3, ratio: 1.5, paused: false, containers: [{ name: 'c1', command: ['sh', '-c', 'x'], ports: [{ containerPort: 80, protocol: 'TCP' }, { containerPort: 53, protocol: 'UDP' }] }] },
      status: { phase: 'Running', hostIP: null },
    },
    { kind: 'Pod', metadata: { name: 'b', labels: { app: 'db' } }, spec: { containers: [{ name: 'c2' }] }, status: { phase: 'Pending' } },
    { kind: 'Pod', metadata: { name: 'c' }, spec: { nodeName: 'n2', containers: [] }, status: { phase: 'Succeeded' } },
  ],
};

function run(template: string, data: unknown = list): string {
  const out = printJsonPath(template, data);
  if (!out.ok) throw new Error(out.error);
  return out.stdout;
}

function fail(template: string, data: unknown = list, allowMissingKeys = true): string {
  const out = printJsonPath(template, data, { allowMissingKeys });
  if (out.ok) throw new Error(`expected an error, got ${JSON.stringify(out.stdout)}`);
  return out.error;
}

describe('jsonpath fields and arrays', () => {
  it('reads fields and separates several results with spaces', () => {
    expect(run('{.kind}')).toBe('List');
    expect(run('{.items[*].metadata.name}')).toBe('a b c');
    expect(run('{.items[*].spec.nodeName}')).toBe('n1 n2');
  });

  it('indexes and slices arrays, with negative indexes and steps', () => {
    expect(run('{.items[0].metadata.name}')).toBe('a');
    expect(run('{.items[-1].metadata.name}')).toBe('c');
    expect(run('{.items[-1:].metadata.name}')).toBe('c');
    expect(run('{.items[1:3].metadata.name}')).toBe('b c');
    expect(run('{.items[::2].metadata.name}')).toBe('a c');
    expect(run('{.items[0,2].metadata.name}')).toBe('a c');
    expect(run('{.items[2:2].metadata.name}')).toBe('');
  });

  it('prints maps and lists as compact JSON and scalars with Go formatting', () => {
    expect(run('{.items[0].metadata.labels}')).toBe('{"app":"web","app.kubernetes.io/name":"Web"}');
    expect(run('{.items[0].spec.containers[0].command}')).toBe('["sh","-c","x"]');
    expect(run('{.items[0].spec.replicas} {.items[0].spec.ratio} {.items[0].spec.paused} {.items[0].status.hostIP}')).toBe('3 1.5 false <nil>');
  });

  it('reads keys with dots through escapes or quoted brackets', () => {
    expect(run('{.items[0].metadata.labels.app\\.kubernetes\\.io/name}')).toBe('Web');
    expect(run("{.items[0].metadata.labels['app\\.kubernetes\\.io/name']}")).toBe('Web');
    // A quoted bracket key is parsed as a dotted path, so unescaped dots still split it.
    expect(run("{.items[0].metadata.labels['app.kubernetes.io/name']}")).toBe('');
  });

  it('lists the values of a map with * in key order, and descends recursively with ..', () => {
    expect(run('{.items[0].metadata.labels.*}')).toBe('web Web');
    expect(run('{..name}', list.items[0])).toBe('a c1');
  });
});

describe('jsonpath filters, ranges and literals', () => {
  it('filters by equality, comparison and existence', () => {
    expect(run('{.items[?(@.metadata.name=="b")].status.phase}')).toBe('Pending');
    expect(run("{.items[?(@.status.phase!='Running')].metadata.name}")).toBe('b c');
    expect(run('{.items[0].spec.containers[0].ports[?(@.containerPort==80)].protocol}')).toBe('TCP');
    expect(run('{.items[0].spec.containers[0].ports[?(@.containerPort<60)].protocol}')).toBe('UDP');
    expect(run('{.items[?(@.spec.nodeName)].metadata.name}')).toBe('a c');
    expect(run('{.items[?(@.metadata.name>"a")].metadata.name}')).toBe('b c');
  });

  it('repeats the nodes between range and end for each item', () => {
    expect(run('{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}')).toBe('a\tRunning\nb\tPending\nc\tSucceeded\n');
    expect(run('{range .items[*]}[{.metadata.name}]{end} done')).toBe('[a][b][c] done');
    expect(run('{range .items[5:5]}{.metadata.name}{end}after')).toBe('after');
  });

  it('prints quoted literals and text around actions', () => {
    expect(run('{"\\n"}')).toBe('\n');
    expect(run("name={'x'} kind={.kind}")).toBe('name=x kind=List');
  });

  it('prints nothing for missing keys by default', () => {
    expect(run('{.items[0].metadata.missing}')).toBe('');
    expect(run('{.items[*].spec.nodeName}')).toBe('n1 n2');
  });
});

describe('jsonpath errors', () => {
  it('reports an execution error the way kubectl prints it, with the object in Go syntax', () => {
    const obj = { kind: 'Pod', metadata: { name: 'x', labels: { a: 'b' } }, spec: { n: 1, f: 1.5, on: true, list: ['p', null] } };
    expect(fail('{.foo}', obj, false)).toBe(
      'error executing jsonpath "{.foo}": Error executing template: foo is not found. Printing more information for debugging the template:\n' +
        '\ttemplate was:\n\t\t{.foo}\n' +
        '\tobject given to jsonpath engine was:\n' +
        '\t\tmap[string]interface {}{"kind":"Pod", "metadata":map[string]interface {}{"labels":map[string]interface {}{"a":"b"}, "name":"x"}, ' +
        '"spec":map[string]interface {}{"f":1.5, "list":[]interface {}{"p", interface {}(nil)}, "n":1, "on":true}}\n\n\n',
    );
  });

  it('reports array bounds, non-arrays and incomparable filters', () => {
    expect(fail('{.items[5].metadata.name}')).toContain('Error executing template: array index out of bounds: index 5, length 3. Printing');
    expect(fail('{.items[0].metadata[0]}')).toContain('Error executing template: map[string]interface {} is not array or slice. Printing');
    expect(fail('{.kind[?(@.x==1)]}')).toContain('Error executing template: List is not array or slice and cannot be filtered. Printing');
    expect(fail('{.items[0].spec.containers[0].ports[?(@.containerPort=="80")]}')).toContain(
      'Error executing template: incompatible types for comparison. Printing',
    );
    expect(fail('{end}')).toContain('Error executing template: not in range, nothing to end. Printing');
    expect(fail('{foo}')).toContain('Error executing template: unrecognized identifier foo. Printing');
  });

  it('reports parse errors with kubectl prefix text', () => {
    expect(fail('{.items')).toBe('error parsing jsonpath {.items, unclosed action\n');
    expect(fail('{#}')).toBe("error parsing jsonpath {#}, unrecognized character in action: U+0023 '#'\n");
    expect(fail('{.items[1.5]}')).toBe('error parsing jsonpath {.items[1.5]}, invalid array index 1.5\n');
    expect(fail('{.items[0}')).toBe('error parsing jsonpath {.items[0}, unterminated array\n');
    expect(fail('{"abc}')).toBe('error parsing jsonpath {"abc}, unterminated quoted string\n');
    expect(fail('{.a....b}')).toBe('error parsing jsonpath {.a....b}, invalid multiple recursive descent\n');
  });
});

describe('jsonpath parser', () => {
  it('splits text and actions into nodes', () => {
    const root = parseJsonPath('x{.a.b}y');
    expect(root.nodes.map((n) => n.type)).toEqual(['text', 'list', 'text']);
  });

  it('keeps its trimmed template after a range, so reusing it fails as client-go does', () => {
    const path = new JsonPath('{range .items[*]}{.metadata.name},{end}', true);
    expect(path.execute(list)).toBe('a,b,c,');
    expect(() => path.execute(list)).toThrow('not in range, nothing to end');
  });
});
