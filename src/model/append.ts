// Lists that a run keeps to its end, grown one item at a time at their length: V8 gives an array grown by push
// from empty room for 17 items, and a million-row audit keeps such a list for each of its 100k people.

/** A new list: `list`'s items, then `item`. */
export function withAppended<T>(list: readonly T[], item: T): T[] {
  const grown: T[] = new Array(list.length + 1);
  for (let i = 0; i < list.length; i++) grown[i] = list[i];
  grown[list.length] = item;
  return grown;
}
