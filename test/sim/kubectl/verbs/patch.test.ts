// kubectl patch: the three patch types, what it says when nothing changed, and its refusals.
import { describe, expect, test } from 'vitest';
import { configMap, KubectlSession, SLEEPER_POD } from './kubectl-session.js';

function settings(): KubectlSession {
  return new KubectlSession().file('cm.yaml', configMap('settings', { color: 'blue' })).ok('kubectl create -f cm.yaml');
}

describe('kubectl patch', () => {
  test('strategic (the default), merge and json patches; the same patch again changes nothing', () => {
    const s = settings();
    expect(s.run(`kubectl patch cm settings -p '{"data":{"size":"large"}}'`).stdout).toBe('configmap/settings patched\n');
    expect(s.run(`kubectl patch cm settings -p '{"data":{"size":"large"}}'`).stdout).toBe('configmap/settings patched (no change)\n');
    expect(s.run(`kubectl patch cm settings --type=merge -p '{"data":{"color":null}}'`).stdout).toBe('configmap/settings patched\n');
    expect(s.run(`kubectl patch cm/settings --type=json -p '[{"op":"add","path":"/data/shape","value":"round"}]'`).stdout).toBe('configmap/settings patched\n');
    expect(s.run("kubectl get cm settings -o jsonpath='{.data}'").stdout).toBe('{"shape":"round","size":"large"}');
  });

  test('a YAML patch, a patch file, -o and dry runs (which the message does not mention)', () => {
    const s = settings().file('p.yaml', 'data:\n  size: small\n');
    expect(s.run("kubectl patch cm settings -p 'data: {size: large}' -o jsonpath='{.data.size}'").stdout).toBe('large');
    expect(s.run('kubectl patch cm settings --patch-file=p.yaml --dry-run=client').stdout).toBe('configmap/settings patched\n');
    expect(s.run('kubectl patch cm settings --patch-file=p.yaml --dry-run=server').stdout).toBe('configmap/settings patched\n');
    expect(s.run("kubectl get cm settings -o jsonpath='{.data.size}'").stdout).toBe('large');
  });

  test("the API server's refusals: a pod field that may not change, a JSON patch that does not apply, a missing object", () => {
    const s = new KubectlSession().file('sleeper.yaml', SLEEPER_POD).ok('kubectl create -f sleeper.yaml');
    expect(s.run(`kubectl patch pod sleeper -p '{"spec":{"containers":[{"name":"main","command":["true"]}]}}'`).stderr).toMatch(/^The Pod "sleeper" is invalid: spec: Forbidden: pod updates may not change fields/);
    expect(s.run(`kubectl patch pod sleeper --type=json -p '[{"op":"test","path":"/metadata/name","value":"x"}]'`).stderr).toBe(
      'The request is invalid: the server rejected our request due to an error in our request\n',
    );
    expect(s.run(`kubectl patch pod nope -p '{}'`).stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });

  test('--subresource=status changes the status only; kubectl refuses other subresources than status and scale', () => {
    const s = new KubectlSession().file('sleeper.yaml', SLEEPER_POD).ok('kubectl create -f sleeper.yaml');
    const patch = `'{"metadata":{"labels":{"a":"b"}},"status":{"conditions":[{"type":"ConfigIssue","status":"True"}]}}'`;
    expect(s.run(`kubectl patch pod sleeper --subresource=status -p ${patch}`).stdout).toBe('pod/sleeper patched\n');
    expect(s.run("kubectl get pod sleeper -o jsonpath='{.status.conditions[?(@.type==\"ConfigIssue\")].status} {.metadata.labels}'").stdout).toBe('True {"app":"sleeper"}');
    expect(s.run(`kubectl patch pod sleeper --subresource=status -p ${patch}`).stdout).toBe('pod/sleeper patched (no change)\n');
    expect(s.run("kubectl patch pod sleeper --subresource=spec -p '{}'").stderr).toBe('error: invalid subresource value: "spec". Must be one of [status scale]\n');
    const cm = settings();
    expect(cm.run("kubectl patch cm settings --subresource=status -p '{}'").stderr).toBe('Error from server (NotFound): the server could not find the requested resource\n');
  });

  test("kubectl's own refusals", () => {
    const s = settings();
    expect(s.run('kubectl patch cm settings').stderr).toBe('error: must specify --patch or --patch-file containing the contents of the patch\n');
    expect(s.run("kubectl patch cm settings --type=bogus -p '{}'").stderr).toBe('error: --type must be one of [json merge strategic], not "bogus"\n');
    expect(s.run("kubectl patch cm settings -p 'a: [b'").stderr).toBe('error: unable to parse "a: [b": yaml: line 1: did not find expected \',\' or \']\'\n');
    expect(s.run("kubectl patch cm -p '{}'").stderr).toBe('error: resource(s) were provided, but no name was specified\n');
  });
});
