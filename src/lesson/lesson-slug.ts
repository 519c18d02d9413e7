// URL-safe lesson names from file names: `lessons/10-Init Containers.md` -> `10-init-containers`.

/** The slug of a lesson file: base name without `.md`, lower-cased, other characters as `-`. */
export function lessonSlug(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const slug = base
    .replace(/\.md$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'lesson' : slug;
}
