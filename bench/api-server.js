// The API server part of the bench: requests per second for `get pods` (as a Table) on a cluster
// of 1,000 pods, and the real kubectl's per-command time against the server. Filled in once the
// HTTP API server exists (issue 4); until then it says so.
import { existsSync } from 'node:fs';

export async function benchApiServer(log) {
  const serverModule = new URL('../lib/server/index.js', import.meta.url);
  if (!existsSync(serverModule)) {
    log('api server: not built (lib/server/index.js missing); skipped');
    return;
  }
  const { runApiServerBench } = await import(serverModule.href);
  await runApiServerBench(log);
}
