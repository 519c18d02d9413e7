// The applets inside containers: busybox images have busybox's, Debian and Ubuntu images only
// what their base packages ship, and Debian's sh is dash (with dash's echo).
import { describe, expect, it } from 'vitest';
import { ScriptedSession } from '../../backends/sim/scripted-session.js';
import { BUSYBOX_TOOLS, DEBIAN_TOOLS } from '../../../src/sim/runtime/userland-tools.js';

describe('applets in containers', () => {
  it('a busybox pod reverses, dumps, sums and finds with busybox wording', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run bb --image=busybox:1.36 -- sleep 3600');
    s.ok('kubectl wait --for=condition=Ready pod/bb --timeout=120s');
    expect(s.ok(`kubectl exec bb -- sh -c 'echo hello | rev; printf "a\\nb\\n" | tac; echo hi | xxd'`)).toBe('olleh\nb\na\n00000000: 6869 0a                                  hi.\n');
    expect(s.ok(`kubectl exec bb -- sh -c 'echo x | md5sum; find /etc -name hostname; echo a b | xargs -n1 echo'`)).toBe('401b30e3b8b5d629635a5c613cdb7919  -\n/etc/hostname\na\nb\n');
    expect(s.run('kubectl exec bb -- stat /nope')).toMatchObject({ exitCode: 1, output: "stat: can't stat '/nope': No such file or directory\ncommand terminated with exit code 1\n" });
  });

  it('a Debian pod has coreutils and findutils but not xxd, and its sh echoes as dash does', () => {
    const s = new ScriptedSession();
    s.ok('kubectl run deb --image=debian:bookworm -- sleep infinity');
    s.ok('kubectl wait --for=condition=Ready pod/deb --timeout=120s');
    expect(s.ok(`kubectl exec deb -- sh -c 'echo hello | rev; seq 3 | tac | paste -sd,'`)).toBe('olleh\n3,2,1\n');
    expect(s.run(`kubectl exec deb -- sh -c 'xxd /etc/hostname'`)).toMatchObject({ exitCode: 127, output: 'sh: 1: xxd: not found\ncommand terminated with exit code 127\n' });
    expect(s.ok(`kubectl exec deb -- sh -c 'echo -e "a\\tb"'`)).toBe('-e a\tb\n');
    expect(s.ok(`kubectl exec deb -- bash -c 'echo -e "a\\tb"'`)).toBe('a\tb\n');
    expect(s.ok(`kubectl exec deb -- stat -c %F /etc`)).toBe('directory\n');
  });

  it('a Debian pod started as sh -c logs what dash echo prints', () => {
    const s = new ScriptedSession();
    s.ok(`kubectl run deb --image=debian:bookworm --restart=Never -- sh -c 'echo "one\\ntwo"'`);
    s.ok('sleep 20');
    expect(s.ok('kubectl logs deb')).toBe('one\ntwo\n');
  });

  it('tool lists: busybox has every applet, Debian leaves out what its base image lacks', () => {
    for (const tool of ['rev', 'xxd', 'hexdump', 'strings', 'less', 'usleep', 'find', 'dd', 'diff']) expect(BUSYBOX_TOOLS).toContain(tool);
    for (const tool of ['rev', 'tac', 'od', 'find', 'xargs', 'diff', 'cmp', 'more', 'which', 'stat', 'dd']) expect(DEBIAN_TOOLS).toContain(tool);
    for (const tool of ['xxd', 'hexdump', 'strings', 'less', 'usleep']) expect(DEBIAN_TOOLS).not.toContain(tool);
  });
});
