// kubectl scale and rollout: the status of a rollout as it moves, its history, and their errors.
import { describe, expect, test } from 'vitest';
import { KubectlSession } from './kubectl-session.js';

function deployed(): KubectlSession {
  return new KubectlSession().ok('kubectl create deployment web --image=nginx:1.26 --replicas=2', 'kubectl rollout status deploy/web');
}

describe('kubectl rollout status', () => {
  test('prints the status for the object, then for every change to it, until the rollout is done', () => {
    const s = deployed().ok('kubectl set image deploy/web nginx=nginx:1.27');
    const lines = s.run('kubectl rollout status deploy/web').stdout.split('\n');
    expect(lines.at(-2)).toBe('deployment "web" successfully rolled out');
    // The same line again when the Deployment changed without its rollout moving.
    expect(new Set(lines).size).toBeLessThan(lines.length);
    expect(s.run('kubectl rollout status deploy/web').stdout).toBe('deployment "web" successfully rolled out\n');
  });

  test('a type alone watches each of its objects in turn; none is no error', () => {
    expect(deployed().ok('kubectl create deployment api --image=nginx:1.27').run('kubectl rollout status deployment').stdout).toMatch(
      /deployment "api" successfully rolled out\ndeployment "web" successfully rolled out\n$/,
    );
    expect(new KubectlSession().run('kubectl rollout status deployment')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
  });

  test('no resource, and an unknown subcommand', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl rollout status').stderr).toBe('error: required resource not specified\n');
    expect(s.run('kubectl rollout bogus deploy/web').stderr).toBe("error: unknown command \"bogus deploy/web\"\nSee 'kubectl rollout -h' for help and examples\n");
  });
});

describe('kubectl rollout history', () => {
  test("lists each revision of the Deployment's ReplicaSets with its change-cause", () => {
    const s = deployed().ok('kubectl set image deploy/web nginx=nginx:1.27', 'kubectl rollout status deploy/web');
    expect(s.run('kubectl rollout history deploy/web').stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect(new KubectlSession().run('kubectl rollout history deployment')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});

describe('kubectl rollout history --revision', () => {
  test("one revision's pod template, straight from describe's PrefixWriter (tabs, no alignment), its change-cause among the annotations", () => {
    const s = deployed().ok('kubectl annotate deploy web kubernetes.io/change-cause="first"', 'kubectl set image deploy/web nginx=nginx:1.27', 'kubectl rollout status deploy/web');
    const out = s.run('kubectl rollout history deploy/web --revision=1').stdout;
    expect(out).toMatch(/^deployment\.apps\/web with revision #1\nPod Template:\n  Labels:\tapp=web\n\tpod-template-hash=\w+\n  Annotations:\tkubernetes\.io\/change-cause: first\n  Containers:\n   nginx:\n    Image:\tnginx:1\.26\n/);
    expect(out.endsWith('\n\n')).toBe(true);
    expect(s.run('kubectl rollout history deploy/web --revision=3')).toEqual({ stdout: '', stderr: 'error: unable to find the specified revision\n', exitCode: 1 });
    expect(s.run('kubectl rollout history deploy/web --revision=-1').stderr).toBe('error: revision must be a positive integer: -1\n');
  });
});

describe('kubectl rollout undo', () => {
  test('back to the previous revision, to a given one, or skipped when it is the current one', () => {
    const s = deployed().ok('kubectl set image deploy/web nginx=nginx:1.27', 'kubectl rollout status deploy/web');
    expect(s.run('kubectl rollout undo deploy/web --to-revision=5')).toEqual({ stdout: '', stderr: 'error: unable to find specified revision 5 in history\n', exitCode: 1 });
    expect(s.run('kubectl rollout undo deploy/web').stdout).toBe('deployment.apps/web rolled back\n');
    s.ok('kubectl rollout status deploy/web');
    expect(s.run("kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image} {.metadata.annotations.deployment\\.kubernetes\\.io/revision}'").stdout).toBe('nginx:1.26 3');
    expect(s.run('kubectl rollout undo deploy/web --to-revision=3').stdout).toBe('deployment.apps/web skipped rollback (current template already matches revision 3)\n');
    expect(s.run('kubectl rollout undo deploy/nope').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
  });

  test('a Deployment with one revision has no history to go back to; a paused one refuses', () => {
    const s = deployed();
    expect(s.run('kubectl rollout undo deploy/web').stderr).toBe('error: no rollout history found for deployment "web"\n');
    s.ok('kubectl set image deploy/web nginx=nginx:1.27', 'kubectl rollout status deploy/web', 'kubectl rollout pause deploy/web');
    expect(s.run('kubectl rollout undo deploy/web').stderr).toBe("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n");
  });
});

describe('kubectl rollout pause, resume and restart', () => {
  test('pause and resume set spec.paused; doing either twice is an error in the helpers\' words', () => {
    const s = deployed();
    expect(s.run('kubectl rollout pause deploy/web').stdout).toBe('deployment.apps/web paused\n');
    expect(s.run('kubectl rollout pause deploy/web')).toEqual({ stdout: '', stderr: 'error: deployments.apps "web" is already paused\n', exitCode: 1 });
    expect(s.run('kubectl get deploy web -o jsonpath={.spec.paused}').stdout).toBe('true');
    expect(s.run('kubectl rollout restart deploy/web').stderr).toBe('error: deployments.apps "web" can\'t restart paused deployment (run rollout resume first)\n');
    expect(s.run('kubectl rollout resume deploy/web').stdout).toBe('deployment.apps/web resumed\n');
    expect(s.run('kubectl rollout resume deploy/web').stderr).toBe('error: deployments.apps "web" is not paused\n');
    expect(s.run('kubectl rollout pause rs').stderr).toMatch(/^error: replicasets\.apps "web-\w+" pausing is not supported\n$/);
  });

  test('restart stamps the pod template with the virtual clock, which rolls the Pods out again', () => {
    const s = deployed();
    expect(s.run('kubectl rollout restart deploy/web').stdout).toBe('deployment.apps/web restarted\n');
    expect(s.run("kubectl get deploy web -o jsonpath='{.spec.template.metadata.annotations}'").stdout).toMatch(/^\{"kubectl\.kubernetes\.io\/restartedAt":"2025-01-06T10:00:\d\dZ"\}$/);
    s.ok('kubectl rollout status deploy/web');
    expect(s.run('kubectl rollout history deploy/web').stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
  });
});

describe('kubectl scale', () => {
  test('scales, and refuses what it cannot find in its own words', () => {
    const s = deployed();
    expect(s.run('kubectl scale deploy web --replicas=3').stdout).toBe('deployment.apps/web scaled\n');
    expect(s.run('kubectl scale deploy nope --replicas=3').stderr).toBe('error: no objects passed to scale deployments.apps "nope" not found\n');
    expect(s.run('kubectl scale deploy web').stderr).toBe('error: required flag(s) "replicas" not set\n');
    expect(s.run('kubectl scale --replicas=1').stderr).toMatch(/^error: You must provide one or more resources by argument or filename\.\n/);
    expect(s.run('kubectl scale deployment --replicas=1').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
  });
});
