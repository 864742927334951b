// Typing a name by its shape and its context: the words in it, before it and after it.
import { US_POSTAL_CODES } from './state-code';
import { COMMON_WORD_NAMES, COMMON_WORDS, DEMONYMS, isFirstName, isKnownPlace, isNation, isPlainFirstName, looksDemonym, lowerWord, ORG_WORDS, SPEECH_VERBS, TITLE_WORDS, US_STATES, worldNameGender } from '../../lexicon/lexicon';
import { humanNoun } from '../../lexicon/people';
import { isAllCaps } from '../../text/words';
import { addressOf, atSentenceStart, afterStreet, fromAside, hometownAside, countyAbbreviated, officeOfState, worldNamed, beforeTradeAndName, bracketedAfterName, everydayListEnd, relativeBefore, companyContext, containsPlace, hasOrgWord, officeAfter, referredToAsBody, regionAfterPlace, phraseOfCommonWords, commonWordIn, lowerListAfter } from '../tests';
import { citedAuthor, longEverydayWords } from './typing-people';
import { INSTITUTION_LAST, NOT_SURNAMES, TITLE_HEADS, BRAND_SHAPE, CLAUSE_OPENERS, COMPASS, COMPASS_ADJECTIVE, GOVERNMENT_LEVELS, IN_SOMEONE, LOCATIVE, NAMING_PARTICIPLES, NEWSPAPER_LAST, PAPER_AFTER_THE, OBJECT_PREPOSITIONS, PLURAL_VERBS, STREET_WORDS, TALK_VERBS, WHICH_ELSEWHERE, WHICH_OBJECT, PLACE_FIRST, PLACE_FOLLOWERS, PLACE_LAST, PLACE_OF_HEADS, PERSON_POSSESSIONS, PERSON_VERBS, SAINT_SCHOOLS, STRONG_LOCATIVE, SURNAME_PLACE_WORDS } from '../words';
import type { EntityContext } from '../context';
import { runActs, runSpeaks, servedAfter, titleCompound } from './typing-known';
import type { Run, TypeRule } from './rule';
import { atPlace, goneFrom, modifierAfterA, NATION_LAST, OFFICE_SHORT, personShaped, placeByWhatItHas, sideWordAlone, whereShaped } from './person-shape';

/** One word, a plain first name (not in capitals, not a club's last word such as "Town"), outside a sports report. */
const plainFirstNameAlone = (ctx: EntityContext, r: Run): boolean => isPlainFirstName(r.name) && !isAllCaps(r.name) && !ctx.sportsDoc && !NOT_SURNAMES.has(r.lastLower) && !modifierAfterA(ctx, r);

/** The name acts or is cited: a verb in the past or of speech after it, "according to" before it. */
function citedOrActs(ctx: EntityContext, r: Run): boolean {
  const next = ctx.tokens[r.b]?.text ?? '';
  const before = `${lowerWord(ctx.tokens[r.a - 2]?.text ?? '')} ${lowerWord(ctx.tokens[r.a - 1]?.text ?? '')}`;
  return /^\p{Ll}+ed$/u.test(next) || SPEECH_VERBS.has(lowerWord(next)) || before === 'according to';
}

/** A compass word, or "Central", closing a name: a seat's or a district's, "Harlow East", "Kano Central". */
const compassLast = (r: Run): boolean => COMPASS.has(r.lastLower) || r.lastLower === 'central';

/** A compass word opening a name: "Northeast", "South Sudan". */
const COMPASS_START = /^(?:north|south|east|west)/i;


export const compassRegion: TypeRule = {
  id: 'compass-region',
  description: 'A compass word after "the" names a region: "the West", "the Far East"; so does one before or after a known place: "North India", "Leeds East"; a name after "northern", "eastern" is a place: "in northern Velmora".',
  examples: [
    { text: 'The deal was welcomed across the West on Monday.', name: 'West', type: 'place' },
    // (A compass word before a known place is a region of it, though "North" is a first name too.)
    { text: 'The smog returns across North India every November.', name: 'North India', type: 'place' },
    // (A compass adjective in lower case before a name: its region, though a speech verb follows.)
    { text: 'Rebels in northern Velmora agreed on Sunday to a ceasefire.', name: 'Velmora', type: 'place' },
    // (A compass word and a name after "in": a region, no first name and surname.)
    { text: 'Two soldiers died in an exchange of fire in North Quarrenby on Monday.', name: 'North Quarrenby', type: 'place' },
    { text: 'Labour expect to hold Leeds East, and Dana Ruiz said her seat was safe.', name: 'Leeds East', type: 'place' },
    { text: 'Count\n\nTurnout in Harlow East was 61%.\n\nTomas Vidal holds Harlow East for Labour.', name: 'Harlow East', type: 'place' },
    { text: 'Results\n\nThe first result is in from Harrowby North, a hold for the governing party.', name: 'Harrowby North', type: 'place' },
    // (And the seat "declares", as a verb of saying: still no one.)
    { text: 'Results\n\nThe first result is in from Harrowby North.\n\n12.31am\nHarrowby North declares: a hold for the governing party.', name: 'Harrowby North', type: 'place' },
    { text: 'Haircut\n\nThe mother of two, from Quarleby, South Velks, said the school had gone too far.', name: 'South Velks', type: 'place' },
  ],
  type(ctx, r) {
    const space = r.name.indexOf(' ');
    if (r.words >= 2 && space > 0 && COMPASS.has(r.name.slice(0, space).toLowerCase()) && isKnownPlace(r.name.slice(space + 1))) return { type: 'place', strength: 2 };
    // ("Harlow East", "Kano Central": a known place and a compass word after it, a seat or a district.)
    const last = r.name.lastIndexOf(' ');
    if (r.words === 2 && compassLast(r) && isKnownPlace(r.name.slice(0, last))) return { type: 'place', strength: 2 };
    // ("Turnout in Harlow East", "near Quarle Central": so after "in" or "near", whatever the
    // first word, though a first name too; not someone's possessive, "in Tom West's films".)
    // (After "from" too, where the first word is no first name: "a result from Harrowby North", not "a letter from Adam West".)
    if (r.words === 2 && compassLast(r) && (STRONG_LOCATIVE.has(r.prev) || (r.prev === 'from' && !isPlainFirstName(r.name.slice(0, last)))) && r.next !== "'s" && r.next !== '’s') return { type: 'place', strength: 2 };
    // ("in North Quarrenby", "across South Velmora": after "in" or "near", a compass word and a
    // name no body's word closes make a region, though "North" is a first name too.)
    if (r.words === 2 && space > 0 && COMPASS.has(r.name.slice(0, space).toLowerCase()) && STRONG_LOCATIVE.has(r.prev) && !ORG_WORDS.has(r.lastLower)) return { type: 'place', strength: 2 };
    // ("from Rotherham, South Yorks,": a compass word and a name after a place and its comma, the
    // place's region, though the sentence's verb of speech follows.)
    if (r.words === 2 && space > 0 && COMPASS.has(r.name.slice(0, space).toLowerCase()) && !ORG_WORDS.has(r.lastLower) && regionAfterPlace(ctx, r.a, r.b)) return { type: 'place', strength: 2 };
    // ("in northern Velmora", "across eastern Quarrenby": a compass adjective in lower case before
    // a name of a word or two makes it a country's or a region's.)
    if (r.words <= 2 && COMPASS_ADJECTIVE.test(r.prev) && r.a > 0 && ctx.tokens[r.a - 1].text === r.prev) return { type: 'place', strength: 2 };
    if (r.prev !== 'the' || r.words > 2) return null;
    const words = r.name.toLowerCase().split(/\s+/);
    return words.length <= 2 && words.every((w) => COMPASS.has(w) || /^(?:middle|far|near)$/.test(w)) ? { type: 'place', strength: 2 } : null;
  },
};

/** "Flint, Mich.", "Columbus, Ohio": a city before its state. */
export const cityAndState: TypeRule = {
  id: 'city-and-state',
  description: 'A name before a comma and a state or region is a place: "Marlow, Texas".',
  examples: [
    { text: 'The storm hit Bellcourt, Texas, before dawn.', name: 'Bellcourt', type: 'place' },
    // (Or its postal code: "Bellcourt, TX".)
    { text: 'The tour ends at the Velcor Music Hall in Bellcourt, TX on Friday.', name: 'Bellcourt', type: 'place' },
  ],
  type(ctx, r) {
    const { tokens, n } = ctx;
    const b = r.b;
    // ("Trinity College, Cambridge": an institution in a town is no town.)
    return r.next === ',' && b + 1 < n && /^\p{Lu}/u.test(tokens[b + 1].text) && (isKnownPlace(tokens[b + 1].text) || (US_POSTAL_CODES.has(tokens[b + 1].text) && !r.firstName)) && !isNation(tokens[b + 1].text) && r.words <= 3 && !ORG_WORDS.has(r.lastLower)
      && (b + 2 >= n || tokens[b + 2].kind === 'punct' || !/^\p{Lu}/u.test(tokens[b + 2].text)) ? { type: 'place', strength: 2 } : null;
  },
};

/** "in Atlantic City": a city named after a locative word. */
export const cityAfterLocative: TypeRule = {
  id: 'city-after-locative',
  description: '"in X City" is a place.',
  examples: [{ text: 'The casino in Harbor City closed.', name: 'Harbor City', type: 'place' }],
  type(_ctx, r) {
    return r.lastLower === 'city' && STRONG_LOCATIVE.has(r.prev) ? { type: 'place', strength: 2 } : null;
  },
};

/** "Ministry of Defence", "Harbour Authority", "House of Commons", "Democrats for Life": an organisation's word in the name. */
/** Words for a part of a town after its name: "the Old Market area", "the Harbour Gate locality". */
const AREA_WORDS = new Set(['area', 'locality', 'neighbourhood', 'neighborhood', 'suburb', 'colony', 'precinct', 'quarter']);

export const orgWord: TypeRule = {
  id: 'org-word',
  description: 'A name holding an organisation\'s word ("Authority", "Ministry", "Party") is an organisation.',
  examples: [
    { text: 'The Valdoria Ports Authority denied the claim.', name: 'Valdoria Ports Authority', type: 'organization' }, { text: 'Reading\n\nWhen Nadia Quarle took over Year 6 at Brook Lane Primary, few pupils could read.', name: 'Brook Lane Primary', type: 'organization' },
    // (A firm's "Bros", its founders' family, though a given name opens it.)
    { text: 'Film\n\nThe film is distributed by Tomas Bros. across Europe.', name: 'Tomas Bros', type: 'organization' },
    // (Welsh bodies by their Welsh words: "Ysgol", a school; "Cyngor", a council.)
    { text: 'The council wants to merge Ysgol Llanfair with a larger school six miles away.', name: 'Ysgol Llanfair', type: 'organization' },
    // (An iwi, a Māori tribe, by "Ngāti" or "Ngāi": "Ngāti Tarvik has welcomed ...".)
    { text: 'Land returned\n\nNgāti Tarvik has welcomed the return of 400 hectares of ancestral land.', name: 'Ngāti Tarvik', type: 'organization' },
    // (South Asian bodies by their own words: "Samiti", a committee; "Parishad", a council; "Morcha", a front.)
    { text: 'Blockade\n\nThe protest, called by the Kisan Sangharsh Samiti, blocked the highway for five hours.', name: 'Kisan Sangharsh Samiti', type: 'organization' },
    // (A newspaper named by a word that is a family name too, after "the".)
    { text: 'A source told The Harlow Sun that the wedding was small.', name: 'Harlow Sun', type: 'organization' },
    // (A date after the name, "on March 12", is no complement of it, as "on Human Rights" is.)
    { text: 'The funeral will be held at Mill Street Church on March 12.', name: 'Mill Street Church', type: 'organization' },
    // (A company named after its founder: "Productions", "Enterprises", "Associates" close it.)
    // (And a newspaper by its last word, even after a place's word: "Gulf Daily".)
    { text: 'Dana Hale Productions said the film was finished.', name: 'Dana Hale Productions', type: 'organization' }, { text: '"We have heard dates before," he told Gulf Daily.', name: 'Gulf Daily', type: 'organization' },
    { text: 'Speaking to the Daily Quarle, the traders\' leader said the levies had tripled.', name: 'Daily Quarle', type: 'organization' },
    { text: 'Harbour\n\nThe harbour has been in decline for decades. Picture: Harlow Echo\n\nCouncillors approved the plan.', name: 'Harlow Echo', type: 'organization' },
    // (A possessive inside the name after "the", its owner no everyday word, no body known.)
    { text: 'Study\n\nThe Vellacott\'s Research Trust said the study added to the evidence.', name: 'Vellacott\'s Research Trust', type: 'organization' },
    // (A chamber of commerce or of deputies, its complement with it.)
    { text: 'Meanwhile, the Harlow Chamber of Commerce termed the rise unjustified.', name: 'Harlow Chamber of Commerce', type: 'organization' },
    // (A body's name with "and" in it, a corporation's word closing it.)
    { text: 'Water\n\nHarlow Water and Sewerage Corporation spokesperson Anil Rao denied the claim.', name: 'Harlow Water and Sewerage Corporation', type: 'organization' },
    { text: 'The vicar led St Aldwyn\'s Church for a decade.', name: 'St Aldwyn\'s Church', type: 'organization' },
    // (A body's word after more capitalised words: "St Aldwyn's Primary School".)
    { text: 'Parents at St Aldwyn\'s Primary School were angry.', name: 'St Aldwyn\'s Primary School', type: 'organization' },
    // (Or its school's short name: "St Aldwyn's Primary".)
    { text: 'The heating failed at St Aldwyn\'s Primary on Monday.', name: 'St Aldwyn\'s Primary', type: 'organization' },
    // (A partnership, a consortium, a caucus, a constabulary, a coastguard, a polytechnic; a force two areas share.)
    { text: 'The Quarrenby Rail Partnership said services would be reduced.', name: 'Quarrenby Rail Partnership', type: 'organization' },
    { text: 'Officers from Harlow Constabulary were called to the scene.', name: 'Harlow Constabulary', type: 'organization' }, { text: 'Rescue\n\nHM Coastguard said all ten were cold but unhurt.', name: 'HM Coastguard', type: 'organization' }, { text: 'Appeal\n\nThe statement was released through Cumbria and Powys Police on Friday.', name: 'Cumbria and Powys Police', type: 'organization' },
    // (A company by the plural its trade names it with: "Networks", "Ventures", "Therapeutics"; a charity that supports a place, "Friends of ..."; a campaign's call, "Save Our Rivers"; a service by its plural, "Libraries".)
    { text: 'Velcor Networks said engineers were being sent to the worst-hit areas.', name: 'Velcor Networks', type: 'organization' }, { text: 'Trees\n\nA spokesman for Friends of Harlow Park said 40 trees would be lost.', name: 'Friends of Harlow Park', type: 'organization' }, { text: 'Spill\n\nActivist Refilwe Mokoena, of the Save Our Rivers campaign, said fish were dying.', name: 'Save Our Rivers', type: 'organization' }, { text: 'Hours\n\nVelby Libraries will open three days a week from January.', name: 'Velby Libraries', type: 'organization' }, { text: 'Permits\n\nVelby Institutes, which represents the colleges, warned of cuts.', name: 'Velby Institutes', type: 'organization' },
    // (A possessive after "and" before the body's word joins the two, a place's name before "and" too.)
    { text: 'Strike\n\nEmergency departments, including the Royal Harlow and Women\'s Hospital, were short of staff.', name: 'Royal Harlow and Women\'s Hospital', type: 'organization' },
    { text: 'Strike\n\nThe Velmora Nurses and Midwives\' Union said the offer was "insulting".', name: 'Velmora Nurses and Midwives\' Union', type: 'organization' },
    { text: 'Food\n\nHe sells noodles at Quarle Block 628 Market in the east.', name: 'Market', type: null }, { text: 'School\n\nPupils at Scoil Náisiúnta Ros Dubh were delighted.', name: 'Scoil Náisiúnta Ros Dubh', type: 'organization' },
    // (A hospital two areas share, after "Royal": the county no gazetteer may hold.)
    { text: 'Hospice\n\nShe trained at the Royal Devon and Exeter Hospital before running its cancer ward.', name: 'Royal Devon and Exeter Hospital', type: 'organization' },
    // (A kind of body after "an", none named.)
    { text: 'Prisons\n\nThe petition was filed by an NGO, which said 4,000 prisoners had waited too long.', name: 'NGO', type: null },
    // (A body's word before a hill's: where, no body.)
    { text: 'Protest\n\nHundreds gathered on Senate Hill on Friday to oppose the bill.', name: 'Senate Hill', type: null },
  ],
  type(ctx, r) {
    const { tokens } = ctx;
    const s = r.nameStart;
    // ("Market Street", "Bank Road", "College Lane": a street is a place, whatever its words.)
    // ("The Harlow Sun", "the Velmora Star": a word that ends a newspaper's name after "the".)
    // ("the Daily Graphic", "Daily Maverick": "Daily" or "Weekly" opening a name of two words.)
    // ("Co Kildare", "Co. Down": Irish copy's county, before its name, is no company's "Co".)
    if (countyAbbreviated(tokens, r.nameStart, r.b)) return null;
    const paper = r.words >= 2 && (NEWSPAPER_LAST.has(r.lastLower) || (PAPER_AFTER_THE.has(r.lastLower) && (r.prev === 'the' || tokens[r.a].lower === 'the'))
      || (r.words === 2 && (tokens[s].text === 'Daily' || tokens[s].text === 'Weekly')));
    // ("the Old Market area": a name before a word for a part of town is the place.)
    if (AREA_WORDS.has(r.next) && r.prev === 'the') return null;
    // ("an NGO,", "a Trust.": one word after "a" or "an" and before a stop is a kind of body,
    // none named; not "a Navy veteran". Nor one after a number, the rest of a name the number
    // cut: "Block 628 Market".)
    if (r.words === 1 && (((r.prev === 'a' || r.prev === 'an') && ctx.tokens[r.b]?.kind === 'punct') || ctx.tokens[r.a - 1]?.kind === 'number')) return null;
    // ("St Anne's Primary", "Brook Lane Primary": a school by its saint or its road.)
    // ("Parliament Hill", "Parliament Square": a body's word before a place's last word names where.)
    return !(r.words >= 2 && (STREET_WORDS.has(r.lastLower) || r.lastLower === 'square' || r.lastLower === 'plaza' || r.lastLower === 'hill')) && (ORG_WORDS.has(r.lastLower) || paper || hasOrgWord(ctx, s, r.b) || (r.words >= 3 && (tokens[s].lower === 'house' || tokens[s].lower === 'friends') && tokens[s + 1].lower === 'of') || (r.words >= 3 && tokens[s + 1].text === 'Our')
      || (r.words >= 3 && tokens[s + 1].lower === 'for') || (SAINT_SCHOOLS.has(r.lastLower) && ((r.words >= 3 && /^(?:St\.?|Saint)$/.test(tokens[s].text)) || (r.words >= 3 && PLACE_LAST.has(tokens[r.b - 2].lower))))) ? { type: 'organization', strength: 2 } : null;
  },
};


/** Prepositions of where something happens: "in Velmora State". */
const IN_A_PLACE = new Set(['in', 'across', 'throughout', 'within']);

/** "Tiananmen Square", "Ellis Park", "Northern Cape province", "the Chechen Republic": a place by its last word or the word after it. */
/** Words before a name that make a family name that is also a place's word the place's: "the Marsh Lane stadium", "along Marsh Lane". */
const WHERE_BEFORE = new Set(['the', 'along', 'in', 'at', 'near', 'off']);

export const placeWord: TypeRule = {
  id: 'place-word',
  description: 'A name ending in "Square", "River", "Palace", "Bay", opening with "Mount" or "Lake", or followed by "province" or "council", or a seat before a member\'s initials ("Harlow East MP") is a place.',
  examples: [
    { text: 'The new terminal opened at Jebel Velcor on Sunday.', name: 'Jebel Velcor', type: 'place' },
    { text: 'Crowds filled Marrow Square by noon.', name: 'Marrow Square', type: 'place' },
    // (A venue by its last word, though a given name opens it.)
    { text: 'Tour\n\nThe band will play Mara Woods Pavilion on June 4.', name: 'Mara Woods Pavilion', type: 'place' },
    { text: 'Antarctic\n\nThe plane landed at Dana Base on Tuesday.', name: 'Dana Base', type: 'place' }, { text: 'The chief executive of Ashby Vale council admitted paying a consultant.', name: 'Ashby Vale', type: 'place' },
    // (A place named beside a bigger neighbour: "Upper", "Lower", "Nether"; "Little" before a word no first name.)
    { text: 'Bus route\n\nThe bus has run between Little Haddow and Brackton since the 1960s.', name: 'Little Haddow', type: 'place' },
    // (Welsh places' last words: "Uchaf", upper; "Isaf", lower; "Fawr", great; "Fach", little.)
    { text: 'Bus route\n\nThe number 35 runs twice a day between Llanfeth Uchaf and Brackton.', name: 'Llanfeth Uchaf', type: 'place' },
    { text: 'Flats\n\nShe grew up on the Upper Velby Side and moved in 2004.', name: 'Upper Velby Side', type: 'place' },
    // (A local government area's name before its office: "Barrington Shire Mayor ...".)
    { text: 'Rain\n\nBarrington Shire Mayor Kevin Ruddle said the council would keep its drought support in place.', name: 'Barrington Shire', type: 'place' }, { text: 'Floods\n\nRain fell across Quarrel Province on Monday.', name: 'Quarrel Province', type: 'place' }, { text: 'Assembly\n\nJoseph, who represents Alimosho Constituency, spoke against the motion.', name: 'Alimosho Constituency', type: 'place' },
    // (Before a word for a part of town, after "the", though a body's word is in it: "the Old Market area".)
    { text: 'Two men robbed a jeweller in the Old Market area on Friday night.', name: 'Old Market', type: 'place' },
    // (A first name and a family name that is also a place's word, after "the" or a preposition of where.)
    { text: 'Fans gathered outside the Marsh Lane stadium before the match.', name: 'Marsh Lane', type: 'place' }, { text: 'Her first West End role came in 1954.', name: 'West End', type: 'place' },
    { text: 'The raid happened at a jeweller in Market Street on Tuesday.', name: 'Market Street', type: 'place' }, // (a street, though "Market" is a body's word)
    { text: 'The talks were held at Velden Palace on Friday.', name: 'Velden Palace', type: 'place' },
    // (After a title too: a building named after its holder is no one, "Sheikh Tarvani Mosque".)
    { text: 'Visitors crowd into the Sheikh Tarvani Mosque every morning.', name: 'Tarvani Mosque', type: 'place' },
    { text: 'Climbers reached the top of Mount Orvell at dawn.', name: 'Mount Orvell', type: 'place' },
    // (A place's word before "of": no first name and surname, though "Bay" is a first name too.)
    { text: 'Storms churned the Bay of Quarrenby for a week.', name: 'Bay of Quarrenby', type: 'place' },
    // (A town's name and "State" after "in" or "of" is a state, as Nigerian copy names them; not
    // a US state's university, "Ohio State", nor in a sports report.)
    { text: 'Gunmen attacked two villages in Kaduna State on Sunday, police said.', name: 'Kaduna State', type: 'place' },
    { text: 'The Governor of Velmora State, Dr. Ngozi Adebayo, vowed to end the kidnappings.', name: 'Velmora State', type: 'place' },
    { text: 'Gunmen abducted three travellers on a highway in Velmora State on Saturday.', name: 'Velmora State', type: 'place' },
    { text: 'The ceremony was held at Tarvik Marae on Saturday.', name: 'Tarvik Marae', type: 'place' },
    { text: 'The new line will link Velmora Marina to the airport.', name: 'Velmora Marina', type: 'place' },
    { text: 'The settlement returns 12 sites, including Maunga Tarvik.', name: 'Maunga Tarvik', type: 'place' },
    { text: 'Flooding closed roads across Harlow County.', name: 'Harlow County', type: 'place' },
    { text: 'The motion was sponsored by Harlow East MP Tomas Brink.', name: 'Harlow East', type: 'place' },
    { text: 'Aoife Byrne, a nurse from Co Quarle, said she had never missed a payment.', name: 'Co Quarle', type: 'place' },
    { text: 'Tarun Okeke, 52, of Mill Lane, admitted fraud.', name: 'Mill Lane', type: 'place' },
    // (A first name's word before it too, in an address between commas: "of Birch Close,"; and the town after it, "Ashby Vale"; or where someone is from, between commas.)
    { text: 'Tarun Okeke, 52, of Marsh Lane, Quarrenby, admitted fraud.', name: 'Marsh Lane', type: 'place' }, { text: 'Tarun Okeke, 52, of Birch Close, Quarrenby, admitted fraud.', name: 'Birch Close', type: 'place' }, { text: 'Tarun Okeke, 52, of Birch Close, Ashby Vale, admitted fraud.', name: 'Ashby Vale', type: 'place' }, { text: 'Gig\n\nTerry Quill, 81, from Ashby Vale, has played guitar for 60 years.', name: 'Ashby Vale', type: 'place' },
    // (An address goes on from the street to the town: "of Mill Lane, Quarrenby,".)
    { text: 'Tarun Okeke, 52, of Mill Lane, Quarrenby, admitted fraud.', name: 'Quarrenby', type: 'place' },
    // (A saint's or a crown's possessive inside the name.)
    { text: 'The vicar lived near Queen\'s Park for a decade.', name: 'Queen\'s Park', type: 'place' },
  ],
  type(ctx, r) {
    const { tokens } = ctx;
    const { words, lastLower } = r;
    // ("Dana Rivers", "Tom Hall": a first name and a family name that is also a place's word;
    // not "Mill Lane", whose first word is an everyday one.)
    // (After "the" or a preposition of where, a place: "the Marsh Lane stadium", "along Marsh Lane".)
    if (words === 2 && isPlainFirstName(ctx.tokens[r.nameStart].text) && !COMMON_WORDS.has(ctx.tokens[r.nameStart].lower) && SURNAME_PLACE_WORDS.has(lastLower) && !isKnownPlace(r.name) && !WHERE_BEFORE.has(r.prev) && !addressOf(tokens, r.a, r.b)) return null;
    // (A state's name after "in", "across": "floods in Velmora State"; or a known place's or any
    // town's after an office "of", "the Governor of Velmora State": not a US state's, "Penn State".)
    if (words === 2 && lastLower === 'state' && (STRONG_LOCATIVE.has(r.prev) || r.prev === 'of') && !ctx.sportsDoc
      && (IN_A_PLACE.has(r.prev) || (!US_STATES.has(tokens[r.nameStart].text) && (isKnownPlace(tokens[r.nameStart].text) || officeOfState(tokens, r.nameStart))))) return { type: 'place', strength: 2 };
    // ("Harlow East MP Tomas Brink": a seat, a compass point last, before a member's initials.)
    if (words >= 2 && COMPASS.has(lastLower) && !isPlainFirstName(tokens[r.nameStart].text) && r.b < tokens.length && SEAT_MEMBERS.has(tokens[r.b].text)) return { type: 'place', strength: 2 };
    // ("between Little Haddow and Brackton": a village by its neighbour, "Little" and a word no
    // first name nor everyday one; not "Little Marco", a nickname.)
    if (words === 2 && tokens[r.nameStart].text === 'Little' && !isFirstName(tokens[r.nameStart + 1].text) && !COMMON_WORDS.has(lastLower)) return { type: 'place', strength: 2 };
    return (words >= 2 && (PLACE_LAST.has(lastLower) || PLACE_FIRST.has(tokens[r.nameStart].lower))) || countyAbbreviated(tokens, r.nameStart, r.b) || PLACE_FOLLOWERS.has(r.next) || (AREA_WORDS.has(r.next) && r.prev === 'the' && !(words === 1 && COMMON_WORDS.has(lastLower))) || afterStreet(ctx.tokens, r.nameStart, r.words) || hometownAside(ctx.tokens, r.a, r.b) || (words >= 2 && STREET_WORDS.has(lastLower) && addressOf(tokens, r.a, r.b)) || (lastLower === 'republic' && words >= 2) || (words >= 4 && / Republic of /.test(r.name))
      || (words >= 3 && PLACE_OF_HEADS.has(tokens[r.nameStart].lower) && tokens[r.nameStart + 1].lower === 'of') ? { type: 'place', strength: 2 } : null;
  },
};


/** A member's initials after the seat they hold: "Harlow East MP". */
const SEAT_MEMBERS = new Set(['MP', 'MPs', 'MLA', 'MLAs', 'MSP', 'MS', 'TD', 'MPP', 'MNA', 'MHA', 'MLC']);


/** "Air France", "Real Madrid", "Dynamo Moscow": a name holding a place, and no first name, is an organisation. */
export const holdsPlace: TypeRule = {
  id: 'holds-place',
  description: 'A longer name holding a place and no first name is an organisation: "Air Lisbon".',
  examples: [
    // (An Australian state by its short name closing a body's: "Surf Life Saving WA".)
    { text: 'Shark\n\nA surfer was bitten.\n\nSurf Life Saving WA said the beach would stay closed.', name: 'Surf Life Saving WA', type: 'organization' },
    // (An office's title holding a place, its word last, is no one: the person after it is named.)
    { text: 'Flood\n\nReacting, the Lagos State Commissioner for the Environment, Mr Tunde Okafor, blamed residents.', name: 'Lagos State Commissioner', type: null },
  ],
  type(ctx, r) {
    // (An office's title, its word last, is no one: "the Lagos State Commissioner for Health, Mr ...".)
    return r.words >= 2 && !r.firstName && !worldNamed(ctx.tokens, r.nameStart, r.b) && containsPlace(ctx, r.nameStart, r.b) ? { type: TITLE_HEADS.has(r.lastLower) || OFFICE_SHORT.test(r.lastLower) ? null : 'organization', strength: 1 } : null;
  },
};

/** "Ericsson said its ...", "Velcor's six-month output": what is said of a company. */
export const companyTalk: TypeRule = {
  id: 'company-talk',
  description: 'What is said of a company ("X said its profits", "X\'s shares") makes X one.',
  examples: [
    { text: 'Tarvik said its profits fell by a third.', name: 'Tarvik', type: 'organization' },
    // (Whose shares are held: "shares in X", "a stake in X".)
    { text: 'Shares in Tarvik rose 3% after the buyback.', name: 'Tarvik', type: 'organization' },
    // (Referred back to as a body in the next sentence.)
    { text: 'Grid warning\n\nTarvik has warned of further power cuts this week. The utility said the grid was under pressure.', name: 'Tarvik', type: 'organization' },
    // (Or "its" refers to it in its own clause, no verb of saying between.)
    { text: 'Takeover\n\nVelmart has agreed to buy its smaller rival for £2bn. Velmart said the deal would cut prices.', name: 'Velmart', type: 'organization' },
  ],
  type(ctx, r) {
    // ("shares in Velcor rose", "a stake in Quarle Foods": whose shares are held is a company.)
    const held = (r.prev === 'in' || r.prev === 'of') && r.nameStart >= 2 && HELD_IN.has(ctx.tokens[r.nameStart - 2].lower);
    // ("Velcor has warned of cuts. It said ...": the next sentence refers back to it as a body.)
    return (!r.firstName || r.words === 1) && !isKnownPlace(r.name) && (held || companyContext(ctx, r.b) || (!r.firstName && referredToAsBody(ctx, r.a, r.b))) ? { type: 'organization', strength: 3 } : null;
  },
};

/** What is held in a company: "shares in X", "a stake in X". */
const HELD_IN = new Set(['shares', 'stake', 'stakes', 'shareholding', 'shareholders', 'stock', 'holding']);

/**
 * "Harbour Party health spokesperson Dana Hale", "Quillpost founder Tarun Okeke": a name, then at
 * most three lower-case words ending in an office held in a body, then someone's name, is the body
 * (the place, where a local body's words stand between: "Islay community council chairwoman").
 */
export const bodyOfOffice: TypeRule = {
  id: 'body-of-office',
  description: 'A name before an office held in a body and then a person\'s name is the body: "Quillpost founder Tarun Okeke"; the place a local body governs where its words stand between ("Quarle community council chairwoman"), or whose mayor or member the person is ("Quarle mayor Tomas Brink", "Harlow MP Karim Nasser").',
  examples: [
    { text: 'Harlow Greens health spokesperson Dana Hale said the figures were grim.', name: 'Harlow Greens', type: 'organization' },
    { text: 'Shares fell after Quillpost founder Tarun Okeke sold his stake.', name: 'Quillpost', type: 'organization' },
    // (An office shared: "co-leader", "co-chair".)
    { text: 'Velmora Forward co-chair Dana Ruiz agreed to the terms.', name: 'Velmora Forward', type: 'organization' },
    { text: 'Speaking on Monday, Quarle community council chairwoman Dana Ruiz said patients were missing appointments.', name: 'Quarle', type: 'place' },
    // (A president's or a secretary's body, in words no list holds, "Velmora Ittehad president"; not across a verb, "once Brink is former president Brink".)
    { text: 'Velcor chief executive Anil Rao told reporters the company was investing.', name: 'Velcor', type: 'organization' }, { text: 'Talking to reporters, Velmora Ittehad president Tarun Khel said growers had sold at a loss.', name: 'Velmora Ittehad', type: 'organization' },
    // (In a sports report, a plural before a side's manager or captain is the club's nickname.)
    { text: 'Relegation\n\nLions manager Stuart Vell insists his side can still avoid relegation after the 3-0 defeat.', name: 'Lions', type: 'organization' },
    { text: 'The plan was not good enough, said Harlow MP Karim Nasser.', name: 'Harlow', type: 'place' },
    { text: 'The town agreed, according to Quarle mayor Tomas Brink.', name: 'Quarle', type: 'place' }, { text: 'Tax\n\nBut Independent councillor Gruffydd Vell said residents would struggle.', name: 'Independent', type: null },
    // (Not a person's campaign or family: "Brink campaign spokesman".)
    { text: 'The tour will go on, said Velcor campaign spokesman Anil Rao.', name: 'Velcor', type: null },
    // (Nor a level of government alone: "County councillor".)
    { text: 'Bus route\n\nCounty councillor Ruth Vale said she was disappointed.', name: 'County', type: null },
    // (Nor a participle opening the sentence: "Embattled mayor".)
    { text: 'Vote\n\nEmbattled mayor Tomas Brink has vowed to stay in office.', name: 'Embattled', type: null },
  ],
  type(ctx, r) {
    // (Not a person's surname, "Vell spokesman Tom Reyes", nor a nationality, "Tigrayan rebel leader".)
    if (r.firstName || isKnownPlace(r.name) || ctx.surnames.has(ctx.tokens[r.b - 1].text) || looksDemonym(ctx.tokens[r.b - 1].text)) return null;
    // ("County councillor Ruth Vale", "City council leader ...": a level of government alone,
    // capitalised to open the sentence, is the office's word, no place nor body.)
    // ("Embattled mayor Tom Vell", "Disgraced councillor ...": a participle opening the sentence
    // describes the office's holder.)
    // ("Independent councillor Gruffydd Williams", "Independent TD ...": a label of no party, no place.)
    if (r.words === 1 && (GOVERNMENT_LEVELS.has(r.lastLower) || r.lastLower === 'independent' || (r.a === r.sentStart && /^\p{Lu}\p{Ll}{3,}ed$/u.test(r.name))) && officeAfter(ctx, r.b)) return { type: null, strength: 3 };
    // ("Harlow MP Karim Nasser", "Quarle mayor Tomas Brink": a member's seat, a town's office;
    // "Islay community council chairwoman Morag Maclean": a local body's words in lower case
    // between make the name the place the body governs.)
    const office = officeAfter(ctx, r.b);
    if (office === 'seat') return hasOrgWord(ctx, r.nameStart, r.b) ? null : { type: 'place', strength: 2 };
    if (office) return { type: office === 'local' ? 'place' : 'organization', strength: 3 };
    return null;
  },
};

/**
 * "Blue Lantern have denied it", "through Blue Lantern, which was bought": a name, with no first
 * name and no known place in it, that a plural verb follows or "which" refers to is a body (a
 * company, a band, a side), whatever else it does; even a speech verb after it elsewhere ("Blue
 * Lantern says") makes it no person. (British style agrees a verb with a body's members; a
 * person is "who".)
 */
export const bodyGrammar: TypeRule = {
  id: 'body-grammar',
  description: 'A name a plural verb follows ("Blue Lantern have denied") or "which" refers to is a body, not a person.',
  examples: [
    { text: 'Blue Quillan says the songs are its own. Blue Quillan have rejected every claim in the suit.', name: 'Blue Quillan', type: 'organization' },
    { text: 'Her first albums came out through Tarvane Holt, which was sold this year.', name: 'Tarvane Holt', type: 'organization' },
    // (A given name opening it, where the name is a verb's object: the home "which houses" people.)
    { text: 'The board voted on Tuesday to close Glyn Rhosyn, which houses 30 older people.', name: 'Glyn Rhosyn', type: 'organization' },
  ],
  type(ctx, r) {
    // (The grammar first: it is rare, and asked of every run.)
    const which = whichRefersTo(ctx, r);
    if (!which && !pluralSubject(ctx, r)) return null;
    // (A given name opening it only where the name is the object of a verb or a preposition: in
    // "shut Bryn Teg, which houses 23 people" "which" is the home's; after a comma or a noun for
    // someone, "the plan of the candidate, Dana Ruiz, which" or "a book by the reporter Tomas
    // Brink, which", it is the plan's or the book's.)
    if ((r.firstName && !(which && objectOfVerb(ctx, r))) || r.lastLower.endsWith('s') || isKnownPlace(r.name) || looksDemonym(ctx.tokens[r.b - 1].text)) return null;
    // (Only against a person: a place stays one; a phrase no rule takes for a name, "the
    // Internet, which", lists nothing, but where the article names it otherwise, "Blue Lantern
    // says", it makes that entity a body.)
    const rest = citedAuthor.type(ctx, r) ?? speaker.type(ctx, r) ?? fallback.type(ctx, r);
    if (rest?.type === 'person') return { type: 'organization', strength: 3 };
    return rest?.type === null ? { type: null, strength: 3 } : rest;
  },
};

/** The name opens its clause and a plural verb follows it: "Blue Lantern have denied", "said that Blue Lantern were". */
function pluralSubject(ctx: EntityContext, r: Run): boolean {
  const { tokens } = ctx;
  if (!PLURAL_VERBS.has(r.next) || tokens[r.b].text !== r.next) return false;
  let p = r.nameStart - 1;
  if (p >= 0 && tokens[p].lower === 'the') p--;
  return p < r.sentStart || (p >= 0 && CLAUSE_OPENERS.has(tokens[p].text));
}

/** The run is what a verb or a preposition in lower case before it governs ("shut Bryn Teg"), no noun for someone, no comma. */
function objectOfVerb(ctx: EntityContext, r: Run): boolean {
  const p = ctx.tokens[r.a - 1];
  return r.a === r.nameStart && !!p && p.kind === 'word' && p.text === p.lower && !humanNoun(p.lower) && !WHICH_ELSEWHERE.has(p.lower) && !TITLE_WORDS.has(p.lower);
}

/** "which", a verb after it, refers to the name: "through Blue Lantern, which was sold". */
function whichRefersTo(ctx: EntityContext, r: Run): boolean {
  const { tokens, n } = ctx;
  const which = r.next === 'which' ? r.b : r.next === ',' && r.next2 === 'which' ? r.b + 1 : -1;
  const before = r.nameStart > 0 ? tokens[r.nameStart - 1].lower : '';
  if (which < 0 || which + 1 >= n || WHICH_ELSEWHERE.has(before) || STRONG_LOCATIVE.has(before)) return false;
  const w = tokens[which + 1];
  return w.kind === 'word' && w.text === w.lower && !WHICH_OBJECT.has(w.lower);
}

/** A first name and a surname: "Maria Okafor". */
export const firstAndSurname: TypeRule = {
  id: 'first-and-surname',
  description: 'A known first name and a surname make a person.',
  examples: [
    { text: 'Maria Okafor chaired the meeting.', name: 'Maria Okafor', type: 'person' },
    // ("which" after a name in apposition is the plan's, no sign of a body.)
    { text: 'The panel backed the plan of the mayor, Dana Ruiz, which would cost four million pounds.', name: 'Dana Ruiz', type: 'person' },
    { text: 'The dyke will hold, Jan van der Berg said.', name: 'Jan van der Berg', type: 'person' }, // (two particles)
    // (A family name that is also a place's last word: see place-word.)
    { text: 'Her friend Dana Rivers told the crowd to go home.', name: 'Dana Rivers', type: 'person' },
    { text: 'Metro\n\nThe longer hours will be trialled on the Red Line first, the authority said.', name: 'Red Line', type: null },
    // (A place's name that is a given name too, then a plural, after "the": a side.)
    { text: 'Baseball\n\nThe Georgia Hawks lost again on Sunday, their fifth defeat in a row.', name: 'Georgia Hawks', type: 'organization' },
    { text: 'Baseball\n\nAustin Indians manager Tom Vell said the team would recover.', name: 'Austin Indians', type: 'organization' },
    { text: 'Strike\n\nFlights were cancelled at Tomas Brink airport on Friday.', name: 'Tomas Brink', type: 'place' },
    // (After "in", a given name that is an everyday word and an everyday word: a town.)
    { text: 'Budget\n\nSpeaking in Rose Meadow on Tuesday, the premier said the levy would stay.', name: 'Rose Meadow', type: 'place' },
  ],
  type(ctx, r) {
    // ("Penn State", "Trinity College", "Penn State Library": an institution's word is no part of a person's name.)
    // ("Royal Editor", "Grace Director": an office closing it is no surname.)
    // ("the Red Line", "the Harlan Show": after "the", a first name and an everyday word name a thing.)
    if (r.words < 2 || !r.firstName || ORG_WORDS.has(r.lastLower) || TITLE_WORDS.has(r.lastLower) || INSTITUTION_LAST.has(r.lastLower) || (r.prev === 'the' && r.words === 2 && COMMON_WORDS.has(r.lastLower))) return null;
    // ("the Georgia Hawks lost", "Austin Indians manager": a place's name that is a given
    // name too, then a plural, after "the" or a people's plural, names a side, no one.)
    if (sideOfPlace(ctx, r)) return { type: 'organization', strength: 1 };
    // ("at Tomas Brink airport": a place named after someone, its noun in lower case after it.)
    if (NAMED_FACILITIES.has(r.next)) return { type: 'place', strength: 1 };
    // ("Speaking in Red Deer", "near Rose Hill": after "in", a given name that is an everyday word
    // and an everyday word name a town, no one.)
    if (r.words === 2 && STRONG_LOCATIVE.has(r.prev) && COMMON_WORD_NAMES.has(ctx.tokens[r.nameStart].text) && COMMON_WORDS.has(r.lastLower) && !/^['’]s?$/.test(r.next)) return { type: 'place', strength: 1 };
    // ("in Al Barsha", "near El Mansour": after "in", "Al" is the Arabic article of a place's name, no given name.)
    if (STRONG_LOCATIVE.has(r.prev) && /^(?:Al|El)$/.test(ctx.tokens[r.nameStart].text)) return null;
    // ("the Bay of Quarrenby": a place's word before "of" opens a place's name; not "the Duke of Harlow".)
    if (r.words >= 3 && PLACE_OF_HEADS.has(ctx.tokens[r.nameStart].lower) && ctx.tokens[r.nameStart + 1].lower === 'of') return null;
    // (Nor "Marsh & Vale": two names joined by "&" are a firm or a duo, no one.)
    for (let k = r.nameStart + 1; k < r.b; k++) if (ctx.tokens[k].text === '&' || lowerWord(ctx.tokens[k].text) === 'state') return null;
    return { type: 'person', strength: 2 };
  },
};

/** "Penn State", "Kenmore State": a name and "State", no place before it, is a state university. */
export const stateSchool: TypeRule = {
  id: 'state-school',
  description: 'A name ending in "State", with no place in it, is an institution (a state university): "Penn State".',
  examples: [
    { text: 'She wrote to Penn State about the fees.', name: 'Penn State', type: 'organization' },
  ],
  type(ctx, r) {
    // (Not after an office and "of": "the Governor of Velmora State" governs a place, place-word's.)
    return r.words === 2 && r.lastLower === 'state' && r.prev !== 'the' && !IN_A_PLACE.has(r.prev) && !containsPlace(ctx, r.nameStart, r.b) && !officeOfState(ctx.tokens, r.nameStart) ? { type: 'organization', strength: 2 } : null;
  },
};

/** `Burman said`, `Burman, 52, said`, `said Burman.`: a name next to an attribution verb is someone. */
export const speaker: TypeRule = {
  id: 'speaker',
  description: 'A name next to an attribution verb is a person: "Tarkovsky said".',
  examples: [
    // ("states" before a verb is the plural noun, no verb of saying.)
    { text: 'The show of force in crucial Harbour Belt states underscored the shift.', name: 'Harbour Belt', type: null },
    // (A nation's name closing a name that speaks, no first name before it: a body.)
    // (And, in a sports report, a side's word alone, "Town", "City": the side, whatever it "admits" or "concedes".)
    { text: 'Quarry\n\nThe quarry\'s owner, Velcor Cymru, said the extension would secure 40 jobs.', name: 'Velcor Cymru', type: 'organization' }, { text: 'Town win\n\nHarlow Town 2 Quarle City 1\n\nThe striker scored twice in the second half. Town conceded from a corner again, and the manager was furious after the match.', name: 'Town', type: 'organization' }, { text: 'Appeal\n\nThe film\'s producer, Vikram Bhalla, said the team would appeal.', name: 'Vikram Bhalla', type: 'person' },
    // (After a trade people hold too, a given name of any origin and a family name: "the film's producer, Vikram Bhalla," a person.)
    // (A given name of any origin before a surname that is a town's: a person, no body holding a place.)
    { text: 'Ferry\n\n"It was chaos," said Amira Sohag, who was travelling with her children.', name: 'Amira Sohag', type: 'person' },
    // (Not an everyday word closing a list of a body's parts.)
    { text: 'Anil Rao, who leads Velcor Defence, Space and Security, said the contract was signed.', name: 'Security', type: null },
    // (A name of everyday words alone that speaks: a body, as a charity's "Citizens Advice".)
    { text: 'Bills\n\nHarbour Fairness said many families would still struggle.', name: 'Harbour Fairness', type: 'organization' }, { text: 'Accounts\n\nVelcor said it had removed 400 fake accounts.', name: 'Velcor', type: 'organization' },
    // (A compass adjective opening a name that speaks, no first name after it: a body.)
    { text: 'Power cut\n\nNorthern Quarlegrid says engineers are working to reconnect homes.', name: 'Northern Quarlegrid', type: 'organization' },
    { text: '"We are done here," Vasquez said.', name: 'Vasquez', type: 'person' },
    // (Or described in apposition first, opening the sentence: "Tarnick, the club captain, said".)
    { text: 'Cup exit\n\nTarnick, the club captain, said: "It is on us. We were not good enough."', name: 'Tarnick', type: 'person' },
    { text: 'Protest\n\nQuarrow, a father of two, told the meeting the school was failing.', name: 'Quarrow', type: 'person' },
    // (A member's letters between the name and its verb: "Llyr ab Iestyn MS said".)
    { text: 'Vote\n\nPlaid Cymru\'s Llyr ab Iestyn MS said his party would back the vote.', name: 'Llyr ab Iestyn', type: 'person' },
    // (A line of a name and a verb's form alone is a section's heading, the verb a noun there.)
    { text: 'Results night\n\nKey points\n\nTomas Brink has conceded.', name: 'Key', type: null },
    // (Nor a plural noun for people opening a sentence, capitalised only there.)
    { text: 'Patrols\n\n"I see no officers on the high street," Mr Tarvell said. "Shopkeepers tell me the same."', name: 'Shopkeepers', type: null },
    // (Nor an office alone after a determiner; nor a school by its last word, "Kelby Primary", though a list holds "Kelby" as a given name.)
    { text: 'Pay row\n\nThe Permanent Secretary said the offer was final.', name: 'Permanent Secretary', type: null }, { text: 'Schools\n\nAngela Moss, head of Kelby Primary, said she had lost two assistants.', name: 'Kelby Primary', type: null },
  ],
  type(ctx, r) {
    // ("the Constitution says", "our Charter states": after a determiner, a lone word that
    // speaks is a document or a body, no person.)
    if (/^(?:the|our|their|its|his|her|this|that|a|an|your|my)$/.test(r.prev) && r.words === 1 && !isPlainFirstName(r.name)) return null;
    // ("Villagers said they were devastated", "Shopkeepers tell me the same": a plural noun for people
    // alone opening the sentence, capitalised only there, is a group of people, no one's name.)
    if (r.words === 1 && r.lastLower.endsWith('s') && humanNoun(r.lastLower) && atSentenceStart(ctx, r.nameStart, r.sentStart) && !r.firstName && !ctx.surnames.has(r.name) && !ctx.midSentenceCaps.has(r.name)) return null;
    // ("The Permanent Secretary said": after a determiner, an office alone, its title's word last.)
    if (/^(?:the|our|their|its|his|her|this|that|a|an|your|my)$/.test(r.prev) && !r.firstName && TITLE_HEADS.has(ctx.tokens[r.b - 1].lower) && !ctx.surnames.has(ctx.tokens[r.b - 1].text)) return null;
    // ("Harlow South declares": a compass word closing a name with no first name is a seat's or
    // a region's, no one's; "Tom West said" is someone.)
    // (Nor an institution's last word: "head of Kelby Primary, said" names the school.)
    if (r.words >= 2 && ((COMPASS.has(r.lastLower) && !r.firstName) || INSTITUTION_LAST.has(r.lastLower))) return null;
    // ("Northern Quarlegrid says": a compass adjective opening a name that speaks, no first name
    // after it, is a body's, no one's; a known region is known-place's. So is a name of everyday
    // words alone, "Citizens Advice said".)
    if (r.speechNext && r.words >= 2 && !r.firstName && ((COMPASS_ADJECTIVE.test(ctx.tokens[r.nameStart].lower) && !isFirstName(ctx.tokens[r.nameStart + 1].text)) || longEverydayWords(ctx, r.nameStart, r.b))) return { type: 'organization', strength: 1 };
    // ("Lena Early, who farms near Bourke, said": after "near" or "in", a place closing the
    // appositive, a first name too where a relative clause closes there ("who works in
    // Constantia,"); whoever opened the clause speaks.)
    // (So after "from" or "at" before a comma: "a woman from Harlow, told investigators", "a
    // lawyer at Velcor Legal, said"; where someone works, after a noun for them and "at", is rule workplace's.)
    // (Whatever the name, in an aside of where someone is from between commas: "Kayleigh Vell, 31,
    // from Quarrenby, said".)
    // (Nor one word after "in" right before the verb: "Our reporter in Kelby says" is where the reporter is.)
    if ((STRONG_LOCATIVE.has(r.prev) || ((r.prev === 'from' || r.prev === 'at') && r.next === ',')) && (!r.firstName || (STRONG_LOCATIVE.has(r.prev) && r.words === 1) || (r.next === ',' && (relativeBefore(ctx, r.a) || fromAside(ctx.tokens, r.a, r.b))))) return null;
    // ("The ambassador to Harlow warned": a name after "to" and a noun for a person is whom
    // that person serves; the person speaks.)
    if (!r.firstName && servedAfter(ctx, r.nameStart)) return null;
    // ("Lena Early of Tarvik Research cautioned", "a lawyer of Quarle Legal said": a name after
    // "of" completes the description of who speaks; a seat after "MS for", "the MP for", is rule constituency's.)
    if (r.prev === 'of' && !r.firstName) return null;
    // ("a circle within Velmorism called the Lantern Order": a preposition's object does not name.)
    if (NAMING_PARTICIPLES.has(r.next) && OBJECT_PREPOSITIONS.has(r.prev)) return null;
    // ("Velcor Defence, Space and Security said", "the Full Fact, told": an everyday word alone
    // that closes a list of a body's parts, or is left when everyday words before it were
    // trimmed, is the end of a body's name, no one's, unless the article gives it as a surname.)
    if (r.words === 1 && COMMON_WORDS.has(r.lastLower) && !r.firstName && !ctx.surnames.has(r.name) && (everydayListEnd(ctx, r.a) || r.a > r.origA)) return null;
    // ("General Electric says": a title's adjective and an everyday word, no one, whatever it says.)
    // ("said Quarland's President X", "said Harlow's mayor": a possessive is whose the speaker is.)
    if (titleCompound(ctx, r) || r.next === "'s" || r.next === '’s') return null;
    // ("Velcor said it had removed 400 accounts": one word, no first name or surname the article
    // gives someone, that says "it" of itself where first named is a body; not "a study by
    // Okafor ... Okafor said it was sound".)
    if (r.speechNext && r.words === 1 && /^its?$/.test(ctx.tokens[r.b + 1]?.lower ?? '') && !ctx.surnames.has(r.name) && !ctx.givenNames.has(r.name) && ctx.text.indexOf(r.name) === ctx.tokens[r.nameStart].start) return { type: 'organization', strength: 1 };
    // (A nation's name closing it, no first name before: "Tarmac Cymru said", a body.)
    if (!runSpeaks(ctx, r)) return null;
    return (r.words >= 2 && !r.firstName && NATION_LAST(ctx.tokens[r.b - 1].text)) || sideWordAlone(ctx, r) ? { type: 'organization', strength: 1 } : { type: 'person', strength: 2 };
  },
};

/**
 * The defaults, weakest evidence last: a short name after "in" is a place; two or more words a
 * person; one word after a locative a place; a first name alone ("Steve hit a six") a person,
 * outside sports reports (where a lone first name is mostly a side: "Somerset", "Lotte");
 * anything else an organisation.
 */
/** Places named after people, their noun in lower case after the name: "Tomas Brink airport". */
const NAMED_FACILITIES: ReadonlySet<string> = new Set(['airport', 'airfield', 'stadium', 'station', 'bridge', 'tunnel', 'arena', 'racecourse']);

/**
 * A place's name, then a plural (not "ss", no possessive), after "the" or a people's plural
 * ("Indians"): "the Georgia Hawks", "Austin Indians", a side's name; not "the Kamala
 * Vance campaign", whose first word names no place.
 */
function sideOfPlace(ctx: EntityContext, r: Run): boolean {
  const last = r.lastLower;
  if (r.words !== 2 || last.length < 5 || !last.endsWith('s') || last.endsWith('ss') || !isKnownPlace(ctx.tokens[r.nameStart].text)) return false;
  return r.prev === 'the' || DEMONYMS.has(last.slice(0, -1));
}

export const fallback: TypeRule = {
  id: 'fallback',
  description: 'By default: after "in", a place, unless everyday words ("a prize in Poetry"); two words, a person; a first name alone, or a word before what only a person does or has ("preferred", "\'s widow"), a person; else an organisation.',
  examples: [
    { text: 'Investors cheered the news from Quarrenby on Monday.', name: 'Quarrenby', type: 'place' },
    // (A name alone in brackets after a name: the bearer's party.)
    { text: 'Housing\n\nMK Yael Vell (Yesh Tamar), who sponsored the bill, said it would cut red tape.', name: 'Yesh Tamar', type: 'organization' },
    // (A town that is a first name too, after "in"; not the faith one has in someone.)
    { text: '"This is a fragile step," the envoy said in Chester on Sunday.', name: 'Chester', type: 'place' },
    { text: 'The board said it had full confidence in Dana on Monday.', name: 'Dana', type: 'person' },
    // (Whom one talks to is an outlet or someone, no place.)
    { text: 'Talking to Quillpost, an official said the shortage was over.', name: 'Quillpost', type: 'organization' },
    { text: 'Storm\n\nMore than 20,000 homes are without power, according to Northern Velgrid.', name: 'Northern Velgrid', type: 'organization' },
    { text: 'Herbs\n\nPick herbs you cook with. Basil, parsley and chives are good choices.', name: 'Basil', type: null },
    // (After "in", "Al" the Arabic article of a place's name, no given name.)
    { text: 'Parks\n\nThe first parks will open in Al Qarnain and Mirdif next year.', name: 'Al Qarnain', type: 'place' },
    { text: 'Rescue\n\nA boy fell down a cliff.\n\nSt Aldwyn\'s rescue team and the lifeboat were sent to the scene.', name: 'St Aldwyn', type: 'place' },
    // (A capital inside one word makes a brand's or a firm's name, not a place's.)
    // (After a preposition of where, a name shaped like someone's that no first name opens.)
    { text: 'Walks\n\nThe trail runs along the cliffs between Porth Carreg and Cable Bay.', name: 'Porth Carreg', type: 'place' },
    { text: 'Hospice\n\nShe founded a hospice in north Devon in 1984.', name: 'Devon', type: 'place' },
    // (A given name of any origin and a surname after a trade firms share too, "broker": the
    // person, no firm; org-descriptor leaves it.)
    { text: 'Stocks\n\nShares fell on Friday. "Buyers are scarce," said broker Tariq Hassan.', name: 'Tariq Hassan', type: 'person' },
    // (Two words a compass word opens are no one's name: a region's, "East Velmark".)
    { text: 'Walks\n\nThe path climbs from the harbour at Braunsk, East Velmark, to the moor.', name: 'East Velmark', type: null },
    { text: 'Election\n\nShe was elected for East Velmark in 2019.', name: 'East Velmark', type: null },
    { text: 'Election\n\nLabour held its seats, while the Conservatives took Velby South by 900 votes.', name: 'Velby South', type: 'place' },
    { text: 'Walks\n\nThe puffins nest on the ledges beyond Trwyn Llwyd in June.', name: 'Trwyn Llwyd', type: 'place' },
    { text: 'Crews at RocketWorX were testing the engine again on Friday.', name: 'RocketWorX', type: 'organization' },
    { text: 'The family moved to DeKalb in the spring.', name: 'DeKalb', type: 'place' },
    // (Everyday words after "in" are a subject's, a prize's or a title's, no town's; a numbered
    // one is a place.)
    { text: 'She won the national prize in Poetry last year.', name: 'Poetry', type: null },
    { text: 'He took a master\'s degree in Public Health at Harlow.', name: 'Public Health', type: null },
    { text: 'Buses to the city leave from Terminal 2 every hour.', name: 'Terminal', type: 'place' },
    // (A name after "to" and a title is whom that one serves, even before a speech verb; the
    // speaker rule leaves it.)
    { text: 'The ambassador to Quarrenby warned that talks "will not resume this year".', name: 'Quarrenby', type: 'place' },
    // (So is one after "from" and a noun for a person: where the speaker is from.)
    { text: 'Revenue row\n\n"It is not the governors who will be on the streets," the lawmaker from Quarle-East said.', name: 'Quarle-East', type: 'place' },
    // (Not a speaker's name, though ", said" follows: a place after "near" closes the appositive.)
    { text: 'Tom Vale, who farms near Quarrenby, said the rain came too late.', name: 'Quarrenby', type: 'place' },
    { text: 'Taxi strike\n\nCommuter Nomsa Vell, who works as a cleaner in Constantia, said she had walked for two hours.', name: 'Constantia', type: 'place' },
    { text: 'The passenger, a 58-year-old woman from Quarrenby, told investigators she heard a crack.', name: 'Quarrenby', type: 'place' },
    // (A first name before a trade and a name is a town's or a firm's word, no one's name.)
    { text: 'Bourke grazier Rhys Colby said about 40mm fell overnight.', name: 'Bourke', type: null },
    { text: 'Bourke sheep farmer Lena Early has sold half her flock.', name: 'Bourke', type: null },
    { text: 'A defector from a circle within Harvane called the Lantern Order was arrested.', name: 'Harvane', type: 'organization' },
    { text: 'PV Sindra won the final in straight games. "It was my day," Sindra said.', name: 'PV Sindra', type: 'person' },
    // (What only a person does or has: "Quarle preferred", "Quarle's childhood"; a body had "acted".)
    { text: 'Few colleagues agreed at first, but Quarle preferred to think in pictures.', name: 'Quarle', type: 'person' }, { text: 'Aide quits\n\nAn aide to Kelby\'s mayor has resigned.', name: 'Kelby', type: 'place' }, { text: 'Mayor\n\nRita Osei was elected mayor of Kelby in May.', name: 'Kelby', type: 'place' }, { text: 'Jailed\n\nA Kelby man has been jailed for fraud.', name: 'Kelby', type: 'place' }, { text: 'Jailed\n\nImran Malik, 44, and Asif Malik, 41, both of Kelby, were jailed.', name: 'Kelby', type: 'place' }, { text: 'Missing\n\nAnyone with information is urged to contact Crime Stoppers.', name: 'Crime Stoppers', type: null }, { text: 'Storm\n\n09:15 Our reporter in Kelby says trees are down.', name: 'Kelby', type: 'place' },
    { text: 'Letters from Quarle\'s childhood were found in a trunk.', name: 'Quarle', type: 'person' },
    // (A name after "of" before a verb of saying completes the description of who speaks: the
    // speaker rule leaves it, and a body's word makes no person of it.)
    { text: 'But Lena Early of Tarvik Research cautioned that "one customer does not make a business".', name: 'Tarvik Research', type: 'organization' },
    // (After "at", a name shaped like someone's that no first name opens is where.)
    { text: 'Concert\n\nThe band played to 40,000 fans at Old Velderton on Saturday night.', name: 'Old Velderton', type: 'place' }, { text: 'Walk\n\nCraig Denholm, a former soldier, set off from Kelby on Monday.', name: 'Kelby', type: 'place' }, { text: 'Storm\n\nOur reporter Tomas Brink is reporting live from Kelby tonight.', name: 'Kelby', type: 'place' }, { text: 'Fire\n\nCrews held the line at Kelby overnight.', name: 'Kelby', type: 'place' }, { text: 'Bridge\n\nOfficials told Kelby residents not to drive over the bridge.', name: 'Kelby', type: 'place' }, { text: 'Cladding\n\nOfficials were warned about a Kelby tower block in 2021.', name: 'Kelby', type: 'place' }, { text: 'Job cuts\n\nThe founder of a Kelby software firm defended the cuts on Monday.', name: 'Kelby', type: null }, { text: 'Game\n\nC.J. Quillan threw for 349 yards on Saturday.', name: 'C.J. Quillan', type: 'person' }, { text: 'Game\n\nThe Quarle Owls (12-0, 9-0 Big Ten) will face Velby State.', name: 'Big Ten', type: null },
    // (In a sports report, a first name alone that someone named in full has is a person.)
    { text: 'Derby report\n\nHarlow 23 Quarle 21\n\nHarlow beat Quarle in the league match. Fly-half Rhys Colby scored. Wing Rhys Hale kicked a try. "Rhys was brilliant," the coach said.', name: 'Rhys', type: 'person' },
    // (A club's last word alone is no first name, though a list holds "Town" as one.)
    { text: 'Rovers stun leaders\n\nQuarrow Rovers 2 Harlow Town 1\n\n"He was a bit dazed," the Town manager said.', name: 'Town', type: null },
  ],
  type(ctx, r) {
    const { prev, words } = r;
    // No evidence but capitals, and the article writes a word of it in lower case elsewhere
    // ("Previous Research", "Order", "See"): a capitalised phrase, no name.
    // ("Basil, parsley and chives are easy to grow": nor the first of a list of things opening a sentence.)
    if (commonWordIn(ctx, r.nameStart, r.b) || (words === 1 && r.nameStart === r.sentStart && lowerListAfter(ctx, r.b))) return { type: null, strength: 0 };
    // ("at RocketWorX", "to TicketHarbor": after a locative, a word with a capital inside is a
    // firm's or a site's, no place's; not "McAllen", "DeKalb", "LaGrange".)
    if (words === 1 && LOCATIVE.has(prev) && BRAND_SHAPE.test(r.name)) return { type: 'organization', strength: 0 };
    // (Not a word before a trade or an office and a name: "Bourke grazier Rhys Colby" is of a
    // town or a firm, though "Bourke" is a first name too.)
    if (words === 1 && beforeTradeAndName(ctx, r.b)) return { type: null, strength: 0 };
    // (Not everyday words: "a prize in Poetry", "a degree in Public Health" are a subject's, no
    // town's; but a numbered one is a place, "in Terminal 2", and so is a compass word, "from
    // Northeast".)
    if (LOCATIVE.has(prev) && phraseOfCommonWords(ctx, r.nameStart, r.b) && !/^\d/.test(r.next) && !COMPASS_START.test(r.name)) return { type: null, strength: 0 };
    // ("said in Geneva", "flooding in Victoria": a first name alone after "in" or "near" is a
    // town named so; not someone's possessive, "in Dana's view", nor what one has in someone,
    // "faith in Judy".)
    // (So is one in an aside of where someone is from, between commas: "Kayleigh Vell, 31, from
    // Quarrenby, said".)
    if (words <= 2 && (STRONG_LOCATIVE.has(prev) || fromAside(ctx.tokens, r.a, r.b) || goneFrom(ctx.tokens, r.a) || (words === 1 && !ctx.sportsDoc && atPlace(ctx.tokens, r.a))) && r.next !== "'s" && r.next !== '’s' && !(r.a > 1 && IN_SOMEONE.has(ctx.tokens[r.a - 2].lower))) return { type: 'place', strength: 1 };
    // ("in north Devon", "across southern Quarleshire": after a compass word in lower case, where.)
    if (words <= 2 && COMPASS.has(prev) && ctx.tokens[r.a - 1]?.text === prev && r.next !== "'s" && r.next !== '’s') return { type: 'place', strength: 1 };
    // ("to Judy", "from Diana": a plain first name alone is someone, wherever else it goes; not
    // a club's last word that is a first name somewhere too, "the Town manager".)
    // ("Kelby's mayor", "Kelby's new mayor", "the mayor of Kelby": what a place has, though a first name.)
    if (words === 1 && placeByWhatItHas(ctx, r)) return { type: 'place', strength: 1 };
    if (words === 1 && plainFirstNameAlone(ctx, r)) return { type: 'person', strength: 1 };
    // Two or more unknown words are someone's name, unless they are everyday words
    // ("Digital Humanities", "Global Voices"): then only a mention of a name known otherwise.
    if (words >= 2) {
      if (phraseOfCommonWords(ctx, r.nameStart, r.b)) return { type: null, strength: 0 };
      // ("St Aldwyn's rescue team", "near St Govan's": a saint's possessive names a place.)
      if (words === 2 && /^(?:St\.?|Saint)$/.test(ctx.tokens[r.nameStart].text) && (r.next === "'s" || r.next === '’s')) return { type: 'place', strength: 1 };
      // ("MK Yael Vell (Yesh Atid)": a name alone in brackets after a name is its bearer's party,
      // or their seat where it is a known place; no person.)
      if (bracketedAfterName(ctx, r.prev, r.a, r.nameStart, r.b, r.firstName)) return { type: isKnownPlace(r.name) ? 'place' : 'organization', strength: 1 };
      // ("at Quarle Park", "beyond Trwyn Llwyd", "between Porth Carreg and Cable Bay": after these,
      // a name shaped like someone's that no first name opens is where, rarely who; whereShaped.)
      // ("Labour took Velby South": shaped like someone's, a compass word after a word no given
      // name is, of any list, a seat's or a district's name, no one's; "Adam West" stays someone.)
      if (words === 2 && compassLast(r) && personShaped(ctx, r) && !r.firstName && !worldNameGender(ctx.tokens[r.nameStart].text) && r.next !== "'s" && r.next !== '’s') return { type: 'place', strength: 1 };
      if (personShaped(ctx, r)) return { type: whereShaped(ctx, r) && !r.firstName ? 'place' : 'person', strength: 1 };
      // Not shaped like a person's name: a body, if it acts or is cited ("according to HARBOUR
      // Florida", "Redwing Coastal Freighters said"); else no name a journalist needs listed.
      return citedOrActs(ctx, r) ? { type: 'organization', strength: 0 } : { type: null, strength: 0 };
    }
    // ("Talking to Quillpost, an official said": whom one talks to is an outlet or someone, no place.)
    if (prev === 'to' && r.a > 1 && TALK_VERBS.has(ctx.tokens[r.a - 2].lower)) return { type: 'organization', strength: 0 };
    // ("Okafor preferred to think", "Okafor's wife": what only a person does or has.)
    if (words === 1 && personActs(ctx, r)) return { type: 'person', strength: 1 };
    if (LOCATIVE.has(prev) && !(ctx.sportsDoc && (prev === 'to' || prev === 'from'))) return { type: 'place', strength: 1 };
    if (words === 1 && plainFirstNameAlone(ctx, r)) return { type: 'person', strength: 1 };
    // (In a sports report, a first name alone that someone named in full has is that person, no
    // side: "Gareth was a giant of the game" after "Gareth Pryce".)
    if (words === 1 && ctx.sportsDoc && ctx.givenNames.has(r.name) && !isAllCaps(r.name)) return { type: 'person', strength: 1 };
    // A lone unknown word with no other evidence is a side in a sports report's tables; elsewhere
    // (a citation's surname, a language, a product) it is no name a journalist needs listed.
    // (Unless it acts: "Vexcom rated the claim", "Velcor exported".)
    return ctx.sportsDoc || runActs(ctx, r) ? { type: 'organization', strength: 0 } : { type: null, strength: 0 };
  },
};

/** A verb only a person is subject of, or a possession only a person has, right after the run: "Okafor preferred", "Okafor's widow". */
function personActs(ctx: EntityContext, r: Run): boolean {
  if (r.next === "'s" || r.next === '’s') return PERSON_POSSESSIONS.has(r.next2);
  return PERSON_VERBS.has(r.next) && ctx.tokens[r.b]?.text === r.next;
}
