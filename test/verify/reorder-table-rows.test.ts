import { describe, expect, it } from 'vitest';
import { canonicalRowOrder, isGetListing } from '../../src/verify/reorder-table-rows.js';
import { normalizeLines } from '../../src/verify/normalize.js';

const permute = (lines: string[]): string[] => canonicalRowOrder(lines).map((i) => lines[i]!);

describe('isGetListing', () => {
  it('takes kubectl get, with flags before the verb, but not a watch or another verb', () => {
    expect(isGetListing('kubectl get pods -o wide')).toBe(true);
    expect(isGetListing('kubectl -n kube-system get pods')).toBe(true);
    expect(isGetListing('kubectl get pods -w')).toBe(false);
    expect(isGetListing('kubectl get pods --watch')).toBe(false);
    expect(isGetListing('kubectl describe pod get')).toBe(false);
    expect(isGetListing('echo get')).toBe(false);
  });
});

describe('canonicalRowOrder', () => {
  it('orders rows whose names differ only in normalized parts, on both sides alike', () => {
    // From the Deployment page: the same three Pods, listed in the order of their random suffixes.
    const documented = normalizeLines([
      'NAME                                READY     STATUS    RESTARTS   AGE',
      'nginx-deployment-1564180365-khku8   1/1       Running   0          14s',
      'nginx-deployment-1564180365-nacti   0/1       Pending   0          14s',
      'nginx-deployment-1564180365-z9gth   1/1       Running   0          14s',
    ]);
    const printed = normalizeLines([
      'NAME                                READY   STATUS    RESTARTS   AGE',
      'nginx-deployment-7d8f6c5b9-2xq7k    0/1     Pending   0          1s',
      'nginx-deployment-7d8f6c5b9-bfm5t    1/1     Running   0          1s',
      'nginx-deployment-7d8f6c5b9-wz6gh    1/1     Running   0          1s',
    ]);
    expect(permute(documented)).toEqual(permute(printed));
    expect(documented).not.toEqual(printed);
  });

  it('keeps the order where the names decide it, and rows with wildcards as written', () => {
    const named = ['NAME  READY', 'alpha  1/1', 'beta  0/1'];
    expect(canonicalRowOrder(named)).toEqual([0, 1, 2]);
    const wild = ['NAME  READY', 'web-<HASH>-<ID>  [..]', 'web-<HASH>-<ID>  0/1'];
    expect(canonicalRowOrder(wild)).toEqual([0, 1, 2]);
    // Different fixed prefixes are different runs: `api-` rows never move past `web-` rows.
    const two = ['NAME  READY', 'web-<HASH>-<ID>  1/1', 'api-<HASH>-<ID>  0/1'];
    expect(canonicalRowOrder(two)).toEqual([0, 1, 2]);
  });

  it('sorts within each table of a multi-table listing, and within NAMESPACE tables by namespace and name', () => {
    const lines = ['NAMESPACE  NAME  READY', 'default  web-<ID>  1/1', 'default  web-<ID>  0/1', '', 'NAME  TYPE', 'svc  ClusterIP'];
    expect(permute(lines)).toEqual(['NAMESPACE  NAME  READY', 'default  web-<ID>  0/1', 'default  web-<ID>  1/1', '', 'NAME  TYPE', 'svc  ClusterIP']);
  });
});
