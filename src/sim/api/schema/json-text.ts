// Parses a request body into a JsonNode, keeping duplicate keys, with Go's encoding/json syntax
// error texts (scanner.go: `invalid character 'x' looking for beginning of value`,
// `unexpected end of JSON input`, ...).
import type { JsonNode } from './json-node.js';

class JsonSyntaxError extends Error {}

/** scanner.go quoteChar. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return `'"'`;
  const s = JSON.stringify(c);
  return `'${s.slice(1, -1)}'`;
}

const SPACE = new Set([' ', '\t', '\r', '\n']);
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

class Parser {
  #pos = 0;
  constructor(readonly text: string) {}

  #peek(): string | undefined {
    return this.text[this.#pos];
  }

  #fail(context: string): never {
    const c = this.#peek();
    if (c === undefined) throw new JsonSyntaxError('unexpected end of JSON input');
    throw new JsonSyntaxError(`invalid character ${quoteChar(c)} ${context}`);
  }

  #skipSpace(): void {
    while (SPACE.has(this.#peek() ?? '')) this.#pos++;
  }

  document(): JsonNode {
    const node = this.value();
    this.#skipSpace();
    if (this.#pos < this.text.length) this.#fail('after top-level value');
    return node;
  }

  value(): JsonNode {
    this.#skipSpace();
    const c = this.#peek();
    if (c === '{') return this.#object();
    if (c === '[') return this.#array();
    if (c === '"') return { t: 'string', value: this.#string() };
    if (c === '-' || isDigit(c)) return { t: 'number', text: this.#number() };
    if (c === 't') return this.#literal('true', { t: 'bool', value: true });
    if (c === 'f') return this.#literal('false', { t: 'bool', value: false });
    if (c === 'n') return this.#literal('null', { t: 'null' });
    return this.#fail('looking for beginning of value');
  }

  #object(): JsonNode {
    this.#pos++;
    const entries: Array<readonly [string, JsonNode]> = [];
    this.#skipSpace();
    if (this.#peek() === '}') {
      this.#pos++;
      return { t: 'object', entries };
    }
    for (;;) {
      this.#skipSpace();
      if (this.#peek() !== '"') this.#fail('looking for beginning of object key string');
      const key = this.#string();
      this.#skipSpace();
      if (this.#peek() !== ':') this.#fail('after object key');
      this.#pos++;
      entries.push([key, this.value()]);
      this.#skipSpace();
      const c = this.#peek();
      this.#pos++;
      if (c === '}') return { t: 'object', entries };
      if (c !== ',') {
        this.#pos--;
        this.#fail('after object key:value pair');
      }
    }
  }

  #array(): JsonNode {
    this.#pos++;
    const items: JsonNode[] = [];
    this.#skipSpace();
    if (this.#peek() === ']') {
      this.#pos++;
      return { t: 'array', items };
    }
    for (;;) {
      items.push(this.value());
      this.#skipSpace();
      const c = this.#peek();
      this.#pos++;
      if (c === ']') return { t: 'array', items };
      if (c !== ',') {
        this.#pos--;
        this.#fail('after array element');
      }
    }
  }

  #string(): string {
    this.#pos++;
    let out = '';
    for (;;) {
      const c = this.#peek();
      if (c === undefined) this.#fail('in string literal');
      if (c === '"') {
        this.#pos++;
        return out;
      }
      if (c < ' ') this.#fail('in string literal');
      this.#pos++;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.#peek();
      if (e === 'u') {
        this.#pos++;
        let code = 0;
        for (let i = 0; i < 4; i++) {
          const h = this.#peek();
          if (h === undefined || !/[0-9a-fA-F]/.test(h)) this.#fail('in \\u hexadecimal character escape');
          code = code * 16 + parseInt(h, 16);
          this.#pos++;
        }
        out += String.fromCharCode(code);
      } else if (e !== undefined && ESCAPES[e] !== undefined) {
        out += ESCAPES[e];
        this.#pos++;
      } else {
        this.#fail('in string escape code');
      }
    }
  }

  #digits(context: string): void {
    if (!isDigit(this.#peek())) this.#fail(context);
    while (isDigit(this.#peek())) this.#pos++;
  }

  #number(): string {
    const start = this.#pos;
    if (this.#peek() === '-') this.#pos++;
    if (this.#peek() === '0') this.#pos++;
    else this.#digits('in numeric literal');
    if (this.#peek() === '.') {
      this.#pos++;
      this.#digits('after decimal point in numeric literal');
    }
    if (this.#peek() === 'e' || this.#peek() === 'E') {
      this.#pos++;
      if (this.#peek() === '+' || this.#peek() === '-') this.#pos++;
      this.#digits('in exponent of numeric literal');
    }
    return this.text.slice(start, this.#pos);
  }

  #literal(word: string, node: JsonNode): JsonNode {
    for (let i = 0; i < word.length; i++) {
      if (this.#peek() !== word[i]) this.#fail(`in literal ${word} (expecting ${quoteChar(word[i]!)})`);
      this.#pos++;
    }
    return node;
  }
}

/** The JSON text as a tree, or Go's syntax error message. */
export function parseJsonText(text: string): { node: JsonNode } | { error: string } {
  try {
    return { node: new Parser(text).document() };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { error: e.message };
    throw e;
  }
}
