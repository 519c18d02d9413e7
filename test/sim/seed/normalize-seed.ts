// Normalizers that put the 2019 session's outputs and the simulator's (kubectl 1.32) side by
// side: each rule names the volatile field or the format change it removes, and nothing else.

/** The blog turned kubectl's ' into typographic quotes; kubectl printed ASCII. */
export function asciiQuotes(text: string): string {
  return text.replace(/[‘’]/g, "'");
}

/** Expands tabs to 8-column stops, as a terminal (and the blog's copy) shows them. */
export function expandTabs(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
      return out;
    })
    .join('\n');
}

/** Event rows as `Type Reason From Message`, without the Age and with 1.32's wording changes undone. */
function normalizeEventRow(line: string): string {
  const [type, reason, , from, ...rest] = line.trim().split(/ {2,}/);
  const message = rest
    .join('  ')
    .replace(/ to k8s-node0[12]$/, ' to <node>')
    // 1.31+ says "Created container: NAME"; 1.16 said "Created container NAME".
    .replace(/^Created container: /, 'Created container ')
    // 1.19+ adds the pull's duration, 1.30+ the image size.
    .replace(/^(Successfully pulled image "[^"]+") in .*$/, '$1');
  // 1.16 printed `kubelet, NODE`; 1.20+ prints the component only.
  return `  ${type} ${reason} ${(from ?? '').replace(/^kubelet, .*$/, 'kubelet')} ${message}`;
}

/**
 * `kubectl describe pod` as comparable lines. Removed or masked, with the reason:
 * - alignment: tabwriter pads to the longest key of each block, and 1.32 has longer keys;
 *   trailing spaces (1.32 pads empty cells; the blog dropped them);
 * - volatile values: node and host IP, dates, pod IP, container IDs, the token volume's name;
 * - Image ID's prefix (docker-pullable:// in 2019, docker.io/library/ with containerd): the
 *   digest after it is compared;
 * - lines 1.32 added: `Service Account:` (1.25), the `PodReadyToStartContainers` condition (1.29);
 * - ` op=Exists` in tolerations (1.19);
 * - the token volume's details (a Secret in 2019, a projected volume since 1.21);
 * - event ages and sources, and the event wording changes handled by normalizeEventRow.
 */
export function normalizeDescribe(text: string): string[] {
  const lines: string[] = [];
  let section = '';
  for (const raw of asciiQuotes(text).split('\n')) {
    const line = raw.trimEnd();
    if (/^\S/.test(line)) section = line.replace(/:.*$/, '');
    if (section === 'Events' && /^ {2}(Normal|Warning) /.test(line)) {
      lines.push(normalizeEventRow(line));
      continue;
    }
    if (section === 'Volumes' && /^ {4}/.test(line)) continue;
    const indent = line.match(/^ */)![0];
    // A continuation of a multi-line value (Tolerations) is indented to the value column.
    const lead = indent.length > 6 ? '    ' : indent;
    const body = line
      .slice(indent.length)
      .replace(/ {2,}/g, ' ')
      .replace(/^(Node: )k8s-node0[12]\/192\.168\.180\.13[34]$/, '$1<node>/<node-ip>')
      .replace(/^(Start Time|Started|Finished): .*$/, '$1: <date>')
      .replace(/^IP: 10\.244\.[12]\.\d+$/, 'IP: <pod-ip>')
      .replace(/^(Container ID:) (docker|containerd):\/\/[0-9a-f]{64}$/, '$1 <container-id>')
      .replace(/^(Image ID:) (docker-pullable:\/\/|docker\.io\/library\/)busybox@/, '$1 busybox@')
      .replace(/(default-token|kube-api-access)-[a-z0-9]{5}/g, '<token-volume>')
      .replace(/ op=Exists/, '');
    if (body === 'Service Account: default' || body === 'PodReadyToStartContainers True') continue;
    lines.push(lead + body);
  }
  while (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The name of a system pod without its generated suffixes (and flannel's old `-amd64`). */
export function systemPodName(name: string): string {
  return name
    .replace(/^kube-flannel-ds-amd64-/, 'kube-flannel-ds-')
    .replace(/-[a-z0-9]{5}$/, '-*')
    .replace(/^coredns-[a-f0-9]{8,10}-\*$/, 'coredns-*-*');
}
