// 16: a Deployment of two nginx pods behind a Service; Service variables only in pods created
// after it; nslookup of the Service from another pod. The source's kube-up cluster had two
// schedulable nodes (kubernetes-minion-905m, kubernetes-minion-ljyd) and an unschedulable master,
// and the service range 10.0.0.0/16 (DNS at 10.0.0.10).
const firstPod = "$(kubectl get pods -l run=my-nginx -o jsonpath='{.items[0].metadata.name}')";
export default {
  sim: {
    nodes: ['kubernetes-master', 'kubernetes-minion-905m', 'kubernetes-minion-ljyd'],
    serviceCIDR: '10.0.0.0/16',
  },
  files: [
    { path: 'run-my-nginx.yaml', manifest: 'run-my-nginx.yaml' },
    // The source's nginx config (from its earlier steps) is not in the transcript; any content gives the same output.
    { path: 'default.conf', content: 'server {\n    listen 80;\n}\n' },
  ],
  steps: [
    { step: '1', run: 'kubectl apply -f ./run-my-nginx.yaml' },
    { step: '1', wait: '12s', run: 'kubectl get pods -l run=my-nginx -o wide', compare: { block: 2 } },
    // Command and output share the block.
    { step: '2', run: 'kubectl get pods -l run=my-nginx -o yaml | grep podIP', compare: { block: 1, lines: [2, 3] } },
    { step: '3', run: 'kubectl expose deployment/my-nginx', compare: { block: 2 } },
    { step: '4', wait: '20s', run: 'kubectl get svc my-nginx', compare: { block: 2 } },
    { step: '5', run: 'kubectl describe svc my-nginx', compare: { block: 2 } },
    { step: '6', run: 'kubectl get ep my-nginx', compare: { block: 2 } },
    // The source names its pod; this is the first of the pods made before the Service. The kubelet
    // builds a container's environment from a Go map (kubelet_pods.go), so the order is random.
    { step: '7', run: `kubectl exec ${firstPod} -- printenv | grep SERVICE`, compare: { block: 2, unordered: true } },
    { step: '8', run: 'kubectl scale deployment my-nginx --replicas=0; kubectl scale deployment my-nginx --replicas=2;' },
    { step: '8', wait: '4s', run: 'kubectl get pods -l run=my-nginx -o wide', compare: { block: 2 } },
    { step: '9', run: `kubectl exec ${firstPod} -- printenv | grep SERVICE`, compare: { block: 2, unordered: true } },
    { step: '10', run: 'kubectl get services kube-dns --namespace=kube-system', compare: { block: 2 } },
    // Interactive in the source: the command typed at the pod's prompt (step 12) is piped in, and
    // the whole session kept in a file for step 12.
    {
      step: '11',
      run: "echo 'nslookup my-nginx' | kubectl run curl --image=radial/busyboxplus:curl -i --tty > session-11.txt 2>&1; cat session-11.txt",
      compare: { block: 2 },
    },
    // The block starts with the shell prompt and the command typed at it.
    { step: '12', run: 'cat session-11.txt', compare: { block: 1, lines: [2, 6] } },
    {
      step: '13',
      unsupported: 'the simulated kubectl has no `create secret tls`',
      run: 'kubectl create secret tls nginxsecret --key /tmp/nginx.key --cert /tmp/nginx.crt',
      compare: { block: 2 },
    },
    { step: '14', requires: ['13'], run: 'kubectl get secrets', compare: { block: 2 } },
    { step: '15', run: 'kubectl create configmap nginxconfigmap --from-file=default.conf', compare: { block: 2 } },
    { step: '16', wait: '1m50s', run: 'kubectl get configmaps', compare: { block: 2 } },
  ],
};
