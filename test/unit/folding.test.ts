import { strict as assert } from 'node:assert';
import { foldingRanges } from '../../src/core/folding';

describe('foldingRanges', () => {
  it('folds hard-wrapped paragraphs and # sections, not single lines', () => {
    const text = '# Head\n\none line\n\nwrapped line one\nwrapped line two\n\n# Next\ntext\n';
    const ranges = foldingRanges(text);
    assert.deepEqual(ranges, [
      { startLine: 0, endLine: 5, kind: 'section' },
      { startLine: 4, endLine: 5, kind: 'paragraph' },
      { startLine: 7, endLine: 8, kind: 'section' },
    ]);
  });

  it('handles CRLF and an empty document', () => {
    assert.deepEqual(foldingRanges(''), []);
    assert.deepEqual(foldingRanges('a\r\nb\r\n'), [{ startLine: 0, endLine: 1, kind: 'paragraph' }]);
  });
});
