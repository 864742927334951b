// Rule constituency: a lawmaker's seat, in brackets after the name or after "member for".
import { ORG_WORDS } from '../../lexicon/lexicon';
import { everydayWords } from './typing-people';
import { SEAT_HOLDERS } from '../words';
import type { TypeRule } from './rule';

/** Nouns for a lawmaker, before "for" or "representing" and the seat: a seat's holders and more. */
const LAWMAKERS: ReadonlySet<string> = new Set([...SEAT_HOLDERS, 'parliament', 'lawmaker', 'legislator', 'senator', 'councillor', 'councilor',
  'assemblyman', 'assemblywoman', 'congressman', 'congresswoman']);

/** Nouns for a seat, after its name: "the Harlow East seat", "the Quarle North constituency", "the Harlow riding". */
const SEAT_NOUNS: ReadonlySet<string> = new Set(['seat', 'constituency', 'electorate', 'riding', 'ward']);

/** A party's initials in capitals: "APC", "PDP", "R", "BJP". */
const PARTY_INITIALS = /^\p{Lu}{1,6}$/u;

/**
 * "Hon. Tomas Okeke (APC, Quarle North)", "Senator Anil Musa (PDP, Quarle South)": after a
 * lawmaker's name, the party's initials, a comma and the seat, in brackets; the seat is a place,
 * however like a person's name its words are. So is the seat after a noun for a lawmaker and
 * "for" or "representing": "the member representing Quarle North", "the MP for Harlow East".
 */
export const constituency: TypeRule = {
  id: 'constituency',
  description: 'A lawmaker\'s seat is a place: after the party\'s initials in brackets ("Hon. Tomas Okeke (APC, Quarle North)"), after a noun for a lawmaker and "for" or "representing" ("the member representing Quarle North"), or before a seat\'s noun ("the Ashby Quarle seat").',
  examples: [
    { text: 'Hon. Tomas Okeke (APC, Quarle North) said the committee had added N40bn.', name: 'Quarle North', type: 'place' },
    { text: 'Senator Anil Musa (PDP, Harlow Central) described the budget as fair.', name: 'Harlow Central', type: 'place' },
    { text: 'Moving the motion, the member representing Quarle North, Hon. Dapo Ilesanmi, said the road was unsafe.', name: 'Quarle North', type: 'place' },
    { text: 'The Labour MP for Tarvik West, Lena Early, asked the minister to visit.', name: 'Tarvik West', type: 'place' },
    // (Before a seat's noun in lower case, however like a person's name its words are.)
    { text: 'Hustings\n\nCandidates for the Ashby Quarle seat took part in a hustings on Thursday.', name: 'Ashby Quarle', type: 'place' },
    // (Closing an appositive before "said", the seat is no speaker.)
    { text: 'Speed limits\n\nLena Early, the Plaid MS for Quarrow, said the rule had lost the trust of drivers.', name: 'Quarrow', type: 'place' },
  ],
  type(ctx, r) {
    const { tokens, n } = ctx;
    const a = r.a;
    // ("the Ashby West seat", "the Quarle North constituency": a seat's noun in lower case after it.)
    // (Not a seat named by everyday words, a trade's: "the Social Welfare constituency".)
    if (r.b < n && SEAT_NOUNS.has(tokens[r.b].text) && !ORG_WORDS.has(r.lastLower) && !everydayWords(ctx, r.nameStart, r.b)) return { type: 'place', strength: 2 };
    if ((r.prev === 'for' || r.prev === 'representing') && a >= 2 && LAWMAKERS.has(tokens[a - 2].lower)) return ORG_WORDS.has(r.lastLower) ? null : { type: 'place', strength: 2 };
    if (r.prev !== ',' || a < 3 || r.b >= n || tokens[r.b].text !== ')' || tokens[a - 3].text !== '(') return null;
    return PARTY_INITIALS.test(tokens[a - 2].text) ? { type: 'place', strength: 2 } : null;
  },
};
