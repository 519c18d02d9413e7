// Requests and responses between simulated processes: enough HTTP for wget and curl-like tools.

export interface HttpRequest {
  method: string;
  path: string;
  host: string;
  clientIP: string;
  userAgent: string;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  body: string;
  headers: Record<string, string>;
}

/** Something listening on a port inside a pod (nginx, http-echo...). */
export interface Listener {
  serve(request: HttpRequest, now: number): HttpResponse;
}

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export function response(status: number, body: string, headers: Record<string, string> = {}): HttpResponse {
  return { status, statusText: STATUS_TEXT[status] ?? 'Unknown', body, headers: { 'Content-Length': String(new TextEncoder().encode(body).length), ...headers } };
}
