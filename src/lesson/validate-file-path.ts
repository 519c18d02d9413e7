// `file=` paths: relative to the lesson workspace, never leaving it, naming a file.
import type { CodeInfo } from '../diagnostics.js';
import { lessonCodes } from './codes.js';

export type FilePathCheck =
  | { ok: true; path: string }
  | { ok: false; code: CodeInfo; message: string; hint?: string };

/** Checks a `file=` value and normalizes it (`./a//b.yaml` -> `a/b.yaml`). */
export function validateFilePath(raw: string): FilePathCheck {
  if (raw.trim() === '') {
    return { ok: false, code: lessonCodes.emptyFilePath, message: 'file= names no path, expected a workspace-relative path such as init.yaml' };
  }
  if (raw.startsWith('/') || /^[A-Za-z]:[\\/]/.test(raw)) {
    return {
      ok: false,
      code: lessonCodes.absoluteFilePath,
      message: `file=${raw} is an absolute path, expected a path relative to the lesson workspace`,
      hint: `Write file=${raw.replace(/^([A-Za-z]:)?[\\/]+/, '')} instead: every lesson runs in its own workspace directory.`,
    };
  }
  const bad = /[\u0000-\u001f\u007f\\\uFEFF\u200B-\u200F\u2028\u2029]/u.exec(raw);
  if (bad) {
    const char = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      ok: false,
      code: lessonCodes.filePathBadCharacter,
      message: `file= path ${JSON.stringify(raw)} has ${char === 'U+005C' ? 'a backslash' : `the character ${char}`} at position ${bad.index + 1}, expected printable characters and "/" as the separator`,
    };
  }
  const parts: string[] = [];
  for (const part of raw.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) {
      return {
        ok: false,
        code: lessonCodes.filePathEscapesWorkspace,
        message: `file=${raw} leaves the lesson workspace through "..", expected a path inside it`,
      };
    }
  }
  if (parts.length === 0 || raw.endsWith('/')) {
    return {
      ok: false,
      code: lessonCodes.filePathIsDirectory,
      message: `file=${raw} names a directory, expected a file name such as ${parts.length > 0 ? parts.join('/') : 'dir'}/init.yaml`,
    };
  }
  return { ok: true, path: parts.join('/') };
}
