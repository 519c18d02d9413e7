// Reads one reference transcript (shared/fixtures/transcripts/NN-name.md) into its manifests and
// numbered steps. The files are hand-written Markdown with a loose shape: a `## Manifest...`
// section of YAML blocks, then `### N ...` steps (under `## Transcript` or `## Sub-case ...`),
// each with code blocks whose roles (command, output, both) vary; a plan says which block to use.

export interface CodeBlock {
  /** The fence's info string (`shell`, `none`, `yaml`, or empty). */
  lang: string;
  lines: string[];
  /** 1-based line of the opening fence in the file, for messages. */
  line: number;
}

export interface TranscriptStep {
  /** The step's number as written: `1`, `5a`, `A1`, `9c`. */
  id: string;
  /** The rest of the heading, e.g. `(after 35 seconds)`. */
  title: string;
  blocks: CodeBlock[];
  /** Text of the step outside its code blocks. */
  prose: string;
  /**
   * Set when the heading says DO NOT SCORE: the words after it (`EXACT TEXT`, `INDENTATION`), or
   * `''` when it says nothing more.
   */
  doNotScore?: string;
  /** The source printed nothing there ("Output: not shown"). */
  outputNotShown: boolean;
}

export interface TranscriptManifest {
  /** The heading the block sits under, e.g. `myapp.yaml (verbatim from the doc)`. */
  heading: string;
  block: CodeBlock;
}

export interface Transcript {
  title: string;
  manifests: TranscriptManifest[];
  steps: TranscriptStep[];
}

const FENCE = /^\s*(`{3,})(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const STEP_HEADING = /^([A-Z]?\d+[a-z]?)\b\s*(.*)$/;
const DO_NOT_SCORE = /DO NOT SCORE(?: ([A-Z][A-Z ]*[A-Z]))?/;
const NOT_SHOWN = /output:\s*not shown/i;

/** Parses a transcript file's Markdown. */
export function parseTranscript(markdown: string): Transcript {
  const lines = markdown.split('\n');
  const transcript: Transcript = { title: '', manifests: [], steps: [] };
  let section = '';
  let subsection = '';
  let step: TranscriptStep | undefined;
  const inManifests = () => /^Manifests?\b/.test(section);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (fence) {
      const block: CodeBlock = { lang: fence[2]!.trim(), lines: [], line: i + 1 };
      const close = new RegExp(`^\\s*\`{${fence[1]!.length},}\\s*$`);
      for (i++; i < lines.length && !close.test(lines[i]!); i++) block.lines.push(lines[i]!);
      if (step) step.blocks.push(block);
      else if (inManifests()) transcript.manifests.push({ heading: subsection || section, block });
      continue;
    }
    const heading = HEADING.exec(line);
    if (!heading) {
      if (step) step.prose += `${line}\n`;
      continue;
    }
    const [, hashes, text] = heading as unknown as [string, string, string];
    step = undefined;
    if (hashes.length === 1) transcript.title = text;
    else if (hashes.length === 2) {
      section = text;
      subsection = '';
    } else if (hashes.length === 3) {
      subsection = text;
      const numbered = STEP_HEADING.exec(text);
      if (numbered && !inManifests()) {
        const dns = DO_NOT_SCORE.exec(text);
        step = { id: numbered[1]!, title: numbered[2]!, blocks: [], prose: '', outputNotShown: false };
        if (dns) step.doNotScore = dns[1] ?? '';
        transcript.steps.push(step);
      }
    }
  }
  for (const s of transcript.steps) s.outputNotShown = NOT_SHOWN.test(s.prose) || NOT_SHOWN.test(s.title);
  return transcript;
}
