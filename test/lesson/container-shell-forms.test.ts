// The terminal forms a transcript recognises: exec lines that open a container shell, container
// prompts, background commands.
import { describe, expect, it } from 'vitest';
import { endsInBackground, isShellExit, readContainerPrompt, readShellOpening } from '../../src/lesson/container-shell-forms.js';

describe('readShellOpening', () => {
  it.each([
    ['kubectl exec -it web -- sh', 'kubectl exec -i web -- sh'],
    ['kubectl exec -ti web -- bash', 'kubectl exec -i web -- bash'],
    ['kubectl exec -i -t web -c app -- /bin/sh', 'kubectl exec -i web -c app -- /bin/sh'],
    ['kubectl exec --stdin --tty deploy/web -- bash -l', 'kubectl exec --stdin deploy/web -- bash -l'],
    ['kubectl -n demo exec -it web -- ash', 'kubectl -n demo exec -i web -- ash'],
    ['kubectl attach -it shell', 'kubectl attach -it shell'],
    ['kubectl attach -i -t shell -c main', 'kubectl attach -i -t shell -c main'],
  ])('opens a shell for %s, run without the terminal as %s', (line, runs) => {
    expect(readShellOpening(line)?.words.join(' ')).toBe(runs);
  });

  it.each([
    'kubectl exec web -- sh',
    'kubectl attach shell',
    'kubectl attach -i shell',
    'kubectl attach -it shell -- sh',
    'kubectl exec -t web -- sh',
    'kubectl exec -i web -- sh',
    'kubectl exec -it web -- sh -c "ls"',
    'kubectl exec -it web -- ls',
    'kubectl exec -it web -- sh < script.sh',
    'kubectl logs -it web -- sh',
  ])('opens no shell for %s', (line) => {
    expect(readShellOpening(line)).toBeUndefined();
  });
});

describe('readContainerPrompt', () => {
  it.each([
    ['/ # ls', '/ #', '/', 'ls'],
    ['/tmp # cat x', '/tmp #', '/tmp', 'cat x'],
    ['/app $ ls', '/app $', '/app', 'ls'],
    ['~ # pwd', '~ #', '~', 'pwd'],
    ['root@web:/# echo hi', 'root@web:/#', '/', 'echo hi'],
    ['nginx@web-5d9f:~/html$ ls', 'nginx@web-5d9f:~/html$', '~/html', 'ls'],
    ['/ #', '/ #', '/', ''],
  ])('reads %s as the prompt %s in %s, typing %s', (line, text, dir, command) => {
    expect(readContainerPrompt(line)).toEqual({ prompt: { text, dir }, command });
  });

  it('reads prompts that show no directory', () => {
    expect(readContainerPrompt('bash-5.1# id')).toEqual({ prompt: { text: 'bash-5.1#' }, command: 'id' });
    expect(readContainerPrompt('# ls')).toEqual({ prompt: { text: '#' }, command: 'ls' });
  });

  it.each(['hello', 'total 4', '-rw-r--r-- 1 root root', '#comment'])('reads %s as output', (line) => {
    expect(readContainerPrompt(line)).toBeUndefined();
  });
});

describe('isShellExit and endsInBackground', () => {
  it('knows exit and exit N', () => {
    expect([isShellExit('exit'), isShellExit('exit 3'), isShellExit('exit_code'), isShellExit('echo exit')]).toEqual([true, true, false, false]);
  });

  it('knows a trailing & from && and redirections', () => {
    expect(['sleep 1 &', 'a & ', 'a && b', 'a 2>&1', 'a |&', 'echo \\&'].map(endsInBackground)).toEqual([true, true, false, false, false, false]);
  });
});
