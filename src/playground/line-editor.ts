// The prompt's line editing, as readline does it for the keys a reader expects: printable text,
// Backspace/Delete, Left/Right, Home/End (and Ctrl-A/E), Ctrl-U/K/W, Up/Down through the history,
// Enter, Tab and Ctrl-C. It knows nothing of the terminal but the bytes it writes (VT100
// sequences) and the bytes a terminal sends for keys, so it runs in tests without a browser.

export type EditorAction =
  | { kind: 'line'; text: string }
  | { kind: 'interrupt' }
  | { kind: 'complete'; line: string; cursor: number }
  | { kind: 'clear' };

const KEYS: Record<string, string> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\x1b[3~': 'delete',
  '\x1b[D': 'left',
  '\x1b[C': 'right',
  '\x1b[A': 'up',
  '\x1b[B': 'down',
  '\x1b[H': 'home',
  '\x1bOH': 'home',
  '\x01': 'home',
  '\x1b[F': 'end',
  '\x1bOF': 'end',
  '\x05': 'end',
  '\x15': 'kill-start',
  '\x0b': 'kill-end',
  '\x17': 'kill-word',
  '\x03': 'interrupt',
  '\x0c': 'clear',
  '\t': 'complete',
};

/** Splits what the terminal sent into keys: escape sequences whole, other text by character. */
export function splitKeys(data: string): string[] {
  const keys: string[] = [];
  let text = '';
  for (let i = 0; i < data.length; ) {
    const sequence = /^\x1b(\[[0-9;]*[~A-Za-z]|O[A-Za-z])/.exec(data.slice(i));
    const key = sequence ? sequence[0] : data[i]!;
    if (KEYS[key] !== undefined || sequence || key < ' ') {
      if (text) keys.push(text);
      text = '';
      keys.push(key);
    } else {
      text += key;
    }
    i += key.length;
  }
  if (text) keys.push(text);
  return keys;
}

export class LineEditor {
  readonly #write: (text: string) => void;
  readonly #history: string[] = [];
  #prompt = '';
  #line = '';
  #cursor = 0;
  /** Where Up/Down is in the history; history.length is the line being typed. */
  #at = 0;
  #draft = '';
  #active = false;

  constructor(write: (text: string) => void) {
    this.#write = write;
  }

  get line(): string {
    return this.#line;
  }

  get cursor(): number {
    return this.#cursor;
  }

  get active(): boolean {
    return this.#active;
  }

  /** Shows `prompt` on a new line and starts editing an empty line. */
  start(prompt: string): void {
    this.#prompt = prompt;
    this.#line = '';
    this.#cursor = 0;
    this.#at = this.#history.length;
    this.#draft = '';
    this.#active = true;
    this.#write(prompt);
  }

  /** Stops editing (a command runs); keys are then the caller's. */
  stop(): void {
    this.#active = false;
  }

  /** Replaces line[from, cursor) by `text` (a completion). */
  replace(from: number, text: string): void {
    this.#line = this.#line.slice(0, from) + text + this.#line.slice(this.#cursor);
    this.#cursor = from + text.length;
    this.#redraw();
  }

  /** Prints lines (completion candidates) under the prompt, then the prompt and the line again. */
  showBelow(text: string): void {
    this.#write(`\r\n${text}\r\n`);
    this.#redraw();
  }

  /**
   * Handles what the terminal sent: the actions the caller must take (Enter, Tab, Ctrl-C), and the
   * keys left over once a line ended (pasted lines after the first), for the next prompt.
   */
  input(data: string): { actions: EditorAction[]; rest: string } {
    const actions: EditorAction[] = [];
    const keys = splitKeys(data);
    let i = 0;
    for (; i < keys.length && this.#active; i++) {
      const action = this.#key(keys[i]!);
      if (action) actions.push(action);
    }
    return { actions, rest: keys.slice(i).join('') };
  }

  #key(key: string): EditorAction | undefined {
    switch (KEYS[key]) {
      case 'enter': {
        const text = this.#line;
        if (text.trim() !== '' && this.#history.at(-1) !== text) this.#history.push(text);
        this.#active = false;
        this.#write('\r\n');
        return { kind: 'line', text };
      }
      case 'interrupt':
        this.#active = false;
        this.#write('^C\r\n');
        return { kind: 'interrupt' };
      case 'complete':
        return { kind: 'complete', line: this.#line, cursor: this.#cursor };
      case 'clear':
        this.#write('\x1b[H\x1b[2J');
        this.#redraw();
        return { kind: 'clear' };
      case 'backspace':
        if (this.#cursor > 0) this.#edit(this.#line.slice(0, this.#cursor - 1) + this.#line.slice(this.#cursor), this.#cursor - 1);
        return undefined;
      case 'delete':
        this.#edit(this.#line.slice(0, this.#cursor) + this.#line.slice(this.#cursor + 1), this.#cursor);
        return undefined;
      case 'left':
        return this.#move(this.#cursor - 1);
      case 'right':
        return this.#move(this.#cursor + 1);
      case 'home':
        return this.#move(0);
      case 'end':
        return this.#move(this.#line.length);
      case 'kill-start':
        this.#edit(this.#line.slice(this.#cursor), 0);
        return undefined;
      case 'kill-end':
        this.#edit(this.#line.slice(0, this.#cursor), this.#cursor);
        return undefined;
      case 'kill-word': {
        const start = this.#line.slice(0, this.#cursor).replace(/\S+\s*$/, '').length;
        this.#edit(this.#line.slice(0, start) + this.#line.slice(this.#cursor), start);
        return undefined;
      }
      case 'up':
        return this.#recall(this.#at - 1);
      case 'down':
        return this.#recall(this.#at + 1);
    }
    if (key.startsWith('\x1b') || (key.length === 1 && key < ' ')) return undefined;
    this.#edit(this.#line.slice(0, this.#cursor) + key + this.#line.slice(this.#cursor), this.#cursor + key.length);
    return undefined;
  }

  #recall(at: number): undefined {
    if (at < 0 || at > this.#history.length) return undefined;
    if (this.#at === this.#history.length) this.#draft = this.#line;
    this.#at = at;
    const line = at === this.#history.length ? this.#draft : this.#history[at]!;
    this.#edit(line, line.length);
    return undefined;
  }

  #move(cursor: number): undefined {
    if (cursor < 0 || cursor > this.#line.length) return undefined;
    this.#cursor = cursor;
    this.#redraw();
    return undefined;
  }

  #edit(line: string, cursor: number): void {
    this.#line = line;
    this.#cursor = cursor;
    this.#redraw();
  }

  /** Writes the prompt and the line over the current row, then puts the cursor in place. */
  #redraw(): void {
    const back = this.#line.length - this.#cursor;
    this.#write(`\r${this.#prompt}${this.#line}\x1b[K${back > 0 ? `\x1b[${back}D` : ''}`);
  }
}
