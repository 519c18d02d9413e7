// go-cmp's comparison (cmp/compare.go) and the tree its default reporter records while it runs
// (cmp/report_value.go): one node per value visited, with the count of equal and unequal leaves
// below it. Leaves are basic values, nil-vs-anything pointers, slices and maps, missing slice
// elements or map entries, and types with an Equal method (resource.Quantity). No options are
// given (the API server calls cmp.Diff(old, new) bare), so nothing is ignored or transformed.
import { asList, asMap, elemOf, fieldsOf, sortedKeys, type GoKind, type GoType, type GoValue } from '../go-types/go-type.js';
import { difference, UNIQUE_X, UNIQUE_Y, type CompareResult } from './edit-script.js';

export interface ValueNode {
  readonly parent: ValueNode | undefined;
  readonly type: GoType;
  /** undefined: there is no value on that side (an inserted or removed element or entry). */
  readonly x: GoValue | undefined;
  readonly y: GoValue | undefined;
  numSame: number;
  numDiff: number;
  /** Leaves compared with an Equal method. */
  numCompared: number;
  /** Transitive descendants; 0 for a leaf. */
  numChildren: number;
  /** Depth of the tree below; 0 for a leaf. */
  maxDepth: number;
  /** Struct fields (key: the field name), slice elements (no key) or map entries (key: the map key). */
  readonly records: ValueRecord[];
  /** The pointer's target. */
  value: ValueNode | undefined;
}

export interface ValueRecord {
  readonly key: string | undefined;
  readonly value: ValueNode;
}

function newNode(parent: ValueNode | undefined, type: GoType, x: GoValue | undefined, y: GoValue | undefined): ValueNode {
  return { parent, type, x, y, numSame: 0, numDiff: 0, numCompared: 0, numChildren: 0, maxDepth: 0, records: [], value: undefined };
}

function report(node: ValueNode, eq: boolean, byMethod = false): void {
  if (eq) node.numSame++;
  else node.numDiff++;
  if (byMethod) node.numCompared++;
}

// PopStep: a child's counts add up into its parent.
function adopt(parent: ValueNode, child: ValueNode): void {
  parent.numSame += child.numSame;
  parent.numDiff += child.numDiff;
  parent.numCompared += child.numCompared;
  parent.numChildren += child.numChildren + 1;
  parent.maxDepth = Math.max(parent.maxDepth, child.maxDepth + 1);
}

function addRecord(parent: ValueNode, key: string | undefined, child: ValueNode): void {
  parent.records.push({ key, value: child });
  adopt(parent, child);
}

/** compareAny: compares x and y of type t, recording the tree below `parent`. */
export function compareValues(t: GoType, x: GoValue | undefined, y: GoValue | undefined, parent?: ValueNode): ValueNode {
  const node = newNode(parent, t, x, y);
  // The validator option: a missing slice element or map entry.
  if (x === undefined || y === undefined) {
    report(node, x === y);
    return node;
  }
  if (t.equal) {
    report(node, t.equal(x, y), true);
    return node;
  }
  switch (t.kind) {
    case 'struct': {
      const xs = asList(x);
      const ys = asList(y);
      fieldsOf(t).forEach((f, i) => addRecord(node, f.name, compareValues(f.type, xs[i] ?? null, ys[i] ?? null, node)));
      break;
    }
    case 'slice':
      if (x === null || y === null) report(node, x === y);
      else compareSlice(node, elemOf(t), asList(x), asList(y));
      break;
    case 'map':
      if (x === null || y === null) report(node, x === y);
      else compareMap(node, elemOf(t), asMap(x), asMap(y));
      break;
    case 'ptr':
      if (x === null || y === null) report(node, x === y);
      else {
        node.value = compareValues(elemOf(t), x, y, node);
        adopt(node, node.value);
      }
      break;
    default:
      report(node, x === y);
  }
  return node;
}

// Elements are aligned by an edit script; each pair is compared "statelessly" to score it.
function compareSlice(node: ValueNode, elem: GoType, xs: readonly GoValue[], ys: readonly GoValue[]): void {
  const score = (ix: number, iy: number): CompareResult => {
    const n = compareValues(elem, xs[ix], ys[iy]);
    return { numSame: n.numSame, numDiff: n.numDiff };
  };
  let ix = 0;
  let iy = 0;
  for (const e of difference(xs.length, ys.length, score)) {
    if (e === UNIQUE_X) addRecord(node, undefined, compareValues(elem, xs[ix++], undefined, node));
    else if (e === UNIQUE_Y) addRecord(node, undefined, compareValues(elem, undefined, ys[iy++], node));
    else addRecord(node, undefined, compareValues(elem, xs[ix++], ys[iy++], node));
  }
}

function compareMap(node: ValueNode, elem: GoType, xs: ReadonlyMap<string, GoValue>, ys: ReadonlyMap<string, GoValue>): void {
  for (const k of sortedKeys([...xs.keys(), ...ys.keys()])) addRecord(node, k, compareValues(elem, xs.get(k), ys.get(k), node));
}

/** The kind of the node's parent (reflect.Kind of v.parent.Type), or undefined at the root. */
export const parentKind = (v: ValueNode): GoKind | undefined => v.parent?.type.kind;
