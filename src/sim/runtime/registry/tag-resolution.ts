// Which build a tag names on a given day: a floating tag (`latest`, `1.36`) moves from build to
// build, and a tag did not exist before its first push. Versions the catalog does not list but
// knows the shape of (`nginx:1.23.4`) resolve to the nearest listed build of the same flavour.
import type { ImageInfo, ImageTagInfo } from '../image-catalog.js';
import { invented } from '../images/define-image.js';

/** The build `tag` pointed at on `date` (`YYYY-MM-DD`), or undefined when it did not exist yet. */
export function tagAt(tag: ImageTagInfo, date: string): ImageTagInfo | undefined {
  if (tag.since === undefined || tag.since <= date) return tag;
  const older = (tag.before ?? []).filter((b) => b.since === undefined || b.since <= date);
  return older.at(-1);
}

const VERSION_TAG = /^(v?)(\d+(?:\.\d+){0,2})((?:-[a-z0-9.]+)*)$/;

/** -1, 0 or 1, comparing dotted numbers (`1.9` < `1.23`); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/**
 * A release tag the catalog does not list, for a repository that declares which versions exist
 * (`versionTags`): it behaves like the nearest listed build with the same suffix (`-alpine`), at
 * its own version, with a digest of its own.
 */
export function versionTag(info: ImageInfo, tag: string, date: string): ImageTagInfo | undefined {
  const rule = info.versionTags;
  const m = VERSION_TAG.exec(tag);
  if (!rule || !m) return undefined;
  const [, prefix = '', version = '', suffix = ''] = m;
  if (compareVersions(version, rule.oldest) < 0 || compareVersions(version, rule.newest) > 0) return undefined;
  const candidates: Array<{ version: string; build: ImageTagInfo }> = [];
  for (const [name, listed] of Object.entries(info.tags)) {
    const lm = VERSION_TAG.exec(name);
    const build = tagAt(listed, date);
    if (lm && build && lm[1] === prefix && (lm[3] ?? '') === suffix) candidates.push({ version: lm[2]!, build });
  }
  // The newest listed build not newer than the tag, else the oldest listed one.
  const below = candidates.filter((c) => compareVersions(c.version, version) <= 0).sort((a, b) => compareVersions(b.version, a.version));
  const best = below[0] ?? candidates.sort((a, b) => compareVersions(a.version, b.version))[0];
  if (!best) return undefined;
  const { since: _since, before: _before, ...build } = best.build;
  return { ...build, digest: invented(`${info.repository}:${tag}`), ...(build.version !== undefined ? { version } : {}) };
}
