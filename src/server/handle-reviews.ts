// POSTs to the review APIs: nothing is stored; the answer is the request with its status filled
// in (SelfSubjectAccessReview, SelfSubjectRulesReview, SelfSubjectReview).
import { type AccessReviewSpec, badRequest, type ResourceType, selfSubjectAccessReview, selfSubjectRulesReview, type UserInfo } from '../sim/index.js';
import { readObjectBody } from './request-body.js';
import { sendJson } from './respond.js';
import type { ApiRequest, ServerContext } from './server-context.js';

type Review = (ctx: ServerContext, user: UserInfo, body: Record<string, unknown>) => Record<string, unknown>;

const REVIEWS: Record<string, Review> = {
  SelfSubjectAccessReview: (ctx, user, body) => {
    const spec = (body['spec'] ?? {}) as AccessReviewSpec;
    return { spec, status: selfSubjectAccessReview(ctx.cluster.api, user, spec) };
  },
  SelfSubjectRulesReview: (ctx, user, body) => {
    const spec = (body['spec'] ?? {}) as { namespace?: string };
    return { spec, status: selfSubjectRulesReview(ctx.cluster.api, user, spec.namespace ?? '') };
  },
  SelfSubjectReview: (_ctx, user) => ({ status: { userInfo: { username: user.name, groups: [...user.groups] } } }),
};

export function isReview(type: ResourceType): boolean {
  return REVIEWS[type.kind] !== undefined;
}

export async function createReview(ctx: ServerContext, req: ApiRequest, type: ResourceType, user: UserInfo): Promise<void> {
  const review = REVIEWS[type.kind]!;
  const read = await readObjectBody(req);
  const body = read.value;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest('the body of the request was in an unknown format - accepted media types include: application/json');
  const answer = review(ctx, user, body as Record<string, unknown>);
  sendJson(req.res, 201, { kind: type.kind, apiVersion: `${type.group}/${type.version}`, metadata: { creationTimestamp: null }, ...answer });
}
