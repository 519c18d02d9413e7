// The lesson's `urls:` front matter on the simulator: `kubectl -f URL` reads the workspace file
// the URL maps to, as the real kubectl reads what the URL serves.
import { describe, expect, it } from 'vitest';
import { createSimBackend } from '../../../src/backends/sim/create-sim-backend.js';
import { parseLesson } from '../../../src/lesson/parse-lesson.js';

const URL = 'https://k8s.io/examples/pods/simple-pod.yaml';
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.14.2\n';
const lesson = parseLesson('lessons/urls.md', `---\ntitle: URLs\nurls:\n  ${URL}: pods/simple-pod.yaml\n  https://k8s.io/examples/gone.yaml: gone.yaml\n---\n\nText.\n`);

describe('urls: on the sim backend', () => {
  it('reads a mapped URL from the workspace file, for apply, get and delete', async () => {
    const session = await createSimBackend().open(lesson);
    await session.writeFile('pods/simple-pod.yaml', POD);
    const run = async (command: string) => (await session.run(command, { timeoutMs: 10_000 })).output;
    expect(await run(`kubectl apply -f ${URL}`)).toBe('pod/nginx created\n');
    expect(await run(`kubectl get -f ${URL} -o name`)).toBe('pod/nginx\n');
    expect(await run(`kubectl delete -f ${URL} --wait=false`)).toBe('pod "nginx" deleted\n');
    await session.close();
  });

  it('answers 404 for a mapped URL whose file is not in the workspace, and does not resolve an unmapped host', async () => {
    const session = await createSimBackend().open(lesson);
    const gone = await session.run('kubectl apply -f https://k8s.io/examples/gone.yaml', { timeoutMs: 10_000 });
    expect(gone.output).toBe('error: unable to read URL "https://k8s.io/examples/gone.yaml", server reported 404 Not Found, status code=404\n');
    expect(gone.exitCode).toBe(1);
    const other = await session.run('kubectl apply -f https://example.com/x.yaml', { timeoutMs: 10_000 });
    expect(other.output).toBe('error: unable to read URL "https://example.com/x.yaml", server reported Get "https://example.com/x.yaml": dial tcp: lookup example.com: no such host\n');
    await session.close();
  });

  it('serves a mapped URL to curl: -O writes it under the URL\'s last segment, -o where told, stdout otherwise', async () => {
    const session = await createSimBackend().open(lesson);
    await session.writeFile('pods/simple-pod.yaml', POD);
    const run = async (command: string) => session.run(command, { timeoutMs: 10_000 });
    expect((await run(`curl -L -s -O ${URL}`)).output).toBe('');
    expect((await run('cat simple-pod.yaml')).output).toBe(POD);
    expect((await run(`curl -s -o copy.yaml ${URL} && cmp copy.yaml pods/simple-pod.yaml && echo same`)).output).toBe('same\n');
    expect((await run(`curl -s ${URL} | head -2`)).output).toBe('apiVersion: v1\nkind: Pod\n');
    // The progress meter without -s (stderr, as a terminal shows it), ending at the file's size.
    const meter = (await run(`curl -O ${URL}`)).output;
    expect(meter.split('\r').pop()).toBe(`100   ${POD.length}  100   ${POD.length}    0     0  ${String(Math.floor((POD.length * 1000) / 3)).padStart(5)}      0 --:--:-- --:--:-- --:--:-- ${String(Math.floor((POD.length * 1000) / 3)).padStart(5)}\n`);
    // A mapped file that is not there: 404 (curl -f fails with 22); an unmapped host does not resolve.
    const gone = await run('curl -sSf -O https://k8s.io/examples/gone.yaml');
    expect([gone.output, gone.exitCode]).toEqual(['curl: (22) The requested URL returned error: 404\n', 22]);
    const other = await run('curl -sS -O https://k8s.io/examples/other.yaml');
    expect([other.output, other.exitCode]).toEqual(['curl: (6) Could not resolve host: k8s.io\n', 6]);
    expect((await run('curl -s -O https://k8s.io/examples/')).output).toBe('curl: Remote file name has no length!\n');
    await session.close();
  });

  it('refuses a urls: entry that is not a URL or whose file leaves the workspace', () => {
    const bad = parseLesson('lessons/bad.md', '---\ntitle: Bad\nurls:\n  not-a-url: x.yaml\n  https://k8s.io/a.yaml: ../a.yaml\n---\n');
    expect(bad.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['4:3 KL106', '5:26 KL403']);
  });
});
