// apimachinery's name validators with their exact messages (util/validation/validation.go).
import { invalid, type FieldError } from '../field-errors.js';

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';

/** validation.RegexError: the message with its examples and the regex. */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  let out = `${msg} (e.g. `;
  examples.forEach((e, i) => {
    if (i > 0) out += ' or ';
    out += `'${e}', `;
  });
  return `${out}regex used for validation is '${fmt}')`;
}

const maxLenError = (n: number) => `must be no more than ${n} characters`;

/** IsDNS1123Label: problems, empty when valid. */
export function dns1123LabelProblems(value: string): string[] {
  const out: string[] = [];
  if (value.length > 63) out.push(maxLenError(63));
  if (!new RegExp(`^${DNS1123_LABEL}$`).test(value)) {
    out.push(regexError("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character", DNS1123_LABEL, 'my-name', '123-abc'));
  }
  return out;
}

/** IsDNS1123Subdomain: problems, empty when valid. */
export function dns1123SubdomainProblems(value: string): string[] {
  const out: string[] = [];
  if (value.length > 253) out.push(maxLenError(253));
  if (!new RegExp(`^${DNS1123_SUBDOMAIN}$`).test(value)) {
    out.push(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", DNS1123_SUBDOMAIN, 'example.com'));
  }
  return out;
}

/** IsDNS1035Label: problems, empty when valid. */
export function dns1035LabelProblems(value: string): string[] {
  const out: string[] = [];
  if (value.length > 63) out.push(maxLenError(63));
  if (!new RegExp(`^${DNS1035_LABEL}$`).test(value)) {
    out.push(regexError("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character", DNS1035_LABEL, 'my-name', 'abc-123'));
  }
  return out;
}

/** One `Invalid value` error per problem, as ValidateObjectMeta reports a bad name. */
export function nameErrors(field: string, value: string, problems: (v: string) => string[]): FieldError[] {
  return problems(value).map((p) => invalid(field, value, p));
}

const QUALIFIED_NAME = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE = '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?';

/** IsQualifiedName (label and annotation keys). */
export function qualifiedNameProblems(value: string): string[] {
  const parts = value.split('/');
  let name = value;
  const out: string[] = [];
  if (parts.length === 2) {
    const [prefix, n] = parts as [string, string];
    name = n;
    if (prefix.length === 0) out.push('prefix part must be non-empty');
    else out.push(...dns1123SubdomainProblems(prefix).map((p) => `prefix part ${p}`));
  } else if (parts.length > 2) {
    return [regexError("a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", QUALIFIED_NAME, 'MyName', 'my.name', '123-abc') + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"];
  }
  if (name.length === 0) out.push('name part must be non-empty');
  else if (name.length > 63) out.push(`name part ${maxLenError(63)}`);
  // An empty name fails the pattern too: both messages, as IsQualifiedName gives them.
  if (!new RegExp(`^${QUALIFIED_NAME}$`).test(name)) {
    out.push(`name part ${regexError("must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", QUALIFIED_NAME, 'MyName', 'my.name', '123-abc')}`);
  }
  return out;
}

/** IsValidLabelValue. */
export function labelValueProblems(value: string): string[] {
  const out: string[] = [];
  if (value.length > 63) out.push(maxLenError(63));
  if (!new RegExp(`^${LABEL_VALUE}$`).test(value)) {
    out.push(regexError("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", LABEL_VALUE, 'MyValue', 'my_value', '12345'));
  }
  return out;
}

/** hasChDirPrefix: `.` and `..` would name a directory when a key becomes a file name. */
function chDirPrefixProblems(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  if (value.startsWith('..')) return ["must not start with '..'"];
  return [];
}

const CONFIG_MAP_KEY = '[-._a-zA-Z0-9]+';

/** IsConfigMapKey: a key of a ConfigMap's or Secret's data. */
export function configMapKeyProblems(value: string): string[] {
  const out: string[] = [];
  if (value.length > 253) out.push(maxLenError(253));
  if (!new RegExp(`^${CONFIG_MAP_KEY}$`).test(value)) {
    out.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", CONFIG_MAP_KEY, 'key.name', 'KEY_NAME', 'key-name'));
  }
  return [...out, ...chDirPrefixProblems(value)];
}

const ENV_VAR_NAME = '[-._a-zA-Z][-._a-zA-Z0-9]*';

/** IsEnvVarName: a key read from an env file (and a container's env name). */
export function envVarNameProblems(value: string): string[] {
  const out: string[] = [];
  if (!new RegExp(`^${ENV_VAR_NAME}$`).test(value)) {
    out.push(regexError("a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit", ENV_VAR_NAME, 'my.env-name', 'MY_ENV.NAME', 'MyEnvName1'));
  }
  return [...out, ...chDirPrefixProblems(value)];
}
