/** A range of whole lines to fold, 0-based and inclusive, as editors count them. */
export interface LineRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind: 'paragraph' | 'section';
}

const HEADING = /^\s*#{1,6}\s+\S/;

/**
 * Folding by paragraph: every run of two or more non-blank lines folds, and every `#`
 * heading folds the text up to the next heading (or the end of the article).
 */
export function foldingRanges(text: string): LineRange[] {
  const lines = text.split(/\r\n|\r|\n/);
  const ranges: LineRange[] = [];
  let start = -1;
  const closeParagraph = (end: number): void => {
    if (start >= 0 && end > start) ranges.push({ startLine: start, endLine: end, kind: 'paragraph' });
    start = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') closeParagraph(i - 1);
    else if (start < 0) start = i;
  }
  closeParagraph(lines.length - 1);

  let heading = -1;
  let lastText = -1;
  const closeSection = (): void => {
    if (heading >= 0 && lastText > heading) ranges.push({ startLine: heading, endLine: lastText, kind: 'section' });
  };
  for (let i = 0; i < lines.length; i++) {
    if (HEADING.test(lines[i])) {
      closeSection();
      heading = i;
      lastText = i;
    } else if (lines[i].trim() !== '') {
      lastText = i;
    }
  }
  closeSection();
  // One fold per line range: a section that is also a paragraph is kept as the section.
  const seen = new Set<string>();
  return ranges
    .sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine || (a.kind === 'section' ? -1 : 1))
    .filter((r) => {
      const key = `${r.startLine}:${r.endLine}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
