// Words at the edges of a capitalised run that are no part of the name.
import { AGENCIES, COMMON_CAPITALISED, COMMON_WORDS, DEMONYMS, isFirstName, isKnownPlace, KNOWN_ORGS, ORG_WORDS, PORTFOLIO_WORDS, PRE_NAME_TITLES, TITLE_WORDS } from '../../lexicon/lexicon';
import { isAllCaps, MONTHS } from '../../text/words';
import type { EntityContext } from '../context';
import { afterBodyNoun, atSentenceStart, hasOrgWord, holderAfter, inDatelinePlace, isKnownName, isPronounI, startsKnownName } from '../tests';
import { COMPASS, CREDIT_LABELS, DATE_PREPOSITIONS, EAST_ASIAN_SURNAMES, everydayPlural, HONORIFICS, HYPHEN_ADJECTIVE, HYPHEN_ORG_ADJECTIVE, NAME_OPENERS, ORDINALS, PERSON_TRADES, PLAIN_KIN, ORG_FOLLOWERS, PLACE_LAST, POSSESSIVES, POST_NOMINALS, QUOTE_MARKS, RANK_STYLES, SECTOR_WORDS, SENTENCE_ADVERBS, TITLE_HEADS, WEEKDAYS } from '../words';
import type { EntityExample } from './rule';
import { humanNoun } from '../../lexicon/people';

/** Portfolio words from a, then a title's word before the run's last: "Water Resources Minister Chidi Okonjo". */
/** Capitalised words that close no name: a clause's opening preposition or conjunction ("... Regina Tarvik In the island seat"). */
const CLAUSE_OPENING_LAST = new Set(['In', 'On', 'At', 'By', 'From', 'With', 'Because', 'After', 'Before', 'During', 'Since', 'When', 'While', 'As', 'But', 'And', 'Or', 'If', 'Although', 'Though']);

/** "Ambulance Employees Association": three words or more, a body's word last and none before it, none a first name, a place or a title. */
function plainBodyName(tokens: EntityContext['tokens'], a: number, b: number): boolean {
  if (b - a < 3 || !ORG_WORDS.has(tokens[b - 1].lower)) return false;
  for (let k = a; k < b; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) || isFirstName(tokens[k].text) || isKnownPlace(tokens[k].text) || TITLE_WORDS.has(tokens[k].lower) || (k < b - 1 && ORG_WORDS.has(tokens[k].lower))) return false;
  return true;
}

/**
 * Two words, a body's word last, opening the sentence: "Hospital Authority chief executive ...",
 * "Harbour Board officials said": the first word, though the article writes it in lower case, is
 * no sentence-opener to trim, which would leave the body's word alone ("Authority"). Not an adverb
 * ("Meanwhile Council ..."), nor before a body known by its word alone ("Battleground Senate"), nor
 * a term in quotation marks (a "National Fund", a nickname), the mark glued to it (not the last
 * paragraph's closing mark).
 */
function bodyOfTwo(tokens: EntityContext['tokens'], a: number, b: number): boolean {
  const w = tokens[a].text;
  return b - a === 2 && ORG_WORDS.has(tokens[a + 1].lower) && !KNOWN_ORGS.has(tokens[a + 1].text) && !(a > 0 && QUOTE_MARKS.has(tokens[a - 1].text) && tokens[a - 1].end === tokens[a].start) && /^\p{Lu}\p{Ll}+$/u.test(w) && /^\p{Lu}\p{Ll}+$/u.test(tokens[a + 1].text) && !w.endsWith('ly') && !SENTENCE_ADVERBS.has(tokens[a].lower);
}

function portfolioTitle(tokens: EntityContext['tokens'], a: number, b: number): boolean {
  let k = a;
  while (k < b - 1 && PORTFOLIO_WORDS.has(tokens[k].lower)) k++;
  return k > a && k < b - 1 && TITLE_WORDS.has(tokens[k].lower);
}
import { initialsNotTitle } from './title-cue';


/** "mother-of-two", "grandfather-of-five": a word for someone and how many children they have. */
/** A broadcaster's last word: "Seven News", "Nine Network". */
const BROADCAST_LAST = new Set(['news', 'network', 'radio', 'tv', 'television']);

const COUNTED_BY = /^\p{L}+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/u;

/** Verbs and adverbs that follow the pronoun "I" and no numeral: "Mr Brink I think". */
const I_VERBS = new Set(['am', 'think', 'thought', 'know', 'knew', 'had', 'have', 'guess', 'mean', 'said', 'say', 'want', 'wanted', 'would', 'will',
  'can', 'could', 'do', 'did', "don't", 'don’t', "didn't", 'didn’t', "can't", 'can’t', 'love', 'like', 'used', 'hope', 'believe', 'feel', 'felt',
  'just', 'really', 'never', 'always', 'called', 'need', 'got', 'went', 'remember', 'saw', 'see', 'wish', 'should', 'must', 'might', 'told', 'asked']);

export interface Trimmed {
  readonly a: number;
  readonly b: number;
  /** An adjective before it said it is an organisation ("Ontario-based Magna"). */
  readonly orgHint: boolean;
  /** A newspaper or union word follows ("the Sun newspaper"). */
  readonly mediaNext: boolean;
}

/**
 * A company's trade before its name at a sentence's start ("Carmaker X", "Retailer X"). Only
 * trades no person is titled by: not "Broadcaster", "Publisher", "Producer", "Filmmaker".
 */
/**
 * The words s..e look like someone's given name and surname: capitalised, the first and the last
 * no everyday word (nor, the last, one the article writes in lower case), the first no place,
 * none a body's or a place's word ("Ilse Brinkova", not "Premier League", "Quarren Dynasty").
 */
function givenNameShaped(ctx: EntityContext, s: number, e: number): boolean {
  const { tokens } = ctx;
  const first = tokens[s];
  const last = tokens[e - 1].lower;
  if (COMMON_WORDS.has(first.lower) || COMMON_WORDS.has(last) || ctx.lowerVocab.has(last) || isKnownPlace(first.text) || PLACE_LAST.has(last) || hasOrgWord(ctx, s, e)) return false;
  for (let k = s; k < e; k++) if (!/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(tokens[k].text) || TITLE_WORDS.has(tokens[k].lower) || DEMONYMS.has(tokens[k].lower)) return false;
  return true;
}

const COMPANY_TRADES = new Set(['retailer', 'insurer', 'lender', 'refiner', 'airline', 'conglomerate', 'supplier', 'exporter',
  'importer', 'shipper', 'manufacturer', 'distributor', 'brokerage', 'regulator', 'watchdog', 'telecoms',
  'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'planemaker', 'steelmaker', 'processor', 'wholesaler', 'operator', 'broadcaster']);

/**
 * Adjectives that describe a body or a person named after them, capitalised only to open a
 * sentence: "Rival Harlow Engineering said", "Embattled Velcor Holdings", "Veteran Harlow
 * Engineering executive Dana Ruiz".
 */
const DESCRIBING_OPENERS = new Set(['rival', 'embattled', 'beleaguered', 'troubled', 'struggling', 'ailing', 'veteran', 'stricken',
  'disgraced', 'jailed', 'convicted', 'controversial', 'outspoken', 'bankrupt', 'insolvent', 'cash-strapped', 'debt-laden',
  'loss-making', 'scandal-hit', 'crisis-hit', 'debt-ridden', 'scandal-plagued',
  // (Words that describe people, "Regular Dai Morgan", "Grieving Bethan Lloyd", where the given
  // name is none the lists know.)
  'regular', 'grieving', 'heartbroken', 'devastated', 'tearful', 'lifelong', 'longtime', 'long-time']);


/**
 * Drops words at the start of a run that are no part of the name: "The", a sentence's first
 * word the article also writes in lower case, a capitalised common word ("the World Trade
 * Organisation" keeps "World"), an adjective made with a participle ("Ontario-based Magna",
 * which says what follows is an organisation), a month before a name ("in June Velcor
 * exported"), a nationality before a person or a known name ("Australian Rhys Colby"), a
 * company's trade opening a sentence ("Carmaker Quillmotors"); and a month closing a run
 * ("the Chicago Purchasing Managers August"; not "Theresa May").
 */
/** Words in "-ing" that are nouns, whatever verb they look made from: "Evening Harbour Post", "Building Society". */
const NOT_PARTICIPLES = new Set(['evening', 'morning', 'building', 'wedding', 'ceiling', 'darling', 'sterling', 'during', 'pudding', 'lightning', 'viking']);

/** A present participle of everyday English, by its verb: "addressing", "following", "criticising" (its verb "criticise"); not "sterling" nor "everything". */
function participle(lw: string): boolean {
  if (lw.length <= 5 || !lw.endsWith('ing') || NOT_PARTICIPLES.has(lw)) return false;
  const stem = lw.slice(0, -3);
  // (British "-ise" as the word lists' "-ize": "criticising", "criticize".)
  return COMMON_WORDS.has(stem) || COMMON_WORDS.has(`${stem}e`) || (stem.endsWith('is') && COMMON_WORDS.has(`${stem.slice(0, -2)}ize`));
}

/** A past participle of everyday English, by its verb: "spurned", "jailed", "stopped" (not "Ahmed", "Alfred"). */
function pastParticiple(lw: string): boolean {
  if (lw.length <= 5 || !lw.endsWith('ed')) return false;
  const stem = lw.slice(0, -2);
  return COMMON_WORDS.has(stem) || COMMON_WORDS.has(`${stem}e`) || (stem.length > 3 && stem.at(-1) === stem.at(-2) && COMMON_WORDS.has(stem.slice(0, -1)));
}

/** An everyday word or a body's word among tokens[a, b): "Airlines", "Newspapers". */
function everydayIn(tokens: EntityContext['tokens'], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (COMMON_WORDS.has(tokens[k].lower) || ORG_WORDS.has(tokens[k].lower)) return true;
  return false;
}


/** Greetings, trimmed before any word: "Hey Tomas", "Dear Ms Ruiz". */
const GREETINGS = new Set(['hey', 'hi', 'hello', 'dear', 'goodbye', 'bye', 'welcome', 'congratulations', 'congrats', 'cheers', 'thanks']);
/** Greetings, imperatives, indefinite pronouns and auxiliaries before a name that are no part of it: "Hey Tomas", "See Quarle (2019)", "Let Ruiz explain". */
const GREETINGS_BEFORE_NAMES = new Set([...GREETINGS, 'see',
  // (And an imperative or an indefinite pronoun, before a given name or a surname the article
  // gives: "Meet Dana Ruiz, ...", "Let Ruiz explain", "Everything Brink says".)
  'let', 'meet', 'ask', 'tell', 'notice', 'thank', 'everything', 'nothing', 'everyone', 'nobody', 'someone', 'somebody', 'anyone', 'anybody',
  // (And an auxiliary opening a question or a condition: "Had Brink won, ...", "Was Ruiz right?"; not "Will", a given name.)
  'had', 'has', 'have', 'should', 'would', 'could', 'were', 'was', 'is', 'are', 'did', 'does', 'do']);


/** Whose a ruler's style is said to be: "His Highness", "Your Majesty". */
const STYLE_POSSESSIVES = new Set(['his', 'her', 'their', 'your']);

export const trimEdges = {
  id: 'trim-edges',
  description: 'Sentence starters, "The", participle adjectives, months and nationalities at a run\'s edges are no part of the name.',
  examples: [
    // (A Chinese family name that is an everyday word too, inside a sentence.)
    { text: 'Trade\n\nMinistry spokesperson He Lifang told a briefing that talks would go on.', name: 'He Lifang', type: 'person' },
    // (A party known whole keeps its adjective: "the Liberal Democrats", no "Democrats".)
    { text: 'Vote\n\nPlaid Cymru took the seat from the Liberal Democrats on a swing of 9 per cent.', name: 'Liberal Democrats', type: 'organization' },
    // (A nationality before a surname the article gives someone is no part of a name.)
    { text: 'Boxing\n\nTomas Brink will fight Dana Velsk in March. Brink lost his title when he fought American Velsk in 2019.', name: 'American Velsk', type: null },
    // (A past participle of everyday English opening the sentence describes who is named.)
    { text: 'Plan\n\nRetired Lt. Col. Tomas Vell said the plan was "reckless".', name: 'Tomas Vell', type: 'person', role: 'Lt. Col.' },
    // (An office's last word before the name: "Leader of the Opposition".)
    { text: 'Tariffs\n\nLeader of the Opposition Tarun Velappan said the hike would burden households.', name: 'Tarun Velappan', type: 'person' },
    // ("State" before an office in lower case, after a party's initials.)
    { text: 'Tariffs\n\nHPP State president K. Velappan demanded a rollback.', name: 'HPP', type: 'organization' },
    // (A word that describes someone opening the sentence, though the lists know no given name
    // after it: "Regular".)
    { text: 'Landlord\n\nRegular Ifan Quarrell, 71, described him as "the best landlord in Wales".', name: 'Ifan Quarrell', type: 'person' },
    // (A company's trade opening the sentence describes the body named after it: "Processor".)
    { text: 'Milk price\n\nProcessor Quarle Dairies said global markets had weakened.', name: 'Quarle Dairies', type: 'organization' },
    // (A style's or a model's adjective before the name: "Bauhaus-style", "Tudor-inspired".)
    { text: 'Travel\n\nWe stayed at the Bauhaus-style Quarle Hotel above the town.', name: 'Quarle Hotel', type: 'place' },
    // (Mid-sentence, an everyday word before a broadcaster's last word is its name.)
    { text: 'Shark\n\nA surfer was bitten.\n\n"I hit it," Wallace told Seven News from his hospital bed.', name: 'Seven News', type: 'organization' },
    // (After a body's noun that introduces its name, an everyday word opens the name.)
    { text: 'Gallery\n\nMembers of the group Final Chance Now held up a banner in the main hall.', name: 'Final Chance Now', type: 'organization' },
    // (A style of address after a possessive: "His Highness", "Her Royal Highness".)
    { text: 'Port\n\nHer Royal Highness Princess Amani Kerubo opened the new quay on Monday.', name: 'Amani Kerubo', type: 'person' },
    { text: 'The Harbour Authority said the pier would reopen.', name: 'Harbour Authority', type: 'organization' },
    { text: 'Crews from the Country Fire Service worked through the night.', name: 'Country Fire Service', type: 'organization' },
    // (Also where "The" opens the sentence: "Local" after it is capitalised for the body's name.)
    { text: 'Councils\n\nThe Local Harbours Association said eight councils were bust.', name: 'Local Harbours Association', type: 'organization' },
    // (A compass word before a known place keeps it: the region's name is whole.)
    { text: 'Wildfire\n\nA wildfire tore through dry hills in Northern California on Monday.', name: 'Northern California', type: 'place' },
    // (A compass word or a nationality before a first name is no one's description where a body's word ends the run.)
    { text: 'Broadband\n\nOne of the firms, Western Grace Logistics, said it was on track.', name: 'Western Grace Logistics', type: 'organization' },
    // (A word for kin before a first name: who they are to someone.)
    { text: 'Charity climb\n\nGrandson Tomas, 24, said she was an inspiration.', name: 'Tomas', type: 'person' },
    // (A weekday between commas after a noun for a person is a given name: "Sunday", "Friday".)
    { text: 'Road works\n\nA commercial motorcyclist, Sunday Okafor, told reporters the traffic had worsened.', name: 'Sunday Okafor', type: 'person' },
    // (A preposition closing a run opens the next clause, its line break lost.)
    { text: 'Results\n\nVelmora Party leader Regina Tarvik In the island seat, turnout was high.', name: 'Regina Tarvik', type: 'person' },
    // (A body's name of everyday words keeps its first word, though the article writes it in lower case.)
    { text: 'Ferry Workers Association secretary Karim Nasser said crews were tired. The ferry was late.', name: 'Ferry Workers Association', type: 'organization' },
    // (So does a body's name of two words: not "Authority" alone.)
    { text: 'Ward delayed\n\nThe new wing of the hospital is late.\n\nHospital Authority chief executive Dana Ruiz said it would open in spring.', name: 'Hospital Authority', type: 'organization' },
    { text: 'Ward delayed\n\nThe new wing of the hospital is late.\n\nHospital Authority chief executive Dana Ruiz said it would open in spring.', name: 'Authority', type: null },
    { text: 'Leader of the Opposition Anil Rao called the budget hollow. The farmer leader said nothing.', name: 'Anil Rao', type: 'person' },
    { text: 'Australian Rhys Colby won the final in straight sets.', name: 'Rhys Colby', type: 'person' },
    // (A given name no list knows; not a league nor a dynasty.)
    { text: 'Nigerian Chidi Okonjo finished second in the final.', name: 'Chidi Okonjo', type: 'person' },
    { text: 'Indian Premier League side Harlow Kings lost again.', name: 'Indian Premier League', type: 'organization' },
    { text: 'Mother-of-two Lena Early said the bins had not been emptied.', name: 'Lena Early', type: 'person' },
    { text: 'Derby\n\nFive-eighth Jack Tully kicked the winning field goal.', name: 'Jack Tully', type: 'person' },
    { text: 'Record\n\nFifteen-year-old Isla Vell broke the national record on Saturday.', name: 'Isla Vell', type: 'person' },
    { text: 'Oscar-winner Dana Ruiz said the plan lacked detail.', name: 'Dana Ruiz', type: 'person' },
    { text: 'Fair\n\nThe fair opened in Harlow Town Hall Image: Dana Ruiz.\n\nCrowds came early.', name: 'Harlow Town Hall', type: 'place' },
    { text: 'Shopkeepers Dana Ruiz and Tomas Brink swept mud from their doorways.', name: 'Dana Ruiz', type: 'person' },
    // (A member's or an honour's letters after the name; a Welsh "ap" inside it.)
    { text: 'The party\'s spokesperson, Colm Brady MLA, said the minister had run out of excuses. Mr Brady said more.', name: 'Colm Brady', type: 'person' },
    { text: 'Dr Rhodri ap Gwilym, who chairs the council, said staff were exhausted.', name: 'Rhodri ap Gwilym', type: 'person' },
    { text: 'Rice\n\nAgriculture Secretary Ramon dela Cruz said the department was monitoring warehouses.', name: 'Ramon dela Cruz', type: 'person' },
    { text: 'The land will be managed by Te Whenua o Rangiwai Trust, which plans to restore the wetlands.', name: 'Te Whenua o Rangiwai Trust', type: 'organization' },
    // (A company's trade opening the sentence: wire copy's "Carmaker X said".)
    { text: 'Carmaker Quillmotors said on Tuesday it would cut 2,000 jobs.', name: 'Quillmotors', type: 'organization' },
    // (A trade that titles people too, only before a name a body's word closes.)
    { text: 'Developer Velcor Homes has submitted plans for 200 houses.', name: 'Velcor Homes', type: 'organization' },
    // (An adjective describing what it names, capitalised to open the sentence.)
    { text: 'Rival Harlow Engineering said it had seen no slowdown.', name: 'Harlow Engineering', type: 'organization' },
    // (An everyday plural describing what is named after it.)
    { text: 'Cup\n\nHolders Harlow Rovers were beaten 2-0 on Saturday.', name: 'Harlow Rovers', type: 'organization' },
    { text: 'Her column, My Year Without Cars, ran for months.', name: 'My Year Without Cars', type: null },
    // (An everyday word the article has given as someone's family name is a name alone too.)
    { text: 'Dana Ward and Lena Early spoke. "Streaming is binary," says Early.', name: 'Early', type: 'person' },
    { text: 'The club said Police Scotland had been very helpful.', name: 'Police Scotland', type: 'organization' },
    { text: 'She told the Local Democracy Reporting Service that the plan was dead.', name: 'Local Democracy Reporting Service', type: 'organization' },
    // (After an honorific too: "Ms Early".)
    { text: 'The bakery closed in May. "We had no choice," Ms Early said.', name: 'Early', type: 'person' },
    // (The pronoun "I" closing a run is no part of it; a numeral after a first name is.)
    { text: 'I asked Mr Brink I think twice about the tender.', name: 'Brink', type: 'person' },
    { text: 'Frankly I never liked the plan.', name: 'Frankly', type: null },
    { text: 'A portrait of Charles I hangs in the hall.', name: 'Charles I', type: 'person' },
    { text: 'Dana Hale and I went north.', name: 'Dana Hale', type: 'person' },
    // (A greeting, an imperative or a question's auxiliary before a name is none of it.)
    { text: '"Hey Tomas, come and look at this," she shouted.', name: 'Tomas', type: 'person' },
    // (An imperative before a name the article gives: "Let Ruiz explain", "Meet Dana Ruiz".)
    { text: 'Debate\n\nDana Ruiz and Tomas Brink meet on Monday. Let Ruiz explain her plan first, her aides say.', name: 'Let Ruiz', type: null },
    { text: 'Vote\n\nTomas Brink lost by 40 votes. Had Brink won, the bill would have passed.', name: 'Had Brink', type: null },
    { text: 'The letter was short. Hi Lena, it began.', name: 'Lena', type: 'person' },
    { text: 'Did Quarrenby vote for the plan?', name: 'Did Quarrenby', type: null },
    // (A participle opening the sentence before the name.)
    { text: 'Addressing Harlow Party members on Friday, Dana Ruiz said the vote was close.', name: 'Harlow Party', type: 'organization' },
    { text: 'Criticising Velcor Holdings, Tomas Brink said the deal was bad.', name: 'Velcor Holdings', type: 'organization' },
    // (Not a word in "-ing" that is a noun: "Evening".)
    { text: 'Evening Harbour Post said the ferry was late again.', name: 'Evening Harbour Post', type: 'organization' },
    // (An ordinal opening a place's name.)
    { text: 'Roads\n\nThe bodies were found near the Third Quarrow Bridge on Monday.', name: 'Third Quarrow Bridge', type: 'place' },
  ] as readonly EntityExample[],
  trim(ctx: EntityContext, a0: number, b0: number, sentStart: number): Trimmed {
    const { text, tokens, n, lowerVocab } = ctx;
    let a = a0;
    let b = b0;
    let orgHint = false;
    const mediaNext = b < n && ORG_FOLLOWERS.has(tokens[b].lower);
    // ("... in Harlow Image: Dana Ruiz": a caption's credit label before its colon is no part of
    // the name before it.)
    if (b - a > 1 && b < n && tokens[b].text === ':' && CREDIT_LABELS.has(tokens[b - 1].lower)) b--;
    // "Yeah I looked", "Mr Brink I think", "Hopefully I'll", "Ann and I": the pronoun closing a
    // run is no part of the name. A bare "I" is a numeral ("Charles I", "Group I") unless an
    // "and" stands before it, or (never after a first name) a verb of the first person follows
    // it ("I think"), or the run is a sentence's first word and "I" before a lower-case word.
    if (b - a > 1 && isPronounI(tokens[b - 1].text)) {
      const w = tokens[b - 1].text;
      const before = tokens[b - 2].lower;
      const pronoun = w.length > 1 || before === '&' || before === 'and'
        || (!isFirstName(tokens[b - 2].text) && ((b - a === 2 && atSentenceStart(ctx, a, sentStart) && b < n && tokens[b].kind === 'word' && tokens[b].lower === tokens[b].text) || (b < n && I_VERBS.has(tokens[b].lower))));
      if (pronoun) { b--; if (before === '&' || before === 'and') b--; }
    }
    while (a < b) {
      const w = tokens[a].text;
      const lw = tokens[a].lower;
      // ("St. Louis-based Harwell Savings Inc.": the adjective may be made of two words.)
      let adjAt = -1;
      for (let k = a; k < a + 3 && k + 1 < b; k++) if (tokens[k].text.includes('-') && HYPHEN_ADJECTIVE.test(tokens[k].text)) { adjAt = k; break; }
      if (adjAt >= 0) { if (HYPHEN_ORG_ADJECTIVE.test(tokens[adjAt].text)) orgHint = true; a = adjAt + 1; continue; }
      // "the August National Association of Grain Buyers", "in June Velcor exported":
      // a month before a name, where it cannot be a first name.
      if (b - a > 1 && MONTHS.has(w) && (DATE_PREPOSITIONS.has(a > 0 ? tokens[a - 1].lower : '') || hasOrgWord(ctx, a + 1, b) || isKnownName(tokens[a + 1].text))) { a++; continue; }
      // ("Leader of the Opposition Anil Rao", "Father of the House Tomas Brink": the office's last
      // word is no part of the name after it.)
      if (b - a > 2 && (lw === 'opposition' || lw === 'house') && tokens[a + 1].lower !== 'of' && a >= 3 && tokens[a - 1].lower === 'the' && tokens[a - 2].lower === 'of' && /^(?:leader|speaker|father|mother)$/.test(tokens[a - 3].lower)) { a++; continue; }
      // ("His Highness Sheikh Rashid", "Her Royal Highness Princess ...", "His Excellency President
      // ...": a style of address after a possessive is no part of the name.)
      if (b - a > 1 && a > 0 && STYLE_POSSESSIVES.has(tokens[a - 1].lower) && (RANK_STYLES.has(lw) || (lw === 'royal' && RANK_STYLES.has(tokens[a + 1].lower)))) { a += lw === 'royal' ? 2 : 1; continue; }
      // "Australian Rhys Colby", "American Dana Ruiz": a nationality before someone's name.
      // ("Russian Ilse Brinkova": a given name no list knows, in a name of two or three words
      // with no body's or place's word; not "Indian Premier League".)
      // (Not a compass word: "the Western Quarren Dynasty"; nor before a body's or a firm's name:
      // "Northern Link Communications"; nor a compass word before a place's word: "Ghana's
      // Western North Region", where "North" is a given name too.)
      if (b - a > 2 && DEMONYMS.has(lw) && ((isFirstName(tokens[a + 1].text) && !hasOrgWord(ctx, a + 1, b) && !SECTOR_WORDS.has(tokens[b - 1].lower) && !(COMPASS.has(lw) && PLACE_LAST.has(tokens[b - 1].lower))) || (b - a <= 4 && !COMPASS.has(lw) && givenNameShaped(ctx, a + 1, b)))) { a++; continue; }
      // "Palestinian U.N. observer mission", "Jewish West Bank settlements": or before a known
      // organisation or place (not "American Samoa", a place whole).
      // (Not a body known whole: "Australian Associated Press" is no "Associated Press".)
      // (Nor a body known whole: "the Liberal Democrats" is no "Democrats".)
      if (b - a > 1 && DEMONYMS.has(lw) && !AGENCIES.has(text.slice(tokens[a].start, tokens[b - 1].end)) && !KNOWN_ORGS.has(text.slice(tokens[a].start, tokens[b - 1].end))) {
        const rest = text.slice(tokens[a + 1].start, tokens[b - 1].end);
        // (A compass word before a place names a region of it, whole: "Northern California".)
        if (KNOWN_ORGS.has(rest) || AGENCIES.has(rest) || (isKnownPlace(rest) && !COMPASS.has(lw) && !isKnownPlace(text.slice(tokens[a].start, tokens[b - 1].end)))) { a++; continue; }
      }
      // ("he fought American Velsk" after "Dana Velsk": a nationality before a surname the article
      // gives someone, no name of two words; not two words the article repeats, a given name
      // that is a nationality's word too: "German Velsk ... German Velsk says".)
      if (b - a === 2 && DEMONYMS.has(lw) && !COMPASS.has(lw) && !isFirstName(tokens[a].text) && ctx.surnames.has(tokens[a + 1].text) && demonymPairCount(ctx, a) === 1) { a++; continue; }
      if (lw === 'the' || lw === "a") { a++; continue; }
      // ("Hey Tomas", "Hi Lena", "See Quarle for more": a greeting or an imperative before a
      // name is none of it, though the lists know "Hi" and "See" as given names.)
      // (Where a given name or a surname the article gives follows: not "Let Us Dance", a title.)
      if (b - a > 1 && GREETINGS_BEFORE_NAMES.has(lw) && (lw === 'see' || GREETINGS.has(lw) || isFirstName(tokens[a + 1].text) || ctx.surnames.has(tokens[a + 1].text))) { a++; continue; }
      // "Mother-of-two Lena Early", "Father-of-three Karim Nasser": a person counted by their
      // children, as British and Australian copy writes it, is described, not named.
      if (b - a > 1 && lw.includes('-of-') && COUNTED_BY.test(lw)) { a++; continue; }
      // ("Fifteen-year-old Isla Vell", "Seven-year-old Tomas": an age before the name describes them.)
      if (b - a > 1 && /^[\p{L}\d]+(?:-[\p{L}]+)?-year-old$/u.test(lw)) { a++; continue; }
      // ("Oscar-winner Dana Ruiz", "Eskom-watcher Lena Early": a compound whose last part is in
      // lower case describes the person named after it; so a side's position, "Five-eighth Jack
      // Tully", "Left-back Tom Hale".)
      if (b - a > 2 && /^[\p{L}.'’]+-\p{Ll}+$/u.test(w) && isFirstName(tokens[a + 1].text)) { a++; continue; }
      // "Shopkeepers Dana Ruiz and Tomas Brink", "Senators Lena Early and ...": a plural title
      // before a first name describes the people named after it.
      if (b - a > 2 && lw.length > 4 && lw.endsWith('s') && (PRE_NAME_TITLES.has(lw.slice(0, -1)) || TITLE_WORDS.has(lw.slice(0, -1))) && isFirstName(tokens[a + 1].text)
        && !PLACE_LAST.has(tokens[a + 1].lower) && !startsKnownName(ctx, a, b) && !hasOrgWord(ctx, a, b)) { a++; continue; }
      // "Carmaker Quillmotors said", "Retailer Harbour Goods reported": a company's trade,
      // capitalised as a sentence's first word, describes the organisation named after it.
      // (Not before a first name: "Retailer Dana Ruiz" would be a person.)
      // (Nor in an all-capitals heading: "WATCHDOG MEMO" describes nothing.)
      if (b - a > 1 && COMPANY_TRADES.has(lw) && atSentenceStart(ctx, a, sentStart) && !isFirstName(tokens[a + 1].text) && !isAllCaps(w)) { orgHint = true; a++; continue; }
      // ("Rival Harlow Engineering said": an adjective that describes what is named after it.)
      if (b - a > 2 && DESCRIBING_OPENERS.has(lw) && atSentenceStart(ctx, a, sentStart) && !isAllCaps(w) && !startsKnownName(ctx, a, b)) { a++; continue; }
      // (A trade that titles people too, before a name closed by a body's word: "Developer Velcor
      // Homes has submitted ...", "Builder Quarle Construction".)
      if (b - a > 2 && PERSON_TRADES.has(lw) && atSentenceStart(ctx, a, sentStart) && (ORG_WORDS.has(tokens[b - 1].lower) || SECTOR_WORDS.has(tokens[b - 1].lower)) && !isFirstName(tokens[a + 1].text) && !isAllCaps(w)) { orgHint = true; a++; continue; }
      // (Whether the run is or opens a known name: asked last, only of the few runs the tests
      // below would trim, since it looks up the run's first two to four words.)
      let known: boolean | undefined;
      // ("Holders Harlow Rovers were beaten", "Champions Quarle Town lost": an everyday plural
      // opening the sentence, capitalised only there, before a name whose first word is no
      // everyday word, describes who is named; not "Mothers Against Speeding", "Nurses Without Frontiers".)
      if (b - a > 2 && atSentenceStart(ctx, a, sentStart) && everydayPlural(lw) && !ctx.midSentenceCaps.has(w) && !isAllCaps(w)
        && /^\p{Lu}/u.test(tokens[a + 1].text) && (tokens[a + 1].lower === 'the' || !COMMON_WORDS.has(tokens[a + 1].lower)) && !(known ??= isKnownName(w) || startsKnownName(ctx, a, b) || ctx.surnames.has(w))) { a++; continue; }
      // ("Addressing Harlow Party members, ...", "Following Quarle Council's decision": a
      // participle opening the sentence before the name is none of it.)
      if (b - a > 1 && atSentenceStart(ctx, a, sentStart) && participle(lw) && !isFirstName(w) && !isAllCaps(w) && !ctx.midSentenceCaps.has(w)
        && !(known ??= isKnownName(w) || startsKnownName(ctx, a, b) || ctx.surnames.has(w))) { a++; continue; }
      // ("Shunned Velgrove pleads innocence", "Jailed Brink appeals": a past participle of everyday
      // English opening the sentence before a name of no everyday words describes who is named;
      // not "United Airlines", "Associated Newspapers".)
      if (b - a > 1 && atSentenceStart(ctx, a, sentStart) && pastParticiple(lw) && !isFirstName(w) && !isAllCaps(w) && !ctx.midSentenceCaps.has(w) && !everydayIn(tokens, a + 1, b)
        && !(known ??= isKnownName(w) || startsKnownName(ctx, a, b) || ctx.surnames.has(w))) { a++; continue; }
      // ("My Year Using AI", "Our Town Hall": a possessive opens a phrase, never a name.)
      if (b - a > 1 && POSSESSIVES.has(lw)) { a++; continue; }
      // "I'm Mario Lucero": a contraction of "I" is no part of a name.
      if (w.length > 1 && isPronounI(w)) { a++; continue; }
      // "Britain's Sun newspaper": a common word is a name when a newspaper follows it.
      if (mediaNext && !atSentenceStart(ctx, a, sentStart) && b - a === 1) break;
      // "the World Trade Organisation", "at First Albany Corp.": a common word capitalised in
      // mid-sentence at the head of a longer name belongs to it.
      // ("Police Scotland": a body's word before a place names the body of that place.)
      if (b - a >= 2 && ORG_WORDS.has(lw) && isKnownPlace(text.slice(tokens[a + 1].start, tokens[b - 1].end))) break;
      // ("the Local Democracy Reporting Service", "the Small Business Administration": after "the",
      // though "The" opens the sentence, before two words or more ending in a body's word, an
      // everyday adjective opens the name.)
      if (b - a >= 3 && ORG_WORDS.has(tokens[b - 1].lower) && a > 0 && tokens[a - 1].lower === 'the' && COMMON_CAPITALISED.has(lw)) break;
      // ("Police Association secretary Dana Ruiz", "the Housing Federation": a sector's word before a body's last word names the body.)
      if (b - a === 2 && ORG_WORDS.has(tokens[a + 1].lower) && PORTFOLIO_WORDS.has(lw)) break;
      // ("NEW VELMORA, March 3 -": a dateline's place is whole.)
      if (b - a > 1 && inDatelinePlace(ctx, a, b)) break;
      // ("Ms Early said": after an honorific, a common word is a family name.)
      // ("People's Republic", "Women's Institute": a possessive inside the name keeps its owner.)
      // ("MS Rajan": an honorific in capitals with no period before a name is a person's initials.)
      // ("First Minister Lena Early", "Water Minister ...": a portfolio's word before its title stays with the title.)
      // ("told Seven News", "on Nine Radio": mid-sentence, an everyday word before a broadcaster's
      // last word is the broadcaster's name.)
      if (b - a === 2 && BROADCAST_LAST.has(tokens[a + 1].lower) && !atSentenceStart(ctx, a, sentStart)) break;
      // ("the group Last Chance Now", "the charity Next Steps Harlow": after a body's noun that
      // introduces its name, an everyday word opens the name.)
      if (b - a > 1 && afterBodyNoun(tokens, a)) break;
      // ("A commercial motorcyclist, Sunday Okon, told ...": a weekday between commas after a noun
      // for a person (or an agent's, in "-ist", "-er", "-or"), before one more word, is a given
      // name, as West African names have it.)
      if (b - a === 2 && WEEKDAYS.has(w) && tokens[b]?.text === ',' && a > 1 && tokens[a - 1].text === ',' && tokens[a - 2].text === tokens[a - 2].lower && (humanNoun(tokens[a - 2].lower) || /(?:ist|er|or)$/.test(tokens[a - 2].lower))) break;
      if (COMMON_CAPITALISED.has(lw) && !(b - a > 2 && portfolioTitle(tokens, a, b)) && !(b - a > 1 && HONORIFICS.has(lw) && initialsNotTitle(tokens, a)) && !(a > 0 && HONORIFICS.has(tokens[a - 1].lower)) && !(b - a > 2 && (tokens[a + 1].text === "'s" || tokens[a + 1].text === '’s')) && !(b - a > 1 && isFirstName(w) && !(SENTENCE_ADVERBS.has(lw) && atSentenceStart(ctx, a, sentStart))) && !(b - a > 1 && NAME_OPENERS.has(lw) && !atSentenceStart(ctx, a, sentStart))
        // (Nor an ordinal opening a place's name: "the Third Mainland Bridge", "Fifth Avenue".)
        && !(b - a > 1 && ORDINALS.has(lw) && PLACE_LAST.has(tokens[b - 1].lower))
        // (Nor a Chinese family name an everyday word spells, inside a sentence before the given
        // name: "spokesperson He Lifang told a briefing".)
        && !(b - a > 1 && EAST_ASIAN_SURNAMES.has(w) && !atSentenceStart(ctx, a, sentStart))
        && !(known ??= isKnownName(w) || startsKnownName(ctx, a, b) || ctx.surnames.has(w))) { a++; continue; }
      // (Not a title's first word before the rest of it: "Prime Minister Tarun Okeke ..." where the
      // article writes "the prime minister" later is all title, for title-cue to read.)
      // ("Water Resources Minister Chidi Okonjo" where the article writes "water": a portfolio's
      // words before the title's.)
      // ("Ambulance Employees Association secretary Karim Nasser": nor a body's name of everyday
      // words, its own word last.)
      // ("Leader of the Opposition Anil Rao" where the article writes "farmer leader": nor an
      // office's first word before its "of" or before a given name: "Treasurer Tomas Brink
      // agreed. ... the treasurer said".)
      // ("Grandson Tom, 24, said", "Daughter Emily Ellison added": a word for kin before a first
      // name is who they are to someone, no part of the name.)
      if (b - a > 1 && PLAIN_KIN.has(lw) && isFirstName(tokens[a + 1].text)) { a++; continue; }
      if (atSentenceStart(ctx, a, sentStart) && lowerVocab.has(lw) && !isFirstName(w) && !(b - a > 2 && TITLE_WORDS.has(lw) && (TITLE_WORDS.has(tokens[a + 1].lower) || tokens[a + 1].lower === 'of' || isFirstName(tokens[a + 1].text))) && !portfolioTitle(tokens, a, b) && !plainBodyName(tokens, a, b) && !bodyOfTwo(tokens, a, b)
        && !(known ??= isKnownName(w) || startsKnownName(ctx, a, b) || ctx.surnames.has(w))) { a++; continue; }
      break;
    }
    // ("Velmora Party leader Regina Tarvik In the island seat ...", "Quarle, Velmora On Monday": a
    // preposition or a conjunction closing a run opens the next clause, its line break lost.)
    while (b - a > 1 && CLAUSE_OPENING_LAST.has(tokens[b - 1].text) && !(b - a === 2 && isFirstName(tokens[a].text))) b--;
    // "the Chicago Purchasing Managers August": a month closing a run is the date.
    // (Not "Theresa May": a month after a first name is a surname.)
    while (b - a > 1 && MONTHS.has(tokens[b - 1].text) && !isFirstName(tokens[a].text) && !isFirstName(tokens[b - 2].text)) b--;
    // "Colm O'Donnell MLA", "Dana Ruiz MP", "Anil Rao QC": a member's or an honour's letters
    // after a name are no part of it (after two words at least).
    while (b - a > 2 && POST_NOMINALS.has(tokens[b - 1].text)) b--;
    // ("Harlow County Executive Committee Member for Health Jane Akinyi": an office closing the run
    // before "for", its portfolio and its holder is the holder's role, read by title-cue.)
    if (b - a > 1 && b < n && tokens[b].lower === 'for' && (tokens[b - 1].lower === 'member' || TITLE_HEADS.has(tokens[b - 1].lower)) && holderAfter(tokens, b + 1, n)) b--;
    // ("BJP State president K. Rao": "State" before an office in lower case is the office's, after
    // a body's initials; not "Quarle State coach".)
    if (b - a > 1 && tokens[b - 1].text === 'State' && isAllCaps(tokens[b - 2].text) && b < tokens.length && tokens[b].text === tokens[b].lower && TITLE_WORDS.has(tokens[b].lower)) b--;
    return { a, b, orgHint, mediaNext };
  },
};

/**
 * How often the nationality's word at token k and the word after it stand together in the
 * article: every such pair counted in one pass over the tokens on first use (ctx.demonymPairs),
 * so asking for each of many runs costs no more passes.
 */
function demonymPairCount(ctx: EntityContext, k: number): number {
  const { tokens, n } = ctx;
  const key = (j: number): string => `${tokens[j].text} ${tokens[j + 1].text}`;
  if (!ctx.demonymPairs) {
    ctx.demonymPairs = new Map();
    for (let j = 0; j + 1 < n; j++) if (DEMONYMS.has(tokens[j].lower)) ctx.demonymPairs.set(key(j), (ctx.demonymPairs.get(key(j)) ?? 0) + 1);
  }
  return ctx.demonymPairs.get(key(k)) ?? 0;
}
