// Go's net.JoinHostPort: IPv6 hosts (containing a colon) are bracketed.

/** Joins a host and port as `host:port`, or `[host]:port` for IPv6. */
export function joinHostPort(host: string, port: number | string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
