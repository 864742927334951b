// Typing the sides of a sports report: clubs by their names' shape or the words around them, and
// venues.
import { COMMON_WORDS, DEMONYMS, isKnownPlace, lowerWord } from '../../lexicon/lexicon';
import { CLUB_FIRST, CLUB_LAST, OPPONENT_BEFORE, sideNicknames } from '../sports';
import { everydayPlural } from '../words';
import { containsPlace, hasCommonWord } from '../tests';
import type { TypeRule } from './rule';

/** A sports report's clubs by their naming: "Ross County", "Aston Villa", "Real Madrid". */
export const clubNaming: TypeRule = {
  id: 'club-naming',
  description: 'In a sports report, a name formed like a club\'s ("X County", "Real X"), or closed by a plural the article uses alone as a side\'s ("the Tigers", "Panthers coach"), is a club.',
  examples: [
    { text: 'Tigers hold on\n\nJack Mulvey kicked four goals as Richmond Tigers held off Carrow to win by three points on Saturday night.\n\nTigers coach Adam Kerr said the season was far from over.', name: 'Richmond Tigers', type: 'organization' },
  ],
  type(ctx, r) {
    if (!ctx.sportsDoc || r.words < 2) return null;
    if (CLUB_LAST.has(r.lastLower) || CLUB_FIRST.has(lowerWord(ctx.tokens[r.nameStart].text))) return { type: 'organization', strength: 2 };
    // (Not an everyday word capitalised as the sentence's first: "Several Tigers looked tired".)
    if (r.nameStart === r.sentStart && COMMON_WORDS.has(ctx.tokens[r.nameStart].lower)) return null;
    return r.lastLower.endsWith('s') && (ctx.sideNicknames ??= sideNicknames(ctx.tokens)).has(ctx.tokens[r.b - 1].text) ? { type: 'organization', strength: 2 } : null;
  },
};

/** A sports report's venue: "Tunbridge Wells : Nottinghamshire 214", "at Grace Road". */
export const sportsVenue: TypeRule = {
  id: 'sports-venue',
  description: 'In a sports report, a venue line or "at X Y" names a place.',
  examples: [
    { text: 'Rovers 2 Athletic 1\n\nTarun Okeke scored twice as Rovers beat Athletic in the league.\n\nQUARROW PARK: Rovers took the lead after five minutes.\n\nATTENDANCE: 14,203', name: 'ATTENDANCE', type: null },
  ],
  type(ctx, r) {
    const { a, b, nameStart, sentStart, next, prev } = r;
    return ctx.sportsDoc && !isKnownPlace(r.name) && !containsPlace(ctx, nameStart, b) && !hasCommonWord(ctx, nameStart, b)
      // (Not a field's label that is an everyday word: "ATTENDANCE: 14,203", "REFEREE: ...".)
      && ((a === sentStart && next === ':' && !(r.words === 1 && COMMON_WORDS.has(r.lastLower))) || (prev === 'at' && r.words >= 2 && !r.firstName)) ? { type: 'place', strength: 2 } : null;
  },
};

/** A side's wins, before "over" the side beaten. */
const WINS = new Set(['win', 'wins', 'victory', 'victories', 'triumph']);

/**
 * "v British Universities", "would play Harlow Athletic": the other side in a sports report (not
 * a player with a country after the name: "beat Tomas Brink ( Czech Republic )").
 */
export const sportsOpponent: TypeRule = {
  id: 'sports-opponent',
  description: 'In a sports report, the side after "v", "against" or "beat", or after a win "over", is a club.',
  examples: [
    { text: 'Late try\n\nThe Sharks scored twice in the second half to seal a 24-20 win over the Coastal Raiders at the stadium.\n\nRaiders counterpart Mick Loader lamented the errors in the final minutes of the match.', name: 'Coastal Raiders', type: 'organization' },
  ],
  type(ctx, r) {
    const { text, tokens, n } = ctx;
    const { a, b, next, prev } = r;
    // ("beat Canadian Velsk 6-2 6-3": a nationality and one name after "beat" are a player, no side.)
    // (Not a nationality's team of everyday words: "beat Welsh Colleges".)
    if (!ctx.sportsDoc || r.firstName || (r.words === 2 && r.nameStart === a && DEMONYMS.has(tokens[a].lower) && !COMMON_WORDS.has(r.lastLower) && !everydayPlural(r.lastLower))) return null;
    if (next === '(' && b + 1 < n && (isKnownPlace(tokens[b + 1].text) || (b + 2 < n && isKnownPlace(text.slice(tokens[b + 1].start, tokens[b + 2].end))))) return null;
    // ("a 24-20 win over the Coastal Raiders", "victory over Harlow": the side beaten.)
    const over = prev === 'over' ? a - 1 : prev === 'the' && a >= 2 && tokens[a - 2].lower === 'over' ? a - 2 : -1;
    if (over >= 1 && WINS.has(tokens[over - 1].lower)) return { type: 'organization', strength: 2 };
    return OPPONENT_BEFORE.has(prev) || (prev === 'the' && a >= 2 && OPPONENT_BEFORE.has(tokens[a - 2].lower)) ? { type: 'organization', strength: 2 } : null;
  },
};
