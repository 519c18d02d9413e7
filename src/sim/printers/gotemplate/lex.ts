// The lexer of Go's text/template (text/template/parse/lex.go, Go 1.23): items with positions and
// lines, trim markers `{{- ` and ` -}}`, comments, and the lexer's own error texts.

import { goQuote } from '../../api/schema/go-quote.js';

export type ItemType =
  | 'error' | 'bool' | 'char' | 'charConstant' | 'complex' | 'assign' | 'declare' | 'eof' | 'field'
  | 'identifier' | 'leftDelim' | 'leftParen' | 'number' | 'pipe' | 'rawString' | 'rightDelim'
  | 'rightParen' | 'space' | 'string' | 'text' | 'variable'
  // keywords (item types above itemKeyword in Go; printed as `<word>`)
  | 'block' | 'break' | 'continue' | 'dot' | 'define' | 'else' | 'end' | 'if' | 'nil' | 'range' | 'template' | 'with';

export interface Item {
  typ: ItemType;
  /** Offset in the template (UTF-16 units of the JS string). */
  pos: number;
  val: string;
  line: number;
}

const KEYWORDS: Record<string, ItemType> = {
  '.': 'dot', block: 'block', break: 'break', continue: 'continue', define: 'define', else: 'else',
  end: 'end', if: 'if', range: 'range', nil: 'nil', template: 'template', with: 'with',
};
const KEYWORD_TYPES = new Set<ItemType>(Object.values(KEYWORDS));

/** item.String(): EOF, the error text, `<keyword>`, or the quoted value (cut at 10 characters). */
export function itemString(i: Item): string {
  if (i.typ === 'eof') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (KEYWORD_TYPES.has(i.typ)) return `<${i.val}>`;
  const chars = [...i.val];
  if (chars.length > 10) return `${goQuote(chars.slice(0, 10).join(''))}...`;
  return goQuote(i.val);
}


const LEFT = '{{';
const RIGHT = '}}';
const LEFT_COMMENT = '/*';
const RIGHT_COMMENT = '*/';

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}
function isAlphaNumeric(c: string | undefined): boolean {
  return c !== undefined && (c === '_' || /^[\p{L}\p{Nd}]$/u.test(c));
}
function hasLeftTrimMarker(s: string): boolean {
  return s.length >= 2 && s[0] === '-' && isSpace(s[1]);
}
function hasRightTrimMarker(s: string): boolean {
  return s.length >= 2 && isSpace(s[0]) && s[1] === '-';
}
function rightTrimLength(s: string): number {
  return s.length - s.replace(/[ \t\r\n]+$/, '').length;
}
function leftTrimLength(s: string): number {
  return s.length - s.replace(/^[ \t\r\n]+/, '').length;
}

/** %#U of a rune: `U+0021 '!'`. */
export function goRuneU(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(c) ? `${hex} '${c}'` : hex;
}

/** Options the parser gives the lexer: break/continue are keywords unless a function has the name. */
export interface LexOptions {
  breakOK: boolean;
  continueOK: boolean;
}

/** Lexes the whole template into items (the last is EOF or an error). */
export function lex(input: string, options: LexOptions = { breakOK: true, continueOK: true }): Item[] {
  const items: Item[] = [];
  let start = 0;
  let pos = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth = 0;
  let done = false;

  const at = (p: number): string | undefined => {
    if (p >= input.length) return undefined;
    const cp = input.codePointAt(p)!;
    return String.fromCodePoint(cp);
  };
  const next = (): string | undefined => {
    const c = at(pos);
    if (c === undefined) return undefined;
    pos += c.length;
    if (c === '\n') line++;
    return c;
  };
  const backup = (c: string | undefined): void => {
    if (c === undefined) return;
    pos -= c.length;
    if (c === '\n') line--;
  };
  const peek = (): string | undefined => at(pos);
  const thisItem = (typ: ItemType): Item => {
    const i = { typ, pos: start, val: input.slice(start, pos), line: startLine };
    start = pos;
    startLine = line;
    return i;
  };
  const emit = (typ: ItemType): void => {
    items.push(thisItem(typ));
  };
  const ignore = (): void => {
    start = pos;
    startLine = line;
  };
  const errorf = (msg: string): void => {
    items.push({ typ: 'error', pos: start, val: msg, line: startLine });
    done = true;
  };
  const atRightDelim = (): { delim: boolean; trim: boolean } => {
    const rest = input.slice(pos);
    if (hasRightTrimMarker(rest) && rest.slice(2).startsWith(RIGHT)) return { delim: true, trim: true };
    if (rest.startsWith(RIGHT)) return { delim: true, trim: false };
    return { delim: false, trim: false };
  };
  const atTerminator = (): boolean => {
    const r = peek();
    if (r === undefined || isSpace(r)) return true;
    if ('.,|:)('.includes(r)) return true;
    return input.startsWith(RIGHT, pos);
  };
  const countLines = (s: string): number => s.split('\n').length - 1;
  /** Moves pos to p (forward), counting lines. */
  const advance = (p: number): void => {
    line += countLines(input.slice(pos, p));
    pos = p;
  };

  type State = (() => State) | null;

  const lexText = (): State => {
    const x = input.indexOf(LEFT, pos);
    if (x >= 0) {
      if (x > pos) {
        pos = x;
        let trim = 0;
        const delimEnd = pos + LEFT.length;
        if (hasLeftTrimMarker(input.slice(delimEnd))) trim = rightTrimLength(input.slice(start, pos));
        pos -= trim;
        line += countLines(input.slice(start, pos));
        const i = thisItem('text');
        line += countLines(input.slice(pos, pos + trim));
        pos += trim;
        ignore();
        if (i.val.length > 0) items.push(i);
      }
      return lexLeftDelim;
    }
    if (input.length > pos) {
      pos = input.length;
      line += countLines(input.slice(start, pos));
      emit('text');
    }
    emit('eof');
    return null;
  };

  const lexLeftDelim = (): State => {
    pos += LEFT.length;
    const trimSpace = hasLeftTrimMarker(input.slice(pos));
    const afterMarker = trimSpace ? 2 : 0;
    if (input.startsWith(LEFT_COMMENT, pos + afterMarker)) {
      advance(pos + afterMarker);
      ignore();
      return lexComment;
    }
    const i = thisItem('leftDelim');
    advance(pos + afterMarker);
    ignore();
    parenDepth = 0;
    items.push(i);
    return lexInsideAction;
  };

  const lexComment = (): State => {
    pos += LEFT_COMMENT.length;
    const x = input.indexOf(RIGHT_COMMENT, pos);
    if (x < 0) {
      errorf('unclosed comment');
      return null;
    }
    advance(x + RIGHT_COMMENT.length);
    const { delim, trim } = atRightDelim();
    if (!delim) {
      errorf('comment ends before closing delimiter');
      return null;
    }
    if (trim) advance(pos + 2);
    pos += RIGHT.length;
    if (trim) advance(pos + leftTrimLength(input.slice(pos)));
    ignore();
    return lexText;
  };

  const lexRightDelim = (): State => {
    const { trim } = atRightDelim();
    if (trim) {
      advance(pos + 2);
      ignore();
    }
    pos += RIGHT.length;
    const i = thisItem('rightDelim');
    if (trim) {
      advance(pos + leftTrimLength(input.slice(pos)));
      ignore();
    }
    items.push(i);
    return lexText;
  };

  const lexInsideAction = (): State => {
    const { delim } = atRightDelim();
    if (delim) {
      if (parenDepth === 0) return lexRightDelim;
      errorf('unclosed left paren');
      return null;
    }
    const r = next();
    if (r === undefined) {
      errorf('unclosed action');
      return null;
    }
    if (isSpace(r)) {
      backup(r);
      return lexSpace;
    }
    switch (r) {
      case '=':
        emit('assign');
        return lexInsideAction;
      case ':':
        if (next() !== '=') {
          errorf('expected :=');
          return null;
        }
        emit('declare');
        return lexInsideAction;
      case '|':
        emit('pipe');
        return lexInsideAction;
      case '"':
        return lexQuote;
      case '`':
        return lexRawQuote;
      case '$':
        return lexVariable;
      case "'":
        return lexChar;
      case '(':
        parenDepth++;
        emit('leftParen');
        return lexInsideAction;
      case ')':
        parenDepth--;
        if (parenDepth < 0) {
          errorf('unexpected right paren');
          return null;
        }
        emit('rightParen');
        return lexInsideAction;
    }
    if (r === '.') {
      const c = input[pos];
      if (c !== undefined && (c < '0' || c > '9')) return lexField;
    }
    if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
      backup(r);
      return lexNumber;
    }
    if (isAlphaNumeric(r)) {
      backup(r);
      return lexIdentifier;
    }
    const cp = r.codePointAt(0)!;
    if (cp <= 0x7f && cp >= 0x20 && cp !== 0x7f) {
      emit('char');
      return lexInsideAction;
    }
    errorf(`unrecognized character in action: ${goRuneU(r)}`);
    return null;
  };

  const lexSpace = (): State => {
    let numSpaces = 0;
    while (isSpace(peek())) {
      next();
      numSpaces++;
    }
    if (hasRightTrimMarker(input.slice(pos - 1)) && input.startsWith(RIGHT, pos - 1 + 2)) {
      backup(input[pos - 1]);
      if (numSpaces === 1) return lexRightDelim;
    }
    emit('space');
    return lexInsideAction;
  };

  const lexIdentifier = (): State => {
    for (;;) {
      const r = next();
      if (isAlphaNumeric(r)) continue;
      backup(r);
      const word = input.slice(start, pos);
      if (!atTerminator()) {
        errorf(`bad character ${goRuneU(r ?? '')}`);
        return null;
      }
      const kw = KEYWORDS[word];
      if (kw !== undefined && kw !== 'dot') {
        if ((kw === 'break' && !options.breakOK) || (kw === 'continue' && !options.continueOK)) emit('identifier');
        else emit(kw);
      } else if (word[0] === '.') emit('field');
      else if (word === 'true' || word === 'false') emit('bool');
      else emit('identifier');
      return lexInsideAction;
    }
  };

  const lexFieldOrVariable = (typ: 'field' | 'variable'): State => {
    if (atTerminator()) {
      emit(typ === 'variable' ? 'variable' : 'dot');
      return lexInsideAction;
    }
    let r: string | undefined;
    for (;;) {
      r = next();
      if (!isAlphaNumeric(r)) {
        backup(r);
        break;
      }
    }
    if (!atTerminator()) {
      errorf(`bad character ${goRuneU(r ?? '')}`);
      return null;
    }
    emit(typ);
    return lexInsideAction;
  };
  const lexField = (): State => lexFieldOrVariable('field');
  const lexVariable = (): State => {
    if (atTerminator()) {
      emit('variable');
      return lexInsideAction;
    }
    return lexFieldOrVariable('variable');
  };

  /** lexChar and lexQuote: up to the closing quote, a backslash escaping the next rune (not a newline). */
  const lexQuoted = (close: string, item: 'charConstant' | 'string', unterminated: string): State => {
    for (;;) {
      let r = next();
      if (r === '\\') {
        r = next();
        if (r !== undefined && r !== '\n') continue;
      }
      if (r === undefined || r === '\n') {
        errorf(unterminated);
        return null;
      }
      if (r === close) break;
    }
    emit(item);
    return lexInsideAction;
  };

  const lexChar = (): State => lexQuoted("'", 'charConstant', 'unterminated character constant');

  const scanNumber = (): boolean => {
    // Optional leading sign.
    const accept = (valid: string): boolean => {
      const c = peek();
      if (c !== undefined && valid.includes(c)) {
        next();
        return true;
      }
      return false;
    };
    const acceptRun = (valid: string): void => {
      while (accept(valid));
    };
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 10 + 1 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 16 + 6 + 1 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    const c = peek();
    if (isAlphaNumeric(c)) {
      next();
      return false;
    }
    return true;
  };

  const lexNumber = (): State => {
    if (!scanNumber()) {
      errorf(`bad number syntax: ${goQuote(input.slice(start, pos))}`);
      return null;
    }
    const sign = peek();
    if (sign === '+' || sign === '-') {
      // Complex: 1+2i. No spaces, must end in 'i'.
      if (!scanNumber() || input[pos - 1] !== 'i') {
        errorf(`bad number syntax: ${goQuote(input.slice(start, pos))}`);
        return null;
      }
      emit('complex');
    } else emit('number');
    return lexInsideAction;
  };

  const lexQuote = (): State => lexQuoted('"', 'string', 'unterminated quoted string');

  const lexRawQuote = (): State => {
    for (;;) {
      const r = next();
      if (r === undefined) {
        errorf('unterminated raw quoted string');
        return null;
      }
      if (r === '`') break;
    }
    emit('rawString');
    return lexInsideAction;
  };

  let state: State = lexText;
  while (state && !done) state = state();
  return items;
}
