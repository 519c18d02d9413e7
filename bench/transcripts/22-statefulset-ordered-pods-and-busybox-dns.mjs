// 22: a StatefulSet's pods created in order, seen by a watch; stable names in DNS; pods recreated
// after a delete; PVCs; scaling up and down. A watch runs in a second terminal in the source: here
// it runs in the background of the command it watches, into a file that the next step prints.
// Steps 1-3 run in one script so the watch sees the creation and steps 2-3 keep their times; the
// script exits with the apply's status.
const nslookups = "printf 'nslookup web-0.nginx\\nnslookup web-1.nginx\\n' | kubectl run -i --image busybox:1.28 dns-test --restart=Never --rm";
const statefulSet = 'the simulator has no StatefulSet controller';
export default {
  files: [{ path: 'web.yaml', manifest: 'web.yaml' }],
  steps: [
    {
      step: '1',
      unsupported: statefulSet,
      run: [
        'timeout 75 kubectl get pods -w -l app=nginx > watch-4.txt 2>&1 &',
        'sleep 0.5; kubectl apply -f web.yaml; applied=$?',
        'sleep 11; kubectl get service nginx > step-2.txt 2>&1',
        'sleep 7; kubectl get statefulset web > step-3.txt 2>&1',
        'wait; (exit $applied)',
      ].join('\n'),
      compare: { block: 2 },
    },
    { step: '2', run: 'cat step-2.txt', compare: { block: 2 } },
    { step: '3', requires: ['1'], run: 'cat step-3.txt', compare: { block: 2 } },
    { step: '4', requires: ['1'], run: 'cat watch-4.txt', compare: { block: 2 } },
    { step: '5', requires: ['1'], run: 'kubectl get pods -l app=nginx', compare: { block: 2 } },
    { step: '6', requires: ['1'], run: "for i in 0 1; do kubectl exec web-$i -- sh -c 'hostname'; done", compare: { block: 2 } },
    // Interactive in the source; the lines typed at busybox's prompt (block lines 1 and 8) are piped in.
    { step: '7', requires: ['1'], run: nslookups, compare: { block: 2, exclude: [1, 8] } },
    { step: '8', requires: ['1'], run: 'kubectl delete pod -l app=nginx', compare: { block: 2 } },
    { step: '9', requires: ['1'], run: 'timeout 60 kubectl get pod -w -l app=nginx', compare: { block: 2 } },
    { step: '10', requires: ['1'], run: "for i in 0 1; do kubectl exec web-$i -- sh -c 'hostname'; done", compare: { block: 2 } },
    { step: '11', requires: ['1'], run: `${nslookups} /bin/sh`, compare: { block: 2, exclude: [1, 8] } },
    { step: '12', requires: ['1'], run: 'kubectl get pvc -l app=nginx', compare: { block: 2 } },
    { step: '13', requires: ['1'], run: "for i in 0 1; do kubectl exec web-$i -- sh -c 'echo $(hostname) > /usr/share/nginx/html/index.html'; done" },
    // The source's `exec -it` has no terminal here.
    { step: '13', requires: ['1'], run: 'for i in 0 1; do kubectl exec web-$i -- curl localhost; done', compare: { block: 2 } },
    {
      step: '14',
      requires: ['1'],
      run: 'timeout 75 kubectl get pods -w -l app=nginx > watch-15.txt 2>&1 & sleep 0.5; kubectl scale sts web --replicas=5; wait',
      compare: { block: 2 },
    },
    { step: '15', requires: ['1'], run: 'cat watch-15.txt', compare: { block: 2 } },
    {
      step: '16',
      requires: ['1'],
      run: `timeout 45 kubectl get pods -w -l app=nginx > watch-17.txt 2>&1 & sleep 0.5; kubectl patch sts web -p '{"spec":{"replicas":3}}'; wait`,
      compare: { block: 2 },
    },
    { step: '17', requires: ['1'], run: 'cat watch-17.txt', compare: { block: 2 } },
    { step: '18', requires: ['1'], run: 'kubectl get pvc -l app=nginx', compare: { block: 2 } },
  ],
};
