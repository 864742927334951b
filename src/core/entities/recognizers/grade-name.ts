// Rule grade-name: a grade of crude oil is named by a place or a field, and names no place.
import type { RejectRule } from './rule';

/** Nouns after a grade's name: "Brent crude", "Urals blend", "Dubai crude oil". */
const GRADE_NOUNS = new Set(['crude', 'blend']);

/**
 * "Brent crude rose 3%", "Urals blend fell below the cap": a name right before "crude" or
 * "blend" in lower case is a grade of oil, a market's benchmark: no place, organisation or person.
 */
export const gradeName: RejectRule = {
  id: 'grade-name',
  description: 'A name right before "crude" or "blend" ("Brent crude", "Urals blend") is a grade of oil: no place, organisation or person.',
  examples: [
    { text: 'Markets\n\nBrent crude rose 3% after the producers said they would extend supply cuts.', name: 'Brent', type: null },
    { text: 'Markets\n\nThe price of Quarle blend fell below $60 a barrel on Tuesday.', name: 'Quarle', type: null },
  ],
  rejects(ctx, _a, b) {
    const next = ctx.tokens[b];
    return !!next && next.text === next.lower && GRADE_NOUNS.has(next.lower);
  },
};
