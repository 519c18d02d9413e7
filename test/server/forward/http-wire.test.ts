// HTTP/1.x requests cut from a tunnel's bytes, and responses written back.
import { describe, expect, it } from 'vitest';
import { takeRequest, writeResponse } from '../../../src/server/forward/http-wire.js';
import { response } from '../../../src/sim/runtime/http.js';

describe('HTTP on the wire', () => {
  it('takes one complete request at a time, with its body, leaving the rest', () => {
    const raw = Buffer.from('POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nUser-Agent: t\r\n\r\nabcGET /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c');
    const one = takeRequest(raw, '127.0.0.1', 0);
    if (typeof one === 'string') throw new Error(one);
    expect(one.taken.request).toMatchObject({ method: 'POST', path: '/a', host: 'x', userAgent: 't', clientIP: '127.0.0.1' });
    const two = takeRequest(one.rest, '127.0.0.1', 0);
    if (typeof two === 'string') throw new Error(two);
    expect(two.taken).toMatchObject({ request: { method: 'GET', path: '/b' }, close: false });
    expect(takeRequest(two.rest, '127.0.0.1', 0)).toBe('incomplete');
    expect(takeRequest(Buffer.from('\x16\x03\x01 binary\r\n\r\n'), '127.0.0.1', 0)).toBe('invalid');
  });

  it('knows when the client asks the server to close', () => {
    const close = takeRequest(Buffer.from('GET / HTTP/1.1\r\nConnection: close\r\n\r\n'), '127.0.0.1', 0);
    const old = takeRequest(Buffer.from('GET / HTTP/1.0\r\n\r\n'), '127.0.0.1', 0);
    expect(typeof close !== 'string' && close.taken.close).toBe(true);
    expect(typeof old !== 'string' && old.taken.close).toBe(true);
  });

  it('writes the status line, the headers and the body (none for HEAD)', () => {
    const res = response(200, 'hi\n', { Server: 'nginx/1.27.5' });
    expect(writeResponse(res, 'GET').toString()).toBe('HTTP/1.1 200 OK\r\nContent-Length: 3\r\nServer: nginx/1.27.5\r\n\r\nhi\n');
    expect(writeResponse(res, 'HEAD').toString()).toBe('HTTP/1.1 200 OK\r\nContent-Length: 3\r\nServer: nginx/1.27.5\r\n\r\n');
  });
});
