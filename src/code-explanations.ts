// What `kindling explain CODE` shows beyond a code's summary: a lesson (or the part of one) that
// gets the code, and what to do about it. One entry per code of the catalog (src/catalog.ts; a
// test keeps the two in step, and parses every lesson-stage example to check it gets its code).
// The docs link of every code is the diagnostics section of the lesson-format reference.

export interface CodeExplanation {
  /** A lesson, or the part of one, that gets the code. Parse-stage examples are whole lessons. */
  example: string;
  /** What to do about it. */
  hint: string;
}

const T = '---\ntitle: Example\n---\n\n';
const fence = (info: string, body: string): string => `${T}\`\`\`${info}\n${body}\`\`\`\n`;

export const CODE_EXPLANATIONS: Record<string, CodeExplanation> = {
  KL010: { example: '---\ntitle: Caf<0xE9> (Latin-1 bytes)\n---\n', hint: 'Convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8 in.md > out.md`. kindling never rewrites a file it cannot read as UTF-8.' },
  KL011: { example: `${T}(more than 2 MiB of text)\n`, hint: 'Split the lesson into several; keep large data out of lessons.' },
  KL012: { example: `${T}(one line of more than 65,536 characters)\n`, hint: 'Break the line; keep large data (base64 blobs) out of lessons.' },
  KL013: { example: `${T}${'- '.repeat(33)}too deep\n`, hint: 'Flatten the lists or block quotes to at most 32 levels.' },
  KL014: { example: `${T}*a* _b_ *a* _b_ ... (more than 1,000 "*" and "_" in one paragraph)\n`, hint: 'Put text with many `*` or `_` in `code`, or split the paragraph.' },
  KL015: { example: `${T}Some\\0text (a NUL byte).\n`, hint: 'The file is binary or corrupt: remove the NUL bytes.' },
  KL016: { example: '\\uFEFF\\uFEFF---\ntitle: Example\n---\n', hint: 'Remove the extra invisible U+FEFF characters at the start of the file.' },
  KL017: { example: 'lessons/a b.md and lessons/a-b.md: both would be published as a-b.html\n', hint: 'Rename one of the files.' },
  KL101: { example: '# A lesson\n\nNo front matter.\n', hint: 'Start the file with `---`, `title: ...` and another `---` line.' },
  KL102: { example: '---\ntitle: "unclosed\n---\n', hint: 'Fix the YAML at the place given; quote values with `:` or `#` in them.' },
  KL103: { example: '---\n- title\n- Example\n---\n', hint: 'Write `key: value` lines, such as `title: Example`.' },
  KL104: { example: '---\ntitle: Example\ntitel: Typo\n---\n', hint: 'Use one of the keys the reference lists (title, description, order, tags, backends, timeout, sim).' },
  KL105: { example: '---\norder: 1\n---\n', hint: 'Add `title: ...`: it is the page title and the index entry.' },
  KL106: { example: '---\ntitle: Example\norder: first\n---\n', hint: 'Give the key a value of the type the reference says (order is a number, tags a list of strings).' },
  KL107: { example: '---\ntitle: Example\nbackends: [sim, minikube]\n---\n', hint: 'List only `sim` and `cluster`.' },
  KL108: { example: '---\ntitle: Example\ntimeout: soon\n---\n', hint: 'Write a duration: 30s, 2m, 500ms, 1m30s, or a number of seconds.' },
  KL110: { example: '---\ntitle: Example\ntimeout: 600h\n---\n', hint: 'Use a timeout of at most 24h.' },
  KL201: { example: fence('console bogus=1', '$ echo hi\nhi\n'), hint: 'Use one of the attributes the reference lists; check for typos.' },
  KL202: { example: fence('console exit=256', '$ echo hi\nhi\n'), hint: 'Give the attribute a value of the form the message says.' },
  KL203: { example: fence('console until=/(a/', '$ echo hi\nhi\n'), hint: 'Fix the regular expression, or quote plain text: until="text".' },
  KL204: { example: fence('console hidden=yes', '$ echo hi\nhi\n'), hint: 'Write the flag alone: `hidden`, `norun`, `background`.' },
  KL205: { example: fence('yaml file=', 'a: 1\n'), hint: 'Give the attribute its value: file=init.yaml, exit=1, timeout=30s.' },
  KL206: { example: fence('console until="Running', '$ echo hi\nhi\n'), hint: 'Close the quote.' },
  KL207: { example: fence('console timeout=1s timeout=2s', '$ echo hi\nhi\n'), hint: 'Keep one of the two.' },
  KL208: { example: `${fence('console id=a', '$ echo hi\nhi\n')}\n\`\`\`console id=a\n$ echo hi\nhi\n\`\`\`\n`, hint: 'Give each block its own id.' },
  KL209: { example: fence('yaml hidden', 'a: 1\n'), hint: 'Add file=NAME to write the block into the workspace, or remove the attributes.' },
  KL210: { example: fence('yaml file=a.yaml until="x"', 'a: 1\n'), hint: 'Move the attribute to the console or sh block that uses the file.' },
  KL211: { example: fence('console every=1s', '$ echo hi\nhi\n'), hint: 'Add until="..." or remove every=.' },
  KL212: { example: fence('console hidden norun', '$ echo hi\nhi\n'), hint: 'Keep one of them, or remove the block.' },
  KL213: { example: fence('console =x', '$ echo hi\nhi\n'), hint: 'Write key=value, key="a b", or a bare flag.' },
  KL218: { example: `${T}\`\`\`console\n$ echo hi\nhi\n`, hint: 'Add the closing fence (the same characters as the opening one, at least as many).' },
  KL219: { example: fence('console timeout=600h', '$ echo hi\nhi\n'), hint: 'Use a duration of at most 24h.' },
  KL220: { example: fence('console until=/(a+)+b/', '$ echo hi\nhi\n'), hint: 'Write the pattern without a quantified group that repeats inside: /(ab)+/ rather than /(a+)+/; no back-references.' },
  KL301: { example: fence('console', 'hi\n$ echo hi\nhi\n'), hint: 'Start the block with a `$ ` command line; put prose outside the block.' },
  KL302: { example: fence('console', '$ cat <<EOF\n> hello\n'), hint: 'End the heredoc with its terminator line (`> EOF`).' },
  KL303: { example: fence('console', '$ echo a \\\n'), hint: 'Write the rest of the command on the next line, or remove the `\\`.' },
  KL304: { example: fence('console', '$ printf \'$ not a command\\n\'\n'), hint: 'The recorded output would read back as a command: change the command so its output does not start with `$ `.' },
  KL305: { example: fence('console', "$ printf '```\\n'\n"), hint: 'Use a longer fence (````console) so the output cannot close it.' },
  KL306: { example: fence('console', "$ printf 'a\\rb\\n'\n"), hint: 'Remove the carriage return from the output (e.g. `| tr -d "\\r"`).' },
  KL307: { example: fence('console', '$ kubectl plugin list\n'), hint: 'Use what the simulator models (see the README), or run the lesson on a real cluster (backends: [cluster]) and record its outputs there.' },
  KL308: { example: fence('console', ''), hint: 'Write the commands as `$ command` lines, or use another language (text) for output alone.' },
  KL401: { example: fence('yaml file=""', 'a: 1\n'), hint: 'Name the file: file=init.yaml.' },
  KL402: { example: fence('yaml file=/etc/app.yaml', 'a: 1\n'), hint: 'Write a path relative to the workspace: file=etc/app.yaml.' },
  KL403: { example: fence('yaml file=../app.yaml', 'a: 1\n'), hint: 'Keep the path inside the workspace: no `..` that leaves it.' },
  KL404: { example: fence('yaml file=conf/', 'a: 1\n'), hint: 'Name a file: file=conf/app.yaml.' },
  KL221: { example: fence('yaml file=conf\\app.yaml', 'a: 1\n'), hint: 'Use printable characters and `/` as the separator.' },
  KL501: { example: fence('console', '$ false\n'), hint: 'Fix the command, or say the exit code it should have: ```console exit=1.' },
  KL502: { example: fence('console timeout=1s', '$ sleep 100\n'), hint: 'Raise timeout=, or make the command end sooner.' },
  KL503: { example: fence('console until="Running" timeout=30s', '$ kubectl get pods\n'), hint: 'Raise timeout=, or check that the condition can be met.' },
  KL504: { example: fence('console', '$ exit 3\n'), hint: 'Do not end the lesson\'s shell while steps are left; on the cluster backend, check that bash and kubectl are installed.' },
  KL505: { example: `${fence('console', '$ ln -s /etc conf\n')}\n\`\`\`yaml file=conf/app.yaml\na: 1\n\`\`\`\n`, hint: 'Write the file somewhere the workspace owns; a symbolic link out of it is not followed.' },
  KL506: { example: fence('console until=/(a/', '$ echo hi\n'), hint: 'Fix the errors reported for the lesson first.' },
  KL507: { example: '(any lesson: kindling itself failed)\n', hint: 'A bug in kindling: report it with the lesson that shows it.' },
  KL508: { example: fence('console', '$ kubectl exec -it web -- sh\n/ # cd /tmp\n/ # ls\n'), hint: 'Write the prompt the shell shows: `/tmp #` after `cd /tmp`.' },
  KL509: { example: fence('console timeout=1h', '$ while true; do sleep 0.001; done\n'), hint: 'Make the command do less: fewer, longer sleeps, or a shorter timeout=.' },
  KL601: { example: fence('console', '$ echo hi\nho\n'), hint: 'Fix the recorded output, or run `kindling update` to record what the commands print now.' },
  KL602: { example: fence('console', '$ echo hi\n'), hint: 'Run `kindling update` to record the output.' },
  KL701: { example: '---\ntitle: Example\nsim:\n  nodes: 3\n---\n', hint: 'See the `sim:` keys in the lesson-format reference.' },
  KL702: { example: fence('console', '$ kubectl run web --image=ghcr.io/example/web:2.1\n'), hint: 'Declare the image under `sim.images` to say what it does.' },
  KL703: { example: fence('console', '$ kubectl create pdb web --selector=app=web --min-available=1\n'), hint: 'Run the lesson on a real cluster (backends: [cluster]), or leave the object out.' },
  KL704: { example: fence('console', '$ kubectl (a verb or flag the simulator does not model)\n'), hint: 'Run the lesson on a real cluster (backends: [cluster]), or use what the simulator models.' },
  KL860: { example: `${T}[Click](javascript:alert(1)) here.\n`, hint: 'Link to http, https, mailto or relative URLs only.' },
};

/** Where the codes are documented: the lesson-format reference's table of them. */
export const DOCS_LINK = 'docs/lesson-format.md#problems-in-a-lesson';
