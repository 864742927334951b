// Capitalised runs that name no person, organisation or place: dates, codes, nationalities,
// events, a sentence's first word, column heads, adjectives made from names.
import { AGENCIES, ANONYMOUS_HEADS, COMMON_WORDS, DEMONYMS, isFirstName, isKnownPlace, isNation, isPlainFirstName, KNOWN_ORGS, looksDemonym, ORG_WORDS, lowerWord, NEWSROOM_JOBS, PORTFOLIO_WORDS, PRONOUNS_FEMALE, PRONOUNS_MALE, PRONOUNS_PLURAL, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from '../../lexicon/lexicon';
import { COMPETITION_WORDS } from '../sports';
import { isAllCaps, MONTHS } from '../../text/words';
import type { EntityContext } from '../context';
import { allShortCaps, appositiveNounAt, textOf, atSentenceStart, companyContext, referredToAsBody, describedAsBody, describedThenSpeaks, everydayWord, officeAfter, inDatelinePlace, isCode, isEventWord, isKnownName, isPronounI, speaksHere, titleCase, portfolioHeadBefore } from '../tests';
import { COMPASS, CREDIT_LABELS, DATE_START, DEMONYM_SHAPE, EVENT_FIRST, HOLIDAYS, HONORIFICS, MEMBER_INITIALS, NOT_NAMES, OFFICES, QUOTE_MARKS, RANK_OPENERS, TITLE_HEADS, WORK_DETERMINERS } from '../words';
import type { RejectRule } from './rule';
import { humanNoun } from '../../lexicon/people';
import { stormName } from './storm-name';
import { gradeName } from './grade-name';
import { nameAdjective } from './name-adjective';
import { functionWordEnd } from './function-word-end';
import { vehicleName } from './vehicle-name';
import { languageName } from './language-name';
import { peopleOfPlace } from './people-of-place';
import { indefiniteArticle } from './indefinite-article';
import { partyMember } from './party-member';
import { animalName } from './animal-name';


/** "May 31", "June 2-5", "January-June": dates, not names. */
const date: RejectRule = {
  id: 'date',
  description: 'A month next to a number, or a range of months, is a date.',
  examples: [{ text: 'The inquiry reports on May 31 to the assembly.', name: 'May', type: null }],
  rejects({ tokens }, a, b) {
    if (b - a !== 1) return false;
    const w = tokens[a].text;
    if ((MONTHS.has(w) || (isAllCaps(w) && MONTHS.has(titleCase(w))) || (w.endsWith('.') && DATE_START.test(w))) && (tokens[b]?.kind === 'number' || tokens[a - 1]?.kind === 'number')) return true;
    return w.includes('-') && w.split('-').every((p) => MONTHS.has(p));
  },
};

/** "H1", "M3", "C-4": codes for periods, money supplies and grades. */
/** Stock exchanges, before a colon and a company's ticker: "(NASDAQ: VLCR)". */
const EXCHANGES = new Set(['NYSE', 'NASDAQ', 'Nasdaq', 'LSE', 'AIM', 'ASX', 'TSX', 'TSXV', 'NSE', 'BSE', 'HKEX', 'SGX', 'JSE', 'NZX', 'KRX', 'TYO', 'OTC', 'AMEX']);

const code: RejectRule = {
  id: 'code',
  description: 'Codes such as "Q2", "H1" or "M3", and a ticker after an exchange ("NASDAQ: VLCR"), are no names.',
  examples: [
    { text: 'Profits rose in Q2 at the brewery, the owners said.', name: 'Q2', type: null },
    // (An amount with its currency's short name glued on.)
    { text: 'Levies\n\nThe daily fee rose from Sh30 to Sh100 without any consultation, traders said.', name: 'Sh30', type: null },
    { text: 'Velcor Inc. (NASDAQ: VLCR) shares rose 12% on Tuesday.', name: 'VLCR', type: null },
  ],
  rejects({ tokens }, a, b) {
    if (b - a === 1 && a >= 2 && tokens[a - 1].text === ':' && EXCHANGES.has(tokens[a - 2].text)) return true;
    return b - a === 1 && isCode(tokens[a].text) && !KNOWN_ORGS.has(tokens[a].text) && !AGENCIES.has(tokens[a].text);
  },
};

/**
 * "Sudanese", "Chechens", "Moslem", "Russian Orthodox", "South Korean": nationalities and
 * faiths are no entities of their own. A word only shaped like one ("Burman") names a person
 * where it says something (`Burman said`), and so does a surname that is a demonym (`"...,"
 * Cuban said`, not "the Cuban said").
 */
/** A language's speakers: "English-speaking", "Arabic-speaking". */
const SPEAKING = /^\p{Lu}\p{Ll}+-speaking$/u;

/** The followers of a faith, in the plural: after a nationality they name a people, no entity. */
const FAITHFUL = new Set(['catholics', 'protestants', 'christians', 'muslims', 'moslems', 'jews', 'hindus', 'sikhs', 'buddhists', 'evangelicals', 'mormons', 'anglicans', 'methodists', 'baptists', 'shiites', 'sunnis', 'orthodox']);

const nationality: RejectRule = {
  id: 'nationality',
  description: 'Nationalities and faiths ("Sudanese", "South Korean") are no entities.',
  examples: [
    { text: 'Several Sudanese families arrived at the camp on Sunday.', name: 'Sudanese', type: null },
    { text: 'Tomas Brink scored three times. The Dane opened the scoring after six minutes.', name: 'Dane', type: null },
    { text: 'The utility asked South Africans to use less power in the evenings.', name: 'South Africans', type: null },
    // (The people of a place of two words, by its last word's "-ers" or "-ns".)
    { text: 'Tributes\n\nThousands of New Zealanders lined the streets of Harlow on Sunday.', name: 'New Zealanders', type: null },
    { text: 'Cricket\n\nSri Lankans in Harlow watched the final on a big screen.', name: 'Sri Lankans', type: null },
    { text: 'The law angered many English-speaking Quebecers in the suburbs.', name: 'English-speaking Quebecers', type: null },
    // (A nationality before a people or a faith's followers: "Kenyan Catholics", "Nigerian Muslims".)
    { text: 'Leaders of Kenyan Catholics met the envoy in Harlow on Monday.', name: 'Kenyan Catholics', type: null },
    // (Only shaped like one, after a noun for someone: a given name.)
    { text: 'Walk\n\nPupils raised money.\n\nYear 6 pupil Osian, 11, said: "We wanted to help."', name: 'Osian', type: 'person' },
    // (A nationality that speaks is a people, unless the article gives it as someone's surname.)
    { text: 'Airline\n\nDutch say new vote is not needed\n\nThe government said on Friday it saw no need for one.', name: 'Dutch', type: null },
    { text: 'Writers\n\nThe novelist Dana Welsh spoke first. Welsh said the prize had changed her life.', name: 'Dana Welsh', type: 'person' },
  ],
  rejects(ctx, a, b) {
    const { tokens } = ctx;
    const w = tokens[a].text;
    // (A word only shaped like one, no place's, after a noun for someone names them: "Year 6
    // pupil Osian, 11, said" is a Welsh given name, no people.)
    const named = a > 0 && tokens[a - 1].text === tokens[a - 1].lower && humanNoun(tokens[a - 1].lower) && !looksDemonym(w);
    if (b - a === 1 && !named && (DEMONYM_SHAPE.test(w) || (looksDemonym(w) && !speaksHere(ctx, a, b))) && !isKnownName(w) && !isFirstName(w)) return true;
    // ("New Zealanders", "Sri Lankans", "one Costa Rican": the people of a place of two words or
    // more, its last word with "-er", "-ers", "-n", "-ns"; not the magazine, "the New Yorker".)
    if (b - a >= 2 && peopleOfPlace(ctx, a, b)) return true;
    // ("The Dane opened the scoring", "the Finn": a nationality that is a first name too, as a noun after "the".)
    if (b - a === 1 && a > 0 && tokens[a - 1].lower === 'the' && (tokens[a].lower === 'dane' || tokens[a].lower === 'finn')) return true;
    // ("South Africans", "North Koreans": a compass word and a people made from a place's name.)
    // ("English-speaking Quebecers": a language's speakers and a people made from a place's name.)
    for (let k = a; k < b; k++) {
      if (DEMONYMS.has(tokens[k].lower) || (k + 1 < b && (COMPASS.has(tokens[k].lower) || SPEAKING.test(tokens[k].text)))) continue;
      if (k > a && (COMPASS.has(tokens[k - 1].lower) || SPEAKING.test(tokens[k - 1].text)) && looksDemonym(tokens[k].text)) continue;
      // (The nationality's people or faithful closing the run: "Kenyan Catholics", "Nigerian Muslims".)
      if (k === b - 1 && k > a && (FAITHFUL.has(tokens[k].lower) || (tokens[k].lower.endsWith('s') && DEMONYM_SHAPE.test(tokens[k].text)))) continue;
      return false;
    }
    // (One that speaks is someone's surname only where the article gives it as one, as news
    // copy names a person in full first: "Tomas Cuban ... Cuban told the station"; "Dutch say a
    // new vote is not needed", "Democratic leaders said" name no one.)
    return !(b - a === 1 && speaksHere(ctx, a, b) && !/^(?:the|a|an)$/.test(lowerWord(tokens[a - 1]?.text ?? '')) && ctx.surnames.has(w));
  },
};

/** A greeting before a feast, no first name: "Merry Christmas", "Happy Diwali". */
const GREETINGS = new Set(['Merry', 'Happy', 'Blessed', 'Joyous']);

/**
 * Events, titles of works and awards ("World Cup", "U.S. Open", "Labor Day", "World Series of
 * Golf", "Battle of Britain") are no person, organisation or place; nor is an event's word alone
 * ("the Olympics"). Not "Lena Day": a first name and the surname Day.
 */
const event: RejectRule = {
  id: 'event',
  description: 'Events, awards, holidays, storms, bills and numbered laws ("World Cup", "Labor Day", "Cyclone Marla", "the Harbour Safety Bill", "Title IV") are no entities.',
  examples: [
    { text: 'Tickets for the Harbour Cup sold out within an hour.', name: 'Harbour Cup', type: null },
    { text: 'Organisers of the Festival of Lanterns expect a large crowd.', name: 'Festival of Lanterns', type: null },
    { text: 'Cyclone Marla reached the coast on Tuesday night.', name: 'Cyclone Marla', type: null },
    { text: 'The school lost funding under Title IV last year.', name: 'Title IV', type: null },
    { text: 'MPs passed the Harbour Safety Bill after a long debate.', name: 'Harbour Safety Bill', type: null },
    // (Its first word an everyday word that is a first name too: "Land".)
    { text: 'The council backed the Land Registry Bill on Friday despite objections.', name: 'Land Registry Bill', type: null },
    { text: 'The assembly passed the Land Reforms (Amendment) Bill by voice vote.', name: 'Land Reforms', type: null },
    { text: 'Tarun Okeke said the smell had been there since Easter and nobody came.', name: 'Easter', type: null },
    { text: 'The shop wished every customer a Merry Christmas on its window.', name: 'Merry Christmas', type: null },
  ],
  rejects(ctx, a, b, _sentStart, origA) {
    const { tokens } = ctx;
    if (b - a === 1 && isEventWord(tokens[a].text) && !isKnownName(tokens[a].text)) return true;
    // "Cyclone Marla", "Title IV", "Article 5": a storm, a numbered law or clause.
    if (b - a >= 2 && EVENT_FIRST.has(tokens[a].text) && !isKnownName(textOf(ctx, a, b))) return true;
    // "World War II", "Vatican Council II": an event's word before a numeral.
    if (b - a >= 2 && /^(?:[IVX]+|\d+)$/.test(tokens[b - 1].text) && isEventWord(tokens[b - 2].text)) return true;
    const known = (): boolean => isKnownName(textOf(ctx, a, b));
    // (Not a first name and "Day" or a feast: "Lena Day", "Marta Christmas" are people.)
    if ((b - a >= 2 || a > origA) && isEventWord(tokens[b - 1].text) && !known() && !(b - a === 2 && (tokens[b - 1].text === 'Day' || HOLIDAYS.has(tokens[b - 1].text)) && isFirstName(tokens[a].text) && !GREETINGS.has(tokens[a].text))) return true;
    for (let k = a + 1; k + 1 < b; k++) if (tokens[k].lower === 'of' && isEventWord(tokens[k - 1].text) && !known()) return true;
    // ("the Online Safety Bill": a bill, after words no first name opens; not "Tomas Bill".)
    // (A first name that is an everyday word, "Land", opens a bill's name too: "the Land Reforms Bill".)
    if (b - a >= 2 && tokens[b - 1].text === 'Bill' && !isPlainFirstName(tokens[a].text) && !isFirstName(tokens[b - 2].text)) return true;
    // ("the Land Reforms (Amendment) Bill": a law's name before its amendment in brackets.)
    const amendment = (k: number): boolean => /^Amendments?$/.test(tokens[k]?.text ?? '') && tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')';
    return (tokens[b]?.text === '(' && amendment(b + 1)) || (a >= 3 && amendment(a - 2));
  },
};

/** "Tab 5", "Exhibit 12", "Figure 3": a label of a numbered part of a document, no name. */
const REFERENCE_LABELS = new Set(['Tab', 'Case', 'Exhibit', 'Page', 'Figure', 'Fig', 'Fig.', 'Table', 'Chapter', 'Appendix', 'Item', 'Part',
  'Volume', 'Vol', 'Vol.', 'Line', 'Paragraph', 'Para', 'Para.', 'Schedule', 'Annex', 'Box', 'Step', 'Stage', 'Phase', 'Level', 'Room',
  'Gate', 'Platform', 'Junction', 'Exit', 'Row', 'Question', 'Rule', 'Count', 'Footnote', 'Note', 'Slide', 'Verse', 'Clause', 'No', 'No.', 'Number',
  'Article', 'Section', 'Round', 'Block', 'Unit', 'Zone', 'Lot', 'Floor', 'Cell', 'Week', 'Day', 'Sector', 'Ward']);
const referenceLabel: RejectRule = {
  id: 'reference-label',
  description: 'A label before a number or a letter ("Tab 5", "Exhibit 12", "Figure 3b", "No. 4") names a part of a document, no one; a caption\'s label before its colon ("PICTURE:", "Photo:") names nothing.',
  examples: [
    { text: 'The result was settled in Round 2, when the challenger slipped.', name: 'Round', type: null },
    { text: 'The letter is at Tab 5 of the bundle, counsel told the court.', name: 'Tab', type: null }, { text: 'Water\n\n"We have no water," said a resident of Sector 11.', name: 'Sector', type: null },
    { text: 'Exhibit 12 shows the invoice, the witness said.', name: 'Exhibit', type: null },
    { text: 'Drivers were warned of delays at Junction 10 of the ring road.', name: 'Junction', type: null },
    { text: 'Town win\n\nRhys Colby scored twice at the stadium.\n\nPICTURE: Rhys Colby celebrates his winner (Velmora Sport)\n\nThe result lifts Town to sixth.', name: 'PICTURE', type: null },
    // (A section's label in capitals, a line of everyday words: "BREAKING NEWS", "LOCAL NEWS".)
    { text: 'Storm hits coast\n\nBREAKING NEWS\n\nStorm Quarle has left 40,000 homes without power.', name: 'BREAKING NEWS', type: null },
  ],
  rejects(ctx, a, b, _sentStart, origA) {
    const { tokens } = ctx;
    if (b - a === 1 && tokens[b]?.text === ':' && CREDIT_LABELS.has(tokens[a].lower)) return true;
    if (capitalsLabel(ctx, origA, b)) return true;
    if (b - a !== 1 || !REFERENCE_LABELS.has(tokens[a].text)) return false;
    const next = tokens[b];
    return !!next && (next.kind === 'number' || /^(?:[A-Z]|[IVXLC]+|\d+[a-z]?)$/.test(next.text));
  },
};

/** A line of capitals alone, every word an everyday one, from token a to b: a section's label ("BREAKING NEWS"), no name. */
function capitalsLabel(ctx: EntityContext, a: number, b: number): boolean {
  const { tokens, text } = ctx;
  if (b - a > 4) return false;
  for (let k = a; k < b; k++) if (!isAllCaps(tokens[k].text) || !COMMON_WORDS.has(tokens[k].lower)) return false;
  const before = a > 0 ? text.slice(tokens[a - 1].end, tokens[a].start) : '\n';
  const after = b < tokens.length ? text.slice(tokens[b - 1].end, tokens[b].start) : '\n';
  return before.includes('\n') && after.includes('\n');
}

/** Nouns for works: a name right after one is a title ("the film Harbour Lights", "her novel Salt Road"). */
const WORK_NOUNS = new Set(['film', 'films', 'movie', 'movies', 'song', 'songs', 'album', 'albums', 'novel', 'novels', 'book', 'books',
  'show', 'series', 'sitcom', 'play', 'musical', 'opera', 'painting', 'poem', 'documentary', 'single', 'track', 'memoir', 'biopic',
  'drama', 'comedy', 'thriller', 'episode', 'video', 'game', 'podcast', 'ballet', 'symphony', 'sculpture', 'exhibition', 'column']);
/**
 * Nouns for a work or an event that a name in apposition to one names ("X, a yearly parade",
 * "X, a novel"): no noun that is a verb too ("show", "play", "track").
 */
const DESCRIBED_WORKS = new Set(['film', 'movie', 'song', 'album', 'novel', 'book', 'sitcom', 'musical', 'opera', 'painting', 'poem', 'documentary',
  'memoir', 'biopic', 'thriller', 'episode', 'podcast', 'ballet', 'symphony', 'sculpture', 'exhibition',
  'procession', 'festival', 'parade', 'ceremony', 'celebration', 'carnival', 'pageant', 'pilgrimage', 'tournament',
  'championship', 'competition', 'contest', 'concert', 'ritual', 'feast']);
/** Words after a noun that heads its phrase: a stop, or what opens the rest of the phrase. */
const HEAD_AFTER = new Set(['of', 'in', 'that', 'which', 'held', 'for', 'by', 'from', 'where', 'with', 'on', 'at']);

/**
 * The name at tokens[a, b) is described in apposition as a work or an event: "Lantern Walk, a
 * yearly parade of lanterns", "Salt Road, a novel that ..." (the noun heads the phrase: not "Dana
 * Ruiz, the festival director,").
 */
function describedAsWork(ctx: EntityContext, a: number, b: number): boolean {
  const k = appositiveNounAt(ctx, b, DESCRIBED_WORKS, true);
  if (k < 0) return false;
  const next = ctx.tokens[k + 1];
  return (!next || next.kind === 'punct' || HEAD_AFTER.has(next.lower)) && !isKnownPlace(textOf(ctx, a, b)) && !KNOWN_ORGS.has(textOf(ctx, a, b));
}

const workTitle: RejectRule = {
  id: 'work-title',
  description: 'A name right after a noun for a work ("the film Harbour Lights", "her novel Salt Road"), or described in apposition as a work or an event ("Lantern Walk, a yearly parade"), is the work\'s or the event\'s name, no person, organisation or place; so is a cited case\'s first party after "in" ("In Quarle, the court held" after "Quarle v. Harlow").',
  examples: [
    // (A programme named after its host: a programme's word closes the first name and the surname.)
    { text: 'Speaking on The Rachel Harlow Show on Monday, Tomas Brink said he would run.', name: 'Rachel Harlow Show', type: null },
    { text: 'She starred in the film Harbour Lights before moving to the stage.', name: 'Harbour Lights', type: null },
    { text: 'His second novel Salt Road sold well in Norway.', name: 'Salt Road', type: null },
    // (Or described in apposition as a work or an event.)
    { text: 'What you hear is Lantern Walk, a yearly parade of lanterns through the old town. Lantern Walk began in 1989.', name: 'Lantern Walk', type: null },
    { text: 'Dana Ruiz, the festival director, said ticket sales were up.', name: 'Dana Ruiz', type: 'person' },
    // (A case the article cites, by its first party's name after "in".)
    { text: 'Ruling\n\nThe justices relied on Quarle v. Harlow Borough, a 1998 ruling. In Quarle, the court held that the search was lawful.', name: 'Quarle', type: null },
  ],
  rejects(ctx, a, b) {
    const { tokens } = ctx;
    // (Described so once, its later mentions name the work or the event too.)
    if (ctx.workNames?.has(textOf(ctx, a, b))) return true;
    // ("In Quarle, the court held" after "Quarle v. Harlow": a cited case by its first party's name.)
    if (b - a === 1 && a > 0 && tokens[a - 1].lower === 'in' && casesCited(ctx).has(tokens[a].text)) return true;
    if (describedAsWork(ctx, a, b)) { (ctx.workNames ??= new Set()).add(textOf(ctx, a, b)); return true; }
    // ("The Rachel Harlow Show", "the Dana Ruiz Podcast", "Marta Vell Tonight": a programme
    // named after its host, by a programme's word closing a first name and a surname.)
    if (b - a >= 3 && PROGRAMME_LAST.has(tokens[b - 1].text) && isFirstName(tokens[a].text) && !KNOWN_ORGS.has(textOf(ctx, a, b))) return true;
    if (a < 1 || !WORK_NOUNS.has(tokens[a - 1].lower)) return false;
    // The noun is a noun: a determiner before it, or before its adjective ("the film", "his second
    // novel"); "would play Harlow Athletic" is a verb.
    const determined = (a >= 2 && WORK_DETERMINERS.has(tokens[a - 2].lower)) || (a >= 3 && WORK_DETERMINERS.has(tokens[a - 3].lower) && /^\p{Ll}+$/u.test(tokens[a - 2].text));
    return determined && !isKnownPlace(textOf(ctx, a, b)) && !KNOWN_ORGS.has(textOf(ctx, a, b));
  },
};

/** A case's citation, "Quarle v. Harlow Borough", "Vell vs. State": its first party's one word. */
const CASE_CITED = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+) (?:v|vs)\. \p{Lu}/gu;

/** The first parties of the cases the text cites with "v." or "vs.", read once an article. */
function casesCited(ctx: EntityContext): Set<string> {
  if (ctx.caseNames) return ctx.caseNames;
  const out = new Set<string>();
  if (ctx.text.includes(' v. ') || ctx.text.includes(' vs. ')) for (const m of ctx.text.matchAll(CASE_CITED)) out.add(m[1]);
  return (ctx.caseNames = out);
}

/** Words that close a programme's name after its host's: "Show", "Podcast", "Tonight". */
const PROGRAMME_LAST = new Set(['Show', 'Podcast', 'Tonight', 'Programme', 'Program', 'Hour']);

/** "U. S.", "S. F.": spaced initials alone are an abbreviation, no person. */
const initialsOnly: RejectRule = {
  id: 'initials-only',
  description: 'Initials alone ("S. F.", "U. S."), with no name after them, are an abbreviation: no person.',
  examples: [{ text: 'He moved to S. F. in 1950 and stayed there.', name: 'S. F.', type: null }],
  rejects({ tokens }, a, b) {
    if (b - a < 2) return false;
    for (let k = a; k < b; k++) if (!/^\p{Lu}\.$/u.test(tokens[k].text)) return false;
    return true;
  },
};

/** A sports report's competitions: "American League", "Eastern Division" (not "Arab League"). */
/** A division's number after its word: "Division Two", "League 1". */
const DIVISION_NUMBER = /^(?:One|Two|Three|Four|Five|ONE|TWO|THREE|FOUR|FIVE|\d)$/;

const competition: RejectRule = {
  id: 'sports-competition',
  description: 'In a sports report, a league or division is no organisation ("the Northern League", "County Championship Division Two").',
  examples: [
    { text: 'Cricket\n\nVelby 245-4 beat Harlow 241 by six wickets.\n\nVelby clinched the County Championship Division Two title with a day to spare.', name: 'County Championship Division Two', type: null },
  ],
  rejects(ctx, a, b) {
    const { tokens } = ctx;
    if (!ctx.sportsDoc || b - a < 2) return false;
    return (COMPETITION_WORDS.has(tokens[b - 1].text) || (COMPETITION_WORDS.has(tokens[b - 2].text) && DIVISION_NUMBER.test(tokens[b - 1].text))) && !KNOWN_ORGS.has(textOf(ctx, a, b));
  },
};

/** "Russia-Ukraine", "U.S.-Russian": a compound of places is no entity of its own. */
const placeCompound: RejectRule = {
  id: 'place-compound',
  description: 'A hyphenated compound of places ("Russia-Ukraine") is no entity of its own.',
  examples: [{ text: 'The Russia-Ukraine talks resumed on Monday in a quiet hotel.', name: 'Russia-Ukraine', type: null }],
  rejects({ tokens }, a, b) {
    return b - a === 1 && tokens[a].text.includes('-') && tokens[a].text.split('-').every((p) => isKnownPlace(p) || DEMONYMS.has(lowerWord(p)));
  },
};

/**
 * A lone capitalised word opening a sentence ("Nothing", "Despite") is a name only with
 * evidence: the gazetteers, a first name, an attribution verb after it, the same word
 * capitalised elsewhere in mid-sentence, or what is said of a company. "Diplomats said": people
 * named by a plural noun opening a sentence are nobody's name.
 */
/** Nouns that label a list after a word and before a colon: "Key points:", "Top stories:", "Key facts:". */
const LIST_LABELS = new Set(['points', 'facts', 'takeaways', 'stories', 'events', 'dates', 'figures', 'findings', 'details', 'numbers',
  'moments', 'highlights', 'updates', 'headlines', 'links', 'questions', 'reads']);

const sentenceStarter: RejectRule = {
  id: 'sentence-starter',
  description: 'A capitalised word opening a sentence is a name only with evidence: a gazetteer, a first name, a cue, or the word capitalised mid-sentence.',
  examples: [
    { text: 'Nothing was left of the pier. Residents watched from the cliff.', name: 'Nothing', type: null },
    { text: 'The minister left early. Reporters asked about the budget.', name: 'Reporters', type: null },
    { text: 'The summit ended. Economists opined that the deal would fail.', name: 'Economists', type: null },
    { text: 'The home failed its residents. Inspectors said staff had not followed the procedures.', name: 'Inspectors', type: null },
    { text: 'The couple met at a gym. Pals said the wedding was small.', name: 'Pals', type: null },
    { text: 'Taxi strike\n\nThe ranks were empty. Commuters said they feared being stranded.', name: 'Commuters', type: null },
    { text: 'Storm live\n\nWinds reached 90mph.\n\n- Ferries cancelled until Friday\n- Schools closed', name: 'Ferries', type: null },
    { text: 'Cup exit\n\nDana Ruiz disagreed. "Time? We have given them three years."', name: 'Time', type: null },
    { text: 'Toll row\n\n"Time is money, and the tunnel saves it," Tomas Brink said.', name: 'Time', type: null },
    // (Or a European mark: "«Time is money,» he said".)
    { text: 'Toll row\n\n«Time is money, and the tunnel saves it,» Tomas Brink said.', name: 'Time', type: null },
    // (Not after the closing mark of the paragraph before.)
    { text: 'Vote\n\n"We will see," Dana Ruiz said. "Ask me in May."\n\nLabour TD Tomas Brink called it a stunt.', name: 'Labour', type: 'organization' },
    { text: 'Having declared her plans, she left the stage.', name: 'Having', type: null },
    { text: 'Bins\n\nHe said: "People are going to see rubbish piling up. Mark my words."', name: 'Mark', type: null },
    // (An everyday word before a verb of saying: no one, unless the article names someone so.)
    { text: 'The well is older than the village. Legend says it has never run dry.', name: 'Legend', type: null },
    // (A place's name that is an everyday word the article itself writes in lower case.)
    { text: 'Man admits threat to councillor\n\nA man admitted on Monday that he threatened the councillor.', name: 'Man', type: null },
    { text: 'Man jailed for harbour fraud\n\nA businessman was jailed on Monday.', name: 'Man', type: null },
    // (A list's label: a word, a list's noun in lower case and a colon.)
    { text: 'Drought\n\nKey points:\n- Rainfall is 70 per cent below average\n- Farmers are selling stock', name: 'Key', type: null },
    // (A name's particle capitalised to open the sentence: "al-Harthy" elsewhere.)
    { text: 'Water talks\n\nSheikh Tariq bin Saeed al-Harthy attended the talks. Al-Harthy later told reporters little.', name: 'Al-Harthy', type: 'person' },
    // (But a dateline's place, in any case: "Velmora, March 3 (PTI)".)
    { text: 'Farmers stage protest\n\nVelmora, March 3 (PTI) Hundreds of farmers staged a protest on Monday.', name: 'Velmora', type: 'place' },
  ],
  rejects(ctx, a, b, sentStart) {
    const { tokens, midSentenceCaps } = ctx;
    if (b - a !== 1 || !atSentenceStart(ctx, a, sentStart)) return false;
    const w = tokens[a].text;
    const lw = lowerWord(w);
    // (Not a plural before a side's office and a name in a sports report: "Lions manager Stuart
    // Vell", a club's nickname, which rule body-of-office reads.)
    if (ctx.sportsDoc && lw.endsWith('s') && officeAfter(ctx, b) === 'body') return false;
    // ("Al-Harthy later told ...": a name's particle capitalised only to open the sentence, the
    // article writing it "al-Harthy" elsewhere.)
    if (/^\p{Lu}\p{Ll}{1,2}-\p{Lu}/u.test(w) && ctx.text.includes(` ${w.charAt(0).toLowerCase()}${w.slice(1)}`)) return false;
    // (Or an everyday word of English at all: "Man jailed for fraud", a headline's first word.)
    if (everydayWord(ctx, w) && !midSentenceCaps.has(w) && !isNation(w) && isKnownPlace(w)) return true;
    if (lw.endsWith('s') && ANONYMOUS_HEADS.has(lw)) return true;
    // ("Having declared", "Speaking to reporters": a participle opening a sentence.)
    if (lw.length > 5 && lw.endsWith('ing') && COMMON_WORDS.has(lw) && !midSentenceCaps.has(w) && !isFirstName(w)) return true;
    // ("Economists opined", "Columnists warn": a plural in "-ists" or "-ians" for people.)
    if (lw.length > 6 && /(?:ist|ian)s$/.test(lw) && !midSentenceCaps.has(w) && !isKnownPlace(w) && !KNOWN_ORGS.has(w)) return true;
    // ("Inspectors said", "Councillors voted": the plural of an office's or a trade's word opening
    // the sentence, capitalised only here.)
    if (lw.length > 4 && lw.endsWith('s') && !lw.endsWith('ss') && (TITLE_WORDS.has(lw.slice(0, -1)) || ROLE_NOUNS.has(lw.slice(0, -1))) && !midSentenceCaps.has(w) && !isKnownPlace(w) && !KNOWN_ORGS.has(w) && !AGENCIES.has(w)) return true;
    // ("Time? We have given them three years.": a body's name that is an everyday word, alone
    // before a question or an exclamation mark, is the word.)
    if ((KNOWN_ORGS.has(w) || AGENCIES.has(w)) && COMMON_WORDS.has(lw) && (tokens[b]?.text === '?' || tokens[b]?.text === '!')) return true;
    // ('"Time is money," he said': so is one opening a quotation, when the article never writes
    // it capitalised mid-sentence and no verb of saying follows: the speaker's own word.)
    if ((KNOWN_ORGS.has(w) || AGENCIES.has(w)) && COMMON_WORDS.has(lw) && a > 0 && QUOTE_MARKS.has(tokens[a - 1].text) && tokens[a - 1].end === tokens[a].start && !midSentenceCaps.has(w) && !SPEECH_VERBS.has(lowerWord(tokens[b]?.text ?? ''))) return true;
    // ("Mark my words", "Sue them": a given name that is a verb too, alone before an
    // object pronoun or a possessive, is the verb in the imperative.)
    if (IMPERATIVE_OBJECTS.has(tokens[b]?.text ?? '') && !midSentenceCaps.has(w)) return true;
    // ("Key points:", "Top stories:": a word before a list's noun in lower case and a colon labels
    // the list, however a given name the word is.)
    if (LIST_LABELS.has(tokens[b]?.text ?? '') && tokens[b + 1]?.text === ':' && !midSentenceCaps.has(w)) return true;
    // ("Reporters asked", "Critics say", "Pals said": a plural noun of everyday English, capitalised only here.)
    // ("Commuters said": a plural rarer than its singular, which is everyday English.)
    if (lw.length >= 4 && lw.endsWith('s') && ((COMMON_WORDS.has(lw) && (COMMON_WORDS.has(lw.slice(0, -1)) || lw.length === 4)) || everydaySingular(lw) || (lw.length >= 7 && COMMON_WORDS.has(lw.slice(0, -1)))) && !midSentenceCaps.has(w) && !isKnownPlace(w) && !KNOWN_ORGS.has(w) && !AGENCIES.has(w)) return true;
    // ("Legend says ...", "Experience suggests ...", "Editors note ...": an everyday word
    // before a verb of saying is no one, unless a given name, a surname the article gives or a
    // word it capitalises mid-sentence.)
    if (SPEECH_VERBS.has(lowerWord(tokens[b]?.text ?? '')) && COMMON_WORDS.has(lw) && !isFirstName(w) && !ctx.surnames.has(w) && !midSentenceCaps.has(w)
      && !isKnownPlace(w) && !KNOWN_ORGS.has(w) && !AGENCIES.has(w) && !isAllCaps(w)) return true;
    return !isKnownPlace(w) && !KNOWN_ORGS.has(w) && !AGENCIES.has(w) && !isPlainFirstName(w) && !isAllCaps(w)
      && !SPEECH_VERBS.has(lowerWord(tokens[b]?.text ?? '')) && !midSentenceCaps.has(w) && !companyContext(ctx, b) && !inDatelinePlace(ctx, a, b) && !referredToAsBody(ctx, a, b)
      // ("Ovanti, the country's largest lender,": described as a body in apposition.)
      && !(!COMMON_WORDS.has(lw) && (describedAsBody(tokens, b) || describedThenSpeaks(tokens, b) || officeAfter(ctx, b) !== null));
  },
};

/** Object pronouns and possessives after a verb in the imperative: "Mark my words", "Grant us time". */
const IMPERATIVE_OBJECTS = new Set(['my', 'me', 'your', 'us', 'our', 'them', 'him', 'it']);

/**
 * A plural in "-ies" or "-es" whose singular is an everyday word: "ferries", "boxes", "churches"
 * ("-es" only after a sibilant, as the plural needs it: not "Barnes" nor "Hayes").
 */
function everydaySingular(lw: string): boolean {
  if (lw.endsWith('ies')) return COMMON_WORDS.has(`${lw.slice(0, -3)}y`);
  return /(?:s|x|z|ch|sh)es$/.test(lw) && COMMON_WORDS.has(lw.slice(0, -2));
}

/** "W L PCT GB": a table's column heads; "I" and single letters; "GMT", "GDP", "CEO". */
const abbreviation: RejectRule = {
  id: 'abbreviation',
  description: 'Column heads, single letters and abbreviations that name no one ("GMT", "GDP", "CEO") are no entities.',
  examples: [
    { text: 'The firm will name a new CEO before the spring.', name: 'CEO', type: null },
    { text: 'Cells\n\nThe cells respond fast, she said.\n\nCorrection added May 2, 2024: An earlier version of this story misnamed the lab.', name: 'Correction', type: null },
    // (A time zone a page gives its time in.)
    { text: 'Polls in the district closed at 6pm IST on Friday, officials said.', name: 'IST', type: null },
    { text: 'The mayor said the plan was O.K. with her.', name: 'O.K.', type: null },
    { text: 'The new bridge will cost Rs 450 crore, the minister said.', name: 'Rs', type: null },
    { text: 'The pier was rebuilt after WWII by the harbour board.', name: 'WWII', type: null },
    { text: 'Football\n\nTomas Brink starred at Euro 2024 and missed two Euro qualifiers after it.', name: 'Euro', type: null },
    { text: 'Anil Rao struck 112 as Velmora won the third ODI by six wickets.', name: 'ODI', type: null },
    // (A hospital's departments and a family doctor, as British copy writes them.)
    { text: 'She waited nine hours in A&E before a bed was found, her GP said.', name: 'A&E', type: null },
    { text: 'The new bridge will cost Rs. 450 crore, the minister said.', name: 'Rs', type: null },
    // (A camera's, a lorry's or a tax's initials.)
    { text: 'Officers were examining CCTV from the area, Detective Inspector Lena Early said.', name: 'CCTV', type: null },
  ],
  rejects(ctx, a, b) {
    const w = ctx.tokens[a].text;
    // (Written with full stops too, as some papers do: "O.K.", "C.E.O.", "I.P.O.".)
    return (b - a >= 2 && allShortCaps(ctx, a, b)) || (b - a === 1 && (w.length === 1 || NOT_NAMES.has(w) || (w.includes('.') && NOT_NAMES.has(w.replace(/\./g, ''))) || isPronounI(w)));
  },
};

/** Words that may stand before an office in a group of people: "Republican Senators", "Vice President". */
const OFFICE_MODIFIERS = new Set(['republican', 'democratic', 'democrat', 'labour', 'conservative', 'liberal', 'senior', 'former', 'deputy', 'vice', 'prime', 'foreign', 'state', 'federal', 'us', 'u.s.',
  // ("Chief Minister", "Acting President", "Shadow Minister": an office still.)
  'chief', 'acting', 'interim', 'assistant', 'junior', 'shadow', 'cabinet', 'first']);

/** What Indian copy's "Union" (the national government) is said of: "the Union government". */
const UNION_ORGANS = new Set(['government', 'cabinet', 'budget', 'territory', 'territories', 'ministry', 'ministries', 'list']);

/**
 * "Senators", "Republican Senators", "the President": an office alone names no one (the name
 * it goes with is missing); who holds it is for the role reference to say.
 */
const bareOffice: RejectRule = {
  id: 'bare-office',
  description: 'An office alone ("President", "Senators", "Republican Senators") or a newsroom job ("Staff Writer") names no one: the name it goes with is missing.',
  examples: [
    // (A portfolio's second part after "and": no body.)
    { text: 'Mining\n\nThe Minister for Lands and Natural Harbours, Tomas Brink, praised the chiefs.', name: 'Natural Harbours', type: null },
    // (A seat no list knows and its member after "the", no name after: whoever holds the seat.)
    { text: 'Reform row\n\n"This House must listen," the Quarrow MP said.', name: 'Quarrow MP', type: null },
    { text: 'Mattar Quarle, Director General and Chairman of the Board, said the line would open in 2030.', name: 'General', type: null },
    { text: 'Republican Senators voted late on Tuesday, and the President signed the bill.', name: 'Republican Senators', type: null },
    { text: 'Shadow health spokesman Karim Nasser said the plan was a fantasy.', name: 'Shadow', type: null },
    { text: 'On Monday, Union minister Anil Rao said the bill was ready.', name: 'Union', type: null },
    { text: 'The state asked the Union government for more funds.', name: 'Union', type: null },
    { text: 'The Union home ministry will review the relief paid to the states.', name: 'Union', type: null },
    { text: 'Republican Senators voted late on Tuesday, and the President signed the bill.', name: 'President', type: null },
    { text: 'Thank you, Mr. President, for the invitation.', name: 'President', type: null },
    { text: '"Madam Speaker, I rise to oppose the bill," said Tomas Brink.', name: 'Speaker', type: null },
    // ("Chief Minister" before an appositive name: the office still, no one called "Minister".)
    { text: 'The Chief Minister, Dana Hale, opened the new bridge on Monday.', name: 'Minister', type: null },
    { text: 'He spoke through his Chief Press Secretary, Mr Karim Nasser, on Sunday.', name: 'Press Secretary', type: null },
    { text: 'Meanwhile, the Commissioner of Police, Mr. Rhys Colby, assured residents that the command was ready.', name: 'Commissioner of Police', type: null },
    { text: 'The Minister of Local Government, Mr Karim Nasser, summoned the council.', name: 'Minister of Local Government', type: null },
    { text: 'Reacting, the Force Public Relations Officer, ACP Dapo Ilesanmi, said those arrested would be charged.', name: 'Force Public Relations Officer', type: null },
    // (A title's words before the office: "National Commissioner", a body's possessive before it.)
    { text: 'Registration\n\nThe commission will not extend the deadline.\n\nVelcor\'s National Commissioner for Information, Mr Tarun Vell, said voters had been given "ample time".', name: 'National Commissioner', type: null },
    // (A rank before the mark of one retired: no name.)
    { text: 'Walk\n\nLance Corporal (retd) Kieran Vell, 36, finished the walk on Saturday.', name: 'Lance Corporal', type: null }, { text: 'Ports\n\nIn a brief statement, Rear Admiral (retd) Imran Vohra said he was stepping down.', name: 'Rear Admiral', type: null },
    { text: 'Ferry delay\n\nBy Ana Ruiz and Tom Welsh, Health Correspondents\n\nThe ferry was late again on Monday.', name: 'Health Correspondents', type: null },
  ],
  rejects(ctx, a, b, sentStart) {
    const { tokens, n } = ctx;
    // ("The Minister for Lands and Natural Resources, X": the portfolio's second part, no body;
    // not a run that holds the holder's name too.)
    if (portfolioHeadBefore(ctx, a, sentStart) >= 0 && !tokens.slice(a, b).some((t) => isFirstName(t.text))) return true;
    // ("Shadow health spokesman Karim Nasser", "Opposition spokeswoman Dana Ruiz": a title's
    // word opening an office written in lower case before the name is that office's, no name.)
    // (Indian copy's "Union" for the national government, before its office or its organs,
    // name or none after them: "Union minister Anil Rao", "the Union home minister", "the Union
    // government", "the Union home ministry". Not "Treasury secretary", "Army general": a department still.)
    const union = b - a === 1 && tokens[a].text === 'Union';
    if (b - a === 1 && (TITLE_WORDS.has(tokens[a].lower) || union)) {
      for (let k = b; k < n - 1 && k <= b + 2; k++) {
        const t = tokens[k];
        if (t.kind !== 'word' || t.text !== t.lower) break;
        if ((union && UNION_ORGANS.has(t.lower)) || (TITLE_HEADS.has(t.lower) && (union || /^\p{Lu}/u.test(tokens[k + 1].text)))) return true;
      }
    }
    // ("By Ana Ruiz, Senior Political Editor", "Health Correspondents": a newsroom job, with
    // everyday words before it, names no one.)
    if (NEWSROOM_JOBS.has(tokens[b - 1].lower)) {
      for (let k = a; k < b - 1; k++) if (isFirstName(tokens[k].text) || !(COMMON_WORDS.has(tokens[k].lower) || OFFICE_MODIFIERS.has(tokens[k].lower))) return false;
      return true;
    }
    // ("the Commissioner of Police, Mr. Rhys Colby,": an office and what it is of, before the
    // name in apposition, is the office, no body.)
    // (What it is of one everyday or body's word: not "the Governor of Velmora State,", a place's.)
    // ("The Minister of Local Government, Cde Farai ...": a few words of what it is of.)
    const everyday = (k: number): boolean => ORG_WORDS.has(tokens[k].lower) || COMMON_WORDS.has(tokens[k].lower) || PORTFOLIO_WORDS.has(tokens[k].lower);
    if (b - a >= 3 && b - a <= 5 && OFFICES.has(tokens[a].lower) && tokens[a + 1].lower === 'of' && tokens[b]?.text === ',' && b + 1 < n && /^\p{Lu}/u.test(tokens[b + 1].text)) {
      let all = true;
      for (let k = a + 2; k < b; k++) if (!everyday(k)) all = false;
      if (all) return true;
    }
    // ("the Force Public Relations Officer, ACP Dapo Ilesanmi,": capitalised words ending in an
    // office or a job, after "the" and before the name in apposition, are the office, no body.)
    if (b - a >= 2 && a > 0 && tokens[a - 1].lower === 'the' && (OFFICES.has(tokens[b - 1].lower) || JOB_HEADS.has(tokens[b - 1].lower))
      && tokens[b]?.text === ',' && b + 1 < n && /^\p{Lu}/u.test(tokens[b + 1].text)) return true;
    // ("the Ugunja MP said": a seat no list knows and its member after "the", no name after, is
    // a description of whoever holds the seat, no body; a known place or body is split from the
    // office by place-office-split.)
    if (b - a >= 2 && b - a <= 3 && a > 0 && tokens[a - 1].lower === 'the' && MEMBER_INITIALS.has(tokens[b - 1].lower) && tokens[b - 1].text === tokens[b - 1].text.toUpperCase()
      && !(b < n && /^\p{Lu}/u.test(tokens[b].text)) && !isFirstName(tokens[a].text)) {
      const seat = ctx.text.slice(tokens[a].start, tokens[b - 2].end);
      if (!isKnownPlace(seat) && !KNOWN_ORGS.has(seat) && !isNation(seat)) return true;
    }
    // ("Lance Corporal (retd) Kieran Vell", "Rear Admiral (retd) ...": a rank before the mark of one retired, no name.)
    if (tokens[b]?.text === '(' && RETIRED.has(tokens[b + 1]?.lower ?? '') && tokens[b + 2]?.text === ')' && tokens.slice(a, b).every((t) => TITLE_WORDS.has(t.lower) || RANK_OPENERS.has(t.lower))) return true;
    // ("Director General", "Attorney General", "Secretary General": an office and "General" alone.)
    if (b - a === 2 && tokens[b - 1].lower === 'general' && TITLE_WORDS.has(tokens[a].lower) && !isFirstName(tokens[a].text)) return true;
    if (!OFFICES.has(tokens[b - 1].lower)) return false;
    // ("Mr. President", "Madam Speaker": an office addressed, still no name.)
    for (let k = a; k < b - 1; k++) {
      const w = tokens[k].lower;
      // ("INEC's National Commissioner for ...": a title's words before the office too.)
      if (!OFFICE_MODIFIERS.has(w) && !PORTFOLIO_WORDS.has(w) && !DEMONYMS.has(w) && !TITLE_WORDS.has(w) && !(k === a && (HONORIFICS.has(w) || w === 'madam' || w === 'madame'))) return false;
    }
    return true;
  },
};

/** The mark of a retired officer, in brackets after the rank: "(retd)", "(rtd)". */
const RETIRED = new Set(['retd', 'retd.', 'rtd', 'rtd.', 'ret', 'ret.', 'retired']);

/** The last word of a firm's or an institution's job: "Chief Market Strategist", "Senior Research Analyst". */
const JOB_HEADS = new Set(['officer', 'strategist', 'analyst', 'economist', 'scientist', 'consultant', 'adviser', 'advisor', 'manager',
  'director', 'engineer', 'researcher', 'specialist', 'planner', 'architect', 'counsel']);
/** Words that open such a job: its rank. */
const JOB_RANKS = new Set(['chief', 'senior', 'lead', 'principal', 'managing', 'head', 'deputy', 'assistant', 'associate', 'executive', 'general']);

/**
 * "Dana Ruiz, Chief Market Strategist, Harbour Capital", "Lead Economist at ...": a job, its
 * rank first and everyday words between, names no one (business and wire copy capitalise
 * jobs); a name after it is the person ("Chief Operating Officer Lena Early", rule title-cue).
 */
const jobTitle: RejectRule = {
  id: 'job-title',
  description: 'A job with its rank and everyday words ("Chief Market Strategist", "Senior Research Analyst") names no one.',
  examples: [
    { text: '"Rates will stay high," said Dana Ruiz, Chief Market Strategist, Harbour Capital.', name: 'Market Strategist', type: null },
    { text: 'Karim Nasser, Lead Economist at the Harbour Bank, said growth would slow.', name: 'Lead Economist', type: null },
    { text: 'Karim Nasser, Lead Economist at the Harbour Bank, said growth would slow.', name: 'Karim Nasser', type: 'person' },
  ],
  rejects({ tokens }, a, b) {
    if (b - a < 2 || !JOB_HEADS.has(tokens[b - 1].lower) || !JOB_RANKS.has(tokens[a].lower)) return false;
    for (let k = a + 1; k < b - 1; k++) {
      const w = tokens[k].lower;
      if (isFirstName(tokens[k].text) && !COMMON_WORDS.has(w)) return false;
      if (!(COMMON_WORDS.has(w) || TITLE_WORDS.has(w) || PORTFOLIO_WORDS.has(w) || OFFICE_MODIFIERS.has(w))) return false;
    }
    return true;
  },
};

/** Pronouns that may open a sentence capitalised: no one's name (the lexicon's personal pronouns, and the rest). */
const PRONOUN_WORDS = new Set([...PRONOUNS_MALE, ...PRONOUNS_FEMALE, ...PRONOUNS_PLURAL, 'i', 'me', 'myself', 'you', 'yourself', 'it', 'itself',
  'ourselves', 'themselves', 'nobody', 'everybody', 'somebody', 'anybody', 'everyone', 'someone', 'anyone', 'noone', 'none',
  'nothing', 'everything', 'something', 'anything', 'whoever', 'whatever']);
/** A contraction: "We've", "It'll", "They're", "Don't", "Can't", "Who'd". */
const CONTRACTION = /^\p{L}+(?:['’](?:ve|ll|re|m|d)|n['’]t)$/iu;

/** What a family calls its own, capitalised as names are: "Mum said", "a card to Dad". No one's name a desk lists. */
const KIN_ADDRESS = new Set(['mum', 'mom', 'dad', 'mummy', 'mommy', 'daddy', 'grandma', 'grandpa', 'granny', 'grandad', 'granddad', 'gran', 'nanna', 'nan', 'nana', 'nanny', 'mam', 'mammy', 'grampa', 'gramps']);

/** Words of answer and exclamation, capitalised at a sentence's start in transcripts and dialogue: no names. */
const INTERJECTIONS = new Set(['no', 'yes', 'yeah', 'yep', 'nope', 'oh', 'ah', 'okay', 'hey', 'hi', 'hello', 'wow', 'um', 'uh', 'hmm', 'thanks']);

/**
 * A pronoun ("Nobody", "Everyone") or a contraction ("We've", "It'll", "Don't") is no name,
 * capitalised though it is at the start of a sentence or a quotation, and followed by a speech
 * verb though it may be ("'Nobody asked us,' said ...").
 */
const pronounOrContraction: RejectRule = {
  id: 'pronoun-or-contraction',
  description: 'Pronouns, contractions, interjections and what a family calls its own ("Nobody", "We\'ve", "No.", "Yeah", "Mum", "Dad") are no entities, capitalised or not.',
  examples: [
    { text: 'Town meets on pier plan\n\n\'Nobody asked us,\' said Mair Jones, 71.', name: 'Nobody', type: null },
    { text: 'Town meets on pier plan\n\n\'We\'ve waited years for this,\' the leader said.', name: "We've", type: null },
    { text: 'Town meets on pier plan\n\nVisitors from the US doubled this year, the council said.', name: 'US', type: 'place' },
    { text: 'Town meets on pier plan\n\n"Did they ask you?" No. No. "Never," said the leader.', name: 'No.', type: null },
    { text: 'Care home fined\n\n"Mum thought the world of the staff," said her daughter. The last card was to Dad.', name: 'Mum', type: null },
    { text: 'Corridor care\n\n"The nurses were brilliant. Nan was in a corridor for 50 hours," her grandson said.', name: 'Nan', type: null },
  ],
  rejects(ctx, a, b) {
    if (b - a !== 1) return false;
    const t = ctx.tokens[a];
    // (Not in capitals: "US" and "IT" are names.)
    const bare = t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
    return (PRONOUN_WORDS.has(t.lower) && !(t.text.length > 1 && isAllCaps(t.text))) || ((t.text.includes("'") || t.text.includes('’')) && CONTRACTION.test(t.text))
      || ((INTERJECTIONS.has(bare) || KIN_ADDRESS.has(t.lower)) && !isAllCaps(t.text));
  },
};

export const REJECT_RULES: readonly RejectRule[] = [pronounOrContraction, date, code, referenceLabel, initialsOnly, functionWordEnd, workTitle, vehicleName, gradeName, animalName, stormName, nationality, partyMember, languageName, event, competition, placeCompound, sentenceStarter, abbreviation, nameAdjective, bareOffice, jobTitle, indefiniteArticle];
