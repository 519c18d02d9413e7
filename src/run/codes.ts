// KL5xx: why a lesson's run failed. Codes are permanent: never reuse one for another meaning.
import { defineCodes } from '../diagnostics.js';

export const runCodes = defineCodes({
  unexpectedExit: {
    code: 'KL501',
    name: 'unexpected-exit',
    summary: 'A command exited with another code than its block expects (`exit=`, default 0).',
  },
  commandTimeout: {
    code: 'KL502',
    name: 'command-timeout',
    summary: 'A command ran past its timeout and was killed with everything it started.',
  },
  untilNotMet: {
    code: 'KL503',
    name: 'until-not-met',
    summary: "A block's `until=` condition was still not met when its deadline passed.",
  },
  sessionFailed: {
    code: 'KL504',
    name: 'session-failed',
    summary: "The lesson's session could not start, or its shell ended while steps were left to run.",
  },
  fileWriteFailed: {
    code: 'KL505',
    name: 'file-write-failed',
    summary: 'A `file=` block could not be written into the workspace.',
  },
  lessonNotRunnable: {
    code: 'KL506',
    name: 'lesson-not-runnable',
    summary: 'The lesson has a problem that parsing reports (or should have), such as an invalid `until=` pattern; it did not run.',
  },
  runnerCrashed: {
    code: 'KL507',
    name: 'runner-crashed',
    summary: 'kindling itself failed while running the lesson (a bug); other lessons still ran.',
  },
  promptMismatch: {
    code: 'KL508',
    name: 'container-prompt-mismatch',
    summary: "A container shell's prompt in the transcript shows another directory than the shell was in (`/ #` after `cd /tmp`).",
  },
  realTimeBudgetExceeded: {
    code: 'KL509',
    name: 'real-time-budget-exceeded',
    summary:
      'The simulator stopped a command because it took too much real time (30s for one command, 5 minutes for a lesson), however little virtual time passed: a loop of many short sleeps, or a very long `timeout=`.',
  },
});

export type RunCode = (typeof runCodes)[keyof typeof runCodes];
