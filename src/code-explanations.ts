// What `kindling explain CODE` shows beyond a code's summary: the message it comes with, a lesson
// (or the part of one) that gets the code, what to do about it, and where it is documented. One entry per code of the catalog (src/catalog.ts; a
// test keeps the two in step, and parses every lesson-stage example to check it gets its code).
// The docs link of every code is the diagnostics section of the lesson-format reference.

export interface CodeExplanation {
  /**
   * The message a diagnostic with the code carries, `{placeholders}` standing for what varies
   * (a test matches the message of every parse-stage example against it).
   */
  message: string;
  /** A lesson, or the part of one, that gets the code. Parse-stage examples are whole lessons. */
  example: string;
  /** What to do about it. */
  hint: string;
}

const T = '---\ntitle: Example\n---\n\n';
const fence = (info: string, body: string): string => `${T}\`\`\`${info}\n${body}\`\`\`\n`;

export const CODE_EXPLANATIONS: Record<string, CodeExplanation> = {
  KL010: { message: 'Lesson is not valid UTF-8: byte 0x{byte} at offset {offset} does not belong to a UTF-8 character, expected UTF-8 text', example: '---\ntitle: Caf<0xE9> (Latin-1 bytes)\n---\n', hint: 'Convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8 in.md > out.md`. kindling never rewrites a file it cannot read as UTF-8.' },
  KL011: { message: 'Lesson is {bytes} bytes, expected at most 2097152 (2 MiB)', example: `${T}(more than 2 MiB of text)\n`, hint: 'Split the lesson into several; keep large data out of lessons.' },
  KL012: { message: 'Line {line} is {length} characters long, expected at most 65536', example: `${T}(one line of more than 65,536 characters)\n`, hint: 'Break the line; keep large data (base64 blobs) out of lessons.' },
  KL013: { message: 'Lists or block quotes nested {depth} levels deep, expected at most 32', example: `${T}${'- '.repeat(33)}too deep\n`, hint: 'Flatten the lists or block quotes to at most 32 levels.' },
  KL014: { message: 'Paragraph has more than 1000 "*" and "_" characters, expected at most 1000', example: `${T}*a* _b_ *a* _b_ ... (more than 1,000 "*" and "_" in one paragraph)\n`, hint: 'Put text with many `*` or `_` in `code`, or split the paragraph.' },
  KL015: { message: 'Lesson contains a NUL byte, expected text', example: `${T}Some\\0text (a NUL byte).\n`, hint: 'The file is binary or corrupt: remove the NUL bytes.' },
  KL016: { message: 'Lesson starts with a second byte order mark (U+FEFF) after the first, expected at most one', example: '\\uFEFF\\uFEFF---\ntitle: Example\n---\n', hint: 'Remove the extra invisible U+FEFF characters at the start of the file.' },
  KL017: { message: 'Lesson {file} would be published as {slug}.html, like {other}, expected every lesson to have its own page name', example: 'lessons/a b.md and lessons/a-b.md: both would be published as a-b.html\n', hint: 'Rename one of the files.' },
  KL101: { message: 'Lesson has no front matter, expected YAML between "---" lines at the top of the file, with at least a title', example: '# A lesson\n\nNo front matter.\n', hint: 'Start the file with `---`, `title: ...` and another `---` line.' },
  KL102: { message: 'Invalid YAML in front matter: {reason}', example: '---\ntitle: "unclosed\n---\n', hint: 'Fix the YAML at the place given; quote values with `:` or `#` in them.' },
  KL103: { message: 'Front matter is {what}, expected a mapping of keys such as "title: ..."', example: '---\n- title\n- Example\n---\n', hint: 'Write `key: value` lines, such as `title: Example`.' },
  KL104: { message: 'Unknown front-matter key "{key}", expected one of: {keys}', example: '---\ntitle: Example\ntitel: Typo\n---\n', hint: 'Use one of the keys the reference lists (title, description, order, tags, backends, timeout, sim).' },
  KL105: { message: 'Front matter has no title, expected a "title" key with a non-empty string', example: '---\norder: 1\n---\n', hint: 'Add `title: ...`: it is the page title and the index entry.' },
  KL106: { message: 'Front-matter key "{key}" must be {type}, got {value}', example: '---\ntitle: Example\norder: first\n---\n', hint: 'Give the key a value of the type the reference says (order is a number, tags a list of strings).' },
  KL107: { message: 'Unknown backend "{backend}" in backends, expected one of: {backends}', example: '---\ntitle: Example\nbackends: [sim, minikube]\n---\n', hint: 'List only `sim` and `cluster`.' },
  KL108: { message: 'Front-matter key "timeout" must be a duration such as 30s, 2m, 500ms, 1m30s or a number of seconds, got {value}', example: '---\ntitle: Example\ntimeout: soon\n---\n', hint: 'Write a duration: 30s, 2m, 500ms, 1m30s, or a number of seconds.' },
  KL109: { message: 'Unknown match mode "{mode}", expected one of: exact, normalized', example: '---\ntitle: Example\nmatch: fuzzy\n---\n', hint: 'Write `match: exact` (the default) or `match: normalized` for outputs recorded on another cluster.' },
  KL110: { message: 'Front-matter key "timeout" is {value}, longer than kindling allows, expected at most 24h', example: '---\ntitle: Example\ntimeout: 600h\n---\n', hint: 'Use a timeout of at most 24h.' },
  KL201: { message: 'Unknown attribute "{name}", expected one of: {attributes}', example: fence('console bogus=1', '$ echo hi\nhi\n'), hint: 'Use one of the attributes the reference lists; check for typos.' },
  KL202: { message: 'Invalid value "{value}" for {name}=, expected {form}', example: fence('console exit=256', '$ echo hi\nhi\n'), hint: 'Give the attribute a value of the form the message says.' },
  KL203: { message: 'Invalid regular expression in until={pattern}: {reason}', example: fence('console until=/(a/', '$ echo hi\nhi\n'), hint: 'Fix the regular expression, or quote plain text: until="text".' },
  KL204: { message: 'Attribute "{name}" is a flag and takes no value, got {name}={value}', example: fence('console hidden=yes', '$ echo hi\nhi\n'), hint: 'Write the flag alone: `hidden`, `background`.' },
  KL205: { message: 'Attribute "{name}" needs a value, expected {example}', example: fence('yaml file=', 'a: 1\n'), hint: 'Give the attribute its value: file=init.yaml, exit=1, timeout=30s.' },
  KL206: { message: 'Unterminated quote in {text}: expected a closing {quote}', example: fence('console until="Running', '$ echo hi\nhi\n'), hint: 'Close the quote.' },
  KL207: { message: 'Duplicate attribute "{name}": it is already given at column {column}', example: fence('console timeout=1s timeout=2s', '$ echo hi\nhi\n'), hint: 'Keep one of the two.' },
  KL208: { message: 'Duplicate id "{id}": the block at line {line} already uses it, expected ids unique in the lesson', example: `${fence('console id=a', '$ echo hi\nhi\n')}\n\`\`\`console id=a\n$ echo hi\nhi\n\`\`\`\n`, hint: 'Give each block its own id.' },
  KL209: { message: 'Attribute {names} on a {language} block, which does not run: only file= blocks and console, sh, bash and shell blocks run', example: fence('yaml hidden', 'a: 1\n'), hint: 'Add file=NAME to write the block into the workspace, or remove the attributes.' },
  KL210: { message: 'Attribute "{name}" does nothing on a file= block, which runs no command', example: fence('yaml file=a.yaml until="x"', 'a: 1\n'), hint: 'Move the attribute to the console or sh block that uses the file.' },
  KL211: { message: 'Attribute "every" without until=: it sets the interval between until= attempts', example: fence('console every=1s', '$ echo hi\nhi\n'), hint: 'Add until="..." or remove every=.' },
  KL212: { message: 'Attributes "hidden" and "norun" together: the block would neither run nor show', example: fence('console hidden norun', '$ echo hi\nhi\n'), hint: 'Keep one of them, or remove the block.' },
  KL213: { message: 'Malformed attribute "{text}", expected key=value, key="a b" or a bare flag', example: fence('console =x', '$ echo hi\nhi\n'), hint: 'Write key=value, key="a b", or a bare flag.' },
  KL215: { message: 'stale= marks block line {blockLine} (file line {fileLine}), which is not a recorded output line, expected the number of a line under a command (or of a "$ " line)', example: fence('console stale="5:format"', '$ echo hi\nhi\n'), hint: 'Count block lines from 1 at the line after the opening fence; mark only lines under a command (or a `$ ` line).' },
  KL217: { message: 'the timeline directive names no Pod; expected pod=NAME', example: `${T}<!-- kindling:timeline namespace=default -->\n`, hint: 'Write `<!-- kindling:timeline pod=NAME [namespace=NS] -->` on a line of its own.' },
  KL218: { message: 'Code fence {fence} opened here is never closed: the block runs on to {end}, expected a closing {fence} line', example: `${T}\`\`\`console\n$ echo hi\nhi\n`, hint: 'Add the closing fence (the same characters as the opening one, at least as many).' },
  KL219: { message: '{name}={value} is longer than kindling allows, expected at most 24h', example: fence('console timeout=600h', '$ echo hi\nhi\n'), hint: 'Use a duration of at most 24h.' },
  KL220: { message: 'until={pattern} has {construct}, which can take exponential time to match, expected a pattern without it', example: fence('console until=/(a+)+b/', '$ echo hi\nhi\n'), hint: 'Write the pattern without a quantified group that repeats inside: /(ab)+/ rather than /(a+)+/; no back-references.' },
  KL221: { message: 'file= path {path} has {character} at position {position}, expected printable characters and "/" as the separator', example: fence('yaml file=conf\\app.yaml', 'a: 1\n'), hint: 'Use printable characters and `/` as the separator.' },
  KL228: { message: 'Unknown reason "{reason}" in norun=, {suggestion}expected one of: placeholder, generated-name, other-cluster, other-terminal, container-shell, editor, illustration, prerequisite, output, depends, unmodelled', example: fence('console norun=todo', '$ kubectl edit pod web\n'), hint: 'Write norun=REASON with a reason from the lesson format (docs/lesson-format.md), or a bare norun.' },
  KL301: { message: 'Console block starts with text instead of a command: {text}, expected a "$ " line first', example: fence('console', 'hi\n$ echo hi\nhi\n'), hint: 'Start the block with a `$ ` command line; put prose outside the block.' },
  KL302: { message: 'Heredoc {operator} in command {command} has no terminator line {delimiter} before the block ends', example: fence('console', '$ cat <<EOF\n> hello\n'), hint: 'End the heredoc with its terminator line (`> EOF`).' },
  KL303: { message: 'Command {command} ends with a line continuation "\\" on the last line of the block, expected the rest of the command on the next line', example: fence('console', '$ echo a \\\n'), hint: 'Write the rest of the command on the next line, or remove the `\\`.' },
  KL304: { message: 'Output line {n} of `{command}` would be read back as a new command because it starts with "$", so it cannot be recorded; the old output is kept', example: fence('console', '$ printf \'$ not a command\\n\'\n'), hint: 'The recorded output would read back as a command: change the command so its output does not start with `$ `.' },
  KL305: { message: 'Output line {n} of `{command}` would close the {fence} fence of its block, so it cannot be recorded; the old output is kept', example: fence('console', "$ printf '```\\n'\n"), hint: 'Use a longer fence (````console) so the output cannot close it.' },
  KL306: { message: 'Output line {n} of `{command}` contains a carriage return, which Markdown reads as a line break, so it cannot be recorded; the old output is kept', example: fence('console', "$ printf 'a\\rb\\n'\n"), hint: 'Remove the carriage return from the output (e.g. `| tr -d "\\r"`).' },
  KL307: { message: 'Output line {n} of `{command}` is the simulator saying what it does not model, not what the command prints on a cluster, so it cannot be recorded; the old output is kept', example: fence('console', '$ kubectl plugin list\n'), hint: 'Use what the simulator models (see the README), or run the lesson on a real cluster (backends: [cluster]) and record its outputs there.' },
  KL308: { message: 'Console block has no command, expected at least one "$ " line', example: fence('console', ''), hint: 'Write the commands as `$ command` lines, or use another language (text) for output alone.' },
  KL401: { message: 'file= names no path, expected a workspace-relative path such as init.yaml', example: fence('yaml file=""', 'a: 1\n'), hint: 'Name the file: file=init.yaml.' },
  KL402: { message: 'file={path} is an absolute path, expected a path relative to the lesson workspace', example: fence('yaml file=/etc/app.yaml', 'a: 1\n'), hint: 'Write a path relative to the workspace: file=etc/app.yaml.' },
  KL403: { message: 'file={path} leaves the lesson workspace through "..", expected a path inside it', example: fence('yaml file=../app.yaml', 'a: 1\n'), hint: 'Keep the path inside the workspace: no `..` that leaves it.' },
  KL404: { message: 'file={path} names a directory, expected a file name such as {example}', example: fence('yaml file=conf/', 'a: 1\n'), hint: 'Name a file: file=conf/app.yaml.' },
  KL501: { message: '{command} exited with {code}, expected {expected}', example: fence('console', '$ false\n'), hint: 'Fix the command, or say the exit code it should have: ```console exit=1.' },
  KL502: { message: '{command} timed out after {timeout}', example: fence('console timeout=1s', '$ sleep 100\n'), hint: 'Raise timeout=, or make the command end sooner.' },
  KL503: { message: 'the output did not {verb} {within}', example: fence('console until="Running" timeout=30s', '$ kubectl get pods\n'), hint: 'Raise timeout=, or check that the condition can be met.' },
  KL504: { message: '{command} did not run: {why}', example: fence('console', '$ exit 3\n'), hint: 'Do not end the lesson\'s shell while steps are left; on the cluster backend, check that bash and kubectl are installed.' },
  KL505: { message: 'cannot write {path} into the workspace: {why}', example: `${fence('console', '$ ln -s /etc conf\n')}\n\`\`\`yaml file=conf/app.yaml\na: 1\n\`\`\`\n`, hint: 'Write the file somewhere the workspace owns; a symbolic link out of it is not followed.' },
  KL506: { message: 'the lesson has errors, so none of it ran; fix the errors reported for it first', example: fence('console until=/(a/', '$ echo hi\n'), hint: 'Fix the errors reported for the lesson first.' },
  KL507: { message: 'kindling failed while running this lesson: {why}', example: '(any lesson: kindling itself failed)\n', hint: 'A bug in kindling: report it with the lesson that shows it.' },
  KL508: { message: 'the prompt {prompt} shows the directory {dir}, but the shell was in {pwd}', example: fence('console', '$ kubectl exec -it web -- sh\n/ # cd /tmp\n/ # ls\n'), hint: 'Write the prompt the shell shows: `/tmp #` after `cd /tmp`.' },
  KL509: { message: '{command} was stopped: kindling: the simulator spent more than {budget} of real time on this command (it had run {virtual} of virtual time); the simulator cannot run it that far', example: fence('console timeout=1h', '$ while true; do sleep 0.001; done\n'), hint: 'Make the command do less: fewer, longer sleeps, or a shorter timeout=.' },
  KL601: { message: 'output of {command} differs from the recorded output', example: fence('console', '$ echo hi\nho\n'), hint: 'Fix the recorded output, or run `kindling update` to record what the commands print now.' },
  KL602: { message: '{command} printed {lines}, but the lesson records no output under it', example: fence('console', '$ echo hi\n'), hint: 'Run `kindling update` to record the output.' },
  KL603: { message: 'line {line} of the output of {command} is marked stale ({class}), but it matches what kubectl printed now', example: fence('console stale="2:format"', '$ echo hi\nhi\n'), hint: 'Remove the line from the block\'s `stale=`: it is no longer stale.' },
  KL604: { message: 'line {line} of the output of {command} is marked stale as {class}, but the difference is now a {now} one: {reason}', example: fence('console stale="2:format"', '$ kubectl get pods\nNo resources found.\n'), hint: 'Mark the line with the class the message names, or update the line.' },
  KL701: { message: 'sim.{path}: {problem}', example: '---\ntitle: Example\nsim:\n  nodes: 3\n---\n', hint: 'See the `sim:` keys in the lesson-format reference.' },
  KL702: { message: 'Image "{image}" ({normalized}) is not in the simulator\'s catalog; it was pulled as a generic image ({size}, a Debian-like userland), ...', example: fence('console', '$ kubectl run web --image=ghcr.io/example/web:2.1\n'), hint: 'Declare the image under `sim.images` to say what it does.' },
  KL703: { message: 'The simulator does not model {kind}s ({group}/{version}): kubectl refuses to create one on the simulator, and {consequence}', example: fence('console', '$ kubectl create pdb web --selector=app=web --min-available=1\n'), hint: 'Run the lesson on a real cluster (backends: [cluster]), or leave the object out.' },
  KL704: { message: 'kubectl {what} is not modelled by the simulator: the command failed on the simulator where kubectl 1.32 would have run it.', example: fence('console', '$ kubectl (a verb or flag the simulator does not model)\n'), hint: 'Run the lesson on a real cluster (backends: [cluster]), or use what the simulator models.' },
  KL705: { message: 'the lesson made no Pod "{pod}" in namespace "{namespace}", so there is no timeline of it to show here', example: `${T}<!-- kindling:timeline pod=web -->\n\n\`\`\`console\n$ kubectl run api --image=nginx\npod/api created\n\`\`\`\n`, hint: 'Name a Pod the lesson creates, with namespace=NS if it is not in `default`.' },
  KL801: { message: '{target} cannot be used: {kubectl error}', example: 'kindling verify --backend cluster --context no-such-context lessons/\n', hint: 'Pass a context `kubectl config get-contexts` lists, or set a current context.' },
  KL802: { message: 'the API server of {target} did not answer: {why}', example: 'kindling verify --backend cluster lessons/   (with the cluster stopped)\n', hint: 'Start the cluster, or check the kubeconfig\'s server address and credentials (`kubectl cluster-info`).' },
  KL803: { message: 'lessons cannot get a namespace of their own on {target}: {why}', example: 'kindling verify --backend cluster lessons/   (as a user who may not create namespaces)\n', hint: 'Use a kubeconfig whose user may create and delete namespaces.' },
  KL804: { message: 'kubectl {client} and the server {server} are more than one minor version apart; ...', example: 'kindling verify --backend cluster lessons/   (kubectl 1.32 against a 1.29 server)\n', hint: 'Use a kubectl within one minor version of the server (v1.32 for kindling\'s outputs).' },
  KL805: { message: '--backend kind needs `kind` on PATH; {how to install}', example: 'kindling verify --backend kind lessons/   (kind not installed)\n', hint: 'Install kind (https://kind.sigs.k8s.io/) and put it on PATH.' },
  KL806: { message: '`{kind command}` failed: {why}', example: 'kindling verify --backend kind lessons/   (docker not running)\n', hint: 'Read kind\'s own message in the diagnostic; check that docker (or podman) is running.' },
  KL807: { message: 'kubectl is not on PATH; install kubectl v1.32 (https://kubernetes.io/docs/tasks/tools/) to run lessons on a cluster', example: 'kindling verify --backend cluster lessons/   (kubectl not installed)\n', hint: 'Install kubectl v1.32 and put it on PATH.' },
  KL851: { message: 'kindling.config.json is not valid JSON: {reason}', example: 'kindling.config.json: { "title": "Lessons", }\n', hint: 'Fix the JSON at the place given (no trailing commas, keys in double quotes).' },
  KL852: { message: 'Unknown key "{key}" in kindling.config.json, expected one of: {keys}', example: 'kindling.config.json: { "titel": "Lessons" }\n', hint: 'Use one of the keys the README lists: title, baseUrl, editUrl, logo, playground.' },
  KL853: { message: '"{key}" {problem}', example: 'kindling.config.json: { "baseUrl": "/lessons/" }\n', hint: 'Give the value the form the message says (an absolute http(s) base URL, an edit link with `{path}`).' },
  KL854: { message: '"logo" names {path}, which does not exist', example: 'kindling.config.json: { "logo": "images/missing.svg" }\n', hint: 'Give the path of an existing image file, relative to the config file.' },
  KL860: { message: '{Link|Image|Link definition} to a "{scheme}:" URL, expected http, https, mailto or a relative URL; the site shows it as text', example: `${T}[Click](javascript:alert(1)) here.\n`, hint: 'Link to http, https, mailto or relative URLs only.' },
  KL901: { message: 'Cannot read the page: {reason}', example: 'kindling import no/such/page.md\n', hint: 'Give the path of a Markdown page of a kubernetes/website clone.' },
  KL902: { message: 'Unknown shortcode "{name}", expected one of: {shortcodes}', example: '{{< glossary_definition term_id="pod" >}}\n', hint: 'Convert this part of the page by hand, then import the edited page.' },
  KL903: { message: 'Example file "{file}" is not in the examples directory', example: '{{% code_sample file="pods/missing.yaml" %}}\n', hint: 'Give the website\'s examples directory with --examples, or fix the file name.' },
  KL904: { message: '`{command}` reads {url}, which is not a file of the website\'s examples directory, so the import cannot map it to a local file', example: 'kubectl apply -f https://example.com/app.yaml\n', hint: 'Download the file into the examples directory, or map the URL under `urls:` by hand.' },
  KL905: { message: 'Shortcode "{name}" is never closed', example: '{{< note >}}\nA note that is never closed.\n', hint: 'Add the closing `{{< /note >}}`, or remove the stray closing one.' },
  KL906: { message: '`{command}` has a placeholder for the reader to fill in; the block is shown with norun', example: 'kubectl describe pod <pod-name>\n', hint: 'Replace the placeholder with the real name in the lesson, then drop `norun`.' },
  KL907: { message: 'These commands are typed in the container shell opened by an earlier block; they are shown with norun', example: 'kubectl exec -it shell-demo -- /bin/bash\n(a later block) ls /\n', hint: 'Put the container commands in the block of the `kubectl exec -it`, under its prompt.' },
  KL908: { message: 'The page has no front matter, expected `---`, a title and `---` at its start', example: '# A page without front matter\n', hint: 'Give the page a Hugo front matter with a title.' },
  KL909: { message: 'An output block ({text}) follows no block of commands; it stays a plain block', example: 'The output is similar to:\n\n    NAME   READY\n(after no block of commands)\n', hint: 'Put the output after the block of the command that prints it, or leave it as it is.' },
  KL910: { message: 'This manifest has no file name on the page; it is written as {file}, the file `{command}` reads', example: '```yaml\napiVersion: v1\nkind: Pod\n```\n\nkubectl apply -f my-pod.yaml\n', hint: 'Check that the file the import named is the one the command means.' },
  KL911: { message: '`{command}` names `{name}`, a name the page\'s cluster generated; the block is shown with norun', example: 'kubectl get pods\nfrontend-b2zdv   1/1   Running\n\nkubectl logs frontend-b2zdv\n', hint: 'Name the object by a label or by its owner (`kubectl logs deploy/frontend`), then drop `norun`.' },
  KL912: { message: '`{command}` runs until stopped, and the block goes on with commands for another terminal; the block is shown with norun', example: 'kubectl port-forward svc/web 8080:80\ncurl localhost:8080\n', hint: 'Run the server command in the background (`&`) in the lesson, then the others after it.' },
  KL920: { message: '`{command}` watches in another terminal; it runs where the page shows its output (line {line}), and is shown here with norun', example: 'kubectl get pods -w -l app=nginx\n(in another terminal) kubectl apply -f web.yaml\n(later) kubectl get pods -w -l app=nginx\nNAME    READY   STATUS\n', hint: 'Nothing to do: the watch runs at the block that shows its output; drop the first block if the page reads well without it.' },
  KL921: { message: '`{command}` opens an editor for the reader to change the object in; the block is shown with norun', example: 'kubectl edit deployment/nginx\n', hint: 'A lesson can make the same change with `kubectl patch` or `kubectl apply` in a block added by hand.' },
};

/** Where the codes are documented: the lesson-format reference's table of them. */
export const DOCS_LINK = 'docs/lesson-format.md#problems-in-a-lesson';

/** The section of the documentation about what a code concerns, by its class. */
const TOPICS: readonly (readonly [RegExp, string])[] = [
  [/^KL0/, 'docs/lesson-format.md#limits'],
  [/^KL1/, 'docs/lesson-format.md#front-matter'],
  [/^KL21[5]/, 'docs/lesson-format.md#stale-lines-stale'],
  [/^KL217/, 'docs/lesson-format.md#pod-timelines'],
  [/^KL22[01]|^KL21[89]/, 'docs/lesson-format.md#limits'],
  [/^KL2/, 'docs/lesson-format.md#fence-attributes'],
  [/^KL3/, 'docs/lesson-format.md#transcripts-console'],
  [/^KL4/, 'docs/lesson-format.md#files-filename'],
  [/^KL5/, 'docs/lesson-format.md#blocks-that-run'],
  [/^KL60[34]/, 'docs/lesson-format.md#stale-lines-stale'],
  [/^KL6/, 'docs/lesson-format.md#matching-outputs'],
  [/^KL705/, 'docs/lesson-format.md#pod-timelines'],
  [/^KL7/, 'docs/lesson-format.md#the-simulated-cluster'],
  [/^KL80/, 'README.md#real-clusters'],
  [/^KL85/, 'README.md#the-site'],
  [/^KL86/, 'docs/lesson-format.md#links-and-raw-html'],
  [/^KL9/, 'README.md#importing-kubernetes-documentation-pages'],
];

/** The documentation of a code: its section, then the reference's table of codes. */
export function docsLinks(code: string): string[] {
  const topic = TOPICS.find(([pattern]) => pattern.test(code))?.[1];
  return topic === undefined ? [DOCS_LINK] : [topic, DOCS_LINK];
}
