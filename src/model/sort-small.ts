// A stable in-place sort for the many short arrays of per-person work. `Array.prototype.sort` allocates its
// working state on every call with two elements or more (~860 bytes, whatever the length): at 1M rows the
// people and reconcile stages sorted ~700k short arrays, ~600 MB of garbage that the young generation had to
// make room for. Insertion sort allocates nothing.

/** Arrays longer than this go to `Array.prototype.sort`: moving elements one by one would show. */
const INSERTION_MAX = 64;

/**
 * Sorts `array` in place by `compare` and returns it, like `array.sort(compare)`. Stable, as the built-in sort
 * is, so the result is the same element for element. Binary insertion: ~n·log2(n) comparisons, as a merge.
 */
export function sortSmall<T>(array: T[], compare: (a: T, b: T) => number): T[] {
  return sortRange(array, 0, array.length, compare);
}

/** Sorts `array[from, to)` in place, as sortSmall sorts a whole array, and returns the array. */
export function sortRange<T>(array: T[], from: number, to: number, compare: (a: T, b: T) => number): T[] {
  if (to - from > INSERTION_MAX) {
    if (from === 0 && to === array.length) return array.sort(compare);
    const part = array.slice(from, to).sort(compare);
    for (let i = from; i < to; i++) array[i] = part[i - from];
    return array;
  }
  for (let i = from + 1; i < to; i++) {
    const item = array[i];
    if (compare(array[i - 1], item) <= 0) continue;
    // The first of array[from, i) greater than item: equal elements stay before it (stability).
    let lo = from;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(array[mid], item) > 0) hi = mid;
      else lo = mid + 1;
    }
    for (let j = i; j > lo; j--) array[j] = array[j - 1];
    array[lo] = item;
  }
  return array;
}
