// describeLimitRange and describeLimitRangeSpec (staging/src/k8s.io/kubectl/pkg/describe/describe.go):
// one row per item and resource, `-` where a list does not name the resource.
import type { LimitRange, LimitRangeItem } from '../../api/policy-types.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { canonicalQuantity } from '../../core/quantity.js';
import { LEVEL_0, type PrefixWriter } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

/** describeLimitRangeSpec: the rows of every item, each line starting with `prefix`. */
export function writeLimitRangeItems(w: PrefixWriter, items: readonly LimitRangeItem[] | null | undefined, prefix: string): void {
  for (const item of items ?? []) {
    const lists = [item.min, item.max, item.defaultRequest, item.default, item.maxLimitRequestRatio];
    // kubectl ranges over a Go map of the item's resource names here, so with several resources
    // in one item the real row order changes from run to run; kindling sorts them by name.
    const names = sortGoStrings(new Set(lists.flatMap((l) => Object.keys(l ?? {}))));
    for (const name of names) {
      const cells = lists.map((l) => (l?.[name] !== undefined ? canonicalQuantity(l[name]) : '-'));
      w.write(LEVEL_0, `${prefix}${item.type}\t${name}\t${cells.join('\t')}\n`);
    }
  }
}

/** `kubectl describe limitrange`: no labels, annotations or events. */
export function describeLimitRange(lr: LimitRange): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${lr.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${lr.metadata.namespace ?? ''}\n`);
    w.write(LEVEL_0, 'Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
    w.write(LEVEL_0, '----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
    writeLimitRangeItems(w, lr.spec?.limits, '');
  });
}
