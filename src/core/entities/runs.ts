// Runs of capitalised words: the scanner that finds candidate names, sentence by sentence.
// Headlines and Title Case or all-capitals lines are set aside: there capitals say nothing, and
// only names the body or the gazetteers know are matched (restricted.ts).
import { AGENCIES, COMMON_CAPITALISED, COMMON_WORDS, isFirstName, isKnownPlace, isPlainFirstName, KNOWN_ORGS, ORG_WORDS, TITLE_WORDS, worldNameGender } from '../lexicon/lexicon';
import type { Token } from '../types';
import { humanNoun } from '../lexicon/people';
import { isAllCaps, isCapWord, MONTHS } from '../text/words';
import type { Candidate, EntityContext } from './context';
import { considerRun } from './recognizers/consider';
import { corporateWithin, holderAfter, isCode, isEventWord, joinedIsKnown, runHasOrgWord, titleWithin } from './tests';
import { institutionAfterAnd, portfolioForAnd, portfolioHeadAfterAnd } from './joined';
import { FUNCTION_WORDS, LEGAL_FORMS, NAME_CONNECTORS, OF_HEADS, PLACE_LAST, PLACE_OF_HEADS, QUOTE_MARKS, SAINT_SCHOOLS, WEEKDAYS } from './words';

/** A saint's title before the name that takes the possessive: "St Aldwyn's Church". */
const SAINT = new Set(['St', 'St.', 'Saint', 'Ste', 'Ste.']);
/** Crowns and Christ before a possessive in a place's name: "King's College", "Queen's Park". */
const CROWN = new Set(['King', 'Queen', 'Prince', 'Princess', 'Christ', 'Bishop']);
/** Last words of such names beyond PLACE_LAST and ORG_WORDS: "King's Cross", "St John's Wood". */
const SAINT_PLACE_LAST = new Set(['cross', 'wood', 'gate', 'head', 'lynn', 'mead', 'inn']);

export type SentenceMode = 'normal' | 'titlecase' | 'allcaps';

/** What the scan has found, and where the last run ended (past its own end when a side's name takes in more). */
export interface Scan {
  readonly candidates: Candidate[];
  readonly restricted: { from: number; to: number; mode: SentenceMode }[];
  consumed: number;
}

export function sentenceMode(tokens: readonly Token[], from: number, to: number, isHeadline: boolean): SentenceMode {
  let words = 0;
  let allCaps = 0;
  let longWords = 0;
  let longCaps = 0;
  let functionCaps = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // (A token's length is end - start: its text's, read from the token's own fields.)
    const len = t.end - t.start;
    if (t.kind !== 'word' || len < 2) continue;
    words++;
    if (isAllCaps(t.text)) allCaps++;
    const cap = isCapWord(t);
    if (len >= 4) {
      longWords++;
      if (cap) longCaps++;
    }
    if (cap && i > from && FUNCTION_WORDS.has(t.lower)) functionCaps++;
  }
  if (words >= 3 && allCaps / words > 0.6) return 'allcaps';
  // Title Case: the headline, or a line that capitalises even its function words, or one with no
  // stop that capitalises every long word, half of them everyday words ("Choosing Pots for
  // Herbs and Feeding Young Seedlings"; not a list of names, "Tomas Brink, Dana Ruiz and Rhys Colby").
  if (isHeadline || (longWords >= 5 && longCaps === longWords && functionCaps >= 2)) return 'titlecase';
  // (The everyday words are counted only for such a line: most sentences have a long word in
  // lower case, and no word of theirs is looked up.)
  if (longWords >= 4 && longCaps === longWords && to > from && tokens[to - 1].text !== '.') {
    let longCommon = 0;
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (t.kind === 'word' && t.end - t.start >= 4 && COMMON_WORDS.has(t.lower) && !ORG_WORDS.has(t.lower) && !PLACE_LAST.has(t.lower)) longCommon++;
    }
    if (longCommon >= 3 && longCommon * 2 >= longWords) return 'titlecase';
  }
  return 'normal';
}

/**
 * Every run of capitalised words in the body's sentences, extended over name connectors
 * ("Ludwig van Beethoven"), "of" after an institution's or a title's word ("Bank of America",
 * "Secretary of State"), an institution's complement ("Agency for Trade and Cooperation
 * in Africa"), "&" and a possessive inside a company's name ("McDonald's Corp"); each goes to the
 * recognisers (considerRun).
 */
export function scanRuns(ctx: EntityContext): Scan {
  const { tokens, structure } = ctx;
  const headline = structure.headline;
  const scan: Scan = { candidates: [], restricted: [], consumed: 0 };
  for (const s of structure.sentences) {
    const isHeadline = !!headline && s.start < headline.end && s.end > headline.start;
    const mode = sentenceMode(tokens, s.firstToken, s.endToken, isHeadline);
    if (mode !== 'normal') {
      if (isHeadline) for (const [i, j] of creditedInHeadline(tokens, s.firstToken, s.endToken)) considerRun(ctx, scan, i, j, s.firstToken);
      scan.restricted.push({ from: s.firstToken, to: s.endToken, mode });
      continue;
    }
    scanSentence(ctx, scan, s.firstToken, s.endToken);
  }
  return scan;
}


/** tokens[i, i + 2 or 3) are a given name (one the name lists know, unless `anyName`) and a surname or two, in capitals as names are written: "Dana Ruiz". */
function givenNameRun(tokens: readonly Token[], i: number, to: number, anyName = false): number {
  if (i >= to || !isCapWord(tokens[i]) || isAllCaps(tokens[i].text) || !(anyName || isFirstName(tokens[i].text) || worldNameGender(tokens[i].text))) return -1;
  let j = i + 1;
  while (j < to && j < i + 3 && isCapWord(tokens[j]) && !isAllCaps(tokens[j].text)) j++;
  return j - i >= 2 ? j : -1;
}

/**
 * Who a headline credits with its quotation, whatever its capitals: "'I never wanted this':
 * Dana Ruiz on power and grief", "Dana Ruiz: 'I never wanted this'" (an interview's subject may
 * be named nowhere else); token ranges.
 */
function creditedInHeadline(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let c = from + 1; c < to - 1; c++) {
    if (tokens[c].text !== ':') continue;
    // ("'...': Dana Ruiz on ...": the name right after the quotation's colon, then a word in lower
    // case or the end; or after an interview's lead, "'...': Five minutes with Dana Ruiz".)
    const at = QUOTE_MARKS.has(tokens[c - 1].text) ? interviewLeadEnd(tokens, c + 1, to) : -1;
    // (After "with", whom the interview is with, whatever the first name.)
    const after = at >= 0 ? givenNameRun(tokens, at, to, at > c + 1) : -1;
    if (after > 0 && (after === to || tokens[after].text === tokens[after].lower)) out.push([at, after]);
    // ("Dana Ruiz: '...'": the name opening the headline, before a colon and a quotation.)
    if (QUOTE_MARKS.has(tokens[c + 1].text) && givenNameRun(tokens, from, c) === c) out.push([from, c]);
  }
  return out;
}

/** How many words an interview's lead may run to its "with": "Five minutes with", "In conversation with". */
const LEAD_WORDS = 4;

/** Where the credit's name may start after a headline's colon at `k`: past a lead ending in "with" ("Five minutes with"), else k. */
function interviewLeadEnd(tokens: readonly Token[], k: number, to: number): number {
  for (let j = k; j < to && j < k + LEAD_WORDS; j++) {
    if (tokens[j].kind !== 'word') return k;
    if (tokens[j].lower === 'with') return j + 1;
  }
  return k;
}

/** Capitals written onto a number, "2GB", "5G", "4WD": a code or a station's call sign, no name. */
function gluedToNumber(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.kind === 'number' && prev.end === tokens[i].start && tokens[i].text.length >= 2 && isAllCaps(tokens[i].text);
}

/** Legal forms written after a comma: not "SA", "AG", "NV" or "Co." (a state, an office, a county). */
const COMMA_LEGAL_FORMS = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'Plc', 'plc', 'PLC', 'LLC', 'L.P.', 'GmbH', 'S.p.A.', 'N.V.', 'S.A.', 'Bhd', 'Berhad']);

/**
 * The possessive at token j (a capitalised word after it, spaced) is inside the name the run
 * from i makes: a saint's or a crown's before a place's or a body's word ("St Aldwyn's Church",
 * "King's College", "St John's Wood"); an office's before its body's word ("the Information
 * Commissioner's Office", "the Sheriff's Department", "the Coroner's Court"); a people's plural's
 * ("Pakistan People's Party", "the Women's Institute", "Harlow Children's Hospital").
 */
function possessiveInName(tokens: readonly Token[], i: number, j: number): boolean {
  const owner = tokens[j - 1];
  const next = tokens[j + 1];
  if ((CROWN.has(owner.text) || (j - 2 >= i && SAINT.has(tokens[j - 2].text))) && (PLACE_LAST.has(next.lower) || ORG_WORDS.has(next.lower) || SAINT_PLACE_LAST.has(next.lower) || SAINT_SCHOOLS.has(next.lower) || bodyWordAfter(tokens, j + 1))) return true;
  if (TITLED_BODIES.has(next.text) && TITLE_WORDS.has(owner.lower) && owner.text !== owner.lower) return true;
  // ("the Fishermen's Association", "Seamen's Union": a plural in "-men" before a body's word.)
  if (PEOPLES.has(owner.text) || (MEN_PLURAL.test(owner.text) && orgWordOrPlural(next.lower))) return true;
  // ("The Vellacott's Research Trust": after "the", one word no everyday word, no body or place
  // known, owns nothing: "the" is the body's, whose word closes the words after; not "the
  // Council's Planning Committee", "the BBC's World Service".)
  return j - 2 >= 0 && tokens[j - 2].lower === 'the' && !COMMON_WORDS.has(owner.lower) && !KNOWN_ORGS.has(owner.text) && !AGENCIES.has(owner.text)
    && !isKnownPlace(owner.text) && !isAllCaps(owner.text) && bodyWordAfter(tokens, j + 1);
}

/** A plural of people in "-men": "Fishermen", "Seamen", "Tradeswomen". */
const MEN_PLURAL = /^\p{Lu}\p{Ll}+(?:wo)?men$/u;

/** How many capitalised words after a saint's possessive are read for the body's word: "St Aidan's Primary School". */
const SAINT_BODY_REACH = 3;

/** A body's word closes the capitalised words from token k, spaced, within a few: "Primary School", "Catholic High School". */
function bodyWordAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + SAINT_BODY_REACH && /^\p{Lu}\p{Ll}/u.test(tokens[j].text) && (j === k || tokens[j].start > tokens[j - 1].end); j++) if (ORG_WORDS.has(tokens[j].lower)) return true;
  return false;
}

/** Plurals of people whose possessive is inside a body's name: "People's Party", "Women's Institute". */
const PEOPLES = new Set(['People', 'Women', 'Men', 'Children']);

/** Bodies an office owns, by their capitalised word: "Commissioner's Office", "Sheriff's Department". */
const TITLED_BODIES = new Set(['Office', 'Department', 'Court', 'Bureau', 'Chambers', 'Service']);

/** A body's word or its plural: "Association", "Associations". */
const orgWordOrPlural = (w: string): boolean => ORG_WORDS.has(w) || (w.length > 4 && w.endsWith('s') && ORG_WORDS.has(w.slice(0, -1)));

/** A plural noun for people by its ending: "builders", "farmers", "students", "citizens". */
const PEOPLE_PLURAL = /\p{Ll}(?:er|or|ent|ant|ian|ist|en|ate)s$/u;

/** After a comma at j: capitalised parts between commas, the last after "and" ("..., Communities and Local Government"); where the list ends, or -1. */
function listedParts(tokens: readonly Token[], j: number, end: number): number {
  let k = j;
  while (k < end && k < j + 16 && (tokens[k].text === ',' || tokens[k].lower === 'and')) {
    const last = tokens[k].lower === 'and';
    let e = k + 1;
    // (No person among the parts: not "the Secretary of State, Dana Ruiz and Tomas Brink".)
    while (e < end && isCapWord(tokens[e]) && !isPlainFirstName(tokens[e].text)) e++;
    if (e === k + 1 || e - k - 1 > 3 || (e < end && isCapWord(tokens[e]))) return -1;
    if (last) return e;
    k = e;
  }
  return -1;
}

function scanSentence(ctx: EntityContext, scan: Scan, first: number, end: number): void {
  const { tokens, excluded } = ctx;
  const s = { firstToken: first, endToken: end };
  let i = s.firstToken;
  while (i < s.endToken) {
    if (!isCapWord(tokens[i]) || excluded[i] || isCode(tokens[i].text) || gluedToNumber(tokens, i)) { i++; continue; }
    // Extend the run.
    let j = i + 1;
    // Where the run took in an institution's complement: "Agency for Trade ...".
    let complement = -1;
    while (j < s.endToken) {
      const t = tokens[j];
      if (excluded[j]) break;
      // "CNBC Friday": a weekday ends a name; "Aw Computer Systems Inc Q2": so does a period's code.
      if (isCapWord(t) && (WEEKDAYS.has(t.text) || isCode(t.text))) break;
      if (isCapWord(t)) { j++; continue; }
      // ("Pieter van der Velde", "Ana de la Cruz": two particles in a row.)
      if (j > i && j + 2 < s.endToken && NAME_CONNECTORS.has(t.lower) && t.text === t.lower && NAME_CONNECTORS.has(tokens[j + 1].text) && isCapWord(tokens[j + 2])) { j += 2; continue; }
      // ("Leader of the Opposition Anil Rao", "Speaker of the House": a title's "of the".)
      // (Only before one word and a person's name: not "President of the United States".)
      if (t.lower === 'of' && j + 4 < s.endToken && tokens[j + 1].text === 'the' && isCapWord(tokens[j + 2]) && TITLE_WORDS.has(tokens[j - 1].lower) && !ORG_WORDS.has(tokens[j - 1].lower)
        && (isPlainFirstName(tokens[j + 3].text) || !!worldNameGender(tokens[j + 3].text) || /^\p{Lu}\.?$/u.test(tokens[j + 3].text)) && isCapWord(tokens[j + 4])) { j += 2; continue; }
      // ("Society of the Harbour Pilots", "Foundation for the Coastal Arts": a body's complement
      // after "the" is its name's too; not an office's, "Secretary of State of the Republic
      // of Velmora"; after "for", only everyday words that end the name, not whom a body plays for,
      // "the League for the Harlow Eagles", nor a complement cut short, "Society for the
      // Prevention of ...".)
      if ((t.lower === 'of' || t.lower === 'for') && j + 2 < s.endToken && tokens[j + 1].text === 'the' && isCapWord(tokens[j + 2]) && !LEGAL_FORMS.has(tokens[j - 1].text)
        && !MONTHS.has(tokens[j + 2].text) && !WEEKDAYS.has(tokens[j + 2].text)
        && (t.lower === 'of' ? (ORG_WORDS.has(tokens[j - 1].lower) || PLACE_OF_HEADS.has(tokens[j - 1].lower)) && !titleWithin(tokens, i, j) : ORG_WORDS.has(tokens[j - 1].lower) && everydayWordsFrom(tokens, j + 2, s.endToken))) { complement = j; j += 2; continue; }
      if (t.kind === 'word' && j + 1 < s.endToken && isCapWord(tokens[j + 1])) {
        const w = t.lower;
        const before = tokens[j - 1].lower;
        if (NAME_CONNECTORS.has(w) && j > i) { j++; continue; }
        // "Bank of America", but not "Kia Motor Corp of South Korea"; "Gold Fields of South Africa Ltd".
        // (Not a party's member of a state: "a Democrat of Vermont" names the state alone.)
        if (w === 'of' && !LEGAL_FORMS.has(tokens[j - 1].text) && (ORG_WORDS.has(before) || TITLE_WORDS.has(before) || OF_HEADS.has(before)) && !PARTY_MEMBERS.has(before)) { complement = j; j++; continue; }
        // "World Series of Golf", "Battle of Britain": an event's name.
        if (w === 'of' && isEventWord(tokens[j - 1].text)) { j++; continue; }
        // (Not "Tarun Okeke of Velcor Corp.": someone of a company.)
        if (w === 'of' && j - i <= 3 && !isFirstName(tokens[i].text) && corporateWithin(ctx, j + 1, Math.min(s.endToken, j + 5), true)) { j++; continue; }
        if (w === 'the' && tokens[j - 1].lower === 'of' && j + 1 < s.endToken && isCapWord(tokens[j + 1])) { j++; continue; }
        // ("Commission on Human Rights"; not "the Church on March 12", a date after the name.)
        // ("Bundesanstalt für Finanzaufsicht": German's "für" as "for".)
        // (Not an office's portfolio before its holder: "County Executive Committee Member for
        // Trade Grace Kemunto", read by title-cue after "for".)
        if ((w === 'for' || w === 'on' || w === 'für') && runHasOrgWord(tokens, i, j) && !MONTHS.has(tokens[j + 1].text) && !WEEKDAYS.has(tokens[j + 1].text)
          && !(w === 'for' && (before === 'member' || TITLE_WORDS.has(before)) && !ORG_WORDS.has(before) && holderAfter(tokens, j + 1, s.endToken))) { complement = j; j++; continue; }
        // "Democrats for Life", "Americans for Prosperity": a group of people for a cause.
        if (w === 'for' && j === i + 1 && /^\p{Lu}\p{Ll}+s$/u.test(tokens[i].text) && !isKnownPlace(tokens[i].text)) { complement = j; j++; continue; }
        // ("Committee to Protect Quarrish Reporters", "Campaign to Save Harlow Hospital": a body's purpose,
        // an everyday verb capitalised and its object, is its name's.)
        if (w === 'to' && ORG_WORDS.has(before) && j + 2 < s.endToken && isCapWord(tokens[j + 2]) && COMMON_WORDS.has(tokens[j + 1].lower) && !ORG_WORDS.has(tokens[j + 1].lower) && !isKnownPlace(tokens[j + 1].text) && !isFirstName(tokens[j + 1].text)) { complement = j; j++; continue; }
        if (w === 'and') {
          const inst = joinedIsKnown(ctx, i, j) || complement >= 0 ? j + 1 : institutionAfterAnd(ctx, i, j, s.endToken);
          if (inst >= 0 || portfolioHeadAfterAnd(ctx, i, j, s.endToken) >= 0 || portfolioForAnd(ctx, i, j, s.endToken)) { j = Math.max(j + 1, inst); continue; }
        }
        // "Agency for Trade and Cooperation in Africa": a place closing an institution's complement.
        if (w === 'in' && complement >= 0 && isKnownPlace(tokens[j + 1].text) && (j + 2 >= s.endToken || !isCapWord(tokens[j + 2]))) { j++; continue; }
      }
      if (t.text === '&' && j + 1 < s.endToken && isCapWord(tokens[j + 1])) { j++; continue; }
      // (A nickname in quotation marks between a given name and the family name is the name's:
      // 'Senator Rafael "Paeng" Villanueva', 'Robert "Bobby" Hale'.)
      const nick = nicknameEnd(tokens, j, s.endToken);
      if (nick > 0) { j = nick; continue; }
      // "Ministry of Housing, Communities and Local Government": an institution's complement that
      // lists its parts, commas and "and" between.
      if (t.text === ',' && complement >= 0) {
        const e = listedParts(tokens, j, s.endToken);
        if (e > 0) { j = e; break; }
      }
      // "Velcor, Inc.", "Harbour Goods, Ltd.": a company's legal form after a comma closes its
      // name (alone, "Inc." had been a body of its own, and the company no name at all).
      if (t.text === ',' && j + 1 < s.endToken && COMMA_LEGAL_FORMS.has(tokens[j + 1].text)) { j += 2; break; }
      // "Boatmen's Bancshares Inc.", "McDonald's Corp": a possessive inside a company's name.
      if ((t.text === "'s" || t.text === '’s') && j + 1 < s.endToken && isCapWord(tokens[j + 1]) && corporateWithin(ctx, j + 1, Math.min(s.endToken, j + 4))) { j++; continue; }
      if ((t.text === "'s" || t.text === '’s') && j + 1 < s.endToken && isCapWord(tokens[j + 1]) && tokens[j + 1].start > t.end && possessiveInName(tokens, i, j)) { j++; continue; }
      // "Home Builders' Association", "Farmers' Union", "Magistrates' Court": a plural's apostrophe inside a body's
      // name, before the body's own word, or its plural ("Federation of Metro Tenants' Associations").
      // (A plural of people, an everyday word, not a surname the article gives: not "Sanders'
      // Senate", "Democrats' Senate" or "the Times' TV critic".)
      // (Or any plural noun for people by what they do: "Professional Footballers' Association", "Harbour Pilots' Guild".)
      if ((t.text === "'" || t.text === '’') && t.start === tokens[j - 1].end && tokens[j - 1].lower.endsWith('s')
        && ((PEOPLE_PLURAL.test(tokens[j - 1].lower) && (COMMON_WORDS.has(tokens[j - 1].lower) || COMMON_WORDS.has(tokens[j - 1].lower.slice(0, -1)))) || humanNoun(tokens[j - 1].lower))
        && !ctx.surnames.has(tokens[j - 1].text) && j + 1 < s.endToken && isCapWord(tokens[j + 1]) && tokens[j + 1].start > t.end && orgWordOrPlural(tokens[j + 1].lower)) { j++; continue; }
      break;
    }
    // Trim connectors left dangling at the end.
    while (j > i + 1 && !isCapWord(tokens[j - 1])) j--;
    scan.consumed = j;
    // (A word alone that names nothing, a third of all runs, is passed over without the
    // recognisers: an everyday word capitalised as its sentence's first, "It", "But", "When";
    // the pronoun "I"; a day or a month.)
    if (j === i + 1 && namesNothing(ctx, i, s.firstToken)) { i = j; continue; }
    considerRun(ctx, scan, i, j, s.firstToken);
    i = Math.max(j, scan.consumed);
  }
}

/** The pronoun "I", alone or with its contraction: "I", "I'm", "I’ve". */
const PRONOUN_I = /^I(?:['’](?:m|ve|ll|d))?$/;

/**
 * Token i, a run of its own, names nothing: the pronoun "I" anywhere; else, no given name and no
 * surname the article gives, a day or a month ("Monday", "March"), or, opening its sentence (or
 * after a mark that does), an everyday word capitalised there (COMMON_CAPITALISED: "It", "But",
 * "This", "When", "A"), not in capitals ("WHO").
 */
function namesNothing(ctx: EntityContext, i: number, first: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  if (PRONOUN_I.test(t.text)) return true;
  if (isFirstName(t.text) || ctx.surnames.has(t.text)) return false;
  if (WEEKDAYS.has(t.text) || MONTHS.has(t.text)) return true;
  if (!(i === first || (i - 1 === first && tokens[first].kind === 'punct'))) return false;
  return COMMON_CAPITALISED.has(t.lower) && (t.text.length === 1 || !isAllCaps(t.text));
}

/** Most words of a nickname in quotation marks inside a name. */
const NICKNAME_WORDS = 2;

/**
 * After a given name, a nickname in quotation marks at token j, one or two capitalised words,
 * then the family name, capitalised, spaced: where the family name starts, or -1.
 */
function nicknameEnd(tokens: readonly Token[], j: number, end: number): number {
  const open = tokens[j];
  if (open.kind !== 'punct' || !QUOTE_MARKS.has(open.text) || !isCapWord(tokens[j - 1]) || !(isPlainFirstName(tokens[j - 1].text) || worldNameGender(tokens[j - 1].text))) return -1;
  let k = j + 1;
  while (k < end && k <= j + NICKNAME_WORDS && isCapWord(tokens[k])) k++;
  const close = tokens[k];
  if (k === j + 1 || k + 1 >= end || !close || close.text !== (CLOSING_MARK[open.text] ?? open.text)) return -1;
  const family = tokens[k + 1];
  return family.start > close.end && isCapWord(family) ? k + 1 : -1;
}

/** The mark that closes a quotation opened by a curly mark; a straight one closes itself. */
const CLOSING_MARK: Readonly<Record<string, string>> = { '“': '”', '‘': '’' };

/** The capitalised words from `k` on are everyday words that end the name: "Coastal Arts", not "Prevention of Cruelty". */
function everydayWordsFrom(tokens: readonly Token[], k: number, end: number): boolean {
  let n = 0;
  for (; k < end && isCapWord(tokens[k]); k++, n++) if (!COMMON_WORDS.has(tokens[k].lower)) return false;
  return n > 0 && !(k < end && NAME_GLUE.has(tokens[k].lower));
}

/** A party's member, named by the party: "a Democrat of Vermont", "a Republican of Iowa". */
const PARTY_MEMBERS = new Set(['democrat', 'republican']);

/** Lower-case words that carry a name on: "of", "for", "and", "to". */
const NAME_GLUE = new Set(['of', 'for', 'and', 'to', 'on', 'in', '&']);

