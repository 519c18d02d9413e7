// Executing a parsed template (text/template/exec.go, Go 1.23): dot, variables, pipelines, field
// chains on maps, if/with/range (maps in sorted key order, break and continue), template calls,
// the missingkey option, and Go's error texts with their `template: NAME:LINE:COL: executing
// "NAME" at <NODE>: ...` location.
import { goQuote } from '../../api/schema/go-quote.js';
import { compareGoStrings } from '../../core/text/go-strings.js';
import { goSprint } from '../go-sprintf.js';
import { fromJson, INVALID, isTrue, NIL, staticTypeName, unwrap, type GoValue } from '../go-value.js';
import { FuncError, type FuncTable, type ParamType, type TemplateFunc } from './funcs.js';
import { nodeString, type ArgNode, type ChainNode, type CommandNode, type ControlNode, type FieldNode, type ListNode, type Node, type PipeNode, type VariableNode } from './nodes.js';
import type { ParsedTemplate } from './parse.js';
import { utf8ByteLength } from '../../core/text/utf8.js';

export class TemplateExecError extends Error {
  override readonly name = 'TemplateExecError';
}

export type MissingKey = 'default' | 'error';

const MISSING: GoValue = { k: 'invalid', v: 'missing' };
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');
/** exec.go's maxExecDepth. */
const MAX_EXEC_DEPTH = 100000;

interface Variable {
  name: string;
  value: GoValue;
}

/** Byte offsets: Go reports columns in bytes of UTF-8. */
function byteLength(s: string): number {
  return utf8ByteLength(s);
}

class State {
  vars: Variable[];
  node: Node | null = null;
  constructor(
    readonly parsed: ParsedTemplate,
    readonly funcs: FuncTable,
    readonly missingKey: MissingKey,
    readonly out: string[],
    public tmplName: string,
    dot: GoValue,
    readonly depth: number,
  ) {
    this.vars = [{ name: '$', value: dot }];
  }

  at(node: Node): void {
    this.node = node;
  }

  errorf(message: string): never {
    if (!this.node) throw new TemplateExecError(`template: ${this.tmplName}: ${message}`);
    const pos = this.node.pos;
    const before = this.parsed.text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const col = nl < 0 ? byteLength(before) : byteLength(before.slice(nl + 1));
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    throw new TemplateExecError(`template: ${this.parsed.parseName}:${line}:${col}: executing ${goQuote(this.tmplName)} at <${nodeString(this.node)}>: ${message}`);
  }

  push(name: string, value: GoValue): void {
    this.vars.push({ name, value });
  }
  mark(): number {
    return this.vars.length;
  }
  pop(mark: number): void {
    this.vars.length = mark;
  }
  setVar(name: string, value: GoValue): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) {
        this.vars[i]!.value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  setTopVar(n: number, value: GoValue): void {
    this.vars[this.vars.length - n]!.value = value;
  }
  varValue(name: string): GoValue {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!.value;
    return this.errorf(`undefined variable: ${name}`);
  }

  walk(dot: GoValue, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'comment':
        return;
      case 'if':
      case 'with':
        return this.walkIfOrWith(node.type, dot, node.pipe, node.list, node.elseList);
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'text':
        this.out.push(node.text);
        return;
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  walkIfOrWith(typ: 'if' | 'with', dot: GoValue, pipe: PipeNode, list: ListNode, elseList: ListNode | null): void {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, pipe);
      if (isTrue(unwrap(val))) this.walk(typ === 'with' ? val : dot, list);
      else if (elseList) this.walk(dot, elseList);
    } finally {
      this.pop(mark);
    }
  }

  walkRange(dot: GoValue, r: ControlNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const val = unwrap(this.evalPipeline(dot, r.pipe));
      const mark = this.mark();
      const decl = r.pipe.decl;
      const oneIteration = (index: GoValue, elem: GoValue): void => {
        if (decl.length > 0) {
          if (r.pipe.isAssign) this.setVar(decl[0]!.ident[0]!, decl.length > 1 ? index : elem);
          else this.setTopVar(1, elem);
        }
        if (decl.length > 1) {
          if (r.pipe.isAssign) this.setVar(decl[1]!.ident[0]!, elem);
          else this.setTopVar(2, index);
        }
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== CONTINUE) throw e;
        } finally {
          this.pop(mark);
        }
      };
      let ran = false;
      switch (val.k) {
        case 'slice': {
          const items = val.v as unknown[];
          items.forEach((e, i) => oneIteration({ k: 'int', v: i }, fromJson(e)));
          ran = items.length > 0;
          break;
        }
        case 'map': {
          const m = val.v as Record<string, unknown>;
          const keys = Object.keys(m).sort(compareGoStrings);
          for (const k of keys) oneIteration({ k: 'string', v: k }, fromJson(m[k]));
          ran = keys.length > 0;
          break;
        }
        case 'invalid':
          break;
        default:
          this.errorf(`range can't iterate over ${goSprint([val])}`);
      }
      if (!ran && r.elseList) this.walk(dot, r.elseList);
    } catch (e) {
      if (e !== BREAK) throw e;
    } finally {
      this.pop(outer);
    }
  }

  walkTemplate(dot: GoValue, t: Extract<Node, { type: 'template' }>): void {
    this.at(t);
    const tree = this.parsed.trees.get(t.name);
    if (!tree) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth === MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = this.evalPipeline(dot, t.pipe);
    const inner = new State(this.parsed, this.funcs, this.missingKey, this.out, t.name, newDot, this.depth + 1);
    inner.node = this.node;
    inner.walk(newDot, tree!.root);
  }

  evalPipeline(dot: GoValue, pipe: PipeNode | null): GoValue {
    if (!pipe) return INVALID;
    this.at(pipe);
    let value = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // An interface{} value: dig down to the thing inside (a nil one becomes no value).
      if (value.iface) value = unwrap(value);
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0]!, value);
      else this.push(v.ident[0]!, value);
    }
    return value;
  }

  notAFunction(args: readonly ArgNode[], final: GoValue): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0]!)}`);
  }

  evalCommand(dot: GoValue, cmd: CommandNode, final: GoValue): GoValue {
    const first = cmd.args[0]!;
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return { k: 'bool', v: first.value };
      case 'dot':
        return dot;
      case 'nil':
        return this.errorf('nil is not a command');
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return { k: 'string', v: first.text };
    }
    return this.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
  }

  idealConstant(c: Extract<ArgNode, { type: 'number' }>): GoValue {
    this.at(c);
    const isHexInt = c.text.length > 2 && c.text[0] === '0' && /[xX]/.test(c.text[1]!) && !/[pP]/.test(c.text);
    const isRune = c.text[0] === "'";
    if (c.isComplex) return { k: 'complex128', v: c.complex };
    if (c.isFloat && !isHexInt && !isRune && /[.eEpP]/.test(c.text)) return { k: 'float64', v: c.float };
    if (c.isInt) return { k: 'int', v: c.int };
    if (c.isUint) this.errorf(`${c.text} overflows int`);
    return INVALID;
  }

  evalFieldNode(dot: GoValue, field: FieldNode, args: readonly ArgNode[] | null, final: GoValue): GoValue {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  evalChainNode(dot: GoValue, chain: ChainNode, args: readonly ArgNode[] | null, final: GoValue): GoValue {
    this.at(chain);
    if (chain.field.length === 0) this.errorf('internal error: no fields in evalChainNode');
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  evalVariableNode(dot: GoValue, v: VariableNode, args: readonly ArgNode[] | null, final: GoValue): GoValue {
    this.at(v);
    const value = this.varValue(v.ident[0]!);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  evalFieldChain(dot: GoValue, receiver: GoValue, node: Node, ident: readonly string[], args: readonly ArgNode[] | null, final: GoValue): GoValue {
    const n = ident.length;
    for (let i = 0; i < n - 1; i++) receiver = this.evalField(dot, ident[i]!, node, null, MISSING, receiver);
    return this.evalField(dot, ident[n - 1]!, node, args, final, receiver);
  }

  evalFunction(dot: GoValue, node: Extract<ArgNode, { type: 'identifier' }>, cmd: Node, args: readonly ArgNode[] | null, final: GoValue): GoValue {
    this.at(node);
    const fn = this.funcs.get(node.ident);
    if (!fn) return this.errorf(`${goQuote(node.ident)} is not a defined function`);
    return this.evalCall(dot, fn, cmd, node.ident, args, final);
  }

  evalField(dot: GoValue, fieldName: string, node: Node, args: readonly ArgNode[] | null, final: GoValue, receiver: GoValue): GoValue {
    void dot;
    if (receiver.k === 'invalid') {
      if (this.missingKey === 'error') this.errorf(`nil data; no entry for key ${goQuote(fieldName)}`);
      return INVALID;
    }
    const typ = staticTypeName(receiver);
    if (receiver.k === 'nil') return this.errorf(`nil pointer evaluating ${typ}.${fieldName}`);
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (receiver.k === 'map') {
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      const m = receiver.v as Record<string, unknown>;
      if (!Object.prototype.hasOwnProperty.call(m, fieldName)) {
        if (this.missingKey === 'error') this.errorf(`map has no entry for key ${goQuote(fieldName)}`);
        return INVALID;
      }
      return fromJson(m[fieldName]);
    }
    void node;
    return this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  }

  evalCall(dot: GoValue, fn: TemplateFunc, node: Node, name: string, argNodes: readonly ArgNode[] | null, final: GoValue): GoValue {
    const args = argNodes ? argNodes.slice(1) : [];
    let numIn = args.length;
    if (final !== MISSING) numIn++;
    let numFixed = args.length;
    const numParams = fn.params.length + (fn.variadic ? 1 : 0);
    if (fn.variadic) {
      numFixed = fn.params.length;
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`);
    } else if (numIn !== numParams) this.errorf(`wrong number of args for ${name}: want ${numParams} got ${numIn}`);

    // and/or short-circuit.
    if (fn.builtin && (name === 'and' || name === 'or')) {
      let v: GoValue = INVALID;
      for (const a of args) {
        v = this.evalArg(dot, 'value', a);
        if (isTrue(unwrap(v)) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = this.validateType(final, 'value');
      return v;
    }

    const argv: GoValue[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, fn.params[i]!, args[i]!));
    if (fn.variadic) for (; i < args.length; i++) argv.push(this.evalArg(dot, fn.variadic, args[i]!));
    if (final !== MISSING) {
      let t: ParamType = fn.params[fn.params.length - 1] ?? 'any';
      if (fn.variadic) t = numIn - 1 < numFixed ? fn.params[numIn - 1]! : fn.variadic;
      argv.push(this.validateType(final, t));
    }
    let calleeName = '';
    if (fn.builtin && name === 'call') {
      if (args.length === 0) calleeName = final.k === 'string' ? (final.v as string) : `<${staticTypeName(final)} Value>`;
      else calleeName = nodeString(args[0]!);
    }
    try {
      return fn.call(argv, calleeName);
    } catch (e) {
      if (e instanceof FuncError) {
        this.at(node);
        this.errorf(`error calling ${name}: ${e.message}`);
      }
      throw e;
    }
  }

  validateType(value: GoValue, typ: ParamType | null): GoValue {
    if (value.k === 'invalid') {
      if (typ === null) return INVALID;
      if (typ === 'value') return INVALID;
      if (typ === 'any') return NIL;
      this.errorf(`invalid value; expected ${typ}`);
    }
    if (typ === null || typ === 'value' || typ === 'any') return value;
    // string (the only other parameter type builtins have)
    if (value.k === 'string') return unwrap(value);
    const got = value.iface && value.k !== 'nil' ? unwrap(value) : value;
    return this.errorf(`wrong type for value; expected ${typ}; got ${staticTypeName(got)}`);
  }

  evalArg(dot: GoValue, typ: ParamType | null, n: ArgNode): GoValue {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ === 'value') return INVALID;
        if (typ === 'any' || typ === null) return NIL;
        return this.errorf(`cannot assign nil to ${typ}`);
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
    }
    if (typ === 'string') {
      this.at(n);
      if (n.type === 'string') return { k: 'string', v: n.text };
      return this.errorf(`expected string; found ${nodeString(n)}`);
    }
    return this.evalEmptyInterface(dot, n);
  }

  evalEmptyInterface(dot: GoValue, n: ArgNode): GoValue {
    this.at(n);
    switch (n.type) {
      case 'bool':
        return { k: 'bool', v: n.value };
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return { k: 'string', v: n.text };
      default:
        void dot;
        return this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
    }
  }

  printValue(n: Node, v: GoValue): void {
    this.at(n);
    this.out.push(v.k === 'invalid' ? '<no value>' : goSprint([v]));
  }
}

/** Runs the template `parsed.parseName` on data; output so far and the error, if any. */
export function executeTemplate(parsed: ParsedTemplate, funcs: FuncTable, data: GoValue, missingKey: MissingKey): { output: string; error?: string } {
  const out: string[] = [];
  const state = new State(parsed, funcs, missingKey, out, parsed.parseName, data, 0);
  try {
    const tree = parsed.trees.get(parsed.parseName);
    if (!tree) state.errorf(`${goQuote(parsed.parseName)} is an incomplete or empty template`);
    state.walk(data, tree!.root);
    return { output: out.join('') };
  } catch (e) {
    if (e instanceof TemplateExecError) return { output: out.join(''), error: e.message };
    if (e instanceof RangeError) return { output: out.join(''), error: `template: ${parsed.parseName}: exceeded maximum template depth (${MAX_EXEC_DEPTH})` };
    throw e;
  }
}
