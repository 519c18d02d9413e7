// Tab completion at the playground's prompt, from the simulated cluster's state: kubectl's verbs
// after `kubectl`, resource types after a verb that takes one, and the names of the objects of
// that type (in the namespace given with -n, else default), as kubectl's own completion offers.
import { ApiServer, RESOURCE_TYPES, VERBS, resolveResourceType, type ObjectStore, type ResourceType } from '../sim/index.js';

export interface Completion {
  /** Where the word being completed starts in the line. */
  from: number;
  /** Full words that can replace line[from, cursor), sorted. */
  candidates: string[];
}

/** Verbs whose first argument is a resource type (`kubectl get pods`). */
const TYPE_VERBS = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'patch', 'scale', 'wait', 'explain', 'rollout', 'expose', 'autoscale', 'set']);
/** Verbs whose first argument is a Pod name (`kubectl logs myapp-pod`). */
const POD_VERBS = new Set(['logs', 'exec', 'attach', 'port-forward', 'cp', 'debug']);
/** Flags that take a value in the next word, so that word is not a positional argument. */
const VALUE_FLAGS = new Set(['-n', '--namespace', '-o', '--output', '-l', '--selector', '-c', '--container', '-f', '--filename', '--field-selector', '--context', '--type']);

function typeNames(): string[] {
  const names = new Set<string>();
  for (const t of RESOURCE_TYPES) {
    names.add(t.resource);
    for (const short of t.shortNames) names.add(short);
  }
  return [...names];
}

function objectNames(store: ObjectStore, type: ResourceType, namespace: string): string[] {
  return store.viewList(ApiServer.key(type), type.namespaced ? namespace : undefined).map((o) => o.metadata.name);
}

function matching(words: Iterable<string>, prefix: string): string[] {
  return [...new Set(words)].filter((w) => w.startsWith(prefix)).sort();
}

/** Candidates for the word that ends at `cursor` in `line`. */
export function completeCommand(line: string, cursor: number, store: ObjectStore): Completion {
  const before = line.slice(0, cursor);
  // The current simple command: after the last `;`, `|`, `&&` or `||`.
  const segment = before.split(/;|\|\|?|&&/).at(-1) ?? '';
  const words = segment.trimStart().split(/\s+/);
  const current = words.pop() ?? '';
  const from = cursor - current.length;
  const none: Completion = { from, candidates: [] };
  if (words[0] !== 'kubectl') return none;
  let namespace = 'default';
  const args: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (VALUE_FLAGS.has(word)) {
      if ((word === '-n' || word === '--namespace') && words[i + 1]) namespace = words[i + 1]!;
      i++;
    } else if (word.startsWith('--namespace=')) namespace = word.slice('--namespace='.length);
    else if (!word.startsWith('-')) args.push(word);
  }
  const previous = words.at(-1);
  if (previous === '-n' || previous === '--namespace') {
    return { from, candidates: matching(store.viewList('namespaces').map((o) => o.metadata.name), current) };
  }
  if (current.startsWith('-')) return none;
  const verb = args[0];
  if (verb === undefined) return { from, candidates: matching(Object.keys(VERBS), current) };
  if (POD_VERBS.has(verb) && args.length === 1) {
    return { from, candidates: matching(objectNames(store, resolveResourceType('pods')!, namespace), current) };
  }
  if (!TYPE_VERBS.has(verb)) return none;
  // `rollout status deployment/x` and `set image ...` take a sub-verb first.
  const typeAt = verb === 'rollout' || verb === 'set' ? 2 : 1;
  if (args.length < typeAt) return none;
  if (args.length === typeAt) {
    const slash = current.indexOf('/');
    if (slash >= 0) {
      const type = resolveResourceType(current.slice(0, slash));
      if (!type) return none;
      const names = objectNames(store, type, namespace).map((n) => `${current.slice(0, slash)}/${n}`);
      return { from, candidates: matching(names, current) };
    }
    return { from, candidates: matching(typeNames(), current) };
  }
  const type = resolveResourceType(args[typeAt]!);
  if (!type || verb === 'explain') return none;
  return { from, candidates: matching(objectNames(store, type, namespace), current) };
}
