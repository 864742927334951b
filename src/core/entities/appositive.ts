// Appositive roles: "Mikhail Shmakov, head of the Independent Trade Unions Federation", and
// "the head of the Independent Trade Unions Federation, Mikhail Shmakov".
import { agentNoun, COMMON_CAPITALISED, COURTESY_TITLES, DEMONYMS, isKnownPlace, OFFICE_INITIALS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from '../lexicon/lexicon';
import type { Candidate, EntityContext } from './context';
import { HONORIFICS, TITLE_HEADS } from './words';
import { isAllCaps, isCapWord } from '../text/words';
import { titleWithin } from './tests';
import { RANKS } from './office-initials';

const POSSESSIVE = new Set(["'s", '’s']);
/** Words that join an owner's name before its possessive: "Nursing and Midwifery", "Bank of Velmora". */
const OWNER_JOINS = new Set(['and', 'of', '&', 'for']);
/** Words of a clause, never of an office's name: "has", "that", "said". */
const CLAUSE_WORDS = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'that', 'as', 'who', 'which', 'said', 'says', 'will', 'would']);
/** Words after an office that go on with it: "head of its technology division", "secretary for the elderly". */
const OFFICE_COMPLEMENTS = new Set(['of', 'for', 'on', 'at', 'in', 'to']);
/** What follows a noun for someone by what they do heading its phrase: a stop, "who", "and", or a preposition ("a physicist at ..."). */
const AGENT_FOLLOWERS = new Set([',', '.', ';', ')', 'who', 'and', 'of', 'at', 'for', 'with', 'from', 'in', 'on', 'to', 'working', 'based']);
/** Words no role ends with. */
const DANGLING = new Set(['of', 'in', 'for', 'at', 'on', 'to', 'with', 'and', 'or', 'the', 'a', 'an', 'by', 'from']);

/** A known place's name of two or three capitalised words from token j, before a possessive: how many words, or 0. */
function placeOfWords(ctx: EntityContext, j: number): number {
  const { tokens, text } = ctx;
  for (let w = 3; w >= 2; w--) {
    const e = j + w;
    if (e >= ctx.n || !POSSESSIVE.has(tokens[e].text)) continue;
    let caps = true;
    for (let k = j; k < e; k++) if (!isCapWord(tokens[k])) caps = false;
    if (caps && isKnownPlace(text.slice(tokens[j].start, tokens[e - 1].end))) return w;
  }
  return 0;
}

/** Verbs' auxiliaries: after a role's head they make a clause of it. */
const AUXILIARY_AFTER = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'do', 'does']);

export function appositiveAfter(ctx: EntityContext, end: number, orgAt?: Uint8Array): string | null {
  const { tokens, text, n } = ctx;
  if (end >= n || tokens[end].text !== ',') return null;
  let k = end + 1;
  const det = k < n ? tokens[k].lower : '';
  if (titledNameAt(ctx, k)) return null;
  if (det === 'the' || det === 'a' || det === 'an') k++;
  // Optional modifiers: "the Russian foreign minister", "a former senior official", and the
  // organisation the role is in, as the recognisers read it: "the Harbour Rovers manager",
  // "the Velcor Group's chief executive".
  let j = k;
  let head = -1;
  // (And after a determiner, up to two nouns in lower case that say what the office is of: "the
  // harbour chief", "the club captain".)
  let plain = 0;
  // (Within the name's sentence: not over a byline's "From Chidi Nwosu, Harlow" into the story.)
  const sentence = tokens[end - 1].sentence;
  while (j < n && j < k + 5 && tokens[j].sentence === sentence && (tokens[j].kind === 'word' || (j > k && POSSESSIVE.has(tokens[j].text)))) {
    if (tokens[j].kind !== 'word') { j++; continue; }
    // ("Dana Ruiz, South Africa's trade minister,": a place's name of two or three words, before its possessive.)
    const place = head < 0 && isCapWord(tokens[j]) ? placeOfWords(ctx, j) : 0;
    if (place > 1) { j += place; continue; }
    if (TITLE_HEADS.has(tokens[j].lower) || ROLE_NOUNS.has(tokens[j].lower) || ((det === 'a' || det === 'an') && tokens[j].text.length >= 7 && agentNoun(tokens[j].text) && AGENT_FOLLOWERS.has(tokens[j + 1]?.lower ?? ''))) head = j;
    else if (!(DEMONYMS.has(tokens[j].lower) || TITLE_WORDS.has(tokens[j].lower) || isKnownPlace(tokens[j].text) || (head < 0 && !!orgAt?.[j] && isCapWord(tokens[j])))) {
      if (head < 0 && det === 'the' && plain < 2 && /^\p{Ll}{3,}$/u.test(tokens[j].text) && !DANGLING.has(tokens[j].lower) && !SPEECH_VERBS.has(tokens[j].lower)) plain++;
      else break;
    }
    j++;
  }
  if (head < 0) return null;
  // (A clause is no apposition: "After the crash that killed Tomas Brink, investigators are questioning two drivers" gives no role.)
  if (head + 1 < n && AUXILIARY_AFTER.has(tokens[head + 1].lower)) return null;
  // (Such a plain office ends at its head: "the harbour chief, said".)
  if (plain > 0 && !(head + 1 < n && (tokens[head + 1].text === ',' || tokens[head + 1].text === '.' || SPEECH_VERBS.has(tokens[head + 1].lower)))) return null;
  // Extend to the next comma, period or clause.
  let e = head + 1;
  while (e < n && e < head + 14 && tokens[e].sentence === sentence) {
    const t = tokens[e];
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '&' && t.text !== "'s" && t.text !== '’s') break;
    if (t.kind === 'word' && (t.lower === 'who' || t.lower === 'which' || SPEECH_VERBS.has(t.lower))) break;
    e++;
  }
  if (e >= n || !(tokens[e].text === ',' || tokens[e].text === '.' || tokens[e].text === ')' || tokens[e].text === ';' || SPEECH_VERBS.has(tokens[e].lower) || tokens[e].lower === 'who')) return null;
  // (A role ends in a word of its own, not in "of" or "in" left over from a phrase cut short.)
  while (e - 1 > head && DANGLING.has(tokens[e - 1].lower)) e--;
  return text.slice(tokens[k].start, tokens[e - 1].end);
}

/** Prepositions that open a phrase before a name's comma, no apposition: "With the medic on the line, Ruiz ...", "Minutes after the mayor cut the ribbon, Ruiz ...". */
const PHRASE_PREPOSITIONS = new Set(['with', 'without', 'like', 'unlike', 'after', 'before', 'despite', 'for', 'against', 'beside', 'behind', 'alongside']);

/** Prepositions that open a sentence's phrase: "In a letter to the minister, ...", "At a rally for the mayor, ...". */
const OPENING_PREPOSITIONS = new Set([...PHRASE_PREPOSITIONS, 'in', 'at', 'on', 'to', 'from', 'during', 'under', 'following', 'amid', 'inside', 'outside',
  'over', 'through', 'throughout', 'since', 'until', 'by', 'as', 'of', 'about', 'speaking', 'writing']);

/** The words before `k` back to punctuation (or `limit`) start with a capitalised preposition: the sentence opens with a phrase. */
function openedByPreposition(ctx: EntityContext, k: number, limit: number): boolean {
  let j = k;
  while (j - 1 >= limit && (ctx.tokens[j - 1].kind !== 'punct' || POSSESSIVE.has(ctx.tokens[j - 1].text))) j--;
  if (j - 1 >= limit && ctx.tokens[j - 1].text === ',') return false;
  return j < k && OPENING_PREPOSITIONS.has(ctx.tokens[j].lower) && /^\p{Lu}/u.test(ctx.tokens[j].text);
}

/** The word after a name's end is a lower-case word, no comma: the name is its clause's subject ("..., Ruiz told reporters"). */
const subjectAt = (ctx: EntityContext, end: number): boolean => end < ctx.n && ctx.tokens[end].kind === 'word' && ctx.tokens[end].text === ctx.tokens[end].lower;

/** Most words of a role an indefinite determiner opens. */
const PLAIN_ROLE_WORDS = 5;

/** tokens[a, b) are a few words in lower case, none a clause's or a list's ("community manager", "retired postman"). */
function plainRole(ctx: EntityContext, a: number, b: number): boolean {
  if (b - a > PLAIN_ROLE_WORDS) return false;
  for (let j = a; j < b; j++) {
    const t = ctx.tokens[j];
    if (t.kind !== 'word' || t.text !== t.lower || CLAUSE_WORDS.has(t.lower) || t.lower === 'and' || t.lower === 'or') return false;
  }
  return true;
}

export function appositiveBefore(ctx: EntityContext, start: number, end = start): string | null {
  const { tokens, text } = ctx;
  if (start < 2 || tokens[start - 1].text !== ',') return null;
  // Walk back to a determiner followed by a role head, without crossing punctuation.
  let k = start - 2;
  const limit = Math.max(0, start - 14);
  let headAt = -1;
  // (The last head word: the role ends there, or goes on with its "of", "for" ... phrase; "The
  // minister bought a new car last week, Dana Ruiz said" holds no role.)
  let lastHead = -1;
  const endsAtHead = (): boolean => lastHead === start - 2 || OFFICE_COMPLEMENTS.has(tokens[lastHead + 1]?.lower ?? '');
  while (k >= limit && (tokens[k].kind !== 'punct' || POSSESSIVE.has(tokens[k].text))) {
    const w = tokens[k].lower;
    if ((TITLE_HEADS.has(w) || ROLE_NOUNS.has(w)) && k > 0) { headAt = k; if (lastHead < 0) lastHead = k; }
    // ("the Chief Press Secretary to the Governor, Mr Ibrahim Musa,": a head after "to", "of" or
    // "for" is whom the office serves; the office is further back.)
    if (w === 'the' && headAt > k && k - 2 >= limit && /^(?:to|of|for)$/.test(tokens[k - 1].lower) && (TITLE_HEADS.has(tokens[k - 2].lower) || ROLE_NOUNS.has(tokens[k - 2].lower))) { k--; continue; }
    // ("The pub reopened in June under a community manager, Sian Rowlands": an indefinite
    // determiner opens the role too, unless the role is of someone's, "the wife of a farmer".)
    // (A few words in lower case, no clause's or list's: not "a direct appeal to voters inclined to
    // support Mr Brink".)
    if ((w === 'a' || w === 'an') && headAt > k && !/^(?:of|for|to)$/.test(tokens[k - 1]?.lower ?? '')) return plainRole(ctx, k + 1, start - 1) ? text.slice(tokens[k + 1].start, tokens[start - 2].end) : null;
    if ((w === 'the' || w === 'its' || w === 'his' || w === 'her' || w === 'our' || w === 'their') && headAt > k) {
      // ("With the medic on the line guiding him, Tomas Brink ...": a phrase opening the sentence
      // with a preposition is no apposition; "a meeting with the head of the union, Anil Rao," is.)
      // ("Minutes after the mayor cut the ribbon, Ruiz told ...": nor one whose name
      // goes on as its clause's subject.)
      if (k > 0 && PHRASE_PREPOSITIONS.has(tokens[k - 1].lower) && (/^\p{Lu}/u.test(tokens[k - 1].text) || subjectAt(ctx, end))) return null;
      // ("In a letter to the Prime Minister, Mr Brady wrote ...": nor a phrase opening the sentence
      // with a preposition further back, where the name goes on as its clause's subject.)
      if (subjectAt(ctx, end) && openedByPreposition(ctx, k, limit)) return null;
      if (!endsAtHead()) return null;
      return text.slice(tokens[k + 1].start, tokens[start - 2].end);
    }
    // ("Velcor's chief operating officer, Tomas Brink,": the owner's possessive, after its name,
    // opens the office as a determiner would, the owner with it.)
    // ("The utility's spokesperson,": or a noun for a body after "the".)
    // (An office of a few words, no clause: not "Ruiz's campaign has argued that as voters ...".)
    // (Its last office word closes the phrase or opens "of", "for" ...: not "Harlow's old hall with
    // Mayor Dana Ruiz by her side".)
    if (POSSESSIVE.has(tokens[k].text)) {
      let last = -1;
      for (let j = k + 1; j < start - 1; j++) {
        if (CLAUSE_WORDS.has(tokens[j].lower)) return null;
        if (TITLE_HEADS.has(tokens[j].lower) || ROLE_NOUNS.has(tokens[j].lower)) last = j;
      }
      if (last < 0 || !(last === start - 2 || OFFICE_COMPLEMENTS.has(tokens[last + 1].lower))) return null;
      let o = k - 1;
      // ("The Harlow Nursing and Midwifery Federation's state secretary": the owner's name may
      // join its words with "and", "of" or "&".)
      // (Not past the sentence's start: a headline's last word above it is no part of the owner.)
      while (o >= limit && tokens[o].sentence === tokens[k].sentence && ((isCapWord(tokens[o]) && !COMMON_CAPITALISED.has(tokens[o].lower)) || (OWNER_JOINS.has(tokens[o].text) && o - 1 >= limit && o < k - 1 && isCapWord(tokens[o - 1])))) o--;
      // ("New Zealand's trade minister": an everyday capitalised word opening a place's name is the place's.)
      if (o >= limit && o < k - 1 && isCapWord(tokens[o]) && tokens[o].sentence === tokens[k].sentence && isKnownPlace(text.slice(tokens[o].start, tokens[k - 1].end))) o--;
      if (o === k - 1 && o > 0 && tokens[o].kind === 'word' && tokens[o - 1].lower === 'the') o--;
      return headAt > k && o < k - 1 ? text.slice(tokens[o + 1].start, tokens[start - 2].end) : officeOpening(ctx, start);
    }
    k--;
  }
  return officeOpening(ctx, start);
}

/**
 * An office opening the sentence, with no determiner, before a name between commas: "Harlow
 * State Governor, Mr Karim Nasser, said" (capitalised words ending in the office) or "Chairman
 * of the traders' association, Chief Rhys Colby, said" (the office, "of" and its body).
 */
function officeOpening(ctx: EntityContext, start: number): string | null {
  const { tokens, text, n } = ctx;
  const comma = start - 1;
  // (The office is all the sentence holds before the comma, at most a dozen tokens.)
  const first = ctx.structure.sentences[tokens[start].sentence].firstToken;
  if (comma - first < 1 || comma - first > 12) return null;
  // (The appositive closes: a comma after the name, within a few words.)
  let j = start;
  while (j < n && j < start + 6 && tokens[j].kind !== 'punct') j++;
  if (tokens[j]?.text !== ',') return null;
  const last = tokens[comma - 1];
  const lead = tokens[first];
  // "Harlow State Governor": capitalised words ending in the office.
  if (isOffice(last) && isCapWord(last)) {
    let k = first;
    while (k < comma && isCapWord(tokens[k])) k++;
    if (k === comma) return text.slice(lead.start, last.end);
  }
  // "Chairman of the traders' association": the office, "of", and words in capitals or lower case.
  if (isOffice(lead) && isCapWord(lead) && tokens[first + 1].lower === 'of') {
    for (let k = first + 2; k < comma; k++) if (tokens[k].kind === 'word' && !isCapWord(tokens[k]) && !/^\p{Ll}+$/u.test(tokens[k].text)) return null;
    return text.slice(lead.start, last.end);
  }
  return null;
}

/** A word heading an office or a role: "Governor", "chairman". */
const isOffice = (t: { lower: string }): boolean => TITLE_HEADS.has(t.lower) || ROLE_NOUNS.has(t.lower);

/** Titles of courtesy or degree, no office: "Mr", "Dr", "Prof", "Comrade", "Engr.", "Alhaji". */
const COURTESY = new Set([...HONORIFICS, ...COURTESY_TITLES, 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'rev', 'rev.', 'chief', 'advocate']);

/**
 * A courtesy title and a name, and nothing more, up to the next comma or stop: "Quarle North,
 * Hon. Dapo Ilesanmi, said" names someone after the comma, no office of the name before it. (Not
 * "Tomas Brink, Dr Ruiz's lawyer,": the name there goes on to a role.)
 */
function titledNameAt(ctx: EntityContext, k: number): boolean {
  const { tokens, n } = ctx;
  if (k >= n || !COURTESY.has(tokens[k].lower) || !isCapWord(tokens[k + 1]) || TITLE_WORDS.has(tokens[k + 1].lower)) return false;
  let j = k + 1;
  while (j < n && j < k + 6 && isCapWord(tokens[j])) j++;
  return j >= n || tokens[j].text === ',' || tokens[j].text === '.' || SPEECH_VERBS.has(tokens[j].lower);
}

/** A role that is only such titles ("Dr", "Mr."): an appositive may still give the person's office. */
function courtesyOnly(role: string): boolean {
  // (Or a rank by its initials alone, "ACP", "DSP": the office in apposition says more.)
  return role.split(' ').every((w) => COURTESY.has(w.toLowerCase())) || rankInitials(role);
}

/** An office or a rank by its initials, in capitals: "ACP", "DSP", "SHO". */
const rankInitials = (w: string): boolean => /^\p{Lu}{2,4}$/u.test(w) && OFFICE_INITIALS.has(w.toLowerCase());

/** Gives each person named without a title, or with a courtesy title only, the role an appositive gives them. */
export function addAppositiveRoles(ctx: EntityContext, candidates: readonly Candidate[]): void {
  // (The tokens of the runs read as organisations: the only capitalised words an appositive
  // role may hold before its head.)
  const orgAt = new Uint8Array(ctx.n);
  for (const c of candidates) if (c.type === 'organization') orgAt.fill(1, c.start, c.end);
  for (const c of candidates) {
    if (c.type !== 'person' || (c.role && !courtesyOnly(c.role))) continue;
    // ("The Governor of Harlow State, Dr Tarun Okeke,": a courtesy title between the comma and
    // the name gives no role; the appositive before it does.)
    let start = c.start;
    while (start > 0 && start > c.start - 2 && (COURTESY.has(ctx.tokens[start - 1].lower) || rankInitials(ctx.tokens[start - 1].text))) start--;
    const after = appositiveAfter(ctx, c.end, orgAt);
    const before = after ?? appositiveBefore(ctx, start, c.end);
    if (before) c.role = before;
  }
}

/** Most words of an office before its initials in brackets: "Inspector General of Police". */
const BRACKETED_OFFICE_WORDS = 6;

/**
 * "Additional Attorney General (AAG) Karim Nasser", "Inspector General of Police (IGP) Tomas
 * Brink": an office, its initials in brackets, then the person holding it. The office is the
 * person's role, and neither it nor its initials is an entity of its own (each had been an
 * organisation). The initials are the capitals of the office's words, in order, and the office's
 * last word a title's. Bounded: a few tokens back per person.
 * (Or the zone or branch the office serves, one or two capitalised words in brackets, as South
 * Asian copy writes a police office: "Deputy Commissioner of Police (East) Priya Menon"; the
 * role keeps the bracket.)
 */
export function addBracketedOfficeRoles(ctx: EntityContext, candidates: Candidate[]): void {
  const { tokens, text } = ctx;
  let dropped: Uint8Array | null = null;
  for (const c of candidates) {
    const k = c.start;
    if (c.type !== 'person' || c.role || k < 5 || tokens[k - 1].text !== ')') continue;
    const open = tokens[k - 3].text === '(' ? k - 3 : tokens[k - 4]?.text === '(' ? k - 4 : -1;
    if (open < 1) continue;
    const initials = open === k - 3 ? tokens[k - 2].text : '';
    const zone = !/^\p{Lu}{2,6}$/u.test(initials);
    if (zone && !tokens.slice(open + 1, k - 1).every((t) => isCapWord(t) && !isAllCaps(t.text))) continue;
    // (Back over the office's words, capitalised or "of" and "the", until its capitals spell the
    // initials; before a zone, over all of them.)
    let caps = '';
    let a = open;
    while (a > 0 && a > open - BRACKETED_OFFICE_WORDS && (zone || caps.length < initials.length)) {
      const t = tokens[a - 1];
      if (isCapWord(t)) caps = t.text.charAt(0) + caps;
      else if (t.lower !== 'of' && t.lower !== 'the') break;
      a--;
    }
    // (Before a zone the office opens at its first title word: "Harlow Police Deputy Commissioner (East)";
    // or at a rank before one, "Senior Superintendent of Police (Rural)".)
    while (zone && a < open && !TITLE_WORDS.has(tokens[a].lower) && !(RANKS.has(tokens[a].lower) && TITLE_WORDS.has(tokens[a + 1].lower))) a++;
    if ((!zone && caps !== initials) || a >= open || !isCapWord(tokens[a]) || !titleWithin(tokens, a, open)) continue;
    c.role = text.slice(tokens[a].start, zone ? tokens[k - 1].end : tokens[open - 1].end);
    (dropped ??= new Uint8Array(ctx.n)).fill(1, a, k - 1);
  }
  if (!dropped) return;
  // (The office's and the initials' own runs, inside the tokens dropped.)
  let w = 0;
  for (const c of candidates) if (c.type === 'person' || !dropped[c.start]) candidates[w++] = c;
  candidates.length = w;
}
