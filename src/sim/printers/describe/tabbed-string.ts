// tabbedString (describe.go): describe output is written through Go's text/tabwriter with
// minwidth 0, tabwidth 8, padding 2, padchar ' ' and no flags, then returned as a string.
import { TabWriter } from '../tabwriter.js';
import { PrefixWriter } from './prefix-writer.js';

/** Runs a describer body against a PrefixWriter and returns the aligned text. */
export function tabbedString(body: (w: PrefixWriter) => void): string {
  let out = '';
  const tw = new TabWriter({ minwidth: 0, tabwidth: 8, padding: 2 }, (chunk) => {
    out += chunk;
  });
  body(new PrefixWriter(tw));
  tw.flush();
  return out;
}
