// Titles and roles that come with a name: "Foreign Minister Sergei Lavrov", "foreign minister
// Sergei Lavrov", "Mr. Kerry", "Democrat Dana Ruiz".
import { COMMON_CAPITALISED, COMMON_WORDS, DEMONYMS, isFirstName, isKnownPlace, KNOWN_ORGS, looksDemonym, ORG_WORDS, PORTFOLIO_WORDS, PRE_NAME_TITLES, TITLE_WORDS, worldNameGender } from '../../lexicon/lexicon';
import { isAllCaps, isCapWord } from '../../text/words';
import type { EntityContext } from '../context';
import { rankAt } from './ranks';
import { afterBodyNoun, atSentenceStart, hasOrgWord, honorificInBrackets, portfolioHeadBefore } from '../tests';
import { twoPartPortfolioHead } from '../joined';
import { CLAUSE_OPENERS, COMPASS, GOVERNMENT_LEVELS, HONORIFICS, honorificGender, NAME_CONNECTORS, OFFICES, PLACE_LAST, POSSESSIVES, ROLE_LEVELS, SEAT_HOLDERS, SECTOR_WORDS, SENTENCE_ADVERBS, STYLES_OF_ADDRESS, styleBeforeName, TITLE_HEADS } from '../words';
import { humanNoun } from '../../lexicon/people';
import type { EntityExample } from './rule';
import { bodyTailOutOfRole, placeInRole } from './role-bounds';

/**
 * Endings of nouns for someone's trade or field: "geneticist", "physician", "campaigner",
 * "negotiator"; not the adverbs and conjunctions so ending ("Wherever", "Whether", "Moreover").
 */
const AGENT_NOUN = /\p{Ll}(?:ist|ician|ologist|grapher|er|or|eer)$/u;
const NOT_AGENT = /(?:ever|ther|over)$|^(?:after|under|later|sooner|thereafter|hereafter)$/;

/** A portfolio's word at k right before a title's word (before `end`): "Law" in "Law Minister", "Union" in "Union Home Minister". */
function portfolioAt(tokens: EntityContext['tokens'], k: number, end: number): boolean {
  if (!PORTFOLIO_WORDS.has(tokens[k].lower) || k + 1 >= end) return false;
  const next = tokens[k + 1].lower;
  return next !== 'of' && (TITLE_WORDS.has(next) || PORTFOLIO_WORDS.has(next));
}

/** "PM" after a number is the time of day, no prime minister: "at 4 PM Dana Ruiz", "8:38PM". */
function timeOfDay(tokens: EntityContext['tokens'], k: number): boolean {
  return tokens[k].lower === 'pm' && k > 0 && tokens[k - 1].kind === 'number';
}

/** Who someone is opening the run before a name of two words: "Student Ana Cole", not "(Division of) Student Affairs". */
function preNameTitleAt(tokens: EntityContext['tokens'], k: number, a: number, b: number): boolean {
  if (k !== a || b - k - 1 < 2 || !PRE_NAME_TITLES.has(tokens[k].lower)) return false;
  // (A given name after it, or a word no everyday one, and no everyday word last: not "a Boxer
  // Travel Bursary".)
  if (!isFirstName(tokens[k + 1].text) && COMMON_WORDS.has(tokens[k + 1].lower)) return false;
  if (COMMON_WORDS.has(tokens[b - 1].lower) && !isFirstName(tokens[k + 1].text)) return false;
  const before = tokens[k - 1]?.lower;
  return before !== 'of' && before !== 'the' && before !== 'a' && before !== 'an';
}

/** Ranks "Lance" opens: "Lance Corporal", "Lance Sergeant", "Lance Bombardier". */
const LANCE_RANKS = new Set(['corporal', 'sergeant', 'bombardier', 'cpl', 'cpl.', 'sgt', 'sgt.', 'bdr']);

/** An initial, or initials written together: "V.", "N.K.". */
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;

/**
 * Where a name starts in a run that opens with a portfolio, after "Minister for" ("Home Affairs
 * Anil Rao", "Road Transport K. Anil Rao"): at an initial, or at a first name after an everyday
 * word of the portfolio ("Affairs", "Health"); -1 when nothing marks it. The name keeps a word
 * at least after its start.
 */
function portfolioEnd(ctx: EntityContext, from: number, b: number, placeOnly = false, seat = false): number {
  const { tokens, text } = ctx;
  for (let k = from + 1; k < b; k++) {
    const t = tokens[k];
    // ("Minister for Health and Social Care Dana Ruiz": a portfolio in two parts.)
    if (t.lower === 'and' && !placeOnly && k + 2 < b && isCapWord(tokens[k + 1])) continue;
    if (!isCapWord(t)) return -1;
    if (k + 1 >= b) return -1;
    // (A seat's name, however unknown, before a first name and a surname: "Member for Quarrow Dana Ruiz".)
    if (seat && isFirstName(t.text) && !COMMON_WORDS.has(t.lower)) return k;
    // (After a known place's name: "ambassador to Harlow Dana Ruiz".)
    if (k - from <= 3 && isKnownPlace(text.slice(tokens[from].start, tokens[k - 1].end)) && !isKnownPlace(text.slice(tokens[from].start, t.end))) return k;
    // (After "to", only a place: "an adviser to George H. Vell" serves a person, named whole.)
    if (placeOnly) continue;
    if (INITIAL.test(t.text)) return k;
    const prev = tokens[k - 1].lower;
    // (A portfolio of one word no list holds, before a first name and a surname: "Minister for the
    // Marine Cathal Reilly".)
    if ((isFirstName(t.text) || worldNameGender(t.text)) && !PORTFOLIO_WORDS.has(t.lower) && !COMMON_WORDS.has(t.lower) && (PORTFOLIO_WORDS.has(prev) || COMMON_WORDS.has(prev) || (k === from + 1 && b - k === 2 && !isFirstName(tokens[from].text)))) return k;
    // (Or before the run's last two or three words when no list holds any of them: "Minister of
    // Electricity Zandile Mokoena", a first name the lists do not know.)
    if ((PORTFOLIO_WORDS.has(prev) || COMMON_WORDS.has(prev) || (k === from + 1 && b - k === 2)) && b - k >= 2 && b - k <= 3 && unlistedWords(ctx, k, b)) return k;
  }
  return -1;
}

/**
 * A title a name follows, inside the run tokens[from, b) after capitalised words no first name
 * ("Health CS Dr Amani Kerubo", "Quarle Board Director Prof. Tomas Vell"), where the walk over
 * the title's words stopped at a word no list holds: its position, or -1. The words before it
 * are the role. Before a first name, or two or three capitalised words, and no initials ("MS Rajan").
 */
function innerTitle(tokens: EntityContext['tokens'], a: number, from: number, b: number): number {
  for (let h = Math.max(from, a + 1); h <= b - 3; h++) {
    if (!styleBeforeName(tokens[h].lower)) continue;
    if (b - h - 1 > 3 || initialsNotTitle(tokens, h) || !(isFirstName(tokens[h + 1].text) || b - h - 1 === 2)) return -1;
    for (let j = a; j < b; j++) if (j !== h && (tokens[j].kind !== 'word' || !isCapWord(tokens[j]) || (j < h && isFirstName(tokens[j].text)))) return -1;
    return h;
  }
  return -1;
}

/**
 * Where an office ends whose portfolio or body no list holds, in the run tokens[a, b), or -1:
 * "Harbour Minister Vikram Kelkar", "Ports Minister Dana Hale" (an office after a word or two
 * that name its portfolio or body, before a name of two words); "Mineral Resources and Energy
 * Minister Tomas Brink" (a portfolio in two parts).
 */
function unlistedOfficeEnd(ctx: EntityContext, a: number, b: number): number {
  const { tokens } = ctx;
  const two = twoPartPortfolioHead(ctx, a, b);
  if (two > 0) return two + 1;
  // (After a province's or a state's name: "Limpopo Local Government Minister Tarun Quarle".)
  const from = b - a >= 5 && isKnownPlace(tokens[a].text) ? a + 1 : a;
  for (let h = from + 1; h <= from + 2 && h < b - 1; h++) {
    // (One office, before a name: not "Young Presidents Organization".)
    // (Or an office joined to a title's word by a hyphen: "QRC Secretary-General Jasem Velmani".)
    if (!(OFFICES.has(tokens[h].lower) || hyphenedOffice(tokens[h].lower)) || tokens[h].lower.endsWith('s') || hasOrgWord(ctx, h + 1, b)) continue;
    if (b - h - 1 < 2 && !isFirstName(tokens[h + 1].text)) return -1;
    // (A portfolio may be a body's word too: "Emergency Services Minister", and "Government" after
    // a level of it: "Local Government Minister".)
    for (let j = from; j < h; j++) if (!isCapWord(tokens[j]) || isFirstName(tokens[j].text) || (ORG_WORDS.has(tokens[j].lower) && !PORTFOLIO_WORDS.has(tokens[j].lower) && !(tokens[j].lower === 'government' && GOVERNMENT_LEVELS.has(tokens[j - 1].lower)))) return -1;
    // ("Harbour Board Secretary General Ines Ward": the office's own title words go with it.)
    let end = h + 1;
    while (b - end > 2 && TITLE_WORDS.has(tokens[end].lower)) end++;
    return end;
  }
  return -1;
}

/** An office and a title's word joined by a hyphen: "secretary-general", "director-general", "vice-president". */
function hyphenedOffice(lw: string): boolean {
  if (!lw.includes('-')) return false;
  if (TITLE_WORDS.has(lw)) return true;
  const parts = lw.split('-');
  return parts.length === 2 && parts.some((p) => OFFICES.has(p)) && parts.every((p) => OFFICES.has(p) || TITLE_WORDS.has(p));
}

/** "Chief Election Commissioner Sikandar Quarle": one word no list holds between a title's word and an office, before a name of two words. */
function unlistedPortfolioAt(tokens: EntityContext['tokens'], k: number, a: number, b: number): boolean {
  return k > a && b - k - 2 >= 2 && TITLE_WORDS.has(tokens[k - 1].lower) && OFFICES.has(tokens[k + 1].lower) && isCapWord(tokens[k])
    && !isFirstName(tokens[k].text) && !ORG_WORDS.has(tokens[k].lower) && !isKnownPlace(tokens[k].text);
}

/** "of" or "of the" right before token k, after the run's start a: "Chief of Staff", "Leader of the Opposition". */
function ofAt(tokens: EntityContext['tokens'], k: number, a: number): boolean {
  return tokens[k - 1].lower === 'of' || (k - 2 > a && tokens[k - 1].lower === 'the' && tokens[k - 2].lower === 'of');
}

/** "Tan Sri", "Puan Sri", "Dato Sri": Malaysian honours of two words, "Sri" only after its first (not "Sri Lanka"). */
function malaySri(tokens: EntityContext['tokens'], k: number, a: number): boolean {
  const t = tokens[k].text;
  if (t === 'Tan') return tokens[k + 1]?.text === 'Sri';
  return t === 'Sri' && k > a && /^(?:Tan|Puan|Dato|Datuk|Dato'|Toh)$/.test(tokens[k - 1].text);
}

/** tokens[k, b) are all a title's words, no first name among them: "Secretary" after "Executive". */
function titlesOnly(tokens: EntityContext['tokens'], k: number, b: number): boolean {
  for (let j = k; j < b; j++) if (!TITLE_WORDS.has(tokens[j].lower) || isFirstName(tokens[j].text)) return false;
  return true;
}

/** tokens[k, b) are capitalised words no word list holds (no everyday, portfolio or title word, no known place): a name's. */
export function unlistedWords(ctx: EntityContext, k: number, b: number): boolean {
  for (let j = k; j < b; j++) {
    const t = ctx.tokens[j];
    if (!isCapWord(t) || t.text.length < 2 || COMMON_WORDS.has(t.lower) || PORTFOLIO_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower) || ORG_WORDS.has(t.lower) || isKnownPlace(t.text)) return false;
  }
  return true;
}

/** tokens[k, b) are everyday words in capitals, none a first name, a place or a body's word: an office's portfolio ("Public Prosecutions", "Information"). */
function portfolioOnly(ctx: EntityContext, k: number, b: number): boolean {
  if (k >= b || isKnownPlace(ctx.text.slice(ctx.tokens[k].start, ctx.tokens[b - 1].end))) return false;
  for (let j = k; j < b; j++) {
    const t = ctx.tokens[j];
    const everyday = COMMON_WORDS.has(t.lower) || (t.lower.endsWith('s') && COMMON_WORDS.has(t.lower.slice(0, -1)));
    if (!isCapWord(t) || !everyday || (ORG_WORDS.has(t.lower) && !PORTFOLIO_WORDS.has(t.lower)) || isFirstName(t.text) || isKnownPlace(t.text)) return false;
  }
  return true;
}

/** "Minister for", "Secretary of State for", "Minister of State for" ends at token i - 1: where the title opens, or -1. */
function portfolioTitleBefore(ctx: EntityContext, i: number, sentStart: number): number {
  const { tokens } = ctx;
  if (i - 2 < sentStart) return -1;
  const h = tokens[i - 2];
  // ("China's ambassador to Harlow Dana Ruiz": a lower-case title and "to", then the place served.)
  if (tokens[i - 1].lower === 'to' && h.kind === 'word' && h.text === h.lower && TITLE_HEADS.has(h.lower)) return i - 2;
  // ("Minister for the Marine Cathal Reilly": or "for the", as Irish and British copy writes a portfolio.)
  const f = tokens[i - 1].lower === 'the' && i - 3 >= sentStart && tokens[i - 2].lower === 'for' ? i - 2 : i - 1;
  if (tokens[f].lower !== 'for') return -1;
  // ("Member for Quarrow Dana Ruiz": a member for the seat, as Australian copy writes it.)
  const head = tokens[f - 1];
  if (!isCapWord(head) || !(TITLE_HEADS.has(head.lower) || head.lower === 'state' || SEAT_HOLDERS.has(head.lower))) return -1;
  let s = f - 1;
  while (s - 1 >= sentStart && s > f - 6 && (isCapWord(tokens[s - 1]) || tokens[s - 1].lower === 'of') && tokens[s - 1].kind === 'word') s--;
  // ("But County Executive Committee Member for Trade ...": a word opening the clause is not the title's.)
  while (s < f - 1 && (tokens[s].lower === 'of' || tokens[s].lower === 'the' || CLAUSE_OPENERS.has(tokens[s].lower) || SENTENCE_ADVERBS.has(tokens[s].lower) || tokens[s].lower === 'and')) s++;
  return s;
}

export interface Titled {
  /** The run's start after words that describe someone ("Democrat Dana Ruiz"). */
  readonly a: number;
  /** Where the name proper starts, after a title prefix. */
  readonly nameStart: number;
  readonly role: string | null;
  readonly gender: 'male' | 'female' | null;
}

/** The role of the title words tokens[a, end): a style of address after the office is no part of it ("Foreign Secretary Dr Anil Rao"). */
function officeRole({ text, tokens }: EntityContext, a: number, end: number): string {
  let last = end - 1;
  // (Capitalised, as a style is before a name: "law professor" is an office.)
  while (last > a && STYLES_OF_ADDRESS.has(tokens[last].lower) && tokens[last].text !== tokens[last].lower) last--;
  return text.slice(tokens[a].start, tokens[last].end);
}

/** "Health Cabinet Secretary Tomas Brink", "Cabinet Minister Dana Ruiz": "Cabinet" before a cabinet's office is the title's. */
function cabinetOffice(tokens: EntityContext['tokens'], k: number): boolean {
  return tokens[k].lower === 'cabinet' && k + 1 < tokens.length && (tokens[k + 1].lower === 'secretary' || tokens[k + 1].lower === 'minister');
}

/** A title's word, with its period or without: "MD Dana Ruiz" is a managing director, but "Md Karim Nasser" is Muhammad, part of the name. */
function titleWordAt(text: string, w: string): boolean {
  if ((w === 'md' || w === 'md.') && text !== 'MD') return false;
  return TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/\.$/, ''));
}

/**
 * A role of portfolio words alone, ending at tokens[end - 1] before the name, that closes a
 * longer title: "Senior Minister of State for Sustainability and the Environment Amy Khor" (the
 * run holds "Environment" alone, the title "Minister" is before it, portfolioHeadBefore): the
 * whole title, from its first capitalised word; else null.
 */
function portfolioRole(ctx: EntityContext, role: string, end: number, sentStart: number): string | null {
  const { tokens, text } = ctx;
  // (The role's first token: the role's text ends at tokens[end - 1].)
  let r0 = end - 1;
  while (r0 > sentStart && tokens[end - 1].end - tokens[r0].start < role.length) r0--;
  if (r0 < 3 || text.slice(tokens[r0].start, tokens[end - 1].end) !== role) return null;
  for (let k = r0; k < end; k++) if (!(PORTFOLIO_WORDS.has(tokens[k].lower) || TITLE_WORDS.has(tokens[k].lower)) || TITLE_HEADS.has(tokens[k].lower) || !isCapWord(tokens[k])) return null;
  const head = portfolioHeadBefore(ctx, r0, sentStart);
  if (head < 0) return null;
  let first = head;
  while (first - 1 >= sentStart && isCapWord(tokens[first - 1]) && (TITLE_WORDS.has(tokens[first - 1].lower) || PORTFOLIO_WORDS.has(tokens[first - 1].lower))) first--;
  return text.slice(tokens[first].start, tokens[end - 1].end);
}

/**
 * Where the body of an office after "of" serves, named right after it, before its holder's name of
 * two words or more: "Inspector General of Police Punjab Tomas Brink", as South Asian copy writes
 * a police office; the place is the office's, no part of the name.
 */
function placeOfOffice(tokens: EntityContext['tokens'], k: number, a: number, b: number): boolean {
  // (At the body's word, the place after it; or at the place.)
  const p = tokens[k - 1]?.lower === 'of' ? k + 1 : k;
  return p - 2 > a && tokens[p - 2].lower === 'of' && ORG_WORDS.has(tokens[p - 1].lower) && b - p - 1 >= 2 && isKnownPlace(tokens[p].text);
}

/**
 * A title before a name makes a person and gives the role: a prefix ("U.S. Secretary of State
 * John Kerry", "Hong Kong Transport Secretary Alan Wei"), an honorific ("Mr. Kerry", which
 * also gives the gender), a lower-case title right before the run ("foreign minister Sergei
 * Lavrov", "Russia's foreign minister"), or words that describe someone before a first name and
 * a surname ("Democrat Dana Ruiz", "Ex-Rover Tomas Brink"; not "Harlow Rovers").
 */
export const titleCue = {
  id: 'title-cue',
  description: 'A title before a name makes a person and gives the role: "Foreign Minister Sergei Lavrov", "Mrs. Okafor".',
  examples: [
    // (A party's member, after a place perhaps: "Ohio Democrat Dana Ruiz" is a person, the role "Ohio Democrat".)
    { text: 'At the hearing, Ohio Democrat Dana Ruiz asked the witness to explain the gap.', name: 'Dana Ruiz', type: 'person', role: 'Ohio Democrat' },
    // (A body's initials and an office joined by a hyphen, before a name no list knows.)
    { text: 'Talks\n\nQRC Director-General Jasem Velmani said the talks would resume.', name: 'Jasem Velmani', type: 'person', role: 'QRC Director-General' },
    // ("MK" before a full name is a Member of the Knesset; before one word, a man's initials.)
    { text: '"We will not sit in this government," MK Colm Brady wrote on Sunday.', name: 'Colm Brady', type: 'person' },
    // (A school's head before a name no list knows.)
    { text: 'Headteacher Colm Brady said the policy was clear and fair.', name: 'Colm Brady', type: 'person' },
    // (A compass word that is a given name too, before a place's word, is the place's: no role.)
    { text: "Cocoa farmers in Tarvia's Western North Region blocked roads on Tuesday.", name: 'Western North Region', type: 'place' },
    // (A portfolio that is a body's word too: "Emergency Services Minister".)
    { text: 'Emergency Services Minister Kath Vale said extra paramedics had been rostered on.', name: 'Kath Vale', type: 'person' },
    // (Filipino copy's "Atty." an attorney; "Ma." after a title abbreviates María, part of the name.)
    { text: 'Rice\n\nAtty. Josefina Vell, counsel for the farmers, told the panel the group would go to court.', name: 'Josefina Vell', type: 'person' },
    { text: 'Rice\n\nSen. Ma. Teresa Vell said prices would fall within weeks.', name: 'Ma. Teresa Vell', type: 'person' },
    // (A place's word closing a body's longer name is no part of the role.)
    { text: 'Load shedding\n\nBusiness Unity South Africa chief executive Cas Velder said the cuts cost the economy millions a day.', name: 'Cas Velder', type: 'person', role: 'chief executive' },
    // ("Chair", as "Chairman", an office's head after the body's name.)
    { text: 'Rates\n\nThe Harbour Reserve Chair Tomas Vell said rates would rise.', name: 'Tomas Vell', type: 'person', role: 'Chair' },
    // (Nor the words after "of" in a body's name: "Harlow Chamber of Commerce chief executive".)
    { text: 'Budget\n\nHarlow Chamber of Commerce chief executive Sanjay Vell said small firms had been left behind.', name: 'Sanjay Vell', type: 'person', role: 'chief executive' },
    { text: 'Talks\n\nVelmora Farmers Union president Dana Ruiz urged talks with the ministry.', name: 'Dana Ruiz', type: 'person', role: 'president' },
    // (A department's word before its office: "Business Secretary", "Schools Minister".)
    { text: 'Trade\n\nThe deal was signed. Business Secretary Tomas Hale said tariffs would fall.', name: 'Tomas Hale', type: 'person', role: 'Business Secretary' },
    // (An occupation opening the sentence before a name: "Horticulturist", "Pharmacist".)
    { text: 'Plants\n\nHorticulturist Maya Vell says the most common mistake is overwatering.', name: 'Maya Vell', type: 'person', role: 'Horticulturist' },
    // (A long title whose portfolio ends "and the ...": the whole title, not its last word.)
    { text: 'Hawkers\n\nSenior Minister of State for Harbours and the Environment Amy Vell said the cap would help.', name: 'Amy Vell', type: 'person', role: 'Senior Minister of State for Harbours and the Environment' },
    // (A place's name of two words before the office is the role's.)
    { text: 'Budget\n\nThe former Cape Town mayor Dana Velder said the cuts were fair.', name: 'Dana Velder', type: 'person', role: 'Cape Town mayor' },
    // (A word of the role's level before its portfolio in lower case: the opposition's spokesman is
    // no government's.)
    { text: 'Sacking\n\nOpposition local government spokesman Amy Vell said the sacking was late.', name: 'Amy Vell', type: 'person', role: 'Opposition local government spokesman' },
    { text: 'Budget\n\nThe former Cebu City mayor Dana Velder said the cuts were fair.', name: 'Dana Velder', type: 'person', role: 'Cebu City mayor' },
    { text: 'Budget\n\nThe former Bandar Seri Begawan mayor Dana Velder said the cuts were fair.', name: 'Dana Velder', type: 'person', role: 'Bandar Seri Begawan mayor' },
    // (A province's name, then a portfolio and an office no list holds together: "Local Government".)
    { text: 'Hydrants\n\nLimpopo Local Government Minister Tarun Quarle said illegal hydrants would be demolished.', name: 'Tarun Quarle', type: 'person', role: 'Limpopo Local Government Minister' },
    // (Who someone is in lower case after words of a title: "Senior advocate", though the
    // surname is a town's name.)
    { text: 'Rations\n\nSenior advocate Tarun Barnala, appearing for the petitioners, said the lists were wrong.', name: 'Tarun Barnala', type: 'person', role: 'Senior advocate' },
    // (A substitute, as match reports shorten it: "Sub Marcus Vell struck late".)
    { text: 'Late draw\n\nSub Marcus Vell struck in the 94th minute to earn a draw.', name: 'Marcus Vell', type: 'person', role: 'Sub' },
    // ("Lance" opening a rank is no given name.)
    { text: 'Walk\n\nLance Corporal Kieran Vell, 36, finished the walk on Saturday.', name: 'Kieran Vell', type: 'person', role: 'Lance Corporal' },
    // (Other ranks: "Sapper", "Guardsman".)
    { text: 'Homecoming\n\nSapper Tom Kell and Guardsman Rhys Colby flew home on Friday.', name: 'Tom Kell', type: 'person', role: 'Sapper' },
    { text: 'Homecoming\n\nSapper Tom Kell and Guardsman Rhys Colby flew home on Friday.', name: 'Rhys Colby', type: 'person', role: 'Guardsman' },
    // (A rating, its grade before it: "Able Seaman"; "Seaman" only before a given name.)
    { text: 'Homecoming\n\nAble Seaman Jack Tarn, 21, met his son on the quayside.', name: 'Jack Tarn', type: 'person', role: 'Able Seaman' },
    { text: 'Homecoming\n\nOn Friday, Seaman Angus Tarn flew home.', name: 'Angus Tarn', type: 'person', role: 'Seaman' },
    { text: 'Levy\n\nTrade CS Moses Kiptoo said the levy would stay.', name: 'Moses Kiptoo', type: 'person', role: 'Trade CS' },
    // (A portfolio in two parts after "for": "Minister for Energy and Telecom".)
    { text: 'Data bill\n\nThe bill is ready, Minister for Energy and Telecom Shaza Karim said.', name: 'Shaza Karim', type: 'person', role: 'Minister for Energy and Telecom' },
    { text: 'Wards\n\nThe Secretary of State for Health and Social Care Dana Ruiz said the wards would reopen.', name: 'Dana Ruiz', type: 'person', role: 'Secretary of State for Health and Social Care' },
    { text: 'Roof appeal\n\nThe Rev Canon Sarah Vell led the service.', name: 'Sarah Vell', type: 'person', role: 'Rev Canon' },
    // (A player's place in the side, as cricket and rugby reports open with it: "Opener", "Spinner".)
    { text: 'Cricket\n\nOpener Zain Quarle hit an unbeaten 112 as Harlow won by six wickets.', name: 'Zain Quarle', type: 'person', role: 'Opener' },
    // (Sport's short word for who runs a side: "Rovers boss".)
    { text: 'Rovers boss Colm Brady said the side had run out of legs.', name: 'Colm Brady', type: 'person' },
    // (British police ranks, shortened or by initials; the initials only before a name of two words: "PC World" is a shop.)
    { text: 'Ch Supt Tomas Brink said extra patrols would be in place. PC Dana Ruiz is leading the inquiries.', name: 'Dana Ruiz', type: 'person' },
    { text: 'Ch Supt Tomas Brink said extra patrols would be in place.', name: 'Tomas Brink', type: 'person' },
    { text: 'Det Con Lena Early said the van had been found. Con Brady, a neighbour, saw it leave.', name: 'Lena Early', type: 'person' },
    { text: 'PC World cut its prices on Friday.', name: 'World', type: null },
    // (Who someone is in the story, as witness copy writes it: "Eyewitness", "Survivor", "Victim".)
    { text: 'Eyewitness Anil Rao told reporters he heard shots. Mr Rao hid in a shop.', name: 'Anil Rao', type: 'person' },
    { text: 'The police spokesperson, SP Dana Ruiz, said officers had been deployed.', name: 'Dana Ruiz', type: 'person' },
    { text: 'Transport Minister Halima Osei opened the new line.', name: 'Halima Osei', type: 'person' },
    // (Pakistani and Bangladeshi copy's courtesy titles, no part of the name.)
    { text: 'Information Minister Begum Dana Ruiz said the courts were independent.', name: 'Dana Ruiz', type: 'person' },
    { text: 'On Monday the court bailed opposition leader Ch Tomas Iqbal.', name: 'Tomas Iqbal', type: 'person' },
    // (A known body opening the title: "Senate Majority Leader".)
    { text: '"Tonight, common sense prevailed," Senate Majority Leader Dana Ruiz said on the floor.', name: 'Dana Ruiz', type: 'person' },
    { text: 'The bridge was opened by Mrs. Okonjo on Friday.', name: 'Okonjo', type: 'person' },
    // (Singapore's and Malaysia's "Madam" before a married woman's name.)
    { text: 'But another driver, Madam Nur Aisyah Rahmat, 45, welcomed the course.', name: 'Nur Aisyah Rahmat', type: 'person' },
    // A portfolio's word counts only before a title's word: "Union Law Minister", not "Lena Law".
    { text: 'Union Law Minister Arvind Kelkar opened the new court.', name: 'Arvind Kelkar', type: 'person' },
    { text: 'Road Transport Minister Vikram Kelkar on Tuesday opened the new highway.', name: 'Vikram Kelkar', type: 'person' },
    { text: 'Harbour Minister Vikram Kelkar opened the new quay on Friday.', name: 'Vikram Kelkar', type: 'person' },
    // (Titles alone name no one.)
    { text: 'Camps\n\nThe Executive Secretary said the camps were full.', name: 'Secretary', type: null },
    { text: 'Voters\n\nGen Z voters turned out in force.', name: 'Z', type: null },
    { text: 'Visas\n\nThe rules come from the General Directorate of Residency and Foreigners Affairs in the capital.', name: 'Directorate of Residency and Foreigners Affairs', type: null },
    // (Malaysian honours of two words: "Tan Sri", not "Sri Lanka".)
    { text: 'Floods\n\nTan Sri Karim Nasser said the state was ready.', name: 'Karim Nasser', type: 'person' },
    { text: 'Tour\n\nThe team arrived in Sri Lanka on Monday.', name: 'Lanka', type: null },
    // (A rank shortened without its dots: "Lt Gen".)
    { text: 'Visas\n\nThe rules were announced by Lt Gen Tarun Quarle on Monday.', name: 'Tarun Quarle', type: 'person' },
    // (A word no list holds between a title's word and an office: "Chief Harbour Commissioner".)
    { text: 'Chief Harbour Commissioner Sikandar Quarle heard the case.', name: 'Sikandar Quarle', type: 'person' },
    // (A portfolio in two parts joined by "and": no body of its first part.)
    { text: 'Mineral Resources and Energy Minister Tomas Brink visited the plant.', name: 'Tomas Brink', type: 'person' },
    { text: 'Mineral Resources and Energy Minister Tomas Brink visited the plant.', name: 'Mineral Resources', type: null },
    // (A portfolio after "Minister for": the name starts at an initial or a first name.)
    { text: 'Minister for Harbour Affairs Anil Rao opened the new quay.', name: 'Anil Rao', type: 'person' },
    { text: 'Union Minister for Road Transport K. Tarun Okeke opened the highway.', name: 'K. Tarun Okeke', type: 'person' },
    { text: 'Minister of State for Harbours V. Okeke opened the quay.', name: 'V. Okeke', type: 'person' },
    { text: 'The Minister for Health said the ward would reopen.', name: 'Health', type: null },
    { text: "Quarrenby's ambassador to France Marta Vell said talks would resume.", name: 'Marta Vell', type: 'person' },
    { text: 'A former adviser to Tomas K. Brink said the plan was dead.', name: 'Tomas K. Brink', type: 'person' },
    // (Abbreviated titles keep their full stop and open no sentence: "Barr." a barrister, "Fr." a priest.)
    { text: 'The suit was withdrawn. Barr. Dana Ruiz, counsel to the residents, confirmed it.', name: 'Dana Ruiz', type: 'person' },
    { text: 'The suit was withdrawn. Barr. Dana Ruiz, counsel to the residents, confirmed it.', name: 'Barr', type: null },
    { text: 'The funeral was led by Fr. Anil Rao.', name: 'Anil Rao', type: 'person' },
    // (A councillor in New Zealand and Australian copy: "Cr".)
    { text: 'Cr Tomas Brink, who voted against, called it a mistake.', name: 'Tomas Brink', type: 'person' },
    { text: 'The Union of Harbour Workers called a strike.', name: 'Union of Harbour Workers', type: 'organization' },
    { text: 'Chief Minister Rekha Iyer met SSP Vikram Sood on Monday.', name: 'Vikram Sood', type: 'person' },
    // (Members of an assembly, and the Opposition's leader, of Commonwealth parliaments.)
    { text: 'Harbour Party MLA Anil Rao accused the minister of lying.', name: 'Anil Rao', type: 'person' },
    // (A member of a South African province's executive council.)
    { text: 'The provincial MEC for housing, Zorvek Obi, visited the site. The MEC promised new homes.', name: 'MEC', type: null },
    { text: 'Leader of Opposition Ram Prakash Verma said the claims were hollow.', name: 'Ram Prakash Verma', type: 'person' },
    // Who someone is, before a name: a title there only ("Dana Farmer" stays a name).
    { text: 'The rain ruined the whole crop, said farmer Rohan Jadhavar.', name: 'Rohan Jadhavar', type: 'person' },
    { text: 'The ward was full of patients. Patient Karim Nasser, 71, waited twelve hours.', name: 'Karim Nasser', type: 'person' },
    { text: 'The panel heard from Dana Farmer and two others.', name: 'Dana Farmer', type: 'person' },
    // (An everyday word opening the sentence before a first name and a surname is no part of the name.)
    { text: 'Follow Rhys Colby on the social network for updates.', name: 'Rhys Colby', type: 'person' },
    // (A trade opening the sentence, before a given name no list knows.)
    { text: 'Boxer Tarun Okeke said he was ready for the rematch.', name: 'Tarun Okeke', type: 'person' },
    { text: 'Teacher Colm Brady retired after forty years.', name: 'Colm Brady', type: 'person' },
    { text: 'Co-author Anil Rao, of the University of Harlow, called it a reminder.', name: 'Anil Rao', type: 'person' },
    { text: 'Forecaster Karim Nasser said the storm was moving away.', name: 'Karim Nasser', type: 'person' },
    { text: 'Detective Senior Sergeant Rhys Colby said the sentence sent a message.', name: 'Rhys Colby', type: 'person' },
    // (A title with "of" and a word of its own after it: the name is what follows.)
    { text: 'Superintendent of Police Anil Rao said the protests had been peaceful.', name: 'Anil Rao', type: 'person' },
    // (The place the office's body serves, after it: the office's, no part of the name.)
    { text: 'Blast\n\nInspector General of Police Punjab Tomas Brink told reporters the device was remote-controlled.', name: 'Tomas Brink', type: 'person', role: 'Inspector General of Police Punjab' },
    { text: 'Chief of Staff Rhys Colby said the list was final.', name: 'Rhys Colby', type: 'person' },
    // (South Asian courts' and ministries' offices: "Additional Solicitor General", "Justices".)
    { text: 'Additional Solicitor General Tomas Brink, appearing for the state, said the funds had been released.', name: 'Tomas Brink', type: 'person' },
    { text: 'A bench of Justices Anil Rao and Lena Early heard the petition on Monday.', name: 'Anil Rao', type: 'person' },
    // (Or an everyday word after "of" or "for", before a name no list knows.)
    { text: 'Minister of Electricity Zandile Mokoena, who visited the plant, said the failures were serious.', name: 'Zandile Mokoena', type: 'person' },
    { text: 'Minister for Electricity Zandile Mokoena visited the plant on Thursday.', name: 'Zandile Mokoena', type: 'person' },
    // (Offices by their initials: "PM", "CM", "SSP"; but "PM" after a number is the time.)
    { text: 'Later, PM Tarun Okeke visited the flooded villages.', name: 'Tarun Okeke', type: 'person' },
    // (A title the name follows, after words no list holds: they are the role.)
    { text: 'Roads\n\nTransport CS Dr Amani Kerubo said the bypass would open in May.', name: 'Amani Kerubo', type: 'person', role: 'Transport CS' },
    // (A player's position or part in the game, as match reports write it before the name.)
    { text: 'Athletic win\n\nSubstitute Anil Rao sealed the win in stoppage time.', name: 'Anil Rao', type: 'person' },
    // (A noun for a person the lexicon knows opening the sentence: the role.)
    { text: 'Ramp collapse\n\nDeckhand Tomas Brink broke his pelvis in the fall.', name: 'Tomas Brink', type: 'person', role: 'Deckhand' },
    // (A school's principal, the given name in Irish.)
    { text: 'School\n\nPrincipal Máire Quinn said the ruling was fair.', name: 'Máire Quinn', type: 'person', role: 'Principal' },
    // (A member for a seat, the seat's name however unknown: "Member for Quarrow Dana Ruiz".)
    { text: 'Gas project\n\nMember for Quarrow Dana Ruiz told the ABC the decision was a betrayal.', name: 'Dana Ruiz', type: 'person' },
    // (A service's word inside the title: "Chief Fire Officer", "Chief Electoral Officer".)
    { text: 'Fire\n\n"Go now," said Chief Fire Officer Lena Ashdale.', name: 'Lena Ashdale', type: 'person', role: 'Chief Fire Officer' },
    { text: 'Count\n\nChief Electoral Officer Karen Whitby said the count was slow.', name: 'Karen Whitby', type: 'person', role: 'Chief Electoral Officer' },
    // (Initials that are a club's word too, before a name's particle: "Captain FC van Wyk".)
    { text: 'Taxi\n\nPolice spokesperson Captain FC van Wyk said no arrests had been made.', name: 'FC van Wyk', type: 'person', role: 'Captain' },
    // (An office alone, its portfolio of everyday words, names no one and nothing; nor one whose last word is a body's too.)
    { text: 'Case\n\nThe Director of Public Prosecutions said the case was closed.', name: 'Public Prosecutions', type: null }, { text: 'Probe\n\nWhen contacted, the Director of Press in the ministry said it would respond.', name: 'Director of Press', type: null },
    // (A portfolio after "for the", of one word no list holds: "Minister for the Marine".)
    { text: 'Rescue\n\nThe Minister for the Marine Cathal Brennock praised the crews.', name: 'Cathal Brennock', type: 'person', role: 'Minister for the Marine' },
    { text: 'Live debate\n\nPosted March 6, 2024 8:38PM Okeke Thinks Ruiz Was A Really Fine Mayor\nTarun Okeke was asked to name one achievement.', name: 'Okeke Thinks Ruiz Was A Really Fine Mayor', type: null },
  ] as readonly EntityExample[],
  read(ctx: EntityContext, a0: number, b: number, sentStart: number): Titled {
    const { text, tokens, lowerVocab } = ctx;
    // (A place the gazetteer knows whole is no title and a name: "Prince Edward Island", "Queen Charlotte".)
    if (b - a0 >= 2 && TITLE_WORDS.has(tokens[a0].lower) && isKnownPlace(text.slice(tokens[a0].start, tokens[b - 1].end))) return { a: a0, nameStart: a0, role: null, gender: null };
    // ("Minister for Home Affairs Anil Rao", the run after "for": the portfolio, then the name;
    // a portfolio of everyday words alone, "the Minister for Health said", names no one.)
    const t0 = portfolioTitleBefore(ctx, a0, sentStart);
    if (t0 >= 0) {
      const at = portfolioEnd(ctx, a0, b, tokens[a0 - 1].lower === 'to', SEAT_HOLDERS.has(tokens[a0 - 2].lower));
      if (at > a0) return { a: at, nameStart: at, role: text.slice(tokens[t0].start, tokens[at - 1].end), gender: null };
      let everyday = true;
      for (let k = a0; k < b; k++) if (!COMMON_WORDS.has(tokens[k].lower) && !PORTFOLIO_WORDS.has(tokens[k].lower)) everyday = false;
      if (everyday) return { a: b, nameStart: b, role: null, gender: null };
    }
    let a = a0;
    let describedAs: string | null = null;
    if (b - a >= 3 && !isFirstName(tokens[a].text) && !afterBodyNoun(tokens, a)) {
      let k = a + 1;
      while (k < b - 1 && k - a <= 2 && !isFirstName(tokens[k].text)) k++;
      if (k < b - 1 && k - a <= 2 && isFirstName(tokens[k].text) && isCapWord(tokens[k + 1]) && !hasOrgWord(ctx, a, b) && !SECTOR_WORDS.has(tokens[b - 1].lower)
        && !isKnownPlace(text.slice(tokens[a].start, tokens[k].end)) && !isKnownPlace(text.slice(tokens[a].start, tokens[k - 1].end))
        // (Nor a compass word that is a given name too, before a place's word: "Western North Region".)
        && !(COMPASS.has(tokens[k].lower) && PLACE_LAST.has(tokens[b - 1].lower))) {
        let describing = true;
        let titles = true;
        let agent = false;
        for (let j = a; j < k; j++) {
          const w = tokens[j].lower;
          if (TITLE_HEADS.has(w) || tokens[j].kind !== 'word') { describing = false; break; }
          if (!TITLE_WORDS.has(w) && !DEMONYMS.has(w)) titles = false;
          // ("Patient Karim Nasser" where the article writes "patients": the plural counts too.)
          // ("Follow Rhys Colby on ...", "Contact Dana Ruiz at ...": an everyday word opening the
          // sentence, alone before a first name and a surname.)
          // (Not before a first name that is an everyday word too: "Mend My Roof", "Raising Hope Appeal".)
          const opener = j === a && k === a + 1 && COMMON_WORDS.has(w) && !COMMON_WORDS.has(tokens[k].lower) && !POSSESSIVES.has(tokens[k].lower) && atSentenceStart(ctx, a, sentStart);
          // ("Geneticist Dana Ruiz said": a noun for someone's trade, by its ending, no list's
          // word, alone opening the sentence before a first name and a surname.)
          // (Or a noun for a person the lexicon knows: "Deckhand Tomas Brink", "Ferryman Karim Nasser".)
          const trade = j === a && k === a + 1 && ((w.length >= 7 && AGENT_NOUN.test(w) && !NOT_AGENT.test(w)) || (humanNoun(w) && !w.endsWith('s'))) && atSentenceStart(ctx, a, sentStart);
          if (trade) agent = true;
          if (!(TITLE_WORDS.has(w) || DEMONYMS.has(w) || lowerVocab.has(w) || lowerVocab.has(`${w}s`) || COMMON_CAPITALISED.has(w) || /^ex-/.test(w) || opener || trade)) describing = false;
        }
        if (describing) {
          if (titles || agent) describedAs = text.slice(tokens[a].start, tokens[k - 1].end);
          a = k;
        }
      }
    }
    // ("Ohio Democrat Dana Ruiz", "Texas Republican Tomas Brink", "Tory Karim Nasser": a party's
    // member, perhaps after a place, before a first name and a family name.)
    {
      const at = PARTY_MEMBERS.has(tokens[a].text) ? a : b - a >= 4 && isKnownPlace(tokens[a].text) && PARTY_MEMBERS.has(tokens[a + 1].text) ? a + 1 : -1;
      if (at >= 0 && b - at >= 3 && b - at <= 4 && isFirstName(tokens[at + 1].text) && !ORG_WORDS.has(tokens[b - 1].lower)) {
        return { a, nameStart: at + 1, role: text.slice(tokens[a].start, tokens[at].end), gender: null };
      }
    }
    // Title prefix: "U.S. Secretary of State John Kerry", "Foreign Minister Sergei Lavrov".
    let role: string | null = describedAs;
    let gender: 'male' | 'female' | null = null;
    let nameStart = a;
    let k = a;
    let sawHead = false;
    let lastHeadEnd = -1;
    while (k < b - 1) {
      const w = tokens[k].lower;
      // ("Hong Kong Transport Secretary Alan Wei": a place of two or three words opening it.)
      if (k === a) {
        let placeEnd = -1;
        for (let e = Math.min(b - 2, a + 2); e > a; e--) if (isKnownPlace(text.slice(tokens[a].start, tokens[e].end))) { placeEnd = e; break; }
        if (placeEnd > a) { k = placeEnd + 1; continue; }
      }
      const preName = preNameTitleAt(tokens, k, a, b);
      // ("Det Con Dana Ruiz", "Chief Con": a constable shortened, a title only after those.)
      const constable = (w === 'con' || w === 'con.') && k > a && /^(?:det|chief)\.?$/.test(tokens[k - 1].lower);
      // ("Lance Corporal Kieran Vell": "Lance" opening a rank, no given name.)
      const lance = w === 'lance' && k + 1 < b && LANCE_RANKS.has(tokens[k + 1].lower), rating = rankAt(tokens, k, a, b);
      const titleish = constable || lance || rating || titleWordAt(tokens[k].text, w) || DEMONYMS.has(w) || looksDemonym(tokens[k].text) || (w === 'of' && k > a) || (w === 'the' && k > a)
        || (isKnownPlace(tokens[k].text) && k === a) || portfolioAt(tokens, k, b) || preName
        || cabinetOffice(tokens, k) || unlistedPortfolioAt(tokens, k, a, b) || malaySri(tokens, k, a)
        // ("Senate Majority Leader Dana Ruiz", "Pentagon spokesman ...": a known body opening the title.)
        || (k === a && KNOWN_ORGS.has(tokens[k].text) && TITLE_WORDS.has(tokens[k + 1].lower))
        // ("Superintendent of Police Anil Rao", "Chief of Staff Rhys Colby": the word after "of"
        // is the title's own when a first name and a surname follow it.)
        // ("Leader of the Opposition Anil Rao": so after "of the".)
        || (k > a && ofAt(tokens, k, a) && k + 2 < b && (isFirstName(tokens[k + 1].text) || !!worldNameGender(tokens[k + 1].text)) && !isFirstName(tokens[k].text))
        // ("Minister of Electricity Zandile Mokoena": or an everyday word, before the run's last
        // two or three words when no list holds any of them.)
        || (k > a && tokens[k - 1].lower === 'of' && COMMON_WORDS.has(w) && b - k - 1 >= 2 && b - k - 1 <= 3 && unlistedWords(ctx, k + 1, b)) || placeOfOffice(tokens, k, a, b);
      // ("Queen's Park", "King's College": a title's possessive names a place or a body.)
      if (!titleish || timeOfDay(tokens, k) || tokens[k + 1].text === "'s" || tokens[k + 1].text === '’s') break;
      // ("Gen" without its dot is a general's only after another rank or before a name of two
      // words: "Lt Gen Quarle", "Gen Tarun Quarle"; "Gen Tarvo" may be a given name.)
      if (tokens[k].text === 'Gen' && !(k > a && /^(?:lt|maj|brig|lieutenant|major|brigadier)\.?$/.test(tokens[k - 1].lower)) && b - k - 1 < 2) break;
      // ("MS Rajan", "MR Anand": an honorific in capitals with no period, before a name not in
      // capitals, is a person's initials, as South Asian copy writes them; "MS. OKEKE" is a title.)
      // ("MK Colm Brady" is a Member of the Knesset; "MK Stalin" a man's initials.)
      if ((HONORIFICS.has(w) || w === 'mk') && initialsNotTitle(tokens, k)) break;
      if (TITLE_HEADS.has(w) || rating || (k > a && ofAt(tokens, k, a) && w !== 'the') || preName || constable || (w === 'sri' && malaySri(tokens, k, a)) || placeOfOffice(tokens, k, a, b)) { sawHead = true; lastHeadEnd = k + 1; }
      k++;
    }
    // ("Health CS Dr Amani Kerubo": the walk stopped before a title the name follows.)
    // (Else an office whose portfolio or body no list holds.)
    const inner = innerTitle(tokens, a, k, b);
    if (inner > 0 || !sawHead) lastHeadEnd = inner > 0 ? inner + 1 : unlistedOfficeEnd(ctx, a, b);
    sawHead = sawHead || lastHeadEnd > 0;
    // (Nor a body's word opening what would be the name: "General Directorate of Residency" is a
    // body; but a portfolio's word that is a body's too, after "of", closes an office: "Director of Press".)
    if (sawHead && lastHeadEnd > a && lastHeadEnd < b && (!ORG_WORDS.has(tokens[b - 1].lower) || (tokens[b - 2]?.lower === 'of' && PORTFOLIO_WORDS.has(tokens[b - 1].lower))) && (!ORG_WORDS.has(tokens[lastHeadEnd].lower) || initialsBeforeParticle(tokens, lastHeadEnd, b))) {
      // ("The Executive Secretary said", "the Chief Executive": titles alone name no one; nor
      // does one letter after them, "Gen Z".)
      if (titlesOnly(tokens, lastHeadEnd, b) || (b - lastHeadEnd === 1 && tokens[lastHeadEnd].text.length === 1)) return { a, nameStart: b, role: null, gender: null };
      const headWord = tokens[lastHeadEnd - 1].lower;
      nameStart = lastHeadEnd;
      if (HONORIFICS.has(headWord)) {
        // ("Labour MS Dana Ruiz": "MS" in capitals is a Member of the Senedd, no woman's title.)
        const senedd = tokens[lastHeadEnd - 1].text === 'MS';
        gender = senedd ? null : honorificGender(headWord);
        const before = lastHeadEnd - 1 > a ? text.slice(tokens[a].start, tokens[lastHeadEnd - 2].end) : null;
        role = before || (senedd ? 'MS' : null);
      } else {
        role = officeRole(ctx, a, lastHeadEnd);
      }
    }
    // A lower-case title right before the run: "foreign minister Sergei Lavrov", "Russia's foreign minister".
    // (Not before an institution: "official Penn State departments", "senior Labour Party".)
    const lastWord = tokens[b - 1].lower;
    // (Before an honorific too: "opposition leader Smt. Lena Devi", "chief minister Shri Anil Rao".)
    // ("Council leader Cllr Gareth Davies": a councillor's short title, the office before it the role.)
    const shortTitle = role !== null && /^(?:cllr|cr|hon)\.?$/i.test(role);
    if ((!role || shortTitle) && (nameStart === a || (nameStart === a + 1 && (HONORIFICS.has(tokens[a].lower) || shortTitle))) && !ORG_WORDS.has(lastWord) && !SECTOR_WORDS.has(lastWord) && lastWord !== 'state') {
      let p = a - 1;
      let head = false;
      while (p >= sentStart) {
        const w = tokens[p].lower;
        if (tokens[p].kind !== 'word' && w !== "'s" && w !== '’s') break;
        // ("Council leader Gwen Price", "Police Chief Dana Ruiz": a body's word opening the sentence.)
        // ("former council leader Karim Nasser", "union secretary Lena Early": or in lower case
        // right before a title's word.)
        // ("Disability minister Lena Early": a portfolio no list holds, opening the sentence before
        // an office in lower case.)
        const bodyOpening = (p === sentStart && p < a - 1 && ORG_WORDS.has(w) && isCapWord(tokens[p])) || (ORG_WORDS.has(w) && tokens[p].text === w && p + 1 < a && TITLE_WORDS.has(tokens[p + 1].lower))
          || (p === sentStart && p + 1 < a && isCapWord(tokens[p]) && !isFirstName(tokens[p].text) && OFFICES.has(tokens[p + 1].text));
        if (!(TITLE_WORDS.has(w) || DEMONYMS.has(w) || w === "'s" || w === '’s' || isKnownPlace(tokens[p].text) || portfolioAt(tokens, p, a) || bodyOpening || (ROLE_LEVELS.has(w) && p + 1 < a && (tokens[p].text === w || p === sentStart))) || timeOfDay(tokens, p)) break;
        if (TITLE_HEADS.has(w)) head = true;
        p--;
      }
      // ("Plaid Cymru's health spokesperson Marta Vell": the owner's possessive opens no role.)
      while (p + 1 < a && (tokens[p + 1].text === "'s" || tokens[p + 1].text === '’s')) p++;
      p = bodyTailOutOfRole(ctx, placeInRole(ctx, p, a, sentStart), a, sentStart);
      // ("farmer Ramesh Jadhav": who someone is, right before a name of two words or more, makes a title alone.)
      if (!head && p === a - 1 && p >= sentStart && b - a >= 2 && PRE_NAME_TITLES.has(tokens[p].lower)) { head = true; p--; }
      // ("Senior advocate Anil Rao", "chief lawyer Dana Ruiz": or in lower case after title words the
      // walk read past, which open the role with it.)
      if (!head && p < a - 1 && b - a >= 2 && tokens[a - 1].text === tokens[a - 1].lower && PRE_NAME_TITLES.has(tokens[a - 1].lower)) head = true;
      if (head && p + 1 < a && (TITLE_HEADS.has(tokens[a - 1].lower) || PRE_NAME_TITLES.has(tokens[a - 1].lower))) {
        const w = tokens[a - 1].lower;
        // ("MS Rajan": initials, no title.)
        // ("Plaid Cymru MS Rhodri ab Owain": "MS" in capitals after a body is a Member of the Senedd.)
        if (HONORIFICS.has(w)) gender = initialsNotTitle(tokens, a - 1) || (tokens[a - 1].text === 'MS' && isCapWord(tokens[a - 2])) ? null : honorificGender(w);
        else role = officeRole(ctx, p + 1, a);
      }
    }
    // "Minister for Road Transport K. Anil Rao": after a title and "for", the portfolio, then
    // the name where an initial or a first name marks it; nothing marking it, no name.
    if (nameStart < b && nameStart > a && tokens[nameStart].lower === 'for') {
      const at = portfolioEnd(ctx, nameStart + 1, b);
      if (at < 0) return { a: nameStart + 1, nameStart: nameStart + 1, role: null, gender: null };
      return { a, nameStart: at, role: text.slice(tokens[a].start, tokens[at - 1].end), gender };
    }
    // "King of Athens", "Mayor of Lisbon": after a title, "of X" names the title's domain, not a person.
    // (Not a portfolio of everyday words: "the Director of Public Prosecutions said" names an office only.)
    if (nameStart < b && tokens[nameStart].lower === 'of') return portfolioOnly(ctx, nameStart + 1, b) ? { a, nameStart: b, role: null, gender: null } : { a: nameStart + 1, nameStart: nameStart + 1, role: null, gender: null };
    // ("Police Chief Dana Ruiz", "Fire Chief Tomas Brink": a service's word, trimmed from the
    // name as an everyday one, right before the title is the role's.)
    if (role && role.startsWith(tokens[a].text) && a > 0 && SERVICE_WORDS.has(tokens[a - 1].text) && tokens[a - 1].end + 1 === tokens[a].start) role = `${tokens[a - 1].text} ${role}`;
    return { a, nameStart, role: (role && portfolioRole(ctx, role, nameStart > a ? nameStart : a, sentStart)) || role, gender: gender ?? (nameStart === a ? bracketedHonorific(tokens, a) : null) };
  },
};

/**
 * An honorific in brackets after a title, right before the name, as West African copy writes a
 * married woman's: "Dr (Mrs) Efe Adu", "Chief (Mrs) ...": the honorific's gender, the brackets
 * keeping it out of the run.
 */
function bracketedHonorific(tokens: EntityContext['tokens'], a: number): 'male' | 'female' | null {
  return honorificInBrackets(tokens, a - 3) ? honorificGender(tokens[a - 2].lower) : null;
}

/** Initials in capitals at k before a name's particle, inside the run to b: "Captain FC van Wyk" (no club's "FC"). */
const initialsBeforeParticle = (tokens: EntityContext['tokens'], k: number, b: number): boolean => k + 2 < b && /^[A-Z]{2,3}$/.test(tokens[k].text) && NAME_CONNECTORS.has(tokens[k + 1].text);

/** Services whose word opens an office's title: "Police Chief", "Fire Commissioner". */
const SERVICE_WORDS = new Set(['Police', 'Fire', 'Army', 'Navy', 'Prison', 'Ambulance', 'Coastguard', 'Health', 'Party', 'Council', 'Union', 'Club', 'Team', 'Board']);

/** A party's member named before a person: "Ohio Democrat Dana Ruiz". */
const PARTY_MEMBERS = new Set(['Democrat', 'Republican', 'Tory']);

/**
 * An honorific at k in capitals with no period, before one word not in capitals: a person's
 * initials ("MS Rajan said"), no title; before a first name and a family name it is one ("Labour
 * MS Dana Ruiz").
 */
export function initialsNotTitle(tokens: readonly { text: string }[], k: number): boolean {
  const next = tokens[k + 1];
  // (A name going on over a particle is two words too: "MS Rhodri ab Owain".)
  const particle = NAME_CONNECTORS.has(tokens[k + 2]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 3]?.text ?? '');
  return /^[A-Z]{2}$/.test(tokens[k].text) && !!next && !isAllCaps(next.text) && !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? '') && !particle;
}
