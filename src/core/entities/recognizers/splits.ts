// One run, two names: an organisation and a place, or an organisation, a title and a person.
import { AGENCIES, COMMON_WORDS, DEMONYMS, isFirstName, isKnownPlace, isPlainFirstName, KNOWN_ORGS, ORG_WORDS, PORTFOLIO_WORDS, TITLE_WORDS, worldNameGender } from '../../lexicon/lexicon';
import type { EntityContext } from '../context';
import { isCapWord } from '../../text/words';
import { hasOrgWord } from '../tests';
import { twoPartPortfolioHead } from '../joined';
import { HONORIFICS, MEMBER_INITIALS, OFFICES, ORG_FIRST_WORDS, ORG_LAST_WORDS, TITLE_HEADS } from '../words';
import type { EntityExample } from './rule';
import { unlistedWords } from './title-cue';

interface SplitRule {
  readonly id: string;
  readonly description: string;
  readonly examples: readonly EntityExample[];
  /** Where the run splits into two names, or -1. */
  splitAt(ctx: EntityContext, a: number, b: number): number;
}

/**
 * "OSCE Chechnya mission", "U.N. Geneva office": a known organisation next to a known place is
 * two names (not "Dynamo Moscow" or "CITIC Pacific", where the organisation is no known one).
 */
const orgThenPlace: SplitRule = {
  id: 'org-place-split',
  description: 'A known organisation next to a known place is two names: "NATO Brussels office".',
  examples: [{ text: 'Staff at the NATO Brussels office were told to stay home.', name: 'Brussels', type: 'place' }],
  splitAt({ text, tokens }, a, b) {
    if (!(b - a >= 2 && b - a <= 4 && (ORG_FIRST_WORDS.has(tokens[a].text) || ORG_LAST_WORDS.has(tokens[b - 1].text)))) return -1;
    for (let k = a + 1; k < b; k++) {
      const left = text.slice(tokens[a].start, tokens[k - 1].end);
      const right = text.slice(tokens[k].start, tokens[b - 1].end);
      if (((KNOWN_ORGS.has(left) || AGENCIES.has(left)) && isKnownPlace(right)) || (isKnownPlace(left) && (KNOWN_ORGS.has(right) || AGENCIES.has(right)) && !isKnownPlace(right))) return k;
    }
    return -1;
  },
};

/**
 * "Central Bank Governor Maren Holt", "Davrell CEO Tomas Quist": an organisation,
 * then a title and a person; after an institution's word, any two names ("Security Council
 * President Anil Rao").
 */
/** tokens[a, k) are all a title's words or a portfolio's: "Chief Operating", an office's start, no body's name. */
function officeWords(tokens: EntityContext['tokens'], a: number, k: number): boolean {
  for (let j = a; j < k; j++) if (!TITLE_WORDS.has(tokens[j].lower) && !PORTFOLIO_WORDS.has(tokens[j].lower)) return false;
  return true;
}


/** Words that rank an office before its head: "Executive Chairman", "National Executive Director", "Vice President", "Democratic Governor". */
const OFFICE_RANKS = new Set(['executive', 'managing', 'national', 'general', 'deputy', 'vice', 'chief', 'senior', 'assistant', 'associate', 'acting', 'interim',
  'regional', 'international', 'democratic', 'republican', 'lieutenant']);

/** Where an office's ranks begin before its head at k, back to `a` at most: "Executive Chairman" from "Chairman". */
function rankStart(tokens: EntityContext['tokens'], a: number, k: number): number {
  let s = k;
  while (s - 1 >= a && OFFICE_RANKS.has(tokens[s - 1].lower) && tokens[s - 1].text !== tokens[s - 1].lower) s--;
  return s;
}

/** tokens [a, s) are a body's name: a known body or agency, or a name with a body's word ("Harbour Party"). */
function bodyBefore(ctx: EntityContext, a: number, s: number): boolean {
  const name = ctx.text.slice(ctx.tokens[a].start, ctx.tokens[s - 1].end);
  return KNOWN_ORGS.has(name) || AGENCIES.has(name) || ORG_LAST_WORDS.has(ctx.tokens[s - 1].lower) || hasOrgWord(ctx, a, s);
}

/** Tokens [a, k) are a title's word and everyday words, no body's: a portfolio, "Official Languages". */
function titledPortfolio(ctx: EntityContext, a: number, k: number): boolean {
  if (k - a < 2 || !TITLE_WORDS.has(ctx.tokens[a].lower) || bodyBefore(ctx, a, k)) return false;
  for (let j = a + 1; j < k; j++) if (!COMMON_WORDS.has(ctx.tokens[j].lower)) return false;
  return true;
}

const orgThenTitledPerson: SplitRule = {
  id: 'org-title-person-split',
  description: 'An organisation, a title and a person are two names: "Harbour Board Chairman Ivo Sandler".',
  examples: [
    { text: 'Harbour Board Chairman Ivo Sandler resigned on Friday.', name: 'Ivo Sandler', type: 'person' },
    { text: 'Safety\n\nThe Directorate General of Rail Safety has ordered an inquiry.', name: 'Directorate General of Rail Safety', type: 'organization' },
    // (After a body's name with its own word, two names are a person whatever the given name.)
    { text: 'Reserves\n\nMeanwhile, Bank of Kelby Governor Jameel Okafor told a briefing that reserves were adequate.', name: 'Jameel Okafor', type: 'person', role: 'Governor' },
    // (Not a court's level and its judge: one title, and no organisation "U.S. District".)
    { text: 'U.S. District Judge Marta Vell blocked the law on Friday.', name: 'U.S. District', type: null },
    // (Nor a firm's office whose portfolio comes before its title: "Chief Operating Officer Lena Early".)
    { text: 'Chief Operating Officer Lena Early said the plant would reopen.', name: 'Operating', type: null },
    { text: 'Treaty Negotiations Minister Rhys Colby said little.', name: 'Treaty Negotiations', type: null },
    { text: 'Fees\n\nUniversities Minister Tomas Brink said the cap would stay.', name: 'Tomas Brink', type: 'person', role: 'Universities Minister' },
    { text: 'Health Cabinet Secretary Tomas Brink said the clinics would open.', name: 'Health Cabinet', type: null },
    { text: 'District Police Officer Dana Ruiz said the roads were closed.', name: 'District Police', type: null },
    { text: 'Health and Social Care Secretary Dana Ruiz said the wards would reopen.', name: 'Health and Social Care', type: null },
    { text: 'Official Languages Commissioner Tomas Brink said he was watching.', name: 'Languages', type: null },
    { text: 'Fianna Fáil TD Colm Brady said he would raise it in the Dáil.', name: 'Colm Brady', type: 'person' },
    { text: 'Plaid Cymru MS Rhodri ab Owain said he would raise it in the Senedd.', name: 'Rhodri ab Owain', type: 'person' },
    // (An auditor's office is one title: no body "Auditor".)
    { text: 'Audit\n\nThe report by Auditor General Dana Ruiz found gaps in the accounts.', name: 'Dana Ruiz', type: 'person', role: 'Auditor General' },
    // (An office with its ranks after a body's name: the split falls before the ranks.)
    { text: 'Harbour Party National Executive Director Dana Ruiz said the vote was lost.', name: 'Dana Ruiz', type: 'person' },
    { text: 'Harbour Party National Executive Director Dana Ruiz said the vote was lost.', name: 'Harbour Party', type: 'organization' },
    // (An office and a body's word alone after a place: one court's name.)
    { text: 'Court\n\nA man was jailed for 16 months, Harlow Sheriff Court heard.', name: 'Harlow Sheriff Court', type: 'organization' },
    // (A Kenyan county assembly's member: "MCA".)
    { text: 'Farmers protest\n\nBut Tarvik MCA Daniel Mutua dismissed the explanation as an excuse.', name: 'Daniel Mutua', type: 'person' },
    // (A body's member before a given name and a surname; or with a portfolio after "for", the whole office the role.)
    { text: 'Levies\n\nVelby Committee Member Dana Ruiz said the fees were fair.', name: 'Dana Ruiz', type: 'person', role: 'Member' },
    { text: 'Levies\n\nBut Velby County Executive Committee Member for Trade Jane Akinyi defended the rates.', name: 'Jane Akinyi', type: 'person', role: 'Velby County Executive Committee Member for Trade' },
  ],
  splitAt(ctx, a, b) {
    const { tokens } = ctx;
    for (let k = a + 1; k + 1 < b; k++) {
      const w = tokens[k].lower;
      // ("Harlow Sheriff Court": an office and a body's word alone after it are the body's name.)
      if (k + 2 === b && ORG_WORDS.has(tokens[b - 1].lower)) continue;
      // (After a body's name with its own word, "Bank of Kelby Governor Jameel Okafor", two or
      // three names with no body's word are a person whatever the given name.)
      // (Not "Directorate General of Civil Aviation": the person's name opens with a capital.)
      const personAfter = isFirstName(tokens[k + 1].text) || (isCapWord(tokens[k + 1]) && b - k - 1 >= 2 && b - k - 1 <= 3 && !hasOrgWord(ctx, k + 1, b) && (ORG_WORDS.has(tokens[k - 1].lower) || (hasOrgWord(ctx, a, k) && unlistedWords(ctx, k + 1, b))));
      // (Not a court's level before its judge: "U.S. District Judge Marta Vell" is one title.)
      // (Nor a minister's portfolio, however unknown its words: "Treaty Negotiations Minister Rhys
      // Colby" holds one title.)
      // (A member's initials in capitals after a party or a place, before a name of two words or
      // more, whatever its first name: "Fianna Fáil TD Colm Brady", "Plaid Cymru MS Rhodri ab
      // Owain": "MS" so is a Member of the Senedd, no woman's title.)
      if (MEMBER_INITIALS.has(w) && tokens[k].text === tokens[k].text.toUpperCase() && isCapWord(tokens[k - 1]) && b - k - 1 >= 2 && b - k - 1 <= 4 && !hasOrgWord(ctx, k + 1, b)) return k;
      // (Nor the cabinet's office: "Health Cabinet Secretary Tomas Brink".)
      // (Nor a portfolio in two parts: "Health and Social Care Secretary Dana Ruiz".)
      // (A body's known or plain name, then an office with its ranks: "Harbour Party National
      // Executive Director Dana Ruiz", "Velcor Executive Chairman Tomas Brink": the split falls
      // before the ranks, where the body's name ends.)
      if (TITLE_HEADS.has(w) && !HONORIFICS.has(w) && personAfter && TITLE_WORDS.has(tokens[k - 1].lower) && isFirstName(tokens[k + 1].text)) {
        const s = rankStart(tokens, a, k);
        if (s > a && s < k && bodyBefore(ctx, a, s)) return s;
      }
      // (Nor a portfolio opened by a title's own word and holding no body's: "Official Languages
      // Commissioner Tomas Brink" holds one title.)
      // (A body's member is its office too: "Harlow Committee Member Dana Ruiz".)
      if ((TITLE_HEADS.has(w) || (w === 'member' && ORG_WORDS.has(tokens[k - 1].lower))) && w !== 'minister' && !HONORIFICS.has(w) && personAfter && !TITLE_WORDS.has(tokens[k - 1].lower) && tokens[k - 1].lower !== 'cabinet' && !officeWords(tokens, a, k) && !DEMONYMS.has(tokens[k - 1].lower) && !COURT_LEVELS.has(tokens[k - 1].lower)
        && twoPartPortfolioHead(ctx, a, b) !== k && !titledPortfolio(ctx, a, k)) return k;
    }
    return -1;
  },
};

/**
 * "the ambassador to the Harbour Union Dana Ruiz", "the chief of the Velmora Rowing Club Karim
 * Nasser": a body's name, closed by an institution's word, then a first name and a surname with
 * no title between, as copy runs a body and the person who speaks for it together.
 */
const orgThenPerson: SplitRule = {
  id: 'org-person-split',
  description: 'A body\'s name closed by an institution\'s word, then a first name and a surname, is two names: "the Velmora Rowing Club Karim Nasser", "in the Senate Tomas Brink termed".',
  examples: [
    { text: 'The chief of the Velmora Rowing Club Karim Nasser resigned on Friday.', name: 'Karim Nasser', type: 'person' },
    { text: 'The chief of the Velmora Rowing Club Karim Nasser resigned on Friday.', name: 'Velmora Rowing Club', type: 'organization' },
    // (A body of one word after "the", its member acting after: "opposition leader in the Senate Tomas Brink termed".)
    { text: 'Row\n\nMeanwhile, opposition leader in the Senate Tomas Brink termed the claims "baseless".', name: 'Tomas Brink', type: 'person' },
    // (Not a first name that opens a place or a body of its own: "Union Jack", "Trinity College Dublin".)
    { text: 'She studied at Trinity College Dublin for two years.', name: 'Trinity College Dublin', type: 'organization' },
    { text: 'The Harbour Agency Grace Cup drew forty teams, and the cup was hard won.', name: 'Grace Cup', type: null },
    // (Nor an office of a body before its holder: "Inspector General of Police".)
    { text: 'Inspector General of Police Tomas Brink said more officers would be sent.', name: 'Inspector General of Police', type: null },
  ],
  splitAt(ctx, a, b) {
    const { tokens } = ctx;
    // (Not an office of a body before its holder: "Inspector General of Police Tomas Brink".)
    if (TITLE_HEADS.has(tokens[a].lower) && tokens[a + 1]?.lower !== "'s" && officeOf(tokens, a, b)) return -1;
    // (The body of two words or more, the person of two or three; or of one after "the": "opposition
    // leader in the Senate Tomas Brink".)
    // (Then the person acts, a word in lower case after the name: not "a match on the Arena Tomas
    // Vell.", a place named after someone.)
    const lowest = a > 0 && tokens[a - 1].text === 'the' && tokens[b]?.kind === 'word' && tokens[b].text === tokens[b].lower ? a + 1 : a + 2;
    for (let k = b - 2; k >= lowest && k >= b - 3; k--) {
      // (A first name no everyday word, and a last word the article writes in lower case nowhere:
      // not "the Harlow News Early Show", "the Harbour Agency Grace Cup".)
      if (!ORG_WORDS.has(tokens[k - 1].lower) || !(k === a + 1 ? isPlainFirstName(tokens[k].text) || worldNameGender(tokens[k].text) : isFirstName(tokens[k].text)) || COMMON_WORDS.has(tokens[k].lower) || isKnownPlace(tokens[k].text)
        || ORG_WORDS.has(tokens[k].lower) || ctx.lowerVocab.has(tokens[b - 1].lower)) continue;
      let person = true;
      for (let j = k; j < b; j++) if (!/^\p{Lu}[\p{L}'’-]*$/u.test(tokens[j].text) || ORG_WORDS.has(tokens[j].lower) || TITLE_WORDS.has(tokens[j].lower) || isKnownPlace(tokens[j].text)) person = false;
      if (person) return k;
    }
    return -1;
  },
};

/** Title's words from a, then "of": "Inspector General of", "Commissioner of". */
function officeOf(tokens: EntityContext['tokens'], a: number, b: number): boolean {
  let k = a;
  while (k < b && TITLE_WORDS.has(tokens[k].lower)) k++;
  return k > a && k < b && tokens[k].lower === 'of';
}

/** A court's level, written before its judge's or its attorney's title: "District Judge", "Circuit Judge". */
const COURT_LEVELS: ReadonlySet<string> = new Set(['district', 'circuit']);

/**
 * "the Ontario Premier has defended ...", "a former BBC Vice President": a known place or body and
 * an office closing the run (its ranks with it), no name after it, are the place or the body and
 * the office, never one body.
 */
const placeThenOffice: SplitRule = {
  id: 'place-office-split',
  description: 'A known place or body and an office closing the run, with no name after it, are two: the place or the body, and an office that names no one ("the Ontario Premier", "a former BBC Vice President").',
  examples: [
    { text: 'Dana Ruiz, a former BBC Vice President, joined the board.', name: 'BBC', type: 'organization' },
    { text: 'The Ontario Premier has defended his record on hospitals.', name: 'Ontario', type: 'place' },
    { text: 'The Ontario Premier has defended his record on hospitals.', name: 'Ontario Premier', type: null },
  ],
  splitAt(ctx, a, b) {
    const { tokens } = ctx;
    if (b - a < 2 || b - a > 6) return -1;
    // (The office's own words before it: "Vice President", "Democratic Governor"; "Inspector General".)
    let k = b - 1;
    if (tokens[k].lower === 'general' && k - 1 > a && TITLE_WORDS.has(tokens[k - 1].lower)) k--;
    else if (!OFFICES.has(tokens[k].lower)) return -1;
    k = rankStart(tokens, a, k);
    if (k <= a) return -1;
    const before = ctx.text.slice(tokens[a].start, tokens[k - 1].end);
    return isKnownPlace(before) || KNOWN_ORGS.has(before) || AGENCIES.has(before) ? k : -1;
  },
};

export const SPLIT_RULES: readonly SplitRule[] = [orgThenPlace, orgThenTitledPerson, orgThenPerson, placeThenOffice];
