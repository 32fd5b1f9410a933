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
  const n = array.length;
  if (n > INSERTION_MAX) return array.sort(compare);
  for (let i = 1; i < n; i++) {
    const item = array[i];
    if (compare(array[i - 1], item) <= 0) continue;
    // The first of array[0, i) greater than item: equal elements stay before it (stability).
    let lo = 0;
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
