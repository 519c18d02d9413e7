// How kubectl turns errors into text (cmd/util/helpers.go checkErr): API Status errors as
// `Error from server (Reason): message`, Invalid errors from their causes, several errors one per
// line, anything else as `error: ...`. Everything goes to stderr with exit code 1.
import { StatusError } from '../api/status-error.js';

/** An error kubectl prints and exits with. `text` is complete (ends with a newline). */
export class KubectlExit extends Error {
  override readonly name = 'KubectlExit';
  constructor(
    readonly text: string,
    readonly code = 1,
  ) {
    super(text);
  }
}

/** `error: <msg>` (unless it already starts so). */
export function plainError(message: string): KubectlExit {
  return new KubectlExit(`${message.startsWith('error: ') ? message : `error: ${message}`}\n`);
}

/** A usage error: the message, then where to find help. */
export function usageError(verb: string, message: string): KubectlExit {
  return new KubectlExit(`error: ${message}\nSee 'kubectl ${verb} -h' for help and examples\n`);
}

/** StandardErrorMessage for a Status error, with `error when <verb> "<source>": ` if given. */
export function standardMessage(e: StatusError, source?: { verb: string; file: string }): string {
  const s = e.status;
  const msg = source ? `error when ${source.verb} "${source.file}": ${s.message}` : s.message;
  if (s.reason === 'Unauthorized') return `error: You must be logged in to the server (${msg})`;
  return s.reason ? `Error from server (${s.reason}): ${msg}` : `Error from server: ${msg}`;
}

/** The Invalid error text: `The Pod "x" is invalid: field: msg`, or a header and `* ` lines. */
export function invalidMessage(e: StatusError): string {
  const d = e.status.details;
  let head = 'The request is invalid';
  if (!d) return `${head}: ${e.status.message}\n`;
  if (d.kind || d.name) head = `The ${d.kind ?? ''} "${d.name ?? ''}" is invalid`;
  else head += `: ${e.status.message}`;
  const causes = d.causes ?? [];
  if (causes.length === 0) return `${head}\n`;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of causes) {
    const m = `${c.field ?? ''}: ${c.message}`;
    if (seen.has(m)) continue;
    seen.add(m);
    lines.push(m);
  }
  if (lines.length === 1) return `${head}: ${lines[0]}\n`;
  return `${head}: \n${lines.map((l) => `* ${l}`).join('\n')}\n`;
}

export interface SourcedError {
  error: unknown;
  source?: { verb: string; file: string };
}

/**
 * checkErr over the errors one command collected: one alone prints its own way (`error: ` before
 * a plain message, an Invalid error from its causes); several are an aggregate, printed one per
 * line by MultipleErrors, which adds no `error: ` to plain messages.
 */
export function formatErrors(errors: SourcedError[]): string {
  if (errors.length === 1) {
    const { error, source } = errors[0]!;
    if (error instanceof StatusError && error.status.reason === 'Invalid') return invalidMessage(error);
    const msg = messageFor(error, source);
    return `${error instanceof StatusError || msg.startsWith('error: ') ? msg : `error: ${msg}`}\n`;
  }
  return errors.map(({ error, source }) => `${messageFor(error, source)}\n`).join('');
}

/**
 * An error's own text (messageForError): a Status as `Error from server (...)`, a plain Error's
 * message as it is (Go errors that start with `error: ` keep it), a KubectlExit without the
 * `error: ` that plainError put in front.
 */
function messageFor(error: unknown, source?: SourcedError['source']): string {
  if (error instanceof StatusError) return standardMessage(error, source);
  if (error instanceof KubectlExit) {
    const text = error.text.replace(/\n$/, '');
    return text.startsWith('error: ') ? text.slice('error: '.length) : text;
  }
  return error instanceof Error ? error.message : String(error);
}
