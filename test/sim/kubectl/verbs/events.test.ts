// kubectl events (events.go, event_printer.go, 1.32): the namespace's events sorted by time, one
// object's with --for, some types with --types, repeated events as `(xN over M)`, the EventList in
// other formats, and the command's own errors.
import { describe, expect, it } from 'vitest';
import { KubectlSession } from './kubectl-session.js';

function withPullFailure(): KubectlSession {
  const s = new KubectlSession();
  s.ok('kubectl run web --image=nginx:1.27', 'kubectl run bad --image=nginx:nope', 'kubectl wait --for=condition=Ready pod/web', 'sleep 40');
  return s;
}

describe('kubectl events', () => {
  it('says when a namespace has none, on stderr', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl events')).toEqual({ stdout: '', stderr: 'No events found in default namespace.\n', exitCode: 0 });
    expect(s.run('kubectl events -n kube-system --for pod/nothing')).toEqual({ stdout: '', stderr: 'No events found in kube-system namespace.\n', exitCode: 0 });
  });

  it('lists the events by time, with the object as Kind/name and repeats as (xN over M)', () => {
    const r = withPullFailure().run('kubectl events');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$/);
    expect(r.stdout).toMatch(/\n\d+s +Normal +Scheduled +Pod\/web +Successfully assigned default\/web to kind-control-plane\n/);
    expect(r.stdout).toMatch(/\n\d+s \(x3 over \d+s\) +Warning +Failed +Pod\/bad +Error: ErrImagePull\n/);
    // Sorted by the time each was last seen: the ages never grow down the list.
    const seconds = lines.slice(1, -1).map((l) => Number(/^(\d+)s/.exec(l)![1]));
    expect([...seconds].sort((a, b) => b - a)).toEqual(seconds);
  });

  it('filters by object and type, and prints the EventList the client builds in other formats', () => {
    const s = withPullFailure();
    const warnings = s.run('kubectl events --for pod/bad --types=warning');
    expect(warnings.stdout.split('\n').slice(1, -1).every((l) => / Warning +Failed +Pod\/bad /.test(l))).toBe(true);
    expect(s.run('kubectl events --for pod/web -o yaml').stdout).toMatch(/^apiVersion: v1\nitems:\n- (action: Binding\n {2})?apiVersion: v1\n[^]*\n {2}kind: Event\n[^]*\nkind: EventList\nmetadata: \{\}\n$/);
    expect(s.run('kubectl events --for pod/web -o name')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run("kubectl events --for pod/web --types Normal -o jsonpath='{.items[*].reason}'").stdout).toBe('Pulling Scheduled Pulled Created Started');
  });

  it('puts the namespace first with -A', () => {
    const r = withPullFailure().run('kubectl events -A --types Warning');
    expect(r.stdout).toMatch(/^NAMESPACE +LAST SEEN +TYPE +REASON +OBJECT +MESSAGE\ndefault +/);
  });

  it('with -w prints the events there are, then each new one as it comes, aligned as the first', () => {
    const s = new KubectlSession();
    s.ok('kubectl run web --image=nginx:1.27', 'kubectl wait --for=condition=Ready pod/web');
    const r = s.run('timeout 20 kubectl events -w --for pod/web & sleep 1; kubectl delete pod web --wait=false; wait %1');
    expect(r.exitCode).toBe(124);
    const lines = r.stdout.split('\n').filter((l) => l !== 'pod "web" deleted');
    expect(lines[0]).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$/);
    expect(lines.slice(1, 6).map((l) => l.split(/ +/)[2])).toEqual(['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started']);
    expect(lines.at(-2)).toMatch(/^0s +Normal +Killing +Pod\/web +Stopping container web$/);
    // The header's widths were remembered: every row starts its TYPE cell where the header does.
    const typeAt = lines[0]!.indexOf('TYPE');
    for (const row of lines.slice(1, -1)) expect(row.slice(typeAt)).toMatch(/^(Normal|Warning) /);
  });

  it('refuses what kubectl refuses, in its words', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl events --types=Info').stderr).toBe('error: valid --types are Normal or Warning\n');
    expect(s.run('kubectl events --for web').stderr).toBe('error: --for must be in resource/name form\n');
    expect(s.run('kubectl events --for a/b/c').stderr).toBe('error: arguments in resource/name form may not have more than one slash\n');
    expect(s.run('kubectl events --for flurb/x').stderr).toBe('the server doesn\'t have a resource type "flurb"\n');
    expect(s.run('kubectl events -o wide').stderr).toMatch(/^error: unable to match a printer suitable for the output format "wide", allowed formats are: /);
  });
});
