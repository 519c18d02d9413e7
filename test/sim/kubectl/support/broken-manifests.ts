// Manifests with one or two random mistakes (a tab, a quote, a bracket, a colon, a line indented
// one space more or less, ...), the same ones on every run: a seeded generator, for comparing our
// YAML errors with what the real kubectl printed for each (fixtures/go-yaml-errors.json).
const BASES = [
  `apiVersion: v1
kind: Pod
metadata:
  name: myapp-pod
  labels:
    app.kubernetes.io/name: MyApp
spec:
  containers:
  - name: myapp-container
    image: busybox:1.28
    command: ['sh', '-c', 'echo The app is running! && sleep 3600']
  initContainers:
  - name: init-myservice
    image: busybox:1.28
    command: ["sh", "-c", "until nslookup myservice; do echo waiting; sleep 2; done"]
`,
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.14.2
        ports:
        - containerPort: 80
        env:
        - name: A
          value: "x y"
        - name: B
          value: |
            multi
            line
`,
  `apiVersion: v1
kind: ConfigMap
metadata: {name: cfg, labels: {a: b}}
data:
  key: value
  list: "[1, 2]"
  other: 'single'
`,
];

/** `count` broken manifests from `seed` (a linear congruential generator, as glibc's rand). */
export function brokenManifests(count: number, seed: number): string[] {
  let state = seed;
  const rnd = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  const insert = (what: string) => (t: string): string => {
    const i = rnd(t.length);
    return t.slice(0, i) + what + t.slice(i);
  };
  const onLine = (f: (line: string) => string) => (t: string): string => {
    const lines = t.split('\n');
    const i = rnd(lines.length);
    lines[i] = f(lines[i]!);
    return lines.join('\n');
  };
  const mutations: Array<(t: string) => string> = [
    insert('\t'),
    onLine((l) => `\t${l.replace(/^ +/, '')}`),
    onLine((l) => ` ${l}`),
    onLine((l) => l.replace(/^ /, '')),
    (t) => {
      const i = rnd(t.length);
      return t.slice(0, i) + t.slice(i + 1);
    },
    insert(':'),
    insert('"'),
    insert("'"),
    insert('['),
    insert('{'),
    insert('- '),
    insert('\n'),
    insert(': x'),
    insert('#'),
    insert('&a '),
    insert('*a'),
    insert('|'),
    insert('%'),
    insert('@'),
    insert('---\n'),
    insert('\\'),
  ];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = BASES[rnd(BASES.length)]!;
    const n = 1 + rnd(2);
    for (let j = 0; j < n; j++) text = mutations[rnd(mutations.length)]!(text);
    out.push(text);
  }
  return out;
}
