// 13: hello-minikube: a Deployment, its pod, a LoadBalancer Service with <pending> and a NodePort.
// The source ran minikube: one node named minikube; its cluster was ~23 minutes old.
export default {
  sim: { nodes: ['minikube'], clusterAge: '22m' },
  steps: [
    { step: '1', run: 'kubectl create deployment hello-node --image=k8s.gcr.io/echoserver:1.4' },
    { step: '2', wait: '55s', run: 'kubectl get deployments', compare: { block: 2 } },
    { step: '3', run: 'kubectl get pods', compare: { block: 2 } },
    { step: '4', run: 'kubectl expose deployment hello-node --type=LoadBalancer --port=8080' },
    { step: '5', wait: '20s', run: 'kubectl get services', compare: { block: 2 } },
    // After `minikube addons enable metrics-server`, which the simulated cluster has no counterpart for.
    { step: '6', run: 'kubectl get pod,svc -n kube-system', compare: { block: 2 } },
    { step: '7', run: 'kubectl delete service hello-node' },
    { step: '7', run: 'kubectl delete deployment hello-node' },
  ],
};
