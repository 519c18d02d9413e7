// `kindling serve`: the preview server an author keeps open while writing.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/golden.js';

const LESSON = (word: string) => `---\ntitle: Preview\n---\n\n\`\`\`console\n$ echo ${word}\n${word}\n\`\`\`\n`;

describe('kindling serve', () => {
  it('serves the verified site on 127.0.0.1, rebuilds on a change, tells open pages to reload, and stops on SIGINT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kindling-serve-test-'));
    writeFileSync(join(dir, 'a.md'), LESSON('first'));
    const child = spawn(process.execPath, [join(repoRoot, 'bin/kindling.js'), 'serve', 'a.md', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      const waitFor = async (re: RegExp) => {
        for (let i = 0; i < 200 && !re.test(out); i++) await new Promise((r) => setTimeout(r, 50));
        expect(out).toMatch(re);
      };
      await waitFor(/1 lesson: 1 passed/);
      const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)![0];
      const page = await (await fetch(`${url}a/`)).text();
      expect(page).toContain('first');
      expect(page).toContain("new EventSource('/_kindling/events')");

      const events = await fetch(`${url}_kindling/events`);
      const reader = events.body!.getReader();
      writeFileSync(join(dir, 'a.md'), LESSON('second'));
      const { value } = await reader.read();
      expect(new TextDecoder().decode(value)).toBe('data: reload\n\n');
      await reader.cancel();
      expect(await (await fetch(`${url}a/`)).text()).toContain('second');

      writeFileSync(join(dir, 'a.md'), LESSON('third').replace('third\n```', 'wrong\n```'));
      await waitFor(/0 passed, 1 failed/);
      expect(await (await fetch(`${url}_kindling/status`)).text()).toContain('KL601 output-mismatch');
    } finally {
      const exited = new Promise<number | null>((r) => child.on('exit', r));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
