// PriorityClasses as the API server prints them (printers.go printPriorityClass): NAME, VALUE,
// GLOBAL-DEFAULT, AGE, PREEMPTIONPOLICY.
import type { PriorityClass } from '../../api/priority-class-types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const priorityClassTable: TableHandler<PriorityClass> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Value', 'integer', 'value represents the integer value of this priority class. This is the actual priority that pods receive when they have the name of this class in their pod spec.'),
    column(
      'Global-Default',
      'boolean',
      'globalDefault specifies whether this PriorityClass should be considered as the default priority for pods that do not have any priority class. Only one PriorityClass can be marked as `globalDefault`. However, if more than one PriorityClasses exists with their `globalDefault` field set to true, the smallest value of such global default PriorityClasses will be used as the default priority.',
    ),
    column('Age', 'string', DOCS.metaCreationTimestamp),
    column('PreemptionPolicy', 'string', 'preemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset.'),
  ],
  cells: (pc, now) => [pc.metadata.name, pc.value ?? 0, pc.globalDefault === true, translateTimestampSince(pc.metadata.creationTimestamp, now), pc.preemptionPolicy ?? ''],
};
