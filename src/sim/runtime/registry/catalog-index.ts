// The catalog by repository, built on first use: a lesson that pulls two images does not pay for
// indexing the rest.
import { imageCatalog, type ImageInfo } from '../image-catalog.js';

let index: Map<string, ImageInfo> | undefined;

/** The catalog's entry for `docker.io/library/busybox`, or undefined. */
export function catalogRepository(repository: string): ImageInfo | undefined {
  index ??= new Map(imageCatalog().map((i) => [i.repository, i]));
  return index.get(repository);
}
