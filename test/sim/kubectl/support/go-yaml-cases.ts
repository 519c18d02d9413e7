/** The case sets of fixtures/go-yaml-errors.json: `count` manifests from each seed. */
export const GO_YAML_CASE_SETS = [
  { seed: 12345, count: 300 },
  { seed: 777, count: 600 },
];

/** What the real kubectl did with one case: go-yaml's error, a JSON stream's error, or it parsed. */
export type RecordedOutcome = { yaml: string } | { json: true } | { parsed: true };
