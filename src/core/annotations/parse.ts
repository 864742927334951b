// Reading an annotations file. A file that is not valid JSON, or that holds an annotation this
// version cannot read, is reported once with its line and left alone: the editor writes
// nothing over it until it is fixed, so nothing the desk wrote is lost.
import { jsonErrorOffset } from './jsonError';
import { readAnnotation, type DeskAnnotation } from './model';

export interface AnnotationFileError {
  readonly message: string;
  /** 1-based line and column in the file, when known. */
  readonly line: number | null;
  readonly column: number | null;
}

export type ParsedAnnotations =
  | { readonly ok: true; readonly annotations: readonly DeskAnnotation[]; readonly document: Record<string, unknown> }
  | { readonly ok: false; readonly error: AnnotationFileError };

/** `:line:column` (or `:line`, or nothing) to put after a file's name in a message. */
export function atLine(where: { readonly line: number | null; readonly column: number | null }): string {
  return where.line === null ? '' : `:${where.line}${where.column !== null ? `:${where.column}` : ''}`;
}

/** Line and column (1-based) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where and why a text that JSON.parse refused is not valid JSON. */
export function jsonError(text: string): AnnotationFileError {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return { message: 'not valid JSON', line: null, column: null };
  const { line, column } = lineColumn(text, offset);
  const found = offset >= text.length ? 'the text ends' : `unexpected ${JSON.stringify(text[offset])}`;
  return { message: `not valid JSON: ${found}`, line, column };
}

/** The annotation objects of a document: `items`, an AnnotationCollection's `first` page, or a bare list. */
function itemsOf(doc: unknown): unknown[] | { message: string; key?: string } {
  if (Array.isArray(doc)) return doc;
  if (typeof doc !== 'object' || doc === null) return { message: 'the file must hold a JSON object with an "items" list' };
  const d = doc as Record<string, unknown>;
  if (Array.isArray(d.items)) return d.items;
  const first = d.first;
  if (typeof first === 'object' && first !== null && Array.isArray((first as Record<string, unknown>).items)) return (first as Record<string, unknown>).items as unknown[];
  if (d.type === 'Annotation') return [d];
  // An empty collection may say so ("total": 0) and leave out its pages; any other object
  // without "items" is a mistake to report (a misspelt "itmes" would hide every note).
  if (d.items === undefined && d.first === undefined && d.type === 'AnnotationCollection' && d.total === 0) return [];
  if (d.items === undefined && d.first === undefined) {
    const near = Object.keys(d).find((k) => k !== 'items' && /^[a-z]{4,6}$/i.test(k) && [...'items'].filter((c) => k.toLowerCase().includes(c)).length >= 4);
    return { message: `the file has no "items" list of annotations${near ? ` (is "${near}" meant to be "items"?)` : ''}`, key: near };
  }
  return { message: '"items" (or the collection\'s "first" page\'s "items") must be a list of annotations', key: d.items !== undefined ? 'items' : 'first' };
}

/** Parses an annotations file's text. An empty file holds no annotations. */
export function parseAnnotations(text: string): ParsedAnnotations {
  if (!text.trim()) return { ok: true, annotations: [], document: {} };
  let doc: unknown;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    doc = JSON.parse(body);
  } catch {
    return { ok: false, error: jsonError(body) };
  }
  const items = itemsOf(doc);
  if (!Array.isArray(items)) {
    const at = items.key ? body.indexOf(JSON.stringify(items.key)) : -1;
    const { line, column } = at >= 0 ? lineColumn(body, at) : { line: 1, column: 1 };
    return { ok: false, error: { message: items.message, line, column } };
  }
  const annotations: DeskAnnotation[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const a = readAnnotation(items[i]);
    const where = (id: string | null): AnnotationFileError => {
      const at = id ? text.indexOf(JSON.stringify(id)) : -1;
      const lc = at >= 0 ? lineColumn(text, at) : null;
      return { message: '', line: lc?.line ?? null, column: lc?.column ?? null };
    };
    if (typeof a === 'string') {
      const rawId = typeof items[i] === 'object' && items[i] !== null ? (items[i] as Record<string, unknown>).id : undefined;
      return { ok: false, error: { ...where(typeof rawId === 'string' ? rawId : null), message: `item ${i + 1}: ${a}` } };
    }
    if (seen.has(a.id)) return { ok: false, error: { ...where(a.id), message: `item ${i + 1}: the id ${a.id} is used twice` } };
    seen.add(a.id);
    annotations.push(a);
  }
  return { ok: true, annotations, document: (Array.isArray(doc) ? { items: doc } : doc) as Record<string, unknown> };
}
