// Reading an annotations file. A file that is not valid JSON, or that holds an annotation this
// version cannot read, is reported once with its line and left alone: the editor writes
// nothing over it until it is fixed, so nothing the desk wrote is lost.
import { lineColumn, readJson, type JsonPath } from '../json/reader';
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

export { lineColumn };

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
  // The syntax through the one JSON reader (strict JSON: the editor writes this file). The
  // annotations themselves are read by the W3C model's reader (model.ts), which takes the
  // model's variants (a bare list, a collection's first page, one annotation) and names the
  // annotation at fault; the schema is the editor's guide to the same shapes.
  const read = readJson(text);
  if (!read.ok) return { ok: false, error: read.error };
  const doc = read.value;
  const where = (path: JsonPath): { line: number | null; column: number | null } => read.at(path) ?? { line: 1, column: 1 };
  const items = itemsOf(doc);
  if (!Array.isArray(items)) return { ok: false, error: { message: items.message, ...where(items.key ? [items.key] : []) } };
  // Where the list is in the document, for the line of an item at fault.
  const base: JsonPath = Array.isArray(doc) ? [] : Array.isArray((doc as Record<string, unknown>).items) ? ['items'] : (doc as Record<string, unknown>).type === 'Annotation' ? [] : ['first', 'items'];
  const itemAt = (i: number, key?: string): { line: number | null; column: number | null } => {
    const path = (doc as Record<string, unknown>).type === 'Annotation' ? [] : [...base, i];
    return read.at(key ? [...path, key] : path) ?? read.at(path) ?? { line: null, column: null };
  };
  const annotations: DeskAnnotation[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const a = readAnnotation(items[i]);
    if (typeof a === 'string') return { ok: false, error: { ...itemAt(i, 'id'), message: `item ${i + 1}: ${a}` } };
    if (seen.has(a.id)) return { ok: false, error: { ...itemAt(i, 'id'), message: `item ${i + 1}: the id ${a.id} is used twice` } };
    seen.add(a.id);
    annotations.push(a);
  }
  return { ok: true, annotations, document: (Array.isArray(doc) ? { items: doc } : doc) as Record<string, unknown> };
}
