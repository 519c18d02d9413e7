// The LIST behind a selector: what the server refuses, reworded as cli-runtime's EnhanceListError does.
import { describe, expect, test } from 'vitest';
import { KubectlSession } from './verbs/kubectl-session.js';

describe('a list the server refuses', () => {
  test('names the resource and both selectors', () => {
    const s = new KubectlSession();
    expect(s.run("kubectl get pods -l 'app in (web'").stderr).toBe(
      'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app in (web", field selector "": unable to parse requirement: found \'app in (web\', expected: key, operator and value\n',
    );
    expect(s.run('kubectl delete deploy -l a=b --field-selector=spec.nope=x').stderr).toMatch(
      /^Error from server \(BadRequest\): Unable to find "apps\/v1, Resource=deployments" that match label selector "a=b", field selector "spec.nope=x": /,
    );
  });
});
