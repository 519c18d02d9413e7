// A strict, small XML 1.0 parser for tests: it throws on anything not well-formed (illegal
// characters, bad nesting, unescaped `<` or `&`, duplicate attributes, stray text after the root)
// and returns the element tree with references decoded. No DTDs, comments or processing
// instructions beyond the XML declaration, which the reports never write.

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Decoded text content directly inside this element. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isLegalChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

function isNameStart(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_' || ch === ':';
}

function isNameChar(ch: string): boolean {
  return isNameStart(ch) || (ch >= '0' && ch <= '9') || ch === '-' || ch === '.';
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  fail(what: string): never {
    const before = this.src.slice(0, this.pos);
    const line = before.split('\n').length;
    throw new Error(`not well-formed at ${line}:${this.pos - before.lastIndexOf('\n')}: ${what}`);
  }

  private peek(n = 0): string | undefined {
    return this.src[this.pos + n];
  }

  private startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  private expect(s: string): void {
    if (!this.startsWith(s)) this.fail(`expected ${JSON.stringify(s)}`);
    this.pos += s.length;
  }

  private spaces(): number {
    const start = this.pos;
    while (isSpace(this.peek())) this.pos++;
    return this.pos - start;
  }

  private name(): string {
    const start = this.pos;
    if (!isNameStart(this.peek() ?? '')) this.fail('expected a name');
    while (isNameChar(this.peek() ?? '')) this.pos++;
    return this.src.slice(start, this.pos);
  }

  private reference(): string {
    this.expect('&');
    let body = '';
    while (this.peek() !== ';') {
      const ch = this.peek();
      if (ch === undefined || isSpace(ch) || ch === '<' || ch === '&' || body.length > 10) this.fail('unterminated reference');
      body += ch;
      this.pos++;
    }
    this.pos++;
    if (body.startsWith('#')) {
      const hex = body.startsWith('#x');
      const digits = body.slice(hex ? 2 : 1);
      const valid = digits.length > 0 && [...digits].every((d) => (hex ? '0123456789abcdefABCDEF' : '0123456789').includes(d));
      const code = valid ? Number.parseInt(digits, hex ? 16 : 10) : -1;
      if (!isLegalChar(code)) this.fail(`character reference to an illegal character: &${body};`);
      return String.fromCodePoint(code);
    }
    const value = ENTITIES[body];
    if (value === undefined) this.fail(`unknown entity &${body};`);
    return value;
  }

  private attrValue(): string {
    const quote = this.peek();
    if (quote !== '"' && quote !== "'") this.fail('expected a quoted attribute value');
    this.pos++;
    let value = '';
    while (this.peek() !== quote) {
      const ch = this.peek();
      if (ch === undefined) this.fail('unterminated attribute value');
      if (ch === '<') this.fail('`<` in an attribute value');
      if (ch === '&') value += this.reference();
      else {
        // Attribute-value normalization: literal whitespace becomes a space.
        value += isSpace(ch) ? ' ' : ch;
        this.pos++;
      }
    }
    this.pos++;
    return value;
  }

  private element(): XmlNode {
    this.expect('<');
    const node: XmlNode = { name: this.name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const hadSpace = this.spaces() > 0;
      if (this.startsWith('/>')) {
        this.pos += 2;
        return node;
      }
      if (this.peek() === '>') {
        this.pos++;
        break;
      }
      if (!hadSpace) this.fail('expected whitespace before an attribute');
      const key = this.name();
      this.spaces();
      this.expect('=');
      this.spaces();
      if (Object.hasOwn(node.attrs, key)) this.fail(`duplicate attribute ${key}`);
      node.attrs[key] = this.attrValue();
    }
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) this.fail(`unclosed element <${node.name}>`);
      if (this.startsWith('</')) {
        this.pos += 2;
        const close = this.name();
        if (close !== node.name) this.fail(`</${close}> closes <${node.name}>`);
        this.spaces();
        this.expect('>');
        return node;
      }
      if (this.startsWith('<![CDATA[')) {
        const end = this.src.indexOf(']]>', this.pos);
        if (end < 0) this.fail('unterminated CDATA');
        node.text += this.src.slice(this.pos + 9, end);
        this.pos = end + 3;
      } else if (ch === '<') node.children.push(this.element());
      else if (ch === '&') node.text += this.reference();
      else {
        if (this.startsWith(']]>')) this.fail('`]]>` in text');
        node.text += ch === '\r' ? '\n' : ch;
        this.pos++;
      }
    }
  }

  document(): XmlNode {
    for (let i = 0; i < this.src.length; i++) {
      const c = this.src.codePointAt(i)!;
      if (c > 0xffff) i++;
      else if (c >= 0xd800 && c <= 0xdfff) {
        this.pos = i;
        this.fail('lone surrogate');
      }
      if (!isLegalChar(c)) {
        this.pos = i;
        this.fail(`illegal character U+${c.toString(16).padStart(4, '0')}`);
      }
    }
    if (this.startsWith('<?xml')) {
      const end = this.src.indexOf('?>', this.pos);
      if (end < 0) this.fail('unterminated XML declaration');
      if (!this.src.slice(this.pos, end).includes('version="1.0"')) this.fail('XML declaration without version="1.0"');
      this.pos = end + 2;
    }
    this.spaces();
    const root = this.element();
    this.spaces();
    if (this.pos !== this.src.length) this.fail('content after the root element');
    return root;
  }
}

/** Parses a whole document; throws `not well-formed at line:col: ...` on the first error. */
export function parseXml(src: string): XmlNode {
  return new Parser(src).document();
}

/** Every element named `name` under `node`, depth first. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (n: XmlNode): void => {
    if (n.name === name) found.push(n);
    n.children.forEach(walk);
  };
  walk(node);
  return found;
}
