// Who else refers to an entity: byline authors are people; role nouns ("the Russian foreign
// minister", "the president") refer back to the person who holds the role.
import { DEMONYMS, isKnownPlace, isSpeechWord, lowerWord, OPENING_DETERMINERS, PORTFOLIO_WORDS, PRE_NAME_TITLES, ROLE_NOUNS, SPEECH_VERBS, SPELLED_OFFICES, TITLE_WORDS } from '../lexicon/lexicon';
import { furnitureAt } from '../text/furniture';
import { countBefore } from '../text/search';
import { isCapWord } from '../text/words';
import { CHILD_COUNT, humanNoun } from '../lexicon/people';
import { addDescribedMentions } from './described-reference';
import { addMention, keyOf, newBuilder, type Builder, type Merge } from './merge';
import { EPITHET_MODIFIERS, FUNCTION_WORDS, PARTY_NOUNS, SEAT_HOLDERS, TITLE_HEADS } from './words';
import type { Token } from '../types';
import { quotedAt } from './tests';

/**
 * The tokens covering the text span [start, end), every mention a rule made there undone (a name
 * the furniture gives overrides the body pass's reading of its words); null when no token lies in it.
 */
export function claimSpan(st: Merge, start: number, end: number): [number, number] | null {
  const { tokens, n } = st.ctx;
  const first = countBefore(tokens, (t) => t.start < start);
  let last = first;
  while (last < n && tokens[last].end <= end) last++;
  if (first >= n || last <= first) return null;
  for (let k = first; k < last; k++) {
    const idx = st.tokenEntity[k];
    if (idx < 0) continue;
    const b = st.builders[idx];
    b.mentions = b.mentions.filter((m) => m.end <= tokens[first].start || m.start >= tokens[last - 1].end);
    st.tokenEntity[k] = -1;
  }
  return [first, last];
}

/** Byline authors are people; a mention the body pass made of part of the name is undone. */
export function addAuthors(st: Merge): void {
  const { byKey } = st;
  for (const a of st.ctx.structure.authors) {
    const span = claimSpan(st, a.start, a.end);
    if (!span) continue;
    const b = byKey.get(keyOf(a.text)) ?? newBuilder(st, a.text, 'person', 3, span[0], undefined, 'byline');
    b.type = 'person';
    b.author = true;
    b.role = b.role ?? 'Author';
    addMention(st, b, span[0], span[1], 'name');
  }
}

/** "the Russian foreign minister", "the president": a role noun refers back to the person holding that role. */
export const roleReference = {
  id: 'role-reference',
  description: 'A role noun ("the foreign minister") refers back to the person the article gave that role; an epithet or an age ("the veteran", "the 34-year-old") to the person just named.',
  examples: [
    { text: 'Foreign Minister Anja Berg arrived on Monday. The minister said little.', name: 'The minister', type: 'person' as const },
    // (A title of two words opening the sentence, its first word written in lower case later.)
    { text: 'Prime Minister Tarun Okeke visited the villages on Monday. The prime minister said little.', name: 'The prime minister', type: 'person' as const },
    { text: 'PM Tarun Okeke visited the villages on Monday. The prime minister said little.', name: 'The prime minister', type: 'person' as const },
    // (An office of two words whose first word is an office's too, in lower case: "the chief minister".)
    { text: 'Relief\n\nChief Minister Anil Rao urged the Centre to release the funds.\n\n"The people cannot be made to wait," the chief minister said.', name: 'the chief minister', type: 'person' as const },
    // (An epithet or an age describes whoever was just named, when no one else was.)
    { text: 'Veteran striker Rhys Colby scored twice. The Rovers veteran said it was his best day.', name: 'The Rovers veteran', type: 'person' as const },
    { text: 'Dana Ruiz, 34, won the sprint on Sunday. The 34-year-old said the track was fast.', name: 'The 34-year-old', type: 'person' as const },
    { text: 'Road works\n\nA community leader, Chief Tunde Okafor, urged the state to build drains.\n\n"Every year the road is washed away," the septuagenarian said.', name: 'the septuagenarian', type: 'person' as const },
    // (Not across a sentence that opens with someone unnamed: "the diplomat" is that one.)
    { text: 'Talks\n\nThe rebels\' spokesman, Aram Vell, said they wanted peace. A diplomat familiar with the talks, who asked not to be named, said both sides had left. "It is not going well," the diplomat said.', name: 'the diplomat', type: null },
    // (Who someone is in other copy, as it names them again: "the cleric", "the billionaire".)
    { text: 'Mosque reopens\n\nImam Karim Nasser led the first prayers on Friday. "The community built this together," the cleric said.', name: 'the cleric', type: 'person' as const },
    { text: 'Dana Ruiz scored twice on Sunday. "It is the best feeling," said the 31-year-old striker.', name: 'the 31-year-old striker', type: 'person' as const },
    // ("the former PE teacher says": "former" and a noun for someone's work, no office, as a speaker.)
    { text: 'Long Covid\n\nThree years on, Lena Vell still cannot walk to the end of her road.\n\n"People think I am exaggerating," the former PE teacher says.', name: 'the former PE teacher', type: 'person' as const },
    // (Or a word for who someone is after the age: "the 58-year-old farmer".)
    { text: 'Floods\n\nTomas Brink lost 200 sheep when the river burst.\n\nThe 58-year-old farmer said: "We will rebuild."', name: 'The 58-year-old farmer', type: 'person' as const },
    // (Of two people in the sentence before, its subject, when the other is named by a possessive alone.)
    { text: 'Rovers win\n\nRhys Colby then turned in Anil Rao\'s cross. "It is the stuff you dream about," said the 19-year-old.', name: 'the 19-year-old', type: 'person' as const },
    // (A nationality as a noun, the speaker's, describes the person just named.)
    { text: 'City coach Marta Vell was not impressed. "We switched off," the Dutchwoman said.', name: 'the Dutchwoman', type: 'person' as const },
    // (A party's member as a noun, the same way.)
    { text: 'Budget vote\n\nSenator Dana Ruiz disagreed. "This is a stunt," the Democrat said.', name: 'the Democrat', type: 'person' as const },
    { text: 'City manager Vikram Kelkar refused to blame his players. "We got punished," the former Wanderers defender admitted.', name: 'the former Wanderers defender', type: 'person' as const },
    // (Right after a quotation, past its own sentences, to the sentence before it.)
    { text: 'Derby\n\nCity manager Gary Vell was furious. "It is never a penalty. Never. He went down like he had been shot," the former Wanderers midfielder said.', name: 'the former Wanderers midfielder', type: 'person' as const },
    // (A side no rule names alone, "City", after "former".)
    { text: 'Rovers win\n\nRovers boss Dana Ruiz said: "They never stopped believing."\n\nThe former City midfielder added: "It is a special win."', name: 'The former City midfielder', type: 'person' as const },
    // (A noun for someone prominent, after lower-case words, speaking: the person just named, the
    // sentence's subject; an office only after "former".)
    { text: 'Trade\n\nRepublican nominee Tomas Brink doubled down on Monday. "We are going to bring the jobs back," the real estate developer told a rally.', name: 'the real estate developer', type: 'person' as const },
    { text: 'Trade\n\nHis rival, former Secretary of State Dana Ruiz, disagreed. "You cannot bully your way to prosperity," the former senator said.', name: 'the former senator', type: 'person' as const },
    { text: 'Trade\n\nRepublican nominee Tomas Brink attacked the media on Monday. "They are the most dishonest people," the GOP nominee said.', name: 'the GOP nominee', type: 'person' as const },
    // (Two or three words no rule named a body, or a body and its faction's initials in brackets.)
    { text: 'Flood panel\n\nOpposition leader Ravi Kelkar called the plan "a farce".\n\n"Reports gather dust," the Janata Vikas legislator said.', name: 'the Janata Vikas legislator', type: 'person' as const },
    { text: 'Flood panel\n\nOpposition leader Ravi Kelkar of the Harlow Vikas Party (HVP) called the plan "a farce".\n\n"Reports gather dust," the HVP (R) legislator said.', name: 'the HVP (R) legislator', type: 'person' as const },
    // (Or right before the epithet: "the City veteran".)
    { text: 'City win\n\nTomas Brink, 31, said he had almost left in the summer. "I thought my time here was done," the City veteran admitted.', name: 'the City veteran', type: 'person' as const },
    // (The sentence before, a paragraph of its own, names one person: whoever the one before it named.)
    { text: 'Rovers lose\n\nStriker Rhys Colby scored early for Town.\n\nRovers manager Colm Brady was left to rue missed chances.\n\n"We should have been out of sight," the former Wanderers defender said.', name: 'the former Wanderers defender', type: 'person' as const },
    // (A seat and its member's initials, for the person just named, whatever role the article gave.)
    { text: 'Waiting lists\n\nThe party\'s health spokesperson, Aoife Quinn, said patients had heard it all before.\n\n"We have had plan after plan," the Foyle MLA said.', name: 'the Foyle MLA', type: 'person' as const },
    // (A country before the epithet; and a byline between the naming and the epithet names no one.)
    { text: 'Town beaten\n\nTown manager Karim Nasser rued the collapse.\n\n"We switched off," said the former Wales defender.', name: 'the former Wales defender', type: 'person' as const },
    { text: 'Rovers hail comeback\n\nBy Rhys Colby\n\nRovers manager Tomas Brink praised his side.\n\nThe Rovers boss said: "They showed magnificent spirit."', name: 'The Rovers boss', type: 'person' as const },
    // ("the 58-year-old mother of three, who ..., added": an age, a noun for a person and a
    // relative clause before the verb.)
    { text: 'Harbour forum\n\nCouncillor Lena Early said the plan would be decided on its merits.\n\nThe 58-year-old mother of three, who chairs the forum, added: "I understand the worries."', name: 'The 58-year-old mother of three', type: 'person' as const },
    // (Of two people in the sentence before, its subject, when the other is an object there:
    // "beating Karim Nasser"; the subject may follow a description, "The Kiwi veteran".)
    { text: 'Quarter-finals\n\nThe Kiwi veteran Rhys Colby also advanced, beating Karim Nasser in straight sets.\n\n"My body feels good for once," said the 34-year-old.', name: 'the 34-year-old', type: 'person' as const },
    // (Not the one named after a description that opens the sentence before, its subject: either
    // may be the one the age describes.)
    { text: 'Rovers recover\n\nOpener Tomas Brink hit his first century in three years.\n\nThe former Test batter, dropped by his county last summer, put on 160 for the sixth wicket with all-rounder Karim Nasser.\n\n"It has been a long time coming," the 33-year-old said.', name: 'the 33-year-old', type: null },
    // (Rugby's and cricket's positions too: "the flanker said", "said the paceman".)
    { text: 'Derby lost\n\nQuarrow captain Anil Rao was left frustrated. "We had the game won and we let it slip," the flanker said.', name: 'the flanker', type: 'person' as const },
    // (One capped by a country, "the former Wales international", at the end of its phrase only:
    // "the international relief fund" is no one.)
    { text: 'Town beaten\n\nTown manager Lena Early was left fuming.\n\n"It was a clear foul," the former Wales international said.', name: 'the former Wales international', type: 'person' as const },
    { text: 'Aid talks\n\nEnvoy Karim Nasser flew to Harlow on Monday. "We need help," the international relief fund was told.', name: 'the international', type: null },
    // ("the Town manager": the one who runs a side by their role, "Town boss", when the sentence
    // before names others too; not the other side's manager.)
    { text: 'Rovers stun leaders\n\nQuarrow Rovers 2 Harlow Town 1\n\nRovers manager Dana Ruiz praised her side.\n\nTown boss Colm Brady was furious with the defending.\n\nBrady confirmed that Anil Rao had gone to hospital.\n\n"He was a bit dazed," the Town manager said.', name: 'the Town manager', type: 'person' as const },
    // (A judge by the title "Justice".)
    { text: 'Land case\n\nA bench headed by Justice Tarun Okeke heard the petition.\n\n"How can state land be handed over without an auction?" the judge remarked.', name: 'the judge', type: 'person' as const },
    // ("the manager", "the coach" too; someone the article gave another role is not described.)
    { text: 'Talks on the transfer\n\nCity made an offer for Tomas Brink on Monday.\n\nBrink, who was driven home by chief executive Dana Ruiz, said nothing.\n\nThe manager later told the Harlow Echo: "There has been no approach."', name: 'The manager', type: 'person' as const },
  ],
};

/**
 * Nouns that describe rather than give an office ("the veteran", "the skipper"): they refer back
 * only to someone whose role has the word ("veteran striker Rhys Colby").
 */
/** Nouns for someone prominent that are epithets too, for the person just named: "the billionaire said". */
const PROMINENT_PEOPLE = ['billionaire', 'tycoon', 'businessman', 'businesswoman', 'entrepreneur', 'lawmaker', 'singer', 'actor', 'actress', 'novelist'];
const EPITHETS = new Set(['veteran', 'skipper', 'youngster', 'newcomer', 'incumbent', 'challenger', 'champion', 'rookie', 'debutant', 'teenager',
  // A player's position, the sports desk's way to name again someone just named: "the former Rovers defender".
  'defender', 'striker', 'midfielder', 'goalkeeper', 'winger', 'forward', 'playmaker', 'centre-back', 'full-back', 'batsman', 'bowler',
  'all-rounder', 'opener', 'fly-half', 'scrum-half', 'quarterback', 'pitcher', 'shortstop', 'boss', 'manager', 'coach',
  // (and rugby's, cricket's and football's other positions: "the flanker said", "the paceman".)
  'flanker', 'hooker', 'keeper', 'wicketkeeper', 'spinner', 'paceman', 'seamer',
  'centre-half', 'left-back', 'right-back', 'wing-back',
  // (One capped by a country's side: "the former Wales international said".)
  'international',
  // (And who someone is in other copy, as it names them again: "the cleric said", "the tycoon added".)
  'monarch', 'cleric', 'legislator', 'envoy', 'diplomat', 'campaigner', ...PROMINENT_PEOPLE,
  // (And an age by its decade, as West African and British copy names again the one just named: "the septuagenarian said".)
  'sexagenarian', 'septuagenarian', 'octogenarian', 'nonagenarian', 'centenarian']);
/** Epithets that are adjectives too: one names someone only at its phrase's end ("the international said", not "the international relief fund"). */
const ADJECTIVE_EPITHETS = new Set(['international', 'veteran', 'incumbent', 'rookie', 'champion']);
/** Words a subject's noun may meet before its verb of saying: "the international, who ...", "the veteran was". */
const AFTER_SUBJECT = new Set(['was', 'is', 'has', 'had', 'who', 'will', 'would', 'could', 'can', 'also', 'then', 'later']);
/** The epithet at j names someone (ADJECTIVE_EPITHETS): punctuation, a verb (of saying in the past or present) or a noun for someone follows it, not "the international order". */
const endsPhrase = (tokens: readonly Token[], j: number): boolean => {
  const nx = tokens[j + 1];
  return !nx || nx.kind !== 'word' || nx.text !== nx.lower || AFTER_SUBJECT.has(nx.lower) || (SPEECH_VERBS.has(nx.lower) && /(?:ed|s|said|told)$/.test(nx.lower))
    // (Or a noun for someone it describes: "the veteran singer".)
    || PROMINENT.has(nx.lower) || EPITHETS.has(nx.lower);
};
/** Words before a naming that make it the object of a contest: "beat Nasser", "against Nasser". */
const CONTEST_BEFORE = new Set(['beat', 'beats', 'against', 'over', 'past']);
/** Words before a naming that make it no object of the sentence's verb: a co-subject or an agent. */
const NOT_OBJECT_BEFORE = new Set(['and', 'or', 'with', 'by', 'nor']);
/** Epithets for whoever runs a side: one of them in someone's role makes them one. */
const SIDE_OFFICES = new Set(['manager', 'coach', 'boss']);
const NO_WORDS: ReadonlySet<string> = new Set();
/** A role's words hold one of SIDE_OFFICES: "Town boss", "Rovers manager". */
function holdsSideOffice(words: ReadonlySet<string>): boolean {
  for (const w of SIDE_OFFICES) if (words.has(w)) return true;
  return false;
}
/** A role's words hold a title but none of SIDE_OFFICES: "chief executive", "striker". */
const otherOffice = (words: ReadonlySet<string>): boolean => [...words].some((w) => TITLE_HEADS.has(w)) && !holdsSideOffice(words);

/** The words of a role as the article gives it, with its office's initials and their words: "Chief Minister" is also "the CM", "PM" the prime minister. */
function officeWords(role: string): ReadonlySet<string> {
  const known = OFFICE_WORDS_SEEN.get(role);
  if (known) return known;
  if (OFFICE_WORDS_SEEN.size >= 2000) OFFICE_WORDS_SEEN.clear();
  const words = new Set(role.split(/[^\p{L}.-]+/u).filter(Boolean).flatMap((w) => (SPELLED_OFFICES[w] ? [w, ...SPELLED_OFFICES[w].split(' ')] : [w])));
  for (const [initials, spelled] of Object.entries(SPELLED_OFFICES)) {
    if (spelled.split(' ').every((w) => words.has(w)) && role.includes(spelled)) words.add(initials);
  }
  // ("Justice Tarun Okeke ... the judge remarked": a judge's title, not a justice minister's.)
  if (/^(?:chief )?justice$/i.test(role)) words.add('judge');
  OFFICE_WORDS_SEEN.set(role, words);
  return words;
}

/** officeWords' answers by role (roles recur: "President", "Foreign Minister"), cleared when large. */
const OFFICE_WORDS_SEEN = new Map<string, ReadonlySet<string>>();

/** Nouns for a person after an age, with the gender each gives: "the 58-year-old mother of three". */
const AGED_NOUNS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['man', 'male'], ['woman', 'female'], ['mother', 'female'], ['father', 'male'], ['grandmother', 'female'], ['grandfather', 'male'], ['mum', 'female'],
  ['dad', 'male'], ['widow', 'female'], ['widower', 'male'], ['wife', 'female'], ['husband', 'male'], ['son', 'male'], ['daughter', 'female'], ['pensioner', null],
]);
/** Most tokens of a relative clause between an age's noun and its speech verb. */
const RELATIVE_REACH = 20;

/** Nouns for someone prominent that copy uses to name again the person just named: "the billionaire", "the former senator" (beside EPITHETS, read before them). */
const PROMINENT = new Set(['nominee', 'candidate', 'frontrunner', 'front-runner', 'senator', 'congressman', 'congresswoman', 'governor',
  'mogul', 'developer', 'star', 'rapper', 'author', 'director', 'filmmaker', 'comedian', 'legend', 'icon', ...PROMINENT_PEOPLE]);

/** Those of them that place the epithet in the past: "the former Wanderers defender". */
const PAST_MODIFIERS = new Set(['former', 'ex', 'ex-', 'one-time', 'onetime']);

/**
 * The person's last naming before token i opens its clause, after their title perhaps ("Republican
 * nominee Tomas Brink doubled down", "His rival, former Secretary of State Dana Ruiz, said"): not
 * an object ("he found Brink charming", whom an epithet after it rarely names).
 */
function namedAsSubject(tokens: readonly Token[], tokenEntity: ArrayLike<number>, person: Builder, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokenEntity[k] !== person.index) k--;
  while (k > 0 && tokenEntity[k - 1] === person.index) k--;
  let p = k - 1;
  while (p >= 0 && tokens[p].kind === 'word' && (isCapWord(tokens[p]) || TITLE_WORDS.has(tokens[p].lower) || tokens[p].lower === 'of' || EPITHET_MODIFIERS.has(tokens[p].lower))) p--;
  return k >= 0 && (p < 0 || tokens[p].sentence !== tokens[k].sentence || tokens[p].text === ',' || tokens[p].lower === 'and' || tokens[p].lower === 'but');
}

/**
 * After "the" at i, up to three words in lower case and a noun for someone prominent, the subject
 * of a speech verb right after it or the inverted speaker after one before "the": the token
 * after the noun; else -1.
 */
function speakingEpithet(tokens: readonly Token[], tokenEntity: ArrayLike<number>, i: number, end: number): number {
  let past = false;
  for (let j = i + 1; j < Math.min(end, i + 5); j++) {
    const t = tokens[j];
    // ("the former PE teacher": after "former", one capitalised word of what someone taught or served.)
    const capital = t.text !== t.lower || tokenEntity[j] >= 0;
    if (t.kind !== 'word' || (capital && !(past && j + 1 < end && tokens[j + 1].text === tokens[j + 1].lower))) return -1;
    if (PAST_MODIFIERS.has(t.lower)) past = true;
    // ("the former teacher says": after "former", a noun for someone's work, no office; "the
    // former president" is whoever held it, not the one just named.)
    if (capital || !(PROMINENT.has(t.lower) || (past && humanNoun(t.lower) && !TITLE_HEADS.has(t.lower) && !ROLE_NOUNS.has(t.lower)))) continue;
    return speaksAt(tokens, i, j) ? j + 1 : -1;
  }
  return -1;
}

/** The noun at j, after "the" at i, is the subject of a speech verb right after it, or the inverted speaker after one before "the". */
function speaksAt(tokens: readonly Token[], i: number, j: number): boolean {
  const next = tokens[j + 1];
  return (!!next && SPEECH_VERBS.has(next.lower) && next.text === next.lower) || (i > 0 && SPEECH_VERBS.has(tokens[i - 1].lower) && (!next || next.kind === 'punct'));
}

/**
 * A person whose role names another body than `body`: a capitalised word of it is a word of
 * another organisation's name and none of `body`'s ("Athletic manager", of Harlow Athletic,
 * against the Quarrow Town of "the Quarrow veteran"), or a name of any kind that is no title's,
 * portfolio's or nationality's word ("Harlow coach" against "the Wanderers veteran"), unless the
 * epithet is of the past (`former`: "the former Wanderers defender" may manage City now).
 */
function roleOfOtherBody(person: Builder, body: Builder, builders: readonly Builder[], former: boolean): boolean {
  if (!person.role || body.type !== 'organization') return false;
  const own = new Set(body.name.toLowerCase().split(/\s+/));
  const words = person.role.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  if (words.some((w) => own.has(w))) return false;
  return !former && (words.some((w) => !TITLE_WORDS.has(w) && !ROLE_NOUNS.has(w) && !PORTFOLIO_WORDS.has(w) && !DEMONYMS.has(w) && !FUNCTION_WORDS.has(w))
    || words.some((w) => builders.some((b) => b !== body && b.type === 'organization' && b.name.toLowerCase().split(/\s+/).includes(w))));
}

/**
 * The office's word at j is the first of an office of two words: capitalised, "the Chief Minister
 * said" (a third capitalised word would make them a title before a name); or in lower case, the
 * second an office's word too, "the chief minister said", "the prime minister".
 */
function officeOfTwo(tokens: readonly Token[], tokenEntity: ArrayLike<number>, j: number, end: number): boolean {
  const nx = tokens[j + 1];
  if (!nx || j + 1 >= end || tokenEntity[j + 1] >= 0) return false;
  if (isCapWord(nx) && isCapWord(tokens[j])) return ROLE_NOUNS.has(nx.lower) && !isCapWord(tokens[j + 2] ?? nx);
  return nx.kind === 'word' && nx.text === nx.lower && tokens[j].text === tokens[j].lower && (ROLE_NOUNS.has(nx.lower) || TITLE_HEADS.has(nx.lower));
}

/** The prominent epithet at i (speakingEpithet) a mention of the person just named, when they opened their sentence; an office only after "former" or one they hold. */

function prominentEpithet(st: Merge, i: number, sentenceEnd: number, lastPersonNamed: (i: number) => Builder | undefined, roleWords: ReadonlyMap<Builder, ReadonlySet<string>>, at = -1): void {
  const { tokens } = st.ctx;
  const end = at >= 0 ? (speaksAt(tokens, i, at) ? at + 1 : -1) : speakingEpithet(tokens, st.tokenEntity, i, sentenceEnd);
  const person = end > 0 ? lastPersonNamed(i) : undefined;
  if (!person || !namedAsSubject(tokens, st.tokenEntity, person, i)) return;
  const head = tokens[end - 1].lower;
  const former = tokens.slice(i + 1, end - 1).some((t) => EPITHET_MODIFIERS.has(t.lower));
  if (!TITLE_HEADS.has(head) || former || (roleWords.get(person) ?? NO_WORDS).has(head)) addMention(st, person, i, end, 'role');
}

/**
 * The one person who runs a side, as their role says ("Town boss Colm Brady", "Rovers manager
 * Dana Ruiz"), that "the Town manager" may name: of `holders` (with their roles' words), named
 * before `before` (lastStartBefore), their role names no side but `side` (the word before the
 * epithet), and no other such person does.
 */
function sideOfficeHolder(holders: readonly Builder[], roleWords: ReadonlyMap<Builder, ReadonlySet<string>>, lastStartBefore: (b: Builder, pos: number) => number, side: string | null, before: number): Builder | undefined {
  let found: Builder | undefined;
  for (const b of holders) {
    const words = roleWords.get(b)!;
    if (!holdsSideOffice(words) || lastStartBefore(b, before) < 0) continue;
    const bodies = b.role!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()));
    if (bodies.some((w) => w.toLowerCase() !== side)) continue;
    if (found) return undefined;
    found = b;
  }
  return found;
}

/** The naming at token k opens sentence s: its first token, or after a determiner or a title and up to three words naming no one ("The Kiwi veteran Rhys Colby"). */
function opensSentenceAt(st: Merge, s: number, k: number): boolean {
  const { tokens } = st.ctx;
  const first = st.ctx.structure.sentences[s].firstToken;
  if (k === first) return true;
  // (Or after its title: "Manager Carlos Reyes said ...".)
  if (k < 0 || k - first > 4 || !(OPENING_DETERMINERS.has(tokens[first].lower) || TITLE_WORDS.has(tokens[first].lower))) return false;
  for (let j = first + 1; j < k; j++) if (tokens[j].kind !== 'word' || st.tokenEntity[j] >= 0) return false;
  return true;
}

/** Sentence s opens with a description of a person, no one's name in it: "The former batter, ...", "A veteran of the club said". */
function describedOpener(st: Merge, s: number): boolean {
  const { tokens } = st.ctx;
  const first = st.ctx.structure.sentences[s].firstToken;
  if (!OPENING_DETERMINERS.has(tokens[first].lower)) return false;
  for (let j = first + 1; j < first + 6 && j < tokens.length; j++) {
    const t = tokens[j];
    // (A body's or a place's word may stand in it: "The former City midfielder".)
    if (t.kind !== 'word' || (st.tokenEntity[j] >= 0 && st.builders[st.tokenEntity[j]].type === 'person')) return false;
    if (t.text !== t.lower || !humanNoun(t.lower)) continue;
    // (Not a title before a name, "The veteran Rhys Colby", nor a name in apposition, "A trader
    // at the market, Mrs Ama Vell,".)
    if (isCapWord(tokens[j + 1] ?? t)) return false;
    let c = j + 1;
    while (c < j + 10 && c < tokens.length && tokens[c].kind === 'word') c++;
    for (let k = c + 1; k < c + 4 && k < tokens.length && tokens[c].text === ','; k++) if (st.tokenEntity[k] >= 0 && st.builders[st.tokenEntity[k]].type === 'person') return false;
    return true;
  }
  return false;
}

/** The first token of b's first naming in sentence s, or -1. */
function firstMentionIn(st: Merge, b: Builder, s: number): number {
  const sent = st.ctx.structure.sentences[s];
  for (let k = sent.firstToken; k < sent.endToken; k++) if (st.tokenEntity[k] === b.index) return k;
  return -1;
}

/** Every naming of b in tokens[from, to) follows a verb's form in "-ing" or "-ed", or a preposition of a contest, that makes it an object ("beating Karim Nasser", "against Nasser"; not "and", "with", "by", nor "what Nasser is trying"). */
function objectOnly(st: Merge, b: Builder, from: number, to: number): boolean {
  const { tokens } = st.ctx;
  let seen = false;
  for (let k = from + 1; k < to; k++) {
    if (st.tokenEntity[k] !== b.index || st.tokenEntity[k - 1] === b.index) continue;
    const p = tokens[k - 1];
    if (p.kind !== 'word' || p.text !== p.lower || NOT_OBJECT_BEFORE.has(p.lower) || !(/(?:ing|ed)$/.test(p.lower) || CONTEST_BEFORE.has(p.lower))) return false;
    seen = true;
  }
  return seen;
}

/** A member's initials in capitals ("MP", "MLA") after one to three capitalised words from j, closing the phrase: its token, or -1. */
function seatHolderAt(tokens: readonly Token[], j: number): number {
  let e = j;
  while (e < j + 3 && e < tokens.length && isCapWord(tokens[e]) && !SEAT_HOLDERS.has(tokens[e].lower)) e++;
  const t = tokens[e];
  return e > j && t && SEAT_HOLDERS.has(t.lower) && t.text === t.text.toUpperCase() && !(tokens[e + 1] && isCapWord(tokens[e + 1])) ? e : -1;
}

/** Every mention of `b` in tokens[from, to) after the first token is a possessive: "Rao's cross". */
function possessiveOnly(st: Merge, b: Builder, from: number, to: number): boolean {
  const { tokens } = st.ctx;
  for (let k = from + 1; k < to; k++) {
    if (st.tokenEntity[k] !== b.index || st.tokenEntity[k + 1] === b.index) continue;
    const nx = tokens[k + 1]?.text;
    if (nx !== "'s" && nx !== '’s') return false;
  }
  return true;
}

/** Past a relative clause between commas at k (", who ... ,"), at most RELATIVE_REACH tokens: the token after it; else k. */
function afterRelative(tokens: readonly Token[], k: number, end: number): number {
  if (tokens[k]?.text !== ',' || !/^(?:who|whose)$/.test(tokens[k + 1]?.lower ?? '')) return k;
  for (let e = k + 2; e < end && e <= k + RELATIVE_REACH; e++) if (tokens[e].text === ',') return e + 1;
  return k;
}

/**
 * After "the" at i, capitalised words at j no rule named, before an epithet: one after a modifier
 * ("the former City midfielder"), or one to three right after "the" ("the City veteran", "the
 * Janata Vikas legislator", a party no rule named). The token after them; else -1.
 */
function unnamedBeforeEpithet(tokens: readonly Token[], tokenEntity: ArrayLike<number>, i: number, j: number): number {
  if (!isCapWord(tokens[j])) return -1;
  if (j > i + 1) return EPITHET_MODIFIERS.has(tokens[j - 1].lower) ? j + 1 : -1;
  let e = j + 1;
  while (e < j + 3 && isCapWord(tokens[e]) && tokenEntity[e] < 0) e++;
  return EPITHETS.has(tokens[e]?.text ?? '') ? e : -1;
}

/** Past a faction's initials in brackets at j, after a party's name ("the HVP (R) legislator"): the token after them; else j. */
function afterBracketedInitials(tokens: readonly Token[], j: number): number {
  return tokens[j]?.text === '(' && /^\p{Lu}{1,6}$/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ')' ? j + 3 : j;
}

/** A person's naming of at most three tokens at j, right before an epithet in lower case: the epithet's token; else -1. */
function personBeforeEpithet(st: Merge, j: number): number {
  const org = st.tokenEntity[j] ?? -1;
  if (org < 0 || st.builders[org].type !== 'person') return -1;
  let e = j;
  while (e < j + 4 && st.tokenEntity[e] === org) e++;
  return st.tokenEntity[e] < 0 && EPITHETS.has(st.ctx.tokens[e]?.text ?? '') ? e : -1;
}

/**
 * "the 34-year-old" at i (the age's number at j), as a speaker: the person the age describes
 * (role-reference), with a word for who someone is after it ("the 58-year-old farmer", "the
 * 23-year-old winger"), found by `find` (whom the article gave the epithet) or `last` (the person
 * just named). Adds the mention.
 */
function agedMention(st: Merge, i: number, j: number, endToken: number, find: (head: string, mods: string[], before: number) => Builder | undefined, last: (i: number, epithet?: string) => Builder | undefined): void {
  const { tokens } = st.ctx;
  // ("the 58-year-old farmer": or a word for who someone is.)
  const noun = tokens[j + 3]?.text ?? '';
  let end = EPITHETS.has(noun) || (PRE_NAME_TITLES.has(noun) && noun === noun.toLowerCase() && !AGED_NOUNS.has(noun)) ? j + 4 : j + 3;
  // ("the 67-year-old retired postman said": a word or two in lower case, then a noun for a person.)
  const modified = end === j + 3 ? nounAfterModifiers(tokens, j + 3) : -1;
  end = modified > 0 ? modified + 1 : end;
  // ("the 58-year-old mother of three, who chairs the forum, added": a noun for a person,
  // of the gender its word gives, and "of" a number, then a relative clause between
  // commas before the verb.)
  const gender = end === j + 3 ? AGED_NOUNS.get(tokens[end]?.text ?? '') : modified > 0 ? AGED_NOUNS.get(tokens[modified].text) ?? undefined : undefined;
  if (gender !== undefined && modified < 0) {
    end++;
    if (tokens[end]?.lower === 'of' && CHILD_COUNT.test(tokens[end + 1]?.lower ?? '')) end += 2;
  }
  const verb = afterRelative(tokens, end, endToken);
  // (Any verb of speech after it, "thanked", "urged", "joked", as the attribution reads them.)
  if (isSpeechWord(tokens[verb]?.lower ?? '') || (i > 0 && SPEECH_VERBS.has(tokens[i - 1].lower) && !(tokens[end]?.text === ',' && tokens[end + 1] && isCapWord(tokens[end + 1])))) {
    // (The epithet's holder first: "the 23-year-old winger" after "Harlow Athletic winger
    // Tomas Brink" is Brink, whoever was named since.)
    const epithet = end === j + 4 ? tokens[j + 3].lower : '';
    const person = (epithet ? find(epithet, [], tokens[i].start) : undefined) ?? last(i, epithet);
    if (person && !(gender && person.gender && person.gender !== gender)) addMention(st, person, i, end, 'role');
  }
}

/**
 * One or two words in lower case from k, no verb of speech nor a word of grammar, then a noun for
 * a person ("retired postman", "former army nurse"): the noun's token; else -1.
 */
function nounAfterModifiers(tokens: readonly Token[], k: number): number {
  const plain = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && t.text === t.lower;
  for (let m = k; m < k + 2 && plain(tokens[m]) && !isSpeechWord(tokens[m].lower) && !FUNCTION_WORDS.has(tokens[m].lower); m++) if (plain(tokens[m + 1]) && (humanNoun(tokens[m + 1].lower) || EPITHETS.has(tokens[m + 1].lower))) return m + 1;
  return -1;
}

/** A quotation closes right before token i (a mark, perhaps a comma): what follows may be its speaker. */
const quoteJustBefore = (st: Merge, i: number): boolean => i >= 2 && (quotedAt(st.ctx, i - 1) || quotedAt(st.ctx, i - 2));

export function addRoleMentions(st: Merge): void {
  const { tokens, structure, structure: { sentences } } = st.ctx;
  const { builders, tokenEntity } = st;
  const roleHolders = builders.filter((b) => b.type === 'person' && b.role);
  const roleWords = new Map(roleHolders.map((b) => [b, officeWords(lowerWord(b.role!))]));
  // (The tokens "the", for described-reference after this rule.)
  const determiners: number[] = [];
  const mentionStarts = new Map(roleHolders.map((b) => [b, b.mentions.map((m) => m.start).sort((x, y) => x - y)]));
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (tokens[i].lower !== 'the') continue;
      determiners.push(i);
      let j = i + 1;
      // ("the former Rovers defender": a modifier before the body's name.)
      const premods: string[] = [];
      while (j < s.endToken && j < i + 3 && tokenEntity[j] < 0 && EPITHET_MODIFIERS.has(tokens[j].lower) && tokenEntity[j + 1] >= 0) premods.push(tokens[j++].lower);
      // ("the Rovers striker", "the Harbour Party leader": the body the role is in, skipped; not
      // words a rule took for a person's name before an epithet, "the Janata Vikas legislator".)
      const beforeEpithet = premods.length ? -1 : personBeforeEpithet(st, j);
      const org = beforeEpithet > 0 ? -1 : tokenEntity[j];
      const mods: string[] = [];
      // ("the Harlow North MP said": a seat, however read, then its member's initials, is the
      // member named before.)
      // (Not a body's, "the DUP MP": its member, matched through the body's words below.)
      if (!premods.length && isCapWord(tokens[j]) && (org < 0 || builders[org]?.type === 'person' || builders[org]?.type === 'place')) {
        const seat = seatHolderAt(tokens, j);
        // (Or the person just named, as an epithet names them: "The SDLP's Aoife Quinn said ...
        // "...," the Foyle MLA said".)
        const person = seat > 0 ? findByRole(tokens[seat].lower, [], tokens[i].start) ?? lastPersonNamed(i) : undefined;
        if (person && person.index !== org) { addMention(st, person, i, seat + 1, 'role'); continue; }
      }
      if (org >= 0) {
        // (Or the country or town: "the England captain", "the Quarrenby mayor".)
        if (builders[org]?.type !== 'organization' && builders[org]?.type !== 'place') continue;
        // (The body's words must be in the role the article gave: "the Foreign Office spokesman"
        // is no one named before unless the article gave that role.)
        while (j < s.endToken && j < i + 7 && tokenEntity[j] === org) mods.push(tokens[j++].lower);
        j = afterBracketedInitials(tokens, j);
        mods.push(...premods);
        // ("...," the Ulster Unionist said: a party's member named by the party's words is the
        // person just named, as "the Democrat said" is.)
        if (PARTY_NOUNS.has(mods[mods.length - 1]) && SPEECH_VERBS.has(tokens[j]?.lower ?? '')) {
          const person = lastPersonNamed(i);
          if (person) addMention(st, person, i, j, 'role');
          continue;
        }
      } else if (premods.length) continue;
      // ("the 34-year-old": an age, written as three tokens, describes whoever was just named.)
      // (Only as a speaker, `the 34-year-old said`, `said the 34-year-old`: elsewhere an age may
      // describe someone new, "stopped the 38-year-old from ...".)
      // ("the 31-year-old striker": an epithet after the age, in lower case, goes with it.)
      if (org < 0 && tokens[j]?.kind === 'number' && tokens[j + 1]?.text === '-' && tokens[j + 2]?.lower === 'year-old') {
        agedMention(st, i, j, s.endToken, findByRole, lastPersonNamed);
        continue;
      }
      // (Capitalised words no rule named, "the former City midfielder": only an epithet may follow.)
      let unnamed = beforeEpithet > 0;
      if (unnamed) j = beforeEpithet;
      while (j < s.endToken && j < i + 8 && tokens[j].kind === 'word' && tokenEntity[j] < 0) {
        const lw = tokens[j].lower;
        // (Lower case: a newspaper named "The Striker" is a name.)
        const epithet = EPITHETS.has(lw) && tokens[j].text === lw && (!ADJECTIVE_EPITHETS.has(lw) || endsPhrase(tokens, j));
        if (ROLE_NOUNS.has(lw) || TITLE_HEADS.has(lw) || epithet) {
          // "the head of the X, Name" and "the minister Sergei Lavrov" are titles, not back-references.
          const nx = tokens[j + 1];
          if (!unnamed && !epithet && officeOfTwo(tokens, tokenEntity, j, s.endToken)) { mods.push(lw); j++; continue; }
          if (nx && (isCapWord(nx) || nx.lower === 'of')) break;
          if (unnamed && !epithet) break;
          // ("the Quarrow veteran" after "Rhys Colby, the Athletic manager": an epithet of one
          // body is no one whose role names another.)
          const named = epithet ? lastPersonNamed(i, lw) : undefined;
          const person = (unnamed ? undefined : findByRole(lw, mods, tokens[i].start)) ?? (named && !(org >= 0 && roleOfOtherBody(named, builders[org], builders, premods.some((m) => PAST_MODIFIERS.has(m)))) ? named : undefined)
            ?? (epithet && SIDE_OFFICES.has(lw) ? sideOfficeHolder(roleHolders, roleWords, lastStartBefore, unnamed ? tokens[j - 1].lower : mods.find((m) => !TITLE_WORDS.has(m)) ?? null, tokens[i].start) : undefined);
          if (person) addMention(st, person, i, j + 1, 'role');
          // ("the GOP nominee said": a body's word before a noun for someone prominent no role gives.)
          else if (org >= 0 && PROMINENT.has(lw)) prominentEpithet(st, i, s.endToken, lastPersonNamed, roleWords, j);
          break;
        }
        // ("We switched off," the Dutchwoman said; said the Argentine: a nationality as a noun,
        // the speaker's, describes the person just named, of the gender its word gives; so does a
        // party's member, "the Democrat said".)
        if (org < 0 && (DEMONYMS.has(lw) || PARTY_NOUNS.has(lw)) && isCapWord(tokens[j]) && (SPEECH_VERBS.has(tokens[j + 1]?.lower ?? '') || (i > 0 && SPEECH_VERBS.has(tokens[i - 1].lower) && tokens[j + 1]?.kind === 'punct'))) {
          const person = lastPersonNamed(i);
          const gender = /woman$/.test(lw) ? 'female' : /man$/.test(lw) ? 'male' : null;
          if (person && !(gender && person.gender && person.gender !== gender)) addMention(st, person, i, j + 1, 'role');
          break;
        }
        const past = org < 0 && !unnamed ? unnamedBeforeEpithet(tokens, tokenEntity, i, j) : -1;
        if (past > 0) { unnamed = true; j = past; continue; }
        // ("the ex-Wales defender": a side, a country or a body once played for, joined to "ex-".)
        if (!(DEMONYMS.has(lw) || TITLE_WORDS.has(lw) || isKnownPlace(tokens[j].text) || /^ex-\p{Lu}/u.test(tokens[j].text))) break;
        if (TITLE_WORDS.has(lw)) mods.push(lw);
        j++;
      }
      // ("... ," the real estate developer told a rally; said the former senator: a noun for
      // someone prominent, after lower-case words perhaps, speaking, names the person just named
      // when no one else was; an office, only after "former" or one the person holds.)
      if (tokenEntity[i] < 0) prominentEpithet(st, i, s.endToken, lastPersonNamed, roleWords);
    }
  }
  // ("the widow said", "the Labour councillor said": any other description of a person speaking.)
  addDescribedMentions(st, { person: lastPersonNamed, roleWords: (b) => roleWords.get(b) ?? NO_WORDS, subject: (b, i) => namedAsSubject(tokens, tokenEntity, b, i) }, determiners);


  function findByRole(head: string, mods: string[], before: number): Builder | undefined {
    let best: Builder | undefined;
    let bestPos = -1;
    for (const b of roleHolders) {
      const words = roleWords.get(b)!;
      if (!words.has(head) || !mods.every((m) => words.has(m))) continue;
      const last = lastStartBefore(b, before);
      if (last > bestPos) { best = b; bestPos = last; }
    }
    return best;
  }

  /**
   * The person an epithet before token i describes ("the veteran", "the 34-year-old"): the one
   * named in the two sentences before, when no one else is named there, or the subject opening
   * that sentence when the other is named by a possessive alone ("Colby turned in Rao's cross").
   * (Not in its own sentence: a quotation there names others, `"Dana is a leader," said the
   * 46-year-old`.)
   */
  function lastPersonNamed(i: number, epithet = ''): Builder | undefined {
    const sentence = tokens[i].sentence;
    let found: Builder | undefined;
    // (The sentence before first, in its paragraph or the one before: someone named there alone
    // is the one described, whoever the sentence before it named. "Rovers manager Colm Brady was
    // left to rue his chances." then "'We should have won,' the former Wanderers defender said.")
    // (Two sentences of the body: a byline, a headline or a caption between names no one; right
    // after a quotation, the epithet its speaker's, not the quotation's sentences either.)
    let seen = 0;
    for (let s = sentence - 1, afterQuote = quoteJustBefore(st, i); s >= 0 && s >= sentence - (afterQuote ? 6 : 4) && seen < 2 && !found; s--) {
      const f = furnitureAt(structure.furniture, sentences[s].start);
      // (A dateline opening the sentence leaves the rest of it the body's: "KELBY -- When ..., Tomas Brink was asleep".)
      if ((f && f.kind !== 'list-item' && !(f.kind === 'dateline' && f.end < sentences[s].end)) || (afterQuote && quotedAt(st.ctx, sentences[s].firstToken) && quotedAt(st.ctx, sentences[s].endToken - 1))) continue;
      seen++;
      let others = false;
      for (let k = sentences[s].endToken - 1; k >= sentences[s].firstToken && k >= i - 120; k--) {
        const b = tokenEntity[k] >= 0 ? builders[tokenEntity[k]] : undefined;
        // (Not one named inside a quotation: the speaker names them.)
        if (!b || b.type !== 'person' || quotedAt(st.ctx, k)) continue;
        // (Someone the article gave another office is not whom "the manager" describes: after
        // "chief executive Dana Ruiz", the manager is someone else.)
        if (SIDE_OFFICES.has(epithet) && otherOffice(roleWords.get(b) ?? NO_WORDS)) continue;
        // ("Colby then turned in Rao's cross": of two people, the one opening the sentence, its
        // subject, when the other is named only by a possessive or as an object, "The veteran
        // Rhys Colby advanced, beating Karim Nasser".)
        if (found && found !== b) {
          let ks = k;
          while (ks > sentences[s].firstToken && tokenEntity[ks - 1] === tokenEntity[k]) ks--;
          if (!opensSentenceAt(st, s, ks) || !(possessiveOnly(st, found, sentences[s].firstToken, sentences[s].endToken) || objectOnly(st, found, sentences[s].firstToken, sentences[s].endToken))) return undefined;
          others = true;
        }
        found = b;
      }
      // (Not one named after another who opens that sentence, nor after a description opening it,
      // whom the epithet may describe as well: "The former batter, dropped, put on 160 with Kamal Vey.")
      // (Nor anyone named before a sentence that opens with a description of someone unnamed:
      // "A diplomat familiar with the talks said ... "...," the diplomat said" is the diplomat.)
      if (found ? !opensSentenceAt(st, s, firstMentionIn(st, found, s)) && (others || describedOpener(st, s)) : describedOpener(st, s)) return undefined;
    }
    return found;
  }

  /** The start of the builder's last mention before `pos`, or -1 (its starts are kept sorted). */
  function lastStartBefore(b: Builder, pos: number): number {
    const starts = mentionStarts.get(b)!;
    const i = countBefore(starts, (s) => s < pos);
    return i > 0 ? starts[i - 1] : -1;
  }
}
