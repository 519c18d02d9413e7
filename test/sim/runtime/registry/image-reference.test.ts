// Image references are read as the kubelet and containerd read them (distribution/reference).
import { describe, expect, it } from 'vitest';
import { parseImageReference } from '../../../../src/sim/runtime/registry/image-reference.js';

const normalized = (text: string) => {
  const r = parseImageReference(text);
  return r.ok ? r.ref.normalized : `error: ${r.error}`;
};

describe('image references', () => {
  it('normalize Docker Hub names, official images and other registries', () => {
    expect(normalized('busybox')).toBe('docker.io/library/busybox:latest');
    expect(normalized('busybox:1.36')).toBe('docker.io/library/busybox:1.36');
    expect(normalized('polinux/stress')).toBe('docker.io/polinux/stress:latest');
    expect(normalized('index.docker.io/library/nginx:1.27')).toBe('docker.io/library/nginx:1.27');
    expect(normalized('registry.k8s.io/e2e-test-images/agnhost:2.40')).toBe('registry.k8s.io/e2e-test-images/agnhost:2.40');
    expect(normalized('localhost:5000/app')).toBe('localhost:5000/app:latest');
    expect(normalized('localhost/app:v1')).toBe('localhost/app:v1');
    const digest = 'sha256:1828edd60c5efd34b2bf5dd3282ec0cc04d47b2ff9caa0b6d4f07a21d1c08084';
    expect(normalized(`busybox@${digest}`)).toBe(`docker.io/library/busybox@${digest}`);
    expect(normalized(`busybox:1.31@${digest}`)).toBe('docker.io/library/busybox:1.31');
  });

  it('refuses what the runtime refuses, with its error text', () => {
    expect(normalized('Nginx')).toBe('error: invalid reference format: repository name (library/Nginx) must be lowercase');
    expect(normalized('nginx:')).toBe('error: invalid reference format');
    expect(normalized('nginx:1.27 ')).toBe('error: invalid reference format');
    expect(normalized('-nginx')).toBe('error: invalid reference format');
    expect(normalized('a'.repeat(64).replace(/a/g, 'f'))).toBe(`error: invalid repository name (${'f'.repeat(64)}), cannot specify 64-byte hexadecimal strings`);
  });
});
