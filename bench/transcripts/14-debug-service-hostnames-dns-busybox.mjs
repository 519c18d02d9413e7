// 14: debugging a Service: a Deployment of serve_hostname pods, a missing then an exposed Service,
// busybox 1.28 nslookup of it by short, namespaced and full name. The source's cluster used the
// service range 10.0.0.0/16 (DNS at 10.0.0.10) and the search domain example.com.
// "From within a pod" commands run in the helper pod with `kubectl exec busybox --`.
const podIPs = "kubectl get pods -l app=hostnames -o jsonpath='{range .items[*]}{.status.podIP} {end}'";
export default {
  sim: { serviceCIDR: '10.0.0.0/16', dnsSearch: ['example.com'] },
  steps: [
    // The source's helper is interactive (`run -it --rm ... sh`); here it sleeps and commands are exec'd.
    { step: '0', run: 'kubectl run busybox --image=gcr.io/google-containers/busybox --restart=Never -- sleep 36000' },
    { step: '1', run: 'kubectl create deployment hostnames --image=k8s.gcr.io/serve_hostname', compare: { block: 2 } },
    { step: '2', run: 'kubectl scale deployment hostnames --replicas=3', compare: { block: 2 } },
    { step: '3', wait: '2m', run: 'kubectl get pods -l app=hostnames', compare: { block: 2 } },
    {
      step: '4',
      unsupported: 'the simulated kubectl has no -o go-template',
      run: `kubectl get pods -l app=hostnames -o go-template='{{range .items}}{{.status.podIP}}{{"\\n"}}{{end}}'`,
      compare: { block: 2 },
    },
    // The source's loop names its pods' IPs; these pods have others.
    { step: '5', run: `for ip in $(${podIPs}); do kubectl exec busybox -- wget -qO- $ip:9376; done`, compare: { block: 2 } },
    { step: '6', run: 'kubectl exec busybox -- wget -O- hostnames', compare: { block: 2 } },
    { step: '7', run: 'kubectl get svc hostnames', compare: { block: 2 } },
    { step: '8', run: 'kubectl expose deployment hostnames --port=80 --target-port=9376', compare: { block: 2 } },
    { step: '9', wait: '3s', run: 'kubectl get svc hostnames', compare: { block: 2 } },
    { step: '10', run: 'kubectl exec busybox -- nslookup hostnames', compare: { block: 2 } },
    { step: '11', run: 'kubectl exec busybox -- nslookup hostnames.default', compare: { block: 2 } },
    { step: '12', run: 'kubectl exec busybox -- nslookup hostnames.default.svc.cluster.local', compare: { block: 2 } },
    { step: '13', unsupported: 'runs on a node (BIND nslookup); the simulator has no shell on its nodes', compare: { block: 2 } },
    { step: '14', run: 'kubectl exec busybox -- cat /etc/resolv.conf', compare: { block: 2 } },
    { step: '15', run: 'kubectl exec busybox -- nslookup kubernetes.default', compare: { block: 2 } },
    {
      step: '16',
      run: "ip=$(kubectl get svc hostnames -o jsonpath='{.spec.clusterIP}'); kubectl exec busybox -- sh -c \"for i in \\$(seq 1 3); do wget -qO- $ip:80; done\"",
      compare: { block: 2 },
    },
    { step: '17', run: 'kubectl get service hostnames -o json', compare: { block: 2 } },
    { step: '18', wait: '1h', run: 'kubectl get pods -l app=hostnames', compare: { block: 2 } },
    // Command and output share the block: line 1 is the command, line 2 blank.
    { step: '19', run: 'kubectl get endpoints hostnames', compare: { block: 1, lines: [3, 4] } },
  ],
};
