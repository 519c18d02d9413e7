// 15: DNS debugging from a dnsutils pod. The source's nslookup outputs are busybox's, carried over
// from an older page that used a busybox pod, while its manifest runs agnhost (BIND nslookup); the
// plan runs the manifest as stored. Its cluster's DNS is at 10.0.0.10, its nodes search two GCE
// domains. Commands and outputs share blocks: `lines` leaves the command out.
export default {
  sim: { serviceCIDR: '10.0.0.0/16', dnsSearch: ['google.internal', 'c.gce_project_id.internal'] },
  files: [{ path: 'dnsutils.yaml', manifest: 'dnsutils.yaml' }],
  // The source's AGE placeholder; any age normalizes the same.
  placeholders: { '<some-time>': '1h' },
  steps: [
    // The source applies https://k8s.io/examples/admin/dns/dnsutils.yaml: the transcript's manifest.
    { step: '1', run: 'kubectl apply -f dnsutils.yaml', compare: { block: 2 } },
    { step: '2', wait: '30s', run: 'kubectl get pods dnsutils', compare: { block: 2 } },
    { step: '3', run: 'kubectl exec -ti dnsutils -- nslookup kubernetes.default', compare: { block: 2 } },
    { step: '4', run: 'kubectl exec -ti dnsutils -- cat /etc/resolv.conf', compare: { block: 2 } },
    { step: '5a', skip: 'what a broken cluster DNS prints; the source does not say how it broke' },
    { step: '5b', skip: 'what a broken cluster DNS prints; the source does not say how it broke' },
    { step: '6', run: 'kubectl get pods --namespace=kube-system -l k8s-app=kube-dns', compare: { block: 1, lines: [2, 6] } },
    { step: '7', skip: 'the kube-dns alternative to step 6; the simulated cluster runs CoreDNS' },
    {
      step: '8',
      run: 'for p in $(kubectl get pods --namespace=kube-system -l k8s-app=kube-dns -o name); do kubectl logs --namespace=kube-system $p; done',
      compare: { block: 2 },
    },
    { step: '9', run: 'kubectl get svc --namespace=kube-system', compare: { block: 1, lines: [2, 5] } },
    { step: '10', run: 'kubectl get ep kube-dns --namespace=kube-system', compare: { block: 1, lines: [2, 3] } },
  ],
};
