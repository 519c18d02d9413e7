import { describe, expect, it } from 'vitest';
import { KubectlExit } from '../../../../src/sim/kubectl/errors.js';
import { outputObjects, parseOutput } from '../../../../src/sim/kubectl/verbs/output.js';

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof KubectlExit) return e.text;
    throw e;
  }
  return '';
}

const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { k: 'v' } };

describe('-o go-template and --template', () => {
  it('takes the template from -o go-template=, or from --template with -o go-template or alone', () => {
    for (const [o, t] of [['go-template={{.metadata.name}}', undefined], ['go-template', '{{.metadata.name}}'], ['template', '{{.metadata.name}}'], [undefined, '{{.metadata.name}}']] as const) {
      const f = parseOutput(o, 'get', t);
      expect(outputObjects(f, [cm as never], true).stdout).toBe('a');
    }
  });

  it('lets -o yaml win over --template, and gives --template to -o jsonpath', () => {
    expect(parseOutput('yaml', 'get', '{{.x}}').kind).toBe('yaml');
    expect(parseOutput('jsonpath', 'get', '{.metadata.name}')).toEqual({ kind: 'jsonpath', template: '{.metadata.name}', asJson: false });
  });

  it('says when a template format has no template, and when the template does not parse', () => {
    expect(errorOf(() => parseOutput('go-template', 'get'))).toBe('error: template format specified but no template given\n');
    expect(errorOf(() => parseOutput('go-template={{.a', 'get'))).toBe('error: error parsing template {{.a, template: output:1: unclosed action\n');
  });

  it('reads -o go-template-file and templatefile from files', () => {
    const read = (p: string): string => (p === 't.tmpl' ? '{{.kind}}' : '');
    expect(outputObjects(parseOutput('go-template-file=t.tmpl', 'get', undefined, read), [cm as never], true).stdout).toBe('ConfigMap');
    expect(outputObjects(parseOutput('templatefile', 'create', 't.tmpl', read), [cm as never], true).stdout).toBe('ConfigMap');
  });

  it('prints a List for several objects and wraps an execution error as kubectl does', () => {
    const f = parseOutput('go-template={{range .items}}{{.metadata.name}},{{end}}{{.kind}}', 'get');
    expect(outputObjects(f, [cm as never, { ...cm, metadata: { name: 'b' } } as never], false).stdout).toBe('a,b,List');
    const bad = outputObjects(parseOutput('go-template={{.data.k.x}}', 'get'), [cm as never], true);
    expect(bad.error).toBe('error executing template "{{.data.k.x}}": template: output:1:7: executing "output" at <.data.k.x>: can\'t evaluate field x in type interface {}');
    expect(bad.stdout).toContain('\tobject given to template engine was:\n\t\tmap[apiVersion:v1 data:map[k:v] kind:ConfigMap metadata:map[name:a]]\n\n');
  });
});
