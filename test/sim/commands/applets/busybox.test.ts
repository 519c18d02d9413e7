// The ash dialect: busybox's shell and applets, as a container prints them. Expectations are
// written by hand from busybox's sources (there is no busybox on these machines to record).
import { describe, expect, test } from 'vitest';
import { sim } from '../../shell/support.js';

function ash(script: string, files: Record<string, string> = {}) {
  const r = sim(script, { dialect: 'ash', files, env: { PATH: '/bin:/usr/bin', HOME: '/root' } });
  return { stdout: r.stdout, stderr: r.stderr, code: r.code };
}

describe('busybox ash', () => {
  test.each([
    ['a missing command', 'foo; echo $?', '127\n', 'sh: foo: not found\n'],
    ['a missing script path', './nope.sh; echo $?', '127\n', 'sh: ./nope.sh: not found\n'],
    ['a directory run as a command', 'mkdir d; ./d; echo $?', '126\n', 'sh: ./d: Permission denied\n'],
    ['cd to a missing directory', 'cd /nope; echo $?', '2\n', "sh: cd: line 1: can't cd to /nope\n"],
    ['an unset variable under set -u', 'set -u; echo $nope; echo after', '', 'sh: nope: parameter not set\n'],
    ['${x:?} without a message', 'echo ${x:?}', '', 'sh: x: parameter not set or null\n'],
    ['a readonly variable', 'readonly r=1; r=2; echo after', '', 'sh: r: is read only\n'],
    ['a redirection into a missing directory', 'echo x > /nope/f; echo $?', '2\n', "sh: can't create /nope/f: nonexistent directory\n"],
    ['a missing input file', 'cat < /nope; echo $?', '2\n', "sh: can't open /nope: no such file\n"],
    ['exit with a bad number', 'exit abc; echo no', '', 'sh: exit: line 1: Illegal number: abc\n'],
    ['[ without its ]', '[ a = a; echo $?', '2\n', 'sh: missing ]\n'],
    ['a bad substitution', 'echo ${x!y}', '', 'sh: syntax error: bad substitution\n'],
  ])('reports %s as busybox does', (_what, script, stdout, stderr) => {
    expect(ash(script)).toMatchObject({ stdout, stderr });
  });

  test('ls -l prints busybox\'s fixed widths (coreutils/ls.c display_single), not GNU\'s fitted columns', () => {
    const out = ash('mkdir d; printf 12345 > d/f; ln -s f d/l; ls -l d').stdout;
    expect(out).toBe(
      [
        'total 4',
        '-rw-r--r--    1 root     root             5 Jan  6 10:00 f',
        'lrwxrwxrwx    1 root     root             1 Jan  6 10:00 l -> f',
        '',
      ].join('\n'),
    );
  });

  test('echo does not interpret backslash escapes unless -e', () => {
    expect(ash("echo 'a\\nb'; echo -e 'a\\nb'; echo -n x").stdout).toBe('a\\nb\na\nb\nx');
  });

  test('set -x quotes words the busybox way', () => {
    expect(ash("set -x; x=''; echo 'a b' c=d it\\'s ''").stderr).toBe("+ x=\n+ echo 'a b' 'c=d' 'it'\"'\"'s' \n");
  });

  test('the exit status of a fatal error is 2', () => {
    expect(ash('set -u; echo $nope').code).toBe(2);
    expect(ash('echo x > /nope/f').code).toBe(2);
  });

  test('bash extensions busybox also has: [[ ]], $\'...\', ${x/a/b}, function, &>', () => {
    const r = ash("function f { echo ${1/a/b}; }; f abc; [[ a == a ]] && echo $'t\\tx'; ls /nope &> out; cat out");
    expect(r.stdout).toBe('bbc\nt\tx\nls: /nope: No such file or directory\n');
  });

  test('brace expansion is bash only', () => {
    expect(ash('echo {a,b}').stdout).toBe('{a,b}\n');
  });

  test('an environment is listed in busybox hash order', () => {
    const r = sim('A=1 env', { dialect: 'ash', env: { PATH: '/bin', HOME: '/root', HOSTNAME: 'pod' } });
    // Buckets ((first char << 4) + sum of chars) % 39: HOSTNAME 4, SHLVL 5, HOME 6, A 13, PATH 21, PWD 33.
    expect(r.stdout).toBe('HOSTNAME=pod\nSHLVL=1\nHOME=/root\nA=1\nPATH=/bin\nPWD=/work\n');
  });
});

describe('busybox applets', () => {
  test.each([
    ['cat', 'cat nope', "cat: can't open 'nope': No such file or directory\n"],
    ['cat on a directory', 'mkdir d; cat d', 'cat: read error: Is a directory\n'],
    ['ls', 'ls nope', 'ls: nope: No such file or directory\n'],
    ['mkdir', 'mkdir d; mkdir d', "mkdir: can't create directory 'd': File exists\n"],
    ['rm', 'rm nope', "rm: can't remove 'nope': No such file or directory\n"],
    ['rm of a directory', 'mkdir d; rm d', "rm: 'd' is a directory\n"],
    ['touch', 'touch a/b', 'touch: a/b: No such file or directory\n'],
    ['cp', 'cp nope x', "cp: can't stat 'nope': No such file or directory\n"],
    ['cp of a directory', 'mkdir d; cp d e', "cp: omitting directory 'd'\n"],
    ['mv', 'mv nope x', "mv: can't rename 'nope': No such file or directory\n"],
    ['grep', 'grep x nope', 'grep: nope: No such file or directory\n'],
    ['head', 'head nope', "head: can't open 'nope': No such file or directory\n"],
    ['tail', 'tail nope', "tail: can't open 'nope': No such file or directory\n"],
    ['wc', 'wc nope', "wc: can't open 'nope': No such file or directory\n"],
    ['sort', 'sort nope', "sort: can't open 'nope': No such file or directory\n"],
    ['sed', "sed 's/a/b/' nope", "sed: can't open 'nope': No such file or directory\n"],
    ['sleep', 'sleep abc', "sleep: invalid number 'abc'\n"],
    ['seq', 'seq x', "seq: invalid number 'x'\n"],
    ['an unknown option', 'ls -y', "ls: invalid option -- 'y'\n"],
  ])('%s words its errors as busybox does', (_applet, script, stderr) => {
    expect(ash(script).stderr).toBe(stderr);
  });

  test('the applets work the same in both dialects', () => {
    const script = "printf 'b 2\\na 1\\n' > f; sort f | cut -d' ' -f2 | tr 12 xy; grep -c . f; wc -l < f; seq -s, 3; head -n1 f; tail -n1 f";
    expect(ash(script).stdout).toBe('x\ny\n2\n2\n1,2,3\nb 2\na 1\n');
  });

  test('wc pads its counts to seven columns', () => {
    expect(ash("printf 'a b\\n' > f; wc f; wc -l f").stdout).toBe('      1       2       4 f\n1 f\n');
  });
});
