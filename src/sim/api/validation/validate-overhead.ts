// validateOverhead (pkg/apis/core/validation/validation.go, and node/validation for a
// RuntimeClass's overhead.podFixed): ValidateContainerResourceRequirements with the overhead as its
// only limits, so the errors name `<path>.limits[<resource>]`. Upstream ranges over the map; the
// names are taken sorted here.
import { forbidden, invalid, type FieldError } from '../field-errors.js';
import type { ResourceList } from '../policy-types.js';
import { decodedQuantityText } from '../strategies/stored-resource-lists.js';
import { sortGoStrings } from '../../core/text/go-strings.js';
import { canonicalQuantity, parseQuantity, quantityMilliValue, quantityValue } from '../../core/quantity.js';
import { isHugePageResourceName, validateContainerResourceName } from './resource-names.js';
import { validateResourceQuantityValue } from './resource-quantity-value.js';

const QOS_COMPUTE = new Set(['cpu', 'memory']);

/** IsHugePageResourceValueDivisible: a whole number of the page size the name gives (`hugepages-2Mi`). */
function hugePageValueDivisible(name: string, text: string): boolean {
  const page = parseQuantity(name.slice('hugepages-'.length));
  const q = parseQuantity(text);
  if (!page || !q || page.nano <= 0n || quantityMilliValue(page) % 1000 !== 0) return false;
  return quantityValue(q) % quantityValue(page) === 0;
}

export function validateOverhead(list: ResourceList | undefined, path: string): FieldError[] {
  if (!list) return [];
  const errs: FieldError[] = [];
  let cpuOrMemory = false;
  let hugePages = false;
  for (const name of sortGoStrings(Object.keys(list))) {
    const field = `${path}.limits[${name}]`;
    errs.push(...validateContainerResourceName(name, field), ...validateResourceQuantityValue(list, name, field));
    if (isHugePageResourceName(name)) {
      hugePages = true;
      const text = canonicalQuantity(decodedQuantityText(list, name));
      if (!hugePageValueDivisible(name, text)) errs.push(invalid(field, text, `${text} is not positive integer multiple of ${name}`));
    }
    if (QOS_COMPUTE.has(name)) cpuOrMemory = true;
  }
  if (hugePages && !cpuOrMemory) errs.push(forbidden(path, 'HugePages require cpu or memory'));
  return errs;
}
