// A made-up transcript in the reference set's shape, for the bench's tests (never the real files).
export const TINY_TRANSCRIPT = `# 99 tiny-pod

- **Source:** made up for the tests.

## Manifest (pod.yaml as stored)
\`\`\`yaml
apiVersion: v1
kind: Pod
metadata:
  name: tiny
spec:
  containers:
  - name: app
    image: busybox:1.28
    command: ['sleep', '3600']
\`\`\`

## Transcript

### 1
\`\`\`shell
kubectl apply -f https://example.com/pod.yaml
\`\`\`
Output:
\`\`\`
pod/tiny created
\`\`\`

### 2 (after 20 seconds)
\`\`\`shell
kubectl get pod tiny
\`\`\`
\`\`\`
NAME      READY     STATUS    RESTARTS   AGE
tiny      1/1       Running   0          20s
\`\`\`

### 3
\`\`\`shell
kubectl logs tiny
\`\`\`
Output: not shown.

### 4 (DO NOT SCORE EXACT TEXT: hand-edited)
\`\`\`shell
kubectl get pods
\`\`\`
\`\`\`
NAME      READY     STATUS    RESTARTS   AGE
tiny      1/1       Running   7          1h
\`\`\`

### 5a (describe excerpt)
\`\`\`
kubectl describe pod tiny
Name:         tiny
...
    State:          Running
    Restart Count:  0
...
\`\`\`
`;
