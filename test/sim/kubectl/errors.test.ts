// checkErr: how one error, and several, reach stderr.
import { expect, test } from 'vitest';
import { alreadyExists, invalidObject, notFound } from '../../../src/sim/api/status-error.js';
import { formatErrors, plainError } from '../../../src/sim/kubectl/errors.js';

test('one plain error gets `error: `; a Status error is `Error from server (Reason)`', () => {
  expect(formatErrors([{ error: new Error('the path "x" does not exist') }])).toBe('error: the path "x" does not exist\n');
  expect(formatErrors([{ error: notFound('pods', '', 'x') }])).toBe('Error from server (NotFound): pods "x" not found\n');
  expect(formatErrors([{ error: alreadyExists('pods', '', 'x'), source: { verb: 'creating', file: 'p.yaml' } }])).toBe(
    'Error from server (AlreadyExists): error when creating "p.yaml": pods "x" already exists\n',
  );
});

test('several errors print one per line, plain ones without `error: ` (MultipleErrors)', () => {
  expect(formatErrors([{ error: plainError('first') }, { error: new Error('second') }, { error: notFound('pods', '', 'x') }])).toBe(
    'first\nsecond\nError from server (NotFound): pods "x" not found\n',
  );
});

test('an Invalid error alone prints from its causes; among several, from its message', () => {
  const one = invalidObject('Pod', '', 'bad', [{ type: 'Required value', field: 'spec.containers' }]);
  expect(formatErrors([{ error: one }])).toBe('The Pod "bad" is invalid: spec.containers: Required value\n');
  expect(formatErrors([{ error: one }, { error: new Error('x') }])).toBe('Error from server (Invalid): Pod "bad" is invalid: spec.containers: Required value\nx\n');
});
