// Why a block is shown without running (`norun=REASON`): a closed set, so that tools can count
// the reasons (the corpus bench prints how many commands each holds back; `unmodelled` is the
// count the simulator should bring to 0). A bare `norun` says no reason (`unspecified`).

export type NorunReason =
  | 'placeholder'
  | 'generated-name'
  | 'other-cluster'
  | 'other-terminal'
  | 'container-shell'
  | 'editor'
  | 'illustration'
  | 'prerequisite'
  | 'output'
  | 'depends'
  | 'unmodelled';

/** Each reason, with what it means (docs/lesson-format.md shows the same table). */
export const NORUN_REASONS: Readonly<Record<NorunReason, string>> = {
  placeholder: 'a value the reader fills in (`<pod-name>`, `${POD_NAME}`, `<directory>/`)',
  'generated-name': "a name the page's own cluster generated (`frontend-b2zdv`)",
  'other-cluster': "the page's own cluster: its addresses, nodes, or a state the page supposes and never creates",
  'other-terminal': 'commands for another terminal (after a server that runs until stopped), or a watch that runs where the page shows its output',
  'container-shell': 'typed in a container shell that the lesson does not run (opened by another block, or by `kubectl run -it`)',
  editor: 'opens an editor for the reader (`kubectl edit`)',
  illustration: 'an example or an alternative, not a step of the page',
  prerequisite: 'a step of "Before you begin", left to the reader',
  output: 'output fenced as a shell block, with no command in it',
  depends: 'needs what an earlier step would have made, and that step does not run (or fails, as the page is out of date)',
  unmodelled: 'something the simulator does not model (a program, a kubectl verb or flag, a node\'s shell)',
};

export const NORUN_REASON_NAMES = Object.keys(NORUN_REASONS) as NorunReason[];

export function isNorunReason(value: string): value is NorunReason {
  return Object.hasOwn(NORUN_REASONS, value);
}
