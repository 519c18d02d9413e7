// describeNamespace (describe.go): status and conditions, then the namespace's resource quotas
// and limit ranges ("No resource quota." / "No LimitRange resource." when there are none).
import type { LimitRange, ResourceQuota } from '../../api/policy-types.js';
import type { Namespace } from '../../api/types.js';
import { compareGoStrings, sortGoStrings } from '../../core/text/go-strings.js';
import { canonicalQuantity } from '../../core/quantity.js';
import { formatRfc1123z } from '../tables/time-format.js';
import { goSortSlice } from '../go-sort.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { writeLimitRangeItems } from './describe-limit-range.js';
import { writeQuotaScopes } from './describe-resource-quota.js';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

type NamespaceX = Namespace & {
  status: Namespace['status'] & { conditions?: Array<{ type: string; status: string; lastTransitionTime?: string; reason?: string; message?: string }> };
};

function describeResourceQuotas(quotas: readonly ResourceQuota[], w: PrefixWriter): void {
  if (quotas.length === 0) {
    w.write(LEVEL_0, 'No resource quota.\n');
    return;
  }
  w.write(LEVEL_0, 'Resource Quotas\n');
  for (const q of goSortSlice(quotas, (a, b) => compareGoStrings(a.metadata.name, b.metadata.name) < 0)) {
    w.write(LEVEL_1, `Name:\t${q.metadata.name}\n`);
    writeQuotaScopes(w, LEVEL_1, q.spec?.scopes, '* ');
    w.write(LEVEL_1, 'Resource\tUsed\tHard\n');
    w.write(LEVEL_1, '--------\t---\t---\n');
    const hard = q.status?.hard ?? {};
    for (const name of sortGoStrings(Object.keys(hard))) {
      w.write(LEVEL_1, `${name}\t${canonicalQuantity(q.status?.used?.[name] ?? '0')}\t${canonicalQuantity(hard[name] ?? '')}\n`);
    }
  }
}

function describeLimitRanges(ranges: readonly LimitRange[], w: PrefixWriter): void {
  if (ranges.length === 0) {
    w.write(LEVEL_0, 'No LimitRange resource.\n');
    return;
  }
  w.write(LEVEL_0, 'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
  w.write(LEVEL_0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
  for (const lr of ranges) writeLimitRangeItems(w, lr.spec?.limits, ' ');
}

export interface DescribeNamespaceInputs {
  /** The namespace's ResourceQuotas; null when the server has no such resource (the section is left out). */
  resourceQuotas?: readonly ResourceQuota[] | null;
  /** The namespace's LimitRanges; null when the server has no such resource. */
  limitRanges?: readonly LimitRange[] | null;
}

/** `kubectl describe namespace`. */
export function describeNamespace(namespace: Namespace, inputs: DescribeNamespaceInputs = {}): string {
  const ns = namespace as NamespaceX;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ns.metadata.name}\n`);
    printLabelsMultiline(w, 'Labels', ns.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ns.metadata.annotations);
    w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
    const conditions = ns.status?.conditions ?? [];
    if (conditions.length > 0) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
      for (const c of conditions) {
        w.write(LEVEL_1, `${c.type}\t${c.status}\t${formatRfc1123z(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
      }
    }
    if (inputs.resourceQuotas !== null) {
      w.write(LEVEL_0, '\n');
      describeResourceQuotas(inputs.resourceQuotas ?? [], w);
    }
    if (inputs.limitRanges !== null) {
      w.write(LEVEL_0, '\n');
      describeLimitRanges(inputs.limitRanges ?? [], w);
    }
  });
}
