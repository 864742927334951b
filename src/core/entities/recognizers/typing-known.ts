// Typing a name by what is known of it: the gazetteers, a dateline, a title, the noun before it.
import { AGENCIES, CITIES, COMMON_WORDS, isFirstName, isKnownPlace, isNation, isPlainFirstName, KNOWN_ORGS, lowerWord, ORG_WORDS, SPEECH_VERBS, TITLE_WORDS, US_STATES, worldNameGender } from '../../lexicon/lexicon';
import { isAllCaps, isCapWord } from '../../text/words';
import { describedAsBody, describedThenSpeaks, inDatelinePlace, namedByInversion, speaksHere, titleCase } from '../tests';
import { BRAND_SHAPE, CREDIT_LABELS, HONORIFICS, DATE_START, KIN, LANDFORM_PARTS, LOCATIVE, ORG_DESCRIPTORS, PERSON_TRADES, PLACE_OF, POSSESSIVES, SERVING, TITLE_HEADS } from '../words';
import type { EntityContext } from '../context';
import { humanNoun } from '../../lexicon/people';
import type { Run, TypeRule } from './rule';

/** Initials each followed by a full stop: "F.B.I.", "E.U.". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** News agencies and known organisations, by the gazetteer. */
export const knownOrganization: TypeRule = {
  id: 'known-organization',
  description: 'News agencies and organisations the gazetteer knows: "Reuters", "European Union".',
  examples: [
    { text: 'The European Union will meet on Monday, officials said.', name: 'European Union', type: 'organization' },
    // (A police force by its plural, as Irish copy names it: no one who speaks.)
    { text: 'Gardaí said a man in his 40s had been arrested after the protest.', name: 'Gardaí', type: 'organization' },
    // (A party by its short name in the singular, as British copy writes it before a member's office.)
    { text: 'Vote\n\nLib Dem group leader Cllr Dana Ruiz said the vote was close.', name: 'Lib Dem', type: 'organization' },
    // (Known initials written with full stops.)
    { text: 'Inquiry\n\nThe F.B.I. opened an inquiry into the leak on Monday, officials said.', name: 'F.B.I.', type: 'organization' },
  ],
  type(_ctx, r) {
    if (AGENCIES.has(r.name)) return { type: 'organization', strength: 3, agency: true };
    // ("the F.B.I.", "the E.U.": initials with their full stops, as some papers' style writes them.)
    return KNOWN_ORGS.has(r.name) || (DOTTED_INITIALS.test(r.name) && KNOWN_ORGS.has(r.name.replace(/\./g, ''))) ? { type: 'organization', strength: 3 } : null;
  },
};

/** The dateline's place, before its date or its agency: "BOGOTA 1996-08-30", "MILWAUKEE, Wisconsin". */
export const datelinePlace: TypeRule = {
  id: 'dateline-place',
  description: 'The place in the dateline: "VALDORA, March 3 (Reuters) -".',
  examples: [],
  type(ctx, r) {
    return inDatelinePlace(ctx, r.nameStart, r.b) ? { type: 'place', strength: 3 } : null;
  },
};

/** A title, an honorific or a described role before the name makes a person (see title-cue). */
/** Buildings named after a title's holder, never a family name: "Sheikh Tarvani Mosque", "Queen Maren Bridge Station". */
/** Titles' words that are adjectives too: "Executive Order", "General Electric", "Head Start". */
const ADJECTIVE_TITLES = new Set(['executive', 'general', 'head', 'chief', 'grand', 'master', 'deputy', 'vice', 'senior', 'acting', 'principal']);

/**
 * The run is a title's word and everyday words, no one's name: a capitalised title's adjective
 * and one everyday word ("Executive Order", "General Electric"), or an honorific before two
 * everyday words or more, an office addressed ("Mr. Ranking Member"); never a first name or a
 * surname the article gives ("General Brink", "Mr. Bush").
 */
export function titleCompound(ctx: EntityContext, r: Run): boolean {
  if (r.role === null && r.gender === null) return false;
  const { tokens } = ctx;
  for (let k = r.nameStart; k < r.b; k++) if (!COMMON_WORDS.has(tokens[k].lower) || isPlainFirstName(tokens[k].text) || ctx.surnames.has(tokens[k].text)) return false;
  if (r.words === 1) return r.role !== null && r.role !== r.role.toLowerCase() && ADJECTIVE_TITLES.has(lowerWord(r.role));
  return r.nameStart > 0 && HONORIFICS.has(tokens[r.nameStart - 1].lower);
}
const TITLED_BUILDINGS = new Set(['mosque', 'cathedral', 'church', 'chapel', 'temple', 'synagogue', 'abbey', 'basilica', 'shrine', 'tomb',
  'mausoleum', 'memorial', 'monument', 'statue', 'station', 'airport', 'stadium', 'cemetery']);

export const titledPerson: TypeRule = {
  id: 'titled-person',
  description: 'A name after a title or honorific is a person: "Transport Minister Halima Osei".',
  examples: [
    { text: 'The harbour master said: "Thank you, Mr. Ranking Member, for the question about the dredging."', name: 'Ranking Member', type: null },
    // (A delegate to the US House, "Del.", as "Rep." is.)
    { text: 'Del. Dana Ruiz, who represents the territory, called the vote unfair.', name: 'Dana Ruiz', type: 'person' },
    // (Two senators' or representatives' title in the plural: "Sens.", "Reps.".)
    { text: 'Letter\n\nSens. Dana Ruiz and Tomas Brink wrote to the agency on Monday.', name: 'Dana Ruiz', type: 'person' },
    // (His or Her Excellency, as Gulf and African copy styles an office-holder.)
    { text: 'Parks\n\nH.E. Dawoud Al Qarni, Director-General of the municipality, said the parks would be shaded.', name: 'Dawoud Al Qarni', type: 'person' },
    // (Not a compound of a title's adjective and an everyday word.)
    { text: 'The president signed an Executive Order on Friday.', name: 'Order', type: null },
    { text: 'The guests were welcomed by the Chief Guest at noon.', name: 'Guest', type: null },
    { text: 'Interior Minister Bram Falk led the search.', name: 'Bram Falk', type: 'person' },
    // (A lifeboat's coxswain by the rank before the name.)
    { text: 'Storm\n\nCoxswain Jory Tremayne said conditions were the worst in twenty years.', name: 'Jory Tremayne', type: 'person' },
    // (A noun for someone's trade that no list holds, by its ending, opening the sentence: "Geneticist".)
    { text: 'Worm study\n\nGeneticist Dana Ruiz said the results had surprised her team.', name: 'Dana Ruiz', type: 'person' },
    // (A South Asian district's offices: "District Collector", "District Magistrate".)
    { text: 'District Collector Anil Rao ordered the schools shut on Monday.', name: 'Anil Rao', type: 'person' },
    // (South African copy's advocate, with or without its period.)
    { text: 'Adv Lena Early said her client would appeal. Adv. Tomas Brink disagreed.', name: 'Lena Early', type: 'person' },
    { text: 'The petitioner\'s counsel, Advocate Anil Rao, argued that the land was worth more.', name: 'Anil Rao', type: 'person' },
    // (Irish copy's heads of government, and a monarch's or a cleric's titles.)
    { text: 'Taoiseach Colm Brady said a deal could be done. Tánaiste Lena Early agreed.', name: 'Lena Early', type: 'person' },
  ],
  type(ctx, r) {
    // ("Sheikh Tarvani Mosque", "Saint Anne Cathedral": a building's word closing it names the
    // place a title's holder gave it, no one; place-word reads it. Not "Judge Ilse Park".)
    if (TITLED_BUILDINGS.has(r.lastLower)) return null;
    // ("Executive Order", "General Electric", "Head Start", "Chief Guest": a title's word that is an
    // adjective too, before one everyday word no one in the article bears, makes a compound, no
    // person; "General Brink" stays one.)
    if (titleCompound(ctx, r)) return null;
    // ("the event organiser Alliance to Rebuild Quarle Libraries": a body's word and its complement, no one.)
    if (r.words >= 3 && ORG_WORDS.has(ctx.tokens[r.nameStart].lower) && / (?:to|for|of|on) /.test(r.name)) return null;
    return r.role !== null || r.gender !== null ? { type: 'person', strength: 3 } : null;
  },
};

/** "his wife Naina", "c Tillekeratne b Dharmasena" (a cricket scorecard), a team line-up. */
export const kinOrLineUp: TypeRule = {
  id: 'kin-or-line-up',
  description: 'A one-word name after a kin noun ("his wife Naina"), in a scorecard or a line-up is a person.',
  examples: [
    { text: 'He arrived with his wife Marit and two friends.', name: 'Marit', type: 'person' },
    // (In apposition after the kin noun: "her late husband, Emeka,".)
    { text: 'She opened the bakery in 2009 with her late husband, Emeka. He died in 2017.', name: 'Emeka', type: 'person' },
    // (The possessor of a kin noun: "Ardell's granddaughter", "Quarrel's late wife".)
    { text: 'The prince is married to Ardell\'s granddaughter, a painter.', name: 'Ardell', type: 'person' },
    { text: 'The school said it had spoken to Maelo\'s mum and hoped to welcome Maelo back on Monday.', name: 'Maelo', type: 'person' },
    // (After kin in the plural too: "his parents, Tunde and Claire,".)
    { text: 'Tribute\n\nIn a statement, his parents, Tunde and Claire, said their son was "the light of our lives".', name: 'Tunde', type: 'person' },
    // (Players' figures in brackets after a side's score.)
    { text: 'Harlow won the match by seven wickets to take the series, their captain scoring a century.\n\nBrief scores: Quarle 286-7 in 50 overs (Tarvek 88, Quillan 54; Morrow 2-39) lost to Harlow 290-3.', name: 'Quillan', type: 'person' },
    // (A line-up with its substitutes' minutes in brackets, and the bench after its label.)
    { text: 'Velmora 2 Harlow 1\n\nVelmora won the league match with a goal in stoppage time, the striker scoring his second of the season after the keeper saved a penalty in the first half.\n\nVelmora: Brink, Colby (Reyes 82), Okafor, Marsh, Halloran, Dunmore (Pike 86), Varga.\n\nSubs not used: Corrigan, Whitlow.', name: 'Reyes', type: 'person' },
    { text: 'Velmora 2 Harlow 1\n\nVelmora won the league match with a goal in stoppage time, the striker scoring his second of the season after the keeper saved a penalty in the first half.\n\nVelmora: Brink, Colby (Reyes 82), Okafor, Marsh, Halloran, Dunmore (Pike 86), Varga.\n\nSubs not used: Corrigan, Whitlow.', name: 'Whitlow', type: 'person' },
  ],
  type(ctx, r) {
    const { prev } = r;
    const kinComma = prev === ',' && r.a >= 2 && KIN.has(ctx.tokens[r.a - 2].lower);
    // (Not a title alone: "the Queen's cousin".)
    if (!(r.words === 1 && TITLE_WORDS.has(r.lastLower)) && kinOfName(ctx, r.b)) return { type: 'person', strength: 2 };
    return r.words === 1 && (KIN.has(prev) || kinComma || (ctx.sportsDoc && (prev === 'c' || prev === 'b' || prev === 'lbw' || prev === 'st')) || ctx.lineUp[r.nameStart]) ? { type: 'person', strength: 2 } : null;
  },
};

/** Words between a possessive and its kin noun: "Ardell's late wife", "her eldest son". */
const KIN_MODIFIERS = new Set(['late', 'former', 'ex', 'eldest', 'youngest', 'elder', 'younger', 'older', 'only', 'estranged', 'first', 'second', 'new']);

/** A possessive and a kin noun right after the name ending at `b`: "Ardell's granddaughter". */
function kinOfName(ctx: EntityContext, b: number): boolean {
  const { tokens } = ctx;
  const pos = tokens[b]?.text;
  if (pos !== "'s" && pos !== '’s') return false;
  let k = b + 1;
  if (KIN_MODIFIERS.has(tokens[k]?.lower ?? '')) k++;
  const w = tokens[k];
  return !!w && w.text === w.lower && KIN.has(w.lower);
}

/** Nouns for a settlement or those who live there, which no person's name follows after "of": "the residents of Kelby Parva", "the village of Kelby Parva". */
const SETTLED: ReadonlySet<string> = new Set(['town', 'city', 'village', 'suburb', 'suburbs', 'outskirts', 'district', 'county', 'province', 'municipality',
  'residents', 'resident', 'villagers', 'inhabitants', 'townspeople', 'citizens', 'natives', 'native']);

/** "the town of Vrelsk", "the Kurdish city of Quarrow", "east of Tarvik": a place. */
export const placeOf: TypeRule = {
  id: 'place-of',
  description: 'A name after "the town of", "the city of", "east of" is a place.',
  examples: [
    { text: 'Fighting spread to the town of Vrelsk overnight.', name: 'Vrelsk', type: 'place' },
    // (The people who live there: not a body, though a verb in -ed follows.)
    { text: 'Angry residents of Vrelsk blocked the main road on Monday.', name: 'Vrelsk', type: 'place' },
    // (One who lives there, or was born there: "Sunita Rao, a resident of Vrelsk Nagar".)
    { text: '"We have had no water for ten days," said Sunita Rao, a resident of Vrelsk Nagar.', name: 'Vrelsk Nagar', type: 'place' },
    { text: 'The singer, a native of Quarrenby, returned for the festival.', name: 'Quarrenby', type: 'place' },
    // (A mountain's, a lake's or a river's parts, though a first name opens the name: "the summit of Ben Harran".)
    { text: 'She reached the summit of Ben Harran after a seven-hour trek.', name: 'Ben Harran', type: 'place' },
    { text: 'They camped on the shores of Lough Carra for a week.', name: 'Lough Carra', type: 'place' },
    { text: 'Homes row\n\nResidents of Kelby Parva have vowed to fight the plans.', name: 'Kelby Parva', type: 'place' },
  ],
  type(ctx, r) {
    const noun = r.prev === 'of' && r.a >= 2 ? lowerWord(ctx.tokens[r.a - 2].text) : '';
    // (A first name opening the name too, after a noun no person is of: "the residents of Kelby Parva".)
    return PLACE_OF.has(noun) && (!r.firstName || LANDFORM_PARTS.has(noun) || SETTLED.has(noun)) ? { type: 'place', strength: 3 } : null;
  },
};

/** Nouns for a periodical. */
const PERIODICALS = new Set(['journal', 'magazine', 'newspaper', 'daily', 'weekly', 'tabloid']);

/**
 * "serie A club Atalanta", "the news agency Tanjug", "Bergamo-based Atalanta": a noun for an
 * organisation right before the name; or a word right after it: "the Sun newspaper", "CGT unions".
 */
export const orgDescriptor: TypeRule = {
  id: 'org-descriptor',
  description: 'A noun for an organisation before the name ("the carrier Skyvia"), after it ("the Ledger newspaper"), or heading an apposition after it ("X, a farmers\' body,").',
  examples: [
    { text: 'Shares in the carrier Skyvia fell sharply.', name: 'Skyvia', type: 'organization' },
    // (A business by its premises' trade: "The brewery, Marrowby Ales, said".)
    { text: 'Last orders\n\nThe brewery, Marrowby Ales, said it was sad to see him go.', name: 'Marrowby Ales', type: 'organization' },
    // (An owner's possessive inside the phrase: "The pilots' union, Balpo,".)
    { text: 'Strike\n\nThe pilots\' union, Balpo, said its members had been pushed to breaking point.', name: 'Balpo', type: 'organization' },
    // (In apposition after the noun: "the operator, Coastal Ferries, says".)
    { text: 'The ferry operator, Harbour Sailings, says a shortage of crew forced the change.', name: 'Harbour Sailings', type: 'organization' },
    // (A given name before an everyday word, so in apposition after the noun: a body's name.)
    { text: 'Money\n\nThe charity, Hope Corridor, was founded in 2019 by a former aide.', name: 'Hope Corridor', type: 'organization' },
    { text: 'The messaging app Quillpost said it would appeal the fine.', name: 'Quillpost', type: 'organization' },
    { text: 'The findings, published in the journal Marine Harbour Letters, suggest otherwise.', name: 'Marine Harbour Letters', type: 'organization' },
    // (Described after the name, in apposition, by a noun for a body heading its phrase.)
    { text: "The Tarvani Krishak Samaj, a farmers' body, has called a strike for Monday.", name: 'Tarvani Krishak Samaj', type: 'organization' },
    { text: 'Members of Quarle Forward, a youth movement, blocked the road.', name: 'Quarle Forward', type: 'organization' },
    { text: 'Zorvela Nadi Manch, a group of fishermen, joined the march.', name: 'Zorvela Nadi Manch', type: 'organization' },
    { text: "Ovanti, the country's largest lender, cut its rates.", name: 'Ovanti', type: 'organization' },
    // (A given name that is an everyday word and another everyday word: a body's name.)
    { text: 'Ward\n\nPatients\' group Care Watch Harlow said the ward was "a sticking plaster".', name: 'Care Watch Harlow', type: 'organization' },
    // (Not a weekday's plural after the noun: "my team Fridays off" is no club.)
    { text: 'Bakery\n\nRhona Keir runs a bakery. "I would love to give my team Fridays off," she said.', name: 'Fridays', type: null },
    // (After a possessive and the body's noun: "Her record label, Velcor Music, said".)
    { text: 'Tour cancelled\n\nHer record label, Velcor Music, said all tickets would be refunded.', name: 'Velcor Music', type: 'organization' },
  ],
  type(ctx, r) {
    const { prev } = r;
    // (The noun in lower case: in an all-capitals heading, "WATCHDOG MEMO", it describes nothing.)
    // (A periodical's name may open with a first name: "the journal Marine Biology Letters".)
    const periodical = PERIODICALS.has(prev) && r.words >= 2 && COMMON_WORDS.has(r.lastLower);
    // (Nor one a given name that is an everyday word opens, another everyday word after it: "the
    // campaign group Hope Street", "Care Watch NI"; not "the charity Bill Vellacott founded".)
    const everyday = r.words >= 2 && !isPlainFirstName(ctx.tokens[r.nameStart].text) && COMMON_WORDS.has(ctx.tokens[r.nameStart + 1].lower);
    // (After a noun for a trade people share with firms, a given name of any origin opening two
    // words or more is as good as the lists' own: "said broker Tariq Hassan" names the broker, a
    // person; "the group Ansar al-Qadim" a body still.)
    const given = r.firstName || (r.words >= 2 && humanNoun(prev) && !!worldNameGender(ctx.tokens[r.nameStart].text));
    return ((!given || r.words === 1 || periodical || everyday) && ((ORG_DESCRIPTORS.has(prev) && ctx.tokens[r.a - 1]?.text === prev) || (prev.endsWith('-based') && prev.length > 7) || r.mediaNext) || r.orgHint || describedInApposition(ctx, r) || (!r.firstName && describedAsBody(ctx.tokens, r.b) && (r.words > 1 || !COMMON_WORDS.has(r.lastLower) || r.prev === 'the'))) && !isKnownPlace(r.name)
      ? { type: 'organization', strength: 3 } : null;
  },
};

/** "the (ferry) operator, Harbour Sailings,": a name in apposition after a determiner and a noun for an organisation. */
function describedInApposition(ctx: EntityContext, r: Run): boolean {
  const { tokens } = ctx;
  const s = r.nameStart;
  // (Not a person's name, "the face of the party, Dana Hale,": no first name, no "of" before;
  // a given name before an everyday word is a body's name so, "The charity, Hope Corridor,".)
  const everydayLast = r.words >= 2 && COMMON_WORDS.has(r.lastLower) && !isFirstName(tokens[r.b - 1].text);
  if ((r.firstName && !everydayLast) || r.prev !== ',' || r.next !== ',' || s < 3 || !ORG_DESCRIPTORS.has(tokens[s - 2].lower) || tokens[s - 2].text !== tokens[s - 2].lower) return false;
  // (A trade people hold too, before a given name of the lists of many origins and a family name:
  // "the film's producer, Vikram Bhalla," is a person.)
  if (PERSON_TRADES.has(tokens[s - 2].lower) && r.words >= 2 && !everydayLast && worldNameGender(tokens[s].text)) return false;
  // (Back over up to two modifiers to the determiner.)
  for (let k = s - 3; k >= 0 && k >= s - 6; k--) {
    const w = tokens[k].lower;
    if (w === 'the' || w === 'his' || w === 'her' || POSSESSIVES.has(w)) return tokens[k - 1]?.lower !== 'of';
    // (Or an owner's possessive among them: "The pilots' union, Balpa,".)
    if (w === "'" || w === '’' || w === "'s" || w === '’s') continue;
    if (tokens[k].kind !== 'word' || tokens[k].text !== w) return false;
  }
  return false;
}

/**
 * A picture's credit: "(Tomas Brink/Harlow Sun)", "Dana Ruiz/Getty Images": the name after a
 * photographer's name and a slash, closing the credit (a bracket or the line's end after it), is
 * the paper or the agency.
 */
export const creditOutlet: TypeRule = {
  id: 'credit-outlet',
  description: 'In a picture\'s credit, the name after the photographer\'s and a slash is the outlet: "(Tomas Brink/Harlow Sun)"; not a given name and a surname after an outlet ("Harlow Echo/Rhys Colby").',
  examples: [
    { text: 'Rail strike\n\nPhoto: Rail workers on the picket line. (Tomas Brink/Harlow Sun)\n\nThe strike goes on.', name: 'Harlow Sun', type: 'organization' },
    { text: 'Rail strike\n\nWorkers on the picket line on Monday. Dana Ruiz/Quarle Pictures\n\nThe strike goes on.', name: 'Quarle Pictures', type: 'organization' },
  ],
  type(ctx, r) {
    const { tokens, text } = ctx;
    const slash = tokens[r.a - 1];
    if (!slash || slash.text !== '/' || r.a < 2 || !isCapWord(tokens[r.a - 2]) || tokens[r.a - 2].end !== slash.start || slash.end !== tokens[r.a].start) return null;
    // (Not after the outlet's own credit, "(AP Photo/Dana Ruiz)", "Getty Images/Tomas Brink": the photographer then.)
    if (CREDIT_LABELS.has(tokens[r.a - 2].lower)) return null;
    // (Nor after the outlet, the other way round: "Harlow Echo/Rhys Colby", a given name after
    // the slash and none before it.)
    let before = r.a - 2;
    while (before > 0 && isCapWord(tokens[before - 1]) && tokens[before - 1].sentence === slash.sentence) before--;
    if (isPlainFirstName(tokens[r.nameStart].text) && r.words >= 2 && !isPlainFirstName(tokens[before].text)) return null;
    const after = tokens[r.b];
    const closes = !after || after.text === ')' || /[\r\n]/.test(text.slice(tokens[r.b - 1].end, after.start));
    return closes ? { type: 'organization', strength: 3 } : null;
  },
};

/** "said Washington.": whoever an inverted attribution names is someone, whatever the gazetteers say. */
export const invertedSpeaker: TypeRule = {
  id: 'inverted-speaker',
  description: 'A one-word name after "said" at the end of a clause is a person, even a city\'s name: "said Washington."',
  examples: [],
  type(ctx, r) {
    return r.words === 1 && namedByInversion(ctx, r.nameStart, r.b) && isKnownPlace(r.name) && !isNation(r.name) ? { type: 'person', strength: 3 } : null;
  },
};

/**
 * A first name alone that the gazetteer also knows as a town ("Mary", "Victoria", "Florence"),
 * opening its sentence before a verb, is a person where a personal pronoun refers back to it in
 * its clause: "Victoria is painting in her studio". The reading outweighs the gazetteer's for every
 * mention of the name ("Victoria has finished the mural" after it). Not a state or a nation, and not
 * on a verb of speech alone: "Washington said" speaks for a government.
 */
export const firstNamePlace: TypeRule = {
  id: 'first-name-place',
  description: 'A first name alone that is also a town, opening its sentence before a verb, is a person where a pronoun refers back to it: "Victoria is working on her novel".',
  examples: [
    { text: 'The house is quiet now. Victoria is working on her second novel upstairs.', name: 'Victoria', type: 'person' },
  ],
  type(ctx, r) {
    // (Opening its sentence, before a verb in lower case: "Washington said" speaks for a
    // government, and a state is never a person.)
    if (r.words !== 1 || !r.firstName || r.a !== r.sentStart || !isKnownPlace(r.name) || isNation(r.name) || US_STATES.has(r.name)) return null;
    const verb = ctx.tokens[r.b];
    if (!verb || verb.kind !== 'word' || verb.text !== verb.lower || inDatelinePlace(ctx, r.nameStart, r.b)) return null;
    return pronounAfter(ctx, r.b + 1) ? { type: 'person', strength: 4 } : null;
  },
};

/**
 * A place the gazetteer knows. Sports reports name clubs after their cities ("Surrey closed on
 * 429", "Atlanta beat Chicago"): a town or US state not introduced by a preposition is the club
 * there, unless it is a dateline ("LONDON 1996-08-30"), a venue ("Leicester :"), or stands
 * before a common noun ("the Berlin grand prix meeting").
 */
export const knownPlace: TypeRule = {
  id: 'known-place',
  description: 'Places the gazetteer knows (in a sports report, a city used as its club\'s name is the club).',
  examples: [
    // (An honorific as a form of address is no state: "Miss." after a comma.)
    { text: 'Rescue\n\n"She told me afterwards, \'I saw it on a programme, Miss.\' I could not believe it," the teacher said.', name: 'Miss.', type: null },
    { text: 'Protesters gathered in Lisbon on Saturday.', name: 'Lisbon', type: 'place' },
    // (A British county by its name alone, as British copy writes it.)
    { text: 'Floods\n\nHundreds of homes were flooded across Cumbria and Powys on Sunday.', name: 'Powys', type: 'place' },
    // (A first name that is also a town stays a town with no pronoun for it, after "to", or as a state.)
    { text: 'The ferry to Victoria leaves at noon, and she sails with it.', name: 'Victoria', type: 'place' },
    { text: 'Every summer the crowds return, and Florence loses its calm.', name: 'Florence', type: 'place' },
    { text: 'Virginia voted for him in the primary.', name: 'Virginia', type: 'place' },
    // (A city by its English name, which the gazetteer does not give: "Genève" is "Geneva".)
    { text: 'The envoys left for Geneva on Sunday.', name: 'Geneva', type: 'place' },
  ],
  type(ctx, r) {
    const { tokens, n, sportsDoc } = ctx;
    const { name, a, b, prev, next, sentStart } = r;
    if (!(isKnownPlace(name) || (isAllCaps(name) && isKnownPlace(titleCase(name))))) return null;
    // ("I saw it on a programme, Miss.": an honorific alone after a comma and a word in lower case
    // is a form of address, no state's abbreviation; "Jackson, Miss." is one.)
    if (b - a === 1 && prev === ',' && a >= 2 && HONORIFICS.has(tokens[a].lower.replace(/\.$/, '')) && tokens[a - 2].kind === 'word' && tokens[a - 2].text === tokens[a - 2].lower) return null;
    const country = isNation(name) || (isAllCaps(name) && isNation(titleCase(name)));
    const dateline = a === sentStart && (next === '(' || DATE_START.test(tokens[b]?.text ?? '') || (next === ',' && /^\d{4}/.test(tokens[b + 2]?.text ?? '')));
    const venue = (a === sentStart && next === ':') || (prev === ',' && (next === ')' || next === '.'));
    const attributive = prev === 'the' && b < n && tokens[b].kind === 'word' && !isCapWord(tokens[b]) && next !== 'and' && next !== 'or';
    // ("joined Milan from Torino": in a sports report, moving to or from a city is joining its club.)
    // (Clubs bear the names of towns and US states, not of regions: "Bosnia", "the Balkans".)
    const town = CITIES.has(name) || US_STATES.has(name) || (isAllCaps(name) && (CITIES.has(titleCase(name)) || US_STATES.has(titleCase(name))));
    if (sportsDoc && town && !country && !dateline && !venue && !attributive && (!LOCATIVE.has(prev) || prev === 'to' || prev === 'from') && prev !== 'of' && prev !== 'near') return { type: 'organization', strength: 2 };
    return { type: 'place', strength: 3 };
  },
};

/** Most tokens after a name read for a pronoun that refers back to it. */
const PRONOUN_REACH = 8;
const GENDERED_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/** A gendered pronoun after the name at `b`, in its sentence, before any other capitalised word or a stop: "Victoria is painting in her studio". */
function pronounAfter(ctx: EntityContext, b: number): boolean {
  const { tokens } = ctx;
  const sentence = tokens[b - 1]?.sentence;
  for (let k = b; k < tokens.length && k < b + PRONOUN_REACH && tokens[k].sentence === sentence; k++) {
    const t = tokens[k];
    if (GENDERED_PRONOUNS.has(t.lower)) return true;
    if (isCapWord(t) || t.text === ';' || t.text === ':') return false;
  }
  return false;
}

/** Those who speak for a body or a person: the name after "for" is whom they speak for. */
const SPEAKS_FOR = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople', 'spokespersons']);

/**
 * "A spokeswoman for Age Concern Harlow said": the name after "a spokeswoman for" is not the
 * speaker (the spokeswoman is) but whom she speaks for, and with no first name, a body. (Not a
 * family name the article gives a person: "a spokesman for Brink", Tomas Brink named before.)
 */
export const representedBody: TypeRule = {
  id: 'represented-body',
  description: 'A name with no first name after "a spokeswoman for" is the body she speaks for: "a spokeswoman for Dorvane Gale said".',
  examples: [
    { text: 'A spokeswoman for Dorvane Gale said the site would reopen.', name: 'Dorvane Gale', type: 'organization' },
    { text: 'A spokesman for Quillmoor Care said: "We are reviewing the case."', name: 'Quillmoor Care', type: 'organization' },
  ],
  type(ctx, r) {
    const { tokens } = ctx;
    // (The whole name, a clause's end or its verb after it: not "a spokesman for the Harlow
    // campaign", nor the body of an office, "for House Speaker Dana Ruiz".)
    if (r.firstName || ctx.surnames.has(tokens[r.b - 1].text) || (r.b < ctx.n && tokens[r.b].kind === 'word' && !r.speechNext)) return null;
    let p = r.nameStart - 1;
    if (p >= 0 && tokens[p].lower === 'the') p--;
    return p >= 1 && tokens[p].lower === 'for' && SPEAKS_FOR.has(tokens[p - 1].lower) ? { type: 'organization', strength: 2 } : null;
  },
};

/** A firm's offices and people: the name after one and "of" is the firm ("chief executive of Harbour Sailings"). */
const FIRM_OFFICES = new Set(['executive', 'ceo', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder', 'cofounder', 'owner', 'owners',
  'boss', 'shareholder', 'shareholders', 'employee', 'employees', 'spokesman', 'spokeswoman', 'spokesperson', 'cfo', 'coo', 'cto',
  // ("Chief Financial Officer of Quillmoor Care".)
  'officer']);

/** Small words inside a body's name: "Correct the Record", "Comment on Reproductive Ethics". */
const NAME_JOINERS = new Set(['the', 'on', 'for', 'of', 'and', 'to']);

/** A firm's job, capitalised, that only a firm gives: "Chief Investment Officer", "Market Strategist", "CEO". */
const FIRM_JOBS = new Set(['officer', 'strategist', 'analyst', 'economist', 'ceo', 'cfo', 'coo', 'cto']);

/**
 * "Rhys Colby, Chief Investment Officer, Tarvane Larder.": a firm's job in Title Case between
 * commas, then a name with no first name, to the clause's end: the firm.
 */
function firmJobBefore(ctx: EntityContext, r: Run): boolean {
  const { tokens, n } = ctx;
  const job = tokens[r.a - 2];
  if (r.firstName || isKnownPlace(r.name) || !FIRM_JOBS.has(job.lower) || job.text === job.lower || tokens[r.a - 3].kind !== 'word') return false;
  const after = r.b < n ? tokens[r.b].text : '.';
  return after === '.' || after === ',' || after === ';';
}

/**
 * "chief executive of Harbour Sailings", "the founder of Quillpost", "employees of Velcor": a
 * firm's office, "of" and a name with no first name that is no known place is the firm. (Not
 * "president of", "head of" or "leader of": countries and parties have those too.)
 */
export const officeOfBody: TypeRule = {
  id: 'office-of-body',
  description: 'A name after a firm\'s office and "of" ("chief executive of Harbour Sailings"), or after a firm\'s job between commas ("Rhys Colby, Chief Investment Officer, Tarvane Larder"), is an organisation.',
  examples: [
    { text: 'Anil Rao took over as chief executive of Harbour Sailings in March.', name: 'Harbour Sailings', type: 'organization' },
    { text: 'Tarun Okeke, the founder of Tarvane Larder, sold his stake on Friday.', name: 'Tarvane Larder', type: 'organization' },
    // (And after such a job between commas, as business copy writes it.)
    { text: '"We are cautious," said Rhys Colby, Chief Investment Officer, Tarvane Larder.', name: 'Tarvane Larder', type: 'organization' },
  ],
  type(ctx, r) {
    if (r.a >= 3 && r.prev === ',' && firmJobBefore(ctx, r)) return { type: 'organization', strength: 2 };
    if (r.prev !== 'of' || r.a < 2 || r.firstName || isKnownPlace(r.name)) return null;
    // (Not part of a longer name, "founder of Correct the Record": a small word and a capital after it.)
    const { tokens, n } = ctx;
    if (r.b + 1 < n && NAME_JOINERS.has(tokens[r.b].text) && isCapWord(tokens[r.b + 1])) return null;
    return FIRM_OFFICES.has(lowerWord(tokens[r.a - 2].text)) ? { type: 'organization', strength: 2 } : null;
  },
};

/**
 * "YouTube said", "JetBlue cancelled 200 flights": one word with a capital inside it, not after
 * a family name's prefix ("McAllen", "DeShawn"), is a firm's or a product's name; where it speaks
 * or acts, a body, never a person.
 */
export const brandName: TypeRule = {
  id: 'brand-name',
  description: 'One word with a capital inside ("YouTube", "JetBlue") that speaks or acts is a body, not a person.',
  examples: [
    { text: 'Users complained for hours. QuillPost said the fault had been fixed.', name: 'QuillPost', type: 'organization' },
    { text: 'Tomas Brink later posted an apology on QuillPost, writing that the airline had fallen short.', name: 'QuillPost', type: 'organization' },
  ],
  type(ctx, r) {
    if (r.words !== 1 || !BRAND_SHAPE.test(r.name) || isPlainFirstName(r.name) || isKnownPlace(r.name)) return null;
    // (Speaking as the speaker rule reads a speaker: "posted on LinkedIn, writing that ..." too.)
    return runSpeaks(ctx, r) || runActs(ctx, r) ? { type: 'organization', strength: 2 } : null;
  },
};

/** The run speaks: a speech verb after it, or after its comma ("X, writing that"), or a cue around it. */
export function runSpeaks(ctx: EntityContext, r: Run): boolean {
  return r.speechNext || (r.next === ',' && SPEECH_VERBS.has(r.next2)) || speaksHere(ctx, r.nameStart, r.b) || (/\p{Ll}/u.test(r.name) && describedThenSpeaks(ctx.tokens, r.b));
}

/** The run acts: a verb in the past right after it ("Velcor exported", "Vexcom rated"). */
export function runActs(ctx: EntityContext, r: Run): boolean {
  return /^\p{Ll}+ed$/u.test(ctx.tokens[r.b]?.text ?? '');
}

/**
 * "Sinn Féin's Lena Early", "Tarvik's Anil Rao": a name with no first name whose possessive
 * stands before a person's first name and surname is the body (a party, a club, a firm) the
 * person is of; a known place before it is the place (rule known-place). Not a family name the
 * article gives a person ("Brink's Lena Early" is someone of Tomas Brink's).
 */
export const bodyOfPerson: TypeRule = {
  id: 'body-of-person',
  description: 'A name whose possessive stands before a person\'s full name ("Sinn Féin\'s Lena Early") is the body the person is of.',
  examples: [
    { text: 'Harbour Green\'s Lena Early said the minister had run out of road.', name: 'Harbour Green', type: 'organization' },
    { text: 'Shares fell after Tarvik\'s Dana Ruiz said profits were down.', name: 'Tarvik', type: 'organization' },
    // (Or before an office in lower case and the name: "Harbour Green's health spokesperson, Lena Early".)
    { text: 'The figures were late. Harbour Green\'s health spokesperson, Lena Early, said the timing was cynical.', name: 'Harbour Green', type: 'organization' },
  ],
  type(ctx, r) {
    const { tokens, n } = ctx;
    const pos = tokens[r.b]?.text;
    if (r.firstName || (pos !== "'s" && pos !== '’s') || r.b + 2 >= n || isKnownPlace(r.name) || ctx.surnames.has(tokens[r.b - 1].text)) return null;
    // (Not an everyday word alone: "the District's Dana Ruiz".)
    if (r.words === 1 && COMMON_WORDS.has(lowerWord(r.name))) return null;
    const first = tokens[r.b + 1];
    if (isPlainFirstName(first.text) && first.start === tokens[r.b].end + 1 && isCapWord(tokens[r.b + 2])) return { type: 'organization', strength: 2 };
    // (A name of one word may be a person's: "Okafor's press secretary, Dana Ruiz".)
    return r.words >= 2 && officeBeforeName(ctx, r.b + 1) ? { type: 'organization', strength: 2 } : null;
  },
};

/** Most lower-case words of an office after a body's possessive: "health spokesperson", "deputy chief whip". */
const OFFICE_WORDS_AFTER = 3;

/** From k, an office in lower case, then a comma or a capitalised name: "(Sinn Féin's) health spokesperson, Colm Brady". */
function officeBeforeName(ctx: EntityContext, k: number): boolean {
  const { tokens } = ctx;
  for (let e = k; e < tokens.length && e < k + OFFICE_WORDS_AFTER; e++) {
    const t = tokens[e];
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (!TITLE_HEADS.has(t.lower) && !SPEAKS_FOR.has(t.lower)) continue;
    const nx = tokens[e + 1];
    return !!nx && (nx.text === ',' ? isCapWord(tokens[e + 2] ?? nx) : isCapWord(nx));
  }
  return false;
}

/**
 * The name at token s follows "to" (and perhaps "the") after a title or a serving noun: "the
 * envoy to Harlow"; or "from" after a noun for a person, where they come from: "the lawmaker from
 * Quarrenby-East", "a woman from Harlow".
 */
export function servedAfter(ctx: EntityContext, s: number): boolean {
  const { tokens } = ctx;
  let p = s - 1;
  if (p > 0 && tokens[p].lower === 'the') p--;
  if (p < 1 || (tokens[p].lower !== 'to' && tokens[p].lower !== 'from')) return false;
  const n = tokens[p - 1];
  if (n.kind !== 'word' || n.text !== n.lower) return false;
  return TITLE_HEADS.has(n.lower) || SERVING.has(n.lower) || (tokens[p].lower === 'from' && humanNoun(n.lower));
}

/**
 * A one-word name ending in "-ism" or "-ology" is a doctrine, a movement or a field, never a
 * person or a place: a body where it acts or speaks, or stands before a noun for its people
 * ("Velmorology officials said"); otherwise no name ("Realism", "Egyptology").
 */
export const doctrineWord: TypeRule = {
  id: 'doctrine-word',
  description: 'A one-word name ending in "-ism" or "-ology" is no person or place: a body where it speaks or has officials, else no name.',
  examples: [
    { text: 'The hall was sold in May, and Velmorology officials declined to comment on the price.', name: 'Velmorology', type: 'organization' },
    { text: 'Postmodernism, she argues, has run its course.', name: 'Postmodernism', type: null },
  ],
  type(ctx, r) {
    if (r.words !== 1 || !/\p{Ll}(?:ism|ology)$/u.test(r.name) || isAllCaps(r.name)) return null;
    const nx = ctx.tokens[r.b];
    const people = !!nx && nx.text === nx.lower && /^(?:officials?|members?|leaders?|spokes(?:man|woman|person)|attorneys?|lawyers?|church|organi[sz]ation|followers?)$/.test(nx.lower);
    return people || runSpeaks(ctx, r) || runActs(ctx, r) ? { type: 'organization', strength: 2 } : { type: null, strength: 0 };
  },
};

/** Deities and prophets, who name no place: "thank God", "God willing", "Allah". */
const DEITIES = new Set(['God', 'Allah', 'Jesus', 'Christ', 'Buddha', 'Krishna', 'Vishnu', 'Shiva', 'Yahweh', 'Jehovah', 'Ganesh', 'Rama']);

/** God, Allah and other deities named alone are people, as the corpora label them, never places. */
export const deity: TypeRule = {
  id: 'deity',
  description: 'God, Allah and other deities named alone ("thank God", "God willing") are people, never places.',
  examples: [
    { text: 'The pastor said God would provide for the village, and the elders agreed.', name: 'God', type: 'person' },
  ],
  type(_ctx, r) {
    return r.words === 1 && DEITIES.has(r.name) ? { type: 'person', strength: 3 } : null;
  },
};
