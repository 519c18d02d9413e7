// The image catalog as data: every tag has a well-formed digest and size, every program and tool
// an image names exists, references normalize as containerd does, and a tag's own config wins.
import { describe, expect, it } from 'vitest';
import { imageCatalog } from '../../../src/sim/runtime/image-catalog.js';
import { invented } from '../../../src/sim/runtime/images/define-image.js';
import { ImageRegistry } from '../../../src/sim/runtime/registry/image-registry.js';
import { PROGRAMS } from '../../../src/sim/commands/programs/index.js';
import { applets, MACHINE_TOOLS, SHELL_NAMES } from '../../../src/sim/commands/registry.js';

describe('the image catalog', () => {
  it('gives every tag a sha256 digest and a positive size, and has its default tag', () => {
    const bad: string[] = [];
    for (const image of imageCatalog()) {
      if (!image.tags[image.defaultTag]) bad.push(`${image.repository}: no default tag ${image.defaultTag}`);
      for (const [tag, info] of Object.entries(image.tags)) {
        if (!/^sha256:[0-9a-f]{64}$/.test(info.digest) || !(info.size > 0)) bad.push(`${image.repository}:${tag}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('invents digests that look like digests: no repeated 32-bit lanes, distinct per reference', () => {
    const a = invented('docker.io/polinux/stress:latest');
    const lanes = a.slice('sha256:'.length).match(/.{8}/g)!;
    expect(new Set(lanes).size).toBe(8);
    expect(invented('docker.io/library/x:1')).not.toBe(invented('docker.io/library/x:2'));
  });

  it('names only programs and tools the runtime has', () => {
    const known = new Set([...Object.keys(applets), ...MACHINE_TOOLS, ...SHELL_NAMES]);
    const unknown: string[] = [];
    for (const image of imageCatalog()) {
      const configs = [image, ...Object.values(image.tags).map((t) => ({ ...image, ...(t.config ?? {}) }))];
      for (const c of configs) {
        for (const p of Object.values(c.programs)) if (!(p in PROGRAMS)) unknown.push(`${image.repository}: program ${p}`);
        for (const t of c.tools) if (!known.has(t)) unknown.push(`${image.repository}: tool ${t}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('resolves the registries the docs use and applies a tag config over the repository defaults', () => {
    const registry = new ImageRegistry('2025-01-06', []);
    const lookupImage = (reference: string) => {
      const answer = registry.resolve(reference, { credentials: new Set(), nodeResolver: '172.18.0.1' });
      return answer.ok ? { found: true as const, image: answer.image } : { found: false as const, kind: answer.kind };
    };
    const old = lookupImage('nginx:1.14.2');
    expect(old.found && [old.image.normalized, old.image.info.entrypoint, old.image.info.tools.includes('curl')]).toEqual(['docker.io/library/nginx:1.14.2', [], false]);
    const current = lookupImage('nginx:1.27');
    expect(current.found && [current.image.info.entrypoint, current.image.info.tools.includes('curl')]).toEqual([['/docker-entrypoint.sh'], true]);
    const busybox = lookupImage('k8s.gcr.io/busybox');
    expect(busybox.found && [busybox.image.normalized, busybox.image.tagInfo.nslookup]).toEqual(['k8s.gcr.io/busybox:latest', 'libc-1.28']);
    const echo = lookupImage('registry.k8s.io/echoserver:1.4');
    expect(echo.found && echo.image.imageID).toMatch(/^registry\.k8s\.io\/echoserver@sha256:[0-9a-f]{64}$/);
    expect(lookupImage('registry.k8s.io/e2e-test-images/agnhost:9.99')).toMatchObject({ found: false, kind: 'not-found' });
  });
});
