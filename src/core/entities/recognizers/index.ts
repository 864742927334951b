// The entity recognisers in order. A run of capitalised words is trimmed (trim.ts), rejected if
// it names nothing (not-names.ts), split where it holds two names (splits.ts), read for a title
// (title-cue.ts), then typed by the first typing rule that applies.
import type { TypeRule } from './rule';
import { cityAfterLocative, cityAndState, clubNaming, companyTalk, fallback, firstAndSurname, holdsPlace, initials, orgWord, placeWord, sectorWord, speaker, sportsOpponent, sportsVenue } from './typing-context';
import { datelinePlace, invertedSpeaker, kinOrLineUp, knownOrganization, knownPlace, orgDescriptor, placeOf, titledPerson } from './typing-known';

export const TYPE_RULES: readonly TypeRule[] = [
  knownOrganization, datelinePlace, titledPerson, kinOrLineUp, placeOf, orgDescriptor, invertedSpeaker, knownPlace,
  cityAndState, cityAfterLocative, orgWord, clubNaming, placeWord, sportsVenue, sectorWord, sportsOpponent, initials,
  holdsPlace, companyTalk, firstAndSurname, speaker, fallback,
];

export { REJECT_RULES } from './not-names';
export { SPLIT_RULES } from './splits';
export { titleCue } from './title-cue';
export { trimEdges } from './trim';
