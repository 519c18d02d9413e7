// `-o json`: cli-runtime's JSONPrinter, json.MarshalIndent(obj, "", "    ") plus a newline.
import { marshalGoJsonIndent } from './go-json.js';

/** The `kubectl get -o json` text of one object (or of a List from toList). */
export function printJson(obj: unknown): string {
  return `${marshalGoJsonIndent(obj, '    ')}\n`;
}
