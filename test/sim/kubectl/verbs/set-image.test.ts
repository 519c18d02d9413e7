// kubectl set image: the pod field an update may change; a no-op prints nothing.
import { describe, expect, test } from 'vitest';
import { KubectlSession, WEB_POD } from './kubectl-session.js';

function web(): KubectlSession {
  return new KubectlSession().file('web.yaml', WEB_POD).ok('kubectl create -f web.yaml');
}

describe('kubectl set image', () => {
  test('changes a container\'s image: image updated', () => {
    const s = web();
    expect(s.run('kubectl set image pod/web nginx=nginx:1.28')).toEqual({ stdout: 'pod/web image updated\n', stderr: '', exitCode: 0 });
    expect(s.run("kubectl get pod web -o jsonpath='{.spec.containers[0].image}'").stdout).toBe('nginx:1.28');
    expect(s.run('kubectl set image pod web nginx=nginx:1.29').stdout).toBe('pod/web image updated\n');
  });

  test('the image it already has: nothing printed, exit 0', () => {
    expect(web().run('kubectl set image pod/web nginx=nginx:1.27')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  test('an unknown container is an error; the known ones are still updated', () => {
    expect(web().run('kubectl set image pod/web bogus=x nginx=nginx:1.28')).toEqual({
      stdout: 'pod/web image updated\n',
      stderr: 'error: unable to find container named "bogus"\n',
      exitCode: 1,
    });
  });

  test('a workload\'s pod template', () => {
    const s = new KubectlSession().ok('kubectl create deployment web --image=nginx:1.27');
    expect(s.run('kubectl set image deployment/web nginx=nginx:1.28').stdout).toBe('deployment.apps/web image updated\n');
  });

  test('the argument errors; `kubectl set` alone prints its help', () => {
    const s = web();
    expect(s.run('kubectl set image pod/web').stderr).toBe('error: at least one image update is required\n');
    // Complete's builder fails before Validate when nothing is named.
    expect(s.run('kubectl set image').stderr).toBe(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
    expect(s.run('kubectl set image deploy/nope x=y').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(s.run('kubectl set foo').stderr).toBe("error: unknown command \"foo\"\nSee 'kubectl set -h' for help and examples\n");
    const help = s.run('kubectl set');
    expect(help.exitCode).toBe(1);
    expect(help.stdout).toMatch(/^Configure application resources\.\n/);
  });
});
