// The simulated registries answer as real ones would on the lesson's day: catalog builds by date,
// any image a registry would serve (assumed when unknown), and real failures in containerd's words.
import { describe, expect, it } from 'vitest';
import type { DeclaredImage } from '../../../../src/sim/core/config/image-declarations.js';
import { ImageRegistry, type PullAnswer } from '../../../../src/sim/runtime/registry/image-registry.js';

const ctx = (hosts: string[] = []) => ({ credentials: new Set(hosts), nodeResolver: '172.18.0.1' });

function pull(registry: ImageRegistry, reference: string, hosts: string[] = []): PullAnswer {
  return registry.resolve(reference, ctx(hosts));
}

function failure(answer: PullAnswer): string {
  if (answer.ok) return `pulled ${answer.image.normalized}`;
  return `${answer.kind}: ${answer.error}`;
}

describe('the image registry', () => {
  it('serves the build a floating tag named on the registry day', () => {
    const in2019 = new ImageRegistry('2019-12-18', []);
    const today = new ImageRegistry('2025-01-06', []);
    const old = pull(in2019, 'busybox');
    const now = pull(today, 'busybox');
    expect(old.ok && [old.image.tagInfo.nslookup, old.image.tagInfo.size]).toEqual(['big-dupid', 764619]);
    expect(now.ok && [now.image.tagInfo.nslookup, now.image.tagInfo.size]).toEqual(['big', 2167089]);
    // A tag pushed after the registry day does not exist yet.
    expect(failure(pull(in2019, 'busybox:1.37'))).toBe('not-found: docker.io/library/busybox:1.37: not found');
    expect(pull(today, 'busybox:1.37').ok).toBe(true);
  });

  it('serves releases the catalog knows only by their version, as the nearest listed build', () => {
    const registry = new ImageRegistry('2025-01-06', []);
    const answer = pull(registry, 'busybox:1.33.1');
    expect(answer.ok && [answer.image.tagInfo.nslookup, answer.image.normalized]).toEqual(['big-dupid', 'docker.io/library/busybox:1.33.1']);
    expect(answer.ok && answer.image.imageID).toMatch(/^docker\.io\/library\/busybox@sha256:[0-9a-f]{64}$/);
    expect(failure(pull(registry, 'busybox:9.9'))).toBe('not-found: docker.io/library/busybox:9.9: not found');
    expect(failure(pull(registry, 'nginx:9.9.9'))).toBe('not-found: docker.io/library/nginx:9.9.9: not found');
  });

  it('pulls images it does not know from registries that would serve them, and remembers what it assumed', () => {
    const registry = new ImageRegistry('2025-01-06', []);
    const answer = pull(registry, 'nicolaka/netshoot-like:v1');
    expect(answer.ok && [answer.image.info.userland, answer.image.info.entrypoint]).toEqual(['debian', ['/usr/local/bin/netshoot-like']]);
    pull(registry, 'nicolaka/netshoot-like:v1');
    expect([...registry.assumed.values()].map((a) => a.normalized)).toEqual(['docker.io/nicolaka/netshoot-like:v1']);
    // Same name, same digest and size, on every run.
    const again = pull(new ImageRegistry('2025-01-06', []), 'nicolaka/netshoot-like:v1');
    const facts = (a: PullAnswer) => (a.ok ? [a.image.imageID, a.image.tagInfo.size] : a.kind);
    expect(facts(again)).toEqual(facts(answer));
  });

  it('refuses names Docker Hub has no official image for, and hosts that do not resolve', () => {
    const registry = new ImageRegistry('2025-01-06', []);
    expect(failure(pull(registry, 'ngnix'))).toBe(
      'refused: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    );
    expect(failure(pull(registry, 'myregistry.example.com/team/app:1.2'))).toBe(
      'no-host: failed to do request: Head "https://myregistry.example.com/v2/team/app/manifests/1.2": dial tcp: lookup myregistry.example.com on 172.18.0.1:53: no such host',
    );
    expect(registry.assumed.size).toBe(0);
  });

  it('honours declarations: missing images, private ones that need credentials, and images like a catalog one', () => {
    const declared: DeclaredImage[] = [
      { reference: 'example/gone:1.0', missing: true },
      { reference: 'ghcr.io/acme/secret-app', private: true, behaviour: { log: 'ready\n' } },
      { reference: 'acme/web:2', like: 'nginx:1.27', ports: [80] },
      { reference: 'registry.acme.test/app:1', behaviour: {} },
    ];
    const registry = new ImageRegistry('2025-01-06', declared);
    expect(failure(pull(registry, 'example/gone:1.0'))).toMatch(/^refused: pull access denied/);
    expect(failure(pull(registry, 'ghcr.io/acme/secret-app:3'))).toBe(
      'refused: failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2Fsecret-app%3Apull&service=ghcr.io: 403 Forbidden',
    );
    const withSecret = pull(registry, 'ghcr.io/acme/secret-app:3', ['ghcr.io']);
    expect(withSecret.ok && withSecret.image.info.behaviour).toEqual({ log: 'ready\n' });
    const like = pull(registry, 'acme/web:2');
    expect(like.ok && [like.image.info.programs['/docker-entrypoint.sh'], like.image.tagInfo.version]).toEqual(['nginx', '1.27.3']);
    // A host the lesson declares an image on resolves.
    expect(pull(registry, 'registry.acme.test/app:1').ok).toBe(true);
    expect(registry.assumed.size).toBe(0);
  });

  it('finds a catalog build by its digest', () => {
    const registry = new ImageRegistry('2025-01-06', []);
    const answer = pull(registry, 'busybox@sha256:1828edd60c5efd34b2bf5dd3282ec0cc04d47b2ff9caa0b6d4f07a21d1c08084');
    expect(answer.ok && answer.image.tagInfo.nslookup).toBe('big-dupid');
    expect(failure(pull(registry, `busybox@sha256:${'0'.repeat(64)}`))).toBe(`not-found: docker.io/library/busybox@sha256:${'0'.repeat(64)}: not found`);
  });
});
