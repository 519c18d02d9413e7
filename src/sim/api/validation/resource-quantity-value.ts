// ValidateResourceQuantityValue (pkg/apis/core/validation/validation.go): a quantity of a resource
// list may not be negative, and an integer resource (object counts, extended resources) must be
// whole. The bad values print as upstream prints them: the quantity's String(), or for "must be an
// integer" the Quantity struct itself (`%#v`), as the decoder built it.
import { invalid, RenderedValue, type FieldError } from '../field-errors.js';
import type { ResourceList } from '../policy-types.js';
import { decodedQuantityText } from '../strategies/stored-resource-lists.js';
import { canonicalQuantity, parseQuantity, quantityMilliValue } from '../../core/quantity.js';
import { quantityGoSyntax } from './go-types/go-quantity.js';
import { isIntegerResourceName } from './resource-names.js';

export function validateResourceQuantityValue(list: ResourceList, name: string, field: string): FieldError[] {
  const decoded = decodedQuantityText(list, name);
  const q = parseQuantity(decoded);
  if (!q) return [];
  const errs: FieldError[] = [];
  if (q.nano < 0n) errs.push(invalid(field, canonicalQuantity(decoded), 'must be greater than or equal to 0'));
  if (isIntegerResourceName(name) && quantityMilliValue(q) % 1000 !== 0) errs.push(invalid(field, new RenderedValue(quantityGoSyntax(decoded)), 'must be an integer'));
  return errs;
}
