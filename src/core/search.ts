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
