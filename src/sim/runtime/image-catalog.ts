// The images the simulated registry knows: what pulling them costs, what they run by default,
// which tools they ship and how those behave. Behaviour as data: one entry per repository (in
// `images/`), with per-tag facts and the tag's differences from the repository's defaults.
//
// About `busybox` without a tag: the walkthrough this project grew from ran it in December 2019,
// when `busybox:latest` was busybox 1.31.1 built on uClibc. That build gives every DNS query of one
// nslookup the same transaction ID, which is what makes its output one NXDOMAIN block followed by
// `*** Can't find ...: No answer` lines, 5 s per try. We keep that behaviour for the untagged image
// so the walkthrough reproduces; `busybox:1.36` and later are today's glibc builds, whose nslookup
// of a short name exits 1 even when the Service exists (see docs/research/busybox.md).
import { busyboxImages } from './images/busybox-images.js';
import { distroImages } from './images/distro-images.js';
import { nginxImages } from './images/nginx-images.js';
import { systemImages } from './images/system-images.js';
import { databaseImages } from './images/databases.js';
import { debugToolImages } from './images/debug-tools.js';
import { languageImages } from './images/languages.js';
import { probeImages } from './images/probe-images.js';
import { sampleAppImages } from './images/sample-apps.js';
import { stressImages } from './images/stress-images.js';
import { testImages } from './images/test-images.js';

export type { NslookupProfile, StopBehaviour, ImageProgram, Userland, ImageConfig, ImageTagInfo, ImageInfo, ResolvedImage } from './images/image-types.js';
import type { ImageInfo } from './images/image-types.js';

// The catalog is built on first use, part by part: creating a cluster needs only what kind
// preloads on its nodes (the system images and pause), and a lesson that pulls nothing else never
// builds the rest (docs/decisions.md, "One bundle for the CLI").
let systemPart: readonly ImageInfo[] | undefined;
let testPart: readonly ImageInfo[] | undefined;
let catalog: readonly ImageInfo[] | undefined;
let preloaded: readonly ImageInfo[] | undefined;

/** Every image the simulator knows by name. */
export function imageCatalog(): readonly ImageInfo[] {
  systemPart ??= systemImages();
  testPart ??= testImages();
  catalog ??= [
    ...busyboxImages(),
    ...nginxImages(),
    ...testPart,
    ...distroImages(),
    ...systemPart,
    ...probeImages(),
    ...sampleAppImages(),
    ...stressImages(),
    ...databaseImages(),
    ...languageImages(),
    ...debugToolImages(),
  ];
  return catalog;
}

/** The images every node has from the start (kind preloads its own). */
export function preloadedImages(): readonly ImageInfo[] {
  systemPart ??= systemImages();
  testPart ??= testImages();
  preloaded ??= [...testPart, ...systemPart].filter((i) => i.preloaded);
  return preloaded;
}
