// Finding quotation spans: straight and curly double quotes, unclosed quotations that run to
// the end of their paragraph (the multi-paragraph convention), and quotations continued over
// a soft line break.

export interface QuoteSpan {
  /** Start of the opening mark. */
  readonly start: number;
  /** End of the closing mark, or of the quoted text when unclosed. */
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly unclosed: boolean;
  /** Unclosed, and the next paragraph opens with a quotation mark: the multi-paragraph convention. */
  readonly continuesInNextParagraph: boolean;
}

export interface StrayMark {
  readonly start: number;
  readonly end: number;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/**
 * Scans line by line. U+201C opens and U+201D closes; a straight quote opens when none is
 * open and closes one that is. A second U+201C while one is open closes the first just before
 * it. A quotation still open at the end of a line continues onto the next line when that line
 * is not blank, does not open with a quotation mark, and the line before does not end a
 * sentence (a soft, hard-wrapped break); otherwise it ends there, unclosed.
 */
export function findQuotes(text: string): { quotes: QuoteSpan[]; stray: StrayMark[] } {
  const quotes: QuoteSpan[] = [];
  const stray: StrayMark[] = [];
  let open = -1;
  const n = text.length;
  let i = 0;
  const closeUnclosed = (lineEnd: number): void => {
    let e = lineEnd;
    while (e > open + 1 && /\s/.test(text.charAt(e - 1))) e--;
    quotes.push({ start: open, end: e, innerStart: open + 1, innerEnd: e, unclosed: true, continuesInNextParagraph: false });
    open = -1;
  };
  while (i < n) {
    const c = text.charAt(i);
    if (c === '\n' || c === '\r') {
      const lineEnd = i;
      // Skip this line break.
      i += c === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
      if (open >= 0) {
        // Look at the next line.
        let j = i;
        while (j < n && isSpace(text.charAt(j))) j++;
        const nextBlank = j >= n || text.charAt(j) === '\n' || text.charAt(j) === '\r';
        const nextOpens = !nextBlank && (text.charAt(j) === '“' || text.charAt(j) === '"');
        const before = text.slice(Math.max(open + 1, lineEnd - 3), lineEnd).trimEnd();
        const endsSentence = /[.!?:…]$/.test(before);
        if (nextBlank || nextOpens || endsSentence) closeUnclosed(lineEnd);
      }
      continue;
    }
    if (c === '“' && open >= 0 && /[,.!?]/.test(text.charAt(i - 1)) && /[\s]/.test(text.charAt(i + 1) || ' ')) {
      // `... for her here,“ said Jim Clyburn`: an opening mark typed where the closing one belongs.
      quotes.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, unclosed: false, continuesInNextParagraph: false });
      open = -1;
    } else if (c === '“') {
      if (open >= 0) {
        // A second opening mark: the first quotation ends just before it.
        closeUnclosed(i);
      }
      open = i;
    } else if (c === '”') {
      if (open >= 0) {
        quotes.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, unclosed: false, continuesInNextParagraph: false });
        open = -1;
      } else {
        stray.push({ start: i, end: i + 1 });
      }
    } else if (c === '"') {
      if (open >= 0) {
        quotes.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, unclosed: false, continuesInNextParagraph: false });
        open = -1;
      } else {
        open = i;
      }
    }
    i++;
  }
  if (open >= 0) closeUnclosed(n);

  // The multi-paragraph convention: an unclosed quotation followed by a paragraph that opens
  // with a quotation mark.
  return {
    stray,
    quotes: quotes.map((q) => {
      if (!q.unclosed) return q;
      const rest = text.slice(q.end, q.end + 400);
      const m = /^[ \t\u00a0]*(?:\r?\n|\r)[ \t\u00a0\r\n]*(["“])/.exec(rest);
      return m ? { ...q, continuesInNextParagraph: true } : q;
    }),
  };
}
