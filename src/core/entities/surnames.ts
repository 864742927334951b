// A surname named alone after a title, where people named in full share it: whose it is.
import type { Candidate } from './context';
import type { Builder, Merge } from './merge';
import { worldNameGender } from '../lexicon/lexicon';

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
 * "Mrs Brink" after "Tomas Brink and Dana Brink": of the people named in full whose last word is
 * the surname, the one whose gender the title's does not contradict, where exactly one fits;
 * else undefined.
 */
export function titledOfShared(st: Merge, c: Candidate, surname: string): Builder | undefined {
  if (!c.gender) return undefined;
  const fits = st.builders.filter((p) => p.type === 'person' && p.name !== surname && p.name.endsWith(` ${surname}`) && !genderClash(c, p));
  return fits.length === 1 ? fits[0] : undefined;
}
