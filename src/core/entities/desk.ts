// The desk's entity list (issue 11): a team file, `.article-lens/entities.json`, shared through
// the repository: each entity's canonical name, type, role, aliases and the spellings the house
// forbids ("Yanukovich" -> "Yanukovych"). The engine takes a listed name as an entity of that
// type with that role, and flags a forbidden spelling (`house-spelling`) with its correction.
import type { Schema } from '@cfworker/json-schema';
import entitiesSchema from '../../../schemas/entities.schema.json';
import { readJson, type JsonPath } from '../json/reader';
import { countBefore } from '../text/search';
import type { Diagnostic, Entity, EntityType, Mention, Quote } from '../types';
import { entityWith } from './copy';

export interface DeskEntry {
  readonly name: string;
  readonly type: EntityType;
  readonly role: string | null;
  readonly aliases: readonly string[];
  /** Forbidden spellings, each with the house's. */
  readonly spellings: ReadonlyMap<string, string>;
}

export interface DeskList {
  readonly entries: readonly DeskEntry[];
}

export type ParsedDeskList =
  | { readonly ok: true; readonly list: DeskList; readonly document: Record<string, unknown> }
  | { readonly ok: false; readonly message: string; readonly line: number | null; readonly column: number | null };

/** The type words the list accepts. A Map: a plain object would also answer "constructor" or "__proto__". */
const TYPE_ALIASES: ReadonlyMap<string, EntityType> = new Map([['person', 'person'], ['organization', 'organization'], ['organisation', 'organization'], ['org', 'organization'], ['place', 'place'], ['location', 'place']]);

/** At most this many names or spellings are searched for at once (one pass over the text). */
const MAX_SPELLINGS = 2000;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : [];
}

/** Each entity's name as a message names it: `entity 2 (Mara Okafor)`. */
function entityLabel(path: JsonPath, root: unknown): string {
  if (path[0] !== 'entities' || typeof path[1] !== 'number') return path.length ? `"${path.join('.')}"` : 'the file';
  const name = ((root as { entities?: Array<{ name?: unknown }> }).entities?.[path[1]] ?? {}).name;
  const who = `entity ${path[1] + 1}${typeof name === 'string' && name.trim() ? ` (${name.trim()})` : ''}`;
  return path.length > 2 ? `${who}: "${path.slice(2).join('.')}"` : who;
}

/** Reads the desk list's text; a malformed file is reported with its line and ignored. */
export function parseDeskList(text: string): ParsedDeskList {
  if (!text.replace(/^\uFEFF/, '').trim()) return { ok: true, list: { entries: [] }, document: { entities: [] } };
  // The shape is the contributed schema's; a type may be written in any case.
  const read = readJson(text, {
    schema: entitiesSchema as Schema,
    label: entityLabel,
    prepare: (v) => {
      const list = (v as { entities?: unknown } | null)?.entities;
      if (Array.isArray(list)) for (const e of list) if (e && typeof e === 'object' && typeof (e as { type?: unknown }).type === 'string') (e as { type: string }).type = (e as { type: string }).type.trim().toLowerCase();
      return v;
    },
  });
  if (!read.ok) return { ok: false, ...read.error };
  const doc = read.value as { entities: Array<{ name: string; type: string; role?: string; aliases?: string[]; spellings?: string[] | Record<string, string> }> };
  const entries: DeskEntry[] = [];
  for (const [i, e] of doc.entities.entries()) {
    // (What the schema cannot say: a name of spaces only.)
    if (!e.name.trim()) return { ok: false, message: `entity ${i + 1} needs a "name"`, ...(read.at(['entities', i, 'name']) ?? { line: null, column: null }) };
    const type = TYPE_ALIASES.get(e.type)!;
    const spellings = new Map<string, string>();
    const raw = e.spellings;
    if (Array.isArray(raw)) for (const s of strings(raw)) spellings.set(s, e.name.trim());
    else if (raw) for (const [wrong, right] of Object.entries(raw)) if (wrong.trim()) spellings.set(wrong.trim(), right.trim());
    entries.push({ name: e.name.trim(), type, role: e.role?.trim() ? e.role.trim() : null, aliases: strings(e.aliases), spellings });
  }
  return { ok: true, list: { entries }, document: read.value as Record<string, unknown> };
}

const WORD = /[\p{L}\p{N}_]+/gu;
const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}_]/u.test(c);

/**
 * Whole-word occurrences of any of `words` (the longest at each place), in one pass over the
 * text's words: each name is looked up by its first word, so a long list costs no more per
 * word than a short one.
 */
function occurrences(text: string, words: readonly string[]): Array<{ start: number; end: number; word: string }> {
  if (!words.length) return [];
  const byFirst = new Map<string, string[]>();
  for (const w of [...new Set(words)].slice(0, MAX_SPELLINGS)) {
    const first = w.match(WORD)?.[0];
    if (!first || !w.startsWith(first)) continue;
    const list = byFirst.get(first) ?? [];
    list.push(w);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const out: Array<{ start: number; end: number; word: string }> = [];
  let after = 0;
  for (const m of text.matchAll(WORD)) {
    if (m.index < after) continue;
    const candidates = byFirst.get(m[0]);
    if (!candidates || isWordChar(text[m.index - 1])) continue;
    const hit = candidates.find((w) => text.startsWith(w, m.index) && !isWordChar(text[m.index + w.length]));
    if (!hit) continue;
    out.push({ start: m.index, end: m.index + hit.length, word: hit });
    after = m.index + hit.length;
  }
  return out;
}

/** The house-spelling diagnostics: each forbidden spelling, with the house's as its fix. */
export function houseSpellings(text: string, list: DeskList): Diagnostic[] {
  const fix = new Map<string, string>();
  for (const e of list.entries) for (const [wrong, right] of e.spellings) fix.set(wrong, right);
  return occurrences(text, [...fix.keys()]).map((o) => ({
    start: o.start,
    end: o.end,
    code: 'house-spelling' as const,
    severity: 'warning' as const,
    message: `House style: "${o.word}" is spelled "${fix.get(o.word)}" (desk entity list)`,
    related: [],
    quote: null,
    replacement: fix.get(o.word)!,
  }));
}

/** The desk entry an entity is (by name or alias), if any. */
export function deskEntryFor(list: DeskList | undefined, e: Pick<Entity, 'name' | 'aliases'>): DeskEntry | undefined {
  return list ? deskIndex(list)(e) : undefined;
}

/**
 * Finds the listed entry for an entity by any of its names, through one map of the list's names,
 * aliases and forbidden spellings (a spelling the house forbids is the same entity misspelled:
 * "Mara Okafour" is Mara Okafor): built once per analysis, not searched once per entity. The
 * entry listed first wins, as a search of the list in order would have it.
 */
function deskIndex(list: DeskList): (e: Pick<Entity, 'name' | 'aliases'>) => DeskEntry | undefined {
  const byName = new Map<string, number>();
  list.entries.forEach((d, i) => {
    for (const n of [d.name, ...d.aliases, ...d.spellings.keys()]) {
      const key = n.toLowerCase();
      if (!byName.has(key)) byName.set(key, i);
    }
  });
  return (e) => {
    let best = -1;
    for (const n of [e.name, ...e.aliases]) {
      const i = byName.get(n.toLowerCase());
      if (i !== undefined && (best < 0 || i < best)) best = i;
    }
    return best < 0 ? undefined : list.entries[best];
  };
}

/**
 * The desk's knowledge, applied as soon as the entities are found, so that everything after
 * reads it (the speakers' names, the sources, the confidence, the diagnostics' words): a listed
 * entity, or one written in a spelling the list forbids, takes the list's type, role and
 * canonical name; a listed name the engine missed becomes an entity (rule `desk-list`); a
 * quotation credited to a renamed entity carries its new name. Who said what is unchanged.
 */
export function withDeskList(text: string, engineEntities: readonly Entity[], quotes: readonly Quote[], list: DeskList): { entities: Entity[]; quotes: Quote[] } {
  if (!list.entries.length) return { entities: [...engineEntities], quotes: [...quotes] };
  const seen = new Set<DeskEntry>();
  const renamed = new Map<string, string>();
  const entryFor = deskIndex(list);
  const entities: Entity[] = engineEntities.map((e) => {
    const d = entryFor(e);
    if (!d) return e;
    seen.add(d);
    if (d.name !== e.name) renamed.set(e.id, d.name);
    return entityWith(e, { type: d.type, name: d.name, role: d.role ?? e.role, aliases: [...new Set([...e.aliases, ...(e.name !== d.name ? [e.name] : [])])], recognizedBy: 'desk-list' });
  });
  // Names the engine missed: one pass over the text for all of them (a list may be long, and
  // this runs on every analysis), skipping what is already a mention.
  const spans = engineEntities.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
  const covered = (start: number, end: number): boolean => {
    const i = countBefore(spans, (m) => m.start < end) - 1;
    for (let k = i; k >= 0 && k >= i - 4; k--) if (spans[k].end > start) return true;
    return false;
  };
  const owner = new Map<string, DeskEntry>();
  for (const d of list.entries) if (!seen.has(d)) for (const name of [d.name, ...d.aliases]) if (!owner.has(name)) owner.set(name, d);
  const found = new Map<DeskEntry, Mention[]>();
  for (const o of occurrences(text, [...owner.keys()])) {
    if (covered(o.start, o.end)) continue;
    const d = owner.get(o.word)!;
    const list = found.get(d) ?? [];
    list.push({ start: o.start, end: o.end, text: o.word, kind: o.word === d.name ? 'name' : 'alias' });
    found.set(d, list);
  }
  let n = 0;
  for (const [d, mentions] of found) {
    entities.push({ id: `desk${++n}`, type: d.type, name: d.name, role: d.role, aliases: d.aliases.filter((a) => mentions.some((m) => m.text === a)), mentions, agency: false, author: false, gender: null, recognizedBy: 'desk-list', confidence: 1 });
  }
  const named = renamed.size ? quotes.map((q) => (q.speaker?.entity && renamed.has(q.speaker.entity) ? { ...q, speaker: { ...q.speaker, name: renamed.get(q.speaker.entity)! } } : q)) : [...quotes];
  return { entities, quotes: named };
}
