// kubectl auth can-i / whoami, --as, the create role|rolebinding|clusterrole|clusterrolebinding
// commands and the RBAC printers, against a simulated cluster with kind's bootstrap policy.
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../../../support/golden.js';
import { KubectlSession } from './kubectl-session.js';

const GOLDEN = 'test/sim/kubectl/verbs/golden';
const SA = '--as=system:serviceaccount:default:app';

function withReader(): KubectlSession {
  return new KubectlSession().ok(
    'kubectl create serviceaccount app',
    'kubectl create role pod-reader --verb=get --verb=list,watch --resource=pods,deployments.apps,pods/log',
    'kubectl create rolebinding app-reads --role=pod-reader --serviceaccount=default:app',
  );
}

describe('kubectl auth', () => {
  test('RBAC objects are stored only when first touched: the cluster starts without them', () => {
    const s = new KubectlSession();
    const rv = () => s.run("kubectl get ns default -o jsonpath='{.metadata.resourceVersion}'").stdout;
    const before = rv();
    s.ok('kubectl run web --image=nginx:1.27', 'kubectl delete pod web --wait=false');
    expect(s.run('kubectl auth can-i create pods').stdout).toBe('yes\n');
    expect(rv()).toBe(before);
    expect(s.run('kubectl get clusterrolebindings kubeadm:cluster-admins -o name').stdout).toBe('clusterrolebinding.rbac.authorization.k8s.io/kubeadm:cluster-admins\n');
  });

  test('whoami for the admin and for whom --as names', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl auth whoami').stdout).toBe('ATTRIBUTE   VALUE\nUsername    kubernetes-admin\nGroups      [kubeadm:cluster-admins system:authenticated]\n');
    expect(s.run('kubectl auth whoami --as=jane --as-group=devs').stdout).toBe('ATTRIBUTE   VALUE\nUsername    jane\nGroups      [devs system:authenticated]\n');
  });

  test('can-i answers yes or no (exit 1), per namespace, resource name and subresource', () => {
    const s = withReader();
    expect(s.run(`kubectl auth can-i list pods ${SA}`)).toEqual({ stdout: 'yes\n', stderr: '', exitCode: 0 });
    expect(s.run(`kubectl auth can-i delete pods ${SA}`)).toEqual({ stdout: 'no\n', stderr: '', exitCode: 1 });
    expect(s.run(`kubectl auth can-i get pods -n kube-system ${SA}`).stdout).toBe('no\n');
    expect(s.run(`kubectl auth can-i get pods/log ${SA}`).stdout).toBe('yes\n');
    expect(s.run(`kubectl auth can-i get pods --subresource=log ${SA}`).stdout).toBe('yes\n');
    expect(s.run(`kubectl auth can-i get pods --subresource=exec ${SA}`).stdout).toBe('no\n');
    expect(s.run(`kubectl auth can-i list deployments ${SA}`).stdout).toBe('yes\n');
    expect(s.run(`kubectl auth can-i list pods -q ${SA}`)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run('kubectl auth can-i get /healthz --as=jane').stdout).toBe('yes\n');
    expect(s.run('kubectl auth can-i get /metrics --as=jane').stdout).toBe('no\n');
    expect(s.run('kubectl auth can-i list widgets').stderr).toBe("Warning: the server doesn't have a resource type 'widgets'\n\n");
    expect(s.run('kubectl auth can-i list pods extra').stderr).toBe(
      "error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n",
    );
    expect(s.run('kubectl auth can-i --list -A').stderr).toBe("error: list option can't be specified with neither quiet, all-namespaces nor subresource options\n");
  });

  test('can-i --list prints the compacted, sorted rules', () => {
    expectGolden(withReader().run(`kubectl auth can-i --list ${SA}`).stdout, `${GOLDEN}/auth-can-i-list.txt`);
  });

  test('a request the user may not make is Forbidden in the API server words', () => {
    const s = withReader();
    expect(s.run(`kubectl get secrets ${SA}`).stderr).toBe(
      'Error from server (Forbidden): secrets is forbidden: User "system:serviceaccount:default:app" cannot list resource "secrets" in API group "" in the namespace "default"\n',
    );
    expect(s.run(`kubectl delete pod x ${SA}`).stderr).toBe(
      'Error from server (Forbidden): pods "x" is forbidden: User "system:serviceaccount:default:app" cannot delete resource "pods" in API group "" in the namespace "default"\n',
    );
    expect(s.run(`kubectl logs x ${SA}`).stderr).toBe('kindling: kubectl logs --as is not modelled by the simulator (only requests to the API server itself are authorized)\n');
  });

  test('create role and clusterrole validate as kubectl does', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl create role r --resource=pods').stderr).toBe('error: at least one verb must be specified\n');
    expect(s.run('kubectl create role r --verb=get').stderr).toBe('error: at least one resource must be specified\n');
    expect(s.run('kubectl create role r --verb=bind --resource=pods').stderr).toBe("error: can not perform 'bind' on 'pods' in group ''\n");
    expect(s.run('kubectl create clusterrole c --verb=list --non-resource-url=/x').stderr).toBe("error: invalid verb: 'list' for nonResourceURL\n");
    expect(s.run('kubectl create clusterrole c --verb=get --non-resource-url=x').stderr).toBe('error: nonResourceURL should start with /\n');
    expect(s.run('kubectl create rolebinding b --user=u').stderr).toBe('error: exactly one of clusterrole or role must be specified\n');
    expect(s.run('kubectl create rolebinding b --role=r --serviceaccount=app').stderr).toBe('error: serviceaccount must be <namespace>:<name>\n');
    expect(s.run('kubectl create clusterrolebinding b --user=u').stderr).toBe('error: required flag(s) "clusterrole" not set\n');
  });

  test('a ClusterRole labelled to aggregate into view extends view, edit and admin', () => {
    const s = new KubectlSession();
    s.ok('kubectl create clusterrole widget-viewer --verb=get --resource=configmaps --resource-name=widgets', "kubectl label clusterrole widget-viewer rbac.authorization.k8s.io/aggregate-to-view=true");
    s.wait(1000);
    for (const r of ['view', 'edit', 'admin']) expect(s.run(`kubectl describe clusterrole ${r}`).stdout).toMatch(/\n {2}configmaps +\[\] +\[widgets\] +\[get\]\n/);
  });

  test('tables and describers of roles and bindings', () => {
    const s = withReader();
    expectGolden(
      [
        s.run('kubectl get roles,rolebindings -o wide').stdout,
        s.run('kubectl describe role pod-reader').stdout,
        s.run('kubectl describe rolebinding app-reads').stdout,
        s.run('kubectl get clusterroles').stdout,
        s.run('kubectl get clusterrolebindings -o wide').stdout,
      ].join('\n'),
      `${GOLDEN}/rbac-tables.txt`,
    );
  });
});
