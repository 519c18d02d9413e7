// `randomBytes` of node:crypto for the browser bundle (the container-shell nonce of the lesson
// runner), from Web Crypto. Not the simulator's randomness, which is seeded and deterministic.
export function randomBytes(size: number): { toString(encoding: 'hex'): string } {
  const bytes = new Uint8Array(size);
  globalThis.crypto.getRandomValues(bytes);
  return { toString: () => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') };
}
