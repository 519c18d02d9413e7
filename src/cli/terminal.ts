// Where the CLI writes, and whether it may use colour: never when NO_COLOR is set or the stream
// is not a terminal; FORCE_COLOR forces it on.

export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** Colour on stdout. */
  color: boolean;
  /** Colour on stderr. */
  colorErr: boolean;
}

function colorFor(stream: NodeJS.WriteStream): boolean {
  const env = process.env;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '' && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

export function processTerminal(): Terminal {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    color: colorFor(process.stdout),
    colorErr: colorFor(process.stderr),
  };
}
