// The API types that decode themselves (UnmarshalJSON), and how each fails:
// - intstr.IntOrString: a string, else encoding/json into int32 (`cannot unmarshal bool into ... of type int32`);
// - resource.Quantity: ParseQuantity of the string or the bare literal (`quantities must match ...`);
// - metav1.Time / MicroTime: encoding/json into string, then time.Parse(RFC3339 / RFC3339Micro);
// - metav1.FieldsV1: keeps any JSON as raw bytes.
// Every one accepts null. An UnmarshalTypeError from the inner encoding/json call is given the
// outer field's context by the decoder (sigs.k8s.io/json addErrorContext); the other errors pass
// through unchanged.
import { RFC3339, RFC3339_MICRO, timeParseError } from './go-time.js';
import { jsonKindWord, type JsonNode } from './json-node.js';
import { QUANTITY_FORMAT_ERROR, quantityError } from './quantity.js';

export type UnmarshalFailure =
  | { readonly typeError: { readonly value: string; readonly type: string } }
  | { readonly message: string };

export type Unmarshal = (node: JsonNode) => UnmarshalFailure | undefined;

/** Whether a JSON number literal is an integer strconv.ParseInt/ParseUint accepts for the given size. */
export function fitsInteger(text: string, bits: number, unsigned: boolean): boolean {
  if (!/^-?\d+$/.test(text) || (unsigned && text.startsWith('-'))) return false;
  const n = BigInt(text);
  const half = 2n ** BigInt(bits - 1);
  return unsigned ? n < half * 2n : n >= -half && n < half;
}

const typeError = (value: string, type: string): UnmarshalFailure => ({ typeError: { value, type } });

const intOrString: Unmarshal = (node) => {
  switch (node.t) {
    case 'string':
    case 'null':
      return undefined;
    case 'number':
      return fitsInteger(node.text, 32, false) ? undefined : typeError(`number ${node.text}`, 'int32');
    default:
      return typeError(jsonKindWord(node), 'int32');
  }
};

const quantity: Unmarshal = (node) => {
  if (node.t === 'null') return undefined;
  const text = node.t === 'string' ? node.value.trim() : node.t === 'number' ? node.text : undefined;
  const message = text === undefined ? QUANTITY_FORMAT_ERROR : quantityError(text);
  return message === undefined ? undefined : { message };
};

function time(layout: string): Unmarshal {
  return (node) => {
    if (node.t === 'null') return undefined;
    if (node.t !== 'string') return typeError(jsonKindWord(node), 'string');
    const message = timeParseError(layout, node.value);
    return message === undefined ? undefined : { message };
  };
}

/** By Go type name as the schemas write it. */
export const UNMARSHALERS: Readonly<Record<string, { readonly name: string; readonly unmarshal: Unmarshal }>> = {
  'intstr.IntOrString': { name: 'intstr.IntOrString', unmarshal: intOrString },
  'resource.Quantity': { name: 'resource.Quantity', unmarshal: quantity },
  'meta.Time': { name: 'v1.Time', unmarshal: time(RFC3339) },
  'meta.MicroTime': { name: 'v1.MicroTime', unmarshal: time(RFC3339_MICRO) },
  'meta.FieldsV1': { name: 'v1.FieldsV1', unmarshal: () => undefined },
};
