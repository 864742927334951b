// Rule party-member: a party's member named by the party's word alone ("a senior Tory", "one
// Unionist") is a description of someone, no person's name and no body.
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
  description: 'A party\'s member named by the party\'s word alone after a word in lower case ("a senior Tory", "one Unionist") is a description, no entity.',
  examples: [
    { text: 'Count\n\n"Disappointing," was the verdict of one senior Tory, who asked not to be named.', name: 'Tory', type: null },
    { text: 'Count\n\nA veteran Unionist said the result was "a warning".', name: 'Unionist', type: null },
    // (Not the party's word in a name: "Harlow Tory Association".)
    { text: 'Count\n\nThe Harlow Tory Association said the result was "a warning".', name: 'Harlow Tory Association', type: 'organization' },
  ],
  rejects(ctx, a, b) {
    if (b - a !== 1 || a === 0 || !PARTY_NOUNS.has(ctx.tokens[a].lower)) return false;
    const prev = ctx.tokens[a - 1];
    return prev.kind === 'word' && prev.text === prev.lower;
  },
};
