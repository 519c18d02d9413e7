// A terminated container's message (kuberuntime_container.go getTerminationMessage and
// readLastStringFromContainerLogs): the last 4096 bytes of the file at terminationMessagePath,
// or, with FallbackToLogsOnError, when that file is empty and the container failed, the last 80
// log lines capped to their last 2048 bytes.
import type { Container } from '../api/types.js';
import type { ContainerInstance } from '../runtime/container-instance.js';

const MAX_MESSAGE_BYTES = 4 * 1024;
const MAX_LOG_BYTES = 2 * 1024;
const MAX_LOG_LINES = 80;

function lastBytes(text: string, n: number): string {
  const bytes = new TextEncoder().encode(text);
  return bytes.length <= n ? text : new TextDecoder().decode(bytes.slice(bytes.length - n));
}

export const DEFAULT_TERMINATION_MESSAGE_PATH = '/dev/termination-log';

export function terminationMessage(instance: ContainerInstance, container: Container, exitCode: number): string | undefined {
  const path = container.terminationMessagePath || DEFAULT_TERMINATION_MESSAGE_PATH;
  let message = '';
  try {
    message = lastBytes(instance.fs.readFile(path), MAX_MESSAGE_BYTES);
  } catch {
    message = '';
  }
  if (message === '' && container.terminationMessagePolicy === 'FallbackToLogsOnError' && exitCode !== 0) {
    message = lastBytes(instance.log.render({ tailLines: MAX_LOG_LINES }), MAX_LOG_BYTES);
  }
  return message === '' ? undefined : message;
}
