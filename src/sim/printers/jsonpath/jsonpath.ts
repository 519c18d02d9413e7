// A port of client-go util/jsonpath's evaluator (jsonpath.go) over decoded JSON values: fields,
// wildcards, slices, unions, filters, recursive descent and range/end, printing maps and lists
// as JSON and several results separated by spaces.
import { encodeUtf8 } from '../../core/text/utf8.js';
import { compareGoStrings } from '../../core/text/go-strings.js';
import { formatGoScalar } from '../format-go-value.js';
import { goSprintV, goTypeName } from '../go-format.js';
import { marshalGoJson, marshalGoJsonIndent } from '../go-json.js';
import { ComparisonError, compareValues } from './compare.js';
import type { JsonPathNode, ListNode } from './nodes.js';
import { parseJsonPath } from './parser.js';

/** A runtime jsonpath error, with client-go's message. */
export class JsonPathExecError extends Error {}

type Value = unknown;

function isMap(v: Value): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Map keys in a fixed order (Go's MapKeys order is random; kindling sorts for determinism). */
function mapValues(m: Record<string, unknown>): unknown[] {
  return Object.keys(m)
    .sort(compareGoStrings)
    .map((k) => m[k]);
}

function children(v: Value): unknown[] {
  if (Array.isArray(v)) return v;
  if (isMap(v)) return mapValues(v);
  if (typeof v === 'string') return [...encodeUtf8(v)];
  return [];
}

/** The JSONPath engine: parse once, then execute against data (the parse tree may be trimmed by range, as in Go). */
export class JsonPath {
  private root: ListNode;
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode: JsonPathNode | undefined;

  constructor(
    template: string,
    private readonly allowMissingKeys = false,
    private readonly outputJson = false,
  ) {
    this.root = parseJsonPath(template);
  }

  /** Execute: finds all results, then prints them (nothing is printed when finding fails). */
  execute(data: Value): string {
    const full = this.findResults(data);
    return full.map((results) => this.printResults(results)).join('');
  }

  findResults(data: Value): Value[][] {
    const cur = [data];
    const nodes = this.root.nodes;
    const fullResult: Value[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as JsonPathNode;
      const results = this.walk(cur, node);
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = node;
        break;
      }
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        if (results.length > 0) {
          for (const value of results) {
            this.root.nodes = nodes.slice(i + 1);
            fullResult.push(...this.findResults(value));
          }
        } else {
          this.root.nodes = nodes.slice(i + 1);
          this.findResults(null);
        }
        this.inRange--;
        for (let k = i + 1; k < nodes.length; k++) {
          if (nodes[k] === this.lastEndNode) {
            i = k;
            break;
          }
        }
        continue;
      }
      fullResult.push(results);
    }
    return fullResult;
  }

  printResults(results: Value[]): string {
    let list = results;
    if (this.outputJson) list = [results];
    let out = '';
    list.forEach((r, i) => {
      let text: string;
      if (this.outputJson) {
        text = `${marshalGoJsonIndent(r, '    ')}\n`;
      } else if (Array.isArray(r) || isMap(r)) {
        text = marshalGoJson(r);
      } else {
        text = formatGoScalar(r);
      }
      if (i !== list.length - 1) text += ' ';
      out += text;
    });
    return out;
  }

  private walk(value: Value[], node: JsonPathNode): Value[] {
    switch (node.type) {
      case 'list':
        return this.evalList(value, node);
      case 'text':
        return [node.text];
      case 'field':
        return this.evalField(value, node.value);
      case 'array':
        return this.evalArray(value, node);
      case 'filter':
        return this.evalFilter(value, node);
      case 'int':
      case 'float':
      case 'bool':
        return value.map(() => node.value);
      case 'wildcard':
        return value.flatMap((v) => (v === null || v === undefined ? [] : children(v)));
      case 'recursive':
        return this.evalRecursive(value);
      case 'union':
        return node.nodes.flatMap((list) => this.evalList(value, list));
      case 'identifier':
        return this.evalIdentifier(value, node.name);
    }
  }

  private evalList(value: Value[], node: ListNode): Value[] {
    let cur = value;
    for (const n of node.nodes) cur = this.walk(cur, n);
    return cur;
  }

  private evalIdentifier(input: Value[], name: string): Value[] {
    if (name === 'range') {
      this.beginRange++;
      return input;
    }
    if (name === 'end') {
      if (this.inRange > 0) {
        this.endRange++;
        return [];
      }
      throw new JsonPathExecError('not in range, nothing to end');
    }
    throw new JsonPathExecError(`unrecognized identifier ${name}`);
  }

  private evalField(input: Value[], name: string): Value[] {
    const results: Value[] = [];
    if (input.length === 0) return results;
    for (const value of input) {
      if (value === null || value === undefined) continue;
      if (isMap(value) && Object.prototype.hasOwnProperty.call(value, name)) results.push(value[name]);
    }
    if (results.length === 0) {
      if (this.allowMissingKeys) return results;
      throw new JsonPathExecError(`${name} is not found`);
    }
    return results;
  }

  private evalArray(input: Value[], node: Extract<JsonPathNode, { type: 'array' }>): Value[] {
    const result: Value[] = [];
    for (const value of input) {
      if (value === null || value === undefined) continue;
      if (!Array.isArray(value)) throw new JsonPathExecError(`${goTypeName(value)} is not array or slice`);
      const params = node.params.map((p) => ({ ...p }));
      const [p0, p1, p2] = params as [(typeof params)[0], (typeof params)[0], (typeof params)[0]];
      const length = value.length;
      if (!p0.known) p0.value = 0;
      if (p0.value < 0) p0.value += length;
      if (!p1.known) p1.value = length;
      if (p1.value < 0 || (p1.value === 0 && p1.derived)) p1.value += length;
      if (p1.value !== p0.value) {
        if (p0.value >= length || p0.value < 0) {
          throw new JsonPathExecError(`array index out of bounds: index ${p0.value}, length ${length}`);
        }
        if (p1.value > length || p1.value < 0) {
          throw new JsonPathExecError(`array index out of bounds: index ${p1.value - 1}, length ${length}`);
        }
        if (p0.value > p1.value) {
          throw new JsonPathExecError(`starting index ${p0.value} is greater than ending index ${p1.value}`);
        }
      } else {
        return result;
      }
      const slice = value.slice(p0.value, p1.value);
      let step = 1;
      if (p2.known) {
        if (p2.value <= 0) throw new JsonPathExecError('step must be > 0');
        step = p2.value;
      }
      for (let i = 0; i < slice.length; i += step) result.push(slice[i]);
    }
    return result;
  }

  private evalRecursive(input: Value[]): Value[] {
    const result: Value[] = [];
    for (const value of input) {
      if (value === null || value === undefined) continue;
      const kids = children(value);
      if (kids.length !== 0) {
        result.push(value);
        result.push(...this.evalRecursive(kids));
      }
    }
    return result;
  }

  private evalFilter(input: Value[], node: Extract<JsonPathNode, { type: 'filter' }>): Value[] {
    const results: Value[] = [];
    for (const value of input) {
      if (!Array.isArray(value)) throw new JsonPathExecError(`${goSprintV(value)} is not array or slice and cannot be filtered`);
      for (const item of value) {
        const temp = [item];
        let lefts: Value[];
        let leftError: unknown;
        try {
          lefts = this.evalList(temp, node.left);
        } catch (err) {
          lefts = [];
          leftError = err;
        }
        if (node.operator === 'exists') {
          if (lefts.length > 0) results.push(item);
          continue;
        }
        if (leftError) throw leftError;
        if (lefts.length === 0) continue;
        if (lefts.length > 1) throw new JsonPathExecError('can only compare one element at a time');
        const rights = this.evalList(temp, node.right);
        if (rights.length === 0) continue;
        if (rights.length > 1) throw new JsonPathExecError('can only compare one element at a time');
        let pass: boolean | undefined;
        try {
          pass = compareValues(node.operator, lefts[0], rights[0]);
        } catch (err) {
          if (err instanceof ComparisonError) throw new JsonPathExecError(err.message);
          throw err;
        }
        if (pass === undefined) throw new JsonPathExecError(`unrecognized filter operator ${node.operator}`);
        if (pass) results.push(item);
      }
    }
    return results;
  }
}
