// kubectl run: the pod it builds, attaching to it, removing it, and its refusals.
import { describe, expect, test } from 'vitest';
import { expectGolden } from '../../../support/golden.js';
import { KubectlSession } from './kubectl-session.js';

const GOLDEN = 'test/sim/kubectl/verbs/golden';

describe('kubectl run', () => {
  test('creates a pod labelled run=<name>, its one container named after it', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl run nginx --image=nginx:1.27')).toEqual({ stdout: 'pod/nginx created\n', stderr: '', exitCode: 0 });
    expect(s.run("kubectl get pod nginx -o jsonpath='{.metadata.labels} {.spec.containers[0].name} {.spec.restartPolicy}'").stdout).toBe('{"run":"nginx"} nginx Always');
  });

  test('--dry-run=client -o yaml prints the pod kubectl would send, exactly', () => {
    expect(new KubectlSession().run('kubectl run x --image=busybox --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    run: x\n  name: x\nspec:\n  containers:\n  - image: busybox\n    name: x\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\nstatus: {}\n',
    );
  });

  test('--restart, --command, --env, --port and --labels shape the pod; words after -- are args without --command', () => {
    const s = new KubectlSession();
    expectGolden(
      s.run('kubectl run x --image=busybox --restart=Never --command --env=A=1 --port=80 --labels=a=b,c=d --dry-run=client -o yaml -- sh -c "echo hi"').stdout,
      `${GOLDEN}/run-dry-run.yaml`,
    );
    expect(s.run("kubectl run y --image=busybox --dry-run=client -o jsonpath='{.spec.containers[0].args}' -- echo hi").stdout).toBe('["echo","hi"]');
  });

  test('--dry-run=client without -o says so; --dry-run=none creates', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl run a --image=busybox --dry-run=client').stdout).toBe('pod/a created (dry run)\n');
    expect(s.run('kubectl run b --image=busybox --dry-run=none').stdout).toBe('pod/b created\n');
    expect(s.run('kubectl get pods -o name').stdout).toBe('pod/b\n');
  });

  test('-i --rm: the container\'s output, then `pod "x" deleted`', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl run t --image=busybox -i --rm --restart=Never -- echo hello')).toEqual({ stdout: 'hello\npod "t" deleted\n', stderr: '', exitCode: 0 });
    expect(s.run('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });

  test('-i with input: a shell with no -c runs what kubectl reads on stdin; with none it exits at once', () => {
    const s = new KubectlSession();
    expect(s.run(`printf 'echo "in $(hostname)"\\nexit 4\\n' | kubectl run t -i --rm --restart=Never --image=busybox:1.36 -- sh`)).toEqual({
      stdout: 'in t\npod "t" deleted\n',
      stderr: "If you don't see a command prompt, try pressing enter.\npod default/t terminated (Error)\n",
      exitCode: 4,
    });
    // No input (the lesson's shell has no terminal): sh reads EOF and exits 0, rather than waiting.
    expect(s.run('kubectl run u -i --rm --restart=Never --image=busybox:1.36 -- sh')).toEqual({
      stdout: 'pod "u" deleted\n',
      stderr: "If you don't see a command prompt, try pressing enter.\n",
      exitCode: 0,
    });
  });

  test('--restart=Never and a non-zero exit: `pod <ns>/<name> terminated (Error)` and the container\'s exit code', () => {
    const s = new KubectlSession();
    const r = s.both('kubectl run t --image=busybox -it --rm --restart=Never -- sh -c "echo bye; exit 2"');
    expect(r).toEqual({ output: 'bye\npod "t" deleted\npod default/t terminated (Error)\n', exitCode: 2 });
  });

  test('--rm without -i or --attach is a usage error', () => {
    expect(new KubectlSession().run('kubectl run t --image=busybox --rm')).toEqual({
      stdout: '',
      stderr: "error: --rm should only be used for attached containers\nSee 'kubectl run -h' for help and examples\n",
      exitCode: 1,
    });
  });

  test('the other refusals', () => {
    const s = new KubectlSession();
    // cobra checks the required --image before the command looks at its arguments.
    expect(s.run('kubectl run').stderr).toBe('error: required flag(s) "image" not set\n');
    expect(s.run('kubectl run --image=busybox').stderr).toBe("error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n");
    expect(s.run('kubectl run x').stderr).toBe('error: required flag(s) "image" not set\n');
    expect(s.run('kubectl run x --image=busybox -t').stderr).toBe("error: -i/--stdin is required for containers with -t/--tty=true\nSee 'kubectl run -h' for help and examples\n");
    expect(s.run('kubectl run x --image=busybox --restart=Sometimes').stderr).toBe("error: invalid restart policy: Sometimes\nSee 'kubectl run -h' for help and examples\n");
    s.ok('kubectl run x --image=busybox');
    expect(s.run('kubectl run x --image=busybox').stderr).toBe('Error from server (AlreadyExists): pods "x" already exists\n');
  });

  test('--overrides patches the generated pod: a JSON merge patch by default, or json and strategic', () => {
    const s = new KubectlSession();
    const merge = `kubectl run x --image=nginx --dry-run=client -o jsonpath='{.spec.containers}' --overrides='{"spec":{"containers":[{"name":"x","image":"nginx","resources":{"limits":{"cpu":"1"}}}]}}'`;
    expect(s.run(merge).stdout).toBe('[{"image":"nginx","name":"x","resources":{"limits":{"cpu":"1"}}}]');
    const strategic = `kubectl run x --image=nginx --override-type=strategic --dry-run=client -o jsonpath='{.spec.containers}' --overrides='{"spec":{"containers":[{"name":"x","resources":{"limits":{"cpu":"1"}}}]}}'`;
    expect(s.run(strategic).stdout).toBe('[{"image":"nginx","name":"x","resources":{"limits":{"cpu":"1"}}}]');
    const json = `kubectl run x --image=nginx --override-type=json --dry-run=client -o jsonpath='{.spec.hostname}' --overrides='[{"op":"add","path":"/spec/hostname","value":"h"}]'`;
    expect(s.run(json).stdout).toBe('h');
    expect(s.run("kubectl run x --image=nginx --overrides='{bad' --dry-run=client").stderr).toBe('error: Invalid JSON Patch\n');
    expect(s.run("kubectl run x --image=nginx --override-type=bogus --overrides='{}'").stderr).toBe('error: invalid override type: bogus\n');
    expect(s.run(`kubectl run x --image=nginx --override-type=json --overrides='{"a":1}'`).stderr).toBe('error: json: cannot unmarshal object into Go value of type jsonpatch.Patch\n');
  });
});
