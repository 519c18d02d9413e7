// layoutContainerCells (printers.go): container names and images, comma-joined, for wide columns.
import type { Container } from '../../api/types.js';

/** The CONTAINERS and IMAGES cells of a workload's pod template. */
export function layoutContainerCells(containers: Container[] | undefined): { names: string; images: string } {
  const list = containers ?? [];
  return { names: list.map((c) => c.name).join(','), images: list.map((c) => c.image ?? '').join(',') };
}
