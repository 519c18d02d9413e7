// The cluster of the 2019 walkthrough this project grew from (../shared/seed/), as
// lessons/10-init-containers-walkthrough.md declares it in its `sim:` front matter: three
// nodes named as in the post, flannel in kube-system, and the nodes' own `localdomain` search
// domain that shows up in every pod's DNS search path; the registry as of the walkthrough's day,
// when untagged `busybox` was 1.31.1 on uClibc.
export const SEED_SIM = {
  clusterName: 'k8s',
  nodes: [
    { name: 'k8s-master', role: 'control-plane', ip: '192.168.180.132' },
    { name: 'k8s-node01', ip: '192.168.180.133' },
    { name: 'k8s-node02', ip: '192.168.180.134' },
  ],
  cni: 'flannel',
  cniNamespace: 'kube-system',
  dnsSearch: ['localdomain'],
  clusterAge: '10h',
  registryDate: '2019-12-18',
};
