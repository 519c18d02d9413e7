// Describers for the simple kinds (ConfigMap, Secret, Namespace, ServiceAccount, and a plain one
// for the rest), in kubectl's layout (describe.go).
import type { ConfigMap, Event, KubeObject, Namespace, Secret, ServiceAccount } from '../../api/types.js';
import { base64Decode } from '../../api/strategies/generic-strategy.js';
import { describeEvents } from '../print/describe/events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from '../print/describe/multiline.js';
import { LEVEL_0, type PrefixWriter } from '../print/describe/prefix-writer.js';
import { tabbedString } from '../print/describe/tabbed-string.js';

interface Options {
  now: number;
  showEvents?: boolean;
}

function header(w: PrefixWriter, obj: KubeObject, namespaced = true): void {
  w.write(LEVEL_0, `Name:\t${obj.metadata.name}\n`);
  if (namespaced) w.write(LEVEL_0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', obj.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', obj.metadata.annotations);
}

function events(w: PrefixWriter, list: readonly Event[], options: Options): void {
  if (options.showEvents !== false) describeEvents(list, w, options.now);
}

function configMap(cm: ConfigMap, list: readonly Event[], options: Options): string {
  return tabbedString((w) => {
    header(w, cm);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const key of Object.keys(cm.data ?? {}).sort()) {
      w.write(LEVEL_0, `${key}:\n----\n`);
      w.write(LEVEL_0, `${cm.data![key]}\n`);
    }
    w.write(LEVEL_0, '\nBinaryData\n====\n');
    for (const key of Object.keys(cm.binaryData ?? {}).sort()) w.write(LEVEL_0, `${key}: ${atob(cm.binaryData![key]!).length} bytes\n`);
    w.write(LEVEL_0, '\n');
    events(w, list, options);
  });
}

function secret(s: Secret, list: readonly Event[], options: Options): string {
  void list;
  void options;
  return tabbedString((w) => {
    header(w, s);
    w.write(LEVEL_0, `\nType:\t${s.type ?? ''}\n`);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const key of Object.keys(s.data ?? {}).sort()) {
      w.write(LEVEL_0, `${key}:\t${new TextEncoder().encode(base64Decode(s.data![key]!)).length} bytes\n`);
    }
  });
}

function namespace(ns: Namespace): string {
  return tabbedString((w) => {
    header(w, ns, false);
    w.write(LEVEL_0, `Status:\t${ns.status?.phase ?? ''}\n`);
    w.write(LEVEL_0, '\nNo resource quota.\n');
    w.write(LEVEL_0, '\nNo LimitRange resource.\n');
  });
}

function serviceAccount(sa: ServiceAccount, list: readonly Event[], options: Options): string {
  return tabbedString((w) => {
    header(w, sa);
    w.write(LEVEL_0, 'Image pull secrets:\t<none>\n');
    w.write(LEVEL_0, `Mountable secrets: \t${(sa.secrets ?? []).map((s) => s.name).join(', ') || '<none>'}\n`);
    w.write(LEVEL_0, 'Tokens:            \t<none>\n');
    events(w, list, options);
  });
}

/** The describer for kinds without a dedicated one. */
export function describeGeneric(obj: KubeObject, list: readonly Event[], options: Options): string {
  switch (obj.kind) {
    case 'ConfigMap':
      return configMap(obj as ConfigMap, list, options);
    case 'Secret':
      return secret(obj as Secret, list, options);
    case 'Namespace':
      return namespace(obj as Namespace);
    case 'ServiceAccount':
      return serviceAccount(obj as ServiceAccount, list, options);
    default:
      return tabbedString((w) => {
        header(w, obj, obj.metadata.namespace !== undefined);
        events(w, list, options);
      });
  }
}
