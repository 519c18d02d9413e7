// A lesson path on the command line that does not exist (a usage error, exit 2). In a module of its
// own so that the CLI's entry can catch it without loading the lesson parser.
export class LessonPathError extends Error {
  override readonly name = 'LessonPathError';
}
