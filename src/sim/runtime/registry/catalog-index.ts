// The catalog by repository, built on first use: a lesson that pulls two images does not pay for
// indexing the rest.
import { IMAGE_CATALOG, type ImageInfo } from '../image-catalog.js';

let index: Map<string, ImageInfo> | undefined;

/** The catalog's entry for `docker.io/library/busybox`, or undefined. */
export function catalogRepository(repository: string): ImageInfo | undefined {
  index ??= new Map(IMAGE_CATALOG.map((i) => [i.repository, i]));
  return index.get(repository);
}
