// What go-yaml v2's yaml.Unmarshal does with one document's text, as far as kubectl shows it:
// whether it parses, and if not, go-yaml's error text (decode.go's parser: only the first document
// is read; an alias must name an anchor defined before it; `fail` numbers the line from the
// problem's mark, one-based for scanner errors, zero-based for parser errors, or from the
// context's mark, and leaves the line out when both are on the first line).
import { Parser, YamlFailure, type YamlEvent } from './parser.js';
import type { YamlProblem } from './scanner.js';

/** A node of the document, as go-yaml's parser builds it (decode.go's node), for the values. */
export type YamlNode =
  | { kind: 'scalar'; value: string; tag?: string; implicit: boolean; style: string }
  | { kind: 'sequence'; items: YamlNode[] }
  | { kind: 'mapping'; pairs: Array<[YamlNode, YamlNode]> }
  | { kind: 'alias'; target: YamlNode };

export type DecodedDocument = { error: string } | { root: YamlNode | undefined };

/** decode.go's `(*parser).fail`: go-yaml's text for a problem, without the `yaml: ` prefix. */
export function goYamlMessage(problem: YamlProblem): string {
  let line = 0;
  if (problem.problemMark.line !== 0) {
    line = problem.problemMark.line;
    if (problem.kind === 'scanner') line++;
  } else if (problem.contextMark.line !== 0) {
    line = problem.contextMark.line;
  }
  return `${line !== 0 ? `line ${line}: ` : ''}${problem.problem || 'unknown problem parsing YAML content'}`;
}

class Composer {
  private readonly anchors = new Map<string, YamlNode>();
  private event: YamlEvent | undefined;

  constructor(private readonly parser: Parser) {}

  private peek(): YamlEvent {
    this.event ??= this.parser.next();
    return this.event!;
  }

  private take(): YamlEvent {
    const event = this.peek();
    this.event = undefined;
    return event;
  }

  /** decode.go's parse: the first document's root node (undefined for an empty stream). */
  document(): YamlNode | undefined {
    this.take(); // STREAM-START
    if (this.peek().type === 'STREAM-END') return undefined;
    this.take(); // DOCUMENT-START
    const root = this.node();
    this.take(); // DOCUMENT-END
    return root;
  }

  private node(): YamlNode {
    const event = this.take();
    switch (event.type) {
      case 'ALIAS': {
        const target = this.anchors.get(event.anchor!);
        if (!target) throw new ComposeError(`unknown anchor '${event.anchor}' referenced`);
        return { kind: 'alias', target };
      }
      case 'SCALAR': {
        const node: YamlNode = { kind: 'scalar', value: event.value ?? '', implicit: event.implicit ?? false, style: event.style ?? 'plain', ...(event.tag ? { tag: event.tag } : {}) };
        if (event.anchor !== undefined) this.anchors.set(event.anchor, node);
        return node;
      }
      case 'SEQUENCE-START': {
        const node: YamlNode = { kind: 'sequence', items: [] };
        if (event.anchor !== undefined) this.anchors.set(event.anchor, node);
        while (this.peek().type !== 'SEQUENCE-END') node.items.push(this.node());
        this.take();
        return node;
      }
      case 'MAPPING-START': {
        const node: YamlNode = { kind: 'mapping', pairs: [] };
        if (event.anchor !== undefined) this.anchors.set(event.anchor, node);
        while (this.peek().type !== 'MAPPING-END') {
          const key = this.node();
          node.pairs.push([key, this.node()]);
        }
        this.take();
        return node;
      }
      default:
        throw new ComposeError(`attempted to parse unknown event: ${event.type}`);
    }
  }
}

class ComposeError extends Error {}

/** Parses one document as go-yaml v2 does: its error text, or its tree. */
export function decodeDocument(text: string): DecodedDocument {
  const parser = new Parser(text);
  try {
    return { root: new Composer(parser).document() };
  } catch (e) {
    if (e instanceof YamlFailure && parser.problem) return { error: goYamlMessage(parser.problem) };
    if (e instanceof ComposeError) return { error: e.message };
    throw e;
  }
}
