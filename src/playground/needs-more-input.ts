// Whether the lines typed so far are a whole command, as an interactive bash decides before it
// runs anything: an open quote, an unfinished `if`/`for`/`{`, a here-document without its
// delimiter line (`cat <<EOF` ... `EOF`) or a trailing backslash ask for another line (`> `).
import { parseScript } from '../sim/index.js';

export function needsMoreInput(text: string): boolean {
  const trailing = /\\+$/.exec(text);
  if (trailing && trailing[0].length % 2 === 1) return true;
  const script = parseScript(`${text}\n`, 'bash');
  if (script.error && (script.error.kind === 'eof' || script.error.kind === 'unterminated')) return true;
  return script.commands.some((command) => (command.warnings?.length ?? 0) > 0);
}
