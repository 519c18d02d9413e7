// go-yaml v2's parser (parserc.go): the LL(1) state machine that turns the scanner's tokens into
// events, and fails with go-yaml's words ("did not find expected key", "did not find expected ','
// or ']'", ...) at go-yaml's marks. Ported function by function; see scanner.ts for why.
import { Scanner, YamlFailure, type Mark, type ScalarStyle, type Token, type YamlProblem } from './scanner.js';

export type EventType =
  | 'STREAM-START'
  | 'STREAM-END'
  | 'DOCUMENT-START'
  | 'DOCUMENT-END'
  | 'ALIAS'
  | 'SCALAR'
  | 'SEQUENCE-START'
  | 'SEQUENCE-END'
  | 'MAPPING-START'
  | 'MAPPING-END';

export interface YamlEvent {
  type: EventType;
  start: Mark;
  end: Mark;
  anchor?: string;
  tag?: string;
  value?: string;
  style?: ScalarStyle;
  /** A scalar: plain and untagged (or tagged `!`), so its type is resolved from its text. */
  implicit?: boolean;
}

type State =
  | 'STREAM-START'
  | 'IMPLICIT-DOCUMENT-START'
  | 'DOCUMENT-START'
  | 'DOCUMENT-CONTENT'
  | 'DOCUMENT-END'
  | 'BLOCK-NODE'
  | 'BLOCK-NODE-OR-INDENTLESS-SEQUENCE'
  | 'FLOW-NODE'
  | 'BLOCK-SEQUENCE-FIRST-ENTRY'
  | 'BLOCK-SEQUENCE-ENTRY'
  | 'INDENTLESS-SEQUENCE-ENTRY'
  | 'BLOCK-MAPPING-FIRST-KEY'
  | 'BLOCK-MAPPING-KEY'
  | 'BLOCK-MAPPING-VALUE'
  | 'FLOW-SEQUENCE-FIRST-ENTRY'
  | 'FLOW-SEQUENCE-ENTRY'
  | 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY'
  | 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE'
  | 'FLOW-SEQUENCE-ENTRY-MAPPING-END'
  | 'FLOW-MAPPING-FIRST-KEY'
  | 'FLOW-MAPPING-KEY'
  | 'FLOW-MAPPING-VALUE'
  | 'FLOW-MAPPING-EMPTY-VALUE'
  | 'END';

const DEFAULT_TAG_DIRECTIVES: Array<[string, string]> = [
  ['!', '!'],
  ['!!', 'tag:yaml.org,2002:'],
];

export class Parser {
  readonly scanner: Scanner;
  private state: State = 'STREAM-START';
  private states: State[] = [];
  private marks: Mark[] = [];
  private tagDirectives: Array<[string, string]> = [];

  constructor(text: string) {
    this.scanner = new Scanner(text);
  }

  get problem(): YamlProblem | undefined {
    return this.scanner.problem;
  }

  /** yaml_parser_parse: the next event; throws YamlFailure with `problem` set on an error. */
  next(): YamlEvent | undefined {
    if (this.scanner.streamEndProduced || this.state === 'END') return undefined;
    return this.stateMachine();
  }

  private fail(problem: string, problemMark: Mark, context?: string, contextMark?: Mark): never {
    this.scanner.problem = { kind: 'parser', problem, problemMark: { ...problemMark }, contextMark: { ...(contextMark ?? { index: 0, line: 0, column: 0 }) }, ...(context ? { context } : {}) };
    throw new YamlFailure();
  }

  private peek(): Token {
    return this.scanner.peek();
  }

  private skip(): void {
    this.scanner.skipToken();
  }

  private pop(): State {
    return this.states.pop()!;
  }

  private stateMachine(): YamlEvent {
    switch (this.state) {
      case 'STREAM-START':
        return this.parseStreamStart();
      case 'IMPLICIT-DOCUMENT-START':
        return this.parseDocumentStart(true);
      case 'DOCUMENT-START':
        return this.parseDocumentStart(false);
      case 'DOCUMENT-CONTENT':
        return this.parseDocumentContent();
      case 'DOCUMENT-END':
        return this.parseDocumentEnd();
      case 'BLOCK-NODE':
        return this.parseNode(true, false);
      case 'BLOCK-NODE-OR-INDENTLESS-SEQUENCE':
        return this.parseNode(true, true);
      case 'FLOW-NODE':
        return this.parseNode(false, false);
      case 'BLOCK-SEQUENCE-FIRST-ENTRY':
        return this.parseBlockSequenceEntry(true);
      case 'BLOCK-SEQUENCE-ENTRY':
        return this.parseBlockSequenceEntry(false);
      case 'INDENTLESS-SEQUENCE-ENTRY':
        return this.parseIndentlessSequenceEntry();
      case 'BLOCK-MAPPING-FIRST-KEY':
        return this.parseBlockMappingKey(true);
      case 'BLOCK-MAPPING-KEY':
        return this.parseBlockMappingKey(false);
      case 'BLOCK-MAPPING-VALUE':
        return this.parseBlockMappingValue();
      case 'FLOW-SEQUENCE-FIRST-ENTRY':
        return this.parseFlowSequenceEntry(true);
      case 'FLOW-SEQUENCE-ENTRY':
        return this.parseFlowSequenceEntry(false);
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY':
        return this.parseFlowSequenceEntryMappingKey();
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE':
        return this.parseFlowSequenceEntryMappingValue();
      case 'FLOW-SEQUENCE-ENTRY-MAPPING-END':
        return this.parseFlowSequenceEntryMappingEnd();
      case 'FLOW-MAPPING-FIRST-KEY':
        return this.parseFlowMappingKey(true);
      case 'FLOW-MAPPING-KEY':
        return this.parseFlowMappingKey(false);
      case 'FLOW-MAPPING-VALUE':
        return this.parseFlowMappingValue(false);
      case 'FLOW-MAPPING-EMPTY-VALUE':
        return this.parseFlowMappingValue(true);
      case 'END':
        throw new Error('invalid parser state');
    }
  }

  private parseStreamStart(): YamlEvent {
    const token = this.peek();
    if (token.type !== 'STREAM-START') this.fail('did not find expected <stream-start>', token.start);
    this.state = 'IMPLICIT-DOCUMENT-START';
    this.skip();
    return { type: 'STREAM-START', start: token.start, end: token.end };
  }

  private parseDocumentStart(implicit: boolean): YamlEvent {
    let token = this.peek();
    if (!implicit) {
      while (token.type === 'DOCUMENT-END') {
        this.skip();
        token = this.peek();
      }
    }
    if (implicit && token.type !== 'VERSION-DIRECTIVE' && token.type !== 'TAG-DIRECTIVE' && token.type !== 'DOCUMENT-START' && token.type !== 'STREAM-END') {
      this.processDirectives();
      this.states.push('DOCUMENT-END');
      this.state = 'BLOCK-NODE';
      return { type: 'DOCUMENT-START', start: token.start, end: token.end };
    }
    if (token.type !== 'STREAM-END') {
      const start = token.start;
      this.processDirectives();
      token = this.peek();
      if (token.type !== 'DOCUMENT-START') this.fail('did not find expected <document start>', token.start);
      this.states.push('DOCUMENT-END');
      this.state = 'DOCUMENT-CONTENT';
      const end = token.end;
      this.skip();
      return { type: 'DOCUMENT-START', start, end };
    }
    this.state = 'END';
    this.skip();
    return { type: 'STREAM-END', start: token.start, end: token.end };
  }

  private parseDocumentContent(): YamlEvent {
    const token = this.peek();
    if (['VERSION-DIRECTIVE', 'TAG-DIRECTIVE', 'DOCUMENT-START', 'DOCUMENT-END', 'STREAM-END'].includes(token.type)) {
      this.state = this.pop();
      return this.emptyScalar(token.start);
    }
    return this.parseNode(true, false);
  }

  private parseDocumentEnd(): YamlEvent {
    const token = this.peek();
    const start = token.start;
    let end = token.start;
    if (token.type === 'DOCUMENT-END') {
      end = token.end;
      this.skip();
    }
    this.tagDirectives = [];
    this.state = 'DOCUMENT-START';
    return { type: 'DOCUMENT-END', start, end };
  }

  private parseNode(block: boolean, indentlessSequence: boolean): YamlEvent {
    let token = this.peek();
    if (token.type === 'ALIAS') {
      this.state = this.pop();
      this.skip();
      return { type: 'ALIAS', start: token.start, end: token.end, anchor: token.value! };
    }
    let start = token.start;
    let end = token.start;
    let tagToken = false;
    let tagHandle = '';
    let tagSuffix = '';
    let anchor: string | undefined;
    let tagMark = token.start;
    if (token.type === 'ANCHOR') {
      anchor = token.value!;
      start = token.start;
      end = token.end;
      this.skip();
      token = this.peek();
      if (token.type === 'TAG') {
        tagToken = true;
        tagHandle = token.value!;
        tagSuffix = token.suffix!;
        tagMark = token.start;
        end = token.end;
        this.skip();
        token = this.peek();
      }
    } else if (token.type === 'TAG') {
      tagToken = true;
      tagHandle = token.value!;
      tagSuffix = token.suffix!;
      start = token.start;
      tagMark = token.start;
      end = token.end;
      this.skip();
      token = this.peek();
      if (token.type === 'ANCHOR') {
        anchor = token.value!;
        end = token.end;
        this.skip();
        token = this.peek();
      }
    }
    let tag = '';
    if (tagToken) {
      if (tagHandle.length === 0) {
        tag = tagSuffix;
      } else {
        const directive = this.tagDirectives.find(([handle]) => handle === tagHandle);
        if (directive) tag = directive[1] + tagSuffix;
        if (tag.length === 0) this.fail('found undefined tag handle', tagMark, 'while parsing a node', start);
      }
    }
    const props = { ...(anchor !== undefined ? { anchor } : {}), ...(tag !== '' ? { tag } : {}) };
    if (indentlessSequence && token.type === 'BLOCK-ENTRY') {
      this.state = 'INDENTLESS-SEQUENCE-ENTRY';
      return { type: 'SEQUENCE-START', start, end: token.end, ...props };
    }
    if (token.type === 'SCALAR') {
      const implicit = (tag === '' && token.style === 'plain') || tag === '!';
      this.state = this.pop();
      this.skip();
      return { type: 'SCALAR', start, end: token.end, ...props, value: token.value!, style: token.style!, implicit };
    }
    if (token.type === 'FLOW-SEQUENCE-START') {
      this.state = 'FLOW-SEQUENCE-FIRST-ENTRY';
      return { type: 'SEQUENCE-START', start, end: token.end, ...props };
    }
    if (token.type === 'FLOW-MAPPING-START') {
      this.state = 'FLOW-MAPPING-FIRST-KEY';
      return { type: 'MAPPING-START', start, end: token.end, ...props };
    }
    if (block && token.type === 'BLOCK-SEQUENCE-START') {
      this.state = 'BLOCK-SEQUENCE-FIRST-ENTRY';
      return { type: 'SEQUENCE-START', start, end: token.end, ...props };
    }
    if (block && token.type === 'BLOCK-MAPPING-START') {
      this.state = 'BLOCK-MAPPING-FIRST-KEY';
      return { type: 'MAPPING-START', start, end: token.end, ...props };
    }
    if (anchor !== undefined || tag !== '') {
      this.state = this.pop();
      return { type: 'SCALAR', start, end, ...props, value: '', style: 'plain', implicit: tag === '' };
    }
    this.fail('did not find expected node content', token.start, block ? 'while parsing a block node' : 'while parsing a flow node', start);
  }

  private parseBlockSequenceEntry(first: boolean): YamlEvent {
    if (first) {
      this.marks.push(this.peek().start);
      this.skip();
    }
    let token = this.peek();
    if (token.type === 'BLOCK-ENTRY') {
      const mark = token.end;
      this.skip();
      token = this.peek();
      if (token.type !== 'BLOCK-ENTRY' && token.type !== 'BLOCK-END') {
        this.states.push('BLOCK-SEQUENCE-ENTRY');
        return this.parseNode(true, false);
      }
      this.state = 'BLOCK-SEQUENCE-ENTRY';
      return this.emptyScalar(mark);
    }
    if (token.type === 'BLOCK-END') {
      this.state = this.pop();
      this.marks.pop();
      this.skip();
      return { type: 'SEQUENCE-END', start: token.start, end: token.end };
    }
    const contextMark = this.marks.pop()!;
    this.fail("did not find expected '-' indicator", token.start, 'while parsing a block collection', contextMark);
  }

  private parseIndentlessSequenceEntry(): YamlEvent {
    let token = this.peek();
    if (token.type === 'BLOCK-ENTRY') {
      const mark = token.end;
      this.skip();
      token = this.peek();
      if (token.type !== 'BLOCK-ENTRY' && token.type !== 'KEY' && token.type !== 'VALUE' && token.type !== 'BLOCK-END') {
        this.states.push('INDENTLESS-SEQUENCE-ENTRY');
        return this.parseNode(true, false);
      }
      this.state = 'INDENTLESS-SEQUENCE-ENTRY';
      return this.emptyScalar(mark);
    }
    this.state = this.pop();
    return { type: 'SEQUENCE-END', start: token.start, end: token.start };
  }

  private parseBlockMappingKey(first: boolean): YamlEvent {
    if (first) {
      this.marks.push(this.peek().start);
      this.skip();
    }
    let token = this.peek();
    if (token.type === 'KEY') {
      const mark = token.end;
      this.skip();
      token = this.peek();
      if (token.type !== 'KEY' && token.type !== 'VALUE' && token.type !== 'BLOCK-END') {
        this.states.push('BLOCK-MAPPING-VALUE');
        return this.parseNode(true, true);
      }
      this.state = 'BLOCK-MAPPING-VALUE';
      return this.emptyScalar(mark);
    }
    if (token.type === 'BLOCK-END') {
      this.state = this.pop();
      this.marks.pop();
      this.skip();
      return { type: 'MAPPING-END', start: token.start, end: token.end };
    }
    const contextMark = this.marks.pop()!;
    this.fail('did not find expected key', token.start, 'while parsing a block mapping', contextMark);
  }

  private parseBlockMappingValue(): YamlEvent {
    let token = this.peek();
    if (token.type === 'VALUE') {
      const mark = token.end;
      this.skip();
      token = this.peek();
      if (token.type !== 'KEY' && token.type !== 'VALUE' && token.type !== 'BLOCK-END') {
        this.states.push('BLOCK-MAPPING-KEY');
        return this.parseNode(true, true);
      }
      this.state = 'BLOCK-MAPPING-KEY';
      return this.emptyScalar(mark);
    }
    this.state = 'BLOCK-MAPPING-KEY';
    return this.emptyScalar(token.start);
  }

  private parseFlowSequenceEntry(first: boolean): YamlEvent {
    if (first) {
      this.marks.push(this.peek().start);
      this.skip();
    }
    let token = this.peek();
    if (token.type !== 'FLOW-SEQUENCE-END') {
      if (!first) {
        if (token.type === 'FLOW-ENTRY') {
          this.skip();
          token = this.peek();
        } else {
          const contextMark = this.marks.pop()!;
          this.fail("did not find expected ',' or ']'", token.start, 'while parsing a flow sequence', contextMark);
        }
      }
      if (token.type === 'KEY') {
        this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-KEY';
        this.skip();
        return { type: 'MAPPING-START', start: token.start, end: token.end };
      }
      if (token.type !== 'FLOW-SEQUENCE-END') {
        this.states.push('FLOW-SEQUENCE-ENTRY');
        return this.parseNode(false, false);
      }
    }
    this.state = this.pop();
    this.marks.pop();
    this.skip();
    return { type: 'SEQUENCE-END', start: token.start, end: token.end };
  }

  private parseFlowSequenceEntryMappingKey(): YamlEvent {
    const token = this.peek();
    if (token.type !== 'VALUE' && token.type !== 'FLOW-ENTRY' && token.type !== 'FLOW-SEQUENCE-END') {
      this.states.push('FLOW-SEQUENCE-ENTRY-MAPPING-VALUE');
      return this.parseNode(false, false);
    }
    const mark = token.end;
    this.skip();
    this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-VALUE';
    return this.emptyScalar(mark);
  }

  private parseFlowSequenceEntryMappingValue(): YamlEvent {
    let token = this.peek();
    if (token.type === 'VALUE') {
      this.skip();
      token = this.peek();
      if (token.type !== 'FLOW-ENTRY' && token.type !== 'FLOW-SEQUENCE-END') {
        this.states.push('FLOW-SEQUENCE-ENTRY-MAPPING-END');
        return this.parseNode(false, false);
      }
    }
    this.state = 'FLOW-SEQUENCE-ENTRY-MAPPING-END';
    return this.emptyScalar(token.start);
  }

  private parseFlowSequenceEntryMappingEnd(): YamlEvent {
    const token = this.peek();
    this.state = 'FLOW-SEQUENCE-ENTRY';
    return { type: 'MAPPING-END', start: token.start, end: token.start };
  }

  private parseFlowMappingKey(first: boolean): YamlEvent {
    if (first) {
      this.marks.push(this.peek().start);
      this.skip();
    }
    let token = this.peek();
    if (token.type !== 'FLOW-MAPPING-END') {
      if (!first) {
        if (token.type === 'FLOW-ENTRY') {
          this.skip();
          token = this.peek();
        } else {
          const contextMark = this.marks.pop()!;
          this.fail("did not find expected ',' or '}'", token.start, 'while parsing a flow mapping', contextMark);
        }
      }
      if (token.type === 'KEY') {
        this.skip();
        token = this.peek();
        if (token.type !== 'VALUE' && token.type !== 'FLOW-ENTRY' && token.type !== 'FLOW-MAPPING-END') {
          this.states.push('FLOW-MAPPING-VALUE');
          return this.parseNode(false, false);
        }
        this.state = 'FLOW-MAPPING-VALUE';
        return this.emptyScalar(token.start);
      }
      if (token.type !== 'FLOW-MAPPING-END') {
        this.states.push('FLOW-MAPPING-EMPTY-VALUE');
        return this.parseNode(false, false);
      }
    }
    this.state = this.pop();
    this.marks.pop();
    this.skip();
    return { type: 'MAPPING-END', start: token.start, end: token.end };
  }

  private parseFlowMappingValue(empty: boolean): YamlEvent {
    let token = this.peek();
    if (empty) {
      this.state = 'FLOW-MAPPING-KEY';
      return this.emptyScalar(token.start);
    }
    if (token.type === 'VALUE') {
      this.skip();
      token = this.peek();
      if (token.type !== 'FLOW-ENTRY' && token.type !== 'FLOW-MAPPING-END') {
        this.states.push('FLOW-MAPPING-KEY');
        return this.parseNode(false, false);
      }
    }
    this.state = 'FLOW-MAPPING-KEY';
    return this.emptyScalar(token.start);
  }

  private emptyScalar(mark: Mark): YamlEvent {
    return { type: 'SCALAR', start: mark, end: mark, value: '', style: 'plain', implicit: true };
  }

  private processDirectives(): void {
    let token = this.peek();
    let version = false;
    const added: string[] = [];
    while (token.type === 'VERSION-DIRECTIVE' || token.type === 'TAG-DIRECTIVE') {
      if (token.type === 'VERSION-DIRECTIVE') {
        if (version) this.fail('found duplicate %YAML directive', token.start);
        if (token.major !== 1 || token.minor !== 1) this.fail('found incompatible YAML document', token.start);
        version = true;
      } else {
        this.appendTagDirective(token.value!, token.prefix!, false, token.start);
        added.push(token.value!);
      }
      this.skip();
      token = this.peek();
    }
    for (const [handle, prefix] of DEFAULT_TAG_DIRECTIVES) this.appendTagDirective(handle, prefix, true, token.start);
  }

  private appendTagDirective(handle: string, prefix: string, allowDuplicates: boolean, mark: Mark): void {
    if (this.tagDirectives.some(([h]) => h === handle)) {
      if (allowDuplicates) return;
      this.fail('found duplicate %TAG directive', mark);
    }
    this.tagDirectives.push([handle, prefix]);
  }
}

export { YamlFailure };
