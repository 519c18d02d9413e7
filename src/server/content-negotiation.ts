// What a request's Accept header asks for, as the API server negotiates it: a Table (kubectl
// get), PartialObjectMetadata, aggregated discovery, or the plain JSON object. Every answer is
// JSON; protobuf is only ever offered alongside JSON by kubectl, so JSON is what we pick.

export type Representation =
  | { kind: 'object' }
  | { kind: 'table'; version: 'v1' | 'v1beta1' }
  | { kind: 'partial'; version: 'v1' | 'v1beta1' }
  | { kind: 'discovery'; version: 'v2' | 'v2beta1' };

interface MediaRange {
  type: string;
  params: Record<string, string>;
}

/** Splits an Accept header into media ranges with their parameters, in order. */
export function parseAccept(header: string | undefined): MediaRange[] {
  if (!header || header.trim() === '') return [{ type: '*/*', params: {} }];
  return header.split(',').map((part) => {
    const [type = '', ...rest] = part.split(';').map((s) => s.trim());
    const params: Record<string, string> = {};
    for (const p of rest) {
      const eq = p.indexOf('=');
      if (eq > 0) params[p.slice(0, eq).trim().toLowerCase()] = p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    }
    return { type: type.toLowerCase(), params };
  });
}

const JSONISH = new Set(['application/json', 'application/*', '*/*']);

function representationOf(range: MediaRange, allowDiscovery: boolean): Representation | undefined {
  if (!JSONISH.has(range.type)) return undefined;
  const { as, g, v } = range.params;
  if (as === undefined) return { kind: 'object' };
  if (g === 'meta.k8s.io' && (v === 'v1' || v === 'v1beta1')) {
    if (as === 'Table') return { kind: 'table', version: v };
    if (as === 'PartialObjectMetadata' || as === 'PartialObjectMetadataList') return { kind: 'partial', version: v };
  }
  if (allowDiscovery && g === 'apidiscovery.k8s.io' && (v === 'v2' || v === 'v2beta1') && as === 'APIGroupDiscoveryList') {
    return { kind: 'discovery', version: v };
  }
  return undefined;
}

/**
 * The first representation in the Accept list that we serve; undefined when none is acceptable
 * (the caller answers 406). Aggregated discovery counts only where `allowDiscovery` says so.
 */
export function negotiate(header: string | undefined, allowDiscovery = false): Representation | undefined {
  for (const range of parseAccept(header)) {
    const rep = representationOf(range, allowDiscovery);
    if (rep) return rep;
  }
  return undefined;
}

/** The Content-Type header for an aggregated discovery answer: kubectl reads the body by it. */
export function discoveryContentType(version: 'v2' | 'v2beta1'): string {
  return `application/json;g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`;
}
