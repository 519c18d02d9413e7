// Requests and responses between simulated processes: enough HTTP for wget and curl-like tools.

export interface HttpRequest {
  method: string;
  path: string;
  host: string;
  clientIP: string;
  userAgent: string;
  /** The client's source port, for servers that log `ip:port`. */
  clientPort?: number;
  /** Every header the client sent, lower-case names (echo servers print them). */
  headers?: Record<string, string>;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  body: string;
  headers: Record<string, string>;
  /** How long the server takes to answer (queueing and CPU time, cpu-work-queue.ts); clients wait for it. */
  latencyMs?: number;
}

/** Something listening on a port inside a pod (nginx, http-echo...). */
export interface Listener {
  serve(request: HttpRequest, now: number): HttpResponse;
  /**
   * The listener speaks gRPC and implements grpc.health.v1.Health (etcd, agnhost
   * grpc-health-checking): what its Check answers for the overall server (service ""). Unset: not
   * gRPC, so a gRPC probe fails as it does against a plain HTTP or TCP server.
   */
  grpcHealth?(now: number): 'SERVING' | 'NOT_SERVING';
}

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  417: 'Expectation Failed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function response(status: number, body: string, headers: Record<string, string> = {}): HttpResponse {
  return { status, statusText: STATUS_TEXT[status] ?? 'Unknown', body, headers: { 'Content-Length': String(new TextEncoder().encode(body).length), ...headers } };
}

/** The headers a request carried: the explicit ones, or those implied by host and user agent. */
export function requestHeaders(req: HttpRequest): Record<string, string> {
  return req.headers ?? { host: req.host, 'user-agent': req.userAgent };
}

/** A client's ephemeral source port: deterministic, in Linux's default range (32768-60999). */
export function ephemeralPort(clientIP: string, now: number): number {
  let h = now % 28232;
  for (const c of clientIP) h = (h * 31 + c.charCodeAt(0)) % 28232;
  return 32768 + h;
}
