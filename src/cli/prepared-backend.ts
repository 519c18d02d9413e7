// Runs a command's lessons between the backend's run hooks: `prepare` first (check the cluster,
// create a kind cluster), `finish` always after (delete what the run created). A backend that
// cannot run anything is one coded line on stderr and exit 1, before any lesson starts.
import { BackendSetupError, finishBackends, prepareBackend } from '../backends/registry.js';
import type { RunSettings } from './common-options.js';
import type { Terminal } from './terminal.js';

export async function withPreparedBackend(command: string, settings: RunSettings, term: Terminal, run: () => Promise<number>): Promise<number> {
  try {
    try {
      await prepareBackend(settings.backend, settings.backendOptions);
    } catch (error) {
      if (!(error instanceof BackendSetupError)) throw error;
      term.err(`kindling ${command}: ${error.code} ${error.codeName}: ${error.message}\n`);
      return 1;
    }
    return await run();
  } finally {
    await finishBackends();
  }
}
