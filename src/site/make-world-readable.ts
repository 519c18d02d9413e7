// A published site is read by a web server running as another user: directories 0755, files
// 0644, whatever the umask (mkdtemp makes 0700 directories).
import { chmod, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Sets `dir` and everything under it to 0755 (directories) and 0644 (files). */
export async function makeWorldReadable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await makeWorldReadable(path);
    else await chmod(path, 0o644);
  }
}
