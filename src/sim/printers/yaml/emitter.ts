// A port of go-yaml v2's emitter (emitterc.go) for the events kubectl's YAML output produces:
// block mappings and sequences (sequences in a mapping are not indented), empty flow `{}`/`[]`,
// and scalars in plain, single-quoted, double-quoted or literal style, folded at 80 columns.
// Tags, anchors and aliases are never emitted by kubectl and are left out.
import {
  type Bytes,
  isBlank,
  isBlankz,
  isBom,
  isBreak,
  isPrintable,
  isSpace,
  width,
} from './yaml-chars.js';
import { decodeUtf8, encodeUtf8 } from '../../core/text/utf8.js';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export type YamlEvent =
  | { type: 'STREAM_START' }
  | { type: 'STREAM_END' }
  | { type: 'DOCUMENT_START'; implicit: boolean }
  | { type: 'DOCUMENT_END'; implicit: boolean }
  | { type: 'SCALAR'; value: Bytes; style: ScalarStyle }
  | { type: 'SEQUENCE_START'; flow: boolean }
  | { type: 'SEQUENCE_END' }
  | { type: 'MAPPING_START'; flow: boolean }
  | { type: 'MAPPING_END' };

type State =
  | 'STREAM_START'
  | 'FIRST_DOCUMENT_START'
  | 'DOCUMENT_START'
  | 'DOCUMENT_CONTENT'
  | 'DOCUMENT_END'
  | 'FLOW_SEQUENCE_FIRST_ITEM'
  | 'FLOW_SEQUENCE_ITEM'
  | 'FLOW_MAPPING_FIRST_KEY'
  | 'FLOW_MAPPING_KEY'
  | 'FLOW_MAPPING_SIMPLE_VALUE'
  | 'FLOW_MAPPING_VALUE'
  | 'BLOCK_SEQUENCE_FIRST_ITEM'
  | 'BLOCK_SEQUENCE_ITEM'
  | 'BLOCK_MAPPING_FIRST_KEY'
  | 'BLOCK_MAPPING_KEY'
  | 'BLOCK_MAPPING_SIMPLE_VALUE'
  | 'BLOCK_MAPPING_VALUE'
  | 'END';

const bytes = (s: string): Bytes => encodeUtf8(s);

/** go-yaml v2's emitter: feed it events, then read the output. */
export class YamlEmitter {
  private out: number[] = [];
  private events: YamlEvent[] = [];
  private head = 0;
  private state: State = 'STREAM_START';
  private states: State[] = [];
  private indent = -1;
  private indents: number[] = [];
  private flowLevel = 0;
  private column = 0;
  private whitespace = true;
  private indention = true;
  private openEnded = false;
  private rootContext = false;
  private sequenceContext = false;
  private mappingContext = false;
  private simpleKeyContext = false;
  private readonly bestIndent = 2;
  private readonly bestWidth = 80;
  private scalar = {
    value: new Uint8Array(0) as Bytes,
    multiline: false,
    flowPlainAllowed: false,
    blockPlainAllowed: false,
    singleQuotedAllowed: false,
    blockAllowed: false,
    style: 'plain' as ScalarStyle,
  };

  /** The text written so far. */
  output(): string {
    return decodeUtf8(this.out);
  }

  /** yaml_emitter_emit: queues the event and runs the state machine as far as lookahead allows. */
  emit(event: YamlEvent): void {
    this.events.push(event);
    while (!this.needMoreEvents()) {
      const ev = this.events[this.head] as YamlEvent;
      this.analyzeEvent(ev);
      this.stateMachine(ev);
      this.head++;
    }
  }

  // ---- lookahead --------------------------------------------------------------------------

  private needMoreEvents(): boolean {
    if (this.head === this.events.length) return true;
    let accumulate: number;
    switch ((this.events[this.head] as YamlEvent).type) {
      case 'DOCUMENT_START':
        accumulate = 1;
        break;
      case 'SEQUENCE_START':
        accumulate = 2;
        break;
      case 'MAPPING_START':
        accumulate = 3;
        break;
      default:
        return false;
    }
    if (this.events.length - this.head > accumulate) return false;
    let level = 0;
    for (let i = this.head; i < this.events.length; i++) {
      const t = (this.events[i] as YamlEvent).type;
      if (t === 'STREAM_START' || t === 'DOCUMENT_START' || t === 'SEQUENCE_START' || t === 'MAPPING_START') level++;
      else if (t === 'STREAM_END' || t === 'DOCUMENT_END' || t === 'SEQUENCE_END' || t === 'MAPPING_END') level--;
      if (level === 0) return false;
    }
    return true;
  }

  private checkEmptySequence(): boolean {
    if (this.events.length - this.head < 2) return false;
    return this.events[this.head]?.type === 'SEQUENCE_START' && this.events[this.head + 1]?.type === 'SEQUENCE_END';
  }

  private checkEmptyMapping(): boolean {
    if (this.events.length - this.head < 2) return false;
    return this.events[this.head]?.type === 'MAPPING_START' && this.events[this.head + 1]?.type === 'MAPPING_END';
  }

  private checkSimpleKey(): boolean {
    const ev = this.events[this.head] as YamlEvent;
    let length = 0;
    switch (ev.type) {
      case 'SCALAR':
        if (this.scalar.multiline) return false;
        length += this.scalar.value.length;
        break;
      case 'SEQUENCE_START':
        if (!this.checkEmptySequence()) return false;
        break;
      case 'MAPPING_START':
        if (!this.checkEmptyMapping()) return false;
        break;
      default:
        return false;
    }
    return length <= 128;
  }

  // ---- output primitives ------------------------------------------------------------------

  private put(b: number): void {
    this.out.push(b);
    this.column++;
  }

  private putBreak(): void {
    this.out.push(0x0a);
    this.column = 0;
  }

  /** Copies one UTF-8 character from s at i; returns the next index. */
  private write(s: Bytes, i: number): number {
    const w = width(s[i] as number) || 1;
    for (let k = 0; k < w; k++) this.out.push(s[i + k] as number);
    this.column++;
    return i + w;
  }

  private writeAll(s: Bytes): void {
    for (let i = 0; i < s.length; ) i = this.write(s, i);
  }

  private writeBreak(s: Bytes, i: number): number {
    if (s[i] === 0x0a) {
      this.putBreak();
      return i + 1;
    }
    const next = this.write(s, i);
    this.column = 0;
    return next;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) {
      this.indent = flow ? this.bestIndent : 0;
    } else if (!indentless) {
      this.indent += this.bestIndent;
    }
  }

  private popIndent(): void {
    this.indent = this.indents.pop() as number;
  }

  private popState(): void {
    this.state = this.states.pop() as State;
  }

  private writeIndent(): void {
    const indent = this.indent < 0 ? 0 : this.indent;
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(0x20);
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(0x20);
    this.writeAll(bytes(indicator));
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
    this.openEnded = false;
  }

  // ---- state machine ----------------------------------------------------------------------

  private stateMachine(ev: YamlEvent): void {
    switch (this.state) {
      case 'STREAM_START':
        return this.emitStreamStart(ev);
      case 'FIRST_DOCUMENT_START':
        return this.emitDocumentStart(ev, true);
      case 'DOCUMENT_START':
        return this.emitDocumentStart(ev, false);
      case 'DOCUMENT_CONTENT':
        this.states.push('DOCUMENT_END');
        return this.emitNode(ev, true, false, false, false);
      case 'DOCUMENT_END':
        return this.emitDocumentEnd(ev);
      case 'FLOW_SEQUENCE_FIRST_ITEM':
        return this.emitFlowSequenceItem(ev, true);
      case 'FLOW_SEQUENCE_ITEM':
        return this.emitFlowSequenceItem(ev, false);
      case 'FLOW_MAPPING_FIRST_KEY':
        return this.emitFlowMappingKey(ev, true);
      case 'FLOW_MAPPING_KEY':
        return this.emitFlowMappingKey(ev, false);
      case 'FLOW_MAPPING_SIMPLE_VALUE':
        return this.emitFlowMappingValue(ev, true);
      case 'FLOW_MAPPING_VALUE':
        return this.emitFlowMappingValue(ev, false);
      case 'BLOCK_SEQUENCE_FIRST_ITEM':
        return this.emitBlockSequenceItem(ev, true);
      case 'BLOCK_SEQUENCE_ITEM':
        return this.emitBlockSequenceItem(ev, false);
      case 'BLOCK_MAPPING_FIRST_KEY':
        return this.emitBlockMappingKey(ev, true);
      case 'BLOCK_MAPPING_KEY':
        return this.emitBlockMappingKey(ev, false);
      case 'BLOCK_MAPPING_SIMPLE_VALUE':
        return this.emitBlockMappingValue(ev, true);
      case 'BLOCK_MAPPING_VALUE':
        return this.emitBlockMappingValue(ev, false);
      case 'END':
        throw new Error('yaml: expected nothing after STREAM-END');
    }
  }

  private emitStreamStart(ev: YamlEvent): void {
    if (ev.type !== 'STREAM_START') throw new Error('yaml: expected STREAM-START');
    this.indent = -1;
    this.column = 0;
    this.whitespace = true;
    this.indention = true;
    this.state = 'FIRST_DOCUMENT_START';
  }

  private emitDocumentStart(ev: YamlEvent, first: boolean): void {
    if (ev.type === 'DOCUMENT_START') {
      const implicit = ev.implicit && first;
      if (!implicit) {
        this.writeIndent();
        this.writeIndicator('---', true, false, false);
      }
      this.state = 'DOCUMENT_CONTENT';
      return;
    }
    if (ev.type === 'STREAM_END') {
      if (this.openEnded) {
        this.writeIndicator('...', true, false, false);
        this.writeIndent();
      }
      this.state = 'END';
      return;
    }
    throw new Error('yaml: expected DOCUMENT-START or STREAM-END');
  }

  private emitDocumentEnd(ev: YamlEvent): void {
    if (ev.type !== 'DOCUMENT_END') throw new Error('yaml: expected DOCUMENT-END');
    this.writeIndent();
    if (!ev.implicit) {
      this.writeIndicator('...', true, false, false);
      this.writeIndent();
    }
    this.state = 'DOCUMENT_START';
  }

  /** Called by the encoder before STREAM-END, as go-yaml's encoder.finish does. */
  clearOpenEnded(): void {
    this.openEnded = false;
  }

  /** `[` or `{`: a flow collection starts, one indent and one flow level deeper. */
  private openFlow(indicator: string): void {
    this.writeIndicator(indicator, true, true, false);
    this.increaseIndent(true, false);
    this.flowLevel++;
  }

  /** `]` or `}`: the flow collection ends, and the emitter returns to the state it came from. */
  private closeFlow(indicator: string): void {
    this.flowLevel--;
    this.popIndent();
    this.writeIndicator(indicator, false, false, false);
    this.popState();
  }

  private emitFlowSequenceItem(ev: YamlEvent, first: boolean): void {
    if (first) this.openFlow('[');
    if (ev.type === 'SEQUENCE_END') return this.closeFlow(']');
    if (!first) this.writeIndicator(',', false, false, false);
    if (this.column > this.bestWidth) this.writeIndent();
    this.states.push('FLOW_SEQUENCE_ITEM');
    this.emitNode(ev, false, true, false, false);
  }

  private emitFlowMappingKey(ev: YamlEvent, first: boolean): void {
    if (first) this.openFlow('{');
    if (ev.type === 'MAPPING_END') return this.closeFlow('}');
    if (!first) this.writeIndicator(',', false, false, false);
    if (this.column > this.bestWidth) this.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push('FLOW_MAPPING_SIMPLE_VALUE');
      this.emitNode(ev, false, false, true, true);
      return;
    }
    this.writeIndicator('?', true, false, false);
    this.states.push('FLOW_MAPPING_VALUE');
    this.emitNode(ev, false, false, true, false);
  }

  private emitFlowMappingValue(ev: YamlEvent, simple: boolean): void {
    if (simple) {
      this.writeIndicator(':', false, false, false);
    } else {
      if (this.column > this.bestWidth) this.writeIndent();
      this.writeIndicator(':', true, false, false);
    }
    this.states.push('FLOW_MAPPING_KEY');
    this.emitNode(ev, false, false, true, false);
  }

  private emitBlockSequenceItem(ev: YamlEvent, first: boolean): void {
    if (first) this.increaseIndent(false, this.mappingContext && !this.indention);
    if (ev.type === 'SEQUENCE_END') {
      this.popIndent();
      this.popState();
      return;
    }
    this.writeIndent();
    this.writeIndicator('-', true, false, true);
    this.states.push('BLOCK_SEQUENCE_ITEM');
    this.emitNode(ev, false, true, false, false);
  }

  private emitBlockMappingKey(ev: YamlEvent, first: boolean): void {
    if (first) this.increaseIndent(false, false);
    if (ev.type === 'MAPPING_END') {
      this.popIndent();
      this.popState();
      return;
    }
    this.writeIndent();
    if (this.checkSimpleKey()) {
      this.states.push('BLOCK_MAPPING_SIMPLE_VALUE');
      this.emitNode(ev, false, false, true, true);
      return;
    }
    this.writeIndicator('?', true, false, true);
    this.states.push('BLOCK_MAPPING_VALUE');
    this.emitNode(ev, false, false, true, false);
  }

  private emitBlockMappingValue(ev: YamlEvent, simple: boolean): void {
    if (simple) {
      this.writeIndicator(':', false, false, false);
    } else {
      this.writeIndent();
      this.writeIndicator(':', true, false, true);
    }
    this.states.push('BLOCK_MAPPING_KEY');
    this.emitNode(ev, false, false, true, false);
  }

  private emitNode(ev: YamlEvent, root: boolean, sequence: boolean, mapping: boolean, simpleKey: boolean): void {
    this.rootContext = root;
    this.sequenceContext = sequence;
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    switch (ev.type) {
      case 'SCALAR':
        this.selectScalarStyle(ev);
        this.increaseIndent(true, false);
        this.processScalar();
        this.popIndent();
        this.popState();
        return;
      case 'SEQUENCE_START':
        this.state =
          this.flowLevel > 0 || ev.flow || this.checkEmptySequence() ? 'FLOW_SEQUENCE_FIRST_ITEM' : 'BLOCK_SEQUENCE_FIRST_ITEM';
        return;
      case 'MAPPING_START':
        this.state =
          this.flowLevel > 0 || ev.flow || this.checkEmptyMapping() ? 'FLOW_MAPPING_FIRST_KEY' : 'BLOCK_MAPPING_FIRST_KEY';
        return;
      default:
        throw new Error(`yaml: expected SCALAR, SEQUENCE-START, MAPPING-START, or ALIAS, but got ${ev.type}`);
    }
  }

  // ---- scalars ----------------------------------------------------------------------------

  private analyzeEvent(ev: YamlEvent): void {
    this.scalar.value = new Uint8Array(0);
    if (ev.type === 'SCALAR') this.analyzeScalar(ev.value);
  }

  /** yaml_emitter_analyze_scalar: which styles can represent the value. */
  private analyzeScalar(value: Bytes): void {
    const s = this.scalar;
    s.value = value;
    if (value.length === 0) {
      s.multiline = false;
      s.flowPlainAllowed = false;
      s.blockPlainAllowed = true;
      s.singleQuotedAllowed = true;
      s.blockAllowed = false;
      return;
    }
    let blockIndicators = false;
    let flowIndicators = false;
    let lineBreaks = false;
    let specialCharacters = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    let previousSpace = false;
    let previousBreak = false;
    const v0 = value[0];
    const v1 = value[1];
    const v2 = value[2];
    if (value.length >= 3 && ((v0 === 0x2d && v1 === 0x2d && v2 === 0x2d) || (v0 === 0x2e && v1 === 0x2e && v2 === 0x2e))) {
      blockIndicators = true;
      flowIndicators = true;
    }
    let precededByWhitespace = true;
    for (let i = 0, w = 0; i < value.length; i += w) {
      w = width(value[i] as number) || 1;
      const followedByWhitespace = i + w >= value.length || isBlank(value, i + w);
      const c = String.fromCharCode(value[i] as number);
      if (i === 0) {
        switch (c) {
          case '#':
          case ',':
          case '[':
          case ']':
          case '{':
          case '}':
          case '&':
          case '*':
          case '!':
          case '|':
          case '>':
          case "'":
          case '"':
          case '%':
          case '@':
          case '`':
            flowIndicators = true;
            blockIndicators = true;
            break;
          case '?':
          case ':':
            flowIndicators = true;
            if (followedByWhitespace) blockIndicators = true;
            break;
          case '-':
            if (followedByWhitespace) {
              flowIndicators = true;
              blockIndicators = true;
            }
            break;
        }
      } else {
        switch (c) {
          case ',':
          case '?':
          case '[':
          case ']':
          case '{':
          case '}':
            flowIndicators = true;
            break;
          case ':':
            flowIndicators = true;
            if (followedByWhitespace) blockIndicators = true;
            break;
          case '#':
            if (precededByWhitespace) {
              flowIndicators = true;
              blockIndicators = true;
            }
            break;
        }
      }
      // The emitter is set to unicode, so only unprintable characters are special.
      if (!isPrintable(value, i)) specialCharacters = true;
      if (isSpace(value, i)) {
        if (i === 0) leadingSpace = true;
        if (i + w === value.length) trailingSpace = true;
        if (previousBreak) breakSpace = true;
        previousSpace = true;
        previousBreak = false;
      } else if (isBreak(value, i)) {
        lineBreaks = true;
        if (i === 0) leadingBreak = true;
        if (i + w === value.length) trailingBreak = true;
        if (previousSpace) spaceBreak = true;
        previousSpace = false;
        previousBreak = true;
      } else {
        previousSpace = false;
        previousBreak = false;
      }
      precededByWhitespace = isBlankz(value, i);
    }
    s.multiline = lineBreaks;
    s.flowPlainAllowed = true;
    s.blockPlainAllowed = true;
    s.singleQuotedAllowed = true;
    s.blockAllowed = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
      s.flowPlainAllowed = false;
      s.blockPlainAllowed = false;
    }
    if (trailingSpace) s.blockAllowed = false;
    if (breakSpace) {
      s.flowPlainAllowed = false;
      s.blockPlainAllowed = false;
      s.singleQuotedAllowed = false;
    }
    if (spaceBreak || specialCharacters) {
      s.flowPlainAllowed = false;
      s.blockPlainAllowed = false;
      s.singleQuotedAllowed = false;
      s.blockAllowed = false;
    }
    if (lineBreaks) {
      s.flowPlainAllowed = false;
      s.blockPlainAllowed = false;
    }
    if (flowIndicators) s.flowPlainAllowed = false;
    if (blockIndicators) s.blockPlainAllowed = false;
  }

  /** yaml_emitter_select_scalar_style (scalars are always implicit: no tags are written). */
  private selectScalarStyle(ev: { style: ScalarStyle }): void {
    const s = this.scalar;
    let style = ev.style;
    if (this.simpleKeyContext && s.multiline) style = 'double';
    if (style === 'plain') {
      if ((this.flowLevel > 0 && !s.flowPlainAllowed) || (this.flowLevel === 0 && !s.blockPlainAllowed)) style = 'single';
      if (s.value.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = 'single';
    }
    if (style === 'single' && !s.singleQuotedAllowed) style = 'double';
    if ((style === 'literal' || style === 'folded') && (!s.blockAllowed || this.flowLevel > 0 || this.simpleKeyContext)) {
      style = 'double';
    }
    s.style = style;
  }

  private processScalar(): void {
    const s = this.scalar;
    switch (s.style) {
      case 'plain':
        return this.writePlain(s.value, !this.simpleKeyContext);
      case 'single':
        return this.writeSingleQuoted(s.value, !this.simpleKeyContext);
      case 'double':
        return this.writeDoubleQuoted(s.value, !this.simpleKeyContext);
      case 'literal':
        return this.writeLiteral(s.value);
      case 'folded':
        return this.writeFolded(s.value);
    }
  }

  private writePlain(value: Bytes, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(0x20);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < value.length; ) {
      if (isSpace(value, i)) {
        if (allowBreaks && !spaces && this.column > this.bestWidth && !isSpace(value, i + 1)) {
          this.writeIndent();
          i += width(value[i] as number);
        } else {
          i = this.write(value, i);
        }
        spaces = true;
      } else if (isBreak(value, i)) {
        if (!breaks && value[i] === 0x0a) this.putBreak();
        i = this.writeBreak(value, i);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        i = this.write(value, i);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
    if (this.rootContext) this.openEnded = true;
  }

  private writeSingleQuoted(value: Bytes, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < value.length; ) {
      if (isSpace(value, i)) {
        if (allowBreaks && !spaces && this.column > this.bestWidth && i > 0 && i < value.length - 1 && !isSpace(value, i + 1)) {
          this.writeIndent();
          i += width(value[i] as number);
        } else {
          i = this.write(value, i);
        }
        spaces = true;
      } else if (isBreak(value, i)) {
        if (!breaks && value[i] === 0x0a) this.putBreak();
        i = this.writeBreak(value, i);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (value[i] === 0x27) this.put(0x27);
        i = this.write(value, i);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuoted(value: Bytes, allowBreaks: boolean): void {
    let spaces = false;
    this.writeIndicator('"', true, false, false);
    for (let i = 0; i < value.length; ) {
      const octet = value[i] as number;
      if (!isPrintable(value, i) || isBom(value, i) || isBreak(value, i) || octet === 0x22 || octet === 0x5c) {
        let w = 1;
        let v = octet & 0x7f;
        if ((octet & 0x80) === 0x00) {
          w = 1;
          v = octet & 0x7f;
        } else if ((octet & 0xe0) === 0xc0) {
          w = 2;
          v = octet & 0x1f;
        } else if ((octet & 0xf0) === 0xe0) {
          w = 3;
          v = octet & 0x0f;
        } else if ((octet & 0xf8) === 0xf0) {
          w = 4;
          v = octet & 0x07;
        }
        for (let k = 1; k < w; k++) v = (v << 6) + ((value[i + k] as number) & 0x3f);
        i += w;
        this.put(0x5c);
        const short: Record<number, string> = {
          0x00: '0',
          0x07: 'a',
          0x08: 'b',
          0x09: 't',
          0x0a: 'n',
          0x0b: 'v',
          0x0c: 'f',
          0x0d: 'r',
          0x1b: 'e',
          0x22: '"',
          0x5c: '\\',
          0x85: 'N',
          0xa0: '_',
          0x2028: 'L',
          0x2029: 'P',
        };
        const esc = short[v];
        if (esc !== undefined) {
          this.put(esc.charCodeAt(0));
        } else {
          let digits: number;
          if (v <= 0xff) {
            this.put(0x78); // x
            digits = 2;
          } else if (v <= 0xffff) {
            this.put(0x75); // u
            digits = 4;
          } else {
            this.put(0x55); // U
            digits = 8;
          }
          for (let k = (digits - 1) * 4; k >= 0; k -= 4) {
            const digit = (v >>> k) & 0x0f;
            this.put(digit < 10 ? digit + 0x30 : digit + 0x41 - 10);
          }
        }
        spaces = false;
      } else if (isSpace(value, i)) {
        if (allowBreaks && !spaces && this.column > this.bestWidth && i > 0 && i < value.length - 1) {
          this.writeIndent();
          if (isSpace(value, i + 1)) this.put(0x5c);
          i += width(value[i] as number);
        } else {
          i = this.write(value, i);
        }
        spaces = true;
      } else {
        i = this.write(value, i);
        spaces = false;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeBlockScalarHints(value: Bytes): void {
    if (isSpace(value, 0) || isBreak(value, 0)) this.writeIndicator(String(this.bestIndent), false, false, false);
    this.openEnded = false;
    let chomp = '';
    if (value.length === 0) {
      chomp = '-';
    } else {
      let i = value.length - 1;
      while (((value[i] as number) & 0xc0) === 0x80) i--;
      if (!isBreak(value, i)) {
        chomp = '-';
      } else if (i === 0) {
        chomp = '+';
        this.openEnded = true;
      } else {
        i--;
        while (((value[i] as number) & 0xc0) === 0x80) i--;
        if (isBreak(value, i)) {
          chomp = '+';
          this.openEnded = true;
        }
      }
    }
    if (chomp) this.writeIndicator(chomp, false, false, false);
  }

  private writeLiteral(value: Bytes): void {
    this.writeIndicator('|', true, false, false);
    this.writeBlockScalarHints(value);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (let i = 0; i < value.length; ) {
      if (isBreak(value, i)) {
        i = this.writeBreak(value, i);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        i = this.write(value, i);
        this.indention = false;
        breaks = false;
      }
    }
  }

  private writeFolded(value: Bytes): void {
    this.writeIndicator('>', true, false, false);
    this.writeBlockScalarHints(value);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    let leadingSpaces = true;
    for (let i = 0; i < value.length; ) {
      if (isBreak(value, i)) {
        if (!breaks && !leadingSpaces && value[i] === 0x0a) {
          let k = 0;
          while (isBreak(value, k)) k += width(value[k] as number);
          if (!isBlankz(value, k)) this.putBreak();
        }
        i = this.writeBreak(value, i);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) {
          this.writeIndent();
          leadingSpaces = isBlank(value, i);
        }
        if (!breaks && isSpace(value, i) && !isSpace(value, i + 1) && this.column > this.bestWidth) {
          this.writeIndent();
          i += width(value[i] as number);
        } else {
          i = this.write(value, i);
        }
        this.indention = false;
        breaks = false;
      }
    }
  }
}
