// The Lesson model: what `parseLesson` produces from one Markdown file.
// Every later stage (run, verify, update, render) reads this shape and nothing else.
import type { NorunReason } from './norun-reasons.js';

/** A point in a source file. `line` and `column` are 1-based; `offset` is a 0-based UTF-16 index. */
export interface SourcePoint {
  line: number;
  column: number;
  offset: number;
}

export interface SourceSpan {
  start: SourcePoint;
  end: SourcePoint;
}

export type Severity = 'error' | 'warning';

/** A problem in user content, attached to a position. Never thrown. */
export interface Diagnostic {
  /** Permanent code from the catalog, e.g. `KL201`. */
  code: string;
  /** Kebab-case name of the code, e.g. `unknown-attribute`. */
  name: string;
  severity: Severity;
  /** What happened, then what was expected. */
  message: string;
  /** What to do about it, when there is something useful to say. */
  hint?: string;
  file: string;
  line: number;
  column: number;
}

/** `cluster:` in front matter: what a real cluster needs to know about the lesson. */
export interface ClusterMeta {
  /**
   * The lesson touches or reads cluster-scoped state (nodes, namespaces, PVs, cluster roles,
   * `-A`): on a cluster it runs alone, never beside other lessons.
   */
  exclusive: boolean;
  /** Images loaded into a kind cluster before the lesson runs (`kind load docker-image`). */
  images: string[];
}

/** Front matter, validated. */
export interface LessonMeta {
  title: string;
  description?: string;
  /** Sort key on the index page; lessons without one come last, by file name. */
  order?: number;
  /** The site's navigation groups lessons by section (in the order of each section's first lesson). */
  section?: string;
  tags: string[];
  /** Backends this lesson is expected to pass on; undefined means every backend. */
  backends?: string[];
  /** Default per-command timeout in milliseconds. */
  timeoutMs?: number;
  /** `match:` how recorded outputs are compared (undefined: the backend's default). */
  match?: MatchMode;
  /** Simulator configuration (`sim:` key), passed as-is to the sim backend, which validates it. */
  sim?: Record<string, unknown>;
  /**
   * `urls:`: URLs the lesson's commands name (`kubectl apply -f https://k8s.io/examples/...`),
   * each mapped to the workspace file (a `file=` block) that stands for what the URL serves.
   */
  urls?: Record<string, string>;
  /** How the lesson runs on a real cluster (`cluster:` key). */
  cluster?: ClusterMeta;
  /** `playground: false`: the lesson's page offers no in-browser terminal ("Try it"). */
  playground?: boolean;
  /** Where each front-matter key starts, for diagnostics raised by later stages. */
  keyPositions: Record<string, SourcePoint>;
  /** Where each key and list item under `sim:` starts, by the JSON of its path (`["nodes",1,"role"]`). */
  simPositions?: Record<string, SourcePoint>;
}

/** `exact`: byte for byte (wildcards aside); `normalized`: after the Kubernetes-aware normalizers. */
export type MatchMode = 'exact' | 'normalized';

/** Why a documented output line no longer matches: re-formatted, behaves differently, or the command fails. */
export type StaleClass = 'format' | 'behaviour' | 'error';

export const STALE_CLASSES: readonly StaleClass[] = ['format', 'behaviour', 'error'];

/** One entry of `stale=`: block lines `from`..`to` (1 = the first line after the opening fence). */
export interface StaleMark {
  from: number;
  to: number;
  class: StaleClass;
}

export type UntilCondition =
  | { kind: 'text'; text: string }
  | { kind: 'regex'; source: string; flags: string };

/** Fence info-string attributes, validated. */
export interface FenceAttributes {
  /** Runs, but is not shown on the page (set-up, clean-up). */
  hidden: boolean;
  /** Shown, but not run. */
  norun: boolean;
  /** `norun=REASON`: why the block is not run (absent for a bare `norun`). */
  norunReason?: NorunReason;
  /** Expected exit code of every command in the block (default 0). */
  exit?: number;
  /** Re-run the block until its output matches this. */
  until?: UntilCondition;
  /** Per-command timeout; with `until`, the deadline for the whole retry loop. */
  timeoutMs?: number;
  /** Interval between `until` attempts. */
  everyMs?: number;
  id?: string;
  /** Workspace-relative path this block's content is written to (normalized: `./a//b` -> `a/b`). */
  file?: string;
  /** `interrupt=`: how long a command whose output ends with a `^C` line runs before Ctrl-C. */
  interruptMs?: number;
  /** `background`: every command of the block starts in the background, as if it ended in `&`. */
  background?: boolean;
  /** `stale="3:format 5-6:behaviour"`: documented output lines known not to match kubectl 1.32 any more. */
  stale?: StaleMark[];
}

interface BlockBase {
  /** 0-based position among the lesson's runnable blocks. */
  index: number;
  /** The fence's language (`console`, `sh`, `yaml`, ...), lower-cased; '' when absent. */
  lang: string;
  attrs: FenceAttributes;
  /** The whole fenced code node, opening fence to closing fence. */
  span: SourceSpan;
}

/** A block with `file=NAME`: written into the workspace in document order. */
export interface FileBlock extends BlockBase {
  kind: 'file';
  /** Same as `attrs.file`: the normalized workspace-relative path. */
  path: string;
  /** The block's lines, each ending in `\n` (so '' for an empty block). */
  content: string;
}

/** One `$ ` command inside a console block, with the output the lesson recorded under it. */
export interface ConsoleCommand {
  /**
   * The command as the shell runs it: continuation lines (their `\` kept) and heredoc bodies
   * joined with `\n`, `$ ` and `> ` prompts removed. Equal to `displayLines.join('\n')`.
   */
  source: string;
  /** The command as shown on the page: its lines without the `$ `/`> ` prompts. */
  displayLines: string[];
  /** 1-based file line of the `$ ` line. */
  line: number;
  /** 1-based file column where the `$` prompt starts (after list indentation or `> ` markers). */
  column: number;
  /** Recorded output lines (without line endings). */
  expected: string[];
  /**
   * Where the command was typed: undefined at the lesson's own `$ ` prompt; for a command typed
   * inside a container shell (after `kubectl exec -it POD -- sh`), the prompt shown in front of
   * it (`/ #`, `root@web:/#`), without the space after it.
   */
  prompt?: ContainerPrompt;
  /**
   * A `kubectl exec -it POD -- sh` line: it opens a container shell, and the commands after it
   * that carry a `prompt` are typed into that shell, up to `exit` or the next `$ ` line.
   */
  opensShell?: boolean;
  /**
   * Recorded output lines marked stale (`stale=` on the block), by their index in `expected`; index
   * -1 is the command's own `$ ` line: what it prints has lines the lesson leaves out.
   */
  staleMarks?: Map<number, StaleClass>;
  /** With `staleMarks`: the file line of the block's opening fence, from which `stale=` counts lines. */
  fenceLine?: number;
  /** The recorded output ends with a `^C` line: the command is stopped with Ctrl-C (see `interrupt=`). */
  interrupted?: boolean;
  /** The command ends in `&` (or its block is `background`): it keeps running while later commands run. */
  background?: boolean;
  /**
   * File lines holding the recorded output: `startLine` is the first output line (the line after
   * the command's last line); `endLine` is exclusive. Equal when nothing is recorded.
   */
  outputLines: { startLine: number; endLine: number };
}

/** A container shell's prompt, as written in front of a command typed at it. */
export interface ContainerPrompt {
  /** The prompt as written, without the space after it: `/ #`, `root@web:/app#`, `bash-5.1#`. */
  text: string;
  /** The working directory the prompt shows (`/`, `~`, `/app`), when it shows one: checked against the shell's. */
  dir?: string;
}

/** A `console` block: a transcript of commands and their recorded outputs. */
export interface ConsoleBlock extends BlockBase {
  kind: 'console';
  commands: ConsoleCommand[];
}

/** An `sh`/`bash` block: runs as one script; its output is shown under it on the page. */
export interface ScriptBlock extends BlockBase {
  kind: 'script';
  source: string;
  /** 1-based file line of the first script line. */
  line: number;
}

export type Block = FileBlock | ConsoleBlock | ScriptBlock;

export interface Lesson {
  /** Path of the lesson file, as given to kindling. */
  file: string;
  /** URL-safe name derived from the file name (`10-init-containers.md` -> `10-init-containers`). */
  slug: string;
  /** The file's full text, exactly as read. */
  source: string;
  meta: LessonMeta;
  /** Runnable blocks (file, console, script) in document order. */
  blocks: Block[];
  /** Problems found while parsing. A lesson with any error does not run. */
  diagnostics: Diagnostic[];
  /** Where the author asked for a Pod's lifecycle picture (`<!-- kindling:timeline pod=NAME -->`). */
  timelines: TimelineDirective[];
}

/** A `<!-- kindling:timeline pod=NAME [namespace=NS] -->` comment in the prose. */
export interface TimelineDirective {
  pod: string;
  /** The Pod's namespace; `default` unless the directive says otherwise. */
  namespace: string;
  /** 1-based place of the comment, and its offset in the source (to find it when rendering). */
  line: number;
  column: number;
  offset: number;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
