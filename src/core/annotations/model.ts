// The desk's annotations (issue 11): W3C Web Annotation Data Model documents kept beside the
// article (`story.article.annotations.json`), never inside it. This module reads an
// annotation's meaning from its bodies; the raw JSON object is kept whole, so fields this
// version does not know are written back untouched.

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export const STATUSES = ['verified', 'unverified', 'needs-second-source', 'disputed', 'off-record'] as const;
export type Status = (typeof STATUSES)[number];

export const SOURCE_TYPES = ['official', 'expert', 'witness', 'participant', 'document', 'anonymous'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** The speaker-correction value that says the span is no quotation at all. */
export const NOT_A_QUOTATION = 'not-a-quotation';

/** Where an annotation was last anchored: the quoted words, their context and UTF-16 offsets. */
export interface Anchor {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** The offsets it was saved at, or null when the file gives none. */
  readonly start: number | null;
  readonly end: number | null;
}

/** One annotation, as the editor and CLI use it. */
export interface DeskAnnotation {
  readonly id: string;
  readonly anchor: Anchor;
  readonly note: string | null;
  readonly status: Status | null;
  readonly sourceType: SourceType | null;
  /** A speaker correction: the name, or null. */
  readonly speaker: string | null;
  /** The correction says the span is no quotation. */
  readonly notAQuotation: boolean;
  readonly creator: string | null;
  readonly created: string | null;
  readonly modified: string | null;
  /** The annotation's JSON as read (unknown fields included). */
  readonly raw: Record<string, unknown>;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

function creatorName(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (isObject(v)) return str(v.name) ?? str(v.nickname) ?? str(v.id);
  return null;
}

/**
 * Reads one annotation object, or says what is wrong with it. Selectors may be one object or
 * a list; a TextQuoteSelector is required (the words are what re-anchoring finds again).
 */
export function readAnnotation(raw: unknown): DeskAnnotation | string {
  if (!isObject(raw)) return 'an annotation must be a JSON object';
  const id = str(raw.id);
  if (!id) return 'an annotation needs an "id" string';
  const target = asArray(raw.target)[0];
  if (!isObject(target)) return `annotation ${id}: "target" must be an object with a "selector"`;
  const selectors = asArray(target.selector).filter(isObject);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || typeof quote.exact !== 'string' || !quote.exact) return `annotation ${id}: the target needs a TextQuoteSelector with a non-empty "exact"`;
  // (A position before the text's start is no position: the quote selector finds the words.)
  const start = position && Number.isInteger(position.start) && (position.start as number) >= 0 ? (position.start as number) : null;
  const end = start !== null && Number.isInteger(position!.end) ? (position!.end as number) : null;
  let note: string | null = null;
  let status: Status | null = null;
  let sourceType: SourceType | null = null;
  let speaker: string | null = null;
  for (const b of [...asArray(raw.body), ...asArray(raw.bodyValue !== undefined ? { purpose: 'commenting', value: raw.bodyValue } : undefined)]) {
    if (!isObject(b)) continue;
    const value = str(b.value);
    if (value === null) continue;
    const purposes = asArray(b.purpose);
    if (purposes.includes('tagging') && (STATUSES as readonly string[]).includes(value)) status = value as Status;
    else if (purposes.includes('classifying') && (SOURCE_TYPES as readonly string[]).includes(value)) sourceType = value as SourceType;
    else if (purposes.includes('identifying')) speaker = value;
    else if (purposes.includes('commenting') || purposes.length === 0) note = note === null ? value : `${note}\n${value}`;
  }
  return {
    id,
    anchor: { exact: quote.exact, prefix: str(quote.prefix) ?? '', suffix: str(quote.suffix) ?? '', start, end: end !== null && start !== null && end >= start ? end : null },
    note,
    status,
    sourceType,
    speaker: speaker === NOT_A_QUOTATION ? null : speaker,
    notAQuotation: speaker === NOT_A_QUOTATION,
    creator: creatorName(raw.creator),
    created: str(raw.created),
    modified: str(raw.modified),
    raw,
  };
}

/** How much context a TextQuoteSelector keeps on each side. */
export const CONTEXT_CHARS = 32;

/** The selectors for a span of the text: its words, their context and their offsets. */
export function selectorsFor(text: string, start: number, end: number, source: string): Json {
  return {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS) },
      { type: 'TextPositionSelector', start, end },
    ],
  };
}
