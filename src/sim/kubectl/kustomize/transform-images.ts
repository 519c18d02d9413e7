// ImageTagTransformer (api/filters/imagetag/legacy.go, updater.go; api/image/image.go): every
// `containers` and `initContainers` list anywhere in an object has its images whose name matches
// rewritten with the new name, tag or digest.
import type { ImageArgs } from './kustomization.js';
import { isObject, type Resource } from './resource.js';

function quoteMeta(s: string): string {
  return s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

/** image.IsImageMatched: the name, then an optional tag, then an optional digest. */
export function isImageMatched(image: string, name: string): boolean {
  return new RegExp(`^${quoteMeta(name)}(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$`).test(image);
}

/** image.Split: name, tag and digest, a registry's port not taken for a tag. */
export function splitImage(image: string): { name: string; tag: string; digest: string } {
  const slash = image.indexOf('/');
  const offset = slash > 0 ? slash : 0;
  const search = image.slice(offset);
  const at = search.indexOf('@');
  const colon = search.indexOf(':');
  if (colon < 0 && at < 0) return { name: image, tag: '', digest: '' };
  if (at >= 0 && (at < colon || colon < 0)) return { name: image.slice(0, offset + at), tag: '', digest: image.slice(offset + at + 1) };
  if (at >= 0 && colon >= 0) return { name: image.slice(0, offset + colon), tag: image.slice(offset + colon + 1, offset + at), digest: image.slice(offset + at + 1) };
  return { name: image.slice(0, offset + colon), tag: image.slice(offset + colon + 1), digest: '' };
}

function updateImage(image: string, args: ImageArgs): string {
  if (!args.name || !isImageMatched(image, args.name)) return image;
  let { name, tag, digest } = splitImage(image);
  if (args.newName) name = args.newName;
  const newTag = args.newTag === undefined ? '' : String(args.newTag);
  if (newTag !== '' && args.digest) [tag, digest] = [newTag, args.digest];
  else if (newTag !== '') [tag, digest] = [newTag, ''];
  else if (args.digest) [tag, digest] = ['', args.digest];
  return `${name}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

function visit(node: unknown, args: ImageArgs): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, args);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const c of value) if (isObject(c) && typeof c['image'] === 'string') c['image'] = updateImage(c['image'], args);
    } else visit(value, args);
  }
}

export function setImages(resources: readonly Resource[], images: readonly ImageArgs[]): void {
  for (const args of images) for (const r of resources) visit(r.obj, args);
}
