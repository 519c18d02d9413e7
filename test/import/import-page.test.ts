// The conversion of Kubernetes-website pages: each shortcode and transcript form, and each
// diagnostic with the page's own line.
import { describe, expect, it } from 'vitest';
import { importPage } from '../../src/import/import-page.js';
import type { ImportOptions } from '../../src/import/types.js';
import { parseLesson } from '../../src/lesson/parse-lesson.js';

const FENCE = '```';

const EXAMPLES: Record<string, string> = {
  'pods/simple-pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.14.2\n',
  'pods/other.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n',
};

function options(extra: Partial<ImportOptions> = {}): ImportOptions {
  return {
    sourcePath: 'content/en/docs/tasks/x.md',
    commit: 'abc123',
    readExample: (path) => EXAMPLES[path],
    readInclude: (name) => (name === 'greeting.md' ? 'Hello from an include.\n' : undefined),
    ...extra,
  };
}

function page(body: string, front = 'title: A page\ncontent_type: task\nweight: 10'): string {
  return `---\n${front}\n---\n${body}`;
}

function lessonOf(body: string): string {
  const result = importPage(page(body), options());
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return result.lesson ?? '';
}

describe('importPage', () => {
  it('keeps the title, drops Hugo keys, tags the lesson and writes the provenance paragraph', () => {
    const lesson = lessonOf('\n<!-- overview -->\nSome text.\n');
    expect(lesson).toBe(
      '---\ntitle: A page\ntags:\n  - k8s-docs\n  - task\nmatch: normalized\n---\n\n' +
        'Imported by kindling import from [`content/en/docs/tasks/x.md`](https://github.com/kubernetes/website/blob/abc123/content/en/docs/tasks/x.md) of the kubernetes/website repository at commit `abc123` (© The Kubernetes Authors, CC BY 4.0). Its commands run as the page wrote them; its outputs are the ones the page documents.\n\n' +
        'Some text.\n',
    );
  });

  it('turns code_sample, codenew and code into file= blocks read from the examples directory', () => {
    for (const form of ['{{% code_sample file="pods/simple-pod.yaml" %}}', '{{< codenew file="pods/simple-pod.yaml" >}}', '{{< code file="pods/simple-pod.yaml" >}}']) {
      const lesson = lessonOf(`\nHere is the manifest:\n\n${form}\n\nApply it.\n`);
      expect(lesson).toContain(`Here is the manifest:\n\n${FENCE}yaml file=pods/simple-pod.yaml\napiVersion: v1\nkind: Pod\n`);
      expect(lesson).toContain(`    image: nginx:1.14.2\n${FENCE}\n\nApply it.\n`);
    }
  });

  it('turns notes, cautions and warnings into block quotes that start with their label', () => {
    const lesson = lessonOf('\n{{< note >}}\nMind the gap.\n{{< /note >}}\n\n{{< warning >}}\nHot.\n{{< /warning >}}\n\n{{< caution >}}\nWet.\n{{< /caution >}}\n');
    expect(lesson).toContain('> **Note:** Mind the gap.\n');
    expect(lesson).toContain('> **Warning:** Hot.\n');
    expect(lesson).toContain('> **Caution:** Wet.\n');
  });

  it('turns tooltips, params, skews, headings, includes and feature states into text', () => {
    const lesson = lessonOf(
      '\n## {{% heading "prerequisites" %}}\n\n{{< include "greeting.md" >}}\n\n' +
        'A {{< glossary_tooltip text="Pod" term_id="pod" >}} on {{< param "version" >}}, skew {{< skew currentVersion >}}.\n\n' +
        '{{< feature-state for_k8s_version="v1.31" state="beta" >}}\n\n{{% whatsnext-heading %}}\n\nMore.\n',
    );
    expect(lesson).toContain('## Before you begin\n\nHello from an include.\n');
    expect(lesson).toContain('A Pod on v1.32, skew 1.32.\n');
    expect(lesson).toContain('FEATURE STATE: `Kubernetes v1.31 [beta]`\n');
    expect(lesson).toContain("## What's next\n");
  });

  it('drops comment shortcodes and their content', () => {
    const lesson = lessonOf('\nBefore.\n\n{{< comment >}}\nNot for readers {{< glossary_tooltip text="x" term_id="x" >}}.\n{{< /comment >}}\n\nAfter.\n');
    expect(lesson).not.toContain('Not for readers');
    expect(lesson).toContain('Before.\n\nAfter.\n');
  });

  it('makes a shell block and the output the page introduces after it one console transcript', () => {
    const lesson = lessonOf(`\nRun:\n\n${FENCE}shell\nkubectl get pods\n${FENCE}\n\nThe output is similar to:\n\n${FENCE}\nNAME    READY\nnginx   1/1\n${FENCE}\n`);
    expect(lesson).toContain(`Run:\n\n${FENCE}console\n$ kubectl get pods\nNAME    READY\nnginx   1/1\n${FENCE}\n`);
    expect(lesson).not.toContain('similar to');
  });

  it('keeps a sentence that says more than "the output is" before the transcript', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl get pods\n${FENCE}\n\nThe output shows that the Pod is ready:\n\n${FENCE}\nNAME    READY\n${FENCE}\n`);
    expect(lesson).toContain(`The output shows that the Pod is ready:\n\n${FENCE}console\n$ kubectl get pods\nNAME    READY\n${FENCE}\n`);
  });

  it('takes an output block right under the commands, and marks a documented error exit=1', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl get pod nope\n${FENCE}\n${FENCE}\nError from server (NotFound): pods "nope" not found\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}console exit=1\n$ kubectl get pod nope\nError from server (NotFound): pods "nope" not found\n${FENCE}\n`);
  });

  it('takes a yaml or json block for the output of the command above it, after "The output is similar to" or alone under a command that prints it', () => {
    // The page's fragments (debug-service, namespaces-walkthrough): a ```json / ```yaml block right under the command.
    const json = lessonOf(`\nRead it back:\n\n${FENCE}shell\nkubectl get service hostnames -o json\n${FENCE}\n${FENCE}json\n{\n    "kind": "Service",\n    "apiVersion": "v1"\n}\n${FENCE}\n\nNext.\n`);
    expect(json).toContain(`Read it back:\n\n${FENCE}console\n$ kubectl get service hostnames -o json\n{\n    "kind": "Service",\n    "apiVersion": "v1"\n}\n${FENCE}\n\nNext.\n`);
    const view = lessonOf(`\nCheck the context:\n\n${FENCE}shell\nkubectl config view\n${FENCE}\n${FENCE}yaml\napiVersion: v1\nclusters: []\n${FENCE}\n`);
    expect(view).toContain(`${FENCE}console\n$ kubectl config view\napiVersion: v1\nclusters: []\n${FENCE}\n`);
    // Introduced by a sentence, an excerpt of -o yaml: between `...` lines.
    const introduced = lessonOf(`\n${FENCE}shell\nkubectl get pod web -o yaml\n${FENCE}\n\nThe output is similar to:\n\n${FENCE}yaml\nstatus:\n  phase: Running\n${FENCE}\n`);
    expect(introduced).toContain(`${FENCE}console\n$ kubectl get pod web -o yaml\n...\nstatus:\n  phase: Running\n...\n${FENCE}\n`);
    const introducedJson = lessonOf(`\n${FENCE}shell\nkubectl get cm c -o json\n${FENCE}\n\nThe output is similar to:\n\n${FENCE}json\n{\n    "kind": "ConfigMap"\n}\n${FENCE}\n`);
    expect(introducedJson).toContain(`${FENCE}console\n$ kubectl get cm c -o json\n{\n    "kind": "ConfigMap"\n}\n${FENCE}\n`);
    // A manifest under a command that prints no YAML stays a block of its own; so does YAML under a -o json command.
    const manifest = lessonOf(`\n${FENCE}shell\nkubectl apply -f web.yaml\n${FENCE}\n${FENCE}yaml\napiVersion: v1\nkind: Pod\n${FENCE}\n`);
    expect(manifest).toContain(`${FENCE}console\n$ kubectl apply -f web.yaml\n${FENCE}\n\n${FENCE}yaml\napiVersion: v1\nkind: Pod\n${FENCE}\n`);
    const other = lessonOf(`\n${FENCE}shell\nkubectl get pod web -o json\n${FENCE}\n${FENCE}yaml\napiVersion: v1\n${FENCE}\n`);
    expect(other).toContain(`${FENCE}console\n$ kubectl get pod web -o json\n${FENCE}\n\n${FENCE}yaml\napiVersion: v1\n${FENCE}\n`);
  });

  it('stops a watch with Ctrl-C: a ^C line after the documented output, and time to show it', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl get jobs --watch\n${FENCE}\nThe output is similar to this:\n\n${FENCE}\nNAME   COMPLETIONS\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}console interrupt=70s timeout=2m\n$ kubectl get jobs --watch\nNAME   COMPLETIONS\n^C\n${FENCE}\n`);
  });

  it('writes the page\'s own marks for left-out output as wildcards', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl describe pod x\n${FENCE}\n\nThe output is similar to:\n\n${FENCE}\nName: x\n[...]\n<...>\n    Container ID:    ...\n...\nLabels: ...,disktype=ssd\nSee ...more\n${FENCE}\n`);
    expect(lesson).toContain('$ kubectl describe pod x\nName: x\n...\n...\n    Container ID:    [..]\n...\nLabels: [..],disktype=ssd\nSee ...more\n');
  });

  it('takes YAML that does not start where kubectl\'s does for an excerpt, between ... lines', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl get resourcequota q --output=yaml\n${FENCE}\n\nThe output shows the quota:\n\n${FENCE}\nstatus:\n  used: {}\n${FENCE}\n`);
    expect(lesson).toContain('$ kubectl get resourcequota q --output=yaml\n...\nstatus:\n  used: {}\n...\n');
    // `# ...` in YAML is the page's mark for what it left out.
    const commented = lessonOf(`\n${FENCE}shell\nkubectl get deployment d -o yaml\n${FENCE}\n\nThe output shows the spec:\n\n${FENCE}yaml\nspec:\n  # ...\n  replicas: 2\n${FENCE}\n`);
    expect(commented).toContain('$ kubectl get deployment d -o yaml\n...\nspec:\n...\n  replicas: 2\n...\n');
    const fromKind = lessonOf(`\n${FENCE}shell\nkubectl get deployment d -o yaml\n${FENCE}\n\nThe output shows the kind:\n\n${FENCE}yaml\nkind: Deployment\n${FENCE}\n`);
    expect(fromKind).toContain('$ kubectl get deployment d -o yaml\n...\nkind: Deployment\n...\n');
  });

  it('takes a block without a language for commands when its lines are kubectl commands', () => {
    const lesson = lessonOf(`\n${FENCE}\npodName=$(kubectl get pods -o name)\nkubectl get pods\n${FENCE}\n\n${FENCE}\nNAME   READY\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}console\n$ podName=$(kubectl get pods -o name)\n$ kubectl get pods\nNAME   READY\n${FENCE}`);
  });

  it('takes a shell block that starts as kubectl output does (a table header, a key:) for output, not commands', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl get rs\n${FENCE}\n\nAnd see the frontend one you created:\n\n${FENCE}shell\nNAME       DESIRED   CURRENT\nfrontend   3         3\n${FENCE}\n\n${FENCE}shell\nkubectl describe rs/frontend\n${FENCE}\n\nAnd you will see output similar to:\n\n${FENCE}shell\nName:         frontend\n${FENCE}\n\nThe selector was:\n${FENCE}shell\nmatchLabels:\n  tier: frontend\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl get rs\nNAME       DESIRED   CURRENT\nfrontend   3         3\n${FENCE}`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl describe rs/frontend\nName:         frontend\n${FENCE}`);
    expect(lesson).toContain(`The selector was:\n\n${FENCE}shell norun=output\nmatchLabels:\n  tier: frontend\n${FENCE}`);
  });

  it('splits a block of commands with their output pasted under them, without prompts, into commands and output', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl get service nginx\nNAME      TYPE\nnginx     ClusterIP\n\nkubectl get statefulset web\nNAME      DESIRED\n\nweb       2\n\nfor i in 0 1; do kubectl exec web-$i -- hostname; done\nweb-0\nweb-1\n\nkubectl delete service nginx\nservice "nginx" deleted\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl get service nginx\nNAME      TYPE\nnginx     ClusterIP\n$ kubectl get statefulset web\nNAME      DESIRED\n\nweb       2\n$ for i in 0 1; do kubectl exec web-$i -- hostname; done\nweb-0\nweb-1\n$ kubectl delete service nginx\nservice "nginx" deleted\n${FENCE}`);
    // A block of commands only is unchanged.
    expect(lessonOf(`\n${FENCE}shell\nkubectl get pods\nexport X=1\n${FENCE}\n`)).toContain(`${FENCE}console\n$ kubectl get pods\n$ export X=1\n${FENCE}`);
  });

  it('reads a `$ ` line further down a block that starts without a prompt as a command', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl get nodes\nNAME   STATUS\n\n$ kubectl get pods\nNAME   READY\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl get nodes\nNAME   STATUS\n$ kubectl get pods\nNAME   READY\n${FENCE}`);
  });

  it('shows a block of table rows without a header (the rest of a watch) as output, not commands', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl scale sts web --replicas=4\n${FENCE}\n\nExamine the output of the watch.\n\n${FENCE}shell\nweb-3     0/1       Pending   0         0s\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}shell norun=output\nweb-3     0/1       Pending   0         0s\n${FENCE}`);
  });

  it('runs a watch "in one terminal" where the page shows its output, and shows the first block with norun (KL920)', () => {
    const body = `\nIn one terminal:\n\n${FENCE}shell\nkubectl get pods -w -l app=nginx\n${FENCE}\n\nIn another:\n\n${FENCE}shell\nkubectl apply -f web.yaml\n${FENCE}\n\nThe first terminal shows:\n\n${FENCE}shell\nkubectl get pods -w -l app=nginx\nNAME      READY\nweb-0     0/1\n${FENCE}\n`;
    const result = importPage(page(body), options());
    expect(result.lesson).toContain(`${FENCE}console norun=other-terminal\n$ kubectl get pods -w -l app=nginx\n${FENCE}`);
    expect(result.lesson).toContain(`${FENCE}console interrupt=70s timeout=2m\n$ kubectl get pods -w -l app=nginx\nNAME      READY\nweb-0     0/1\n^C\n${FENCE}`);
    expect(result.problems.map((p) => [p.code.code, p.line])).toEqual([['KL920', 10]]);
  });

  it('shows a block that opens an editor (kubectl edit) without running it (KL921)', () => {
    const result = importPage(page(`\n${FENCE}\nkubectl -n kube-system edit configmap coredns\n${FENCE}\n`), options());
    expect(result.lesson).toContain(`${FENCE}console norun=editor\n$ kubectl -n kube-system edit configmap coredns\n${FENCE}`);
    expect(result.problems.map((p) => [p.code.code, p.line])).toEqual([['KL921', 8]]);
    expect(importPage(page(`\n${FENCE}shell\nkubectl set image deploy/x x=nginx:1.27\n${FENCE}\n`), options()).problems).toEqual([]);
  });

  it('shows the lines typed in the container a `kubectl run -i --tty` attaches to as the page has them (KL907)', () => {
    const body = `\n${FENCE}shell\nkubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm\nnslookup web-0.nginx\nServer:    10.0.0.10\n${FENCE}\n`;
    const result = importPage(page(body), options());
    expect(result.lesson).toContain(`${FENCE}shell norun=container-shell\nkubectl run -i --tty --image busybox:1.28 dns-test --restart=Never --rm\nnslookup web-0.nginx\nServer:    10.0.0.10\n${FENCE}`);
    expect(result.problems.map((p) => [p.code.code, p.line])).toEqual([['KL907', 9]]);
  });

  it('does not take a block of commands, or one a sentence introduces as a command, for output', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl get pods\n${FENCE}\n\nThen, patch it by running the following command:\n\n${FENCE}sh\nkubectl patch pod x -p '{}'\n${FENCE}\n\nYou will get a notification like this:\n\n${FENCE}sh\npod/x patched\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl get pods\n${FENCE}`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl patch pod x -p '{}'\npod/x patched\n${FENCE}`);
  });

  it('writes the lines of a loop typed over several lines at the "> " prompt, as one command', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nmkdir ./jobs\nfor i in apple banana\ndo\n  echo $i > ./jobs/$i\ndone\nls jobs/\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}console\n$ mkdir ./jobs\n$ for i in apple banana\n> do\n>   echo $i > ./jobs/$i\n> done\n$ ls jobs/\n${FENCE}`);
    const parsed = parseLesson('x.md', lesson);
    expect(parsed.blocks.flatMap((b) => (b.kind === 'console' ? b.commands.map((c) => c.source) : []))).toEqual(['mkdir ./jobs', 'for i in apple banana\ndo\n  echo $i > ./jobs/$i\ndone', 'ls jobs/']);
  });

  it('keeps continuation lines and heredoc bodies with their command, and drops blank lines', () => {
    const lesson = lessonOf(`\n${FENCE}shell\nkubectl create deployment web \\\n  --image=nginx\n\ncat <<EOF > x.txt\nhello\nEOF\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl create deployment web \\\n  --image=nginx\n$ cat <<EOF > x.txt\nhello\nEOF\n${FENCE}\n`);
  });

  it('ends "Before you begin" at Hugo\'s <!-- steps --> comment, whatever the heading levels after it', () => {
    const lesson = lessonOf(`\n## Before you begin\n\n${FENCE}shell\nkubectl version\n${FENCE}\n\n<!-- steps -->\n\n### Create a Pod\n\n${FENCE}shell\nkubectl get nodes\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}shell norun=prerequisite\nkubectl version\n${FENCE}`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl get nodes\n${FENCE}`);
  });

  it('shows the commands of "Before you begin" without running them', () => {
    const lesson = lessonOf(`\n## Before you begin\n\n${FENCE}shell\nkubectl version\n${FENCE}\n\n## Steps\n\n${FENCE}shell\nkubectl get nodes\n${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}shell norun=prerequisite\nkubectl version\n${FENCE}`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl get nodes\n${FENCE}`);
  });

  it('puts commands typed in a container shell behind its prompt in the block, and shows later blocks for it as they are', () => {
    const result = importPage(
      page(`\n${FENCE}shell\nkubectl exec -it shell-demo -- /bin/bash\n${FENCE}\n\nIn your shell:\n\n${FENCE}shell\nls /\nexit\n${FENCE}\n\n${FENCE}shell\nkubectl exec -it toolbox -- sh\ncat /etc/hostname\nexit\n${FENCE}\n`),
      options(),
    );
    expect(result.lesson).toContain(`${FENCE}console\n$ kubectl exec -it shell-demo -- /bin/bash\n${FENCE}`);
    // A transcript starts at the host's `$ `: the container's commands stay the page's block, shown only.
    expect(result.lesson).toContain(`${FENCE}shell norun=container-shell\nls /\nexit\n${FENCE}`);
    expect(parseLesson('x.md', result.lesson ?? '').diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.lesson).toContain(`${FENCE}console\n$ kubectl exec -it toolbox -- sh\n/ # cat /etc/hostname\n/ # exit\n${FENCE}`);
    expect(result.problems.map((p) => [p.code.code, p.line])).toEqual([['KL907', 13]]);
  });

  it('keeps the documented output of a block typed in a container shell, after its sentence, as the page has them', () => {
    const result = importPage(
      page(`\n${FENCE}shell\nkubectl exec -it demo -- sh\n${FENCE}\n\nIn your shell, list the running processes:\n\n${FENCE}shell\nps\n${FENCE}\n\nThe output shows that the processes are running as user 1000:\n\n${FENCE}shell\nPID   USER     TIME  COMMAND\n    1 1000      0:00 sleep 1h\n${FENCE}\n`),
      options(),
    );
    const lesson = result.lesson ?? '';
    expect(lesson).toContain(`${FENCE}shell norun=container-shell\nps\n${FENCE}\n\nThe output shows that the processes are running as user 1000:\n\n${FENCE}shell norun=output\nPID   USER     TIME  COMMAND\n    1 1000      0:00 sleep 1h\n${FENCE}`);
    expect(result.problems.map((p) => [p.code.code, p.line])).toEqual([['KL907', 13]]);
  });

  it('takes a block that starts with kubectl after a shell the page never exits for the host\'s, and an output block fenced as none for output', () => {
    const result = importPage(
      page(`\n${FENCE}shell\nkubectl exec -it demo -- sh\n${FENCE}\n\nClean up:\n\n${FENCE}shell\nkubectl get pods\n${FENCE}\n\n${FENCE}none\nNAME   READY\ndemo   1/1\n${FENCE}\n`),
      options(),
    );
    expect(result.lesson).toContain(`${FENCE}console\n$ kubectl get pods\nNAME   READY\ndemo   1/1\n${FENCE}`);
    expect(result.problems).toEqual([]);
  });

  it('takes a ${VARIABLE} no command of the page sets for a placeholder, and one a command sets for a variable', () => {
    const result = importPage(
      page(`\n${FENCE}shell\nkubectl logs \${POD_NAME} \${CONTAINER_NAME}\n${FENCE}\n\n${FENCE}shell\nPOD=$(kubectl get pods -o name)\nkubectl logs \${POD}\n${FENCE}\n`),
      options(),
    );
    expect(result.lesson).toContain(`${FENCE}console norun=placeholder\n$ kubectl logs \${POD_NAME} \${CONTAINER_NAME}\n${FENCE}`);
    expect(result.lesson).toContain(`${FENCE}console\n$ POD=$(kubectl get pods -o name)\n$ kubectl logs \${POD}\n${FENCE}`);
    expect(result.problems.map((p) => p.code.code)).toEqual(['KL906']);
  });

  it('shows a block written at a container shell\'s prompt as it is, with its output after it', () => {
    const result = importPage(
      page(`\n${FENCE}shell\n/ # grep Cap /proc/$$/status\n${FENCE}\n\n${FENCE}\n...\nCapPrm:\t000001ffffffffff\n...\n${FENCE}\n\n${FENCE}shell\nkubectl get pods\n${FENCE}\n`),
      options(),
    );
    const lesson = result.lesson ?? '';
    expect(lesson).toContain(`${FENCE}shell norun=container-shell\n/ # grep Cap /proc/$$/status\n${FENCE}\n\n${FENCE}\n...\nCapPrm:\t000001ffffffffff\n...\n${FENCE}`);
    expect(lesson).toContain(`${FENCE}console\n$ kubectl get pods\n${FENCE}`);
    expect(result.problems.map((p) => p.code.code)).toEqual(['KL907']);
  });

  it('maps a k8s.io/examples URL to its file: shown where the page shows it, hidden otherwise', () => {
    const result = importPage(
      page(`\n{{% code_sample file="pods/simple-pod.yaml" %}}\n\n${FENCE}shell\nkubectl apply -f https://k8s.io/examples/pods/simple-pod.yaml\nkubectl apply -f https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/pods/other.yaml\n${FENCE}\n`),
      options(),
    );
    const lesson = result.lesson ?? '';
    expect(lesson).toContain('urls:\n  https://k8s.io/examples/pods/simple-pod.yaml: pods/simple-pod.yaml\n  https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/pods/other.yaml: pods/other.yaml\n');
    expect(lesson).toContain(`${FENCE}yaml file=pods/other.yaml hidden\n`);
    expect(lesson).toContain('$ kubectl apply -f https://k8s.io/examples/pods/simple-pod.yaml\n');
    expect(parseLesson('x.md', lesson).diagnostics).toEqual([]);
  });

  it('maps an example a curl command downloads, and leaves curl\'s other URLs alone', () => {
    const result = importPage(page(`\n${FENCE}shell\ncurl -L -s -O https://k8s.io/examples/pods/simple-pod.yaml\ncurl http://localhost:8080/api\n${FENCE}\n`), options());
    expect(result.problems).toEqual([]);
    const lesson = result.lesson ?? '';
    expect(lesson).toContain('urls:\n  https://k8s.io/examples/pods/simple-pod.yaml: pods/simple-pod.yaml\n');
    expect(lesson).toContain(`${FENCE}yaml file=pods/simple-pod.yaml hidden\n`);
    expect(lesson).toContain('$ curl -L -s -O https://k8s.io/examples/pods/simple-pod.yaml\n');
  });

  it('names a manifest the page shows without a name after the file a later command reads', () => {
    const result = importPage(page(`\n${FENCE}yaml\nkind: Pod\n${FENCE}\n\n${FENCE}shell\nkubectl apply -f myapp.yaml\n${FENCE}\n`), options());
    expect(result.lesson).toContain(`${FENCE}yaml file=myapp.yaml\nkind: Pod\n${FENCE}`);
    expect(result.problems.map((p) => [p.code.code, p.line, p.severity])).toEqual([['KL910', 7, 'warning']]);
  });

  it('shows commands with placeholders without running them, with a warning', () => {
    const result = importPage(page(`\n${FENCE}shell\nkubectl describe pod <pod-name>\n${FENCE}\n`), options());
    expect(result.lesson).toContain(`${FENCE}console norun=placeholder\n$ kubectl describe pod <pod-name>\n${FENCE}`);
    // A placeholder with alternatives (`<filename|url>`) is one too; `get -f` reads a file, it does not follow.
    expect(importPage(page(`\n${FENCE}shell\nkubectl get -f <filename|url> -o yaml\n${FENCE}\n`), options()).lesson).toContain(`${FENCE}console norun=placeholder\n$ kubectl get -f <filename|url> -o yaml\n${FENCE}`);
    expect(lessonOf(`\n${FENCE}shell\nkubectl get -f pod.txt\n${FENCE}\n`)).toContain(`${FENCE}console\n$ kubectl get -f pod.txt\n${FENCE}`);
    expect(result.problems.map((p) => [p.code.code, p.line, p.severity])).toEqual([['KL906', 8, 'warning']]);
  });

  it('shows commands that name what the page\'s cluster generated (frontend-b2zdv) without running them, with a warning', () => {
    const body = `\n${FENCE}shell\nkubectl get pods\n${FENCE}\n\nThe output is similar to:\n\n${FENCE}\nNAME             READY\nfrontend-b2zdv   1/1\nmyapp            1/1\n${FENCE}\n\n${FENCE}shell\nkubectl get pods frontend-b2zdv -o yaml\n${FENCE}\n\n${FENCE}shell\nkubectl describe pod/myapp\n${FENCE}\n`;
    const result = importPage(page(body), options());
    expect(result.lesson).toContain(`${FENCE}console norun=generated-name\n$ kubectl get pods frontend-b2zdv -o yaml\n${FENCE}`);
    expect(result.lesson).toContain(`${FENCE}console\n$ kubectl describe pod/myapp\n${FENCE}`);
    expect(result.problems.map((p) => [p.code.code, p.line])).toEqual([['KL911', 20]]);
    // A name in a message (`Created pod: indexed-job-fdhq5`) counts too.
    const events = `\n${FENCE}shell\nkubectl describe job x\n${FENCE}\n\nThe output is similar to:\n\n${FENCE}\n  Normal  SuccessfulCreate  1s  job-controller  Created pod: indexed-job-fdhq5\n${FENCE}\n\n${FENCE}shell\nkubectl logs indexed-job-fdhq5 # Change this\n${FENCE}\n`;
    expect(importPage(page(events), options()).lesson).toContain(`${FENCE}console norun=generated-name\n$ kubectl logs indexed-job-fdhq5 # Change this\n${FENCE}`);
  });

  it('shows a block that starts kubectl proxy and goes on with other commands without running it, with a warning', () => {
    const result = importPage(page(`\n${FENCE}shell\nkubectl proxy --port=8080\ncurl localhost:8080/api\n${FENCE}\n`), options());
    expect(result.lesson).toContain(`${FENCE}console norun=other-terminal\n$ kubectl proxy --port=8080\n$ curl localhost:8080/api\n${FENCE}`);
    expect(result.problems.map((p) => p.code.code)).toEqual(['KL912']);
  });

  it('makes a transcript of a command the page names in a sentence and whose output it shows', () => {
    const body = `\n1. To see the ReplicaSet, run \`kubectl get rs\`. The output is similar to this:\n   ${FENCE}\n   NAME      DESIRED   CURRENT   READY   AGE\n   web-abc   3         3         3       18s\n   ${FENCE}\n\n2. Run \`kubectl get deployments\` to check.\n\n   The output is similar to:\n   ${FENCE}\n   NAME   READY\n   ${FENCE}\n`;
    const result = importPage(page(body), options());
    expect(result.lesson).toContain('To see the ReplicaSet, run `kubectl get rs`. The output is similar to this:\n   ```console\n   $ kubectl get rs\n   NAME      DESIRED');
    expect(result.lesson).toContain('2. Run `kubectl get deployments` to check.\n\n   ```console\n   $ kubectl get deployments\n   NAME   READY\n   ```');
    // A command named without "run", or two of them: unchanged.
    const other = lessonOf(`\nCompare \`kubectl get rs\` and \`kubectl get pods\`; the output is similar to:\n\n${FENCE}\nNAME   READY\n${FENCE}\n`);
    expect(other).not.toContain('$ kubectl');
    const after = lessonOf(`\n${FENCE}shell\nkubectl get rs\n${FENCE}\n\nIf you run \`kubectl get pods\`, the output is similar to:\n\n${FENCE}\nNAME   READY\n${FENCE}\n`);
    // After a block of other commands, the output is the named command's.
    expect(after).toContain(`$ kubectl get rs\n${FENCE}`);
    expect(after).toContain('$ kubectl get pods\nNAME   READY');
    const same = lessonOf(`\n${FENCE}shell\nkubectl get pods\n${FENCE}\n\nIf you run \`kubectl get pods\`, the output is similar to:\n\n${FENCE}\nNAME   READY\n${FENCE}\n`);
    expect(same.match(/\$ kubectl get pods/g)).toHaveLength(1);
    // After a block that writes files, a sentence that names the command to run gets its own transcript.
    const files = lessonOf(`\n${FENCE}shell\ncat <<EOF >./kustomization.yaml\nresources: []\nEOF\n${FENCE}\n\nRun \`kubectl kustomize ./\` to view it:\n\n${FENCE}yaml\n{}\n${FENCE}\n`);
    expect(files).toContain('$ cat <<EOF >./kustomization.yaml\nresources: []\nEOF\n${FENCE}'.replace('${FENCE}', FENCE));
    expect(files).toContain('$ kubectl kustomize ./\n{}\n');
  });

  it('takes a block written at a `> ` prompt for a transcript, and "X is:" or "Run `...` to view" for the sentence before an output', () => {
    expect(lessonOf(`\n${FENCE}shell\n> kubectl apply -k ./\ndeployment.apps/dev-my-nginx created\n${FENCE}\n`)).toContain(`${FENCE}console\n$ kubectl apply -k ./\ndeployment.apps/dev-my-nginx created\n${FENCE}`);
    expect(lessonOf(`\n${FENCE}shell\nkubectl kustomize ./\n${FENCE}\n\nThe generated ConfigMap is:\n\n${FENCE}yaml\napiVersion: v1\n${FENCE}\n`)).toContain('$ kubectl kustomize ./\napiVersion: v1\n');
    expect(lessonOf(`\nRun\`kubectl kustomize ./\` to view the generated ConfigMap:\n\n${FENCE}yaml\napiVersion: v1\n${FENCE}\n`)).toContain('$ kubectl kustomize ./\napiVersion: v1\n');
  });

  it('shows commands the page gives as illustrations ("a command like:") without running them', () => {
    const lesson = lessonOf(`\n* Wait with a command like:\n  ${FENCE}shell\n  sleep 60\n  ${FENCE}\n`);
    expect(lesson).toContain(`${FENCE}shell norun=illustration\n  sleep 60\n  ${FENCE}`);
    const might = lessonOf(`\nTo look at the logs of a Cassandra pod, you might run\n\n${FENCE}shell\nkubectl exec cassandra -- cat /var/log/cassandra/system.log\n${FENCE}\n`);
    expect(might).toContain(`${FENCE}shell norun=illustration\nkubectl exec cassandra -- cat /var/log/cassandra/system.log\n${FENCE}`);
    // "Alternatively, ..." offers another way to do the step just done: shown, not run twice.
    const alternative = lessonOf(`\n${FENCE}shell\nkubectl rollout undo deployment/web\n${FENCE}\n\nAlternatively, you can rollback to a specific revision by specifying it with \`--to-revision\`:\n\n${FENCE}shell\nkubectl rollout undo deployment/web --to-revision=2\n${FENCE}\n`);
    expect(alternative).toContain(`${FENCE}console\n$ kubectl rollout undo deployment/web\n${FENCE}`);
    expect(alternative).toContain(`${FENCE}shell norun=illustration\nkubectl rollout undo deployment/web --to-revision=2\n${FENCE}`);
    const or = lessonOf(`\n${FENCE}shell\nkubectl set image deployment.v1.apps/web nginx=nginx:1.16.1\n${FENCE}\n\nor use the following command:\n\n${FENCE}shell\nkubectl set image deployment/web nginx=nginx:1.16.1\n${FENCE}\n`);
    expect(or).toContain(`${FENCE}shell norun=illustration\nkubectl set image deployment/web nginx=nginx:1.16.1\n${FENCE}`);
    // An output fenced as `ini` (for its colours) is an output too.
    expect(lessonOf(`\nRun \`kubectl get deployments\`. The output is similar to this:\n\n${FENCE}ini\nNAME   READY\n${FENCE}\n`)).toContain('$ kubectl get deployments\nNAME   READY\n');
  });
});

describe('importPage diagnostics', () => {
  const codes = (body: string, extra: Partial<ImportOptions> = {}) => {
    const result = importPage(page(body), options(extra));
    return { lesson: result.lesson, problems: result.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code.code} ${p.message}`) };
  };

  it('reports an unknown shortcode at its line and column, and writes no lesson', () => {
    const r = codes('\nText.\n\nMore {{< mystery x="1" >}} text.\n');
    expect(r.lesson).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^9:6 error KL902 Unknown shortcode "mystery", expected one of: /);
  });

  it('reports a missing example file at the shortcode', () => {
    const r = codes('\n\n{{% code_sample file="pods/nowhere.yaml" %}}\n');
    expect(r.lesson).toBeUndefined();
    expect(r.problems).toEqual(['8:1 error KL903 Example file "pods/nowhere.yaml" is not in the examples directory']);
  });

  it('reports a URL of the examples with no file, and a URL it cannot map, at the command', () => {
    const r = codes(`\n${FENCE}shell\nkubectl apply -f https://k8s.io/examples/pods/nowhere.yaml\n${FENCE}\n\n${FENCE}shell\nkubectl apply -f https://example.com/app.yaml\n${FENCE}\n`);
    expect(r.lesson).toBeUndefined();
    expect(r.problems[0]).toMatch(/^8:1 error KL903 https:\/\/k8s.io\/examples\/pods\/nowhere.yaml names example file "pods\/nowhere.yaml"/);
    expect(r.problems[1]).toMatch(/^12:1 error KL904 `kubectl apply -f https:\/\/example.com\/app.yaml` reads https:\/\/example.com\/app.yaml/);
  });

  it('reports a paired shortcode left open, and a closing one without an opening', () => {
    expect(codes('\n{{< note >}}\nNever closed.\n').problems).toEqual(['7:1 error KL905 Shortcode "note" is never closed, expected "{{< /note >}}" after it']);
    expect(codes('\nText.\n{{< /warning >}}\n').problems).toEqual(['8:1 error KL905 Closing shortcode "/warning" has no opening "warning"']);
  });

  it('reports a page without a title', () => {
    const result = importPage('---\nweight: 1\n---\nText.\n', options());
    expect(result.lesson).toBeUndefined();
    expect(result.problems.map((p) => p.code.code)).toEqual(['KL908']);
  });

  it('warns about an output block that follows no commands', () => {
    const r = codes(`\nSome prose.\n\nThe output is similar to:\n\n${FENCE}\nNAME\n${FENCE}\n`);
    expect(r.problems).toEqual([expect.stringMatching(/^11:1 warning KL909 /)]);
  });
});
