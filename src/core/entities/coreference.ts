// Who else refers to an entity: byline authors are people; role nouns ("the Russian foreign
// minister", "the president") refer back to the person who holds the role.
import { DEMONYMS, isKnownPlace, lowerWord, ROLE_NOUNS, TITLE_WORDS } from '../lexicon/lexicon';
import { countBefore } from '../text/search';
import { isCapWord } from '../text/words';
import { addMention, keyOf, newBuilder, type Builder, type Merge } from './merge';
import { TITLE_HEADS } from './words';

/** Byline authors are people; a mention the body pass made of part of the name is undone. */
export function addAuthors(st: Merge): void {
  const { tokens, n, structure } = st.ctx;
  const { builders, byKey, tokenEntity } = st;
  for (const a of structure.authors) {
    const first = tokens.findIndex((t) => t.start >= a.start);
    if (first < 0) continue;
    let last = first;
    while (last < n && tokens[last].end <= a.end) last++;
    if (last <= first) continue;
    for (let k = first; k < last; k++) {
      const idx = tokenEntity[k];
      if (idx >= 0) {
        // Undo a mention the body pass made of part of the name.
        const b = builders[idx];
        b.mentions = b.mentions.filter((m) => m.end <= tokens[first].start || m.start >= tokens[last - 1].end);
        tokenEntity[k] = -1;
      }
    }
    const b = byKey.get(keyOf(a.text)) ?? newBuilder(st, a.text, 'person', 3, first, undefined, 'byline');
    b.type = 'person';
    b.author = true;
    b.role = b.role ?? 'Author';
    addMention(st, b, first, last, 'name');
  }
}

/** "the Russian foreign minister", "the president": a role noun refers back to the person holding that role. */
export const roleReference = {
  id: 'role-reference',
  description: 'A role noun ("the foreign minister") refers back to the person the article gave that role.',
  examples: [
    { text: 'Foreign Minister Anja Berg arrived on Monday. The minister said little.', name: 'The minister', type: 'person' as const },
  ],
};

export function addRoleMentions(st: Merge): void {
  const { tokens, structure } = st.ctx;
  const { builders, tokenEntity } = st;
  const sentences = structure.sentences;
  const roleHolders = builders.filter((b) => b.type === 'person' && b.role);
  const roleWords = new Map(roleHolders.map((b) => [b, new Set(lowerWord(b.role!).split(/[^\p{L}.-]+/u).filter(Boolean))]));
  const mentionStarts = new Map(roleHolders.map((b) => [b, b.mentions.map((m) => m.start).sort((x, y) => x - y)]));
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const w = tokens[i].lower;
      if (w !== 'the' || tokenEntity[i + 1] >= 0) continue;
      let j = i + 1;
      const mods: string[] = [];
      while (j < s.endToken && j < i + 5 && tokens[j].kind === 'word' && tokenEntity[j] < 0) {
        const lw = tokens[j].lower;
        if (ROLE_NOUNS.has(lw) || TITLE_HEADS.has(lw)) {
          // "the head of the X, Name" and "the minister Sergei Lavrov" are titles, not back-references.
          const nx = tokens[j + 1];
          if (nx && (isCapWord(nx) || nx.lower === 'of')) break;
          const person = findByRole(lw, mods, tokens[i].start);
          if (person) addMention(st, person, i, j + 1, 'role');
          break;
        }
        if (!(DEMONYMS.has(lw) || TITLE_WORDS.has(lw) || isKnownPlace(tokens[j].text))) break;
        if (TITLE_WORDS.has(lw)) mods.push(lw);
        j++;
      }
    }
  }

  function findByRole(head: string, mods: string[], before: number): Builder | undefined {
    let best: Builder | undefined;
    let bestPos = -1;
    for (const b of roleHolders) {
      const words = roleWords.get(b)!;
      if (!words.has(head) || !mods.every((m) => words.has(m))) continue;
      const last = lastStartBefore(b, before);
      if (last > bestPos) { best = b; bestPos = last; }
    }
    return best;
  }

  /** The start of the builder's last mention before `pos`, or -1 (its starts are kept sorted). */
  function lastStartBefore(b: Builder, pos: number): number {
    const starts = mentionStarts.get(b)!;
    const i = countBefore(starts, (s) => s < pos);
    return i > 0 ? starts[i - 1] : -1;
  }
}
