// Server-side printing: builds the meta.k8s.io/v1 Table the API server returns for a list or get
// with `Accept: ...;as=Table`, dispatching on the object's kind (printers.go AddHandlers).
import type { KubeObject } from '../../api/types.js';
import { apiServiceTable } from './apiservice-table.js';
import { configMapTable } from './config-map-table.js';
import { daemonSetTable } from './daemon-set-table.js';
import { defaultTable } from './default-table.js';
import { deploymentTable } from './deployment-table.js';
import { endpointSliceTable } from './endpoint-slice-table.js';
import { endpointsTable } from './endpoints-table.js';
import { eventTable } from './event-table.js';
import { cronJobTable } from './cronjob-table.js';
import { hpaTable } from './hpa-table.js';
import { jobTable } from './job-table.js';
import { namespaceTable } from './namespace-table.js';
import { nodeTable } from './node-table.js';
import { podTable } from './pod-table.js';
import { priorityClassTable } from './priority-class-table.js';
import { clusterRoleBindingTable, roleBindingTable } from './rbac-tables.js';
import { replicaSetTable } from './replica-set-table.js';
import { resourceQuotaTable } from './resource-quota-table.js';
import { runtimeClassTable } from './runtime-class-table.js';
import { secretTable } from './secret-table.js';
import { serviceAccountTable } from './service-account-table.js';
import { serviceTable } from './service-table.js';
import { statefulSetTable } from './stateful-set-table.js';
import { controllerRevisionTable } from './controller-revision-table.js';
import { persistentVolumeClaimTable, persistentVolumeTable, storageClassTable } from './storage-tables.js';
import type { BuildTableOptions, Table, TableHandler, TableRow } from './table-types.js';

/** The table printers by kind; kinds not listed get the API server's default (NAME, CREATED AT). */
export const tableHandlers: Readonly<Record<string, TableHandler>> = {
  Pod: podTable as unknown as TableHandler,
  Service: serviceTable as unknown as TableHandler,
  Endpoints: endpointsTable as unknown as TableHandler,
  EndpointSlice: endpointSliceTable as unknown as TableHandler,
  Event: eventTable as unknown as TableHandler,
  Node: nodeTable as unknown as TableHandler,
  Namespace: namespaceTable as unknown as TableHandler,
  ServiceAccount: serviceAccountTable as unknown as TableHandler,
  ConfigMap: configMapTable as unknown as TableHandler,
  Secret: secretTable as unknown as TableHandler,
  Deployment: deploymentTable as unknown as TableHandler,
  ReplicaSet: replicaSetTable as unknown as TableHandler,
  DaemonSet: daemonSetTable as unknown as TableHandler,
  Job: jobTable as unknown as TableHandler,
  CronJob: cronJobTable as unknown as TableHandler,
  ResourceQuota: resourceQuotaTable as unknown as TableHandler,
  APIService: apiServiceTable as unknown as TableHandler,
  RuntimeClass: runtimeClassTable as unknown as TableHandler,
  StatefulSet: statefulSetTable as unknown as TableHandler,
  ControllerRevision: controllerRevisionTable as unknown as TableHandler,
  PersistentVolume: persistentVolumeTable as unknown as TableHandler,
  PersistentVolumeClaim: persistentVolumeClaimTable as unknown as TableHandler,
  StorageClass: storageClassTable as unknown as TableHandler,
  HorizontalPodAutoscaler: hpaTable as unknown as TableHandler,
  RoleBinding: roleBindingTable as unknown as TableHandler,
  ClusterRoleBinding: clusterRoleBindingTable as unknown as TableHandler,
  PriorityClass: priorityClassTable as unknown as TableHandler,
};

/** Whether `handler` is the API server's default convertor (whose empty rows encode as null). */
export function isDefaultTable(handler: TableHandler): boolean {
  return handler === defaultTable;
}

/** The handler the API server uses for a kind. */
export function tableHandlerFor(kind: string): TableHandler {
  return tableHandlers[kind] ?? defaultTable;
}

/** A row's object as `?includeObject=` asks for it (PartialObjectMetadata by default). */
export function rowObject(obj: KubeObject, include: BuildTableOptions['includeObject']): TableRow['object'] {
  switch (include ?? 'Metadata') {
    case 'None':
      return null;
    case 'Object':
      return obj;
    default:
      return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: { ...obj.metadata } };
  }
}

/** One object's row: its cells at `options.now`, its conditions, and its object as `includeObject` asks. */
export function tableRow(handler: TableHandler, obj: KubeObject, options: Pick<BuildTableOptions, 'now' | 'includeObject'>): TableRow {
  const cells = handler.cells(obj, options.now);
  const object = rowObject(obj, options.includeObject);
  const conditions = handler.conditions?.(obj);
  return conditions ? { cells, conditions, object } : { cells, object };
}

/**
 * Builds the Table for objects of one kind (a list, or a single get). Cells are generated as the
 * API server does, wide columns included; kubectl hides priority-1 columns unless `-o wide`.
 */
export function buildTable(kind: string, objects: readonly KubeObject[], options: BuildTableOptions): Table {
  const handler = tableHandlerFor(kind);
  const rows: TableRow[] = objects.map((obj) => tableRow(handler, obj, options));
  const metadata: Table['metadata'] = {};
  if (options.resourceVersion) metadata.resourceVersion = options.resourceVersion;
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata,
    columnDefinitions: options.noHeaders ? null : handler.columns.map((c) => ({ ...c })),
    // The default convertor appends to a nil slice, which encodes as null when nothing was listed.
    rows: rows.length === 0 && isDefaultTable(handler) ? null : rows,
  };
}
