// Text edits for quick fixes, pure so the CLI and tests can use them too.
import { markerText, type MarkerKind } from '../quotes/markers';
import type { Entity, Quote } from '../types';

export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** How house style names a speaker in an attribution: a person by surname, others in full. */
export function attributionName(e: Pick<Entity, 'name' | 'type'>): string {
  if (e.type === 'person') {
    const parts = e.name.split(/\s+/).filter((p) => !/^(Jr\.?|Sr\.?|II|III|IV)$/.test(p));
    return parts[parts.length - 1] ?? e.name;
  }
  return e.name;
}

/**
 * The edits that attribute a quotation in house style: `"...," Lavrov said.` A final period
 * inside the closing mark becomes a comma; a question or exclamation mark stays.
 */
export function attributionEdits(text: string, q: Pick<Quote, 'start' | 'end' | 'inner' | 'unclosed'>, name: string, verb = 'said'): TextEdit[] {
  const inner = text.slice(q.inner.start, q.inner.end);
  const trimmed = inner.replace(/\s+$/, '');
  const lastAt = q.inner.start + trimmed.length - 1;
  const last = trimmed.charAt(trimmed.length - 1);
  const after = text.slice(q.end, q.end + 2);
  const edits: TextEdit[] = [];
  if (q.unclosed) {
    // Close it first: `"...,” Lavrov said.`
    const open = text.charAt(q.start);
    const mark = open === '“' ? '”' : open === '‘' ? '’' : open === "'" ? "'" : '"';
    if (last === '.') edits.push({ start: lastAt, end: lastAt + 1, newText: ',' });
    else if (last !== ',' && last !== '?' && last !== '!') edits.push({ start: lastAt + 1, end: lastAt + 1, newText: ',' });
    edits.push({ start: q.inner.start + trimmed.length, end: q.inner.start + trimmed.length, newText: `${mark} ${name} ${verb}.` });
    return edits;
  }
  if (last === '.') {
    edits.push({ start: lastAt, end: lastAt + 1, newText: ',' });
    edits.push({ start: q.end, end: q.end, newText: ` ${name} ${verb}.` });
  } else if (last === '?' || last === '!') {
    edits.push({ start: q.end, end: q.end, newText: ` ${name} ${verb}.` });
  } else if (after.startsWith('.')) {
    if (last !== ',') edits.push({ start: lastAt + 1, end: lastAt + 1, newText: ',' });
    edits.push({ start: q.end, end: q.end + 1, newText: ` ${name} ${verb}.` });
  } else if (last === ',') {
    edits.push({ start: q.end, end: q.end, newText: ` ${name} ${verb}` });
  } else {
    edits.push({ start: q.end, end: q.end, newText: `, ${name} ${verb}` });
  }
  return edits;
}

/** The edit that writes an inline marker right after the quotation. */
export function markerEdit(q: Pick<Quote, 'end'>, kind: MarkerKind): TextEdit {
  return { start: q.end, end: q.end, newText: ` ${markerText(kind)}` };
}
