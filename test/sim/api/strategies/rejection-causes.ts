// The `field: message` causes of a write the API server rejects as invalid.
import { StatusError } from '../../../../src/sim/api/status-error.js';

export function rejectionCauses(write: () => unknown): string[] {
  try {
    write();
  } catch (e) {
    if (e instanceof StatusError) return (e.status.details?.causes ?? []).map((c) => `${c.field}: ${c.message}`);
    throw e;
  }
  throw new Error('the write was accepted');
}
