// Interviews and transcripts: paragraphs opened by a speaker's label ("Jane Doe:", "DOE:",
// "Q:", "A:", "Q.", "A.", "**Jane Doe:**", "Interviewer:"). Each labelled paragraph opens a turn, which runs
// on over unlabelled paragraphs until the next label. In a turn, "I" is the labelled person.
import { isFirstName, lowerWord, TITLE_WORDS, worldNameGender } from '../lexicon/lexicon';
import type { Furniture, FurnitureKind, Paragraph, Turn } from '../types';

/** Furniture whose opening words are never a speaker's label. */
const LINES_NOT_TURNS: ReadonlySet<FurnitureKind> = new Set(['headline', 'heading', 'caption', 'byline', 'dateline']);

/** A label at the start of a paragraph: a name of up to four words, Q or A, or a role, then a colon. */
const LABEL = /^(\*\*|__)?((?:[\p{Lu}][\p{L}.'’-]*)(?: (?:[\p{Lu}][\p{L}.'’-]*|de|van|von|al|bin|da)){0,3})(?:\1)?\s*:(?:\1)?\s+(?=\S)/u;
/** A question or answer marked by its letter and a full stop or bracket: "Q. ...", "A) ...". */
const QA_LABEL = /^(\*\*|__)?(Q|A)(?:\1)?[.)](?:\1)?\s+(?=\S)/;
/**
 * An office's label with its holder's name in brackets, as Hansard and minutes write it: "The
 * Secretary of State for Health (Dana Ruiz):", "CHAIR (Cllr Ann Baxter):". The name is the label.
 */
const OFFICE_LABEL = /^(\*\*|__)?((?:[\p{Lu}][\p{L}.'’-]*)(?: (?:[\p{Lu}][\p{L}.'’-]*|of|for|the|and)){0,9}) \(((?:[\p{Lu}][\p{L}.'’-]*)(?: (?:[\p{Lu}][\p{L}.'’-]*|de|van|von|al|bin|da)){1,4})\)(?:\1)?\s*:(?:\1)?\s+(?=\S)/u;

/** A given name of the lists, or a title's word: a word that opens a person's naming. */
const namingWord = (w: string): boolean => isFirstName(w) || !!worldNameGender(w);

/**
 * An office and its holder: the words before the bracket hold a title's word and no given name,
 * and the bracket opens with a given name or a title ("(Dana Ruiz)", "(Cllr Ann Baxter)"); not a
 * member and a seat, "Mr Tom Reid (Harlow North):", nor "Dana Ruiz (Labour):".
 */
function officeLabel(office: string, holder: string): boolean {
  const words = office.split(' ');
  const first = holder.split(' ')[0];
  return words.some((w) => TITLE_WORDS.has(lowerWord(w))) && !words.some(namingWord) && (namingWord(first) || TITLE_WORDS.has(lowerWord(first)));
}

/** Labels that are no speaker: notes, captions, datelines and the like. */
const NOT_SPEAKERS = /^(?:note|notes|update|updated|correction|clarification|editor'?s note|photo|photograph|image|caption|source|sources|credit|read more|related|see also|watch|listen|advertisement|disclosure|disclaimer|warning|summary|background|context|transcript|headline|title|date|by|from|to|subject|cc|re|tags?|category|author|published|posted)$/i;

/** Most words a field's value has: "ATTENDANCE: 14,203", "REFEREE: Lena Early 6". */
const FIELD_WORDS = 6;

/**
 * What follows a label is a field's value, no one's words: a few words ending in no sentence's
 * mark, as a match report's or a fact box's fields give them ("MAN OF THE MATCH: Tarun Okeke
 * (Rovers)", "ATTENDANCE: 14,203"); a turn says something ("DANA RUIZ: Yes.").
 */
function dataField(value: string): boolean {
  const v = value.trim();
  return v.split(/\s+/).length <= FIELD_WORDS && !/[.!?…"”'’:]\)?$/.test(v);
}

/**
 * The turns of an interview or transcript: found only where at least two paragraphs carry a
 * label and at least two labels differ (or the labels are Q and A), so a lone "Update:" line
 * makes no interview.
 */
export function findTurns(text: string, paragraphs: readonly Paragraph[], furniture: readonly Furniture[] = []): Turn[] {
  const labelled: { p: Paragraph; label: string; start: number; end: number }[] = [];
  // (A headline's or section head's kicker, "SPORT: ...", "COACH'S VERDICT: ...", labels no speaker.)
  const display = furniture.filter((f) => LINES_NOT_TURNS.has(f.kind));
  let d = 0;
  for (const p of paragraphs) {
    while (d < display.length && display[d].end <= p.start) d++;
    if (d < display.length && display[d].start <= p.start && p.start < display[d].end) continue;
    const head = text.slice(p.start, Math.min(p.end, p.start + 80));
    // (Most paragraphs hold no closing bracket in their first words: the pattern is tried only where one does.)
    const office = head.includes(')') ? OFFICE_LABEL.exec(head) : null;
    // (An office's label with its holder in brackets: the holder's name is the label.)
    if (office && officeLabel(office[2], office[3])) {
      const start = p.start + office[0].lastIndexOf('(') + 1;
      labelled.push({ p, label: office[3], start, end: start + office[3].length });
      continue;
    }
    const m = LABEL.exec(head) ?? QA_LABEL.exec(head);
    if (!m || NOT_SPEAKERS.test(m[2]) || dataField(text.slice(p.start + m[0].length, p.end))) continue;
    const start = p.start + (m[1]?.length ?? 0);
    labelled.push({ p, label: m[2], start, end: start + m[2].length });
  }
  const distinct = new Set(labelled.map((l) => l.label.split(' ').pop()!.toLowerCase()));
  if (labelled.length < 2 || distinct.size < 2) return [];
  const turns: Turn[] = [];
  for (let i = 0; i < labelled.length; i++) {
    const l = labelled[i];
    const next = labelled[i + 1]?.p.index ?? paragraphs.length;
    turns.push({ start: l.p.start, end: paragraphs[next - 1].end, label: { start: l.start, end: l.end, text: l.label }, firstParagraph: l.p.index, endParagraph: next });
  }
  return turns;
}
