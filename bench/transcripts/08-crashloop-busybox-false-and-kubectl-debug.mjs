// 08: `-- false` crash-loops; exec into an image without a shell fails; the rest is `kubectl
// debug` (ephemeral containers, copies, profiles), which the simulator does not have.
export default {
  steps: [
    { step: 'A1', run: 'kubectl run --image=busybox:1.28 myapp -- false' },
    // By 30 s the container has failed three times and waits in back-off.
    { step: 'A2', wait: '30s', run: 'kubectl describe pod myapp', compare: { block: 2 } },
    { step: 'A3', run: 'kubectl debug myapp -it --copy-to=myapp-debug --container=myapp -- sh', compare: { block: 2 } },
    { step: 'A4', run: 'kubectl delete pod myapp myapp-debug' },
    { step: 'B1', run: 'kubectl run ephemeral-demo --image=registry.k8s.io/pause:3.1 --restart=Never' },
    { step: 'B2', wait: '10s', run: 'kubectl exec -it ephemeral-demo -- sh', compare: { block: 2 } },
    { step: 'B3', run: 'kubectl debug -it ephemeral-demo --image=busybox:1.28 --target=ephemeral-demo', compare: { block: 2 } },
    { step: 'B4', requires: ['B3'], run: 'kubectl describe pod ephemeral-demo', compare: { block: 2 } },
    { step: 'C1', run: 'kubectl run myapp --image=busybox:1.28 --restart=Never -- sleep 1d' },
    { step: 'C1', wait: '5s', run: 'kubectl debug myapp -it --image=ubuntu --share-processes --copy-to=myapp-debug', compare: { block: 2 } },
    { step: 'C2', run: 'kubectl debug -it myapp --image=busybox:1.28 --target=myapp --profile=sysadmin', compare: { block: 2 } },
    { step: 'C3', requires: ['C2'], run: "kubectl get pod myapp -o jsonpath='{.spec.ephemeralContainers[0].securityContext}'", compare: { block: 2 } },
  ],
};
