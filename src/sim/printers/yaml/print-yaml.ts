// `-o yaml`: cli-runtime's YAMLPrinter (sigs.k8s.io/yaml over go-yaml v2); a second and later
// object in one invocation is preceded by `---`.
import { marshalYaml } from './encode-yaml.js';

/** The `kubectl get -o yaml` text of one object (or of a List from toList). */
export function printYaml(obj: unknown): string {
  return marshalYaml(obj);
}

/** Several objects printed by one YAMLPrinter (as `create -o yaml` does): `---` between them. */
export function printYamlDocuments(objects: readonly unknown[]): string {
  return objects.map((o, i) => (i > 0 ? `---\n${marshalYaml(o)}` : marshalYaml(o))).join('');
}
