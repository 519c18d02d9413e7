// Watches the lessons and the templates with chokidar, which watches directories (not the inodes
// of files), so an editor that saves by writing a temp file and renaming it over the lesson
// (JetBrains, Emacs) or deletes and re-creates it is followed save after save. Node 20's own
// recursive watcher on Linux lost such files after the first rename.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export interface SourceChange {
  /** `templates` when the path is under the templates directory, `config` for the site configuration, else `lessons`. */
  kind: 'lessons' | 'templates' | 'config';
  path: string;
}

export interface SourceWatcher {
  close(): Promise<void>;
}

const SKIPPED = /(^|[\\/])(\.[^\\/]|node_modules([\\/]|$))/;

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Calls `onChange` for every event under the lesson paths and the templates directory, and for the
 * site configuration file (`configFile`, which need not exist); resolves once the watchers are
 * ready. A lesson named as a file is watched through its directory (only that name), so it may
 * disappear and come back; so is the configuration file.
 */
export async function watchSources(lessonPaths: readonly string[], templatesDir: string, onChange: (change: SourceChange) => void, configFile?: string): Promise<SourceWatcher> {
  const templates = resolve(templatesDir);
  const config = configFile === undefined ? undefined : resolve(configFile);
  const dirs = [templates];
  const files = new Set<string>(config === undefined ? [] : [config]);
  for (const path of lessonPaths.map((p) => resolve(p))) {
    if (await isDirectory(path)) dirs.push(path);
    else files.add(path);
  }
  const watchers: FSWatcher[] = [];
  const report = (path: string): void => {
    const full = resolve(path);
    const underTemplates = full === templates || full.startsWith(`${templates}/`) || full.startsWith(`${templates}\\`);
    onChange({ kind: full === config ? 'config' : underTemplates ? 'templates' : 'lessons', path: full });
  };
  const ready = (w: FSWatcher): Promise<void> => new Promise((r) => w.once('ready', () => r()));
  const tree = watch(dirs, {
    ignoreInitial: true,
    ignored: (path: string) => dirs.every((d) => path !== d) && SKIPPED.test(path.slice(dirs.find((d) => path.startsWith(d))?.length ?? 0)),
  });
  tree.on('all', (_event, path) => report(path));
  watchers.push(tree);
  if (files.size > 0) {
    const parents = [...new Set([...files].map((f) => dirname(f)))];
    const single = watch(parents, { ignoreInitial: true, depth: 0, ignored: (path: string) => !parents.includes(path) && !files.has(path) });
    single.on('all', (_event, path) => report(path));
    watchers.push(single);
  }
  await Promise.all(watchers.map(ready));
  return { close: async () => void (await Promise.all(watchers.map((w) => w.close()))) };
}

