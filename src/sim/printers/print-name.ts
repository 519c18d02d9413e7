// `-o name` and the success lines of create/apply/delete: cli-runtime's NamePrinter,
// `<lower(kind)>[.<group>]/<name>`, optionally followed by an operation (`pod/x created`).

/** The `kind[.group]/name` form of an object (`pod/x`, `deployment.apps/nginx`). */
export function formatName(kind: string, group: string | undefined, name: string): string {
  const k = kind.toLowerCase();
  return group ? `${k}.${group}/${name}` : `${k}/${name}`;
}

/** The group of an apiVersion (`apps/v1` is `apps`, `v1` is the core group ``). */
export function groupOf(apiVersion: string | undefined): string {
  const slash = (apiVersion ?? '').indexOf('/');
  return slash < 0 ? '' : (apiVersion ?? '').slice(0, slash);
}

/** `-o name` lines for objects, each `kind[.group]/name` and an optional ` operation`. */
export function printNames(
  objects: ReadonlyArray<{ apiVersion?: string; kind?: string; metadata?: { name?: string } }>,
  operation?: string,
): string {
  return objects
    .map((o) => {
      const line = formatName(o.kind ?? '', groupOf(o.apiVersion), o.metadata?.name ?? '');
      return operation ? `${line} ${operation}\n` : `${line}\n`;
    })
    .join('');
}
