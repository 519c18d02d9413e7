// The interpreter's spine: lists, and-or lists, pipelines, and the table that sends each command
// to its executor. Every executor is a generator, so any command at any depth can block.
import type { AndOr, Command, CommandList, Pipeline } from '../syntax/ast.js';
import { ExitSignal, type Gen, LoopSignal, ReturnSignal } from './control.js';
import {
  execArithCommand, execArithFor, execBrace, execCase, execCond, execFor, execIf, execLoop, execSubshellCommand,
} from './interpret-compound.js';
import { defineFunction, execSimple } from './interpret-simple.js';
import { subshellFrame } from './interpret-subst.js';
import { runPendingTraps } from './interpret-trap.js';
import { copyIo } from './io.js';
import { BrokenPipe, Pipe, SIGPIPE_STATUS } from './pipe.js';
import { applyRedirects, redirectFailureStatus } from './redirect.js';
import { countOutput, type Frame, withoutErrexit } from './runtime.js';
import { cloneState } from './state.js';

type Exec<T> = (cmd: T, f: Frame) => Gen<number>;

const executors: { [K in Command['type']]: Exec<Extract<Command, { type: K }>> } = {
  simple: execSimple,
  function: defineFunction,
  brace: execBrace,
  subshell: execSubshellCommand,
  if: execIf,
  while: execLoop,
  until: execLoop,
  for: execFor,
  'arith-for': execArithFor,
  case: execCase,
  cond: execCond,
  'arith-cmd': execArithCommand,
};

/** Runs the items of a list in order; `&` items start background jobs. */
export function* execList(list: CommandList, f: Frame): Gen<number> {
  let status = 0;
  for (const item of list.items) {
    status = item.background ? spawnBackground(item.andOr, f) : yield* execAndOr(item.andOr, f);
    if (f.rt.pendingTraps.length > 0 && !f.state.subshell) yield* runPendingTraps(f);
  }
  return status;
}

function spawnBackground(andOr: AndOr, f: Frame): number {
  const io = copyIo(f.io);
  io.fds.set(0, { kind: 'in', stream: { data: '', pos: 0 } });
  const job: Frame = { ...f, state: cloneState(f.state), io, noErrexit: false };
  const pid = f.rt.spawn(function* () {
    try {
      return yield* execAndOr(andOr, job);
    } catch (e) {
      if (e instanceof ExitSignal || e instanceof ReturnSignal) return e.status;
      if (e instanceof LoopSignal) return 0;
      throw e;
    }
  });
  f.state.lastBgPid = pid;
  f.state.lastStatus = 0;
  return 0;
}

/** `a && b || c`: only the last pipeline that runs is subject to `set -e`. */
export function* execAndOr(node: AndOr, f: Frame): Gen<number> {
  const guarded = withoutErrexit(f);
  let status = yield* execPipeline(node.first, node.rest.length > 0 ? guarded : f);
  for (let i = 0; i < node.rest.length; i++) {
    const { op, pipeline } = node.rest[i] as AndOr['rest'][number];
    if ((op === '&&') !== (status === 0)) continue;
    status = yield* execPipeline(pipeline, i === node.rest.length - 1 ? f : guarded);
  }
  return status;
}

/** A pipeline: its stages run side by side, each stage's output the next one's input. */
export function* execPipeline(node: Pipeline, f: Frame): Gen<number> {
  const inner = node.negated ? withoutErrexit(f) : f;
  let status: number;
  if (node.commands.length === 1) {
    status = yield* execCommand(node.commands[0] as Command, inner);
    f.state.pipeStatus = [status];
  } else status = yield* execStages(node.commands, inner);
  if (node.negated) status = status === 0 ? 1 : 0;
  f.state.lastStatus = status;
  if (status !== 0 && !node.negated && f.state.flags.errexit && !f.noErrexit) throw new ExitSignal(status);
  return status;
}

/**
 * Runs the stages side by side, each in a subshell on its own thread, joined by pipes of bounded
 * capacity (pipe.ts): a writer waits while its pipe is full and gets SIGPIPE (141) once the
 * reader has exited, so `yes | head -n 3` ends and `kubectl get pods -w | grep -m1 Running` ends
 * at kubectl's first write after grep exits. The pipeline ends when every stage has.
 */
function* execStages(commands: Command[], f: Frame): Gen<number> {
  const pipes = commands.slice(1).map(() => new Pipe(countOutput(f.rt)));
  const stages = commands.map((cmd, i) => {
    const stage = subshellFrame(f);
    const input = pipes[i - 1];
    const output = pipes[i];
    if (input) stage.io.fds.set(0, { kind: 'in', stream: { data: '', pos: 0, pipe: input } });
    if (output) stage.io.fds.set(1, { kind: 'out', writer: output.writer() });
    return f.rt.spawnStage(() => runStage(cmd, stage, input, output));
  });
  yield { kind: 'wait', ready: () => stages.every((s) => s.done), deadline: Infinity };
  const statuses = stages.map((s) => s.status);
  f.state.pipeStatus = statuses;
  if (f.state.flags.pipefail) {
    for (let i = statuses.length - 1; i >= 0; i--) if (statuses[i] !== 0) return statuses[i] as number;
    return 0;
  }
  return statuses[statuses.length - 1] as number;
}

/** One stage: its pipe ends close when it ends; SIGPIPE ends it with 141 and no message, as in bash. */
function* runStage(cmd: Command, f: Frame, input: Pipe | undefined, output: Pipe | undefined): Gen<number> {
  try {
    return yield* execCommand(cmd, f);
  } catch (e) {
    if (e instanceof ExitSignal) return e.status;
    if (e instanceof BrokenPipe) return SIGPIPE_STATUS;
    throw e;
  } finally {
    input?.closeRead();
    output?.closeWrite();
  }
}

/** Runs one command; a compound command gets its redirections first. */
export function* execCommand(cmd: Command, f: Frame): Gen<number> {
  if (cmd.type === 'simple' || cmd.type === 'function') return yield* (executors[cmd.type] as Exec<Command>)(cmd, f);
  const io = yield* applyRedirects(cmd.redirects, f);
  if (io === undefined) return redirectFailureStatus(f);
  return yield* (executors[cmd.type] as Exec<Command>)(cmd, io === f.io ? f : { ...f, io });
}
