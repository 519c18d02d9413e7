#!/usr/bin/env node
// Writes src/sim/api/openapi/upstream-descriptions.ts (one JSON string, parsed on first use): the descriptions, required fields and enum
// values of the Kubernetes v1.32 OpenAPI definitions that the simulator's Go schemas reach
// (src/sim/api/schema), and nothing else. Run after `npm run build:ts` (it reads the schemas from
// lib/), with the two npm packages below unpacked (`npm pack NAME@VERSION` into /tmp, not installed):
//
//   CLIENT_NODE=/tmp/kc/package   @kubernetes/client-node@1.1.2, generated from the Kubernetes
//       v1.32.0 OpenAPI spec ("OpenAPI spec version: v1.32.0" in every model). Its generator keeps
//       each description on one line (newlines become spaces), drops the "Possible enum values"
//       paragraphs, and drops the descriptions of fields whose type is another definition.
//   MODELS=/tmp/km/package MODELS_META=/tmp/kma/package   kubernetes-models@4.5.0 and
//       @kubernetes-models/apimachinery@2.1.0, generated from the v1.33 spec with descriptions intact.
//
// The v1.32 text wins: a v1.33 description is used as is only where, with its newlines made
// spaces and its enum paragraph set aside, it is the v1.32 text (then it gives back the newlines and
// the enum paragraph), or where v1.32's package lost it (fields of a definition type). Where the
// texts differ, the v1.32 text is kept with its paragraph breaks ("  ") restored and v1.33's enum
// paragraph appended. The counts are printed.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLIENT_NODE = process.env.CLIENT_NODE ?? '/tmp/kc1.1.2/package';
const MODELS = process.env.MODELS ?? '/tmp/km4.5.0/package';
const MODELS_META = process.env.MODELS_META ?? '/tmp/kma/package';

const { PACKAGES } = await import(join(root, 'lib/sim/api/schema/go-type.js'));
const { definitionName, PACKAGE_DEFINITION_PREFIX } = await import(join(root, 'lib/sim/api/openapi/definition-names.js'));

const CLIENT_PREFIX = { core: 'CoreV1', apps: 'AppsV1', batch: 'BatchV1', discovery: 'DiscoveryV1', storage: 'StorageV1', node: 'NodeV1', apiregistration: 'ApiregistrationV1', meta: 'V1', autoscaling: 'V2', autoscalingv1: 'V1', rbac: 'RbacV1', scheduling: 'SchedulingV1' };
const MODELS_DIR = { core: 'v1', apps: 'apps/v1', batch: 'batch/v1', discovery: 'discovery.k8s.io/v1', storage: 'storage.k8s.io/v1', node: 'node.k8s.io/v1', apiregistration: 'apiregistration.k8s.io/v1', autoscaling: 'autoscaling/v2', autoscalingv1: 'autoscaling/v1', rbac: 'rbac.authorization.k8s.io/v1', scheduling: 'scheduling.k8s.io/v1' };

/** JSDoc blocks of a .d.ts: [{ doc, next }] with the line that follows each block. */
function jsdocBlocks(text) {
  const out = [];
  const re = /\/\*\*\n([\s\S]*?)\*\/\n([^\n]*)/g;
  for (let m; (m = re.exec(text)); ) {
    const lines = m[1].split('\n').filter((l, i, all) => i < all.length - 1 || l.trim() !== '');
    const doc = lines.map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
    out.push({ doc, next: m[2].trim() });
  }
  return out;
}

/** The generator renames JSON names that are TypeScript keywords (`default` -> `_default`). */
const goName = (n) => (n === '_default' ? 'default' : n);

function readClient(pkg, name) {
  for (const cls of [`${CLIENT_PREFIX[pkg]}${name}`, `V1${name}`]) {
    const file = join(CLIENT_NODE, 'dist/gen/models', `${cls}.d.ts`);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const unescape = (s) => s.replace(/\\(.)/g, '$1');
    const res = { fields: {}, required: [], present: new Set() };
    for (const b of jsdocBlocks(text)) {
      if (b.next.startsWith('export declare class')) res.doc = unescape(b.doc);
      const f = /^'([^']+)'\??:/.exec(b.next);
      if (f) res.fields[goName(f[1])] = unescape(b.doc);
    }
    for (const m of text.matchAll(/^\s+'([^']+)'(\?)?:/gm)) {
      res.present.add(goName(m[1]));
      if (!m[2]) res.required.push(goName(m[1]));
    }
    return res;
  }
  return undefined;
}

function readModels(pkg, name) {
  const file = pkg === 'meta' ? join(MODELS_META, 'apis/meta/v1', `${name}.d.ts`) : join(MODELS, MODELS_DIR[pkg], `${name}.d.ts`);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const res = { fields: {}, enums: {} };
  for (const b of jsdocBlocks(text)) {
    if (/^export interface I\w+/.test(b.next)) res.doc = b.doc;
    const f = /^"([^"]+)"\??: (.*)$/.exec(b.next);
    if (f) {
      res.fields[f[1]] = b.doc;
      const lits = f[2].replace(/;$/, '').split(' | ');
      if (lits.every((l) => /^"[^"]*"$/.test(l))) res.enums[f[1]] = lits.map((l) => JSON.parse(l));
    }
  }
  return res;
}

const ENUM_PARA = '\n\nPossible enum values:';
const stats = { same: 0, refOnly: 0, only132: 0, differs: 0, missing: 0 };
const differing = [];

function merge(v132, v133, where) {
  if (v132 === undefined) {
    if (v133 === undefined) {
      stats.missing++;
      console.error(`no description for ${where}`);
      return undefined;
    }
    stats.refOnly++;
    return v133;
  }
  if (v133 !== undefined) {
    const cut = v133.indexOf(ENUM_PARA);
    const base = cut < 0 ? v133 : v133.slice(0, cut);
    if (base.replace(/\n/g, ' ') === v132) {
      stats.same++;
      return v133;
    }
  }
  if (v133 === undefined) stats.only132++;
  else {
    stats.differs++;
    differing.push(where);
  }
  const enumPara = v133 && v133.includes(ENUM_PARA) ? v133.slice(v133.indexOf(ENUM_PARA)) : '';
  return v132.replace(/ {2}/g, '\n\n') + enumPara;
}

const definitions = {};
for (const [pkg, source] of Object.entries(PACKAGES)) {
  for (const [name, struct] of Object.entries(source.structs)) {
    const def = definitionName(pkg, name);
    const c = readClient(pkg, name);
    const m = readModels(pkg, name);
    if (!c) {
      console.error(`no v1.32 model for ${def}`);
      continue;
    }
    const entry = { d: merge(c.doc, m?.doc, def), f: {} };
    if (c.required.length) entry.r = c.required;
    for (const field of Object.keys(struct)) {
      if (!c.present.has(field)) console.error(`${def}.${field}: not in the v1.32 model`);
      const d = merge(c.fields[field], m?.fields[field], `${def}.${field}`);
      const en = m?.enums[field];
      entry.f[field] = en && d?.includes(ENUM_PARA) ? [d, en] : d ?? '';
    }
    for (const field of c.present) if (!(field in struct)) console.error(`${def}.${field}: in v1.32 but not in the simulator's schema`);
    definitions[def] = entry;
  }
}
// The types that decode themselves (src/sim/api/schema/unmarshalers.ts), from apimachinery.
const SPECIAL = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': 'util/intstr/IntOrString.d.ts',
  'io.k8s.apimachinery.pkg.api.resource.Quantity': 'api/resource/Quantity.d.ts',
  'io.k8s.apimachinery.pkg.apis.meta.v1.Time': 'apis/meta/v1/Time.d.ts',
  'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime': 'apis/meta/v1/MicroTime.d.ts',
  'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1': 'apis/meta/v1/FieldsV1.d.ts',
};
for (const [def, file] of Object.entries(SPECIAL)) {
  const blocks = jsdocBlocks(readFileSync(join(MODELS_META, file), 'utf8'));
  definitions[def] = { d: blocks[0]?.doc ?? '' };
}

const out = join(root, 'src/sim/api/openapi/upstream-descriptions.ts');
mkdirSync(dirname(out), { recursive: true });
const data = {
  source:
    'Kubernetes v1.32.0 OpenAPI descriptions via @kubernetes/client-node@1.1.2, with newlines, enum paragraphs and ' +
    'definition-typed field descriptions from kubernetes-models@4.5.0 / @kubernetes-models/apimachinery@2.1.0 (v1.33) ' +
    'where they agree; generated by scripts/gen-openapi-descriptions.mjs',
  prefixes: PACKAGE_DEFINITION_PREFIX,
  definitions: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => (a < b ? -1 : 1))),
};
const header =
  '// Generated by scripts/gen-openapi-descriptions.mjs; do not edit. Upstream facts (descriptions, required\n' +
  '// fields, enum values) as one JSON string, so that loading the module costs a string, not an object graph:\n' +
  '// openapi/descriptions.ts parses it when explain or an OpenAPI document first needs it.\n' +
  '/* eslint-disable */\n';
writeFileSync(out, `${header}export const UPSTREAM_DESCRIPTIONS_JSON: string = ${JSON.stringify(JSON.stringify(data))};\n`);
console.log(JSON.stringify(stats), `${Object.keys(definitions).length} definitions`);
console.log('v1.32 text kept where v1.33 differs:', differing.join(', '));
