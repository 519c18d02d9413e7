// A problem with the cluster itself (not with one lesson): coded, one line, the same for every
// lesson that tries to use the cluster.
import type { CodeInfo } from '../../diagnostics.js';

export class ClusterError extends Error {
  override readonly name = 'ClusterError';
  constructor(
    readonly info: CodeInfo,
    message: string,
  ) {
    super(message);
  }
}
