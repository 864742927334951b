// An office written by its initials names the one person the article gives that office:
// "Additional Attorney General Karim Nasser ... the AAG replied".
import { lowerWord, PORTFOLIO_WORDS, TITLE_WORDS } from '../lexicon/lexicon';
import { countBefore } from '../text/search';
import { HONORIFICS, TITLE_HEADS } from './words';
import { addMention, INITIALS_SKIP, type Builder, type Merge } from './merge';
import type { MentionKind } from '../types';

/** Words an office's initials skip: "Inspector General of Police" is "IGP". */
const SKIPPED = new Set(['of', 'the', 'for', 'and', '&', 'in', 'to']);

/**
 * The initials of an office written in capitals ("Additional Attorney General": "AAG";
 * "Inspector General of Police": "IGP"), or '' when it has fewer than two words, a word in lower
 * case (not "of" and the like: "curator at the University of Harlow" is no such office), an
 * honorific, or opens with no title's word.
 */
export function officeInitials(role: string): string {
  const words = role.split(/[\s-]+/).filter((w) => !SKIPPED.has(w.toLowerCase()));
  if (words.length < 2 || !(TITLE_WORDS.has(lowerWord(words[0])) || PORTFOLIO_WORDS.has(lowerWord(words[0])))) return '';
  for (const w of words) if (!/^\p{Lu}\p{Ll}+$/u.test(w) || HONORIFICS.has(w.toLowerCase())) return '';
  return words.map((w) => w.charAt(0)).join('');
}

/**
 * The initials an office is written by, with its portfolio or without ("Trade Cabinet Secretary":
 * "TCS", and "CS" as Kenyan copy writes "the CS"); two letters at least.
 */
function officeSpellings(role: string): string[] {
  const full = officeInitials(role);
  if (!full) return [];
  const words = role.split(/[\s-]+/).filter((w) => !SKIPPED.has(w.toLowerCase()));
  const out = [full];
  for (let k = 0; k < words.length - 2 && portfolioWord(lowerWord(words[k])); k++) out.push(full.slice(k + 1));
  return out;
}

/** A rank an office's initials always keep: "the DIG" is no inspector general. */
export const RANKS: ReadonlySet<string> = new Set(['deputy', 'additional', 'assistant', 'vice', 'acting', 'senior', 'junior', 'principal', 'joint', 'associate', 'chief', 'former', 'first']);

/** A word naming an office's portfolio, dropped from its initials: "Trade", "Health"; no rank, no office's head. */
const portfolioWord = (w: string): boolean => (PORTFOLIO_WORDS.has(w) || TITLE_WORDS.has(w)) && !TITLE_HEADS.has(w) && !RANKS.has(w);

/**
 * Whether `acronym` writes the office whose initials are `initials`: the same letters, or those and
 * one more, the country or the state the office is of ("Chief Justice" and "CJP").
 */
function writesOffice(acronym: string, initials: string): boolean {
  return initials !== '' && (acronym === initials || (acronym.length === initials.length + 1 && acronym.length >= 3 && acronym.startsWith(initials)));
}

/**
 * Each word in capitals (two to five letters) that writes the office of exactly one person the
 * article named with it is that person, as "the minister" would be: a word no rule made a name
 * ("the IGP added") becomes their mention, and an organisation the lists do not know, named by
 * that word alone, gives them its mentions. Runs once the roles are known.
 */
export function addOfficeInitials(st: Merge): void {
  // (Only holders of an office of two words or more: most articles have none, and their tokens are
  // not read.)
  const initials = new Map<Builder, string[]>();
  for (const b of st.builders) if (b.type === 'person' && b.role && b.mentions.length > 0) { const o = officeSpellings(b.role); if (o.length) initials.set(b, o); }
  if (initials.size === 0) return;
  const holders = [...initials.keys()];
  const holderOf = (w: string): Builder | null => {
    let holder: Builder | null = null;
    for (const h of holders) {
      if (!initials.get(h)!.some((i) => writesOffice(w, i))) continue;
      if (holder && holder !== h) return null;
      holder = h;
    }
    return holder;
  };
  const { tokens } = st.ctx;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.text.length < 2 || t.text.length > 5 || !/^\p{Lu}+$/u.test(t.text)) continue;
    const ei = st.tokenEntity[k];
    const b = ei >= 0 ? st.builders[ei] : null;
    // (An organisation's initials the lists do not know: not a place, "US", nor a known body.)
    if (b && (b.type !== 'organization' || b.rule === 'known-organization' || b.name !== t.text)) continue;
    const holder = holderOf(t.text);
    if (!holder) continue;
    if (!b) addMention(st, holder, k, k + 1, 'role');
    else moveMentions(st, b, holder, 'role');
  }
}

/** Every mention of `from` becomes one of `to`, of `kind`, its tokens too; `from` is left with none. */
function moveMentions(st: Merge, from: Builder, to: Builder, kind: MentionKind): void {
  const { tokens } = st.ctx;
  for (const m of from.mentions) {
    to.mentions.push({ ...m, kind });
    for (let j = countBefore(tokens, (x) => x.start < m.start); j < tokens.length && tokens[j].start < m.end; j++) st.tokenEntity[j] = to.index;
  }
  from.mentions = [];
}

/** The convention, with its examples (run as tests). */
export const officeInitialsRule = {
  id: 'office-initials',
  description: 'An office written by its initials ("the AAG", "the IGP", "the CS"), with its portfolio or without, is the one person the article gives that office ("Additional Attorney General Karim Nasser", "Trade Cabinet Secretary Dana Ruiz").',
  examples: [
    { text: 'Court\n\nAdditional Attorney General Karim Nasser sought more time. The AAG said the commission needed a month.', name: 'AAG', type: 'person' as const },
    { text: 'Flood relief\n\nInspector General of Police Tomas Brink said more officers would be sent. The IGP added that roads were closed.', name: 'IGP', type: 'person' as const },
    // (Or that office and a letter more, the country's or the state's: "Chief Justice" and "CJP".)
    { text: 'Hearing\n\nChief Justice Anil Rao heard the petitions. The CJP said the state must answer.', name: 'CJP', type: 'person' as const },
    // (Or the office without its portfolio: "Trade Cabinet Secretary" and "the CS".)
    { text: 'Sugar row\n\nTrade Cabinet Secretary Dana Ruiz faced the committee. The CS said the imports were legal.', name: 'CS', type: 'person' as const },
    // (Not a body's initials in a role with words in lower case: the university, not its curator.)
    { text: 'Exhibition\n\nDana Ruiz, curator at the University of South Velmora, said the show drew crowds. USV students built the stands.', name: 'USV', type: 'organization' as const },
  ],
};

/** The initials of a body's name of two words or more, its small words skipped ("IFS"), or ''. */
function bodyInitials(name: string): string {
  const words = name.split(/\s+/).filter((w) => !INITIALS_SKIP.has(w.toLowerCase()));
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w.charAt(0)).join('') : '';
}

/**
 * Rule spelled-out-initials without brackets (merge.ts reads the bracketed ones): an organisation
 * named by its initials alone, where one body of the article is named in full with those initials
 * ("the Institute for Fiscal Studies ... the IFS said", or a live blog's heading "IFS verdict"
 * over it), is that body: its mentions become the body's. Initials a list knows ("AP", "NSA")
 * only where the name in full comes before one of them.
 */
export function addBodyInitials(st: Merge): void {
  const bodies = st.builders.filter((b) => b.type === 'organization' && b.mentions.length > 0 && b.name.includes(' '));
  if (bodies.length === 0) return;
  const byInitials = new Map<string, Builder | null>();
  for (const b of bodies) {
    const i = bodyInitials(b.name);
    if (i.length >= 2) byInitials.set(i, byInitials.has(i) && byInitials.get(i) !== b ? null : b);
  }
  if (byInitials.size === 0) return;
  const first = (x: Builder): number => x.mentions.reduce((m, y) => Math.min(m, y.start), Infinity);
  const last = (x: Builder): number => x.mentions.reduce((m, y) => Math.max(m, y.start), -1);
  for (const b of st.builders) {
    if (b.type !== 'organization' || !/^\p{Lu}{2,6}$/u.test(b.name) || b.mentions.length === 0) continue;
    const body = byInitials.get(b.name);
    // (Initials a list knows, "AP", "IMF", are that body's only where its name in full comes
    // before one of them.)
    if (!body || (b.rule === 'known-organization' && first(body) > last(b))) continue;
    body.aliases.add(b.name);
    moveMentions(st, b, body, 'alias');
  }
}
