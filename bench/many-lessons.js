// Lessons for the `many` part of `npm run bench`: `count` varied, documentation-sized lessons
// (prose, headings, manifests, transcripts) that really run on the simulator: Pods with init
// containers, Deployments that scale, ConfigMaps read by Pods, Jobs, Services and labels. Each
// lesson's names, images, sizes, sections, tags and prose vary with its number, so no two files
// are alike. Only the `$ ` lines are written: `kindling update` records the outputs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = ['amber', 'birch', 'cedar', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'indigo', 'juniper', 'kestrel', 'lagoon', 'maple', 'nimbus', 'orchid', 'pepper', 'quartz', 'raven', 'sierra', 'tundra', 'umber', 'violet', 'willow', 'xenon', 'yarrow', 'zephyr'];
const IMAGES = ['busybox:1.36', 'busybox:1.35', 'busybox:1.37'];
const NGINX = ['nginx:1.25', 'nginx:1.26', 'nginx:1.27'];
const SECTIONS = ['Pods', 'Workloads', 'Configuration', 'Batch', 'Networking', 'Organizing'];

/** A deterministic pick from `list` for lesson `i`, salt `s`. */
const pick = (list, i, s = 0) => list[(i * 7 + s * 13 + ((i >> 3) ^ s)) % list.length];
const nameOf = (i) => `${pick(WORDS, i)}-${pick(WORDS, i, 5)}-${i}`;

const SENTENCES = [
  'Kubernetes keeps the state you declare: you write what you want, and controllers work until the cluster matches it.',
  'Everything below runs on the built-in simulator, so waiting costs no real time and every output is the same on every machine.',
  'Read each output before going on: the columns say more than they seem to at first.',
  'The API server stores the object first; the scheduler, the kubelet and the controllers act on it afterwards, each in turn.',
  'A label is only a key and a value, but selectors built from labels tie most of Kubernetes together.',
  'When something does not look right, `kubectl describe` and the events are the first places to look.',
  'Names must be unique per kind and namespace, so the examples give every object a name of its own.',
  'The kubelet reports what really happened in the status; the spec only says what was asked for.',
  'Nothing here depends on a cloud provider: the same commands work on kind, minikube or a managed cluster.',
  'It is worth typing the commands yourself rather than copying them, at least the first time.',
  'Watch the AGE column: it counts from the moment the object was created, not from when it became ready.',
  'An image tag names a version of the software; pinning it keeps the lesson repeatable.',
];

function prose(i, salt, n) {
  n += 2;
  const out = [];
  // Consecutive sentences of the pool, from a place that depends on the lesson and the paragraph.
  const from = (i * 7 + salt * 5) % SENTENCES.length;
  for (let k = 0; k < n; k++) out.push(SENTENCES[(from + k) % SENTENCES.length]);
  return out.map((t, k) => (k > 0 && k % 3 === 0 ? `\n\n${t}` : t)).join(' ').replace(/ \n\n/g, '\n\n');
}

function frontMatter(i, title, description, section, tags) {
  return `---\ntitle: ${title}\ndescription: ${description}\norder: ${i + 1}\nsection: ${section}\ntags: [${tags.join(', ')}]\n---\n`;
}

function podWithInits(i) {
  const name = nameOf(i);
  const image = pick(IMAGES, i);
  const inits = 1 + (i % 3);
  const initYaml = Array.from({ length: inits }, (_, k) => `  - name: step-${k + 1}\n    image: ${image}\n    command: ['sh', '-c', 'echo step ${k + 1} of ${name}; sleep ${2 + ((i + k) % 4)}; echo done ${k + 1}']`).join('\n');
  return [
    frontMatter(i, `Init containers of ${name}`, `A Pod whose ${inits} init container${inits === 1 ? '' : 's'} run before its app container.`, 'Pods', ['pods', 'init-containers', pick(WORDS, i)]),
    `\n${prose(i, 1, 4)}\n\n## The manifest\n\nThe Pod \`${name}\` has ${inits} init container${inits === 1 ? '' : 's'}. ${prose(i, 2, 3)}\n\n`,
    '```yaml file=pod.yaml\n',
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    app: ${pick(WORDS, i, 2)}\nspec:\n  initContainers:\n${initYaml}\n  containers:\n  - name: app\n    image: ${image}\n    command: ['sh', '-c', 'echo serving ${name}; sleep 3600']\n`,
    '```\n\n```console\n$ kubectl apply -f pod.yaml\n```\n\n',
    `## While it starts\n\n${prose(i, 3, 3)}\n\n\`\`\`console\n$ kubectl get pod ${name}\n$ sleep 30\n$ kubectl get pod ${name}\n\`\`\`\n\n`,
    `## What the containers printed\n\n${prose(i, 4, 2)}\n\n\`\`\`console\n${Array.from({ length: inits }, (_, k) => `$ kubectl logs ${name} -c step-${k + 1}\n`).join('')}$ kubectl logs ${name}\n\`\`\`\n\n`,
    `${prose(i, 5, 3)}\n\n\`\`\`console\n$ kubectl delete pod ${name} --wait=false\n\`\`\`\n`,
  ].join('');
}

function deploymentThatScales(i) {
  const name = nameOf(i);
  const image = pick(NGINX, i);
  const replicas = 1 + (i % 3);
  const to = replicas + 1 + (i % 2);
  return [
    frontMatter(i, `Scaling the ${name} Deployment`, `A Deployment of ${replicas} replica${replicas === 1 ? '' : 's'}, scaled to ${to}.`, 'Workloads', ['deployments', 'scaling', pick(WORDS, i, 1)]),
    `\n${prose(i, 6, 4)}\n\n## A Deployment\n\n${prose(i, 7, 3)}\n\n`,
    '```yaml file=deployment.yaml\n',
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n      - name: web\n        image: ${image}\n        ports:\n        - containerPort: 80\n`,
    '```\n\n```console\n$ kubectl apply -f deployment.yaml\n$ kubectl rollout status deployment/' + name + '\n$ kubectl get deployment ' + name + '\n```\n\n',
    `## More replicas\n\n${prose(i, 8, 3)}\n\n\`\`\`console\n$ kubectl scale deployment ${name} --replicas=${to}\n$ kubectl rollout status deployment/${name}\n$ kubectl get replicasets -l app=${name}\n$ kubectl get pods -l app=${name}\n\`\`\`\n\n`,
    `${prose(i, 9, 3)}\n`,
  ].join('');
}

function configMapInPod(i) {
  const name = nameOf(i);
  const image = pick(IMAGES, i, 3);
  const colour = pick(WORDS, i, 4);
  return [
    frontMatter(i, `Settings for ${name} from a ConfigMap`, 'A ConfigMap made on the command line and read by a Pod as environment variables.', 'Configuration', ['configmaps', 'pods', colour]),
    `\n${prose(i, 10, 4)}\n\n## The ConfigMap\n\n${prose(i, 11, 2)}\n\n`,
    `\`\`\`console\n$ kubectl create configmap ${name}-settings --from-literal=colour=${colour} --from-literal=size=${i % 9}\n$ kubectl get configmap ${name}-settings -o yaml\n\`\`\`\n\n`,
    `## A Pod that reads it\n\n${prose(i, 12, 3)}\n\n`,
    '```yaml file=reader.yaml\n',
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  restartPolicy: Never\n  containers:\n  - name: reader\n    image: ${image}\n    command: ['sh', '-c', 'echo colour is $colour and size is $size']\n    envFrom:\n    - configMapRef:\n        name: ${name}-settings\n`,
    `\`\`\`\n\n\`\`\`console\n$ kubectl apply -f reader.yaml\n$ kubectl wait --for=jsonpath='{.status.phase}'=Succeeded pod/${name} --timeout=60s\n$ kubectl logs ${name}\n$ kubectl get pod ${name}\n\`\`\`\n\n`,
    `${prose(i, 13, 3)}\n`,
  ].join('');
}

function jobThatCompletes(i) {
  const name = nameOf(i);
  const image = pick(IMAGES, i, 6);
  const completions = 1 + (i % 3);
  return [
    frontMatter(i, `The ${name} Job runs to completion`, `A Job that needs ${completions} successful Pod${completions === 1 ? '' : 's'}.`, 'Batch', ['jobs', pick(WORDS, i, 7)]),
    `\n${prose(i, 14, 4)}\n\n## The Job\n\n${prose(i, 15, 3)}\n\n`,
    '```yaml file=job.yaml\n',
    `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ${name}\nspec:\n  completions: ${completions}\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: work\n        image: ${image}\n        command: ['sh', '-c', 'echo working on ${name}; sleep ${3 + (i % 5)}; echo finished']\n`,
    `\`\`\`\n\n\`\`\`console\n$ kubectl apply -f job.yaml\n$ kubectl wait --for=condition=complete job/${name} --timeout=120s\n$ kubectl get job ${name}\n$ kubectl logs job/${name}\n\`\`\`\n\n`,
    `## Its Pods\n\n${prose(i, 16, 3)}\n\n\`\`\`console\n$ kubectl get pods -l job-name=${name}\n\`\`\`\n\n${prose(i, 17, 2)}\n`,
  ].join('');
}

function serviceInFront(i) {
  const name = nameOf(i);
  const replicas = 1 + (i % 2);
  return [
    frontMatter(i, `A Service in front of ${name}`, 'A Deployment exposed by a ClusterIP Service, and the endpoints behind it.', 'Networking', ['services', 'networking', pick(WORDS, i, 8)]),
    `\n${prose(i, 18, 4)}\n\n## The backends\n\n${prose(i, 19, 2)}\n\n`,
    `\`\`\`console\n$ kubectl create deployment ${name} --image=${pick(NGINX, i, 1)} --replicas=${replicas} --port=80\n$ kubectl rollout status deployment/${name}\n\`\`\`\n\n`,
    `## The Service\n\n${prose(i, 20, 3)}\n\n\`\`\`console\n$ kubectl expose deployment ${name} --port=80\n$ kubectl get service ${name}\n$ kubectl get endpoints ${name}\n\`\`\`\n\n`,
    `${prose(i, 21, 3)}\n`,
  ].join('');
}

function labelsAndNamespaces(i) {
  const name = nameOf(i);
  const ns = `team-${pick(WORDS, i, 9)}-${i}`;
  const tier = pick(['frontend', 'backend', 'cache'], i);
  return [
    frontMatter(i, `Labels in the ${ns} namespace`, 'A namespace of its own, a Pod in it, and labels to select it by.', 'Organizing', ['namespaces', 'labels', pick(WORDS, i, 10)]),
    `\n${prose(i, 22, 4)}\n\n## A namespace\n\n${prose(i, 23, 2)}\n\n`,
    `\`\`\`console\n$ kubectl create namespace ${ns}\n$ kubectl run ${name} --image=${pick(IMAGES, i, 11)} -n ${ns} --labels=tier=${tier} -- sleep 3600\n$ kubectl wait --for=condition=Ready pod/${name} -n ${ns} --timeout=60s\n\`\`\`\n\n`,
    `## Labels\n\n${prose(i, 24, 3)}\n\n\`\`\`console\n$ kubectl label pod ${name} -n ${ns} release=r${i % 7}\n$ kubectl get pods -n ${ns} --show-labels\n$ kubectl get pods -n ${ns} -l tier=${tier},release=r${i % 7}\n\`\`\`\n\n`,
    `${prose(i, 25, 3)}\n`,
  ].join('');
}

const FAMILIES = [podWithInits, deploymentThatScales, configMapInPod, jobThatCompletes, serviceInFront, labelsAndNamespaces];

/** Writes `count` lessons into `dir` (created); returns their paths. */
export function writeManyLessons(dir, count) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const family = FAMILIES[i % FAMILIES.length];
    const file = join(dir, `${String(i).padStart(4, '0')}-${family.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.md`);
    writeFileSync(file, family(i));
    files.push(file);
  }
  return files;
}

export { SECTIONS };
