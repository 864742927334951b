// Datelines: the place, date and agency that open a story ("VELMORA, March 3 (PTI) -"), and the
// other shapes of a dateline a paragraph may open with.
import { AGENCIES, COMMON_WORDS, isFirstName, isKnownPlace } from '../lexicon/lexicon';
import type { Paragraph, TextSpan } from '../types';

/** A month's name or its abbreviation, in title case or capitals ("March", "Mar.", "DEC"). */
const MONTH = `(?:${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']
  .flatMap((m) => [m, m.toUpperCase()]).join('|')})\\.?`;
/** Agencies credited in a dateline's brackets, beyond AGENCIES: "(IANS)", "(AAP)", "(NAN)". */
const DATELINE_AGENCIES = new Set(['IANS', 'ANI', 'UNI', 'APP', 'AAP', 'PA', 'NAN', 'SAPA', 'CP', 'KUNA', 'WAM', 'SPA', 'QNA', 'NZPA', 'AA', 'ANA', 'GNA', 'KNA', 'Bernama', 'Thomson Financial', 'PA Media']);
/**
 * A dateline's shapes beyond the wires' "HARLOW, March 3 (Reuters) -": the place in capitals or
 * in title case, perhaps its state or country, then a date in any case ("DEC 30", "March 3,
 * 2024", "3 March", "4th March, 2026"), an agency in brackets ("(PTI)", "(AFP)"), and a dash, or a colon as South
 * Asian, Gulf and West African papers write it ("VELMORA, March 3:", "QUARRENBY:"), or nothing
 * after the agency ("Velmora, Mar 3 (PTI) Hundreds ..."). A place in title case needs a date or an
 * agency after it; a word in capitals and a colon alone is no label ("UPDATE:", "WATCH:") and no
 * speaker's turn: not a common word, not a first name, and the only line so opened.
 */
const OTHER_DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?|\\p{Lu}[\\p{Ll}'’-]+(?:\\s\\p{Lu}[\\p{Ll}'’-]+){0,2})`
  + `(,\\s+\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)??`
  + `(,?\\s+(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})(?:,?\\s+\\d{4})?)?`
  + `(\\s*\\(([^)\\n]{1,40})\\))?`
  + `(?:[ \\t]*(--|[–—]|-(?!\\p{L})|:)|(?=\\s+["“‘'\\p{Lu}]))`, 'u');
const DATE_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$/i;
/** A line opened by words in capitals and a colon: a label, a speaker's turn, or a dateline. */
const LABEL_LINE = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\s*:/u;

/**
 * A dateline that opens a paragraph with its place: a wire's ("HARLOW, March 3 (Reuters) -"), a
 * place and an ISO date on a line of their own ("BOGOTA 1996-08-30"), or OTHER_DATELINE's shapes.
 */
export function placeDateline(line: string, p: Paragraph, text: string, paragraphs: readonly Paragraph[]): TextSpan | null {
  // "BOGOTA 1996-08-30", "MILWAUKEE , Wisconsin 1996-08-29": a place and an ISO date on a line of their own.
  const iso = /^\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?(?:\s*,\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2})?\s+\d{4}-\d{2}-\d{2}$/u.exec(line);
  if (iso) return { start: p.start, end: p.end, text: line };
  // ("HARLOW, March 3 (Reuters) -": a wire's date between the place and the agency.)
  // (The dash on the same line: "KEY POINTS" over a list's "- " is no dateline.)
  // (And a press release's, its year and its wire between slashes: "HARLOW, England, December 6,
  // 2026 /PRNewswire/ --".)
  const place = /^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?(?:,\s+[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?)?)(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?[ \t]*(\([^)\n]{1,40}\)|\/[^/\n]{1,40}\/)?[ \t]*(?:-|–|—|--)\s/u.exec(line);
  // ("Quarle CNN —": a place and an agency with no brackets, as some sites now set it.)
  const bare = place ? null : /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}\s+(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?)\s*(?:—|–|--|-)(?:\s|$)/u.exec(line);
  const len = place ? place[0].trimEnd().length : bare && AGENCIES.has(bare[1]) ? bare[0].trimEnd().length : otherDateline(line, text, paragraphs);
  return len ? { start: p.start, end: p.start + len, text: line.slice(0, len) } : null;
}

/** The length of a dateline of OTHER_DATELINE's shapes that opens `line`, or 0. */
function otherDateline(line: string, text: string, paragraphs: readonly Paragraph[]): number {
  // (Counted to two at most, over the first hundred paragraphs: a transcript's turns start early.)
  const labelLines = (): number => {
    let n = 0;
    for (let i = 0; i < paragraphs.length && i < 100 && n < 2; i++) if (LABEL_LINE.test(text.slice(paragraphs[i].start, Math.min(paragraphs[i].end, paragraphs[i].start + 60)))) n++;
    return n;
  };
  const m = OTHER_DATELINE.exec(line);
  if (!m) return 0;
  const [all, place, region, date, , agency, end] = m;
  const caps = !/\p{Ll}/u.test(place);
  const words = place.split(/[\s-]+/).filter(Boolean);
  const cased = (w: string): string => w[0] + w.slice(1).toLowerCase();
  // (Capitals, or each word capitalised, and no weekday or month: "On Tuesday, March 3 -" is no
  // dateline; nor "The": "The Harbour Board (HSB) met" is a sentence.)
  if (!words.every((w) => caps || /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) || words.some((w) => DATE_WORD.test(w) || w.toLowerCase() === 'the')) return 0;
  const agencyNamed = !!agency && (AGENCIES.has(agency.trim()) || DATELINE_AGENCIES.has(agency.trim()));
  if (agency && !agencyNamed) return 0;
  if (!end && !agencyNamed) return 0;
  const dash = end === '-' || end === '–' || end === '—' || end === '--';
  // (A place in title case and a dash alone: a place the gazetteer knows, or its state: "Port
  // Velmora, NY –"; else a sentence's subject and a dash: "Tarun Okeke – the mayor – said".)
  // (Or a known place and a colon before a sentence of its own, as Indian papers open their
  // copy: "Mumbai: The High Court on Wednesday ...", when no other line opens with a label.)
  const colonLead = end === ':' && !region && isKnownPlace(place) && !isFirstName(place) && /^\s+\p{Lu}(?:\S+\s+){7}/u.test(line.slice(all.length)) && labelLines() <= 1;
  if (!caps && !date && !agencyNamed && !colonLead && !(dash && (isKnownPlace(place) || (region && /^,\s+(?:\p{Lu}\.?){2,3}$|^,\s+\p{Lu}\p{Ll}{1,4}\.$/u.test(region))))) return 0;
  if (end === ':' && !date && !agencyNamed && !colonLead) {
    // (A place the gazetteer knows may be a first name too: "AUSTIN:", "FLORENCE:".)
    const known = isKnownPlace(words.map(cased).join(' '));
    if (!caps || (!known && words.some((w) => w.length < 3 || COMMON_WORDS.has(w.toLowerCase()) || isFirstName(cased(w)))) || labelLines() > 1) return 0;
  }
  return end === ':' || dash ? all.length : all.trimEnd().length;
}
