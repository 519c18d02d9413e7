// 06: a templated page (`<pod-name>`, `<init-container-1>`) with no manifest: a pod whose first
// init container succeeds and whose second fails (exit 1) over and over. The plan's manifest is
// the smallest one that fits the shown state: the second init container runs for a while before
// failing (Init:1/2 and 0 restarts at 7s), and at the describe it has been restarted 3 times.
export default {
  files: [
    {
      path: 'pod.yaml',
      content: `apiVersion: v1
kind: Pod
metadata:
  name: init-debug
spec:
  initContainers:
  - name: init-first
    image: busybox:1.28
    command: ['sh', '-c', 'echo first done']
  - name: init-second
    image: busybox:1.28
    command: ['sh', '-c', 'sleep 10; exit 1']
  containers:
  - name: app
    image: busybox:1.28
    command: ['sleep', '3600']
`,
    },
  ],
  placeholders: { '<pod-name>': 'init-debug', '<init-container-1>': 'init-first', '<init-container-2>': 'init-second' },
  steps: [
    { step: '1', run: 'kubectl apply -f pod.yaml' },
    { step: '1', wait: '5s', run: 'kubectl get pod init-debug', compare: { block: 2 } },
    // Restart 3 ends about 2 minutes in (10 s runs, back-off 10 s, 20 s, 40 s); the next starts 80 s later.
    { step: '2', wait: '2m', run: 'kubectl describe pod init-debug', compare: { block: 2 } },
    // The source names the pod `nginx` here; its output is not shown.
    { step: '3', run: "kubectl get pod init-debug --template '{{.status.initContainerStatuses}}'" },
    { step: '4', run: 'kubectl logs init-debug -c init-second' },
  ],
};
