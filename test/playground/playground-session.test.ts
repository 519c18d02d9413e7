import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lesson/parse-lesson.js';
import { playgroundLesson, type PlaygroundLesson } from '../../src/playground/lesson-data.js';
import { PlaygroundSession } from '../../src/playground/playground-session.js';

const WALKTHROUGH = 'lessons/10-init-containers-walkthrough.md';

function walkthrough(): PlaygroundLesson {
  // Through JSON, as the page script carries it.
  return JSON.parse(JSON.stringify(playgroundLesson(parseLesson(WALKTHROUGH, readFileSync(WALKTHROUGH, 'utf8'))))) as PlaygroundLesson;
}

/** A session that records what it prints, and a way to run a command to its end on the virtual clock. */
function open(end = 0) {
  let output = '';
  const codes: number[] = [];
  const session = new PlaygroundSession(walkthrough(), { output: (text) => (output += text), exited: (code) => codes.push(code) });
  const take = (): string => {
    const text = output;
    output = '';
    return text;
  };
  /** Runs `command`, moving the clock in 100 ms ticks (as the worker's timer does) until it ends. */
  const type = async (command: string, maxMs = 60_000): Promise<string> => {
    const before = codes.length;
    session.run(command);
    for (let spent = 0; codes.length === before && spent < maxMs; spent += 100) session.drive(session.now() + 100);
    return take();
  };
  return { session, take, type, codes, replay: () => session.replay(end) };
}

describe('PlaygroundSession', () => {
  it('names before the cluster exists the files a start writes ahead, for every lesson with files', async () => {
    const withFiles = readdirSync('lessons')
      .filter((name) => name.endsWith('.md'))
      .map((name) => JSON.parse(JSON.stringify(playgroundLesson(parseLesson(`lessons/${name}`, readFileSync(`lessons/${name}`, 'utf8'))))) as PlaygroundLesson)
      .filter((data) => data.blocks.some((block) => block.kind === 'file'));
    expect(withFiles.length).toBeGreaterThan(10);
    for (const data of withFiles) {
      const predicted = PlaygroundSession.aheadAtStart(data);
      const { ahead } = await new PlaygroundSession(data, { output() {}, exited() {} }).replay(0);
      expect(predicted, data.file).toEqual(ahead);
    }
  });

  it('starts at the lesson start with its files in the workspace and runs kubectl on the lesson cluster', async () => {
    const s = open(0);
    expect(await s.replay()).toEqual({ blocks: 0, ahead: ['init.yaml', 'myservice.yaml', 'mydb.yaml'] });
    expect(await s.type('cat init.yaml | head -2')).toBe('apiVersion: v1\nkind: Pod\n');
    expect(s.codes).toEqual([0]);
    expect(await s.type('kubectl get nodes -o name')).toBe('node/k8s-master\nnode/k8s-node01\nnode/k8s-node02\n');
  });

  it('follows the walkthrough: Init:0/2, then Init:1/2 once myservice exists and time passes', async () => {
    const s = open(0);
    // Writes init.yaml only: the first block is its file= block.
    await s.session.replay(1);
    expect(await s.type('kubectl create -f init.yaml')).toBe('pod/myapp-pod created\n');
    s.session.drive(s.session.now() + 5_000);
    expect(await s.type('kubectl get pods')).toMatch(/myapp-pod {3}0\/1 {5}Init:0\/2 {3}0 {10}\d+s\n$/);
    expect(await s.type('kubectl create service clusterip myservice --tcp=80:9376')).toBe('service/myservice created\n');
    s.session.drive(s.session.now() + 60_000);
    expect(await s.type('kubectl get pods')).toContain('Init:1/2');
  });

  it('replays up to a step: after the last step the Pod is Running', async () => {
    const data = walkthrough();
    const s = open(data.blocks.length);
    expect(await s.replay()).toEqual({ blocks: data.blocks.length, ahead: [] });
    expect(await s.type('kubectl get pod myapp-pod --no-headers')).toMatch(/^myapp-pod +1\/1 +Running +0 +\d+s\n$/);
  });

  it('streams a watch as the clock moves, and Ctrl-C ends it with 130', async () => {
    const s = open(0);
    await s.session.replay(1);
    await s.type('kubectl create -f init.yaml');
    s.session.run('kubectl get pods -w');
    s.session.drive(s.session.now() + 1_000);
    expect(s.session.busy).toBe(true);
    expect(s.take()).toContain('myapp-pod');
    s.session.interrupt();
    expect(s.session.busy).toBe(false);
    expect(s.codes.at(-1)).toBe(130);
  });

  it('sleep runs on the clock the caller moves: not before, and at once when fast-forwarded', async () => {
    const s = open(0);
    s.session.run('sleep 100; echo done');
    s.session.drive(s.session.now() + 50_000);
    expect(s.session.busy).toBe(true);
    expect(s.session.nextEvent()).toBeGreaterThan(s.session.now());
    s.session.drive(s.session.now() + 60_000);
    expect(s.session.busy).toBe(false);
    expect(s.take()).toBe('done\n');
  });
});
