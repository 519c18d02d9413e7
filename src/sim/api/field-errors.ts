// Field validation errors as apimachinery's `field.Error` renders them: `spec.containers[1].name:
// Duplicate value: "x"`. The wording of each type and the quoting of bad values matter: kubectl
// prints them verbatim.
import { goQuote } from './schema/go-quote.js';

export type FieldErrorType =
  | 'Required value'
  | 'Forbidden'
  | 'Duplicate value'
  | 'Invalid value'
  | 'Unsupported value'
  | 'Not found'
  | 'Too long'
  | 'Too many'
  | 'Internal error';

/** The StatusCause `type` for each error type (`metav1.CauseType`). */
export const CAUSE_TYPE: Record<FieldErrorType, string> = {
  'Required value': 'FieldValueRequired',
  Forbidden: 'FieldValueForbidden',
  'Duplicate value': 'FieldValueDuplicate',
  'Invalid value': 'FieldValueInvalid',
  'Unsupported value': 'FieldValueNotSupported',
  'Not found': 'FieldValueNotFound',
  'Too long': 'FieldValueTooLong',
  'Too many': 'FieldValueTooMany',
  'Internal error': 'InternalError',
};

/** A value printed with Go's `%#v` or `%s` rather than as a scalar: already rendered. */
export class RenderedValue {
  constructor(readonly text: string) {}
}

export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** The offending value; omitted for Required/Forbidden/TooLong/Internal. */
  badValue?: string | number | boolean | null | RenderedValue;
  detail?: string;
}

/** `field.Error.ErrorBody()`: the message without the field path. */
export function errorBody(e: FieldError): string {
  let s: string;
  if (e.type === 'Required value' || e.type === 'Forbidden' || e.type === 'Too long' || e.type === 'Internal error' || !('badValue' in e)) {
    s = e.type;
  } else {
    const v = e.badValue;
    if (v === null || v === undefined) s = `${e.type}: null`;
    else if (typeof v === 'string') s = `${e.type}: ${goQuote(v)}`;
    else if (v instanceof RenderedValue) s = `${e.type}: ${v.text}`;
    else s = `${e.type}: ${String(v)}`;
  }
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/** `field.Error.Error()`: `<field>: <body>`. */
export function fieldErrorMessage(e: FieldError): string {
  return e.field ? `${e.field}: ${errorBody(e)}` : errorBody(e);
}

export const required = (field: string, detail?: string): FieldError => ({ type: 'Required value', field, ...(detail ? { detail } : {}) });
export const forbidden = (field: string, detail: string): FieldError => ({ type: 'Forbidden', field, detail });
export const duplicate = (field: string, value: string): FieldError => ({ type: 'Duplicate value', field, badValue: value });
export const invalid = (field: string, value: FieldError['badValue'], detail: string): FieldError => ({ type: 'Invalid value', field, badValue: value, detail });
export const notFoundField = (field: string, value: string): FieldError => ({ type: 'Not found', field, badValue: value });
export const notSupported = (field: string, value: string, supported: string[]): FieldError => ({
  type: 'Unsupported value',
  field,
  badValue: value,
  detail: `supported values: ${supported.map(goQuote).join(', ')}`,
});
