// Runs a short-lived tool (kubectl, kind, docker) for the backend itself, not for the lesson:
// through execa, with a timeout that kills it, never throwing for a failing command.
import { execa } from 'execa';

export interface ToolResult {
  /** undefined when the tool did not start (not found) or was killed. */
  exitCode: number | undefined;
  stdout: string;
  stderr: string;
  /** The tool is not on PATH (or not executable). */
  notFound: boolean;
  timedOut: boolean;
}

export interface ToolOptions {
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  cwd?: string;
}

export async function runTool(file: string, args: readonly string[], options: ToolOptions = {}): Promise<ToolResult> {
  const result = await execa(file, args, {
    env: options.env ?? {},
    extendEnv: options.env === undefined,
    timeout: options.timeoutMs ?? 60_000,
    forceKillAfterDelay: 2_000,
    reject: false,
    stdin: 'ignore',
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  const code = (result as { code?: string }).code;
  return {
    exitCode: result.exitCode,
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    notFound: code === 'ENOENT' || code === 'EACCES',
    timedOut: Boolean(result.timedOut),
  };
}
