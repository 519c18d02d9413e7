// 17: a Job computing 2000 digits of pi; describe after it completes, its pod found by the
// job-name label, and the pod's log. As the fidelity notes say, the stored manifest (bpi(1000))
// is older than the outputs, which ran bpi(2000). The `-o yaml` output comes from a separate run
// while the job was still active, so the plan takes it early, before the describe.
export default {
  files: [{ path: 'job.yaml', manifest: 'job.yaml', replace: [['print bpi(1000)', 'print bpi(2000)']] }],
  steps: [
    // The source applies https://kubernetes.io/examples/controllers/job.yaml: the transcript's manifest.
    { step: '1', run: 'kubectl apply -f job.yaml', compare: { block: 2 } },
    // While the pod runs: after the image pull (~17 s here), before the end (~23 s here).
    { step: '3', wait: '18s', run: 'kubectl get job pi -o yaml', compare: { block: 2 } },
    { step: '2', wait: '1m', run: 'kubectl describe job pi', compare: { block: 2 } },
    { step: '4', run: "pods=$(kubectl get pods --selector=job-name=pi --output=jsonpath='{.items[*].metadata.name}')\necho $pods", compare: { block: 2 } },
    { step: '5', run: 'kubectl logs $pods', compare: { block: 2 } },
  ],
};
