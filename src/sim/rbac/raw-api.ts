// The API server behind a user's authorizing view: what the authorizer itself reads (the RBAC
// objects are read by the server, not by the user whose request it judges).
import type { ApiServer } from '../api/api-server.js';

export const RAW_API = Symbol('raw api');

export function rawApi(api: ApiServer): ApiServer {
  return (api as unknown as { [RAW_API]?: ApiServer })[RAW_API] ?? api;
}
