// The channel open preview pages listen on (Server-Sent Events at /_kindling/events): one
// `reload` message per rebuild that changed what the site shows.
import type { IncomingMessage, ServerResponse } from 'node:http';

export class ReloadChannel {
  readonly #clients = new Set<ServerResponse>();
  /** Reloads sent since start (each to every open page). */
  sent = 0;

  /** Keeps the response open as an event stream until the page goes away; first says which build is current. */
  attach(req: IncomingMessage, res: ServerResponse, generation: number): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    res.write(`event: hello\ndata: ${generation}\n\n`);
    this.#clients.add(res);
    req.on('close', () => this.#clients.delete(res));
  }

  reload(): void {
    this.sent++;
    for (const client of this.#clients) client.write('data: reload\n\n');
  }

  close(): void {
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}
