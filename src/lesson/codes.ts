// Diagnostic codes of the lesson stage: the file itself (KL0xx), front matter (KL1xx), fence info
// strings (KL2xx), console transcripts and their write-back (KL3xx), file blocks (KL4xx), prose
// (KL860-869). Codes are permanent.
// A `<!-- kindling:timeline ... -->` directive takes `key=value` options as a fence does (KL217).
import { defineCodes } from '../diagnostics.js';

export const lessonCodes = defineCodes({
  notUtf8: {
    code: 'KL010',
    name: 'not-utf8',
    summary: 'The lesson file is not valid UTF-8 (Latin-1, UTF-16, or binary); kindling reads and writes lessons as UTF-8 only.',
  },
  lessonTooLarge: {
    code: 'KL011',
    name: 'lesson-too-large',
    summary: 'The lesson file is larger than kindling parses (2 MiB).',
  },
  lineTooLong: {
    code: 'KL012',
    name: 'line-too-long',
    summary: 'A line of the lesson is longer than kindling parses (65,536 characters).',
  },
  nestingTooDeep: {
    code: 'KL013',
    name: 'nesting-too-deep',
    summary: 'Lists or block quotes are nested deeper than kindling parses (32 levels).',
  },
  emphasisTooDense: {
    code: 'KL014',
    name: 'emphasis-too-dense',
    summary: 'A paragraph has more `*` and `_` characters than kindling parses (1,000): Markdown emphasis parsing is slow on them.',
  },
  nulByte: {
    code: 'KL015',
    name: 'nul-byte',
    summary: 'The lesson contains a NUL byte: it is binary or corrupt, not text.',
  },
  repeatedByteOrderMark: {
    code: 'KL016',
    name: 'repeated-byte-order-mark',
    summary: 'The lesson starts with more than one byte order mark (U+FEFF).',
  },
  slugCollision: {
    code: 'KL017',
    name: 'slug-collision',
    summary: 'Two lesson files have names that give the same page name (slug), such as `a b.md` and `a-b.md`.',
  },
  missingFrontMatter: {
    code: 'KL101',
    name: 'missing-front-matter',
    summary: 'The lesson does not start with YAML front matter between `---` lines.',
  },
  invalidYaml: {
    code: 'KL102',
    name: 'invalid-yaml',
    summary: 'The front matter is not valid YAML.',
  },
  frontMatterNotMapping: {
    code: 'KL103',
    name: 'front-matter-not-mapping',
    summary: 'The front matter is YAML, but not a mapping of keys to values.',
  },
  unknownFrontMatterKey: {
    code: 'KL104',
    name: 'unknown-front-matter-key',
    summary: 'The front matter has a key kindling does not know.',
  },
  missingTitle: {
    code: 'KL105',
    name: 'missing-title',
    summary: 'The front matter has no `title`, or an empty one.',
  },
  wrongFrontMatterType: {
    code: 'KL106',
    name: 'wrong-front-matter-type',
    summary: 'A front-matter value has the wrong type.',
  },
  unknownBackend: {
    code: 'KL107',
    name: 'unknown-backend',
    summary: '`backends` names a backend other than `sim` and `cluster`.',
  },
  invalidFrontMatterDuration: {
    code: 'KL108',
    name: 'invalid-front-matter-duration',
    summary: 'The front-matter `timeout` is not a duration.',
  },
  unknownMatchMode: {
    code: 'KL109',
    name: 'unknown-match-mode',
    summary: 'The front-matter `match` is neither `exact` nor `normalized`.',
  },
  frontMatterDurationTooLong: {
    code: 'KL110',
    name: 'front-matter-duration-too-long',
    summary: 'The front-matter `timeout` is longer than kindling allows (24h).',
  },
  unknownAttribute: {
    code: 'KL201',
    name: 'unknown-attribute',
    summary: 'A fence info string has an attribute kindling does not know.',
  },
  staleMarkNotOutput: {
    code: 'KL215',
    name: 'stale-mark-not-output',
    summary: '`stale=` names a line of the block that is not a recorded output line (a command, or past the end), or names a line twice.',
  },
  invalidAttributeValue: {
    code: 'KL202',
    name: 'invalid-attribute-value',
    summary: 'A fence attribute has a value of the wrong form.',
  },
  invalidUntilRegex: {
    code: 'KL203',
    name: 'invalid-until-regex',
    summary: '`until=/regex/flags` is not a valid regular expression.',
  },
  flagWithValue: {
    code: 'KL204',
    name: 'flag-with-value',
    summary: 'A flag attribute (`hidden`, `background`) was given a value.',
  },
  missingAttributeValue: {
    code: 'KL205',
    name: 'missing-attribute-value',
    summary: 'An attribute that needs a value (`file=`, `exit=`, ...) has none.',
  },
  unterminatedQuote: {
    code: 'KL206',
    name: 'unterminated-quote',
    summary: 'A quoted attribute value has no closing quote.',
  },
  duplicateAttribute: {
    code: 'KL207',
    name: 'duplicate-attribute',
    summary: 'The same attribute appears twice in one info string.',
  },
  duplicateId: {
    code: 'KL208',
    name: 'duplicate-id',
    summary: 'Two blocks of one lesson have the same `id=`.',
  },
  attributesOnProseBlock: {
    code: 'KL209',
    name: 'attributes-on-prose-block',
    summary: 'A block that does not run (no `file=`, not console/sh) carries kindling attributes.',
  },
  attributeNotForFileBlock: {
    code: 'KL210',
    name: 'attribute-not-for-file-block',
    summary: '`until`, `every` or `exit` on a `file=` block, which runs no command.',
  },
  everyWithoutUntil: {
    code: 'KL211',
    name: 'every-without-until',
    summary: '`every=` without `until=`: there is nothing to retry.',
  },
  hiddenWithNorun: {
    code: 'KL212',
    name: 'hidden-with-norun',
    summary: '`hidden` and `norun` together: the block would neither run nor show.',
  },
  malformedAttribute: {
    code: 'KL213',
    name: 'malformed-attribute',
    summary: 'Text in a fence info string that is neither `key=value` nor a flag.',
  },
  unclosedFence: {
    code: 'KL218',
    name: 'unclosed-fence',
    summary: 'A code fence has no closing fence: the block runs on to the end of its container or of the file.',
  },
  durationTooLong: {
    code: 'KL219',
    name: 'duration-too-long',
    summary: 'A `timeout=`, `every=` or `interrupt=` duration is longer than kindling allows (24h).',
  },
  untilRegexTooCostly: {
    code: 'KL220',
    name: 'until-regex-too-costly',
    summary: 'An `until=/regex/` has a construct that can take exponential time to match (a repeated group that itself repeats, or a back-reference).',
  },
  textBeforeFirstCommand: {
    code: 'KL301',
    name: 'text-before-first-command',
    summary: 'A console block has text before its first `$ ` line.',
  },
  missingHeredocTerminator: {
    code: 'KL302',
    name: 'missing-heredoc-terminator',
    summary: 'A heredoc in a console command has no terminator line before the block ends.',
  },
  continuationAtEndOfBlock: {
    code: 'KL303',
    name: 'continuation-at-end-of-block',
    summary: 'A console command ends with `\\` on the last line of its block.',
  },
  outputLooksLikeCommand: {
    code: 'KL304',
    name: 'output-looks-like-command',
    summary: 'A captured output line starts with `$ ` and would be read back as a command.',
  },
  outputClosesFence: {
    code: 'KL305',
    name: 'output-closes-fence',
    summary: 'A captured output line would close the code fence it is written into.',
  },
  outputHasCarriageReturn: {
    code: 'KL306',
    name: 'output-has-carriage-return',
    summary: 'A captured output line contains a carriage return, which Markdown reads as a line break.',
  },
  outputIsSimulatorLimitation: {
    code: 'KL307',
    name: 'output-is-simulator-limitation',
    summary:
      'A captured output line is the simulator saying what it does not model (`kindling: ... is not modelled by the simulator`, `... is not simulated`): `kindling update` does not record it, since no real cluster prints it; the old output is kept.',
  },
  consoleBlockWithoutCommands: {
    code: 'KL308',
    name: 'console-block-without-commands',
    summary: 'A console block has no `$ ` command at all: it would run nothing and show an empty box.',
  },
  emptyFilePath: {
    code: 'KL401',
    name: 'empty-file-path',
    summary: '`file=` names no path.',
  },
  absoluteFilePath: {
    code: 'KL402',
    name: 'absolute-file-path',
    summary: '`file=` is an absolute path; it must be relative to the lesson workspace.',
  },
  filePathEscapesWorkspace: {
    code: 'KL403',
    name: 'file-path-escapes-workspace',
    summary: '`file=` uses `..` to leave the lesson workspace.',
  },
  filePathIsDirectory: {
    code: 'KL404',
    name: 'file-path-is-directory',
    summary: '`file=` names a directory (ends with `/`, or is `.`), not a file.',
  },
  badTimelineDirective: {
    code: 'KL217',
    name: 'bad-timeline-directive',
    summary: 'A `<!-- kindling:timeline ... -->` comment names no Pod, has an option kindling does not know, or is not a directive kindling knows.',
  },
  filePathBadCharacter: {
    code: 'KL221',
    name: 'file-path-bad-character',
    summary: '`file=` has a control character, a backslash or an invisible character (NUL, U+FEFF) in its path.',
  },
  unknownNorunReason: {
    code: 'KL228',
    name: 'unknown-norun-reason',
    summary: '`norun=` names a reason kindling does not know; a bare `norun` gives none.',
  },
  unsafeLink: {
    code: 'KL860',
    name: 'unsafe-link',
    summary: 'A link or image uses a URL scheme other than http, https and mailto (e.g. `javascript:`, `data:`): the site shows it as text, not as a link.',
  },
});

export type LessonCode = (typeof lessonCodes)[keyof typeof lessonCodes];
