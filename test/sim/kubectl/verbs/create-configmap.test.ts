// kubectl create configmap: literals, files, directories and env files, binaryData, the checks on
// keys and sources, --append-hash. Texts are the real kubectl 1.32's (see also the differential
// tour test/server/fixtures/differential/kubectl-tour-create-data.md).
import { describe, expect, test } from 'vitest';
import { KubectlSession } from './kubectl-session.js';

const GAME = 'enemies=aliens\nlives=3\n';
const UI = 'color.good=purple\n';

function withFiles(): KubectlSession {
  return new KubectlSession().file('cfg/game.properties', GAME).file('cfg/ui.properties', UI).file('cfg/sub/ignored', 'x\n');
}

describe('kubectl create configmap --from-file', () => {
  test('a directory: each regular file under its own name, subdirectories skipped', () => {
    const s = withFiles();
    expect(s.run('kubectl create configmap game-config --from-file=cfg/').stdout).toBe('configmap/game-config created\n');
    expect(s.run("kubectl get cm game-config -o jsonpath='{.data}'").stdout).toBe(JSON.stringify({ 'game.properties': GAME, 'ui.properties': UI }));
  });

  test('a file under its base name or a given key, several sources, and comma-separated ones', () => {
    const s = withFiles();
    expect(s.run('kubectl create cm c --from-file=./cfg/game.properties --from-file=k=cfg/ui.properties --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\ndata:\n  game.properties: |\n    enemies=aliens\n    lives=3\n  k: |\n    color.good=purple\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: c\n',
    );
    expect(s.run("kubectl create cm d --from-file=cfg/game.properties,cfg/ui.properties -o jsonpath='{.data}'").stdout).toBe(
      JSON.stringify({ 'game.properties': GAME, 'ui.properties': UI }),
    );
  });

  test("missing paths: kubectl's os.Stat errors with the path as typed", () => {
    const s = withFiles();
    expect(s.run('kubectl create cm x --from-file=nothere/').stderr).toBe('error: error reading nothere/: no such file or directory\n');
    expect(s.run('kubectl create cm x --from-file=k=nothere.txt').stderr).toBe('error: error reading nothere.txt: no such file or directory\n');
    expect(s.run('kubectl create cm x --from-file=cfg/game.properties/').stderr).toBe('error: error reading cfg/game.properties/: not a directory\n');
  });

  test('malformed sources', () => {
    const s = withFiles();
    expect(s.run('kubectl create cm x --from-file=k=cfg/').stderr).toBe('error: cannot give a key name for a directory path\n');
    expect(s.run('kubectl create cm x --from-file==cfg/ui.properties').stderr).toBe('error: key name for file path cfg/ui.properties missing\n');
    expect(s.run('kubectl create cm x --from-file=k=').stderr).toBe('error: file path for key name k missing\n');
    expect(s.run('kubectl create cm x --from-file=a=b=c').stderr).toBe("error: key names or file paths cannot contain '='\n");
    expect(s.run('kubectl create cm x --from-literal=novalue').stderr).toBe('error: invalid literal source novalue, expected key=value\n');
  });

  test('a file in a directory whose name is not a valid key stops the command', () => {
    const s = withFiles().file('bad/bad key', 'x\n').file('bad/good', 'y\n');
    expect(s.run('kubectl create cm x --from-file=bad/').stderr).toBe(
      `error: "bad key" is not a valid key name for a ConfigMap: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')\n`,
    );
    expect(s.run('kubectl create cm x --from-literal=..a=1').stderr).toBe(`error: "..a" is not a valid key name for a ConfigMap: must not start with '..'\n`);
  });

  test('duplicate keys, files first and literals after', () => {
    const s = withFiles();
    expect(s.run('kubectl create cm dup --from-literal=game.properties=x --from-file=cfg/').stderr).toBe(
      'error: cannot add key "game.properties", another key by that name already exists in Data for ConfigMap "dup"\n',
    );
  });

  test('a file that is not UTF-8 goes to binaryData', () => {
    // A lone surrogate stands for bytes that are not UTF-8 in the simulator's text files.
    const s = withFiles().file('bin/blob', 'ab\ud800').file('bin/text', 'hi\n');
    expect(s.run('kubectl create cm b --from-file=bin/ --dry-run=client -o yaml').stdout).toBe(
      'apiVersion: v1\nbinaryData:\n  blob: YWLvv70=\ndata:\n  text: |\n    hi\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: b\n',
    );
    s.ok('kubectl create cm b --from-file=bin/');
    expect(s.run('kubectl get cm b').stdout).toMatch(/^NAME\s+DATA\s+AGE\nb\s+2\s+/);
    expect(s.run('kubectl describe cm b').stdout).toContain('\nBinaryData\n====\nblob: 5 bytes\n');
    expect(s.run('kubectl create cm b2 --from-file=blob=bin/blob --from-file=blob=bin/text').stderr).toBe(
      'error: cannot add key "blob", another key by that name already exists in BinaryData for ConfigMap "b2"\n',
    );
  });
});

describe('kubectl create configmap --from-env-file', () => {
  test('KEY=value lines, kept as written; comments, blank lines and leading blanks dropped', () => {
    const s = new KubectlSession().file('a.env', '\ufeffenemies=aliens\n# comment\n\n   lives=3\r\nquoted="true"\ntrailing=x  \n');
    expect(s.run("kubectl create cm e --from-env-file=a.env -o jsonpath='{.data}'").stdout).toBe(
      JSON.stringify({ enemies: 'aliens', lives: '3', quoted: '"true"', trailing: 'x  ' }),
    );
  });

  test("a bare KEY takes the value of kubectl's environment variable", () => {
    const s = new KubectlSession().file('a.env', 'FROM_ENV\nUNSET\n');
    expect(s.run("export FROM_ENV=hello; kubectl create cm e --from-env-file=a.env -o jsonpath='{.data}'").stdout).toBe(JSON.stringify({ FROM_ENV: 'hello', UNSET: '' }));
  });

  test('several env files; a key twice is a duplicate', () => {
    const s = new KubectlSession().file('a.env', 'a=1\n').file('b.env', 'b=2\n');
    expect(s.run("kubectl create cm e --from-env-file=a.env --from-env-file=b.env -o jsonpath='{.data}'").stdout).toBe(JSON.stringify({ a: '1', b: '2' }));
    expect(s.run('kubectl create cm e2 --from-env-file=a.env,a.env').stderr).toBe('error: cannot add key "a", another key by that name already exists in Data for ConfigMap "e2"\n');
  });

  test('bad keys, bad bytes, a directory, a missing file, other sources with it', () => {
    const s = new KubectlSession().file('bad.env', 'ok=1\n1BAD=2\n').file('bin.env', 'a=1\nb=\ud800\n').file('d/x', '');
    expect(s.run('kubectl create cm e --from-env-file=bad.env').stderr).toBe(
      `error: "1BAD" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')\n`,
    );
    expect(s.run('kubectl create cm e --from-env-file=bin.env').stderr).toBe('error: env file bin.env contains invalid utf8 bytes at line 2: [98 61 239 191 189]\n');
    expect(s.run('kubectl create cm e --from-env-file=d').stderr).toBe('error: env config file cannot be a directory\n');
    expect(s.run('kubectl create cm e --from-env-file=none.env').stderr).toBe('error: error reading none.env: no such file or directory\n');
    expect(s.run('kubectl create cm e --from-env-file=bad.env --from-literal=a=b').stderr).toBe('error: from-env-file cannot be combined with from-file or from-literal\n');
  });
});

describe('kubectl create configmap --append-hash', () => {
  test("the name gets the hash of the kind, name and data (kubectl's own suffix)", () => {
    const s = new KubectlSession();
    expect(s.run('kubectl create configmap hashed --from-literal=a=1 --append-hash').stdout).toBe('configmap/hashed-tt42b4m6hd created\n');
    expect(s.run('kubectl get cm hashed-tt42b4m6hd -o name').stdout).toBe('configmap/hashed-tt42b4m6hd\n');
  });
});
