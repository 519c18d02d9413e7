// ValidateTolerations (pkg/apis/core/validation/validation.go) with its exact messages, and a
// toleration as field errors print it (`%#v` of core.Toleration).
import { invalid, notSupported, RenderedValue, type FieldError } from '../field-errors.js';
import { goQuote } from '../schema/go-quote.js';
import type { Toleration } from '../types.js';
import { labelValueProblems, qualifiedNameProblems } from './names.js';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/**
 * `%#v` of a core.Toleration. A set TolerationSeconds is a pointer, whose address differs from
 * run to run upstream; a fixed address stands in for it.
 */
export function tolerationGoSyntax(t: Toleration): RenderedValue {
  const seconds = t.tolerationSeconds === undefined ? '(*int64)(nil)' : '(*int64)(0xc000a1e0c8)';
  const fields = [`Key:${goQuote(t.key ?? '')}`, `Operator:${goQuote(t.operator ?? '')}`, `Value:${goQuote(t.value ?? '')}`, `Effect:${goQuote(t.effect ?? '')}`, `TolerationSeconds:${seconds}`];
  return new RenderedValue(`core.Toleration{${fields.join(', ')}}`);
}

export function validateTolerations(tolerations: readonly Toleration[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (tolerations ?? []).forEach((t, i) => {
    const at = `${path}[${i}]`;
    const key = t.key ?? '';
    const operator = t.operator ?? '';
    const value = t.value ?? '';
    const effect = t.effect ?? '';
    if (key !== '') for (const p of qualifiedNameProblems(key)) errs.push(invalid(`${at}.key`, key, p));
    if (key === '' && operator !== 'Exists') {
      errs.push(invalid(`${at}.operator`, operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && effect !== 'NoExecute') errs.push(invalid(`${at}.effect`, effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    if (operator === 'Equal' || operator === '') {
      const problems = labelValueProblems(value);
      if (problems.length > 0) errs.push(invalid(`${at}.operator`, value, problems.join(';')));
    } else if (operator === 'Exists') {
      if (value !== '') errs.push(invalid(`${at}.operator`, tolerationGoSyntax(t), "value must be empty when `operator` is 'Exists'"));
    } else {
      errs.push(notSupported(`${at}.operator`, operator, ['Equal', 'Exists']));
    }
    if (effect !== '' && !EFFECTS.includes(effect)) errs.push(notSupported(`${at}.effect`, effect, EFFECTS));
  });
  return errs;
}
