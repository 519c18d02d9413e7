// The syntax tree the parser builds and the interpreter walks. Plain JSON-able data, so parser
// goldens are the tree itself.

/** A word is a sequence of parts; quoting is kept so expansion knows what to split and glob. */
export type Word = WordPart[];

export type WordPart =
  /** Unquoted text: subject to globbing (and, at the start of a word, tilde expansion). */
  | { type: 'lit'; text: string }
  /** Quoted text: `'...'`, `$'...'` (decoded), or one backslash-escaped character. */
  | { type: 'sq'; text: string }
  /** `"..."`: its parts are not split or globbed. */
  | { type: 'dq'; parts: WordPart[] }
  | ParamPart
  /** `$(...)` or backquotes. */
  | { type: 'cmdsub'; body: CommandList; backquote: boolean }
  /** `$((...))`: the text is expanded first, then evaluated. */
  | { type: 'arith'; expr: Word }
  /** `~` or `~user` at the start of a word or after `=`/`:` in an assignment. */
  | { type: 'tilde'; user: string };

export type ParamOp =
  | '-' | '=' | '?' | '+'
  | '#' | '##' | '%' | '%%'
  | '/' | '//' | '/#' | '/%'
  | ':'
  | '^' | '^^' | ',' | ',,'
  | 'length';

/** `$x`, `${x}`, `${x:-word}`, `${#x}`, `${x/a/b}`, `${x:1:2}`, `$@`, `$1`, ... */
export interface ParamPart {
  type: 'param';
  name: string;
  /**
   * `${name[index]}` (bash): `@`, `*` or an arithmetic index, as written. Arrays are PIPESTATUS
   * and those a `name=(...)` assignment makes; any other variable is an array of one element, as in bash.
   */
  index?: string;
  op?: ParamOp;
  /** `:-` rather than `-` (unset or empty, not just unset). */
  colon?: boolean;
  /** The word after the operator (pattern, default, offset). */
  arg?: Word;
  /** The replacement of `/`, or the length of `:`. */
  arg2?: Word;
  /** Set for a `${...}` the shell cannot expand: the raw text, for `bad substitution`. */
  bad?: string;
}

export interface Script {
  type: 'script';
  /** Complete commands in order: each runs before the next is looked at, as in a real shell. */
  commands: CompleteCommand[];
  /** The syntax error that stopped parsing, after the commands that parsed. */
  error?: SyntaxErrorInfo;
}

export interface CompleteCommand {
  list: CommandList;
  line: number;
  /** Parser warnings bash prints before running the command (unterminated here-document). */
  warnings?: { line: number; text: string }[];
}

export interface SyntaxErrorInfo {
  /** What was found: a token, or one of the fixed error kinds. */
  kind: 'token' | 'eof' | 'unterminated' | 'bad-for-var' | 'bad-fd' | 'bad-function-name' | 'cond';
  /** The offending token's text (`done`, `;;`, `newline`), or the unmatched quote for `unterminated`. */
  text: string;
  /** Token class, for ash wording (`unexpected word`, `unexpected redirection`). */
  tokenClass?: 'word' | 'op' | 'keyword' | 'newline' | 'redirection';
  /** The keyword or operator the parser wanted (ash prints `(expecting "fi")`). */
  expecting?: string;
  line: number;
  /** The source line, which non-interactive bash quotes. */
  lineText: string;
}

export interface CommandList {
  type: 'list';
  items: ListItem[];
}

export interface ListItem {
  andOr: AndOr;
  /** Ends with `&`: runs as a background job. */
  background: boolean;
}

export interface AndOr {
  type: 'andor';
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface Pipeline {
  type: 'pipeline';
  negated: boolean;
  commands: Command[];
}

export type Command =
  | SimpleCommand
  | BraceGroup
  | Subshell
  | IfCommand
  | LoopCommand
  | ForCommand
  | ArithForCommand
  | CaseCommand
  | CondCommand
  | ArithCommand
  | FunctionDef;

export type CompoundCommand = Exclude<Command, SimpleCommand | FunctionDef>;

export interface Assignment {
  name: string;
  value: Word;
  /** `+=` (bash). */
  append: boolean;
  /** `name=(w1 w2 ...)` (bash): an indexed array of the words' expansions; `value` is then empty. */
  array?: Word[];
}

export type RedirOp = '<' | '>' | '>>' | '>|' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redirect {
  /** The fd written before the operator (`2>`), or null for the operator's default. */
  fd: number | null;
  op: RedirOp;
  /** The file, fd number, here-string, or here-document delimiter. */
  target: Word;
  heredoc?: { body: Word; quoted: boolean };
}

export interface SimpleCommand {
  type: 'simple';
  line: number;
  assigns: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

export interface BraceGroup {
  type: 'brace';
  body: CommandList;
  redirects: Redirect[];
}

export interface Subshell {
  type: 'subshell';
  body: CommandList;
  redirects: Redirect[];
}

export interface IfCommand {
  type: 'if';
  clauses: { cond: CommandList; body: CommandList }[];
  elseBody?: CommandList;
  redirects: Redirect[];
}

export interface LoopCommand {
  type: 'while' | 'until';
  cond: CommandList;
  body: CommandList;
  redirects: Redirect[];
}

export interface ForCommand {
  type: 'for';
  name: string;
  /** Null for `for x; do` (iterates over `"$@"`). */
  words: Word[] | null;
  body: CommandList;
  line: number;
  redirects: Redirect[];
}

export interface ArithForCommand {
  type: 'arith-for';
  init: Word;
  cond: Word;
  step: Word;
  body: CommandList;
  redirects: Redirect[];
}

export interface CaseCommand {
  type: 'case';
  word: Word;
  items: CaseItem[];
  redirects: Redirect[];
}

export interface CaseItem {
  patterns: Word[];
  body: CommandList;
  /** `;;` stops, `;&` runs the next body, `;;&` tests the next patterns. */
  end: ';;' | ';&' | ';;&';
}

/** `[[ ... ]]`. */
export interface CondCommand {
  type: 'cond';
  expr: CondExpr;
  line: number;
  redirects: Redirect[];
}

export type CondExpr =
  | { type: 'and' | 'or'; left: CondExpr; right: CondExpr }
  | { type: 'not'; expr: CondExpr }
  | { type: 'unary'; op: string; arg: Word }
  | { type: 'binary'; op: string; left: Word; right: Word }
  | { type: 'word'; word: Word };

/** `(( ... ))`. */
export interface ArithCommand {
  type: 'arith-cmd';
  expr: Word;
  line: number;
  redirects: Redirect[];
}

export interface FunctionDef {
  type: 'function';
  name: string;
  body: Command;
  line: number;
}
