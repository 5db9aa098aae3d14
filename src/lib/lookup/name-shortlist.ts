/**
 * Which names fuse.js should score for a typed query. fuse.js compares the query with every name
 * it is given, one by one (about 10 µs a name); at 10,000 entries with their aliases that is
 * tens of thousands of names and hundreds of milliseconds a query. A name within fuse.js's typo
 * threshold of the query keeps many of the query's character pairs, so the names sharing the
 * most pairs are the ones worth scoring. fuse.js's score of a name does not depend on the other
 * names it is given, so scoring a shortlist ranks those names as scoring all of them would.
 */

/** The distinct pairs of adjacent characters of `text`, ignoring case (as fuse.js does by default). */
export function characterPairs(text: string): string[] {
  const chars = [...text.toLowerCase()];
  const pairs = new Set<string>();
  for (let k = 1; k < chars.length; k++) pairs.add(chars[k - 1]! + chars[k]!);
  return [...pairs];
}

/**
 * Postings of character pairs over `names`, built once. The returned function gives the positions
 * (ascending, so fuse.js breaks ties in the original order) of the `size` names sharing the most
 * pairs with the query, ties to the earlier name; every name when there are no more than `size`.
 */
export function nameShortlist(names: readonly string[]): (query: string, size: number) => number[] {
  const postings = new Map<string, number[]>();
  names.forEach((name, i) => {
    for (const pair of characterPairs(name)) {
      const list = postings.get(pair);
      if (list) list.push(i);
      else postings.set(pair, [i]);
    }
  });
  /** Scratch: pairs shared with the current query per name, zero between queries. */
  const shared = new Uint16Array(names.length);
  return (query, size) => {
    if (names.length <= size) return names.map((_, i) => i);
    const pairs = characterPairs(query);
    for (const pair of pairs) for (const i of postings.get(pair) ?? []) shared[i]!++;
    // How many names share each number of pairs, then the least number a shortlisted name shares
    // (`least`) and how many of the names sharing exactly that many still fit (`room`): one pass
    // in name order then picks the shortlist, ties to the earlier name, without sorting.
    const count = new Array<number>(pairs.length + 1).fill(0);
    for (let i = 0; i < names.length; i++) count[shared[i]!]!++;
    let least = pairs.length;
    let above = 0;
    while (least > 0 && above + count[least]! < size) above += count[least--]!;
    let room = size - above;
    const picked: number[] = [];
    for (let i = 0; i < names.length; i++) {
      const n = shared[i]!;
      shared[i] = 0;
      if (n > least || (n === least && room-- > 0)) picked.push(i);
    }
    return picked;
  };
}
