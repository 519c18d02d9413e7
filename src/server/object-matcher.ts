// The `labelSelector` and `fieldSelector` of a list, watch or delete-collection as one predicate
// (field selector terms in any order; a name from the URL adds `metadata.name=`).
import { badRequest, fieldMatcher, type KubeObject, labelsMatch, parseFieldSelector, parseLabelSelector, type ResourceType, SelectorParseError } from '../sim/index.js';

/** The selectors of a watch or list as one predicate; a bad selector is a 400. */
export function objectMatcher(type: ResourceType, query: URLSearchParams, name: string | undefined): (o: KubeObject) => boolean {
  try {
    const label = query.get('labelSelector');
    const field = query.get('fieldSelector');
    const labels = label ? parseLabelSelector(label) : undefined;
    const fields = [...(field ? parseFieldSelector(field) : []), ...(name !== undefined ? [{ field: 'metadata.name', op: '=' as const, value: name }] : [])];
    const matches = fieldMatcher(type, fields);
    return (o) => (!labels || labelsMatch(o.metadata.labels, labels)) && matches(o);
  } catch (e) {
    if (e instanceof SelectorParseError) throw badRequest(e.message);
    throw e;
  }
}
