// Go's encoding/pem Decode (pem.go), on the simulator's text: the next `-----BEGIN TYPE-----`
// block whose END line matches and whose body is valid base64, and the input after it. A block
// that fails any check is passed over and the search goes on after its BEGIN line.
import { base64Error } from '../../api/schema/base64.js';
import { goTrimSpace } from '../../core/text/go-strings.js';

export interface PemBlock {
  type: string;
  headers: Record<string, string>;
  /** The body as base64 text (spaces and tabs removed); the simulator never needs its bytes. */
  base64: string;
}

const BEGIN = '\n-----BEGIN ';
const END = '\n-----END ';
const END_OF_LINE = '-----';

/** getLine: the first line without trailing blanks or its `\r\n` / `\n`, and the rest. */
function getLine(data: string): [string, string] {
  let i = data.indexOf('\n');
  let j: number;
  if (i < 0) {
    i = data.length;
    j = i;
  } else {
    j = i + 1;
    if (i > 0 && data[i - 1] === '\r') i--;
  }
  return [data.slice(0, i).replace(/[ \t]+$/, ''), data.slice(j)];
}

export function decodePem(data: string): { block?: PemBlock; rest: string } {
  let rest = data;
  for (;;) {
    // At the very start of the input the BEGIN line needs no newline before it.
    if (rest.startsWith(BEGIN.slice(1))) rest = rest.slice(BEGIN.length - 1);
    else {
      const at = rest.indexOf(BEGIN);
      if (at < 0) return { rest: data };
      rest = rest.slice(at + BEGIN.length);
    }
    let typeLine: string;
    [typeLine, rest] = getLine(rest);
    if (!typeLine.endsWith(END_OF_LINE)) continue;
    typeLine = typeLine.slice(0, -END_OF_LINE.length);
    const headers: Record<string, string> = {};
    for (;;) {
      if (rest.length === 0) return { rest: data };
      const [line, next] = getLine(rest);
      const colon = line.indexOf(':');
      if (colon < 0) break;
      headers[goTrimSpace(line.slice(0, colon))] = goTrimSpace(line.slice(colon + 1));
      rest = next;
    }
    // Without headers the END line may come at once, with no newline before it.
    let endIndex: number;
    let endTrailerIndex: number;
    if (Object.keys(headers).length === 0 && rest.startsWith(END.slice(1))) {
      endIndex = 0;
      endTrailerIndex = END.length - 1;
    } else {
      endIndex = rest.indexOf(END);
      endTrailerIndex = endIndex + END.length;
    }
    if (endIndex < 0) continue;
    // The END line names the same type, ends in five dashes, and has nothing after but blanks.
    const trailerLength = typeLine.length + END_OF_LINE.length;
    const afterEnd = rest.slice(endTrailerIndex);
    if (afterEnd.length < trailerLength) continue;
    const trailer = afterEnd.slice(0, trailerLength);
    if (!trailer.startsWith(typeLine) || !trailer.endsWith(END_OF_LINE)) continue;
    if (getLine(afterEnd.slice(trailerLength))[0].length !== 0) continue;
    const base64 = rest.slice(0, endIndex).replace(/[ \t]/g, '');
    if (base64Error(base64) !== undefined) continue;
    return { block: { type: typeLine, headers, base64 }, rest: getLine(rest.slice(endIndex + END.length - 1))[1] };
  }
}
