// The playground's panel on the page: a toolbar (virtual clock, fast-forward, reset, close) and
// an xterm.js terminal bound to a worker that runs the simulator (started by start-worker.ts).
// The worker starts first, so that it loads the simulator and builds the cluster while this
// thread builds the terminal.
import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import type { PlaygroundLesson } from '../lesson-data.js';
import { LineEditor, type EditorAction } from '../line-editor.js';
import type { FastForward, PageMessage, WorkerMessage } from '../protocol.js';
import { KUBECTL_FILE, KUBECTL_GLOBAL, WORKER_FILE, WORKER_GLOBAL } from '../worker-files.js';
import { inlineWorker, type StartedWorker, type WorkerLoad } from './start-worker.js';

const PROMPT = '$ ';
const MORE = '> ';

/** How workers get their code on this page: 'inline' once a worker's import was refused. */
let workerLoad: WorkerLoad = 'import';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

/** `2025-01-06 10:00:39 UTC`: the simulated cluster's clock. */
function formatClock(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** The longest prefix every candidate shares. */
function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Loads a classic script once (allowed from file://, unlike fetch). */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** A function the page loaded with one of the worker's files (the fallback). */
function loadedCode<T>(global: string, file: string): T {
  const code = (window as unknown as Record<string, unknown>)[global];
  if (typeof code !== 'function') throw new Error(`${file} did not define ${global}`);
  return code as T;
}

/** Whether the page loaded the worker's files itself (the fallback). */
function workerCodeLoaded(): boolean {
  return WORKER_GLOBAL in window && KUBECTL_GLOBAL in window;
}

export interface PanelOptions {
  lesson: PlaygroundLesson;
  /** Replay the blocks before this one (0: start at the lesson's beginning). */
  end: number;
  /** The step the replay ends with (its first command, as the page names it), or null for the lesson's start. */
  step: string | null;
  /** The site's assets folder, relative to the page (`../assets/`). */
  assets: string;
  /** The worker the site's script started at the press, already asked for this lesson's cluster. */
  started?: StartedWorker | null;
  /** Starts a worker that imports its code (the site's script's; Reset uses it). */
  startWorker?: () => StartedWorker;
}

export class PlaygroundPanel {
  readonly element: HTMLElement;
  readonly #terminal: Terminal;
  readonly #fit = new FitAddon();
  readonly #editor: LineEditor;
  readonly #clock: HTMLElement;
  readonly #options: PanelOptions;
  #worker: Worker | undefined;
  #state: 'starting' | 'idle' | 'running' = 'starting';
  /** Lines of a command that needs more (`cat <<EOF`, a trailing `\`). */
  #pending: string[] = [];
  /** Keys typed while a command ran, for the next prompt. */
  #typeahead = '';
  #requests = 0;
  #onResize = (): void => this.#fit.fit();

  constructor(options: PanelOptions) {
    // Marks on the page's timeline for the bench (bench/playground.js): open, worker started, ready.
    performance.mark('kindling-playground-open');
    this.#options = options;
    this.element = element('section', { class: 'playground', 'aria-label': `Playground: ${options.lesson.title}` });
    this.#spawn();
    const bar = element('div', { class: 'playground-bar' });
    bar.append(element('span', { class: 'playground-title' }, options.step === null ? 'Playground: the lesson from its start' : `Playground: after ${options.step}`));
    this.#clock = element('span', { class: 'playground-clock', title: "The simulated cluster's clock" }, '');
    bar.append(this.#clock);
    const buttons: [string, string, () => void][] = [
      ['+10 s', 'Fast-forward 10 seconds', () => this.fastForward({ ms: 10_000 })],
      ['+1 min', 'Fast-forward 1 minute', () => this.fastForward({ ms: 60_000 })],
      ['Next event', 'Fast-forward to the next scheduled event', () => this.fastForward({ next: true })],
      ['Reset', 'Start again from the same point', () => this.reset()],
      ['Close', 'Close the playground', () => this.close()],
    ];
    for (const [label, title, run] of buttons) {
      const button = element('button', { type: 'button', class: 'playground-button', title }, label);
      button.addEventListener('click', run);
      bar.append(button);
    }
    const screen = element('div', { class: 'playground-terminal' });
    this.element.append(bar, screen);
    document.body.append(this.element);
    document.body.classList.add('has-playground');
    this.#terminal = new Terminal({
      convertEol: true,
      cursorBlink: true,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      fontSize: 14,
      rows: 18,
      scrollback: 5000,
      screenReaderMode: false,
      theme: { background: '#16181d', foreground: '#d8dee9' },
    });
    this.#terminal.loadAddon(this.#fit);
    this.#terminal.open(screen);
    this.#fit.fit();
    window.addEventListener('resize', this.#onResize);
    this.#editor = new LineEditor((text) => this.#terminal.write(text));
    this.#terminal.onData((data) => this.#input(data));
    this.#greet();
    this.#terminal.focus();
  }

  fastForward(by: FastForward): void {
    this.#post({ type: 'fast-forward', by });
    this.#terminal.focus();
  }

  /** A fresh cluster from the same starting point. */
  reset(): void {
    this.#worker?.terminate();
    this.#editor.stop();
    this.#terminal.reset();
    this.#pending = [];
    this.#typeahead = '';
    this.#spawn();
    this.#greet();
    this.#terminal.focus();
  }

  close(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    window.removeEventListener('resize', this.#onResize);
    this.#terminal.dispose();
    this.element.remove();
    document.body.classList.remove('has-playground');
  }

  /**
   * Takes the worker the site's script started (once), or starts one and asks it for the lesson's
   * cluster: importing its code, or from the page's copy once an import was refused.
   */
  #spawn(): void {
    this.#state = 'starting';
    const { lesson, end, started, startWorker } = this.#options;
    this.#options.started = null;
    const load = workerLoad === 'import' && startWorker === undefined && !started ? 'inline' : workerLoad;
    if (load === 'inline' && !workerCodeLoaded()) return this.#inline();
    const taken =
      load === 'inline'
        ? { worker: inlineWorker(loadedCode<() => void>(WORKER_GLOBAL, WORKER_FILE), loadedCode<() => unknown>(KUBECTL_GLOBAL, KUBECTL_FILE)), early: [] }
        : (started ?? startWorker!());
    const worker = taken.worker;
    performance.mark('kindling-playground-worker');
    this.element.setAttribute('data-worker-load', load);
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (this.#worker === worker) this.#receive(event.data);
    };
    this.#worker = worker;
    if (started !== taken) this.#post({ type: 'start', lesson, end });
    // After the constructor has built the terminal, before any later message (a microtask).
    queueMicrotask(() => {
      for (const message of taken.early) if (this.#worker === worker) this.#receive(message);
    });
  }

  #greet(): void {
    const { end, step } = this.#options;
    this.#terminal.write(end > 0 && step !== null ? `Starting a cluster and replaying the lesson up to and including: ${step}\r\n` : 'Starting a cluster...\r\n');
  }

  /** The fallback when the worker may not import its files: the page loads them and starts the worker from their text. */
  #inline(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    workerLoad = 'inline';
    this.#options.started = null;
    Promise.all([loadScript(`${this.#options.assets}${WORKER_FILE}`), loadScript(`${this.#options.assets}${KUBECTL_FILE}`)]).then(
      () => this.#spawn(),
      (error: Error) => this.#terminal.write(`\x1b[31mkindling: the playground failed: ${error.message}\x1b[0m\r\n`),
    );
  }

  #post(message: PageMessage): void {
    this.#worker?.postMessage(message);
  }

  #prompt(prompt: string): void {
    this.#state = 'idle';
    this.#editor.start(prompt);
    const typed = this.#typeahead;
    this.#typeahead = '';
    if (typed) this.#input(typed);
  }

  #receive(message: WorkerMessage): void {
    switch (message.type) {
      case 'import-failed':
        this.#inline();
        return;
      case 'ready':
        performance.mark('kindling-playground-ready');
        this.element.setAttribute('data-ready', 'true');
        if (message.failure) this.#terminal.write(`\x1b[33mkindling: the replay stopped at block ${message.failure.block + 1}: ${message.failure.message}\x1b[0m\r\n`);
        if (message.ahead.length > 0) this.#terminal.write(`The lesson's files ahead are already in the workspace: ${message.ahead.join(', ')}\r\n`);
        this.#terminal.write('Type kubectl commands, as in the lesson. Tab completes, Ctrl-C stops a command.\r\n');
        this.#prompt(PROMPT);
        return;
      case 'started':
        this.element.setAttribute('data-start-timings', JSON.stringify(message.timings));
        return;
      case 'output':
        this.#terminal.write(message.text);
        return;
      case 'exited':
        this.#prompt(PROMPT);
        return;
      case 'clock':
        this.#clock.textContent = formatClock(message.now);
        return;
      case 'checked':
        if (message.more) this.#prompt(MORE);
        else this.#run();
        return;
      case 'completed':
        this.#completed(message.from, message.candidates);
        return;
      case 'need-explain':
        this.#sendExplain();
        return;
      case 'error':
        this.#terminal.write(`\x1b[31mkindling: the playground failed: ${message.message}\x1b[0m\r\n`);
        if (this.#state === 'running') this.#prompt(PROMPT);
        return;
    }
  }

  #sendExplain(): void {
    const holder = window as unknown as { KINDLING_PLAYGROUND_EXPLAIN?: string };
    const send = (): void => this.#post({ type: 'explain-data', json: holder.KINDLING_PLAYGROUND_EXPLAIN ?? '{"definitions":{}}' });
    if (holder.KINDLING_PLAYGROUND_EXPLAIN !== undefined) return send();
    loadScript(`${this.#options.assets}playground-explain.js`).then(send, (error: Error) => {
      this.#terminal.write(`\x1b[31mkindling: ${error.message}\x1b[0m\r\n`);
      send();
    });
  }

  #input(data: string): void {
    if (this.#state !== 'idle' || !this.#editor.active) {
      if (this.#state === 'running' && data.includes('\x03')) {
        this.#terminal.write('^C\r\n');
        this.#post({ type: 'interrupt' });
      } else if (this.#state !== 'starting') {
        this.#typeahead += data;
      }
      return;
    }
    const { actions, rest } = this.#editor.input(data);
    this.#typeahead += rest;
    for (const action of actions) this.#act(action);
  }

  #act(action: EditorAction): void {
    switch (action.kind) {
      case 'line':
        this.#pending.push(action.text);
        if (this.#pending.length === 1 && action.text.trim() === '') {
          this.#pending = [];
          this.#prompt(PROMPT);
          return;
        }
        this.#state = 'running';
        this.#post({ type: 'check', id: ++this.#requests, text: this.#pending.join('\n') });
        return;
      case 'interrupt':
        this.#pending = [];
        this.#prompt(PROMPT);
        return;
      case 'complete':
        this.#post({ type: 'complete', id: ++this.#requests, line: action.line, cursor: action.cursor });
        return;
      case 'clear':
        return;
    }
  }

  #run(): void {
    const command = this.#pending.join('\n');
    this.#pending = [];
    this.#state = 'running';
    this.#post({ type: 'run', command });
  }

  #completed(from: number, candidates: string[]): void {
    if (!this.#editor.active || candidates.length === 0) return;
    const typed = this.#editor.cursor - from;
    if (candidates.length === 1) {
      const word = candidates[0]!;
      this.#editor.replace(from, word.endsWith('/') ? word : `${word} `);
      return;
    }
    const prefix = commonPrefix(candidates);
    if (prefix.length > typed) this.#editor.replace(from, prefix);
    else this.#editor.showBelow(candidates.join('  '));
  }
}
