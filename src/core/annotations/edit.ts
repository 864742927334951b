// Writing the desk's annotations, as pure functions the extension and the language server
// share: an annotation changed (or made) for a span of the text, and the annotations file's new
// text with some annotations changed or removed. The file's container (an AnnotationCollection,
// or `{ items }`) and every field this code does not know are kept as they were.
import { ANNOTATION_CONTEXT, readAnnotation, selectorsFor, type DeskAnnotation } from './model';
import { parseAnnotations } from './parse';

type Json = Record<string, unknown>;

/** What a command changes on one annotation: each field replaces that kind of body (null removes it). */
export interface AnnotationChange {
  readonly note?: string | null;
  readonly status?: string | null;
  readonly sourceType?: string | null;
  /** A speaker's name, `not-a-quotation`, or null to remove the correction. */
  readonly speaker?: string | null;
}

/** The Web Annotation purpose each kind of body carries. */
export const PURPOSE: Record<keyof AnnotationChange, string> = { note: 'commenting', status: 'tagging', sourceType: 'classifying', speaker: 'identifying' };

/** The annotations of a file's container. */
export function itemsOf(container: Json): unknown[] {
  if (Array.isArray(container.items)) return container.items;
  const first = container.first as Json | undefined;
  return first && Array.isArray(first.items) ? first.items : [];
}

/** The container with its annotations replaced; a new file is an AnnotationCollection. */
export function withItems(container: Json, items: unknown[]): Json {
  if (!Array.isArray(container.items) && container.first && typeof container.first === 'object') return { ...container, first: { ...(container.first as Json), items } };
  if (Array.isArray(container.items)) return { ...container, items };
  return { '@context': ANNOTATION_CONTEXT, type: 'AnnotationCollection', first: { type: 'AnnotationPage', items } };
}

/** A fresh annotation id (a UUID URN). */
export function randomId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return `urn:uuid:${c.randomUUID()}`;
  return `urn:uuid:${[8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('')).join('-')}`;
}

export interface Authorship {
  readonly creator: string;
  /** The article file's name, recorded as the selectors' source. */
  readonly source: string;
  /** An ISO time; now when not given. */
  readonly now?: string;
}

/**
 * The annotation on `text`'s span [start, end) after `change`: `existing` changed (its
 * selectors moved to the span, its other bodies kept), or a new one. Throws on a value the
 * model refuses.
 */
export function changedAnnotation(existing: DeskAnnotation | undefined, text: string, start: number, end: number, change: AnnotationChange, who: Authorship): DeskAnnotation {
  const now = who.now ?? new Date().toISOString();
  const target = selectorsFor(text, start, end, who.source);
  const raw: Json = existing
    ? { ...existing.raw, modified: now, target: { ...((existing.raw.target as Json) ?? {}), ...target } }
    : { '@context': ANNOTATION_CONTEXT, id: randomId(), type: 'Annotation', created: now, modified: now, creator: who.creator, target, body: [] };
  let bodies = (Array.isArray(raw.body) ? raw.body : raw.body ? [raw.body] : []) as Json[];
  for (const key of Object.keys(change) as Array<keyof AnnotationChange>) {
    const value = change[key];
    bodies = bodies.filter((b) => !(Array.isArray(b.purpose) ? b.purpose : [b.purpose]).includes(PURPOSE[key]));
    if (value) bodies.push({ type: 'TextualBody', purpose: PURPOSE[key], value });
  }
  raw.body = bodies;
  const read = readAnnotation(raw);
  if (typeof read === 'string') throw new Error(read);
  return read;
}

/**
 * The annotations file's new text with `changed` put in place of (or beside) the annotations of
 * the same id and `removed` taken out. `fileText` is what is on disk now ('' for no file); a
 * malformed file is refused, never written over.
 */
export function updatedAnnotationsFile(fileText: string, changed: readonly DeskAnnotation[], removed: readonly string[] = []): { ok: true; text: string } | { ok: false; message: string } {
  let container: Json = {};
  let items: DeskAnnotation[] = [];
  if (fileText.trim()) {
    const parsed = parseAnnotations(fileText);
    if (!parsed.ok) return { ok: false, message: parsed.error.message };
    container = parsed.document;
    items = [...parsed.annotations];
  }
  const next = items.filter((a) => !removed.includes(a.id));
  for (const c of changed) {
    const i = next.findIndex((a) => a.id === c.id);
    if (i >= 0) next[i] = c;
    else next.push(c);
  }
  return { ok: true, text: `${JSON.stringify(withItems(container, next.map((a) => a.raw)), null, 2)}\n` };
}
