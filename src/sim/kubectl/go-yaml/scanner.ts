// go-yaml v2's scanner (scannerc.go and the reader's character check of readerc.go), ported from
// the Go sources that kubectl 1.32 vendors through sigs.k8s.io/yaml (goyaml.v2, itself libyaml's C
// ported to Go). It exists for go-yaml's errors, word for word and at go-yaml's positions: which
// YAML kubectl refuses, and how it says so, is decided here. Token values are kept only as far as
// the parser needs them (anchors, aliases, tags, scalars' styles); the values a document holds are
// read by the `yaml` package (src/sim/kubectl/yaml-to-json.ts).
//
// The structure follows the Go file function by function, so that the two can be read side by
// side; names are the Go names in camelCase. Marks count code points, as go-yaml counts characters.

export interface Mark {
  index: number;
  line: number;
  column: number;
}

export type TokenType =
  | 'STREAM-START'
  | 'STREAM-END'
  | 'VERSION-DIRECTIVE'
  | 'TAG-DIRECTIVE'
  | 'DOCUMENT-START'
  | 'DOCUMENT-END'
  | 'BLOCK-SEQUENCE-START'
  | 'BLOCK-MAPPING-START'
  | 'BLOCK-END'
  | 'FLOW-SEQUENCE-START'
  | 'FLOW-SEQUENCE-END'
  | 'FLOW-MAPPING-START'
  | 'FLOW-MAPPING-END'
  | 'BLOCK-ENTRY'
  | 'FLOW-ENTRY'
  | 'KEY'
  | 'VALUE'
  | 'ALIAS'
  | 'ANCHOR'
  | 'TAG'
  | 'SCALAR';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface Token {
  type: TokenType;
  start: Mark;
  end: Mark;
  /** Anchors and aliases: the name; tags: the handle; TAG-DIRECTIVE: the handle; scalars: the value. */
  value?: string;
  suffix?: string;
  prefix?: string;
  style?: ScalarStyle;
  major?: number;
  minor?: number;
}

/** go-yaml's error state: yaml_READER_ERROR, yaml_SCANNER_ERROR or yaml_PARSER_ERROR, with its marks. */
export interface YamlProblem {
  kind: 'reader' | 'scanner' | 'parser' | 'composer';
  problem: string;
  context?: string;
  problemMark: Mark;
  contextMark: Mark;
}

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
}

const MAX_FLOW_LEVEL = 10000;
const MAX_INDENTS = 10000;
const ZERO: Mark = { index: 0, line: 0, column: 0 };

/** Thrown to unwind when go-yaml's functions would return false; the problem is on the scanner. */
export class YamlFailure extends Error {}

/** The character classes of yamlprivateh.go, on one code point ('' past the end: go-yaml's NUL). */
const isAlpha = (c: string): boolean => /^[0-9A-Za-z_-]$/.test(c);
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isHex = (c: string): boolean => /^[0-9A-Fa-f]$/.test(c);
const isBreak = (c: string): boolean => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlank = (c: string): boolean => c === ' ' || c === '\t';
const isZ = (c: string): boolean => c === '';
const isBreakz = (c: string): boolean => isBreak(c) || isZ(c);
const isBlankz = (c: string): boolean => isBlank(c) || isBreakz(c);

/** readerc.go: the characters a YAML stream may hold (yaml_parser_update_buffer's check). */
function isPrintable(cp: number): boolean {
  return (
    cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x85 ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

export class Scanner {
  private readonly chars: string[];
  /** The first character the reader refuses, and how far the reader has decoded (see cache). */
  private readonly firstBad: number;
  private readonly byteEnd: number[];
  private decodedBytes = 0;
  private decodedChars = 0;
  private pos = 0;
  mark: Mark = { index: 0, line: 0, column: 0 };
  problem: YamlProblem | undefined;

  private tokens: Token[] = [];
  private tokensHead = 0;
  tokensParsed = 0;
  private tokenAvailable = false;
  streamStartProduced = false;
  streamEndProduced = false;

  indent = -1;
  private indents: number[] = [];
  private simpleKeyAllowed = false;
  private simpleKeys: SimpleKey[] = [];
  private simpleKeysByTokenNumber = new Set<number>();
  private simpleKeysMinPossibleIndex = 0;
  private flowLevel = 0;

  constructor(text: string) {
    this.chars = Array.from(text);
    let bad = this.chars.length;
    this.byteEnd = new Array<number>(this.chars.length);
    let bytes = 0;
    for (let i = 0; i < this.chars.length; i++) {
      const cp = this.chars[i]!.codePointAt(0)!;
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      this.byteEnd[i] = bytes;
      if (bad === this.chars.length && !isPrintable(cp)) bad = i;
    }
    this.firstBad = bad;
  }

  // --- the reader ------------------------------------------------------------------------------

  /**
   * yaml_parser_update_buffer: the next `length` characters must be decoded. The reader reads the
   * input 512 bytes at a time (input_raw_buffer_size) and decodes all it read, so a character it
   * refuses fails the scan as soon as the scanner looks into its 512 bytes, not only at it.
   */
  private cache(length: number): void {
    while (this.decodedChars < this.pos + length && this.decodedChars < this.chars.length) {
      this.decodedBytes += 512;
      while (this.decodedChars < this.chars.length && this.byteEnd[this.decodedChars]! <= this.decodedBytes) this.decodedChars++;
      if (this.firstBad < this.decodedChars) {
        this.problem = { kind: 'reader', problem: 'control characters are not allowed', problemMark: { ...ZERO }, contextMark: { ...ZERO } };
        throw new YamlFailure();
      }
    }
  }

  private at(offset = 0): string {
    return this.chars[this.pos + offset] ?? '';
  }

  private skip(): void {
    this.mark.index++;
    this.mark.column++;
    this.pos++;
  }

  private skipLine(): void {
    if (this.at() === '\r' && this.at(1) === '\n') {
      this.mark.index += 2;
      this.mark.column = 0;
      this.mark.line++;
      this.pos += 2;
    } else if (isBreak(this.at())) {
      this.mark.index++;
      this.mark.column = 0;
      this.mark.line++;
      this.pos++;
    }
  }

  private read(s: string[]): void {
    s.push(this.at());
    this.pos++;
    this.mark.index++;
    this.mark.column++;
  }

  private readLine(s: string[]): void {
    const c = this.at();
    if (c === '\r' && this.at(1) === '\n') {
      s.push('\n');
      this.pos += 2;
      this.mark.index++;
    } else if (c === '\r' || c === '\n' || c === '\u0085') {
      s.push('\n');
      this.pos++;
    } else if (c === '\u2028' || c === '\u2029') {
      s.push(c);
      this.pos++;
    } else {
      return;
    }
    this.mark.index++;
    this.mark.column = 0;
    this.mark.line++;
  }

  private fail(context: string, contextMark: Mark, problem: string): never {
    this.problem = { kind: 'scanner', problem, context, contextMark: { ...contextMark }, problemMark: { ...this.mark } };
    throw new YamlFailure();
  }

  // --- the token queue -------------------------------------------------------------------------

  /** The next token without consuming it (parserc.go's peek_token). */
  peek(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.tokens[this.tokensHead]!;
  }

  /** parserc.go's skip_token. */
  skipToken(): void {
    this.tokenAvailable = false;
    this.tokensParsed++;
    this.streamEndProduced = this.tokens[this.tokensHead]!.type === 'STREAM-END';
    this.tokensHead++;
  }

  private insertToken(pos: number, token: Token): void {
    if (pos < 0) this.tokens.push(token);
    else this.tokens.splice(this.tokensHead + pos, 0, token);
  }

  private fetchMoreTokens(): void {
    for (;;) {
      let needMore = false;
      if (this.tokensHead === this.tokens.length) needMore = true;
      else {
        this.staleSimpleKeys();
        needMore = this.simpleKeysByTokenNumber.has(this.tokensParsed);
      }
      if (!needMore) break;
      this.fetchNextToken();
    }
    this.tokenAvailable = true;
  }

  private fetchNextToken(): void {
    this.cache(1);
    if (!this.streamStartProduced) return this.fetchStreamStart();
    this.scanToNextToken();
    this.staleSimpleKeys();
    this.unrollIndent(this.mark.column);
    this.cache(4);
    const c = this.at();
    if (isZ(c)) return this.fetchStreamEnd();
    if (this.mark.column === 0 && c === '%') return this.fetchDirective();
    if (this.mark.column === 0 && c === '-' && this.at(1) === '-' && this.at(2) === '-' && isBlankz(this.at(3))) return this.fetchDocumentIndicator('DOCUMENT-START');
    if (this.mark.column === 0 && c === '.' && this.at(1) === '.' && this.at(2) === '.' && isBlankz(this.at(3))) return this.fetchDocumentIndicator('DOCUMENT-END');
    if (c === '[') return this.fetchFlowCollectionStart('FLOW-SEQUENCE-START');
    if (c === '{') return this.fetchFlowCollectionStart('FLOW-MAPPING-START');
    if (c === ']') return this.fetchFlowCollectionEnd('FLOW-SEQUENCE-END');
    if (c === '}') return this.fetchFlowCollectionEnd('FLOW-MAPPING-END');
    if (c === ',') return this.fetchFlowEntry();
    if (c === '-' && isBlankz(this.at(1))) return this.fetchBlockEntry();
    if (c === '?' && (this.flowLevel > 0 || isBlankz(this.at(1)))) return this.fetchKey();
    if (c === ':' && (this.flowLevel > 0 || isBlankz(this.at(1)))) return this.fetchValue();
    if (c === '*') return this.fetchAnchor('ALIAS');
    if (c === '&') return this.fetchAnchor('ANCHOR');
    if (c === '!') return this.fetchTag();
    if (c === '|' && this.flowLevel === 0) return this.fetchBlockScalar(true);
    if (c === '>' && this.flowLevel === 0) return this.fetchBlockScalar(false);
    if (c === "'") return this.fetchFlowScalar(true);
    if (c === '"') return this.fetchFlowScalar(false);
    if (
      !(isBlankz(c) || '-?:,[]{}#&*!|>\'"%@`'.includes(c)) ||
      (c === '-' && !isBlank(this.at(1))) ||
      (this.flowLevel === 0 && (c === '?' || c === ':') && !isBlankz(this.at(1)))
    ) {
      return this.fetchPlainScalar();
    }
    this.fail('while scanning for the next token', this.mark, 'found character that cannot start any token');
  }

  // --- simple keys, flow levels, indentation ---------------------------------------------------

  private staleSimpleKeys(): void {
    for (let i = this.simpleKeysMinPossibleIndex; i < this.simpleKeys.length; i++) {
      const key = this.simpleKeys[i]!;
      if (!key.possible) {
        this.simpleKeysMinPossibleIndex = i;
        continue;
      }
      if (key.mark.line < this.mark.line || key.mark.index + 1024 < this.mark.index) {
        if (key.required) this.fail('while scanning a simple key', key.mark, "could not find expected ':'");
        key.possible = false;
        this.simpleKeysByTokenNumber.delete(key.tokenNumber);
        this.simpleKeysMinPossibleIndex = i + 1;
      } else {
        break;
      }
    }
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.mark.column;
    if (this.simpleKeyAllowed) {
      const key: SimpleKey = { possible: true, required, tokenNumber: this.tokensParsed + (this.tokens.length - this.tokensHead), mark: { ...this.mark } };
      this.removeSimpleKey();
      this.simpleKeysByTokenNumber.add(key.tokenNumber);
      this.simpleKeys[this.simpleKeys.length - 1] = key;
    }
  }

  private removeSimpleKey(): void {
    const i = this.simpleKeys.length - 1;
    const key = this.simpleKeys[i]!;
    if (key.possible) {
      if (key.required) this.fail('while scanning a simple key', key.mark, "could not find expected ':'");
      key.possible = false;
      this.simpleKeysByTokenNumber.delete(key.tokenNumber);
    }
    if (this.simpleKeysMinPossibleIndex > i) this.simpleKeysMinPossibleIndex = i;
  }

  private increaseFlowLevel(): void {
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: { ...ZERO } });
    this.flowLevel++;
    if (this.flowLevel > MAX_FLOW_LEVEL) this.fail('while increasing flow level', this.simpleKeys[this.simpleKeys.length - 1]!.mark, `exceeded max depth of ${MAX_FLOW_LEVEL}`);
  }

  private decreaseFlowLevel(): void {
    if (this.flowLevel > 0) {
      this.flowLevel--;
      const last = this.simpleKeys.length - 1;
      if (this.simpleKeys[last]!.possible) this.simpleKeysByTokenNumber.delete(this.simpleKeys[last]!.tokenNumber);
      this.simpleKeys.pop();
      if (this.simpleKeysMinPossibleIndex > last) this.simpleKeysMinPossibleIndex = last;
    }
  }

  private rollIndent(column: number, number: number, type: TokenType, mark: Mark): void {
    if (this.flowLevel > 0) return;
    if (this.indent < column) {
      this.indents.push(this.indent);
      this.indent = column;
      if (this.indents.length > MAX_INDENTS) this.fail('while increasing indent level', this.simpleKeys[this.simpleKeys.length - 1]!.mark, `exceeded max depth of ${MAX_INDENTS}`);
      this.insertToken(number > -1 ? number - this.tokensParsed : -1, { type, start: { ...mark }, end: { ...mark } });
    }
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.insertToken(-1, { type: 'BLOCK-END', start: { ...this.mark }, end: { ...this.mark } });
      this.indent = this.indents.pop()!;
    }
  }

  // --- the fetchers ----------------------------------------------------------------------------

  private fetchStreamStart(): void {
    this.indent = -1;
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, mark: { ...ZERO } });
    this.simpleKeyAllowed = true;
    this.streamStartProduced = true;
    this.insertToken(-1, { type: 'STREAM-START', start: { ...this.mark }, end: { ...this.mark } });
  }

  private fetchStreamEnd(): void {
    if (this.mark.column !== 0) {
      this.mark.column = 0;
      this.mark.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, { type: 'STREAM-END', start: { ...this.mark }, end: { ...this.mark } });
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanDirective());
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = { ...this.mark };
    this.skip();
    this.skip();
    this.skip();
    this.insertToken(-1, { type, start, end: { ...this.mark } });
  }

  private fetchFlowCollectionStart(type: TokenType): void {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.simpleKeyAllowed = true;
    const start = { ...this.mark };
    this.skip();
    this.insertToken(-1, { type, start, end: { ...this.mark } });
  }

  private fetchFlowCollectionEnd(type: TokenType): void {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.simpleKeyAllowed = false;
    const start = { ...this.mark };
    this.skip();
    this.insertToken(-1, { type, start, end: { ...this.mark } });
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    const start = { ...this.mark };
    this.skip();
    this.insertToken(-1, { type: 'FLOW-ENTRY', start, end: { ...this.mark } });
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.fail('', this.mark, 'block sequence entries are not allowed in this context');
      this.rollIndent(this.mark.column, -1, 'BLOCK-SEQUENCE-START', this.mark);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    const start = { ...this.mark };
    this.skip();
    this.insertToken(-1, { type: 'BLOCK-ENTRY', start, end: { ...this.mark } });
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.fail('', this.mark, 'mapping keys are not allowed in this context');
      this.rollIndent(this.mark.column, -1, 'BLOCK-MAPPING-START', this.mark);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    const start = { ...this.mark };
    this.skip();
    this.insertToken(-1, { type: 'KEY', start, end: { ...this.mark } });
  }

  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1]!;
    if (key.possible) {
      this.insertToken(key.tokenNumber - this.tokensParsed, { type: 'KEY', start: { ...key.mark }, end: { ...key.mark } });
      this.rollIndent(key.mark.column, key.tokenNumber, 'BLOCK-MAPPING-START', key.mark);
      key.possible = false;
      this.simpleKeysByTokenNumber.delete(key.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail('', this.mark, 'mapping values are not allowed in this context');
        this.rollIndent(this.mark.column, -1, 'BLOCK-MAPPING-START', this.mark);
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    const start = { ...this.mark };
    this.skip();
    this.insertToken(-1, { type: 'VALUE', start, end: { ...this.mark } });
  }

  private fetchAnchor(type: 'ALIAS' | 'ANCHOR'): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanAnchor(type));
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanTag());
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.insertToken(-1, this.scanBlockScalar(literal));
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanFlowScalar(single));
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.insertToken(-1, this.scanPlainScalar());
  }

  /** Eat whitespaces and comments until the next token. Tabs: in flow context, or not at a line's start (or after '-', '?', ':'). */
  private scanToNextToken(): void {
    for (;;) {
      this.cache(1);
      if (this.mark.column === 0 && this.at() === '\uFEFF') this.skip();
      this.cache(1);
      while (this.at() === ' ' || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.at() === '\t')) {
        this.skip();
        this.cache(1);
      }
      if (this.at() === '#') {
        while (!isBreakz(this.at())) {
          this.skip();
          this.cache(1);
        }
      }
      if (isBreak(this.at())) {
        this.cache(2);
        this.skipLine();
        if (this.flowLevel === 0) this.simpleKeyAllowed = true;
      } else {
        break;
      }
    }
  }

  // --- the scanners ----------------------------------------------------------------------------

  private scanDirective(): Token {
    const start = { ...this.mark };
    this.skip();
    const name = this.scanDirectiveName(start);
    let token: Token;
    if (name === 'YAML') {
      const [major, minor] = this.scanVersionDirectiveValue(start);
      token = { type: 'VERSION-DIRECTIVE', start, end: { ...this.mark }, major, minor };
    } else if (name === 'TAG') {
      const [handle, prefix] = this.scanTagDirectiveValue(start);
      token = { type: 'TAG-DIRECTIVE', start, end: { ...this.mark }, value: handle, prefix };
    } else {
      this.fail('while scanning a directive', start, 'found unknown directive name');
    }
    this.eatToLineEnd('while scanning a directive', start);
    return token;
  }

  /** After a directive or a block scalar's header: blanks, a comment, then the line break (or the end). */
  private eatToLineEnd(context: string, start: Mark): void {
    this.cache(1);
    while (isBlank(this.at())) {
      this.skip();
      this.cache(1);
    }
    if (this.at() === '#') {
      while (!isBreakz(this.at())) {
        this.skip();
        this.cache(1);
      }
    }
    if (!isBreakz(this.at())) this.fail(context, start, 'did not find expected comment or line break');
    if (isBreak(this.at())) {
      this.cache(2);
      this.skipLine();
    }
  }

  /** `---` or `...` at the start of a line, followed by a blank or the end: a document indicator. */
  private atDocumentIndicator(): boolean {
    return (
      this.mark.column === 0 &&
      ((this.at() === '-' && this.at(1) === '-' && this.at(2) === '-') || (this.at() === '.' && this.at(1) === '.' && this.at(2) === '.')) &&
      isBlankz(this.at(3))
    );
  }

  private scanDirectiveName(start: Mark): string {
    this.cache(1);
    const s: string[] = [];
    while (isAlpha(this.at())) {
      this.read(s);
      this.cache(1);
    }
    if (s.length === 0) this.fail('while scanning a directive', start, 'could not find expected directive name');
    if (!isBlankz(this.at())) this.fail('while scanning a directive', start, 'found unexpected non-alphabetical character');
    return s.join('');
  }

  private scanVersionDirectiveValue(start: Mark): [number, number] {
    this.cache(1);
    while (isBlank(this.at())) {
      this.skip();
      this.cache(1);
    }
    const major = this.scanVersionDirectiveNumber(start);
    if (this.at() !== '.') this.fail('while scanning a %YAML directive', start, "did not find expected digit or '.' character");
    this.skip();
    const minor = this.scanVersionDirectiveNumber(start);
    return [major, minor];
  }

  private scanVersionDirectiveNumber(start: Mark): number {
    this.cache(1);
    let value = 0;
    let length = 0;
    while (isDigit(this.at())) {
      length++;
      if (length > 2) this.fail('while scanning a %YAML directive', start, 'found extremely long version number');
      value = value * 10 + Number(this.at());
      this.skip();
      this.cache(1);
    }
    if (length === 0) this.fail('while scanning a %YAML directive', start, 'did not find expected version number');
    return value;
  }

  private scanTagDirectiveValue(start: Mark): [string, string] {
    this.cache(1);
    while (isBlank(this.at())) {
      this.skip();
      this.cache(1);
    }
    const handle = this.scanTagHandle(true, start);
    this.cache(1);
    if (!isBlank(this.at())) this.fail('while scanning a %TAG directive', start, 'did not find expected whitespace');
    while (isBlank(this.at())) {
      this.skip();
      this.cache(1);
    }
    const prefix = this.scanTagUri(true, '', start);
    this.cache(1);
    if (!isBlankz(this.at())) this.fail('while scanning a %TAG directive', start, 'did not find expected whitespace or line break');
    return [handle, prefix];
  }

  private scanAnchor(type: 'ALIAS' | 'ANCHOR'): Token {
    const start = { ...this.mark };
    this.skip();
    this.cache(1);
    const s: string[] = [];
    while (isAlpha(this.at())) {
      this.read(s);
      this.cache(1);
    }
    const end = { ...this.mark };
    const c = this.at();
    if (s.length === 0 || !(isBlankz(c) || '?:,]}%@`'.includes(c))) {
      this.fail(type === 'ANCHOR' ? 'while scanning an anchor' : 'while scanning an alias', start, 'did not find expected alphabetic or numeric character');
    }
    return { type, start, end, value: s.join('') };
  }

  private scanTag(): Token {
    const start = { ...this.mark };
    let handle: string;
    let suffix: string;
    this.cache(2);
    if (this.at(1) === '<') {
      handle = '';
      this.skip();
      this.skip();
      suffix = this.scanTagUri(false, '', start);
      if (this.at() !== '>') this.fail('while scanning a tag', start, "did not find the expected '>'");
      this.skip();
    } else {
      handle = this.scanTagHandle(false, start);
      if (handle[0] === '!' && handle.length > 1 && handle.endsWith('!')) {
        suffix = this.scanTagUri(false, '', start);
      } else {
        suffix = this.scanTagUri(false, handle, start);
        handle = '!';
        if (suffix.length === 0) [handle, suffix] = [suffix, handle];
      }
    }
    this.cache(1);
    if (!isBlankz(this.at())) this.fail('while scanning a tag', start, 'did not find expected whitespace or line break');
    return { type: 'TAG', start, end: { ...this.mark }, value: handle, suffix };
  }

  private scanTagHandle(directive: boolean, start: Mark): string {
    const context = directive ? 'while parsing a %TAG directive' : 'while parsing a tag';
    this.cache(1);
    if (this.at() !== '!') this.fail(context, start, "did not find expected '!'");
    const s: string[] = [];
    this.read(s);
    this.cache(1);
    while (isAlpha(this.at())) {
      this.read(s);
      this.cache(1);
    }
    if (this.at() === '!') this.read(s);
    else if (directive && s.join('') !== '!') this.fail(context, start, "did not find expected '!'");
    return s.join('');
  }

  private scanTagUri(directive: boolean, head: string, start: Mark): string {
    const context = directive ? 'while parsing a %TAG directive' : 'while parsing a tag';
    const s: string[] = head.length > 1 ? Array.from(head.slice(1)) : [];
    let hasTag = head.length > 0;
    this.cache(1);
    while (isAlpha(this.at()) || ";/?:@&=+$,.!~*'()[]%".includes(this.at()) && this.at() !== '') {
      if (this.at() === '%') this.scanUriEscapes(context, start, s);
      else this.read(s);
      this.cache(1);
      hasTag = true;
    }
    if (!hasTag) this.fail(context, start, 'did not find expected tag URI');
    return s.join('');
  }

  private scanUriEscapes(context: string, start: Mark, s: string[]): void {
    let w = 1024;
    const octets: number[] = [];
    while (w > 0) {
      this.cache(3);
      if (!(this.at() === '%' && isHex(this.at(1)) && isHex(this.at(2)))) this.fail(context, start, 'did not find URI escaped octet');
      const octet = parseInt(this.at(1) + this.at(2), 16);
      if (w === 1024) {
        w = (octet & 0x80) === 0 ? 1 : (octet & 0xe0) === 0xc0 ? 2 : (octet & 0xf0) === 0xe0 ? 3 : (octet & 0xf8) === 0xf0 ? 4 : 0;
        if (w === 0) this.fail(context, start, 'found an incorrect leading UTF-8 octet');
      } else if ((octet & 0xc0) !== 0x80) {
        this.fail(context, start, 'found an incorrect trailing UTF-8 octet');
      }
      octets.push(octet);
      this.skip();
      this.skip();
      this.skip();
      w--;
    }
    s.push(new TextDecoder().decode(new Uint8Array(octets)));
  }

  private scanBlockScalar(literal: boolean): Token {
    const start = { ...this.mark };
    this.skip();
    this.cache(1);
    let chomping = 0;
    let increment = 0;
    if (this.at() === '+' || this.at() === '-') {
      chomping = this.at() === '+' ? 1 : -1;
      this.skip();
      this.cache(1);
      if (isDigit(this.at())) {
        if (this.at() === '0') this.fail('while scanning a block scalar', start, 'found an indentation indicator equal to 0');
        increment = Number(this.at());
        this.skip();
      }
    } else if (isDigit(this.at())) {
      if (this.at() === '0') this.fail('while scanning a block scalar', start, 'found an indentation indicator equal to 0');
      increment = Number(this.at());
      this.skip();
      this.cache(1);
      if (this.at() === '+' || this.at() === '-') {
        chomping = this.at() === '+' ? 1 : -1;
        this.skip();
      }
    }
    this.eatToLineEnd('while scanning a block scalar', start);
    let end = { ...this.mark };
    let indent = 0;
    if (increment > 0) indent = this.indent >= 0 ? this.indent + increment : increment;
    const s: string[] = [];
    let leadingBreak: string[] = [];
    let trailingBreaks: string[] = [];
    ({ indent, end } = this.scanBlockScalarBreaks(indent, trailingBreaks, start));
    this.cache(1);
    let leadingBlank = false;
    while (this.mark.column === indent && !isZ(this.at())) {
      const trailingBlank = isBlank(this.at());
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak[0] === '\n') {
        if (trailingBreaks.length === 0) s.push(' ');
      } else {
        s.push(...leadingBreak);
      }
      leadingBreak = [];
      s.push(...trailingBreaks);
      trailingBreaks = [];
      leadingBlank = isBlank(this.at());
      while (!isBreakz(this.at())) {
        this.read(s);
        this.cache(1);
      }
      this.cache(2);
      this.readLine(leadingBreak);
      ({ indent, end } = this.scanBlockScalarBreaks(indent, trailingBreaks, start));
    }
    if (chomping !== -1) s.push(...leadingBreak);
    if (chomping === 1) s.push(...trailingBreaks);
    return { type: 'SCALAR', start, end, value: s.join(''), style: literal ? 'literal' : 'folded' };
  }

  private scanBlockScalarBreaks(indentIn: number, breaks: string[], start: Mark): { indent: number; end: Mark } {
    let indent = indentIn;
    let end = { ...this.mark };
    let maxIndent = 0;
    for (;;) {
      this.cache(1);
      while ((indent === 0 || this.mark.column < indent) && this.at() === ' ') {
        this.skip();
        this.cache(1);
      }
      if (this.mark.column > maxIndent) maxIndent = this.mark.column;
      if ((indent === 0 || this.mark.column < indent) && this.at() === '\t') {
        this.fail('while scanning a block scalar', start, 'found a tab character where an indentation space is expected');
      }
      if (!isBreak(this.at())) break;
      this.cache(2);
      this.readLine(breaks);
      end = { ...this.mark };
    }
    if (indent === 0) {
      indent = maxIndent;
      if (indent < this.indent + 1) indent = this.indent + 1;
      if (indent < 1) indent = 1;
    }
    return { indent, end };
  }

  private scanFlowScalar(single: boolean): Token {
    const start = { ...this.mark };
    this.skip();
    const s: string[] = [];
    let leadingBreak: string[] = [];
    let trailingBreaks: string[] = [];
    let whitespaces: string[] = [];
    for (;;) {
      this.cache(4);
      if (this.atDocumentIndicator()) this.fail('while scanning a quoted scalar', start, 'found unexpected document indicator');
      if (isZ(this.at())) this.fail('while scanning a quoted scalar', start, 'found unexpected end of stream');
      let leadingBlanks = false;
      while (!isBlankz(this.at())) {
        const c = this.at();
        if (single && c === "'" && this.at(1) === "'") {
          s.push("'");
          this.skip();
          this.skip();
        } else if (single && c === "'") {
          break;
        } else if (!single && c === '"') {
          break;
        } else if (!single && c === '\\' && isBreak(this.at(1))) {
          this.cache(3);
          this.skip();
          this.skipLine();
          leadingBlanks = true;
          break;
        } else if (!single && c === '\\') {
          let codeLength = 0;
          const simple: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', "'": "'", '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' };
          const e = this.at(1);
          if (e === 'x') codeLength = 2;
          else if (e === 'u') codeLength = 4;
          else if (e === 'U') codeLength = 8;
          else if (e in simple) s.push(simple[e]!);
          else this.fail('while parsing a quoted scalar', start, 'found unknown escape character');
          this.skip();
          this.skip();
          if (codeLength > 0) {
            this.cache(codeLength);
            let value = 0;
            for (let k = 0; k < codeLength; k++) {
              if (!isHex(this.at(k))) this.fail('while parsing a quoted scalar', start, 'did not find expected hexdecimal number');
              value = value * 16 + parseInt(this.at(k), 16);
            }
            if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) this.fail('while parsing a quoted scalar', start, 'found invalid Unicode character escape code');
            s.push(String.fromCodePoint(value));
            for (let k = 0; k < codeLength; k++) this.skip();
          }
        } else {
          this.read(s);
        }
        this.cache(2);
      }
      this.cache(1);
      if (single ? this.at() === "'" : this.at() === '"') break;
      while (isBlank(this.at()) || isBreak(this.at())) {
        if (isBlank(this.at())) {
          if (!leadingBlanks) this.read(whitespaces);
          else this.skip();
        } else {
          this.cache(2);
          if (!leadingBlanks) {
            whitespaces = [];
            this.readLine(leadingBreak);
            leadingBlanks = true;
          } else {
            this.readLine(trailingBreaks);
          }
        }
        this.cache(1);
      }
      if (leadingBlanks) {
        if (leadingBreak[0] === '\n') {
          if (trailingBreaks.length === 0) s.push(' ');
          else s.push(...trailingBreaks);
        } else {
          s.push(...leadingBreak, ...trailingBreaks);
        }
        trailingBreaks = [];
        leadingBreak = [];
      } else {
        s.push(...whitespaces);
        whitespaces = [];
      }
    }
    this.skip();
    return { type: 'SCALAR', start, end: { ...this.mark }, value: s.join(''), style: single ? 'single' : 'double' };
  }

  private scanPlainScalar(): Token {
    const s: string[] = [];
    let leadingBreak: string[] = [];
    let trailingBreaks: string[] = [];
    let whitespaces: string[] = [];
    let leadingBlanks = false;
    const indent = this.indent + 1;
    const start = { ...this.mark };
    let end = { ...this.mark };
    for (;;) {
      this.cache(4);
      if (this.atDocumentIndicator()) break;
      if (this.at() === '#') break;
      while (!isBlankz(this.at())) {
        const c = this.at();
        if ((c === ':' && isBlankz(this.at(1))) || (this.flowLevel > 0 && ',?[]{}'.includes(c))) break;
        if (leadingBlanks || whitespaces.length > 0) {
          if (leadingBlanks) {
            if (leadingBreak[0] === '\n') {
              if (trailingBreaks.length === 0) s.push(' ');
              else s.push(...trailingBreaks);
            } else {
              s.push(...leadingBreak, ...trailingBreaks);
            }
            trailingBreaks = [];
            leadingBreak = [];
            leadingBlanks = false;
          } else {
            s.push(...whitespaces);
            whitespaces = [];
          }
        }
        this.read(s);
        end = { ...this.mark };
        this.cache(2);
      }
      if (!(isBlank(this.at()) || isBreak(this.at()))) break;
      this.cache(1);
      while (isBlank(this.at()) || isBreak(this.at())) {
        if (isBlank(this.at())) {
          if (leadingBlanks && this.mark.column < indent && this.at() === '\t') {
            this.fail('while scanning a plain scalar', start, 'found a tab character that violates indentation');
          }
          if (!leadingBlanks) this.read(whitespaces);
          else this.skip();
        } else {
          this.cache(2);
          if (!leadingBlanks) {
            whitespaces = [];
            this.readLine(leadingBreak);
            leadingBlanks = true;
          } else {
            this.readLine(trailingBreaks);
          }
        }
        this.cache(1);
      }
      if (this.flowLevel === 0 && this.mark.column < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
    return { type: 'SCALAR', start, end, value: s.join(''), style: 'plain' };
  }
}
