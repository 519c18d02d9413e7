// kubectl create secret generic, docker-registry and tls: their sources, the .dockerconfigjson
// kubectl builds, the PEM checks of a TLS pair, and what the API server requires of each type.
// Texts are the real kubectl 1.32's (also compared by kubectl-tour-create-data.md).
import { describe, expect, test } from 'vitest';
import { KubectlSession } from './kubectl-session.js';

const pem = (type: string) => `-----BEGIN ${type}-----\nAAEC\n-----END ${type}-----\n`;

describe('kubectl create secret generic', () => {
  test('files and literals become base64 data; describe shows sizes, get the count', () => {
    const s = new KubectlSession().file('username.txt', 'admin\n').file('password.txt', 'S!B\\*d$zDsb=\n');
    expect(s.run('kubectl create secret generic db-user-pass --from-file=./username.txt --from-file=password=./password.txt').stdout).toBe('secret/db-user-pass created\n');
    expect(s.run("kubectl get secret db-user-pass -o jsonpath='{.data}'").stdout).toBe('{"password":"UyFCXCpkJHpEc2I9Cg==","username.txt":"YWRtaW4K"}');
    expect(s.run('kubectl describe secret db-user-pass').stdout).toBe(
      'Name:         db-user-pass\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:      13 bytes\nusername.txt:  6 bytes\n',
    );
    expect(s.run('kubectl get secret db-user-pass').stdout).toMatch(/^NAME\s+TYPE\s+DATA\s+AGE\ndb-user-pass\s+Opaque\s+2\s+/);
  });

  test('literals first, then files: the file is the duplicate; keys are checked with the Secret wording', () => {
    const s = new KubectlSession().file('username.txt', 'admin\n');
    expect(s.run('kubectl create secret generic dup --from-file=username=username.txt --from-literal=username=x').stderr).toBe(
      'error: cannot add key username, another key by that name already exists\n',
    );
    expect(s.run("kubectl create secret generic bad --from-literal='bad key=x'").stderr).toBe(
      `error: "bad key" is not valid key name for a Secret a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')\n`,
    );
  });

  test('env files, which exclude the other sources', () => {
    const s = new KubectlSession().file('a.env', 'user=admin\n').file('d/x', '');
    expect(s.run("kubectl create secret generic e --from-env-file=a.env -o jsonpath='{.data}'").stdout).toBe('{"user":"YWRtaW4="}');
    expect(s.run('kubectl create secret generic e --from-env-file=d').stderr).toBe('error: env secret file cannot be a directory\n');
    expect(s.run('kubectl create secret generic e --from-env-file=a.env --from-file=a.env').stderr).toBe('error: from-env-file cannot be combined with from-file or from-literal\n');
  });

  test('--type, and what the API server requires of a typed Secret', () => {
    const s = new KubectlSession().file('config.json', '{"auths":{}}\n').file('broken.json', '{"auths":\n');
    expect(s.run('kubectl create secret generic d --from-file=.dockerconfigjson=config.json --type=kubernetes.io/dockerconfigjson -o name').stdout).toBe('secret/d\n');
    expect(s.run('kubectl create secret generic b --from-file=.dockerconfigjson=broken.json --type=kubernetes.io/dockerconfigjson').stderr).toBe(
      'error: failed to create secret Secret "b" is invalid: data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": unexpected end of JSON input\n',
    );
    expect(s.run('kubectl create secret generic t --from-literal=a=b --type=kubernetes.io/tls').stderr).toBe(
      'error: failed to create secret Secret "t" is invalid: [data[tls.crt]: Required value, data[tls.key]: Required value]\n',
    );
  });

  test('--append-hash hashes the type too', () => {
    const s = new KubectlSession();
    expect(s.run('kubectl create secret generic hashed --from-literal=a=1 --append-hash').stdout).toBe('secret/hashed-2th962kd22 created\n');
    expect(s.run('kubectl create secret generic hashed --from-literal=a=1 --type=Opaque --append-hash -o name').stdout).toBe('secret/hashed-t29c8mfb72\n');
  });
});

describe('kubectl create secret docker-registry', () => {
  test('the .dockerconfigjson kubectl marshals: auths by server, fields in struct order, auth = base64(user:password)', () => {
    const s = new KubectlSession();
    s.ok('kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=tiger --docker-password=pass1234 --docker-email=tiger@acme.example');
    expect(s.run("kubectl get secret regcred -o jsonpath='{.data.\\.dockerconfigjson}' | base64 -d").stdout).toBe(
      '{"auths":{"registry.example.com":{"username":"tiger","password":"pass1234","email":"tiger@acme.example","auth":"dGlnZXI6cGFzczEyMzQ="}}}',
    );
    expect(s.run('kubectl get secret regcred').stdout).toMatch(/\nregcred\s+kubernetes\.io\/dockerconfigjson\s+1\s+/);
    expect(s.run('kubectl describe secret regcred').stdout).toContain('\nType:  kubernetes.io/dockerconfigjson\n\nData\n====\n.dockerconfigjson:  136 bytes\n');
  });

  test("the default server, no email, and Go's HTML-safe escaping", () => {
    const s = new KubectlSession();
    expect(s.run(`kubectl create secret docker-registry r --docker-username=u --docker-password='p<&>"w' -o jsonpath='{.data.\\.dockerconfigjson}' --dry-run=client | base64 -d`).stdout).toBe(
      '{"auths":{"https://index.docker.io/v1/":{"username":"u","password":"p\\u003c\\u0026\\u003e\\"w","auth":"dTpwPCY+Inc="}}}',
    );
  });

  test('--from-file instead of the flags; without either, one error names them all', () => {
    const s = new KubectlSession().file('config.json', '{"auths":{}}\n');
    expect(s.run("kubectl create secret docker-registry f --from-file=.dockerconfigjson=config.json -o jsonpath='{.type}'").stdout).toBe('kubernetes.io/dockerconfigjson');
    const required = 'error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required\n';
    expect(s.run('kubectl create secret docker-registry n --docker-username=u').stderr).toBe(required);
    expect(s.run('kubectl create secret docker-registry n --docker-username=u --docker-password=p --docker-server=').stderr).toBe(required);
    expect(s.run('kubectl create secret docker-registry').stderr).toBe("error: exactly one NAME is required, got 0\nSee 'kubectl create secret docker-registry -h' for help and examples\n");
  });
});

describe('kubectl create secret tls', () => {
  test('a certificate and a key become tls.crt and tls.key of a kubernetes.io/tls Secret', () => {
    const s = new KubectlSession().file('tls.crt', pem('CERTIFICATE')).file('tls.key', pem('EC PRIVATE KEY'));
    expect(s.run('kubectl create secret tls web --cert=tls.crt --key=tls.key').stdout).toBe('secret/web created\n');
    expect(s.run("kubectl get secret web -o jsonpath='{.type} {.data.tls\\.crt}'").stdout).toBe(`kubernetes.io/tls ${btoa(pem('CERTIFICATE'))}`);
    expect(s.run('kubectl create secret tls web --cert=tls.crt --key=tls.key').stderr).toBe('error: failed to create secret secrets "web" already exists\n');
  });

  test("X509KeyPair's PEM errors: switched inputs, a certificate as key, no PEM at all", () => {
    const s = new KubectlSession().file('tls.crt', pem('CERTIFICATE')).file('tls.key', pem('PRIVATE KEY')).file('plain.txt', 'hello\n');
    expect(s.run('kubectl create secret tls x --cert=tls.key --key=tls.crt').stderr).toBe(
      'error: tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched\n',
    );
    expect(s.run('kubectl create secret tls x --cert=tls.crt --key=tls.crt').stderr).toBe('error: tls: found a certificate rather than a key in the PEM for the private key\n');
    expect(s.run('kubectl create secret tls x --cert=tls.crt --key=plain.txt').stderr).toBe('error: tls: failed to find any PEM data in key input\n');
  });

  test('unreadable files and missing flags', () => {
    const s = new KubectlSession().file('tls/tls.crt', pem('CERTIFICATE'));
    expect(s.run('kubectl create secret tls x --cert=none.crt --key=tls/tls.crt').stderr).toBe('error: Cannot read file none.crt, open none.crt: no such file or directory\n');
    expect(s.run('kubectl create secret tls x --cert=tls --key=tls/tls.crt').stderr).toBe('error: Cannot read file tls, read tls: is a directory\n');
    expect(s.run('kubectl create secret tls x --cert=tls/tls.crt').stderr).toBe('error: key and cert must be specified\n');
  });
});
