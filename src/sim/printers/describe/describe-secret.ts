// describeSecret (describe.go): the type and each data key's size (a service account token's
// token is shown in full). Secrets have no events section.
import type { Secret } from '../../api/types.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { decodeUtf8 } from '../../core/text/utf8.js';
import { base64DecodedLength } from './describe-config-map.js';
import { printAnnotationsMultiline, printLabelsMultiline } from './multiline.js';
import { LEVEL_0 } from './prefix-writer.js';
import { tabbedString } from './tabbed-string.js';

function decodeBase64Text(b64: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of b64.replace(/[\s=]/g, '')) {
    const v = alphabet.indexOf(c);
    if (v < 0) continue;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return decodeUtf8(bytes);
}

/** `kubectl describe secret` (kubectl 1.32 prints keys in Go map order, which varies; kindling sorts them). */
export function describeSecret(secret: Secret): string {
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${secret.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${secret.metadata.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', secret.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', secret.metadata.annotations);
    w.write(LEVEL_0, `\nType:\t${secret.type ?? ''}\n`);
    w.write(LEVEL_0, '\nData\n====\n');
    for (const k of sortGoStrings(Object.keys(secret.data ?? {}))) {
      const v = secret.data?.[k] ?? '';
      if (k === 'token' && secret.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${k}:\t${decodeBase64Text(v)}\n`);
      else w.write(LEVEL_0, `${k}:\t${base64DecodedLength(v)} bytes\n`);
    }
  });
}
