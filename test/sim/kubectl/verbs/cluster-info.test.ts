// The informational commands: version, cluster-info, api-resources, config.
import { describe, expect, test } from 'vitest';
import { KubectlSession } from './kubectl-session.js';

describe('kubectl version', () => {
  test('client, kustomize and server versions', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl version').stdout).toBe('Client Version: v1.32.2\nKustomize Version: v5.5.0\nServer Version: v1.32.2\n');
    expect(s.run('kubectl version --client').stdout).toBe('Client Version: v1.32.2\nKustomize Version: v5.5.0\n');
    expect(s.run('kubectl version -o json').stdout).toMatch(/^\{\n {2}"clientVersion": \{\n {4}"major": "1",\n {4}"minor": "32",\n {4}"gitVersion": "v1.32.2",/);
    expect(s.run('kubectl version -o wide').stderr).toBe("error: --output must be 'yaml' or 'json'\n");
  });
});

describe('kubectl cluster-info', () => {
  test('plain text, whatever TERM says: a lesson\'s output is never a terminal (kubectl 1.32.4 colours only a terminal)', () => {
    for (const prefix of ['', 'TERM=xterm ']) {
      expect(new KubectlSession().run(`${prefix}kubectl cluster-info`).stdout).toMatch(
        /^Kubernetes control plane is running at https:\/\/127\.0\.0\.1:\d+\nCoreDNS is running at https:\/\/127\.0\.0\.1:\d+\/api\/v1\/namespaces\/kube-system\/services\/kube-dns:dns\/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'\.\n$/,
      );
    }
  });
});

describe('kubectl api-resources', () => {
  test('columns NAME SHORTNAMES APIVERSION NAMESPACED KIND, the core group first, then by group and name', () => {
    const lines = new KubectlSession().run('kubectl api-resources').stdout.split('\n');
    expect(lines[0]).toMatch(/^NAME {3,}SHORTNAMES {3}APIVERSION {3,}NAMESPACED {3}KIND$/);
    const names = lines.slice(1, -1).map((l) => l.split(/ +/)[0]);
    expect(names.indexOf('pods')).toBeLessThan(names.indexOf('deployments'));
    expect(names.slice(0, 3)).toEqual(['configmaps', 'endpoints', 'events']);
    expect(lines.find((l) => l.startsWith('deployments '))).toMatch(/^deployments +deploy +apps\/v1 +true +Deployment$/);
  });

  test('--namespaced=false, -o name and --sort-by', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl api-resources --namespaced=false --no-headers').stdout.split('\n').every((l) => l === '' || / false /.test(l))).toBe(true);
    expect(s.run('kubectl api-resources -o name').stdout).toMatch(/^configmaps\n[\s\S]*\ndeployments\.apps\n/);
    expect(s.run('kubectl api-resources --sort-by=kind --no-headers').stdout.split('\n')[0]).toMatch(/^apiservices /);
    expect(s.run('kubectl api-resources --sort-by=size').stderr).toBe('error: --sort-by accepts only name or kind\n');
  });

  test('--namespaced alone means true; --verbs keeps the types with every verb; -o wide adds VERBS and CATEGORIES', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl api-resources --namespaced -o name').stdout.split('\n')).not.toContain('nodes');
    expect(s.run('kubectl api-resources --verbs=deletecollection --namespaced=false -o name').stdout).toBe('nodes\npersistentvolumes\napiservices.apiregistration.k8s.io\nruntimeclasses.node.k8s.io\nclusterrolebindings.rbac.authorization.k8s.io\nclusterroles.rbac.authorization.k8s.io\npriorityclasses.scheduling.k8s.io\nstorageclasses.storage.k8s.io\n');
    expect(s.run('kubectl api-resources -o wide --api-group=batch').stdout).toBe(
      'NAME       SHORTNAMES   APIVERSION   NAMESPACED   KIND      VERBS                                                        CATEGORIES\n' +
        'cronjobs   cj           batch/v1     true         CronJob   create,delete,deletecollection,get,list,patch,update,watch   all\n' +
        'jobs                    batch/v1     true         Job       create,delete,deletecollection,get,list,patch,update,watch   all\n',
    );
    expect(s.run('kubectl api-resources -o yaml').stderr).toBe('error: --output yaml is not available\n');
  });
});

describe('kubectl config', () => {
  test('current-context and view name kind\'s context', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl config current-context').stdout).toBe('kind-kind\n');
    expect(s.run('kubectl config view').stdout).toMatch(
      /^apiVersion: v1\nclusters:\n- cluster:\n {4}certificate-authority-data: DATA\+OMITTED\n {4}server: https:\/\/127\.0\.0\.1:\d+\n {2}name: kind-kind\ncontexts:\n- context:\n {4}cluster: kind-kind\n {4}user: kind-kind\n {2}name: kind-kind\ncurrent-context: kind-kind\nkind: Config\npreferences: \{\}\nusers:\n- name: kind-kind\n {2}user:\n {4}client-certificate-data: DATA\+OMITTED\n {4}client-key-data: DATA\+OMITTED\n$/,
    );
  });
});
