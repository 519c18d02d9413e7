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
