// describeServiceAccount (describe.go): image pull secrets, mountable secrets and token secrets,
// marking referenced secrets that do not exist as `(not found)`.
import type { Event, Secret, ServiceAccount } from '../../api/types.js';
import type { DescribeOptions } from './describe-pod.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { LEVEL_0 } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

type ServiceAccountX = ServiceAccount & { imagePullSecrets?: Array<{ name: string }> };

/**
 * `kubectl describe serviceaccount`. `secrets` is the namespace's secret list kubectl fetched
 * (undefined when listing failed: nothing is then marked missing and no tokens are found).
 */
export function describeServiceAccount(
  serviceAccount: ServiceAccount,
  secrets: readonly Secret[] | undefined,
  events: readonly Event[],
  options: DescribeOptions,
): string {
  const sa = serviceAccount as ServiceAccountX;
  const tokens: string[] = [];
  const missing = new Set<string>();
  if (secrets) {
    const existing = new Set<string>();
    for (const s of secrets) {
      if (s.type === 'kubernetes.io/service-account-token') {
        const name = s.metadata.annotations?.['kubernetes.io/service-account.name'];
        const uid = s.metadata.annotations?.['kubernetes.io/service-account.uid'];
        if (name === sa.metadata.name && uid === (sa.metadata.uid ?? '')) tokens.push(s.metadata.name);
      }
      existing.add(s.metadata.name);
    }
    for (const s of [...(sa.secrets ?? []), ...(sa.imagePullSecrets ?? [])]) if (!existing.has(s.name)) missing.add(s.name);
  }
  const sections: Array<[string, string[]]> = [
    ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s) => s.name)],
    ['Mountable secrets: ', (sa.secrets ?? []).map((s) => s.name)],
    ['Tokens:            ', tokens],
  ];
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${sa.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${sa.metadata.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', sa.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', sa.metadata.annotations);
    for (const [header, names] of sections) {
      if (names.length === 0) {
        w.write(LEVEL_0, `${header}\t<none>\n`);
        continue;
      }
      let prefix = header;
      for (const name of names) {
        w.write(LEVEL_0, `${prefix}\t${name}${missing.has(name) ? ' (not found)' : ''}\n`);
        prefix = '                   ';
      }
    }
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
