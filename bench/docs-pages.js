// The `docs-pages` part of `npm run bench`: 200 generated documentation-sized pages (prose,
// headings, lists, tables, YAML, JSON and shell blocks, one short transcript each: little to run)
// built by `kindling build --jobs 2 --no-cache` and by VitePress 1.6.4 (`vitepress build`) from
// the same Markdown, each as a whole process: wall time, CPU time and peak memory, and the ratios.
// Target from issue 13: kindling < 0.1x VitePress's wall time and < 0.25x its memory. VitePress is
// not a dependency: it is installed into a temporary directory with npm (skipped, with a message,
// when that fails, e.g. offline). Peak memory is each process's own (worker threads included; the
// esbuild service VitePress starts is a process of its own and not counted).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

export const VITEPRESS = 'vitepress@1.6.4';

const WORDS = ['amber', 'birch', 'cedar', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'indigo', 'juniper', 'kestrel', 'lagoon', 'maple', 'nimbus', 'orchid', 'pepper', 'quartz', 'raven', 'sierra', 'tundra'];
const TOPICS = ['Pods', 'Deployments', 'Services', 'ConfigMaps', 'Secrets', 'Jobs', 'Namespaces', 'Volumes', 'Probes', 'Labels'];
const SENTENCES = [
  'Kubernetes keeps the state you declare: you write what you want, and controllers work until the cluster matches it.',
  'The API server stores the object first; the scheduler, the kubelet and the controllers act on it afterwards, each in turn.',
  'A label is only a key and a value, but selectors built from labels tie most of Kubernetes together.',
  'When something does not look right, `kubectl describe` and the events are the first places to look.',
  'Names must be unique per kind and namespace, so the examples give every object a name of its own.',
  'The kubelet reports what really happened in the status; the spec only says what was asked for.',
  'Nothing here depends on a cloud provider: the same manifests work on kind, minikube or a managed cluster.',
  'Resource requests tell the scheduler what a container needs; limits tell the kubelet what it may use at most.',
  'A field left out of a manifest takes its default, which the API server fills in when it stores the object.',
  'Rolling updates replace Pods a few at a time, so that a Service always has ready endpoints behind it.',
  'Read each output before going on: the columns say more than they seem to at first.',
  'An image tag names a version of the software; pinning it keeps the examples repeatable.',
];

const pick = (list, i, s = 0) => list[(i * 7 + s * 13 + ((i >> 2) ^ s)) % list.length];

function paragraph(i, salt, n) {
  const from = (i * 5 + salt * 3) % SENTENCES.length;
  return Array.from({ length: n }, (_, k) => SENTENCES[(from + k) % SENTENCES.length]).join(' ');
}

/** Page `i` of `count`: about 6 KB of Markdown, as a reference page of a documentation site is. */
export function docsPage(i, count) {
  const topic = pick(TOPICS, i);
  const name = `${pick(WORDS, i)}-${pick(WORDS, i, 3)}-${i}`;
  const next = `./${pageName((i + 1) % count)}.md`;
  const sections = [];
  sections.push(`---\ntitle: ${topic} reference, part ${i + 1}\ndescription: What ${topic} are made of, and the fields you set most often.\n---\n\n# ${topic} reference, part ${i + 1}\n\n${paragraph(i, 1, 4)}\n\n${paragraph(i, 2, 3)}\n`);
  sections.push(`## Overview\n\n${paragraph(i, 3, 3)} See also [the next page](${next}) and the [Kubernetes documentation](https://kubernetes.io/docs/).\n\n- **Kind:** \`${topic.replace(/s$/, '')}\`\n- **Scope:** namespaced\n- **Short name:** \`${topic.slice(0, 2).toLowerCase()}\`\n- **Since:** v1.${10 + (i % 20)}\n`);
  sections.push(`## Fields\n\n${paragraph(i, 4, 2)}\n\n| Field | Type | Default | Description |\n| --- | --- | --- | --- |\n${Array.from({ length: 8 }, (_, k) => `| \`spec.${pick(WORDS, i + k, 5)}${k}\` | ${pick(['string', 'integer', 'boolean', 'object', '[]string'], i + k)} | ${k % 3 === 0 ? '`""`' : k % 3 === 1 ? '`0`' : 'none'} | ${SENTENCES[(i + k) % SENTENCES.length].split(':')[0]}. |`).join('\n')}\n`);
  sections.push(`### A manifest\n\n${paragraph(i, 5, 2)}\n\n\`\`\`yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    app: ${pick(WORDS, i, 2)}\n    tier: ${pick(['frontend', 'backend', 'cache'], i)}\nspec:\n  containers:\n  - name: main\n    image: nginx:1.2${5 + (i % 3)}\n    ports:\n    - containerPort: ${8000 + (i % 100)}\n    resources:\n      requests:\n        cpu: ${100 + (i % 5) * 50}m\n        memory: ${64 * (1 + (i % 4))}Mi\n    readinessProbe:\n      httpGet:\n        path: /healthz\n        port: ${8000 + (i % 100)}\n\`\`\`\n`);
  sections.push(`### As JSON\n\n${paragraph(i, 6, 1)}\n\n\`\`\`json\n{\n  "apiVersion": "v1",\n  "kind": "ConfigMap",\n  "metadata": { "name": "${name}-settings" },\n  "data": {\n    "colour": "${pick(WORDS, i, 4)}",\n    "size": "${i % 9}",\n    "enabled": "true"\n  }\n}\n\`\`\`\n`);
  sections.push(`## Working with ${topic}\n\n${paragraph(i, 7, 3)}\n\n\`\`\`bash norun\nkubectl apply -f ${name}.yaml\nkubectl get pods -l app=${pick(WORDS, i, 2)} -o wide\nkubectl describe pod ${name}\nkubectl logs ${name} --tail=20\n\`\`\`\n\n${paragraph(i, 8, 2)}\n\n1. Write the manifest.\n2. Apply it with \`kubectl apply\`.\n3. Watch the status until it is what you asked for.\n4. Change one field and apply again.\n`);
  sections.push(`### Checking the cluster\n\n${paragraph(i, 9, 2)}\n\n\`\`\`console\n$ kubectl get namespace default -o name\nnamespace/default\n\`\`\`\n`);
  sections.push(`## Troubleshooting\n\n${paragraph(i, 10, 3)}\n\n> **Note:** ${SENTENCES[(i + 3) % SENTENCES.length]}\n\n${paragraph(i, 11, 4)}\n`);
  return sections.join('\n');
}

const pageName = (i) => `${String(i).padStart(3, '0')}-page`;

/** Writes `count` pages into `dir` (created). */
export function writeDocsPages(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `${pageName(i)}.md`), docsPage(i, count));
}

/** Runs `node args` in `cwd`, timed, with its peak memory and CPU time as the process reports them. */
async function measured(root, cwd, args) {
  const usageFile = join(cwd, `usage-${process.hrtime.bigint()}.json`);
  const started = performance.now();
  const r = await execa(process.execPath, ['--import', join(root, 'bench/support/report-peak-rss.js'), ...args], {
    cwd,
    reject: false,
    all: true,
    env: { KINDLING_BENCH_USAGE: usageFile, NO_COLOR: '1' },
  });
  const wallMs = performance.now() - started;
  if (r.exitCode !== 0) throw new Error(`bench docs-pages: node ${args.join(' ')} exited with ${r.exitCode}:\n${r.all.split('\n').slice(-30).join('\n')}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { wallMs, cpuMs: usage.userMs + usage.systemMs, peakMiB: usage.maxRssKiB / 1024 };
}

export async function benchDocsPages(root, log, { count = 200, runs = 3 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kindling-bench-docs-'));
  try {
    writeDocsPages(join(dir, 'docs'), count);
    const bytes = Array.from({ length: count }, (_, i) => readFileSync(join(dir, 'docs', `${pageName(i)}.md`)).length).reduce((a, b) => a + b, 0);
    log(`docs-pages: ${count} generated pages, ${(bytes / count / 1024).toFixed(1)} KB of Markdown each on average`);
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    const line = (r) => `${s(r.wallMs)} (CPU ${s(r.cpuMs)}, peak ${r.peakMiB.toFixed(0)} MiB)`;
    // The best of `runs`, alternating the two tools (a loaded machine moves both alike).
    const best = (list) => list.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
    const kindlingArgs = [join(root, 'bin/kindling.js'), 'build', 'docs', '--jobs', '2', '--no-cache', '--out', 'dist'];
    const ours = [];

    const vp = join(dir, 'vitepress');
    let theirs = [];
    const install = await execa('npm', ['install', '--prefix', vp, '--no-audit', '--no-fund', '--loglevel=error', VITEPRESS], { reject: false, all: true });
    if (install.exitCode !== 0) {
      log(`docs-pages: ${VITEPRESS} could not be installed (npm exited with ${install.exitCode}: ${install.all.split('\n').slice(-3).join(' ').trim()}); no comparison`);
    } else {
      // The same pages in a VitePress project of their own (it resolves vue from the project).
      writeDocsPages(join(vp, 'docs'), count);
      mkdirSync(join(vp, 'docs', '.vitepress'), { recursive: true });
      writeFileSync(join(vp, 'docs', '.vitepress', 'config.mjs'), `export default { title: 'Bench', description: 'Generated pages' };\n`);
    }
    const vitepressArgs = [join(vp, 'node_modules/vitepress/bin/vitepress.js'), 'build', 'docs'];
    for (let run = 0; run < runs; run++) {
      ours.push(await measured(root, dir, kindlingArgs));
      if (install.exitCode === 0) theirs.push(await measured(root, vp, vitepressArgs));
    }
    const k = best(ours);
    log(`docs-pages: kindling build --jobs 2 --no-cache, best of ${runs}: ${line(k)}`);
    if (theirs.length === 0) return;
    const v = best(theirs);
    log(`docs-pages: ${VITEPRESS} build, best of ${runs}: ${line(v)}`);
    log(`docs-pages: kindling / VitePress: wall ${(k.wallMs / v.wallMs).toFixed(2)}x (target < 0.1x), CPU ${(k.cpuMs / v.cpuMs).toFixed(2)}x, peak memory ${(k.peakMiB / v.peakMiB).toFixed(2)}x (target < 0.25x)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
