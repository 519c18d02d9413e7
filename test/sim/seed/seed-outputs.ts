// Outputs of the real 2019 session (../shared/seed/000_a860772230182404.txt: kubectl ~1.16,
// busybox 1.31.1-uclibc, flannel, three nodes), copied verbatim from the post, including its
// typographic quotes (‘ where kubectl printed ') and the spaces the blog put in place of tabs.
// They are facts to compare the simulator with (see seed-walkthrough.test.ts), not lesson text.

/** `kubectl create -f init.yaml`. */
export const CREATE_POD = `pod/myapp-pod created
`;

/** `kubectl get pod` right after creating the pod. */
export const GET_POD_INIT_0 = `NAME        READY   STATUS     RESTARTS   AGE
myapp-pod   0/1     Init:0/2   0          8s
`;

/** `kubectl describe myapp-pod` (the resource type forgotten); exit status 1. */
export const DESCRIBE_WITHOUT_TYPE = `error: the server doesn‘t have a resource type "myapp-pod"
`;

/** `kubectl describe pod myapp-pod` while init-myservice runs. */
export const DESCRIBE_POD = `Name:         myapp-pod
Namespace:    default
Priority:     0
Node:         k8s-node02/192.168.180.134
Start Time:   Wed, 18 Dec 2019 22:02:57 +0800
Labels:       app=myapp
Annotations:  <none>
Status:       Pending
IP:           10.244.1.9
IPs:
  IP:  10.244.1.9
Init Containers:
  init-myservice:
    Container ID:  docker://3c0e850042efab506f95737adfd3dc6ef2da9218ce51eb5eb4e94573a657fd2b
    Image:         busybox
    Image ID:      docker-pullable://busybox@sha256:1828edd60c5efd34b2bf5dd3282ec0cc04d47b2ff9caa0b6d4f07a21d1c08084
    Port:          <none>
    Host Port:     <none>
    Command:
      sh
      -c
      until nslookup myservice; do echo waiting for myservice; sleep 2; done;
    State:          Running
      Started:      Wed, 18 Dec 2019 22:03:03 +0800
    Ready:          False
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from default-token-gx2h8 (ro)
  init-mydb:
    Container ID:
    Image:         busybox
    Image ID:
    Port:          <none>
    Host Port:     <none>
    Command:
      sh
      -c
      until nslookup mydb; do echo waiting for mydb; sleep 2; done;
    State:          Waiting
      Reason:       PodInitializing
    Ready:          False
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from default-token-gx2h8 (ro)
Containers:
  myapp-container:
    Container ID:
    Image:         busybox
    Image ID:
    Port:          <none>
    Host Port:     <none>
    Command:
      sh
      -c
      echo The app is running! && sleep 3600
    State:          Waiting
      Reason:       PodInitializing
    Ready:          False
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from default-token-gx2h8 (ro)
Conditions:
  Type              Status
  Initialized       False
  Ready             False
  ContainersReady   False
  PodScheduled      True
Volumes:
  default-token-gx2h8:
    Type:        Secret (a volume populated by a Secret)
    SecretName:  default-token-gx2h8
    Optional:    false
QoS Class:       BestEffort
Node-Selectors:  <none>
Tolerations:     node.kubernetes.io/not-ready:NoExecute for 300s
                 node.kubernetes.io/unreachable:NoExecute for 300s
Events:
  Type    Reason     Age        From                 Message
  ----    ------     ----       ----                 -------
  Normal  Scheduled  <unknown>  default-scheduler    Successfully assigned default/myapp-pod to k8s-node02
  Normal  Pulling    22s        kubelet, k8s-node02  Pulling image "busybox"
  Normal  Pulled     18s        kubelet, k8s-node02  Successfully pulled image "busybox"
  Normal  Created    18s        kubelet, k8s-node02  Created container init-myservice
  Normal  Started    17s        kubelet, k8s-node02  Started container init-myservice
`;

/** `kubectl logs myapp-pod -c init-myservice`: 14 nslookup attempts. */
export const LOGS_INIT_MYSERVICE = `Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
Server:         10.96.0.10
Address:        10.96.0.10:53

** server can‘t find myservice.default.svc.cluster.local: NXDOMAIN

*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer
*** Can‘t find myservice.default.svc.cluster.local: No answer
*** Can‘t find myservice.svc.cluster.local: No answer
*** Can‘t find myservice.cluster.local: No answer
*** Can‘t find myservice.localdomain: No answer

waiting for myservice
`;

/** `kubectl create -f myservice.yaml`. */
export const CREATE_MYSERVICE = `service/myservice created
`;

/** `kubectl get svc` after creating myservice. */
export const GET_SVC_MYSERVICE = `NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE
kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP   10h
myservice    ClusterIP   10.102.35.5   <none>        80/TCP    49s
`;

/** `kubectl get pod -n kube-system`. */
export const GET_PODS_KUBE_SYSTEM = `NAME                                 READY   STATUS    RESTARTS   AGE
coredns-58cc8c89f4-pzbrd             1/1     Running   23         10h
coredns-58cc8c89f4-vmhl2             1/1     Running   23         10h
etcd-k8s-master                      1/1     Running   4          10h
kube-apiserver-k8s-master            1/1     Running   4          10h
kube-controller-manager-k8s-master   1/1     Running   21         10h
kube-flannel-ds-amd64-c4fs4          1/1     Running   2          9h
kube-flannel-ds-amd64-ct6mc          1/1     Running   2          9h
kube-flannel-ds-amd64-mtzz9          1/1     Running   5          9h
kube-proxy-9bdql                     1/1     Running   2          9h
kube-proxy-cv8lk                     1/1     Running   2          9h
kube-proxy-h8jk8                     1/1     Running   4          10h
kube-scheduler-k8s-master            1/1     Running   21         10h
`;

/** `kubectl get pod` once myservice resolves. */
export const GET_POD_INIT_1 = `NAME        READY   STATUS     RESTARTS   AGE
myapp-pod   0/1     Init:1/2   0          5m58s
`;

/** `kubectl create -f mydb.yaml`. */
export const CREATE_MYDB = `service/mydb created
`;

/** `kubectl get pod` once mydb resolves. */
export const GET_POD_RUNNING = `NAME        READY   STATUS    RESTARTS   AGE
myapp-pod   1/1     Running   0          12m
`;

/** `kubectl get svc` at the end. */
export const GET_SVC_BOTH = `NAME         TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE
kubernetes   ClusterIP   10.96.0.1       <none>        443/TCP   10h
mydb         ClusterIP   10.104.158.92   <none>        80/TCP    3m24s
myservice    ClusterIP   10.102.35.5     <none>        80/TCP    10m
`;
