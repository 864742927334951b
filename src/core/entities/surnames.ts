// A surname named alone after a title, where people named in full share it: whose it is; and
// a first name alone before "and" and a person named in full: a couple of one surname.
import type { Candidate } from './context';
import type { Builder, Merge } from './merge';
import { COMMON_WORDS, lowerWord, worldNameGender } from '../lexicon/lexicon';

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
