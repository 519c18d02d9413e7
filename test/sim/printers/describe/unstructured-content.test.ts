// The generic describer's field printing: labels from field names, sorted fields, nested maps
// and lists two spaces deeper.
import { describe, expect, it } from 'vitest';
import { smartLabelFor, printUnstructuredContent } from '../../../../src/sim/printers/describe/unstructured-content.js';
import { LEVEL_0 } from '../../../../src/sim/printers/describe/prefix-writer.js';
import { tabbedString } from '../../../../src/sim/printers/describe/tabbed-string.js';

describe('smartLabelFor', () => {
  it('splits camel case into title-cased words and keeps the common acronyms upper case', () => {
    expect(['apiVersion', 'creationTimestamp', 'uid', 'podFixed', 'cpu', 'hostIPs', 'PDFLoader', 'ephemeral-storage'].map(smartLabelFor)).toEqual([
      'API Version',
      'Creation Timestamp',
      'UID',
      'Pod Fixed',
      'Cpu',
      'Host I Ps',
      'PDF Loader',
      'Ephemeral - Storage',
    ]);
  });

  it('leaves a field with digits or punctuation other than a dash as it is', () => {
    expect(['kubernetes.io/os', 'hugepages-2Mi', 'a_b'].map(smartLabelFor)).toEqual(['kubernetes.io/os', 'hugepages-2Mi', 'a_b']);
  });
});

describe('printUnstructuredContent', () => {
  it('prints scalars, nested maps and lists of maps and scalars in sorted order, skipping what it is told', () => {
    const content = { z: [1, 'two', true, null, 0.5], metadata: { name: 'x', uid: 'u' }, spec: { list: [{ b: 2, a: 1 }, { c: 3 }] } };
    const text = tabbedString((w) => printUnstructuredContent(w, LEVEL_0, content, '', ['.metadata.name']));
    expect(text).toBe(['Metadata:', '  UID:  u', 'Spec:', '  List:', '    A:  1', '    B:  2', '    C:  3', 'Z:', '  1', '  two', '  true', '  <nil>', '  0.5', ''].join('\n'));
  });
});
