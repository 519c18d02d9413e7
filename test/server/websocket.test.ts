// The WebSocket layer exec uses: the handshake key, frames in both directions, and a whole exec
// session spoken by a raw client (v4 subprotocol, a ping answered, output, status, close).
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptKey, encodeFrame, FrameParser, OPCODE } from '../../src/server/websocket.js';
import { Cluster } from '../../src/sim/cluster/cluster.js';
import { createObjects, startHarness, testConfig, type Harness } from './support/harness.js';

/** A client frame: masked, as RFC 6455 requires of clients. */
function clientFrame(opcode: number, payload: Buffer, fin = true): Buffer {
  const mask = Buffer.from([1, 2, 3, 4]);
  const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
  const len = payload.length;
  const head = len < 126 ? Buffer.from([(fin ? 0x80 : 0) | opcode, 0x80 | len]) : Buffer.from([(fin ? 0x80 : 0) | opcode, 0x80 | 126, len >> 8, len & 255]);
  return Buffer.concat([head, mask, masked]);
}

describe('WebSocket framing', () => {
  it('computes the accept key of the RFC 6455 example', () => {
    expect(acceptKey('dGhlIHNhbXBsZSBub25jZQ==')).toBe('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
  });

  it('encodes server frames with 7-bit, 16-bit and 64-bit lengths, unmasked', () => {
    expect([...encodeFrame(OPCODE.binary, Buffer.from([1, 2]))]).toEqual([0x82, 2, 1, 2]);
    expect([...encodeFrame(OPCODE.binary, Buffer.alloc(300)).subarray(0, 4)]).toEqual([0x82, 126, 1, 44]);
    const big = encodeFrame(OPCODE.binary, Buffer.alloc(70_000));
    expect([...big.subarray(0, 2)]).toEqual([0x82, 127]);
    expect(big.readBigUInt64BE(2)).toBe(70_000n);
  });

  it('parses masked client frames split anywhere, including 16-bit lengths', () => {
    const parser = new FrameParser();
    const bytes = Buffer.concat([clientFrame(OPCODE.binary, Buffer.from('hello')), clientFrame(OPCODE.ping, Buffer.alloc(200, 7))]);
    const frames = [...parser.push(bytes.subarray(0, 3)), ...parser.push(bytes.subarray(3, 150)), ...parser.push(bytes.subarray(150))];
    expect(frames.map((f) => [f.opcode, f.fin, f.payload.length])).toEqual([[OPCODE.binary, true, 5], [OPCODE.ping, true, 200]]);
    expect(frames[0]!.payload.toString()).toBe('hello');
  });
});

describe('an exec session over a raw WebSocket', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(new Cluster(testConfig()));
    createObjects(h.cluster, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: box\nspec:\n  containers:\n  - name: main\n    image: busybox:1.36\n    command: ['sleep', '3600']\n");
    h.server.advance(20_000);
  });
  afterAll(() => h?.close());

  it('negotiates v4.channel.k8s.io, answers a ping, streams output and ends with the status and a close', async () => {
    const socket = connect(h.server.port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (d: Buffer) => received.push(d));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(
      'GET /api/v1/namespaces/default/pods/box/exec?command=sh&command=-c&command=echo%20out%3B%20echo%20err%20%3E%262%3B%20exit%202&container=main&stdout=true&stderr=true HTTP/1.1\r\n' +
        'Host: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: v4.channel.k8s.io\r\n\r\n',
    );
    socket.write(clientFrame(OPCODE.ping, Buffer.from('hi')));
    await h.until(() => Buffer.concat(received).includes(Buffer.from([0x88])));
    socket.write(clientFrame(OPCODE.close, Buffer.from([0x03, 0xe8])));
    await closed;
    const all = Buffer.concat(received);
    const headEnd = all.indexOf('\r\n\r\n');
    const head = all.subarray(0, headEnd).toString();
    expect(head).toContain('HTTP/1.1 101 Switching Protocols');
    expect(head).toContain('Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    expect(head).toContain('Sec-WebSocket-Protocol: v4.channel.k8s.io');
    const frames = new FrameParser().push(all.subarray(headEnd + 4));
    expect(frames[0]).toMatchObject({ opcode: OPCODE.pong });
    expect(frames[0]!.payload.toString()).toBe('hi');
    const data = frames.filter((f) => f.opcode === OPCODE.binary).map((f) => [f.payload[0], f.payload.subarray(1).toString()]);
    expect(data).toEqual([
      [1, 'out\n'],
      [2, 'err\n'],
      [3, JSON.stringify({ metadata: {}, status: 'Failure', message: 'command terminated with non-zero exit code: error executing command [sh -c echo out; echo err >&2; exit 2], exit code 2', reason: 'NonZeroExitCode', details: { causes: [{ reason: 'ExitCode', message: '2' }] } })],
    ]);
    expect(frames[frames.length - 1]).toMatchObject({ opcode: OPCODE.close });
  });

  /** A v5 session: the request, then `send` frames; returns the data frames as [channel, text]. */
  async function v5Session(query: string, send: Buffer[]): Promise<Array<[number, string]>> {
    const socket = connect(h.server.port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (d: Buffer) => received.push(d));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(
      `GET /api/v1/namespaces/default/pods/box/exec?${query} HTTP/1.1\r\n` +
        'Host: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: v5.channel.k8s.io\r\n\r\n',
    );
    for (const payload of send) socket.write(clientFrame(OPCODE.binary, payload));
    await h.until(() => Buffer.concat(received).includes(Buffer.from([0x88])));
    socket.write(clientFrame(OPCODE.close, Buffer.from([0x03, 0xe8])));
    await closed;
    const all = Buffer.concat(received);
    const frames = new FrameParser().push(all.subarray(all.indexOf('\r\n\r\n') + 4));
    return frames.filter((f) => f.opcode === OPCODE.binary).map((f) => [f.payload[0]!, f.payload.subarray(1).toString()]);
  }

  it('v5 with stdin: collects channel 0 until the client closes it, then runs the command on it', async () => {
    const frames = await v5Session('command=wc&command=-c&container=main&stdin=true&stdout=true&stderr=true', [
      Buffer.from([0, ...Buffer.from('abc')]),
      Buffer.from([4, ...Buffer.from('{"Width":80,"Height":24}')]),
      Buffer.from([0, ...Buffer.from('defg\n')]),
      Buffer.from([255, 0]),
    ]);
    expect(frames).toEqual([
      [1, '8\n'],
      [3, JSON.stringify({ metadata: {}, status: 'Success' })],
    ]);
  });

  it('an interactive terminal (stdin and tty) is refused with a Status that says so', async () => {
    const frames = await v5Session('command=sh&container=main&stdin=true&stdout=true&tty=true', []);
    expect(frames).toHaveLength(1);
    expect(frames[0]![0]).toBe(3);
    expect(JSON.parse(frames[0]![1])).toMatchObject({ status: 'Failure', message: expect.stringContaining('does not simulate interactive terminals') });
  });

  it('refuses the upgrade with a Status when the pod does not exist or no subprotocol fits', async () => {
    const ask = (path: string, protocol: string) =>
      new Promise<string>((resolve) => {
        const socket = connect(h.server.port, '127.0.0.1');
        let text = '';
        socket.on('data', (d: Buffer) => (text += d.toString()));
        socket.on('close', () => resolve(text));
        socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`);
      });
    const missing = await ask('/api/v1/namespaces/default/pods/ghost/exec?command=ls', 'v5.channel.k8s.io');
    expect(missing).toMatch(/^HTTP\/1\.1 404 Not Found\r\n/);
    expect(missing).toContain('"message":"pods \\"ghost\\" not found"');
    const old = await ask('/api/v1/namespaces/default/pods/box/exec?command=ls', 'channel.k8s.io');
    expect(old).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
  });
});
