import { strict as assert } from 'node:assert';
import { foldingRanges } from '../../src/core/text/folding';
import { lineIndex } from '../../src/core/text/lines';

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


describe('lineIndex', () => {
  it('maps offsets to lines and UTF-16 characters over \\n, \\r\\n and \\r', () => {
    const pos = lineIndex('ab\ncd\r\nef\rgh👩x');
    assert.deepEqual(pos(0), { line: 0, character: 0 });
    assert.deepEqual(pos(3), { line: 1, character: 0 });
    assert.deepEqual(pos(7), { line: 2, character: 0 });
    assert.deepEqual(pos(10), { line: 3, character: 0 });
    assert.deepEqual(pos(14), { line: 3, character: 4 });
  });
});
