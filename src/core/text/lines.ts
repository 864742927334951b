import { countBefore } from './search';

// Offsets to 0-based line and character (UTF-16 code units), for text not open in an editor.

export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/** Returns a function mapping an offset of `text` to its line and character (\n, \r\n and \r end lines). */
export function lineIndex(text: string): (offset: number) => LinePosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    const line = Math.max(0, countBefore(starts, (s) => s <= offset) - 1);
    return { line, character: offset - starts[line] };
  };
}
