// Rule described-reference: a definite description of a person as a speaker ("the widow said",
// "said the grandfather of four", "the Labour councillor said") names again the person just
// named, where its words agree with them. Copy names someone once in full and then describes
// them; an editor reads "the widow" as the woman of the sentence before, and so should the tool.
import { DEMONYMS, isKnownPlace, isSpeechWord, PORTFOLIO_WORDS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, worldNameGender } from '../lexicon/lexicon';
import { CHILD_COUNT, countedKin, HUMAN_NOUNS, humanWord } from '../lexicon/people';
import { FEMALE_WORDS, MALE_WORDS, namingGender } from './gender';
import { countBefore } from '../text/search';
import { addMention, type Builder, type Merge } from './merge';
import { EPITHET_MODIFIERS, FUNCTION_WORDS, PARTY_NOUNS, SEAT_HOLDERS } from './words';
import type { Token } from '../types';
import { isCapWord } from '../text/words';

export const describedReference = {
  id: 'described-reference',
  description: 'A definite description of a person as a speaker ("the widow said", "said the grandfather of four", "the Labour councillor said") names the person just named, when its words agree with them: its word of gender, and any office it names their role gives; not when someone else was described between.',
  examples: [
    { text: 'Market fire\n\nA trader at the market, Mrs Ama Asantewaa, said she lost everything.\n\n"Nobody came to help us," the widow said.', name: 'the widow', type: 'person' as const },
    { text: 'Shop saved\n\nFormer owner Rhys Colby, 71, was delighted.\n\n"My parents ran it before me," said the grandfather of four.', name: 'the grandfather of four', type: 'person' as const },
    { text: 'Bypass row\n\nCouncillor Lena Early disagreed on Monday.\n\n"We have waited thirty years," the Harbour Party councillor said.', name: 'the Harbour Party councillor', type: 'person' as const },
    // (A member's style, "Hon.", attests a seat; any name before the member's noun is the seat.)
    { text: 'Levy\n\nCommittee chairperson Hon. Dana Ruiz said the increase would hurt families.\n\n"We cannot keep going back to the same pocket," the Harlow-East MP said.', name: 'the Harlow-East MP', type: 'person' as const },
    // (A modifier in lower case before the body: "the senior Harbour Party leader".)
    { text: 'Walkout\n\nOpposition leader Tarun Okeke led the walkout.\n\n"They are looting farmers," the senior Harbour Party leader told reporters.', name: 'the senior Harbour Party leader', type: 'person' as const },
    // (A parliament's member: a minister sits in it.)
    { text: 'Waiting lists\n\nThe Health Minister, Dana Ruiz, accepted the findings.\n\n"Our health service is in crisis," the Harbour Party MLA said.', name: 'the Harbour Party MLA', type: 'person' as const },
    // (A lawyer by any of the law\'s titles: "Advocate", "counsel".)
    { text: 'Missing man\n\nHer counsel, Advocate Anil Rao, addressed the court.\n\n"Nobody has told the family where he is," the lawyer argued.', name: 'the lawyer', type: 'person' as const },
    // (A country's leader: its president, prime minister or premier.)
    { text: 'Talks\n\nFor his part, Prime Minister Karim Nasser said the railway had helped.\n\n"The railway has changed our lives," the Laos leader said.', name: 'the Laos leader', type: 'person' as const },
    // (Or the subject opening its sentence, of whoever opened the sentence before.)
    { text: 'Charity climb\n\nAma Asantewaa, from Harlow, reached the top of the hill.\n\nThe pensioner, who has had two new hips, has raised £12,000.', name: 'The pensioner', type: 'person' as const },
    { text: 'Crash\n\nPolice named the driver as Ama Asantewaa.\n\nThe pensioner, who was walking his dog, was hit.', name: 'The pensioner', type: null },
    // (Past an aside of where they are from or their age, between commas.)
    { text: 'Haircut row\n\nJade Varrow, 29, said the school had gone too far.\n\nThe mum-of-three, from Quarleby, South Velks, said: "It is a haircut, not a crime."', name: 'The mum-of-three', type: 'person' as const },
    // (A mum is no man.)
    { text: 'Haircut row\n\nTomas Brink, 29, said the school had gone too far.\n\nThe mum said: "It is a haircut, not a crime."', name: 'The mum', type: null },
    // (Not an office the person does not hold: the minister is someone else.)
    { text: 'Floods\n\nFarmer Tomas Brink lost 200 sheep.\n\n"We are sending help," the minister said.', name: 'the minister', type: null },
    // (Nor an office another word of which the role lacks: the prime minister is no junior health minister.)
    { text: 'Resignation\n\nJunior health minister Tomas Brink resigned on Monday.\n\n"He has done the right thing," the prime minister said.', name: 'the prime minister', type: null },
    // (Not a word of the other gender.)
    { text: 'Floods\n\nTomas Brink lost 200 sheep.\n\n"We will rebuild," the widow said.', name: 'the widow', type: null },
    // (Not when someone was described since: "a neighbour" is whom "the neighbour" names.)
    { text: 'Fire\n\nPolice named the victim as Rita Quellan. A neighbour raised the alarm.\n\n"She was lovely," the neighbour said.', name: 'the neighbour', type: null },
  ],
};

/** Most words between "the" and the description's noun: "the senior Harbour Party leader". */
const DESCRIPTION_WORDS = 5;
/** How many tokens back from the description a described person is looked for (the reach of the person just named). */
const BETWEEN_REACH = 120;
/** Determiners that introduce someone new: "a neighbour", "one resident". */
const INTRODUCING = new Set(['a', 'an', 'one', 'another']);
/** Words for a lawyer, any of which the role may give: "Advocate Anil Rao" is "the lawyer". */
const LAWYERS = new Set(['lawyer', 'counsel', 'advocate', 'attorney', 'solicitor', 'barrister']);
/** Words for one who speaks for a body, any of which the role may give. */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** Offices whose holder is a country's or a party's "leader": "the Laos leader said" after "Prime Minister ...". */
const LEADERS = new Set(['president', 'premier', 'prime', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'taoiseach', 'chairman', 'chairwoman']);
/** The style of a member of a parliament in Commonwealth and West and East African copy: "Hon. Wanjiru Kamau" is "the MP". */
const HONOURABLE = ['hon', 'hon.', 'honourable', 'honorable'];
/** Roles whose holder sits in a parliament, so is "the MLA", "the MP": a member's initials, a minister. */
const MEMBERS = new Set([...SEAT_HOLDERS, 'minister', 'legislator', 'lawmaker', ...HONOURABLE]);
/** Roles whose holder is "the lawmaker", "the legislator". */
const LAWMAKERS = new Set([...SEAT_HOLDERS, 'legislator', 'lawmaker', 'senator', 'congressman', 'congresswoman', 'representative', 'assemblyman', 'assemblywoman', 'delegate', ...HONOURABLE]);

interface Description {
  readonly head: string;
  readonly end: number;
  /** "Of" a number after the noun: "the mother of three". */
  readonly counted: boolean;
  /** A "person" the description's words were read as ("the Liberal Democrat"): its mention there is the description's. */
  readonly absorbs: Builder | null;
}

/**
 * After "the" at i: lower-case modifiers, names of bodies or places, and a noun for a person,
 * with "of" and a count after it ("the mother of three"), within DESCRIPTION_WORDS; null when a
 * person's name, a number or any other word comes first.
 */
function descriptionAt(st: Merge, i: number, end: number): Description | null {
  const { tokens } = st.ctx;
  for (let j = i + 1; j < end && j <= i + DESCRIPTION_WORDS; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') return null;
    const e = st.tokenEntity[j];
    if (e >= 0) {
      const b = st.builders[e];
      if (b.type !== 'person') continue;
      // ("the Liberal Democrat said": a party's member, its words read as a name.)
      let k = j;
      while (k < end && st.tokenEntity[k] === e) k++;
      return PARTY_NOUNS.has(tokens[k - 1].lower) ? { head: tokens[k - 1].lower, end: k, counted: false, absorbs: b } : null;
    }
    const lw = t.lower;
    // (A capitalised word no rule made a name: a place or a people, "the Harlow councillor", "the Irish minister".)
    // (A member's initials, "the Harlow MLA", are its noun.)
    const initials = t.text !== lw && t.text.length <= 4 && t.text === t.text.toUpperCase() && personNoun(lw);
    if (t.text !== lw && !initials) {
      // (Any name before a member's noun is the seat: "the Kiharu-East MP".)
      if (!isKnownPlace(t.text) && !DEMONYMS.has(lw) && !SEAT_HOLDERS.has(tokens[j + 1]?.lower ?? '')) return null;
      continue;
    }
    if (personNoun(lw)) {
      // ("the police officer": a noun for people before the one that heads the phrase.)
      const nx = tokens[j + 1];
      if (nx && j + 1 < end && nx.kind === 'word' && nx.text === nx.lower && personNoun(nx.lower) && j + 1 <= i + DESCRIPTION_WORDS) continue;
      let stop = j + 1;
      if (tokens[stop]?.lower === 'of' && CHILD_COUNT.test(tokens[stop + 1]?.lower ?? '')) stop += 2;
      return { head: lw, end: stop, counted: stop > j + 1, absorbs: null };
    }
    if (FUNCTION_WORDS.has(lw) || isSpeechWord(lw)) return null;
  }
  return null;
}

/** A noun for a person, singular: "widow", "grandfather", "councillor", "mum-of-three"; not "residents", "sources", "men". */
function personNoun(w: string): boolean {
  if (NOT_PEOPLE.has(w) || w.endsWith('men')) return false;
  if (!w.endsWith('s')) return HUMAN_NOUNS.has(w) || ROLE_NOUNS.has(w) || humanWord(w) || countedKin(w);
  // (A singular in "-s", "boss", "actress", "witness", where the word less its "s" is no one.)
  if (!HUMAN_NOUNS.has(w) && !ROLE_NOUNS.has(w)) return false;
  const stem = w.slice(0, -1);
  return !HUMAN_NOUNS.has(stem) && !ROLE_NOUNS.has(stem);
}
/** Role nouns for no one person: "the campaign said", "the police said". */
const NOT_PEOPLE = new Set(['campaign', 'administration', 'police', 'authorities']);

/** Verbs of saying in the past that end in neither "-ed" nor "-s": "the widow said", not "the Republican state". */
const SPOKE = new Set(['said', 'told', 'wrote', 'spoke', 'put', 'thought', 'went']);

/** The description names a speaker: a speech verb after it, or it stands after one, inverted ("said the widow."). */
function speaking(tokens: readonly Token[], i: number, end: number): boolean {
  const after = tokens[asideEnd(tokens, end)];
  if (after && after.kind === 'word' && after.text === after.lower && isSpeechWord(after.lower) && (/(?:ed|s)$/.test(after.lower) || SPOKE.has(after.lower))) return true;
  return i > 0 && SPEECH_VERBS.has(tokens[i - 1].lower) && (!after || after.kind === 'punct');
}

/** Words opening an aside between commas after the description: where they are from, their age ("The mum, from Harlow, said", "the pensioner, 71, said"). */
const ASIDE_OPENERS = /^(?:from|of|aged|\d+)$/;
/** Most tokens of such an aside, its commas too. */
const ASIDE_TOKENS = 8;

/** After the description ending at `end`, past an aside of ASIDE_OPENERS between commas: the token after its closing comma; else `end`. */
function asideEnd(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== ',' || !ASIDE_OPENERS.test(tokens[end + 1]?.lower ?? '')) return end;
  for (let j = end + 2; j < tokens.length && j <= end + ASIDE_TOKENS; j++) {
    if (tokens[j].sentence !== tokens[end].sentence) return end;
    // (A place and its region: "from Harlow, South Velks,".)
    if (tokens[j].text === ',') {
      if (!isCapWord(tokens[j + 1]) || tokens[end + 1].lower !== 'from') return j + 1;
    } else if (tokens[j].kind === 'punct' && tokens[j].text !== '.' && tokens[j].text !== '-') return end;
  }
  return end;
}

/** Words after a sentence's subject: a relative clause between commas, an auxiliary, a verb in the past. */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === ',') return tokens[k + 1]?.lower === 'who';
  return t.kind === 'word' && t.text === t.lower && (SUBJECT_VERBS.has(t.lower) || /ed$/.test(t.lower));
}
/** Auxiliaries and the like after a subject: "The pensioner has raised", "the widow was". */
const SUBJECT_VERBS = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'could', 'can', 'also', 'then', 'now', 'later', 'who']);

/** The person's gender as far as it is known yet: their own, their role's and namings' words, their first name. */
function knownGender(b: Builder): 'male' | 'female' | null {
  return b.gender ?? namingGender(b) ?? worldNameGender(b.name.split(/\s+/)[0]) ?? null;
}

/** Words for a person by their family or their time of life that say who the one just named is ("the widow said", "the pensioner added"), when that one is their sentence's subject. */
const FAMILY_OR_AGE = new Set(['mother', 'father', 'mum', 'dad', 'grandmother', 'grandfather', 'grandparent', 'parent', 'widow', 'widower', 'wife', 'husband',
  'pensioner', 'retiree', 'teenager']);
/** How many tokens on either side of a naming are read for the words it is given with ("A trader at the market, Ama Asantewaa,"). */
const GIVEN_REACH = 6;
/** How many tokens back an earlier use of the description's noun is looked for. */
const EARLIER_REACH = 400;

/** What the rule reads about the person just named, from role-reference. */
export interface JustNamed {
  /** The person the description at token i may name. */
  readonly person: (i: number) => Builder | undefined;
  /** The words of their role: "Housing Minister" gives "housing", "minister". */
  readonly roleWords: (b: Builder) => ReadonlySet<string>;
  /** Their last naming before token i opens its clause: its subject. */
  readonly subject: (b: Builder, i: number) => boolean;
}

/** Token indexes of b's namings (not its pronouns nor role nouns), in order. */
function namings(st: Merge, b: Builder): number[] {
  const { tokens } = st.ctx;
  return b.mentions.filter((m) => m.kind !== 'role' && m.kind !== 'pronoun').map((m) => countBefore(tokens, (t) => t.start < m.start)).sort((x, y) => x - y);
}

/**
 * Of a person's namings (`all`, in order), those a description at token i reads: the first, and
 * those within EARLIER_REACH tokens before it (by binary search: the work per description is
 * bounded however often the article names them).
 */
function namingsNear(all: readonly number[], i: number): number[] {
  const from = countBefore(all, (k) => k < i - EARLIER_REACH);
  const near = all.slice(from, countBefore(all, (k) => k < i));
  return from > 0 ? [all[0], ...near] : near;
}

/**
 * The lower-case words the article gives a naming of b with: the word right before it ("former
 * owner Rhys Colby", "talk-show host Dana Ruiz"), a phrase opened by a determiner and closed by a
 * comma right before it ("A trader at the market, Ama Asantewaa,") or after it between commas ("Rhys
 * Colby, the former owner,"), GIVEN_REACH words at most.
 */
function givenWords(st: Merge, at: readonly number[]): Set<string> {
  const { tokens } = st.ctx;
  const out = new Set<string>();
  const words = (from: number, to: number): void => {
    for (let j = from; j < to; j++) if (tokens[j].kind === 'word' && tokens[j].text === tokens[j].lower) out.add(tokens[j].lower);
  };
  for (const k of at) {
    const sentence = tokens[k].sentence;
    const same = (j: number): boolean => j >= 0 && j < tokens.length && tokens[j].sentence === sentence;
    let e = k;
    while (e < tokens.length && st.tokenEntity[e] === st.tokenEntity[k]) e++;
    if (same(k - 1) && tokens[k - 1].kind === 'word') words(k - 1, k);
    // ("chairperson Hon. Wanjiru Kamau": a member's style between the role and the name.)
    if (same(k - 1) && HONOURABLE.includes(tokens[k - 1].lower)) out.add(tokens[k - 1].lower);
    if (same(k - 1) && tokens[k - 1].text === ',') {
      let f = k - 2;
      while (same(f) && f > k - 2 - GIVEN_REACH && tokens[f].kind === 'word') f--;
      if (!same(f) || tokens[f].text === ',') words(f + 1, k - 1);
    }
    if (tokens[e]?.text === ',' && OPENING.has(tokens[e + 1]?.lower ?? '')) {
      let f = e + 1;
      while (same(f) && f < e + 1 + GIVEN_REACH && tokens[f].kind === 'word') f++;
      if (same(f) && tokens[f].kind === 'punct') words(e + 1, f);
    }
  }
  return out;
}
/** Titles written short before a name: "Gov. Tomas Brink" is "the governor". */
const SHORT_TITLES: Readonly<Record<string, readonly string[]>> = { governor: ['gov.', 'gov'], senator: ['sen.', 'sen'], representative: ['rep.', 'rep'] };
/** Determiners that open an appositive: "Rhys Colby, the former owner,". */
const OPENING = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'another']);

/** The description's noun agrees with the person's gender, where it has one. */
function genderAgrees(b: Builder, head: string): boolean {
  const female = FEMALE_WORDS.test(head);
  if (!female && !MALE_WORDS.test(head)) return true;
  const g = knownGender(b);
  return !g || g === (female ? 'female' : 'male');
}

/** The role the article gave the person, or words beside their naming, name them by the description's noun (or by another word for the same post). */
function attested(head: string, words: ReadonlySet<string>): boolean {
  if (words.has(head) || (SHORT_TITLES[head] ?? []).some((w) => words.has(w))) return true;
  const any = (set: ReadonlySet<string>): boolean => [...words].some((w) => set.has(w));
  if (LAWYERS.has(head)) return any(LAWYERS);
  if (SPOKESPEOPLE.has(head)) return any(SPOKESPEOPLE);
  if (head === 'leader') return any(LEADERS);
  if (SEAT_HOLDERS.has(head) && head !== 'member') return any(MEMBERS);
  if (head === 'lawmaker' || head === 'legislator') return any(LAWMAKERS);
  return false;
}

/**
 * The noun is used before, within EARLIER_REACH tokens, outside quotation marks and away from
 * the person's namings: "the prime minister's spokesman said ... the spokesman said", "an RNC
 * member ... the RNC member said". That use is whom the description names again.
 */
function usedBefore(st: Merge, head: string, i: number, at: readonly number[]): boolean {
  const { tokens } = st.ctx;
  let quoted = false;
  for (let k = i - 1; k >= 0 && k >= i - EARLIER_REACH; k--) {
    const t = tokens[k];
    if (t.text === '"' || t.text === '“' || t.text === '”') quoted = !quoted;
    if (quoted || t.lower !== head || t.text !== t.lower) continue;
    if (!at.some((n) => Math.abs(n - k) <= GIVEN_REACH && tokens[n].sentence === t.sentence)) return true;
  }
  return false;
}

/**
 * Someone described without a name stands between the person's last naming and token i, outside
 * quotation marks: "a neighbour", "one resident". Bounded by BETWEEN_REACH tokens.
 */
function describedBetween(st: Merge, b: Builder, i: number): boolean {
  const { tokens } = st.ctx;
  let quoted = false;
  for (let k = i - 1; k >= 0 && k >= i - BETWEEN_REACH; k--) {
    if (st.tokenEntity[k] === b.index) return false;
    const t = tokens[k].text;
    if (t === '"' || t === '“' || t === '”') quoted = !quoted;
    if (quoted || !INTRODUCING.has(tokens[k].lower)) continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) if (tokens[j].kind === 'word' && humanWord(tokens[j].lower)) return true;
  }
  return false;
}

/** A party's words that title lists hold, that name the party, no other office: "the Labour candidate" after "Harlow candidate Dana Ruiz" is hers. */
const PARTY_ADJECTIVES = new Set(['democratic', 'labour', 'labor']);

/** Words of tenure or standing before an office, that leave it the same office: "the former minister", "the senior leader". */
const TENURE_WORDS = new Set([...EPITHET_MODIFIERS, 'senior', 'top', 'then', 'outgoing', 'incoming', 'acting', 'interim']);

/** Among tokens[from, to), a title's or a portfolio's word ("prime", "deputy", "foreign") that `words`, a role's, lacks. */
function officeWordLacking(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k].lower;
    if ((TITLE_WORDS.has(w) || PORTFOLIO_WORDS.has(w)) && !TENURE_WORDS.has(w) && !PARTY_NOUNS.has(w) && !PARTY_ADJECTIVES.has(w) && !words.has(w)) return true;
  }
  return false;
}

/** Whether the description (its noun `head`, counted when "of" a number or "mum-of-three") may name b. */
function names(st: Merge, b: Builder, d: Description, i: number, just: JustNamed, all: readonly number[]): boolean {
  if (!genderAgrees(b, d.head)) return false;
  const at = namingsNear(all, i);
  if (usedBefore(st, d.head, i, at)) return false;
  if (d.absorbs) return true;
  // ("the mother of three", "the mum-of-two": who someone is, said of them.)
  if (d.counted || countedKin(d.head)) return true;
  // (Not an office another word of which the role lacks: "the prime minister" after "Junior
  // health minister Owen Marsh" is someone else.)
  const agrees = (words: ReadonlySet<string>): boolean => attested(d.head, words) && !officeWordLacking(st.ctx.tokens, i + 1, d.end - 1, words);
  if (agrees(just.roleWords(b)) || agrees(givenWords(st, at))) return true;
  return FAMILY_OR_AGE.has(d.head) && just.subject(b, i);
}

/**
 * Every definite description speaking that no earlier rule made a mention (role-reference runs
 * first; `determiners`: the tokens "the" it met, in order) becomes a mention of the person just named (`personJustNamed`, role-reference's
 * reading of who that is), where it agrees with them (`roleWordsOf`: the words of their role).
 */
export function addDescribedMentions(st: Merge, just: JustNamed, determiners: readonly number[]): void {
  const { tokens, structure } = st.ctx;
  let claimedTo = -1;
  // (Each person's namings, read once: role mentions added by this pass are none of them.)
  const namingsOf = new Map<Builder, number[]>();
  for (const i of determiners) {
    if (i < claimedTo || st.tokenEntity[i] >= 0) continue;
    const s = structure.sentences[tokens[i].sentence];
    const d = descriptionAt(st, i, s.endToken);
    if (!d) continue;
    // (Or the subject opening its sentence, of the one who opened the sentence before: "Brave
    // Ama Asantewaa reached the summit. The pensioner, who has had two new hips, has raised £12,000.")
    const speaks = speaking(tokens, i, d.end);
    const subject = !speaks && i === s.firstToken && opensClause(tokens, d.end);
    if (!subject && !speaks) continue;
    const person = just.person(i);
    if (!person || describedBetween(st, person, i)) continue;
    let all = namingsOf.get(person);
    if (!all) namingsOf.set(person, (all = namings(st, person)));
    if (!names(st, person, d, i, just, all) || (subject && !just.subject(person, i))) continue;
    if (d.absorbs) d.absorbs.mentions = d.absorbs.mentions.filter((m) => m.end <= tokens[i].start || m.start >= tokens[d.end - 1].end);
    addMention(st, person, i, d.end, 'role');
    claimedTo = d.end;
  }
}
