// Syntax error texts follow Go's encoding/json scanner (scanner.go), which the API server's
// version/kind sniffing (json.Unmarshal) reports.
import { describe, expect, test } from 'vitest';
import { parseJsonText } from '../../../../src/sim/api/schema/json-text.js';

describe('parseJsonText', () => {
  test('keeps duplicate keys in order and number literals as written', () => {
    expect(parseJsonText('{"a": 1, "a": 2.50, "b": [1e3, true, null, "x\\u0041"]}')).toEqual({
      node: {
        t: 'object',
        entries: [
          ['a', { t: 'number', text: '1' }],
          ['a', { t: 'number', text: '2.50' }],
          ['b', { t: 'array', items: [{ t: 'number', text: '1e3' }, { t: 'bool', value: true }, { t: 'null' }, { t: 'string', value: 'xA' }] }],
        ],
      },
    });
  });

  test.each([
    ['', 'unexpected end of JSON input'],
    ['{"a":1', 'unexpected end of JSON input'],
    ['x', "invalid character 'x' looking for beginning of value"],
    ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1 "b":2}', `invalid character '"' after object key:value pair`],
    ['[1 2]', "invalid character '2' after array element"],
    ['{} {}', "invalid character '{' after top-level value"],
    ['[01]', "invalid character '1' after array element"],
    ['[1.]', "invalid character ']' after decimal point in numeric literal"],
    ['[1e]', "invalid character ']' in exponent of numeric literal"],
    ['[-]', "invalid character ']' in numeric literal"],
    ['[tru]', "invalid character ']' in literal true (expecting 'e')"],
    ['["\\x"]', "invalid character 'x' in string escape code"],
    ['["\\u12g4"]', "invalid character 'g' in \\u hexadecimal character escape"],
    ['["a\tb"]', "invalid character '\\t' in string literal"],
    ["{'a':1}", "invalid character '\\'' looking for beginning of object key string"],
  ])('reports %j as Go does', (text, error) => {
    expect(parseJsonText(text)).toEqual({ error });
  });
});
