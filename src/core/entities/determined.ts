// A "person" the text always writes after "the" ("the Web", "the President", "the Hillside
// Parade") is a thing, an office or an event: people's names take no article. Dropped after
// merging, when every mention of the entity is known; one that speaks is a body (an organisation).
import { lowerWord, SPEECH_VERBS } from '../lexicon/lexicon';
import { countBefore } from '../text/search';
import type { Merge } from './merge';

export const determinedName = {
  id: 'determined-name',
  description: 'A person\'s name takes no article: a "person" always written after "the" ("the Web", "the Hillside Parade") is no person.',
  examples: [
    { text: 'He rode the Velmar Kastro every morning. On Friday the Velmar Kastro was late again.', name: 'Velmar Kastro', type: null },
    { text: 'Ada Kolvane spoke first. Kolvane then left the hall.', name: 'Ada Kolvane', type: 'person' as const },
    { text: 'Members of the Velmar Kastro met on Friday. The Velmar Kastro said it would appeal.', name: 'Velmar Kastro', type: 'organization' as const },
  ],
};

export function dropDeterminedPersons(st: Merge): void {
  const { tokens, text } = st.ctx;
  for (const b of st.builders) {
    if (b.type !== 'person' || b.author || b.role || b.gender || !b.mentions.length) continue;
    let named = 0;
    let determined = 0;
    for (const m of b.mentions) {
      if (m.kind === 'pronoun' || m.kind === 'role') continue;
      named++;
      const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 12), m.start));
      if (before && lowerWord(before[1]) === 'the') determined++;
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
