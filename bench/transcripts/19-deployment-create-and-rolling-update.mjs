// 19: a Deployment of 3 nginx pods rolls out, then a rolling update to nginx:1.16.1. As the
// fidelity notes say, the outputs came from the older manifest labelled `app: nginx`, so the
// plan uses that label. Waits follow the documented ages (18 s, then 36 s).
export default {
  files: [{ path: 'nginx-deployment.yaml', manifest: 'nginx-deployment.yaml', replace: [['app.kubernetes.io/name: nginx', 'app: nginx']] }],
  steps: [
    // The source applies https://k8s.io/examples/controllers/nginx-deployment.yaml: the transcript's manifest.
    { step: '1', run: 'kubectl apply -f nginx-deployment.yaml' },
    { step: '2', run: 'kubectl get deployments', compare: { block: 2 } },
    { step: '3', run: 'kubectl rollout status deployment/nginx-deployment', compare: { block: 2 } },
    { step: '4', wait: '5s', run: 'kubectl get deployments', compare: { block: 2 } },
    { step: '5', run: 'kubectl get rs', compare: { block: 2 } },
    { step: '6', run: 'kubectl get pods --show-labels', compare: { block: 2 } },
    { step: '7', run: 'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1', compare: { block: 2 } },
    // The source shows either of two outputs (blocks 2 and 3); the end of a finished rollout is block 3.
    { step: '8', run: 'kubectl rollout status deployment/nginx-deployment', compare: { block: 3 } },
    { step: '9a', run: 'kubectl get deployments', compare: { block: 2 } },
    { step: '9b', run: 'kubectl get rs', compare: { block: 2 } },
    { step: '9c', run: 'kubectl get pods', compare: { block: 2 } },
    { step: '10', run: 'kubectl describe deployments', compare: { block: 2 } },
  ],
};
