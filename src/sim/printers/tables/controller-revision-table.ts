// printControllerRevision (printers.go): CONTROLLER as `<kind>.<group>/<name>` of its controller
// (`<none>` without one), REVISION, AGE.
import type { ControllerRevision } from '../../api/statefulset-types.js';
import { DOCS } from './column-docs.js';
import { column, type TableHandler } from './table-types.js';
import { translateTimestampSince } from './time-format.js';

export const controllerRevisionTable: TableHandler<ControllerRevision> = {
  columns: [
    column('Name', 'string', DOCS.metaName, { format: 'name' }),
    column('Controller', 'string', 'Controller of the object'),
    column('Revision', 'string', 'Revision indicates the revision of the state represented by Data.'),
    column('Age', 'string', DOCS.metaCreationTimestamp),
  ],
  cells(r, now) {
    const ref = r.metadata.ownerReferences?.find((o) => o.controller);
    let controller = '<none>';
    if (ref) {
      const group = ref.apiVersion.includes('/') ? ref.apiVersion.slice(0, ref.apiVersion.indexOf('/')) : '';
      controller = `${ref.kind.toLowerCase()}${group ? `.${group}` : ''}/${ref.name}`;
    }
    return [r.metadata.name, controller, r.revision, translateTimestampSince(r.metadata.creationTimestamp, now)];
  },
};
