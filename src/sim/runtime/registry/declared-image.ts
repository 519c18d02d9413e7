// An image as a lesson declares it under `sim.images`: its OCI config, a userland, and what its
// process does; `like` starts from a catalog image (its programs, files and tools) instead of a
// plain userland.
import type { DeclaredImage } from '../../core/config/image-declarations.js';
import type { ImageInfo, ImageTagInfo } from '../image-catalog.js';
import { BUSYBOX_TOOLS, DEBIAN_TOOLS } from '../userland-tools.js';
import { invented } from '../images/define-image.js';
import { genericEntrypoint, genericImageInfo } from './generic-image.js';
import type { ImageReference } from './image-reference.js';

const TOOLS = { busybox: BUSYBOX_TOOLS, debian: DEBIAN_TOOLS, none: [] as readonly string[] };

export function declaredImageInfo(ref: ImageReference, d: DeclaredImage, like?: { info: ImageInfo; tagInfo: ImageTagInfo }): ImageInfo {
  const base: ImageInfo = like ? { ...like.info, repository: ref.repository } : genericImageInfo(ref);
  const size = d.sizeBytes ?? like?.tagInfo.size ?? base.tags[ref.tag]!.size;
  const tagInfo: ImageTagInfo = {
    digest: ref.digest ?? invented(`declared:${ref.normalized}`),
    size,
    ...(like?.tagInfo.version !== undefined ? { version: like.tagInfo.version } : {}),
    ...(like?.tagInfo.nslookup !== undefined ? { nslookup: like.tagInfo.nslookup } : {}),
  };
  const { assumed: _assumed, ...known } = base;
  const info: ImageInfo = { ...known, tags: { [ref.tag]: tagInfo }, defaultTag: ref.tag };
  if (d.userland) {
    info.userland = d.userland;
    info.tools = TOOLS[d.userland];
  }
  if (d.entrypoint) info.entrypoint = d.entrypoint;
  if (d.cmd) info.cmd = d.cmd;
  if (d.entrypoint && !d.cmd) info.cmd = [];
  if (d.env) info.env = d.env;
  if (d.workingDir) info.workingDir = d.workingDir;
  if (d.user) info.user = d.user;
  if (d.ports) info.servesPorts = d.ports;
  // What the declared program is reached by: the entrypoint, else the first word of cmd.
  const behaviour = d.behaviour ?? (like ? undefined : {});
  if (behaviour) {
    info.behaviour = { ...behaviour, ...(d.ports && !behaviour.serve ? { listen: d.ports } : {}) };
    const entry = info.entrypoint[0] ?? info.cmd[0] ?? genericEntrypoint(ref);
    if (info.entrypoint.length === 0 && info.cmd.length === 0) info.entrypoint = [entry];
    info.programs = { ...info.programs, [entry]: 'declared' };
  }
  return info;
}
