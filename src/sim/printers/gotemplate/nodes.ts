// The parse tree of Go's text/template (text/template/parse/node.go): node kinds, positions, and
// String(), which error messages quote (`executing "output" at <.a.b>`).
import { goQuote } from '../../api/schema/go-quote.js';

export interface NumberValue {
  text: string;
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  isComplex: boolean;
  int: number;
  uint: number;
  float: number;
  complex: [number, number];
}

export type Node =
  | { type: 'text'; pos: number; text: string }
  | { type: 'comment'; pos: number; text: string }
  | { type: 'action'; pos: number; line: number; pipe: PipeNode }
  | ControlNode
  | { type: 'template'; pos: number; line: number; name: string; pipe: PipeNode | null }
  | { type: 'break' | 'continue'; pos: number; line: number }
  | ListNode
  | PipeNode
  | CommandNode
  | ArgNode
  | { type: 'end'; pos: number }
  | { type: 'else'; pos: number; line: number };

export interface ControlNode {
  type: 'if' | 'range' | 'with';
  pos: number;
  line: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | null;
}
export interface ListNode {
  type: 'list';
  pos: number;
  nodes: Node[];
}
export interface PipeNode {
  type: 'pipe';
  pos: number;
  line: number;
  isAssign: boolean;
  decl: VariableNode[];
  cmds: CommandNode[];
}
export interface CommandNode {
  type: 'command';
  pos: number;
  args: ArgNode[];
}
export interface VariableNode {
  type: 'variable';
  pos: number;
  ident: string[];
}
export interface FieldNode {
  type: 'field';
  pos: number;
  ident: string[];
}
export interface ChainNode {
  type: 'chain';
  pos: number;
  node: ArgNode;
  field: string[];
}
export type ArgNode =
  | { type: 'identifier'; pos: number; ident: string }
  | { type: 'dot'; pos: number }
  | { type: 'nil'; pos: number }
  | { type: 'bool'; pos: number; value: boolean }
  | ({ type: 'number'; pos: number } & NumberValue)
  | { type: 'string'; pos: number; quoted: string; text: string }
  | VariableNode
  | FieldNode
  | ChainNode
  | PipeNode;

function pipeString(p: PipeNode): string {
  let s = '';
  if (p.decl.length > 0) s += `${p.decl.map(nodeString).join(', ')} ${p.isAssign ? '=' : ':='} `;
  return s + p.cmds.map(nodeString).join(' | ');
}

function controlString(name: string, n: { pipe: PipeNode; list: ListNode; elseList: ListNode | null }): string {
  if (n.elseList) return `{{${name} ${nodeString(n.pipe)}}}${nodeString(n.list)}{{else}}${nodeString(n.elseList)}{{end}}`;
  return `{{${name} ${nodeString(n.pipe)}}}${nodeString(n.list)}{{end}}`;
}

/** node.String() as Go writes it. */
export function nodeString(n: Node): string {
  switch (n.type) {
    case 'text':
      return n.text;
    case 'comment':
      return `{{${n.text}}}`;
    case 'action':
      return `{{${nodeString(n.pipe)}}}`;
    case 'if':
    case 'range':
    case 'with':
      return controlString(n.type, n);
    case 'template':
      return n.pipe ? `{{template ${goQuote(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${goQuote(n.name)}}}`;
    case 'break':
      return '{{break}}';
    case 'continue':
      return '{{continue}}';
    case 'list':
      return n.nodes.map(nodeString).join('');
    case 'pipe':
      return pipeString(n);
    case 'command':
      return n.args.map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'identifier':
      return n.ident;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return n.value ? 'true' : 'false';
    case 'number':
      return n.text;
    case 'string':
      return n.quoted;
    case 'variable':
      return n.ident.join('.');
    case 'field':
      return n.ident.map((i) => `.${i}`).join('');
    case 'chain':
      return (n.node.type === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node)) + n.field.map((f) => `.${f}`).join('');
    case 'end':
      return '{{end}}';
    case 'else':
      return '{{else}}';
  }
}
