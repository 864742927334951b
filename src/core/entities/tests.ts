// Tests on tokens and runs of capitalised words that the recognisers share: known names,
// legal forms, a sentence's start, what is said of a company, an inverted attribution.
import { AGENCIES, agentNoun, headlinePassiveAt, COMMON_CAPITALISED, COMMON_WORD_NAMES, COMMON_WORDS, isFirstName, isKnownPlace, isNation, isPlainFirstName, KNOWN_ORGS, lowerWord, ORG_WORDS, PRE_NAME_TITLES, REPORTING, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, worldNameGender } from '../lexicon/lexicon';
import type { Token } from '../types';
import { isAllCaps, isCapWord } from '../text/words';
import type { EntityContext } from './context';
import { ADDRESS_PARTS, APPOSITIVE_BODIES, BODY_OFFICES, CODE, COMPANY_BACK_NOUNS, COMPANY_NOUNS, CORPORATE_SUFFIXES, DATE_START, EVENT_WORDS, FUNCTION_WORDS, LEGAL_FORMS, HONORIFICS, MEMBER_INITIALS, NOT_MODIFIERS, OPENING_MARKS, PERSONAL_HOLDINGS, PLACE_OFFICES, STREET_WORDS, TITLE_HEADS, WEEKDAYS } from './words';
import { codeAt, hasLineBreak } from '../text/strings';

/** The text of tokens [a, b). */
export const textOf = (ctx: EntityContext, a: number, b: number): string => ctx.text.slice(ctx.tokens[a].start, ctx.tokens[b - 1].end);

/**
 * A word of everyday English, however capitalised ("Man", "Nice", "Reading"): one the article
 * writes in lower case, a frequent word, or a first name that is a common word.
 */
export function everydayWord(ctx: EntityContext, w: string): boolean {
  const lw = lowerWord(w);
  return ctx.lowerVocab.has(lw) || COMMON_WORDS.has(lw) || COMMON_WORD_NAMES.has(w);
}

/** The pronoun "I" or a contraction of it ("I'm", "I'll", "I've", "I'd", "I's"), as written. */
export function isPronounI(w: string): boolean {
  return codeAt(w, 0) === 73 && (w.length === 1 || /^I['’](?:m|ve|ll|d|s)$/i.test(w));
}

/** A company's legal form among tokens a..b, in one capitalised run (`legal`: "Ltd", "Corp.", not "Group"). */
export function corporateWithin(ctx: EntityContext, a: number, b: number, legal = false): boolean {
  const { tokens } = ctx;
  for (let k = a; k < b; k++) {
    if (CORPORATE_SUFFIXES.has(tokens[k].text) && (!legal || LEGAL_FORMS.has(tokens[k].text))) return true;
    if (legal && !isCapWord(tokens[k])) return false;
  }
  return false;
}


/** "Bosnia and Herzegovina", "Trinidad and Tobago": a known name with "and" in it. */
export function joinedIsKnown(ctx: EntityContext, a: number, andAt: number): boolean {
  const { tokens, text, n } = ctx;
  for (let e = andAt + 2; e <= Math.min(andAt + 4, n); e++) {
    const s = text.slice(tokens[a].start, tokens[e - 1].end);
    if (isKnownPlace(s) || KNOWN_ORGS.has(s) || AGENCIES.has(s)) return true;
  }
  return false;
}

export function containsPlace(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, text } = ctx;
  for (let k = a; k < b; k++) {
    if (isKnownPlace(tokens[k].text) && !isFirstName(tokens[k].text)) return true;
    if (k + 1 < b && isKnownPlace(text.slice(tokens[k].start, tokens[k + 1].end))) return true;
  }
  return false;
}

/** Known organisations and agencies in one set (isKnownName asks both of every word). */
const ORGS_AND_AGENCIES: ReadonlySet<string> = new Set([...KNOWN_ORGS, ...AGENCIES]);

export function isKnownName(w: string): boolean {
  if (isKnownPlace(w) || ORGS_AND_AGENCIES.has(w)) return true;
  if (!(w.length > 3 && isAllCaps(w))) return false;
  const t = titleCase(w);
  return isKnownPlace(t) || AGENCIES.has(t);
}

/** "New York", "NEW ZEALAND": a run that opens with a known multi-word name. */
export function startsKnownName(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, text } = ctx;
  for (let e = Math.min(b, a + 4); e > a + 1; e--) {
    const span = text.slice(tokens[a].start, tokens[e - 1].end);
    if (isKnownName(span)) return true;
  }
  return false;
}

export function runHasOrgWord(ts: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ORG_WORDS.has(ts[k].lower)) return true;
  return false;
}

export function atSentenceStart(ctx: EntityContext, i: number, sentStart: number): boolean {
  const { tokens } = ctx;
  if (i === sentStart) return true;
  const prev = tokens[i - 1];
  return prev.kind === 'punct' && (OPENING_MARKS.has(prev.text) || prev.text === ':' || prev.text === '—' || prev.text === '-' || prev.text === '(');
}

export function inDatelinePlace(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, structure } = ctx;
  const dl = structure.dateline;
  if (!dl || tokens[a].start < dl.start || tokens[b - 1].end > dl.end || DATE_START.test(tokens[a].text) || WEEKDAYS.has(tokens[a].text)) return false;
  for (let k = a - 1; k >= 0 && tokens[k].start >= dl.start; k--) {
    if (tokens[k].kind === 'number' || tokens[k].text === '(' || tokens[k].text === '-' || tokens[k].text === '—' || tokens[k].text === '–') return false;
  }
  return true;
}

/** Verbs after "It" opening a sentence that make it a body speaking: "It said", "It warned". */
const BODY_SPEECH = new Set(['said', 'says', 'added', 'warned', 'expects', 'expected', 'plans', 'reported', 'confirmed', 'declined', 'announced', 'told', 'denied']);
/** And after "The company" too, its auxiliaries: "The company has ...". */
const BODY_BACK_VERBS = new Set([...BODY_SPEECH, 'has', 'had', 'is', 'was', 'will', 'would']);

/**
 * "its" follows token b in its clause, no verb of reporting between: "Velmart has agreed to buy
 * its smaller rival" (after one, "X said its profits", companyContext reads "its" at once; further
 * into what is said it may be anyone's). Bounded: six words, no capitalised one.
 */
export function itsAfter(tokens: EntityContext['tokens'], b: number): boolean {
  for (let k = b; k < Math.min(tokens.length, b + 6); k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || REPORTING.test(t.lower) || t.lower === 'that' || isCapWord(t)) return false;
    if (t.lower === 'its' || t.lower === 'itself') return k > b;
  }
  return false;
}

/**
 * A lone name at the start of a sentence that the next sentence refers back to as a company:
 * "Velcor has warned of further cuts. It said ..." or "... The utility said ...", with no other
 * capitalised name after it in its own sentence to be what "it" refers to; or that "its" refers
 * to in its own clause (itsAfter): "Velmart has agreed to buy its smaller rival".
 */
export function referredToAsBody(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, n } = ctx;
  const sentences = ctx.structure.sentences;
  const si = tokens[a].sentence;
  const s = sentences[si];
  const next = sentences[si + 1];
  // ("Velmart has agreed to buy its smaller rival": "its" in its own clause; not "Due to its ...",
  // a word before a preposition.)
  if (s && s.firstToken === a && b - a === 1 && tokens[a].end - tokens[a].start > 3 && !COMMON_WORDS.has(tokens[a].lower) && !ctx.lowerVocab.has(tokens[a].lower)
    && !isAllCaps(tokens[a].text) && !/^(?:to|of|for|in|on|at|with|from|by|as|and|or)$/.test(tokens[b]?.lower ?? '') && itsAfter(tokens, b)) return true;
  // (A name, not an everyday word or an interjection opening its sentence: "Somehow", "Alright".)
  if (!s || !next || s.firstToken !== a || next.firstToken >= n || s.endToken - b < 3 || COMMON_WORDS.has(lowerWord(tokens[a].text)) || isAllCaps(tokens[a].text)) return false;
  for (let k = b; k < s.endToken; k++) if (isCapWord(tokens[k])) return false;
  const f = next.firstToken;
  const w0 = tokens[f];
  if (w0.text === 'It') return f + 1 < n && BODY_SPEECH.has(tokens[f + 1].lower);
  return w0.text === 'The' && f + 2 < n && COMPANY_BACK_NOUNS.has(tokens[f + 1].lower) && BODY_BACK_VERBS.has(tokens[f + 2].lower);
}

export function companyContext(ctx: EntityContext, b: number): boolean {
  const { tokens, n } = ctx;
  if (b + 1 >= n) return false;
  const t1 = tokens[b].text;
  const possessive = t1 === "'s" || t1 === '’s';
  if (!possessive && !SPEECH_VERBS.has(lowerWord(t1))) return false;
  const t2 = tokens[b + 1].text;
  const t3 = tokens[b + 2]?.text ?? '';
  if (!possessive) return t2 === 'its' || (t2 === 'that' && t3 === 'its');
  return COMPANY_NOUNS.has(t2) || (t3 !== '' && !isCapWord(tokens[b + 1]) && /^[\w-]+$/.test(t2) && COMPANY_NOUNS.has(t3));
}

/**
 * The run and the one word after it are a whole line: a section's heading, "Key points",
 * "Editor's notes", where the word is a noun, not a speech verb.
 */
export function lineOfTwo(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, n, text } = ctx;
  if (b >= n || (a > 0 && !hasLineBreak(text, tokens[a - 1].end, tokens[a].start))) return false;
  return b + 1 === n || hasLineBreak(text, tokens[b].end, tokens[b + 1].start);
}

/** A name next to an attribution verb: `Burman said`, `Burman, 52, said`, `said Burman.` */
export function speaksHere(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, n } = ctx;
  const next = b < n ? tokens[b].lower : '';
  // ("Zvezda reported": outlets report too; only a first name makes that someone.)
  if (speechVerbAt(tokens, b) && next !== 'thought' && next !== 'felt' && next !== 'believed'
    && !((next === 'reported' || next === 'reports') && !isFirstName(tokens[a].text)) && !lineOfTwo(ctx, a, b)) return true;
  return namedByInversion(ctx, a, b);
}

/** Things added, not words: "Velcor added 200 jobs", "the new lines add a second shift". */
const ADDED_THINGS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'more', 'another', 'new', 'to', 'up', 'value', 'jobs', 'weight']);

/**
 * A verb of speech at token k, not one that takes a thing for its object: "add" before a
 * determiner, a number or "to" adds something ("Velcor added 200 jobs", "added to the
 * confusion"); "added that", "added:" and "added, " still speak.
 */
export function speechVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !SPEECH_VERBS.has(t.lower)) return false;
  // ("Velcor accused of dumping": a headline's passive, its subject spoken of.)
  if (headlinePassiveAt(tokens, k)) return false;
  // ("Rust Belt states underscored", "Gulf states that have ...": the plural noun, a verb after it.)
  if (t.lower === 'states' && statesNoun(tokens, k)) return false;
  if (t.lower !== 'add' && t.lower !== 'adds' && t.lower !== 'added' && t.lower !== 'adding') return true;
  const after = tokens[k + 1];
  return !(after && (after.kind === 'number' || ADDED_THINGS.has(after.lower)));
}

/** Words after "states" that make it a plural noun: its verb, or a relative clause's auxiliary after "that". */
const AFTER_STATES_NOUN = /^(?:are|were|have|had|has|is|was|will|would|could|should|can|may|might|must|do|did|and|or|in|of|with|where|which|who|to|like|such)$/;

/** "states" at k is the plural noun, not the verb: a verb or a preposition after it ("states underscored", "states in"), or "that" and an auxiliary. */
function statesNoun(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.kind !== 'word') return false;
  if (next.lower === 'that') return AFTER_STATES_NOUN.test(tokens[k + 2]?.lower ?? '');
  return AFTER_STATES_NOUN.test(next.lower) || (next.lower.endsWith('ed') && next.text === next.lower);
}

/** `said Burman.`, `asked Washington,`: the name an inverted attribution gives. */
export function namedByInversion(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, n } = ctx;
  const prev = a > 0 ? tokens[a - 1].lower : '';
  return (prev === 'said' || prev === 'says' || prev === 'added' || prev === 'wrote' || prev === 'asked') && (b >= n || tokens[b].kind === 'punct');
}

export function allShortCaps(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  for (let k = a; k < b; k++) if (tokens[k].text.length > 3 || !isAllCaps(tokens[k].text) || tokens[k].text.includes('.')) return false;
  return true;
}

export function hasCommonWord(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  for (let k = a; k < b; k++) if (COMMON_CAPITALISED.has(tokens[k].lower)) return true;
  return false;
}

export function hasOrgWord(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, text } = ctx;
  for (let k = a; k < b; k++) {
    const w = tokens[k].lower;
    if (ORG_WORDS.has(w) && !(w === 'united' && b - a === 2 && isKnownPlace(text.slice(tokens[a].start, tokens[b - 1].end)))) return true;
  }
  return false;
}

/** "Q2", "H1", "M3", "C-4", "FY96": a code (cheap checks first: it ends or starts with a digit, or reads FY). */
export function isCode(w: string): boolean {
  const last = codeAt(w, w.length - 1);
  const first = codeAt(w, 0);
  if (!(last >= 48 && last <= 57) && !(first >= 48 && first <= 57) && !(first === 70 && codeAt(w, 1) === 89)) return false;
  return CODE.test(w);
}

/** An event's last word, as written or in capitals: "Cup", "CUP". */
export function isEventWord(w: string): boolean {
  return EVENT_WORDS.has(w) || (w.length > 2 && isAllCaps(w) && EVENT_WORDS.has(titleCase(w)));
}

export function titleCase(s: string): string {
  // (One word opening with a letter of ASCII, the common case, "REUTERS": no expression to run.)
  const c = codeAt(s, 0);
  if (((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && !SPACE_OR_HYPHEN.test(s)) return String.fromCharCode(c & 0xdf) + s.slice(1).toLowerCase();
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
const SPACE_OR_HYPHEN = /[\s-]/;

/** Nouns for someone, beside the offices of ROLE_NOUNS: "an Australian woman", "a former deckhand". */
const SOMEONE = new Set(['man', 'woman', 'mother', 'father', 'grandmother', 'grandfather', 'widow', 'widower', 'girl', 'boy', 'teenager',
  'student', 'nurse', 'doctor', 'lawyer', 'teacher', 'farmer', 'resident', 'worker', 'actor', 'actress', 'singer', 'writer', 'artist', 'veteran']);

/** Words after a noun that heads its phrase: "a nurse and mother of two", "a woman who", "a teacher at". */
const HEAD_FOLLOWERS = new Set(['and', 'who', 'of', 'at', 'with', 'from', 'in', 'for', 'whose', 'said', 'says', 'told']);

/**
 * The name at tokens[..b) is described as someone in apposition: "Zarvela Dublin, an Australian
 * woman and former deckhand,", "Zarvela Dublin, 45," (an age). (Not "who": "an editor at Harlow
 * Weekly, who" is the editor.)
 */
export function describedAsPerson(tokens: readonly Token[], b: number): boolean {
  const n = tokens.length;
  if (b + 2 >= n || tokens[b].text !== ',') return false;
  const t = tokens[b + 1];
  if (t.kind === 'number' && /^\d{1,3}$/.test(t.text) && tokens[b + 2].text === ',') return true;
  if (t.lower !== 'a' && t.lower !== 'an') return false;
  for (let k = b + 2; k < Math.min(n, b + 6); k++) {
    const w = tokens[k];
    if (w.kind !== 'word') return false;
    // (The noun heads the phrase: "a nurse,", "a woman and former deckhand"; not "a general contractor".)
    const after = tokens[k + 1];
    if ((SOMEONE.has(w.lower) || ROLE_NOUNS.has(w.lower)) && (!after || after.kind === 'punct' || HEAD_FOLLOWERS.has(after.lower))) return true;
  }
  return false;
}

/** Words after a noun that heads its phrase: "a farmers' body,", "a group of fishermen", "a charity that". */
const BODY_HEAD_FOLLOWERS = new Set(['and', 'that', 'which', 'of', 'for', 'in', 'at', 'with', 'from', 'whose', 'said', 'says', 'based']);

/** Words that make a group a people or a class of people: "an ethnic group", "an age group". */
const PEOPLES_GROUPS = new Set(['ethnic', 'minority', 'tribal', 'indigenous', 'religious', 'racial', 'linguistic', 'age', 'income', 'risk', 'blood']);

/**
 * The name at tokens[..b) is described as a body in apposition: "X, a farmers' body,", "X, a
 * group of fishermen,", "X, the country's largest lender,": a determiner, up to six tokens, and a
 * noun for a body heading the phrase (not "a party member", "a member of the party").
 */
export function describedAsBody(tokens: readonly Token[], b: number): boolean {
  const n = tokens.length;
  if (b + 3 >= n || tokens[b].text !== ',' || !/^(?:a|an|the)$/.test(tokens[b + 1].lower)) return false;
  for (let k = b + 2; k < Math.min(n, b + 8); k++) {
    const w = tokens[k];
    if (w.kind !== 'word') {
      // (A possessive inside the phrase: "the country's", "farmers'".)
      if (w.text === "'s" || w.text === '’s' || w.text === "'" || w.text === '’') continue;
      return false;
    }
    // ("the Velmorans, a minority group,": a people, no body.)
    if (PEOPLES_GROUPS.has(w.lower)) return false;
    const after = tokens[k + 1];
    if (APPOSITIVE_BODIES.has(w.lower) && w.text === w.lower) return !after || (after.kind === 'punct' && after.text !== "'s" && after.text !== '’s') || BODY_HEAD_FOLLOWERS.has(after.lower);
    if (BODY_HEAD_FOLLOWERS.has(w.lower)) return false;
  }
  return false;
}

/** Determiners that open an appositive describing someone: "X, the club captain,", "X, his brother,". */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their']);

/** Token k is a capitalised word. */
const capitalAt = (tokens: readonly Token[], k: number): boolean => k < tokens.length && isCapWord(tokens[k]);

/** Words for a local government's body or area, in lower case between a place's name and an office: "community council", "district". */
const LOCAL_BODIES = new Set(['council', 'county', 'borough', 'district', 'parish', 'municipal', 'municipality', 'community', 'city', 'town', 'village']);

/**
 * The office the person named next holds, in the words after a name at tokens[..b): at most four
 * words in lower case (a body's office after them, "Velcor chief executive", "Harbour Party health
 * spokesperson", "co-founder"), or a member's initials, "Harlow MP", or a town's office, "Quarle
 * mayor", then a capitalised word. 'seat' for a member's or a town's office, 'local' for a local
 * body's office ("Quarle community council chairwoman"), 'body' for any other; null where the words
 * are no office's modifiers ("13 Hours by famed director"), a person's holdings ("Velcor campaign
 * spokesman"), or excluded text.
 */
export function officeAfter(ctx: EntityContext, b: number): 'seat' | 'local' | 'body' | null {
  const { tokens, n } = ctx;
  let local = false;
  for (let k = b; k < n && k < b + 4; k++) {
    const t = tokens[k];
    const member = k === b && MEMBER_INITIALS.has(t.lower) && t.text === t.text.toUpperCase();
    if (member || (t.text === t.lower && PLACE_OFFICES.has(t.lower))) return capitalAt(tokens, k + 1) ? 'seat' : null;
    if (t.kind !== 'word' || t.text !== t.lower || ctx.excluded[k] || NOT_MODIFIERS.has(t.lower) || PERSONAL_HOLDINGS.has(t.lower)) return null;
    if (LOCAL_BODIES.has(t.lower)) local = true;
    // (In a sports report, a side's manager, captain or player: "Lions manager Stuart Vell", "Rovers striker ...".)
    if (BODY_OFFICES.has(t.lower) || (t.lower.startsWith('co-') && BODY_OFFICES.has(t.lower.slice(3))) || (ctx.sportsDoc && SIDE_PEOPLE.has(t.lower))) return capitalAt(tokens, k + 1) ? (local ? 'local' : 'body') : null;
  }
  return null;
}

/**
 * The name at tokens[..b) is described in apposition as someone and then speaks: "Tarnick, the
 * club captain, said", "Tarnick, 45, told", "Quarle, a father of two, added": the appositive's
 * last word a noun for a person, a title's or an age, closed by a comma before a speech verb
 * (at most ten tokens).
 */
export function describedThenSpeaks(tokens: readonly Token[], b: number): boolean {
  const n = tokens.length;
  if (b + 3 >= n || tokens[b].text !== ',') return false;
  const open = tokens[b + 1];
  if (!(APPOSITIVE_OPENERS.has(open.lower) || (open.kind === 'number' && /^\d{1,3}$/.test(open.text)))) return false;
  for (let j = b + 2; j < Math.min(n - 1, b + 12); j++) {
    const t = tokens[j];
    if (t.text === ',') {
      const last = tokens[j - 1];
      const person = last.kind === 'number' ? j === b + 2 : SOMEONE.has(last.lower) || ROLE_NOUNS.has(last.lower) || TITLE_WORDS.has(last.lower) || agentNoun(last.lower) || COUNT_AFTER_OF.test(last.lower);
      return person && speechVerbAt(tokens, j + 1);
    }
    // ("Harlow Port Police, a division of the transport ministry, said": a body's description.)
    if ((t.kind !== 'word' && t.text !== "'s" && t.text !== '’s' && t.text !== '-') || (t.lower === 'of' && !COUNT_AFTER_OF.test(tokens[j + 1]?.lower ?? ''))) return false;
  }
  return false;
}
/** "a father of two", "a mother of three": the number closing the phrase. */
const COUNT_AFTER_OF = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/;

/** Two words, tokens[a, b): a given name of any origin, no place, and a surname that is a town's, no nation's: "Amira Sohag". */
export const worldNamed = (tokens: readonly Token[], a: number, b: number): boolean => b - a === 2 && !!worldNameGender(tokens[a].text) && !isKnownPlace(tokens[a].text) && !isNation(tokens[b - 1].text);

/** The name at a follows an office and "of": "the Governor of Velmora State", "Commissioner of Velmora State". */
export const officeOfState = (tokens: readonly Token[], a: number): boolean => a > 1 && tokens[a - 1].lower === 'of' && TITLE_HEADS.has(tokens[a - 2].lower);

/** A body's noun in lower case before a name: "the group Last Chance Now", "the charity Next Steps". */
const NAMED_BODIES = new Set(['group', 'band', 'charity', 'campaign', 'organisation', 'organization', 'movement', 'collective', 'coalition', 'company', 'firm', 'club', 'union', 'network', 'alliance', 'foundation', 'trust', 'start-up', 'startup']);

/** A body's noun in lower case right before the run at a introduces its name. */
export const afterBodyNoun = (tokens: readonly Token[], a: number): boolean => a > 0 && NAMED_BODIES.has(tokens[a - 1].text);

/** "Co Kildare", "Co. Down": a county abbreviated before its name, the run tokens[a, b) of two words. */
export const countyAbbreviated = (tokens: readonly Token[], a: number, b: number): boolean => b - a === 2 && (tokens[a].text === 'Co' || tokens[a].text === 'Co.') && !ORG_WORDS.has(tokens[b - 1].lower);

/** The run tokens[a, b) is an address between commas after "of": "Tarun Okeke, 52, of Birch Close, Quarrenby,". */
/** Tokens a..b are an aside of where someone is from, between commas: "Kayleigh Vell, 31, from Quarrenby, said". */
export const fromAside = (tokens: readonly Token[], a: number, b: number): boolean => a >= 2 && tokens[a - 1].lower === 'from' && tokens[a - 2].text === ',' && tokens[b]?.text === ',';

/** Such an aside right after a person's name or age, whatever its words: "Terry Quill, 81, from Ashby Vale, has played", the town. */
export const hometownAside = (tokens: readonly Token[], a: number, b: number): boolean => fromAside(tokens, a, b) && a >= 3 && (tokens[a - 3].kind === 'number' || /^\p{Lu}/u.test(tokens[a - 3].text));

export const addressOf = (tokens: readonly Token[], a: number, b: number): boolean => a >= 2 && tokens[a - 1].lower === 'of' && tokens[a - 2].text === ',' && b < tokens.length && tokens[b].text === ',';

/** The town of an address, after its street and a comma: "of Mill Road, Quarrenby," (two words at most). */
export function afterStreet(tokens: readonly Token[], a: number, words: number): boolean {
  if (words > 2 || a < 3 || tokens[a - 1].text !== ',') return false;
  // ("..., Suite 200": a part of the building; "..., Rhys Evans": a person's name.)
  if (ADDRESS_PARTS.has(tokens[a].lower)) return false;
  const street = tokens[a - 2];
  if (!STREET_WORDS.has(street.lower) || street.text === street.lower || !/^\p{Lu}/u.test(tokens[a - 3].text)) return false;
  // (A first name opens the town only in a whole address between commas: "..., 41, of Mill Road, Ashby Vale, posed as ...".)
  return !(words === 2 && isPlainFirstName(tokens[a].text)) || streetAddressOf(tokens, a - 1, a + 2);
}

/** The street's name whose comma is token `comma` (three words at most) opens an address after ", of", and a comma follows its town at `end`. */
function streetAddressOf(tokens: readonly Token[], comma: number, end: number): boolean {
  let k = comma - 2;
  while (k > comma - 4 && k > 0 && /^\p{Lu}/u.test(tokens[k - 1].text)) k--;
  return addressOf(tokens, k, comma) && end < tokens.length && tokens[end].text === ',';
}

/** A trade or an office in lower case at token k, or after one modifier ("sheep farmer"), then a capitalised word. */
export function beforeTradeAndName(ctx: EntityContext, k: number): boolean {
  const { tokens, n } = ctx;
  for (let j = k; j < n - 1 && j <= k + 1; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (PRE_NAME_TITLES.has(t.lower) || TITLE_WORDS.has(t.lower)) return /^\p{Lu}/u.test(tokens[j + 1].text);
    // (The modifier a noun, not a verb or a function word: "Dana thanked teacher Colm Brady".)
    if (t.text.length < 3 || /(?:ed|s|ly|ing)$/.test(t.text) || NOT_MODIFIERS.has(t.lower) || SPEECH_VERBS.has(t.lower)) return false;
  }
  return false;
}

/**
 * The noun heading a description in apposition after a name that ends at token b: a comma,
 * "a", "an" or "the", at most three words in lower case, then a noun of `nouns` ("The Lady
 * Grace, a restored paddle steamer,"). Its index, or -1. With `noPlural`, no plural word before
 * the noun ("X, the reports show" describes nothing).
 */
export function appositiveNounAt(ctx: EntityContext, b: number, nouns: ReadonlySet<string>, noPlural: boolean): number {
  const { tokens, n } = ctx;
  if (b + 2 >= n || tokens[b].text !== ',' || !/^(?:a|an|the)$/.test(tokens[b + 1].lower)) return -1;
  for (let k = b + 2; k < Math.min(n, b + 6); k++) {
    const t = tokens[k];
    // (A measure may stand before the noun: "a 300-metre vessel", "a 400-page novel".)
    if (t.kind === 'number' && tokens[k + 1]?.text === '-') { k++; continue; }
    if (t.kind !== 'word' || t.text !== t.lower) return -1;
    if (nouns.has(t.lower)) return k;
    if (noPlural && /[^s]s$/.test(t.lower)) return -1;
  }
  return -1;
}

/** A title's word among tokens [i, j): "Secretary of State", "Inspector General of Police". */
export function titleWithin(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (TITLE_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** An honorific in brackets at token k, its opening bracket: "(Mrs)" in "Dr (Mrs) Ekua Darko-Quaye", as West African copy writes a married woman's. */
export function honorificInBrackets(tokens: readonly Token[], k: number): boolean {
  return k >= 0 && tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && tokens[k + 1]?.kind === 'word' && HONORIFICS.has(tokens[k + 1].lower);
}

/** The run [a, b) (its name from `nameStart`) is alone in brackets right after a capitalised word, no first name nor initial in it: "(Yesh Atid)" after "MK Yael Vell". */
export function bracketedAfterName(ctx: EntityContext, prev: string, a: number, nameStart: number, b: number, firstName: boolean): boolean {
  const { tokens } = ctx;
  if (prev !== '(' || tokens[b]?.text !== ')' || firstName || a < 2 || !isCapWord(tokens[a - 2])) return false;
  for (let k = nameStart; k < b; k++) if (/^\p{Lu}\.$/u.test(tokens[k].text)) return false;
  return true;
}

/** "who" or "which" after a comma opens a clause within the twelve tokens before `a`, in its sentence: ", who works in Harlow". */
export function relativeBefore(ctx: EntityContext, a: number): boolean {
  const { tokens } = ctx;
  for (let k = a - 1; k > 0 && k >= a - 12 && tokens[k].sentence === tokens[a].sentence; k--) {
    if ((tokens[k].lower === 'who' || tokens[k].lower === 'which') && tokens[k - 1].text === ',') return true;
    if (tokens[k].text === ',' || tokens[k].text === ';') return false;
  }
  return false;
}

/** The word at `a` closes a list of everyday words in capitals: "Defence, Space and Security" (not "Rubio and Bush"). */
export function everydayListEnd(ctx: EntityContext, a: number): boolean {
  const { tokens } = ctx;
  if (a < 2 || (tokens[a - 1].lower !== 'and' && tokens[a - 1].text !== '&')) return false;
  const k = tokens[a - 2].text === ',' ? a - 3 : a - 2;
  return k >= 0 && isCapWord(tokens[k]) && COMMON_WORDS.has(tokens[k].lower) && !isPlainFirstName(tokens[k].text);
}

/**
 * A list of everyday things in lower case follows the word ending at `b`: "Basil, parsley and
 * chives are easy to grow" (a comma, then lower-case words and commas up to "and" or "or" and a
 * lower-case word); "Basil, who is 12," goes on about someone.
 */
export function lowerListAfter(ctx: EntityContext, b: number): boolean {
  const { tokens } = ctx;
  const item = (k: number): boolean => LOWER_ITEM.test(tokens[k]?.text ?? '') && !FUNCTION_WORDS.has(tokens[k].lower) && !NOT_ITEMS.has(tokens[k].lower);
  if (tokens[b]?.text !== ',' || !item(b + 1)) return false;
  for (let k = b + 2; k < b + 8 && k + 1 < tokens.length; k++) {
    const w = tokens[k].text;
    if ((w === 'and' || w === 'or') && item(k + 1)) return true;
    if (w !== ',' && !item(k)) return false;
  }
  return false;
}
const LOWER_ITEM = /^\p{Ll}[\p{Ll}-]*$/u;
/** Words that open a phrase about someone, no item of a list: "Basil, a chef, and his wife". */
const NOT_ITEMS = new Set(['a', 'an', 'who', 'which', 'whose', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'he', 'she', 'they', 'we', 'i', 'it', 'aged', 'now', 'then', 'also', 'too', 'though', 'however', 'said', 'says']);

/** A side's offices and positions before a name in a sports report: "Lions manager Stuart Vell", "Rovers striker ...". */
const SIDE_PEOPLE = new Set(['manager', 'coach', 'captain', 'skipper', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward']);

/**
 * The run at tokens[a, b) is the region closing a place's pair after "from" or "in": "from
 * Rotherham, South Yorks," (a place's name of three words at most, a comma, the run, a mark after it).
 */
export function regionAfterPlace(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  if (a < 3 || tokens[a - 1].text !== ',' || !/^[,.;)]$/.test(tokens[b]?.text ?? '')) return false;
  let s = a - 2;
  while (s > a - 5 && s > 0 && isCapWord(tokens[s - 1])) s--;
  if (!isCapWord(tokens[s])) return false;
  const before = s > 0 ? tokens[s - 1].lower : '';
  return before === 'from' || before === 'in' || before === 'near';
}

/** Every word of tokens a..b of four letters or more is a frequent English word. */
export function phraseOfCommonWords(ctx: EntityContext, a: number, b: number): boolean {
  let long = 0;
  for (let k = a; k < b; k++) {
    const w = ctx.tokens[k].text;
    if (w.length < 4) continue;
    long++;
    if (!COMMON_WORDS.has(w.toLowerCase()) && !(b - a >= 2 && agentPluralOfCommon(w.toLowerCase()))) return false;
  }
  return long > 0;
}

/** A plural of a noun for who does something everyday, its stem an everyday word: "Crime Stoppers", "Road Runners" (in a name of two words or more: "Masters" alone may be a family name). */
const agentPluralOfCommon = (w: string): boolean => w.endsWith('ers') && w.length >= 6 && (COMMON_WORDS.has(w.slice(0, -3)) || (w.at(-4) === w.at(-5) && COMMON_WORDS.has(w.slice(0, -4))));

/** A word of tokens a..b (three letters or more) that the article also writes in lower case. */
export function commonWordIn(ctx: EntityContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = ctx.tokens[k].text;
    if (w.length >= 3 && ctx.lowerVocab.has(w.toLowerCase())) return true;
  }
  return false;
}

/**
 * Token k stands inside a quotation in double marks, straight or curly, within its paragraph:
 * "Marcus sets the standard," the manager added: "Marcus" is named by the speaker, not the one
 * just named. One pass over the article on first use, kept on the context (ctx.quoted).
 */
export function quotedAt(ctx: EntityContext, k: number): boolean {
  if (!ctx.quoted) {
    const { tokens, structure: { sentences } } = ctx;
    const inside = new Uint8Array(tokens.length);
    let open = false;
    let paragraph = -1;
    for (let j = 0; j < tokens.length; j++) {
      const p = sentences[tokens[j].sentence]?.paragraph ?? -1;
      if (p !== paragraph) { paragraph = p; open = false; }
      const t = tokens[j].text;
      if (t === '"') open = !open;
      else if (t === '“') open = true;
      else if (t === '”') open = false;
      else if (open) inside[j] = 1;
    }
    ctx.quoted = inside;
  }
  return ctx.quoted[k] === 1;
}

/**
 * The title that heads a portfolio continued at tokens[k] after "and" (or "and the"): "The
 * Minister for Lands and Natural Resources", "Senior Minister of State for Sustainability and the
 * Environment". Back over capitalised words, "of", "for", "and" and "the" (a "for" or an "of"
 * among them, no first name), at most PORTFOLIO_REACH tokens and not before `floor`, to a
 * capitalised title's head: its index, or -1.
 */
export function portfolioHeadBefore(ctx: EntityContext, k: number, floor: number): number {
  const { tokens } = ctx;
  let j = k - 1;
  if (tokens[j]?.lower === 'the') j--;
  if (j < 1 || tokens[j].lower !== 'and') return -1;
  let head = -1;
  let portfolio = false;
  for (let i = j - 1; i >= floor && i >= k - PORTFOLIO_REACH; i--) {
    const t = tokens[i];
    if (t.kind !== 'word' || (isCapWord(t) && isFirstName(t.text))) return -1;
    if (isCapWord(t) && TITLE_HEADS.has(t.lower) && portfolio) head = i;
    else if (head >= 0 && !isCapWord(t)) break;
    else if (t.lower === 'for' || t.lower === 'of') portfolio = true;
    else if (!isCapWord(t) && t.lower !== 'and' && t.lower !== 'the') return -1;
  }
  return head;
}

/** How many tokens back a portfolio's title is looked for: "Minister of State for Sustainability and the Environment". */
const PORTFOLIO_REACH = 12;

/** A portfolio of one or two capitalised words from token k, then a given name and a capitalised word: "Trade Grace Kemunto". */
export function holderAfter(tokens: readonly Token[], k: number, end: number): boolean {
  for (let p = k + 1; p <= k + 2 && p + 1 < end; p++) {
    if (!isCapWord(tokens[p - 1])) return false;
    if (isFirstName(tokens[p].text) && isCapWord(tokens[p + 1]) && !ORG_WORDS.has(tokens[p + 1].lower)) return true;
  }
  return false;
}
