// A "person" the text always writes after "the" ("the Web", "the President", "the Hillside
// Parade") is a thing, an office or an event: people's names take no article. Dropped after
// merging, when every mention of the entity is known; one that speaks is a body (an organisation).
import { lowerWord, SPEECH_VERBS } from '../lexicon/lexicon';
import { countBefore } from '../text/search';
import type { Merge } from './merge';

export const determinedName = {
  id: 'determined-name',
  description: 'A person\'s name takes no article: a "person" always written after "the" ("the Web", "the Hillside Parade", a ship\'s "the Marta Vell sailed") is no person.',
  examples: [
    { text: 'He rode the Velmar Kastro every morning. On Friday the Velmar Kastro was late again.', name: 'Velmar Kastro', type: null },
    { text: 'Ada Kolvane spoke first. Kolvane then left the hall.', name: 'Ada Kolvane', type: 'person' as const },
    { text: 'Members of the Velmar Kastro met on Friday. The Velmar Kastro said it would appeal.', name: 'Velmar Kastro', type: 'organization' as const },
    // (A first name does not make it a person: a ship. Before a noun the name is a person's.)
    { text: 'The Marta Vell left Harlow on Friday. Crowds waved as the Marta Vell sailed past the pier.', name: 'Marta Vell', type: null },
    { text: 'Tickets for the Marta Vell tour sold out in an hour.', name: 'Marta Vell', type: 'person' as const },
  ],
};

/** Words after a name that make it a clause's subject, not a noun's modifier: "the Marta Vell left", "the Marta Vell will". */
const VERBS_AFTER = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'left', 'sank', 'ran', 'set', 'took', 'made', 'came', 'went', 'broke']);

/**
 * A mention written after "the" that is no modifier of a noun: the name ends the phrase
 * ("aboard the Marta Vell.", "the Marta Vell, a ferry,") or a verb follows it ("the Marta Vell
 * sailed"). "The Dana Ruiz show", "the Tomas Brink years", "the Tomas Brink's crew": a person's
 * name before a noun or a possessive.
 */
function headsPhrase(text: string, end: number): boolean {
  // ("the Tomas Brink's crew", "the Marta Vell's captain": a possessive, read as a person's.)
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return false;
  const next = /^\s*(\p{L}[\p{L}'’-]*)/u.exec(text.slice(end, end + 24));
  if (!next) return true;
  const w = next[1];
  if (w[0] !== w[0].toLowerCase()) return false;
  return w.endsWith('ed') || VERBS_AFTER.has(w);
}

export function dropDeterminedPersons(st: Merge): void {
  const { tokens, text } = st.ctx;
  for (const b of st.builders) {
    if (b.type !== 'person' || b.author || b.role || !b.mentions.length) continue;
    // (A first name's gender does not save it: "the Marta Vell sailed" is a ship; one mention
    // before a noun, "the Marta Vell case", may be the person's.)
    const firstNamed = b.gender !== null;
    let named = 0;
    let determined = 0;
    for (const m of b.mentions) {
      if (m.kind === 'pronoun' || m.kind === 'role') continue;
      named++;
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 12), m.start));
      if (before && lowerWord(before[1]) === 'the' && (!firstNamed || headsPhrase(text, m.end))) determined++;
    }
    if (named === 0 || determined < named) continue;
    // One that speaks ("the Harbour Legion said") is a body: an organisation, still a speaker.
    if (b.mentions.some((m) => SPEECH_VERBS.has(lowerWord(/^\s*([\p{L}]+)/u.exec(text.slice(m.end, m.end + 20))?.[1] ?? '')))) {
      b.type = 'organization';
      continue;
    }
    // Its tokens belong to no entity now (each mention's tokens found by binary search).
    for (const m of b.mentions) {
      for (let k = countBefore(tokens, (t) => t.start < m.start); k < tokens.length && tokens[k].start < m.end; k++) {
        if (st.tokenEntity[k] === b.index) st.tokenEntity[k] = -1;
      }
    }
    b.mentions = [];
  }
}
