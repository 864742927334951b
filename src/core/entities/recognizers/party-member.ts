// Rule party-member: a party's member named by the party's word alone ("a senior Tory", "one
// Unionist") is a description of someone, no person's name and no body.
import { TITLE_WORDS } from '../../lexicon/lexicon';
import type { RejectRule } from './rule';
import { PARTY_NOUNS } from '../words';

/**
 * One capitalised word for a party's member ("Tory", "Unionist", "Conservative") after a word in
 * lower case ("a senior Tory", "one Tory", "the veteran Unionist") describes someone the article
 * does not name: no entity, so that "..., is the verdict of one senior Tory" is the description's,
 * not a person called Tory's.
 */
export const partyMember: RejectRule = {
  id: 'party-member',
  description: 'A party\'s member named by the party\'s word alone after a word in lower case ("a senior Tory", "one Unionist"), or before an office in lower case ("Liberal Democrat councillor"), is a description, no entity.',
  examples: [
    { text: 'Count\n\n"Disappointing," was the verdict of one senior Tory, who asked not to be named.', name: 'Tory', type: null },
    { text: 'Count\n\nA veteran Unionist said the result was "a warning".', name: 'Unionist', type: null },
    // (Nor its words before an office in lower case: the person's party, no place.)
    { text: 'Budget\n\nThe plan passed.\n\nLiberal Democrat councillor Fiona Vell abstained.', name: 'Liberal Democrat', type: null },
    // (Not the party's word in a name: "Harlow Tory Association".)
    { text: 'Count\n\nThe Harlow Tory Association said the result was "a warning".', name: 'Harlow Tory Association', type: 'organization' },
  ],
  rejects(ctx, a, b) {
    const { tokens } = ctx;
    if (!PARTY_NOUNS.has(tokens[b - 1].lower)) return false;
    // ("Liberal Democrat councillor Fiona Vell": the member's words before an office in lower
    // case are what the person is, no place or body of their own.)
    const next = tokens[b];
    if (next && next.kind === 'word' && next.text === next.lower && TITLE_WORDS.has(next.lower)) return true;
    if (b - a !== 1 || a === 0) return false;
    const prev = tokens[a - 1];
    return prev.kind === 'word' && prev.text === prev.lower;
  },
};
