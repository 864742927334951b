// Merging names into entities: one entity per person, organisation or place, with every
// mention: "Vladimir Putin" and later "Putin", "Magna International Inc" and later "Magna",
// "Marta" after "Marta Vell".
import { COMMON_WORDS, DEMONYMS, isFirstName, isKnownPlace, isPlainFirstName, isNation, KNOWN_ORGS, lowerWord, ORG_WORDS, SPEECH_VERBS } from '../lexicon/lexicon';
import { EAST_ASIAN_SURNAMES, NAME_PARTICLES, STRONG_LOCATIVE } from './words';
import type { EntityType, Mention, MentionKind } from '../types';
import type { Candidate, EntityContext } from './context';
import { isKnownName } from './tests';
import { COMPANY_TRADES, CORPORATE_SUFFIXES, SUFFIXES } from './words';
import { isSpaceCode } from '../text/words';
import { codeAt } from '../text/strings';
import { CLUB_LAST } from './sports';
import { genderClash, kinInSentence, peopleByShortened, plainCouple, plainSurname, titledOfShared } from './surnames';
import { shortForms } from './short-names';
import { givenNameAlone, placeUseOf } from './given-alone';

export interface Builder {
  index: number;
  id: string;
  type: EntityType;
  strength: number;
  name: string;
  role: string | null;
  aliases: Set<string>;
  mentions: Mention[];
  agency: boolean;
  author: boolean;
  gender: 'male' | 'female' | null;
  first: number;
  /** The recogniser that gave the entity its type. */
  rule: string;
}

/** The entities being built, and which token belongs to which. */
export interface Merge {
  readonly ctx: EntityContext;
  readonly builders: Builder[];
  readonly byKey: Map<string, Builder>;
  readonly tokenEntity: Int32Array;
}

/** A name's key: lower case, without a leading "the", its white space one space each. */
export const keyOf = (s: string): string => lowerWord(plainKey(s) ? s : s.replace(/^the\s+/i, '').replace(/\s+/g, ' '));

/** The name needs no rewriting for its key: no leading "the " and no white space but single spaces (most names; asked of every candidate). */
function plainKey(s: string): boolean {
  const c0 = codeAt(s, 0);
  if ((c0 === 84 || c0 === 116) && s.length > 3 && (codeAt(s, 1) | 32) === 104 && (codeAt(s, 2) | 32) === 101 && isSpaceCode(codeAt(s, 3))) return false;
  for (let i = 0, len = s.length; i < len; i++) {
    const c = codeAt(s, i);
    if (c === 32) { if (isSpaceCode(codeAt(s, i + 1))) return false; continue; }
    if (isSpaceCode(c)) return false;
  }
  return true;
}

export function addMention(st: Merge, b: Builder, start: number, end: number, kind: MentionKind): void {
  const { tokens, text } = st.ctx;
  const m: Mention = { start: tokens[start].start, end: tokens[end - 1].end, text: text.slice(tokens[start].start, tokens[end - 1].end), kind };
  b.mentions.push(m);
  for (let k = start; k < end; k++) st.tokenEntity[k] = b.index;
}

export function newBuilder(st: Merge, name: string, type: EntityType, strength: number, first: number, key = keyOf(name), rule = ''): Builder {
  const b: Builder = {
    index: st.builders.length, id: '', type, strength, name, role: null, aliases: new Set(), mentions: [], agency: false, author: false,
    gender: null, first, rule,
  };
  st.builders.push(b);
  st.byKey.set(key, b);
  return b;
}

/** `full` ends with all the words of `part`, and has more: "Karim Nasser Al Harbi" and "Al Harbi". */
function endsWithWords(full: string, part: string): boolean {
  // (In any case: "Di Varenna" opening a sentence is "Marco di Varenna".)
  return full.length > part.length + 1 && lowerWord(full).endsWith(lowerWord(part)) && /\s/.test(full.charAt(full.length - part.length - 1));
}

/** Multi-word people first, so surnames seen earlier (headline, first sentence) still link. */
function peopleBySurname(st: Merge, sorted: readonly Candidate[]): { bySurname: Map<string, Builder>; shared: Set<string>; couples: Map<string, Builder[]> } {
  const { text, tokens } = st.ctx;
  const { byKey } = st;
  const bySurname = new Map<string, Builder>();
  // (Surnames of two people named in full: "Ana Okeke" and "Omar Okeke".)
  const shared = new Set<string>();
  // (People whose name is set from a first name on: no longer name takes its place.)
  const named = new Set<Builder>();
  const surnameOf = (c: Candidate): string => {
    let e = c.end - 1;
    if (SUFFIXES.has(tokens[e].text) && e > c.start) e--;
    return tokens[e].text;
  };
  for (const c of sorted) {
    if (c.type !== 'person' || c.end - c.start < 2) continue;
    const name = text.slice(tokens[c.start].start, tokens[c.end - 1].end);
    const key = keyOf(name);
    let b = byKey.get(key);
    if (!b) {
      const sur = surnameOf(c);
      const existing = bySurname.get(sur);
      // "Vladimir Putin" and "Putin": the same person; two different first names are not.
      // ("Al Harbi" after "Karim Nasser Al Harbi", "Van Desselt" after "Anouk Van Desselt": the
      // last words of the full name, a family name with its particle, are the same person too.)
      const suffix = !!existing && (endsWithWords(existing.name, name) || endsWithWords(name, existing.name));
      b = existing && (existing.name.split(/\s+/)[0] === name.split(/\s+/)[0] || suffix) ? existing : newBuilder(st, name, 'person', c.strength, c.start, keyOf(name), c.rule);
      if (suffix) {
        byKey.set(key, b);
        // ("Vermonter Dana Hale" and "Dana Hale": the name from its first name on is the
        // person's; the word before it described them.)
        // ("Karim Nasser Al Harbi" and "Al Harbi", "Anouk Van Desselt" and "Van Desselt": a full
        // name that opens with a first name stays the name.)
        const [long, short] = name.length > b.name.length ? [name, b.name] : [b.name, name];
        const shortFirst = short.split(/\s+/)[0];
        if (!isFirstName(long.split(/\s+/)[0]) && isFirstName(shortFirst) && !NAME_PARTICLES.has(shortFirst.toLowerCase())) {
          if (short !== b.name) b.aliases.add(b.name);
          b.name = short;
          named.add(b);
        }
      }
      if (existing && existing !== b) shared.add(sur);
      if (!bySurname.has(sur) && !(c.strength < 2 && isKnownName(sur))) bySurname.set(sur, b);
    }
    if (name.length > b.name.length && !named.has(b)) b.name = name;
  }
  const couples = coupleNames(st, sorted, surnameOf, bySurname);
  for (const sur of couples.keys()) shared.add(sur);
  return { bySurname, shared, couples };
}

/**
 * "Dana and Tomas Brink have waited 40 years for news of their missing son": a plain
 * first name alone (no one's surname), "and", and a person named in full from a first name, with
 * a word for kin near them, share the surname; the first is "Dana Brink", a person of their own
 * (keyed by the first name too). By surname, the couple's people.
 */
function coupleNames(st: Merge, sorted: readonly Candidate[], surnameOf: (c: Candidate) => string, bySurname: ReadonlyMap<string, Builder>): Map<string, Builder[]> {
  const { text, tokens } = st.ctx;
  const out = new Map<string, Builder[]>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const c = sorted[i];
    const d = sorted[i + 1];
    if (d.type !== 'person' || c.end - c.start !== 1 || d.end - d.start < 2 || d.start !== c.end + 1 || tokens[c.end].lower !== 'and') continue;
    const first = tokens[c.start].text;
    // (A first name that is an everyday word too, "Ray", "Rose", no rule typed: inside the sentence, its capital tells.)
    const midSentence = c.start > 0 && tokens[c.start - 1].sentence === tokens[c.start].sentence;
    if (!(c.type === 'person' ? isPlainFirstName(first) : c.weak && midSentence && isFirstName(first)) || !isFirstName(tokens[d.start].text) || bySurname.has(first)) continue;
    const sur = surnameOf(d);
    if (!kinInSentence(tokens, c.start, d.end) && !plainCouple(st, c, first, sur)) continue;
    const full = `${first} ${sur}`;
    const partner = st.byKey.get(keyOf(text.slice(tokens[d.start].start, tokens[d.end - 1].end)));
    const b = st.byKey.get(keyOf(full)) ?? newBuilder(st, full, 'person', Math.max(c.strength, 2), c.start, keyOf(full), c.rule);
    if (!st.byKey.has(keyOf(first))) st.byKey.set(keyOf(first), b);
    out.set(sur, partner ? [b, partner] : [b]);
  }
  return out;
}

/** First names of the people named in full, where only one person has that first name (a nation's name too, "Jordan", joined only where the article makes it someone's; a town's only before a surname no word or plural is, not "Harlow Rovers"). */
function peopleByFirstName(st: Merge): Map<string, Builder | null> {
  const { builders } = st;
  const byFirstName = new Map<string, Builder | null>();
  for (const b of builders) {
    if (b.type !== 'person') continue;
    const first = b.name.split(/\s+/)[0];
    if (!isFirstName(first) || b.name === first || (isKnownPlace(first) && !isNation(first) && !plainSurname(b.name))) continue;
    byFirstName.set(first, byFirstName.has(first) && byFirstName.get(first) !== b ? null : b);
  }
  // ("Dan" after "Daniel Vell", "Tom" after "Thomas Vell": a short form of one person's first name,
  // where no one named in full has it.)
  const short = new Map<string, Builder | null>();
  for (const [first, b] of byFirstName) for (const s of shortForms(first)) if (!byFirstName.has(s)) short.set(s, short.has(s) && short.get(s) !== b ? null : b);
  for (const [s, b] of short) byFirstName.set(s, b);
  return byFirstName;
}

/**
 * The first words of people named in full that are no known first name, where only one person
 * opens with it: the family name of a name written family name first ("Liu Heping", later
 * "Liu"; "Moon Jae-in", later "Moon").
 */
function peopleByFamilyFirst(st: Merge): Map<string, Builder | null> {
  const out = new Map<string, Builder | null>();
  for (const b of st.builders) {
    if (b.type !== 'person') continue;
    const words = b.name.split(/\s+/);
    if (words.length < 2 || words.length > 3) continue;
    const first = words[0];
    // (Not a group's name a rule took for a person's: "Latino Voters", "House Democrats".)
    // (A family name that is a given name elsewhere too, "Tan", "Lee", before a given name no list
    // knows: "Tan Wei Ling".)
    const eastAsian = EAST_ASIAN_SURNAMES.has(first) && !isFirstName(words[1]);
    if ((isFirstName(first) && !eastAsian) || isKnownPlace(first) || !/^\p{Lu}\p{Ll}+$/u.test(first) || KNOWN_ORGS.has(words[words.length - 1]) || DEMONYMS.has(first.toLowerCase())) continue;
    out.set(first, out.has(first) && out.get(first) !== b ? null : b);
  }
  return out;
}

/**
 * People named in full by three or four words, by each of their middle words that is no given
 * name the lists know ("Vennick" of "Tomas Vennick Tarvo", as Kenyan copy names someone again); null
 * where two people share one.
 */
function peopleByMiddleName(st: Merge, nicknames: Set<string>): Map<string, Builder | null> {
  const out = new Map<string, Builder | null>();
  for (const b of st.builders) {
    if (b.type !== 'person') continue;
    const words = b.name.split(/\s+/);
    // (Not a show or a body a rule took for a person: "Rachel Harlow Show".)
    if (words.length < 3 || words.length > 4 || !isFirstName(words[0]) || COMMON_WORDS.has(words[words.length - 1].toLowerCase()) || ORG_WORDS.has(words[words.length - 1].toLowerCase())) continue;
    for (let i = 1; i < words.length - 1; i++) {
      // (Or a nickname in quotation marks, a given name or not: "Dickie" of 'Harold "Dickie" Vell'.)
      const nick = /^["“‘']\p{Lu}\p{Ll}+["”’']$/u.test(words[i]);
      const w = nick ? words[i].slice(1, -1) : words[i];
      if (!nick && (!/^\p{Lu}\p{Ll}+$/u.test(w) || isFirstName(w) || NAME_PARTICLES.has(w.toLowerCase()) || isKnownPlace(w))) continue;
      if (nick) nicknames.add(w);
      out.set(w, out.has(w) && out.get(w) !== b ? null : b);
    }
  }
  return out;
}

/** Names of two words or more, their spaces and marks dropped, in lower case: the entity, or null where two have it; filled as handles are met. */
interface HandleIndex { readonly map: Map<string, Builder | null>; indexed: number }

/**
 * The one entity named before whose name, its spaces and marks dropped, is the handle `name`
 * (any case); else undefined. Each entity is indexed once, on the first handle met after it
 * (linear in the entities and the handles).
 */
function handleOf(st: Merge, h: HandleIndex, name: string): Builder | undefined {
  for (; h.indexed < st.builders.length; h.indexed++) {
    const b = st.builders[h.indexed];
    if (!b.name.includes(' ')) continue;
    const key = lowerWord(b.name).replace(/[^\p{L}\p{N}]+/gu, '');
    h.map.set(key, h.map.has(key) && h.map.get(key) !== b ? null : b);
  }
  return h.map.get(lowerWord(name)) ?? undefined;
}

/** Titles of rulers and royals, who are named by the title and the first name after the full name. */
const ROYAL_TITLES = new Set(['sheikh', 'sheikha', 'prince', 'princess', 'emir', 'sultan', 'crown prince', 'king', 'queen']);

/** The one person named in full before with the title `role`, whose name opens with `first`; else undefined. */
function royalNamed(st: Merge, first: string, role: string): Builder | undefined {
  let found: Builder | undefined;
  const title = lowerWord(role);
  for (const b of st.builders) {
    if (b.type !== 'person' || !b.name.startsWith(`${first} `) || b.role === null || lowerWord(b.role) !== title) continue;
    if (found && found !== b) return undefined;
    found = b;
  }
  return found;
}

/**
 * "the Coastal Protection Society" and, before or after it, "Society director Noa Ben-Ami", "the
 * Society said": a body's word alone ("Society", "Trust", "Authority") is the one body the
 * article names with it last. Not where two bodies end in it ("Harlow Council", "the Security
 * Council"): no entry.
 */
function bodiesByLastWord(sorted: readonly Candidate[], text: string, tokens: EntityContext['tokens']): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const c of sorted) {
    if (c.type !== 'organization' || c.end - c.start < 2) continue;
    const last = tokens[c.end - 1];
    if (!ORG_WORDS.has(last.lower) || last.text === last.lower) continue;
    // (Not a name that goes on in lower case, "the Commons Treasury committee": the body is the
    // committee, and "a Treasury spokesperson" speaks for another.)
    const after = tokens[c.end];
    if (after && after.kind === 'word' && after.text === after.lower && ORG_WORDS.has(after.lower)) continue;
    const full = text.slice(tokens[c.start].start, last.end);
    const seen = out.get(last.text);
    if (seen === undefined) out.set(last.text, full);
    else if (seen !== full) shared.add(last.text);
  }
  for (const w of shared) out.delete(w);
  return out;
}

/**
 * "Magna International Inc" and later "Magna": a company's short name, however it reads alone
 * (the key of the short name -> the full name). A trade's word ("Velcor Systems", "Tarvik
 * Airlines") makes a short name too where the short name is no place, nation, first name or
 * everyday word: those go in `byTrade`, which a place's mention does not join.
 */
function companiesByShortName(st: Merge, sorted: readonly Candidate[]): { companyByShort: Map<string, string>; byTrade: Set<string> } {
  const { text, tokens } = st.ctx;
  const companyByShort = new Map<string, string>();
  const byTrade = new Set<string>();
  for (const c of sorted) {
    if (c.type !== 'organization' || c.end - c.start < 2) continue;
    let e = c.end;
    // (And the comma before a legal form: "Velcor, Inc.", later "Velcor".)
    while (e - 1 > c.start && (CORPORATE_SUFFIXES.has(tokens[e - 1].text) || (tokens[e - 1].text === ',' && e < c.end))) e--;
    let trade = false;
    // ("Velmora Athletic", then "the Velmora boss": in a sports report a club of two words is
    // its first alone, as a trade's company is; not after "in".)
    const club = st.ctx.sportsDoc && e === c.end && c.end - c.start === 2 && CLUB_LAST.has(tokens[c.end - 1].lower) && !COMMON_WORDS.has(tokens[c.start].lower);
    if (club) { e--; trade = true; } else if (e === c.end) {
      while (e - 1 > c.start && COMPANY_TRADES.has(tokens[e - 1].text)) e--;
      const first = tokens[c.start].text;
      if (e === c.end || e - c.start > 2 || isKnownPlace(first) || isNation(first) || isFirstName(first) || COMMON_WORDS.has(tokens[c.start].lower)) continue;
      trade = true;
    }
    const short = keyOf(text.slice(tokens[c.start].start, tokens[e - 1].end));
    if (companyByShort.has(short)) continue;
    companyByShort.set(short, text.slice(tokens[c.start].start, tokens[c.end - 1].end));
    if (trade) byTrade.add(short);
  }
  return { companyByShort, byTrade };
}

export const companyShortName = {
  id: 'company-short-name',
  description: 'A company\'s name without its legal form or its trade ("Velcor" after "Velcor Systems" or "Velcor, Inc.") is the company, however it reads alone; not a place after "in", nor a short name that is a place, a nation, a first name or an everyday word.',
  examples: [
    { text: 'Shares in Velcor Systems fell on Thursday. Velcor said demand had weakened.', name: 'Velcor', type: 'organization' as const },
    { text: 'Tarvik Airlines cut four routes. Tarvik said fuel costs were to blame.', name: 'Tarvik', type: 'organization' as const },
    // (After a legal form of Australia, India or Singapore too: "Pty Ltd", "Pvt Ltd", "Pte Ltd".)
    { text: 'Harlow Ferries Pty Ltd was fined on Friday. Harlow Ferries said it had replaced the ramp.', name: 'Harlow Ferries', type: 'organization' as const },
    // (A club of two words in a sports report, by its first.)
    { text: 'Velmora Athletic 2-1 Harlow Town\n\nTarun Okeke scored twice in the second half as Velmora Athletic beat Harlow Town in the league on Saturday. Velmora boss Karim Nasser praised his defence after the match.', name: 'Velmora', type: 'organization' as const },
  ],
};

export const spelledOutInitials = {
  id: 'spelled-out-initials',
  description: 'Initials in brackets right after an organisation\'s or a place\'s name are that name: "the Harbour Safety Board (HSB)", and every later "HSB", are one entity (or a word its words\' first letters spell, "the Quarle Area Taxi Council (Quatco)"); so are an organisation\'s initials alone where the article names one body in full with them, before or after ("the Institute for Fiscal Studies ... the IFS"; initials a list knows only after the name in full).',
  examples: [
    { text: 'The Harbour Safety Board (HSB) met on Monday. HSB inspectors will return in May.', name: 'HSB', type: 'organization' as const },
  ],
};

/** Small words a name's initials skip: "Ministry of Defence (MoD)", "Bank for International Settlements (BIS)". */
export const INITIALS_SKIP = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'der', 'van', '&']);

/**
 * Initials written in brackets right after a name ("Harbour Safety Board (HSB)"): the key of
 * the initials -> the key of the name, where the initials are the first letters of the name's
 * words (small words may be skipped).
 */
function spelledOut(st: Merge, sorted: readonly Candidate[]): Map<string, string> {
  const { text, tokens } = st.ctx;
  const out = new Map<string, string>();
  // (The names by where they end, indexed only for an article that brackets a word.)
  let endingAt: Map<number, Candidate> | undefined;
  for (const c of sorted) {
    if (c.end - c.start !== 1 || c.start < 2 || tokens[c.start - 1].text !== '(' || tokens[c.end]?.text !== ')') continue;
    endingAt ??= new Map(sorted.filter((x) => x.end - x.start >= 2).map((x) => [x.end, x]));
    const full = endingAt.get(c.start - 1);
    if (!full) continue;
    const initials = tokens[c.start].text.replace(/\./g, '');
    if (initials.length < 2 || initials.length > 8) continue;
    const all: string[] = [];
    const big: string[] = [];
    // ("HPP Youth League (HPPYL)": a word in capitals gives all its letters.)
    const whole: string[] = [];
    for (let k = full.start; k < full.end; k++) {
      const w = tokens[k].text;
      if (tokens[k].kind !== 'word') continue;
      all.push(w.charAt(0));
      if (!INITIALS_SKIP.has(tokens[k].lower)) { big.push(w.charAt(0)); whole.push(w.length <= 5 && /^\p{Lu}{2,}$/u.test(w) ? w : w.charAt(0)); }
    }
    const up = initials.toUpperCase();
    // ("the Welsh Harbour Standards Authority (HSA)": a nationality or a place opening the name
    // may give no letter.)
    const first = tokens[full.start];
    const unspelledFirst = big.length > 2 && (DEMONYMS.has(first.lower) || isKnownPlace(first.text)) && big.slice(1).join('').toUpperCase() === up;
    if (!unspelledFirst && big.join('').toUpperCase() !== up && all.join('').toUpperCase() !== up && whole.join('').toUpperCase() !== up && !(/\p{Ll}/u.test(initials) && syllableInitials(tokens, full.start, full.end, up))) continue;
    out.set(keyOf(tokens[c.start].text), keyOf(text.slice(tokens[full.start].start, tokens[full.end - 1].end)));
  }
  return out;
}

/**
 * A word in brackets written from the first letters of each of the name's words, one letter or
 * more of each, as a word is read: "the South African National Taxi Council (Santaco)", "the
 * Office of Communications (Ofcom)"; the name's small words may be skipped. Only a word in mixed
 * case reads so (initials in capitals are read letter by letter above).
 */
function syllableInitials(tokens: EntityContext['tokens'], a: number, b: number, up: string): boolean {
  const words: string[] = [];
  for (let k = a; k < b; k++) if (tokens[k].kind === 'word') words.push(tokens[k].text.toUpperCase());
  if (words.length < 2 || up.length < words.length) return false;
  const memo = new Map<number, boolean>();
  const from = (i: number, j: number): boolean => {
    if (i === words.length) return j === up.length;
    const key = i * 64 + j;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let ok = INITIALS_SKIP.has(words[i].toLowerCase()) && from(i + 1, j);
    for (let l = 1; !ok && l <= 3 && j + l <= up.length && words[i].startsWith(up.slice(j, j + l)); l++) ok = from(i + 1, j + l);
    memo.set(key, ok);
    return ok;
  };
  return from(0, 0);
}


/** The surnames named alone after both a man's title and a woman's ("Mr Okeke", "Mrs Okeke"). */
function surnamesTitledBoth(sorted: readonly Candidate[], text: string, tokens: EntityContext['tokens']): Set<string> {
  const seen = new Map<string, string>();
  const both = new Set<string>();
  for (const c of sorted) {
    if (c.end - c.start !== 1 || !c.gender || c.rule !== 'titled-person') continue;
    const name = text.slice(tokens[c.start].start, tokens[c.end - 1].end);
    const g = seen.get(name);
    if (g === undefined) seen.set(name, c.gender);
    else if (g !== c.gender) both.add(name);
  }
  return both;
}

/** Merges the body's candidates into entities (builders), mention by mention. */
export function mergeCandidates(ctx: EntityContext, candidates: readonly Candidate[]): Merge {
  const st: Merge = { ctx, builders: [], byKey: new Map(), tokenEntity: new Int32Array(ctx.n).fill(-1) };
  const { text, tokens, sportsDoc } = ctx;
  const { byKey } = st;
  const sorted = [...candidates].sort((x, y) => x.start - y.start);
  // Runs with no evidence but capitals merge last: they only join entities named otherwise.
  const ordered = [...sorted.filter((c) => !c.weak), ...sorted.filter((c) => c.weak)];
  const { bySurname, shared, couples } = peopleBySurname(st, sorted);
  // (Surnames the article gives both a man's and a woman's title: "Mr Okeke" and "Mrs Okeke" are two people.)
  const titledBoth = surnamesTitledBoth(sorted, text, tokens);
  const byFirstName = peopleByFirstName(st);
  const byFamilyFirst = peopleByFamilyFirst(st);
  const nicknames = new Set<string>();
  const byMiddle = peopleByMiddleName(st, nicknames);
  const byShortened = peopleByShortened(st);
  const { companyByShort, byTrade } = companiesByShortName(st, sorted);
  const bodyByLastWord = bodiesByLastWord(sorted, text, tokens);
  const initials = spelledOut(st, sorted);
  const handles: HandleIndex = { map: new Map(), indexed: 0 };
  for (const c of ordered) {
    const name = text.slice(tokens[c.start].start, tokens[c.end - 1].end);
    // (What is said of a company, "Velcor's shares", joins it too; a place after "in" or "near",
    // "in Velcor", not a company named by its trade; "at Velcor" does.)
    const short = c.strength < 3 || c.type === 'organization' ? companyByShort.get(keyOf(name)) : undefined;
    const placed = c.type === 'place' && c.start > 0 && STRONG_LOCATIVE.has(tokens[c.start - 1].lower);
    const full = (short !== undefined && !(placed && byTrade.has(keyOf(name))) ? short : undefined) ??
      (c.strength < 3 && c.end - c.start === 1 ? bodyByLastWord.get(name) : undefined);
    if (full) {
      let cb = byKey.get(keyOf(full));
      if (!cb) cb = newBuilder(st, full, 'organization', 2, c.start, keyOf(full), 'company-short-name');
      if (cb.type === 'organization') {
        if (name !== cb.name) cb.aliases.add(name);
        addMention(st, cb, c.start, c.end, 'name');
        continue;
      }
    }
    // In a sports report a city is its club, except where the report names the place itself
    // ("in Cleveland"): two entities.
    const key = (sportsDoc && c.type === 'place' && !isNation(name) ? 'place:' : '') + keyOf(name);
    let b = byKey.get(key);
    let kind: MentionKind = 'name';
    // ("Ahmad Faizal" after "Ahmad Faizal Rahman", "Nana Duah" after "Nana Kwaku Duah II": two
    // words that open, or open and close, one person's longer name are that person.)
    const shorter = c.type === 'person' && c.end - c.start === 2 ? byShortened.get(key) : undefined;
    if (shorter) { b = shorter; kind = 'alias'; }
    // ("Washington said" after "Rep. Dana Washington", with a dateline "WASHINGTON": a place's
    // name that is the surname of someone named in full, speaking, is that person.)
    if (c.type === 'place' && c.end - c.start === 1 && SPEECH_VERBS.has(tokens[c.end]?.lower ?? '')) {
      const person = bySurname.get(name);
      if (person && !shared.has(name)) { b = person; kind = 'surname'; }
    }
    // ("Harbour Safety Board (HSB)": the initials name the organisation or place they spell.)
    if (!b && initials.size) {
      const full = initials.get(key);
      const fb = full === undefined ? undefined : byKey.get(full);
      if (fb && fb.type !== 'person') { byKey.set(key, fb); b = fb; kind = 'alias'; }
    }
    // ("@HarlowRovers" after "Harlow Rovers": a social media handle that writes a name named
    // before without its spaces is that name.)
    if (!b && c.end - c.start === 1 && c.start > 0 && tokens[c.start - 1].text === '@' && tokens[c.start - 1].end === tokens[c.start].start) {
      const handle = handleOf(st, handles, name);
      if (handle) { b = handle; kind = 'alias'; }
    }
    if (!b && c.end - c.start === 1) {
      // ("Al-Harthy" opening a sentence: "al-Harthy" after "Tariq bin Saeed".)
      const person = bySurname.get(name) ?? (/^\p{Lu}\p{Ll}{1,2}-\p{Lu}/u.test(name) ? bySurname.get(name.charAt(0).toLowerCase() + name.slice(1)) : undefined)
        // ("Sisi said" after "Abdel Fattah el-Sisi": the family name without its particle.)
        ?? (/^\p{Lu}\p{Ll}/u.test(name) ? bySurname.get(`el-${name}`) ?? bySurname.get(`al-${name}`) : undefined)
        // ("RUIZ:" labelling a transcript's turn after "Dana Ruiz": a surname in capitals before a
        // colon, however typed; not "WASHINGTON" in a dateline, nor initials, "PAC".)
        ?? (name.length > 2 && tokens[c.end]?.text === ':' && /^\p{Lu}+$/u.test(name) ? bySurname.get(name.charAt(0) + lowerWord(name.slice(1))) : undefined);
      // A gazetteer name ("Canada") is a surname only of someone named with a title or a first name;
      // a surname after a title ("Mr Okeke") is a person's, and so the surname of the one named in full.
      // ("Mrs Okeke" is not "Tarun Okeke": a title's gender that disagrees names someone else.)
      if (person && !c.agency && (person.strength >= 2 || c.strength < 3 || (c.rule === 'titled-person' && !shared.has(name) && !titledBoth.has(name) && !genderClash(c, person)))) { b = person; kind = 'surname'; }
      // ("Mrs Brink" after "Dana and Tomas Brink", a couple, or after "Tomas Brink and Dana Brink":
      // the one of them whose gender the title's does not contradict.)
      const titled = shared.has(name) && !c.agency ? titledOfShared(st, c, name, couples.get(name)) : undefined;
      if (titled) { b = titled; kind = 'surname'; }
      // "Marta" after "Marta Vell": a first name alone is the one person of that first name.
      // ("Sheikh Rashid" after "Sheikh Rashid bin Karim Al Quarle", "Prince Tomas" after "Prince
      // Tomas Brink": a ruler's or a royal's title and the first name, the title the full name's.)
      const royal = !b && c.rule === 'titled-person' && !!c.role && ROYAL_TITLES.has(lowerWord(c.role)) ? royalNamed(st, name, c.role!) : undefined;
      if (royal) { b = royal; kind = 'alias'; }
      // (Not a web address's name: "Rob.net" is no Robert; a town's name too, "Leon is a quiet lad", not "in Leon".)
      // (A nation's name that is a given name too joins only where the article makes it someone's, "Jordan's father" after "Jordan Wells", or never uses it as a place, "Jordan is a huge part of this club".)
      const byFirst = !b && (c.rule === 'known-place' ? givenNameAlone(ctx, c.start, name) && (!isNation(name) || !placeUseOf(ctx, name)) : c.strength < 3 && (!isKnownPlace(name) || (isNation(name) && c.type === 'person' && c.strength >= 1))) && isFirstName(name) && !/^\.\p{L}/u.test(text.slice(tokens[c.end - 1].end, tokens[c.end - 1].end + 2)) ? byFirstName.get(name) : undefined;
      if (byFirst) { b = byFirst; kind = 'alias'; }
      // "Liu said" after "Liu Heping": the family name written first, where nobody has it last;
      // or a given name no list knows, "Ngozi" after "Ngozi Adebayo", wherever a default typed it
      // ("important to Ngozi" is no place).
      const family = !b && (c.type === 'person' ? c.strength < 3 : c.strength <= 1 && givenNameAlone(ctx, c.start, name)) ? byFamilyFirst.get(name) : undefined;
      if (family) { b = family; kind = 'surname'; }
      // ("Ms Tan" after "Tan Wei Ling": a title before the family name written first.)
      const titledFamily = !b && c.rule === 'titled-person' && EAST_ASIAN_SURNAMES.has(name) ? byFamilyFirst.get(name) : undefined;
      if (titledFamily && !genderClash(c, titledFamily)) { b = titledFamily; kind = 'surname'; }
      // ("Vennick said" after "Tomas Vennick Tarvo": a middle name the person goes by.)
      const middle = !b && (c.type === 'person' || (nicknames.has(name) && c.strength < 3)) && !shared.has(name) ? byMiddle.get(name) : undefined;
      if (middle && !genderClash(c, middle)) { b = middle; kind = 'surname'; }
    }
    // (A run with no evidence but capitals only names an entity the article names otherwise.)
    if (!b && c.weak) continue;
    if (!b) {
      b = newBuilder(st, name, c.type, c.strength, c.start, key, c.rule);
    // (A run no rule takes for a name only retypes a person, as a body: "Blue Lantern have".)
    } else if (kind === 'name' && c.strength > b.strength && b.type !== c.type && (!c.weak || b.type === 'person')) {
      b.type = c.type;
      b.strength = c.strength;
      b.rule = c.rule;
    }
    if (c.agency) b.agency = true;
    if (c.role && !b.role) b.role = c.role;
    if (c.gender && !b.gender) b.gender = c.gender;
    if ((kind === 'name' || kind === 'alias') && name !== b.name) b.aliases.add(name);
    if (kind === 'name' && b.type === 'person' && c.end - c.start === 1 && b.name.includes(' ')) kind = 'surname';
    addMention(st, b, c.start, c.end, kind);
  }
  return st;
}
