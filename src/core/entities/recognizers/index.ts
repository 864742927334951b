// The entity recognisers in order. A run of capitalised words is trimmed (trim.ts), rejected if
// it names nothing (not-names.ts), split where it holds two names (splits.ts), read for a title
// (title-cue.ts), then typed by the first typing rule that applies.
import { stateCode } from './state-code';
import type { EntityExample, TypeRule } from './rule';
import { REJECT_RULES } from './not-names';
import { SPLIT_RULES } from './splits';
import { titleCue } from './title-cue';
import { trimEdges } from './trim';
import { bodyGrammar, bodyOfOffice, cityAfterLocative, cityAndState, stateSchool, compassRegion, companyTalk, fallback, firstAndSurname, holdsPlace, orgWord, placeWord, speaker } from './typing-context';
import { clubNaming, sportsOpponent, sportsVenue } from './sides';
import { citedAuthor, describedPerson } from './typing-people';
import { workplace } from './workplace';
import { constituency } from './constituency';
import { initials } from './initials';
import { bodyOfPerson, brandName, creditOutlet, datelinePlace, deity, doctrineWord, firstNamePlace, invertedSpeaker, kinOrLineUp, knownOrganization, knownPlace, officeOfBody, orgDescriptor, placeOf, representedBody, titledPerson } from './typing-known';
import { joinedNames, sectorWord } from './firms';

export const TYPE_RULES: readonly TypeRule[] = [
  knownOrganization, creditOutlet, doctrineWord, deity, datelinePlace, titledPerson, kinOrLineUp, placeOf, officeOfBody, orgDescriptor, invertedSpeaker, firstNamePlace, knownPlace,
  compassRegion, constituency, stateCode, cityAndState, cityAfterLocative, stateSchool, orgWord, clubNaming, placeWord, sportsVenue, sectorWord, joinedNames, sportsOpponent, initials,
  describedPerson, holdsPlace, companyTalk, workplace, bodyOfOffice, bodyGrammar, bodyOfPerson, citedAuthor, firstAndSurname, representedBody, brandName, speaker, fallback,
];

export { REJECT_RULES, SPLIT_RULES, titleCue, trimEdges };

/** Every recogniser, in the order a run meets them. */
export const RECOGNIZERS: readonly { readonly id: string; readonly description: string; readonly examples: readonly EntityExample[] }[] = [
  { id: 'sports-side', description: 'In a sports report, the sides named in results and standings rows are clubs: "Mladost ( BJ ) 3 Partizan 1"; not players\' marks listed with semicolons ("Goalkeeper Sam Hurst 6; captain Dean Pike 5").', examples: [
    { text: 'City crash out\n\nQuarle Town 3 Harlow City 1\n\nCity were beaten in the cup on Saturday after a defender headed in from a corner before half-time.\n\nPLAYER RATINGS\n\nGoalkeeper Sam Hurst 6; captain Dean Pike 5.', name: 'Dean Pike', type: 'person' },
    { text: 'City crash out\n\nQuarle Town 3 Harlow City 1\n\nCity were beaten in the cup on Saturday after a defender headed in from a corner before half-time.', name: 'Quarle Town', type: 'organization' },
  ] },
  trimEdges, ...REJECT_RULES, ...SPLIT_RULES, titleCue, ...TYPE_RULES,
];
