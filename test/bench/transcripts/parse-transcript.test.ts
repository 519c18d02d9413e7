import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../src/bench/transcripts/parse-transcript.js';
import { TINY_TRANSCRIPT } from './tiny-transcript.js';

describe('parseTranscript', () => {
  const transcript = parseTranscript(TINY_TRANSCRIPT);

  it('reads the title, and the manifests under their heading', () => {
    expect(transcript.title).toBe('99 tiny-pod');
    expect(transcript.manifests).toHaveLength(1);
    expect(transcript.manifests[0]!.heading).toBe('Manifest (pod.yaml as stored)');
    expect(transcript.manifests[0]!.block.lines[0]).toBe('apiVersion: v1');
  });

  it('reads each numbered step with its code blocks in order', () => {
    expect(transcript.steps.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5a']);
    const [first, second] = transcript.steps;
    expect(first!.blocks.map((b) => b.lang)).toEqual(['shell', '']);
    expect(first!.blocks[1]!.lines).toEqual(['pod/tiny created']);
    expect(second!.title).toBe('(after 20 seconds)');
    expect(second!.blocks[1]!.lines).toEqual(['NAME      READY     STATUS    RESTARTS   AGE', 'tiny      1/1       Running   0          20s']);
  });

  it('marks the steps whose output the source does not show', () => {
    expect(transcript.steps.map((s) => s.outputNotShown)).toEqual([false, false, true, false, false]);
  });

  it('keeps what a DO NOT SCORE marker says after it', () => {
    expect(transcript.steps[3]!.doNotScore).toBe('EXACT TEXT');
    expect(transcript.steps[0]!.doNotScore).toBeUndefined();
    expect(parseTranscript('## Transcript\n### 10 (DO NOT SCORE INDENTATION: hand-edited)\n').steps[0]!.doNotScore).toBe('INDENTATION');
    expect(parseTranscript('## Transcript\n### 2 (DO NOT SCORE)\n').steps[0]!.doNotScore).toBe('');
  });

  it('takes steps from sub-case sections too, and no heading inside a code block', () => {
    const t = parseTranscript('## Sub-case A: crash\n### A1\n```\n### 2 not a heading\n```\n## Fidelity notes\n### Not a step\n');
    expect(t.steps.map((s) => s.id)).toEqual(['A1']);
    expect(t.steps[0]!.blocks[0]!.lines).toEqual(['### 2 not a heading']);
  });
});
