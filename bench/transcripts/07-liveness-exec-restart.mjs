// 07: an exec liveness probe fails after 30 s; Unhealthy x3, Killing, RESTARTS 1 while Running.
// The source's node is `node01` (its events' `kubelet, node01`), so the simulated node is too.
// Waits follow the ages in the documented output: describe at ~11 s, ~57 s, get pod 30 s later.
export default {
  sim: { nodes: ['node01'] },
  files: [{ path: 'exec-liveness.yaml', manifest: 'exec-liveness.yaml' }],
  steps: [
    // The source applies https://k8s.io/examples/pods/probe/exec-liveness.yaml: the transcript's manifest.
    { step: '1', run: 'kubectl apply -f exec-liveness.yaml' },
    // "Events section only": the source dropped describe's two-space indent of the events table.
    { step: '2', wait: '9s', run: 'kubectl describe pod liveness-exec', compare: { block: 2, indent: 'ignore', excerpt: true } },
    { step: '3', wait: '45s', run: 'kubectl describe pod liveness-exec', compare: { block: 2, indent: 'ignore', excerpt: true } },
    { step: '4', wait: '29s', run: 'kubectl get pod liveness-exec', compare: { block: 2 } },
  ],
};
