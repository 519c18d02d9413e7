// The parser of Go's text/template (text/template/parse/parse.go, Go 1.23): one tree per template
// name (`define` and `block` add more), with Go's error texts `template: NAME:LINE: ...`.
import { goQuote } from '../../api/schema/go-quote.js';
import { lex, itemString, type Item, type ItemType } from './lex.js';
import type { ArgNode, CommandNode, ListNode, Node, PipeNode, VariableNode } from './nodes.js';
import { nodeString } from './nodes.js';
import { newNumber } from './number.js';
import { goUnquote } from './unquote.js';

export class TemplateParseError extends Error {
  override readonly name = 'TemplateParseError';
}

export interface Tree {
  name: string;
  root: ListNode;
}

export interface ParsedTemplate {
  /** The text every position points into. */
  text: string;
  /** The name errors use (the top-level template's). */
  parseName: string;
  trees: Map<string, Tree>;
}

/** Whether a tree holds nothing but space (parse.IsEmptyTree). */
function isEmptyTree(n: Node): boolean {
  if (n.type === 'list') return n.nodes.every(isEmptyTree);
  if (n.type === 'text') return n.text.trim() === '' || /^[ \t\r\n\v\f\u0085\u00a0]*$/.test(n.text);
  return n.type === 'comment';
}

/** Parses `text` as the template `name`, with the function names that exist. */
export function parseTemplate(name: string, text: string, functions: ReadonlySet<string>): ParsedTemplate {
  const items = lex(text, { breakOK: !functions.has('break'), continueOK: !functions.has('continue') });
  const trees = new Map<string, Tree>();
  let idx = 0;
  const token: Item[] = [];
  let peekCount = 0;
  let vars: string[] = ['$'];
  let rangeDepth = 0;
  let actionLine = 0;
  let current = token[0];

  const lexNext = (): Item => items[Math.min(idx++, items.length - 1)]!;
  const errorf = (msg: string): never => {
    throw new TemplateParseError(`template: ${name}:${token[0]?.line ?? 1}: ${msg}`);
  };
  const next = (): Item => {
    if (peekCount > 0) peekCount--;
    else token[0] = lexNext();
    current = token[peekCount]!;
    return current;
  };
  const backup = (): void => {
    peekCount++;
  };
  const backup2 = (t1: Item): void => {
    token[1] = t1;
    peekCount = 2;
  };
  const backup3 = (t2: Item, t1: Item): void => {
    token[1] = t1;
    token[2] = t2;
    peekCount = 3;
  };
  const peek = (): Item => {
    if (peekCount > 0) return token[peekCount - 1]!;
    peekCount = 1;
    token[0] = lexNext();
    return token[0];
  };
  const nextNonSpace = (): Item => {
    let t: Item;
    do t = next();
    while (t.typ === 'space');
    return t;
  };
  const peekNonSpace = (): Item => {
    const t = nextNonSpace();
    backup();
    return t;
  };
  const unexpected = (t: Item, context: string): never => {
    if (t.typ === 'error') {
      let extra = '';
      if (actionLine !== 0 && actionLine !== t.line) {
        extra = ` in action started at ${name}:${actionLine}`;
        if (t.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      return errorf(`${itemString(t)}${extra}`);
    }
    return errorf(`unexpected ${itemString(t)} in ${context}`);
  };
  const expect = (typ: ItemType, context: string): Item => {
    const t = nextNonSpace();
    if (t.typ !== typ) unexpected(t, context);
    return t;
  };
  const expectOneOf = (a: ItemType, b: ItemType, context: string): Item => {
    const t = nextNonSpace();
    if (t.typ !== a && t.typ !== b) unexpected(t, context);
    return t;
  };
  const unquote = (q: string): string => {
    try {
      return goUnquote(q);
    } catch (e) {
      return errorf((e as Error).message);
    }
  };

  const add = (tree: Tree): void => {
    const existing = trees.get(tree.name);
    if (!existing || isEmptyTree(existing.root)) {
      trees.set(tree.name, tree);
      return;
    }
    if (!isEmptyTree(tree.root)) errorf(`template: multiple definition of template ${goQuote(tree.name)}`);
  };

  const newList = (pos: number): ListNode => ({ type: 'list', pos, nodes: [] });

  const itemList = (): { list: ListNode; next: Node } => {
    const list = newList(peekNonSpace().pos);
    while (peekNonSpace().typ !== 'eof') {
      const n = textOrAction();
      if (n.type === 'end' || n.type === 'else') return { list, next: n };
      list.nodes.push(n);
    }
    return errorf('unexpected EOF');
  };

  const textOrAction = (): Node => {
    const t = nextNonSpace();
    switch (t.typ) {
      case 'text':
        return { type: 'text', pos: t.pos, text: t.val };
      case 'leftDelim': {
        actionLine = t.line;
        try {
          return action();
        } finally {
          actionLine = 0;
        }
      }
      default:
        return unexpected(t, 'input');
    }
  };

  const action = (): Node => {
    const t = nextNonSpace();
    switch (t.typ) {
      case 'block':
        return blockControl();
      case 'break':
      case 'continue':
        return breakOrContinue(t);
      case 'else':
        return elseControl();
      case 'end':
        return { type: 'end', pos: expect('rightDelim', 'end').pos };
      case 'if':
        return control('if');
      case 'range':
        return control('range');
      case 'template':
        return templateControl();
      case 'with':
        return control('with');
    }
    backup();
    const tok = peek();
    return { type: 'action', pos: tok.pos, line: tok.line, pipe: pipeline('command', 'rightDelim') };
  };

  const breakOrContinue = (t: Item): Node => {
    const word = t.typ as 'break' | 'continue';
    const n = nextNonSpace();
    if (n.typ !== 'rightDelim') unexpected(n, `{{${word}}}`);
    if (rangeDepth === 0) errorf(`{{${word}}} outside {{range}}`);
    return { type: word, pos: t.pos, line: t.line };
  };

  const elseControl = (): Node => {
    const p = peekNonSpace();
    if (p.typ === 'if' || p.typ === 'with') return { type: 'else', pos: p.pos, line: p.line };
    const t = expect('rightDelim', 'else');
    return { type: 'else', pos: t.pos, line: t.line };
  };

  const control = (context: 'if' | 'range' | 'with'): Node => {
    const mark = vars.length;
    try {
      const pipe = pipeline(context, 'rightDelim');
      if (context === 'range') rangeDepth++;
      let r = itemList();
      if (context === 'range') rangeDepth--;
      let elseList: ListNode | null = null;
      if (r.next.type === 'else') {
        if (context === 'if' && peek().typ === 'if') {
          next();
          elseList = newList(r.next.pos);
          elseList.nodes.push(control('if'));
        } else if (context === 'with' && peek().typ === 'with') {
          next();
          elseList = newList(r.next.pos);
          elseList.nodes.push(control('with'));
        } else {
          const e = itemList();
          elseList = e.list;
          if (e.next.type !== 'end') errorf(`expected end; found ${nodeString(e.next)}`);
        }
      }
      return { type: context, pos: pipe.pos, line: pipe.line, pipe, list: r.list, elseList };
    } finally {
      vars = vars.slice(0, mark);
    }
  };

  const parseTemplateName = (t: Item, context: string): string => {
    if (t.typ === 'string' || t.typ === 'rawString') return unquote(t.val);
    return unexpected(t, context);
  };

  const templateControl = (): Node => {
    const context = 'template clause';
    const t = nextNonSpace();
    const tname = parseTemplateName(t, context);
    let pipe: PipeNode | null = null;
    if (nextNonSpace().typ !== 'rightDelim') {
      backup();
      pipe = pipeline(context, 'rightDelim');
    }
    return { type: 'template', pos: t.pos, line: t.line, name: tname, pipe };
  };

  /** The body of a `block` or `define` up to its `end`, as the template `tname`, in a scope of its own. */
  const defineBody = (tname: string, context: string): void => {
    const saved = { vars, rangeDepth };
    vars = ['$'];
    rangeDepth = 0;
    const r = itemList();
    if (r.next.type !== 'end') errorf(`unexpected ${nodeString(r.next)} in ${context}`);
    add({ name: tname, root: r.list });
    ({ vars, rangeDepth } = saved);
  };

  const blockControl = (): Node => {
    const context = 'block clause';
    const t = nextNonSpace();
    const tname = parseTemplateName(t, context);
    const pipe = pipeline(context, 'rightDelim');
    defineBody(tname, context);
    return { type: 'template', pos: t.pos, line: t.line, name: tname, pipe };
  };

  const parseDefinition = (): void => {
    const context = 'define clause';
    const t = expectOneOf('string', 'rawString', context);
    const tname = unquote(t.val);
    expect('rightDelim', context);
    defineBody(tname, context);
  };

  const pipeline = (context: string, end: ItemType): PipeNode => {
    const first = peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: first.pos, line: first.line, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = peekNonSpace();
      if (v.typ !== 'variable') break;
      next();
      const tokenAfterVariable = peek();
      const nxt = peekNonSpace();
      if (nxt.typ === 'assign' || nxt.typ === 'declare') {
        pipe.isAssign = nxt.typ === 'assign';
        nextNonSpace();
        pipe.decl.push(newVariable(v.pos, v.val));
        vars.push(v.val);
      } else if (nxt.typ === 'char' && nxt.val === ',') {
        nextNonSpace();
        pipe.decl.push(newVariable(v.pos, v.val));
        vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = peekNonSpace().typ;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue decls;
          errorf('range can only initialize variables');
        }
        errorf(`too many declarations in ${context}`);
      } else if (tokenAfterVariable.typ === 'space') backup3(v, tokenAfterVariable);
      else backup2(v);
      break;
    }
    for (;;) {
      const t = nextNonSpace();
      if (t.typ === end) {
        checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.typ) {
        case 'bool':
        case 'charConstant':
        case 'complex':
        case 'dot':
        case 'field':
        case 'identifier':
        case 'number':
        case 'nil':
        case 'rawString':
        case 'string':
        case 'variable':
        case 'leftParen':
          backup();
          pipe.cmds.push(command());
          break;
        default:
          unexpected(t, context);
      }
    }
  };

  const checkPipeline = (pipe: PipeNode, context: string): void => {
    if (pipe.cmds.length === 0) errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const t = c.args[0]!.type;
      if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') errorf(`non executable command in pipeline stage ${i + 2}`);
    });
  };

  const command = (): CommandNode => {
    const cmd: CommandNode = { type: 'command', pos: peekNonSpace().pos, args: [] };
    for (;;) {
      peekNonSpace();
      const op = operand();
      if (op) cmd.args.push(op);
      const t = next();
      if (t.typ === 'space') continue;
      if (t.typ === 'rightDelim' || t.typ === 'rightParen') backup();
      else if (t.typ !== 'pipe') unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) errorf('empty command');
    return cmd;
  };

  const newVariable = (pos: number, ident: string): VariableNode => ({ type: 'variable', pos, ident: ident.split('.') });

  const operand = (): ArgNode | null => {
    let node = term();
    if (!node) return null;
    if (peek().typ === 'field') {
      const chainPos = peek().pos;
      const fields: string[] = [];
      while (peek().typ === 'field') fields.push(next().val.slice(1));
      const chainString = (node.type === 'pipe' ? `(${nodeString(node)})` : nodeString(node)) + fields.map((f) => `.${f}`).join('');
      switch (node.type) {
        case 'field':
          node = { type: 'field', pos: chainPos, ident: chainString.slice(1).split('.') };
          break;
        case 'variable':
          node = newVariable(chainPos, chainString);
          break;
        case 'bool':
        case 'string':
        case 'number':
        case 'nil':
        case 'dot':
          errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
          break;
        default:
          node = { type: 'chain', pos: chainPos, node, field: fields };
      }
    }
    return node;
  };

  const term = (): ArgNode | null => {
    const t = nextNonSpace();
    switch (t.typ) {
      case 'identifier':
        if (!functions.has(t.val)) errorf(`function ${goQuote(t.val)} not defined`);
        return { type: 'identifier', pos: t.pos, ident: t.val };
      case 'dot':
        return { type: 'dot', pos: t.pos };
      case 'nil':
        return { type: 'nil', pos: t.pos };
      case 'variable': {
        const v = newVariable(t.pos, t.val);
        if (!vars.includes(v.ident[0]!)) errorf(`undefined variable ${goQuote(v.ident[0]!)}`);
        return v;
      }
      case 'field':
        return { type: 'field', pos: t.pos, ident: t.val.slice(1).split('.') };
      case 'bool':
        return { type: 'bool', pos: t.pos, value: t.val === 'true' };
      case 'charConstant':
      case 'complex':
      case 'number':
        try {
          return { type: 'number', pos: t.pos, ...newNumber(t.val, t.typ) };
        } catch (e) {
          return errorf((e as Error).message);
        }
      case 'leftParen':
        return pipeline('parenthesized pipeline', 'rightParen');
      case 'string':
      case 'rawString':
        return { type: 'string', pos: t.pos, quoted: t.val, text: unquote(t.val) };
    }
    backup();
    return null;
  };

  // parse(): the top level, which also reads {{define}}.
  const root = newList(peek().pos);
  while (peek().typ !== 'eof') {
    if (peek().typ === 'leftDelim') {
      const delim = next();
      if (nextNonSpace().typ === 'define') {
        const saved = vars;
        vars = ['$'];
        parseDefinition();
        vars = saved;
        continue;
      }
      backup2(delim);
    }
    const n = textOrAction();
    if (n.type === 'end' || n.type === 'else') errorf(`unexpected ${nodeString(n)}`);
    root.nodes.push(n);
  }
  add({ name, root });
  void current;
  return { text, parseName: name, trees };
}
