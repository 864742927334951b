// The people of a place of two words or more: "New Zealanders", "Sri Lankans" (rule nationality).
import { isKnownPlace } from '../../lexicon/lexicon';
import type { EntityContext } from '../context';
import { textOf } from '../tests';

/** tokens[a, b) name the people of a known place of two words or more: "New Zealanders", "Sri Lankans" (not "the New Yorker"). */
export function peopleOfPlace(ctx: EntityContext, a: number, b: number): boolean {
  const last = ctx.tokens[b - 1].text;
  const m = /^(\p{Lu}\p{Ll}+?)(ers?|ns?)$/u.exec(last);
  if (!m) return false;
  const plural = m[2].endsWith('s');
  if (!plural && a > 0 && ctx.tokens[a - 1].lower === 'the') return false;
  return isKnownPlace(`${textOf(ctx, a, b - 1)} ${m[1]}`);
}
