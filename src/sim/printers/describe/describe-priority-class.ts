// describePriorityClass (describe.go): value, global default, preemption policy, description,
// the annotations on one line, and events.
import type { PriorityClass } from '../../api/priority-class-types.js';
import type { Event } from '../../api/types.js';
import { formatLabels } from '../../api/labels.js';
import type { DescribeOptions } from './describe-pod.js';
import { describeEvents } from './events.js';
import { LEVEL_0 } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

export function describePriorityClass(pc: PriorityClass, events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${pc.metadata.name}\n`);
    w.write(LEVEL_0, `Value:\t${pc.value ?? 0}\n`);
    w.write(LEVEL_0, `GlobalDefault:\t${pc.globalDefault === true}\n`);
    w.write(LEVEL_0, `PreemptionPolicy:\t${pc.preemptionPolicy ?? ''}\n`);
    w.write(LEVEL_0, `Description:\t${pc.description ?? ''}\n`);
    w.write(LEVEL_0, `Annotations:\t${formatLabels(pc.metadata.annotations)}\n`);
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
