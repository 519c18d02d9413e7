// describeQuota (staging/src/k8s.io/kubectl/pkg/describe/describe.go): name, namespace, the scopes
// with their help texts, then Used and Hard for each resource of status.hard (empty until the
// quota controller fills the status). A used quantity in another format than its hard one is
// printed in the hard one's format, rounded up to whole units. No labels, annotations or events.
import type { ResourceQuota } from '../../api/policy-types.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { formatQuantity, parseQuantity, quantityOf, quantityValue } from '../../core/quantity.js';
import { LEVEL_0, type PrefixWriter } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

/** helpTextForResourceQuotaScope; other scopes have none. */
const SCOPE_HELP: Readonly<Record<string, string>> = {
  Terminating: 'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating: 'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort: 'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort: 'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

/** The `Scopes:` line and a help line per scope, as describeQuota and DescribeResourceQuotas write them at `level`. */
export function writeQuotaScopes(w: PrefixWriter, level: number, scopes: readonly string[] | undefined, bullet: string): void {
  if (!scopes || scopes.length === 0) return;
  const sorted = sortGoStrings(scopes);
  w.write(level, `Scopes:\t${sorted.join(', ')}\n`);
  for (const scope of sorted) if (SCOPE_HELP[scope]) w.write(level, `${bullet}${SCOPE_HELP[scope]}\n`);
}

/** `usedQuantity = *resource.NewQuantity(usedQuantity.Value(), hardQuantity.Format)` when the formats differ. */
function usedInHardFormat(used: string | undefined, hard: string): string {
  const hardQ = quantityOf(hard);
  const usedQ = used === undefined ? undefined : parseQuantity(used);
  // A missing entry is the zero Quantity, whose empty Format always differs: it prints "0" either way.
  if (usedQ && usedQ.format === hardQ.format) return formatQuantity(usedQ);
  return formatQuantity({ nano: BigInt(usedQ ? quantityValue(usedQ) : 0) * 1_000_000_000n, format: hardQ.format });
}

/** `kubectl describe resourcequota`. */
export function describeResourceQuota(rq: ResourceQuota): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${rq.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${rq.metadata.namespace ?? ''}\n`);
    writeQuotaScopes(w, LEVEL_0, rq.spec?.scopes, ' * ');
    w.write(LEVEL_0, 'Resource\tUsed\tHard\n');
    w.write(LEVEL_0, '--------\t----\t----\n');
    const hard = rq.status?.hard ?? {};
    for (const name of sortGoStrings(Object.keys(hard))) {
      const hardText = hard[name] ?? '0';
      w.write(LEVEL_0, `${name}\t${usedInHardFormat(rq.status?.used?.[name], hardText)}\t${formatQuantity(quantityOf(hardText))}\n`);
    }
  });
}
