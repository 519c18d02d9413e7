// ConfigMapDescriber (describe.go): each data key with its value under a `----` rule, then the
// binary data sizes, then events.
import type { ConfigMap, Event } from '../../api/types.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import type { DescribeOptions } from './describe-pod.js';
import { describeEvents } from './events.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { LEVEL_0 } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

/** The number of bytes a base64 string decodes to. */
export function base64DecodedLength(b64: string): number {
  const clean = b64.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

/** `kubectl describe configmap` (kubectl 1.32 prints keys in Go map order, which varies; newer kubectl and kindling sort them). */
export function describeConfigMap(cm: ConfigMap, events: readonly Event[], options: DescribeOptions): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${cm.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${cm.metadata.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', cm.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', cm.metadata.annotations);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of sortGoStrings(Object.keys(cm.data ?? {}))) {
      w.write(LEVEL_0, `${k}:\n----\n`);
      w.write(LEVEL_0, `${cm.data?.[k] ?? ''}\n`);
      w.write(LEVEL_0, '\n');
    }
    w.write(LEVEL_0, '\nBinaryData\n====\n');
    for (const k of sortGoStrings(Object.keys(cm.binaryData ?? {}))) {
      w.write(LEVEL_0, `${k}: ${base64DecodedLength(cm.binaryData?.[k] ?? '')} bytes\n`);
    }
    w.write(LEVEL_0, '\n');
    if (options.showEvents !== false) describeEvents(events, w, options.now);
  });
}
