import { describe, expect, it } from 'vitest';
import { checkCommandOutput } from '../../src/verify/check-command-output.js';
import { maskNamesLikePrinted } from '../../src/verify/mask-names-like-printed.js';
import { normalizeLines } from '../../src/verify/normalize.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';

describe('maskNamesLikePrinted', () => {
  it('masks an old-alphabet suffix where the printed name has a generated one after the same prefix', () => {
    const printed = normalizeLines(['process-item-apple-x7kq2   0/1   Completed   0   4m']);
    const documented = normalizeLines(['process-item-apple-kixwv    0/1       Completed   0          4m']);
    expect(documented[0]).toContain('kixwv');
    expect(maskNamesLikePrinted(documented, printed)).toEqual(printed);
  });

  it('masks decimal pod-template hashes of old Deployments, with or without the Pod suffix', () => {
    const printed = normalizeLines(['nginx-deployment-7854ff8877-5xk2p', 'replicaset.apps/nginx-deployment-7854ff8877']);
    const documented = normalizeLines(['nginx-deployment-2035384211-khku8', 'replicaset.apps/nginx-deployment-2035384211']);
    expect(maskNamesLikePrinted(documented, printed)).toEqual(['nginx-deployment-<HASH>-<ID>', 'replicaset.apps/nginx-deployment-<HASH>']);
  });

  it('leaves words alone when nothing printed has a generated part at that prefix', () => {
    const printed = normalizeLines(['web-x7kq2   1/1   Running']);
    const documented = ['my-nginx   1/1   Running', 'kube-proxy-hello', 'web-frontend', 'web.nginx'];
    expect(maskNamesLikePrinted(documented, printed)).toEqual(documented);
    expect(maskNamesLikePrinted(['process-item-apple-kixwv'], [])).toEqual(['process-item-apple-kixwv']);
  });

  it('does not take a longer name for the same prefix plus a suffix', () => {
    const printed = normalizeLines(['job-x7kq2']);
    expect(maskNamesLikePrinted(['job-hello-world', 'myjob-hello', 'job-hello'], printed)).toEqual(['job-hello-world', 'myjob-hello', 'job-<ID>']);
  });
});

describe('normalized checks', () => {
  const lesson = parseLesson(
    'old.md',
    ['---', 'title: t', 'description: d', '---', '', '```console', '$ kubectl get pods', 'NAME                       READY   STATUS', 'process-item-apple-kixwv   0/1     Completed', '```', ''].join('\n'),
  );
  const command = lesson.blocks.flatMap((b) => ('commands' in b ? b.commands : []))[0]!;

  it('match an old-alphabet name against the printed generated one', () => {
    const printed = 'NAME                       READY   STATUS\nprocess-item-apple-q8z4m   0/1     Completed\n';
    expect(checkCommandOutput(command, printed, 'old.md', { normalize: true }).problems).toEqual([]);
  });

  it('still fail when the prefix differs', () => {
    const printed = 'NAME                       READY   STATUS\nprocess-item-pear-q8z4m   0/1     Completed\n';
    expect(checkCommandOutput(command, printed, 'old.md', { normalize: true }).problems).not.toEqual([]);
  });
});
