// 01: two init containers wait for the Services myservice and mydb; once both exist the pod runs.
// The source's ages come from separate moments (get at 6m, describe at 16s); the plan keeps the
// describe's: get at ~5 s, describe at ~16 s, and the last get ~30 s after the Services exist.
export default {
  files: [
    { path: 'myapp.yaml', manifest: 'myapp.yaml' },
    { path: 'services.yaml', manifest: 'services.yaml' },
  ],
  steps: [
    { step: '1', run: 'kubectl apply -f myapp.yaml', compare: { block: 2 } },
    { step: '2', wait: '4s', run: 'kubectl get -f myapp.yaml', compare: { block: 2 } },
    { step: '3', wait: '9s', run: 'kubectl describe -f myapp.yaml', compare: { block: 2 } },
    { step: '4', run: 'kubectl logs myapp-pod -c init-myservice' },
    { step: '4', run: 'kubectl logs myapp-pod -c init-mydb' },
    { step: '5', run: 'kubectl apply -f services.yaml', compare: { block: 2 } },
    { step: '6', wait: '30s', run: 'kubectl get -f myapp.yaml', compare: { block: 2 } },
  ],
};
