// 21: a 2-replica nginx Deployment described, its pods listed, then scaled to 4 by applying a
// manifest with replicas: 4 (deployment-scale.yaml, not in the transcript: the stored manifest
// with that one change, as the source describes it).
export default {
  files: [
    { path: 'deployment.yaml', manifest: 'application/deployment.yaml' },
    { path: 'deployment-scale.yaml', manifest: 'application/deployment.yaml', replace: [['replicas: 2', 'replicas: 4']] },
  ],
  steps: [
    // The source applies https://k8s.io/examples/application/deployment.yaml: the transcript's manifest.
    { step: '1', run: 'kubectl apply -f deployment.yaml' },
    // Line 1 of the block is the source's shell prompt and command.
    { step: '2', wait: '20s', run: 'kubectl describe deployment nginx-deployment', compare: { block: 2, exclude: [1] } },
    { step: '3', run: 'kubectl get pods -l app=nginx', compare: { block: 2 } },
    { step: '4', skip: 'deployment-update.yaml is not in the transcript, and the source shows no output' },
    { step: '5', run: 'kubectl apply -f deployment-scale.yaml' },
    { step: '5', wait: '24s', run: 'kubectl get pods -l app=nginx', compare: { block: 2 } },
    { step: '6', run: 'kubectl delete deployment nginx-deployment' },
  ],
};
