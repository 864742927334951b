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
