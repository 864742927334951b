// A surname named alone after a title, where people named in full share it: whose it is; a
// first name alone before "and" and a person named in full: a couple of one surname; and two
// words that open or close one person's longer name: that person again.
import type { Candidate, EntityContext } from './context';
import { keyOf, type Builder, type Merge } from './merge';
import { COMPASS } from './words';
import { COMMON_WORDS, DEMONYMS, isKnownPlace, lowerWord, ORG_WORDS, worldNameGender } from '../lexicon/lexicon';

/** A name's last word is a family name, no everyday word, nationality or plural: "Leon Quarmby", not "Harlow Rovers", "Velby Test". */
export function plainSurname(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return !/s$/.test(last) && !COMMON_WORDS.has(last) && !DEMONYMS.has(last);
}

/**
 * The candidate's gender (from its title: "Mrs", "Mr") disagrees with the person's, as a title
 * or the usual gender of the first name gives it: "Mrs Okeke" after "Tarun Okeke" is someone else.
 */
export function genderClash(c: Candidate, person: Builder): boolean {
  if (!c.gender) return false;
  const known = person.gender ?? worldNameGender(person.name.split(/\s+/)[0]);
  return !!known && known !== c.gender;
}

/**
 * "Mrs Brink" after "Tomas Brink and Dana Brink": of the couple named together (`couple`), else of
 * the people named in full whose last word is the surname, the one whose gender the title's does
 * not contradict, where exactly one of two or more fits; else undefined.
 */
export function titledOfShared(st: Merge, c: Candidate, surname: string, couple?: readonly Builder[]): Builder | undefined {
  if (!c.gender) return undefined;
  const people = couple ?? st.builders.filter((p) => p.type === 'person' && p.name !== surname && p.name.endsWith(` ${surname}`));
  const fits = people.filter((p) => !genderClash(c, p));
  return fits.length === 1 && people.length > 1 ? fits[0] : undefined;
}

/** Words for a family's members or a couple: what makes "Dana and Tomas Brink" two Brinks. */
const KIN = new Set(['couple', 'pair', 'husband', 'wife', 'parents', 'mother', 'father', 'son', 'sons', 'daughter', 'daughters', 'brothers', 'sisters',
  'siblings', 'twins', 'married', 'family', 'grandparents', 'children', 'child', 'baby', 'widow', 'spouse']);
/** How many tokens either side of a couple's names a word for kin is looked for, in their sentence. */
const KIN_REACH = 12;

/** How many words into the next sentence a word for kin may open it: "The couple took over ...". */
const KIN_OPENING = 3;

/**
 * A word for kin in the sentence of tokens a..b, within a few tokens of them; or opening the
 * sentence after it ("Dana and Tomas Brink have been up at 4am. The couple ...").
 */
export function kinInSentence(tokens: EntityContext['tokens'], a: number, b: number): boolean {
  const sentence = tokens[a].sentence;
  for (let k = Math.max(0, a - KIN_REACH); k < Math.min(tokens.length, b + KIN_REACH); k++) if (tokens[k].sentence === sentence && KIN.has(tokens[k].lower)) return true;
  let next = b;
  while (next < tokens.length && tokens[next].sentence === sentence && next < b + WINDOW_TO_NEXT) next++;
  for (let k = next; k < Math.min(tokens.length, next + KIN_OPENING); k++) if (tokens[k].sentence === sentence + 1 && KIN.has(tokens[k].lower)) return true;
  return false;
}

/** How far the end of the couple's sentence is looked for. */
const WINDOW_TO_NEXT = 40;

/**
 * With no word for kin near: "run by Marta and Tomas Brink" is a couple all the same, unless
 * the first name alone closes a list of names ("stars like Quarla, Marta and Lena Brink"), is
 * someone's named in full elsewhere ("Marta and Tomas Brink" where "Marta Velez" is named), or
 * the shared word is a plural of places ("the corner of Dana and Grant Streets").
 */
export function plainCouple(st: Merge, c: Candidate, first: string, sur: string): boolean {
  const { tokens } = st.ctx;
  // (A name before the comma, not a word opening the sentence: "Later, Dana and Tomas Brink".)
  if (c.start >= 3 && tokens[c.start - 1].text === ',' && /^\p{Lu}/u.test(tokens[c.start - 2].text) && tokens[c.start - 3].sentence === tokens[c.start - 2].sentence) return false;
  const plural = lowerWord(sur);
  if (plural.endsWith('s') && COMMON_WORDS.has(plural)) return false;
  for (const b of st.builders) if (b.type === 'person' && b.name.startsWith(`${first} `)) return false;
  return true;
}

/** What closes a name after the family name: "Duah II", "Brink Jr.". */
const NAME_SUFFIXES = new Set(['II', 'III', 'IV', 'Jr', 'Jr.', 'Sr', 'Sr.']);

/**
 * People named by three words or more, keyed by their first two words ("Ahmad Faizal" of "Ahmad
 * Faizal Rahman") and by their first and last ("Nana Duah" of "Nana Kwaku Duah II", a suffix
 * passed over): null where two people share a key.
 */
export function peopleByShortened(st: Merge): Map<string, Builder | null> {
  const out = new Map<string, Builder | null>();
  const put = (k: string, b: Builder): void => { out.set(k, out.has(k) && out.get(k) !== b ? null : b); };
  for (const b of st.builders) {
    if (b.type !== 'person') continue;
    const words = b.name.split(/\s+/);
    while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1])) words.pop();
    // (Not a run a rule took for a longer name, a headline's words or a place after it: "Dana
    // Ruiz Calls Out Rivals", "Tomas Brink South Harlow".)
    if (words.length < 3 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w) && !COMMON_WORDS.has(lowerWord(w)) && !ORG_WORDS.has(lowerWord(w)) && !COMPASS.has(lowerWord(w)) && !isKnownPlace(w))) continue;
    put(keyOf(`${words[0]} ${words[1]}`), b);
    put(keyOf(`${words[0]} ${words[words.length - 1]}`), b);
  }
  return out;
}
