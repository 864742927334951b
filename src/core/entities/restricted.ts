// Headlines and all-capitals or Title Case lines: capitals say nothing there, so only names the
// article's body already knows and the gazetteers' places and organisations are matched.
import { AGENCIES, COMMON_CAPITALISED, isKnownPlace, isNation, KNOWN_ORGS, lowerWord } from '../lexicon/lexicon';
import type { SentenceMode } from './runs';
import { addMention, newBuilder, type Builder, type Merge } from './merge';
import { everydayWord, isEventWord, titleCase } from './tests';
import { DATE_START, LOCATIVE } from './words';

/**
 * In a headline or a line in capitals ("CHICAGO AT TORONTO", "1997 FED CUP"), names are matched
 * against the body's names (full name, alias, surname) and the gazetteers, never read from
 * capitals: a name inside an event's name is none of its own, and in a sports report a city is
 * its club unless a locative or a dateline says it is the place.
 */
export const restrictedLines = {
  id: 'restricted-lines',
  description: 'In a headline or a line in capitals, only names the body or the gazetteers know are names.',
  examples: [
    { text: 'Okafor Wins Harbour Vote In Lisbon\n\nMaria Okafor won the vote on Tuesday.', name: 'Lisbon', type: 'place' as const },
    // (Nor a word in lower case, though the body names someone by it.)
    { text: '"We are at breaking point": staff on the brink say\n\nNurses at Harlow General say they are exhausted.\n\nUnion rep Tomas Brink said the ward was short of staff.', name: 'brink', type: null },
    // (Not a known place that is a street's first word: "Geelong Road".)
    { text: 'Flooded homes in Geelong Road, Kelsby, on Monday morning.\n\nResidents were taken to a rest centre overnight.', name: 'Geelong', type: null },
  ],
};

/**
 * The token at `k` (before `to`) is a capitalised street's or a square's word: the place before it
 * names the street ("Geelong Road", "Harlow Square"), no place of its own.
 */
function streetOf(st: Merge, k: number, to: number): boolean {
  const t = st.ctx.tokens[k];
  return k < to && t.kind === 'word' && STREET_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text);
}

/** A street's or a square's last word: not a sea's or a river's, where the place alone is still the place ("the Quarrow Sea"). */
const STREET_WORDS: ReadonlySet<string> = new Set(['road', 'street', 'avenue', 'boulevard', 'lane', 'square', 'plaza', 'drive', 'terrace', 'crescent']);

export function matchRestricted(st: Merge, restricted: readonly { from: number; to: number; mode: SentenceMode }[]): void {
  const { text, tokens, n, sportsDoc } = st.ctx;
  const { builders, byKey, tokenEntity } = st;
  const known = new Map<string, Builder>();
  for (const b of builders) {
    known.set(lowerWord(b.name), b);
    for (const a of b.aliases) known.set(lowerWord(a), b);
    if (b.type === 'person') {
      const parts = b.name.split(/\s+/);
      known.set(lowerWord(parts[parts.length - 1]), b);
    }
  }
  for (const r of restricted) {
    let i = r.from;
    while (i < r.to) {
      // (No name opens with a word in lower case, whatever the line's style: "staff on the brink say"
      // names no one called Brink.)
      if (tokens[i].kind !== 'word' || tokenEntity[i] >= 0 || tokens[i].text === tokens[i].lower) { i++; continue; }
      let matched = 0;
      for (let len = Math.min(5, r.to - i); len >= 1 && !matched; len--) {
        const last = tokens[i + len - 1];
        if (last.kind !== 'word') continue;
        const span = text.slice(tokens[i].start, last.end);
        // (The span's lower case and whether it is a known place, each found once: a token of a
        // restricted line is tried at up to five lengths.)
        const lw = len === 1 ? tokens[i].lower : lowerWord(span);
        const known0 = known.get(lw);
        const asTitle = r.mode === 'allcaps' ? titleCase(span) : span;
        const place = isKnownPlace(asTitle);
        const prevW = i > 0 ? tokens[i - 1].lower : '';
        // "CHICAGO AT TORONTO": the side after "at" is where the game is, whatever the
        // standings called it.
        const b = known0 && known0.type === 'organization' && place && LOCATIVE.has(prevW) ? undefined : known0;
        // "1997 FED CUP", "U.S. OPEN": a name inside an event's name is none of its own.
        if ((b || place || AGENCIES.has(asTitle) || KNOWN_ORGS.has(asTitle)) && i + len < r.to && isEventWord(tokens[i + len].text)) {
          matched = len;
        } else if (b) {
          addMention(st, b, i, i + len, b.type === 'person' && len === 1 && b.name.includes(' ') ? 'surname' : 'name');
          matched = len;
        } else if (place && !COMMON_CAPITALISED.has(lw) && !(len === 1 && everydayWord(st.ctx, asTitle) && !isNation(asTitle)) && !streetOf(st, i + len, r.to)) {
          // (A one-word place that is an everyday word, "Man", "Mobile", "Reading", or one the
          // article writes in lower case, capitalised only by the line's style, is matched where
          // the body names it: as `b` above.)
          const prevWord = i > 0 ? tokens[i - 1].lower : '';
          const nextWord = i + len < n ? tokens[i + len].text : '';
          const club = sportsDoc && !isNation(asTitle) && !LOCATIVE.has(prevWord) && !(i === r.from && (nextWord === '(' || nextWord === ',' || DATE_START.test(nextWord)));
          const placeKey = 'place:' + lowerWord(asTitle);
          const existing = !club ? byKey.get(placeKey) : undefined;
          const nb = existing ?? newBuilder(st, asTitle, club ? 'organization' : 'place', club ? 2 : 3, i, undefined, 'restricted-lines');
          if (!club && !existing) byKey.set(placeKey, nb);
          if (!known.has(lw)) known.set(lw, nb);
          addMention(st, nb, i, i + len, 'name');
          matched = len;
        } else if (AGENCIES.has(asTitle) || KNOWN_ORGS.has(asTitle) || KNOWN_ORGS.has(span)) {
          const nb = newBuilder(st, KNOWN_ORGS.has(span) ? span : asTitle, 'organization', 3, i, undefined, 'restricted-lines');
          nb.agency = AGENCIES.has(asTitle);
          known.set(lw, nb);
          addMention(st, nb, i, i + len, 'name');
          matched = len;
        }
      }
      i += matched || 1;
    }
  }
}
