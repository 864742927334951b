import type { Structure } from '../types';

/**
 * Binary search: the number of leading items for which `before` holds, in a list sorted so
 * that `before` holds for a prefix and fails for the rest.
 */
export function countBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the paragraph holding `offset` (0 before the first). */
export function paragraphAt(structure: Pick<Structure, 'paragraphs'>, offset: number): number {
  return Math.max(0, countBefore(structure.paragraphs, (p) => p.start <= offset) - 1);
}
