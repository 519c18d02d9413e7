// Filesystem errors as errno-like codes, which each command words its own way.

export type FsErrorCode =
  | 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EBUSY' | 'EINVAL' | 'ELOOP' | 'EXDEV' | 'EPERM' | 'ENOSPC' | 'EFBIG';

const errnoText: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EBUSY: 'Device or resource busy',
  EINVAL: 'Invalid argument',
  ELOOP: 'Too many levels of symbolic links',
  EXDEV: 'Invalid cross-device link',
  EPERM: 'Operation not permitted',
  ENOSPC: 'No space left on device',
  EFBIG: 'File too large',
};

/** V8's stack-trace depth setting (other engines have none; setting it there does nothing). */
const V8Error = Error as ErrorConstructor & { stackTraceLimit?: number };

/**
 * A filesystem error with an errno-like code; commands turn it into their own wording. It is an
 * answer (ENOENT for `test -e`, a missing file in a path walk), not a bug, so it carries no stack:
 * capturing one cost a third of a cluster's creation.
 */
export class FsError extends Error {
  override readonly name = 'FsError';
  readonly code: FsErrorCode;
  readonly path: string;
  constructor(code: FsErrorCode, path: string) {
    const limit = V8Error.stackTraceLimit;
    V8Error.stackTraceLimit = 0;
    super(`${path}: ${errnoText[code]}`);
    V8Error.stackTraceLimit = limit;
    this.code = code;
    this.path = path;
  }
  /** The C library's text for the code (`No such file or directory`). */
  get text(): string {
    return errnoText[this.code];
  }
}

/** True when `e` is an FsError (so callers can rethrow anything else: that is a bug). */
export function isFsError(e: unknown): e is FsError {
  return e instanceof FsError;
}

/** UTF-8 byte length without TextEncoder allocation (an escaped raw byte, bytes.ts, is one). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else if (c >= 0xdc80 && c <= 0xdcff) n += 1;
    else n += 3;
  }
  return n;
}
