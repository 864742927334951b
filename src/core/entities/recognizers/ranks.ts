// Ranks and offices that are titles only where they stand: "Able Seaman", "Trade CS", "Rev Canon".
import { isFirstName, PORTFOLIO_WORDS, TITLE_WORDS } from '../../lexicon/lexicon';
import type { EntityContext } from '../context';

/** A rating's grade before its rank, no given name: "Able Seaman", "Ordinary Seaman". */
const RATING_GRADES: ReadonlyMap<string, ReadonlySet<string>> = new Map([['able', new Set(['seaman'])], ['ordinary', new Set(['seaman'])]]);

/**
 * A title's word that is one only where it stands (token k of a run a..b): a rating, its grade
 * before it ("Able Seaman Jack Tarn"), "Seaman" only before a given name and a surname (a surname
 * too); a Kenyan Cabinet Secretary after the portfolio ("Trade CS Moses Kiptoo"); a canon after a
 * cleric's style ("The Rev Canon Sarah Vell").
 */
export function rankAt(tokens: EntityContext['tokens'], k: number, a: number, b: number): boolean {
  const w = tokens[k].lower;
  if (k + 1 < b && RATING_GRADES.get(w)?.has(tokens[k + 1].lower)) return true;
  if (w === 'seaman') return b - k >= 3 && isFirstName(tokens[k + 1].text);
  if (k <= a) return false;
  const before = tokens[k - 1].lower;
  return (tokens[k].text === 'CS' && (TITLE_WORDS.has(before) || PORTFOLIO_WORDS.has(before))) || (w === 'canon' && /^(?:rev|rev\.|revd|reverend|very|venerable|ven)$/.test(before));
}

