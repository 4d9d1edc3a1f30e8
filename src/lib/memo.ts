/**
 * The one cache helper. A build renders thousands of pages from one catalogue object; a derivation
 * that depends only on an object (the catalogue, an entry, a search engine, a lexicon) and perhaps
 * a key (a topic id, a locale) is computed once and shared, and goes with the object when it is
 * collected (a WeakMap on the object). Results that depend on text alone (a formatted date, a
 * country's names) are kept in a plain map by their text key: a catalogue has a few thousand.
 *
 * Pure and small: browser islands import it too.
 */

/** `compute(owner)` once per owner. */
export function memoByOwner<O extends object, T>(compute: (owner: O) => T): (owner: O) => T {
  const memo = new WeakMap<O, T>();
  return (owner) => {
    let value = memo.get(owner);
    if (value === undefined && !memo.has(owner)) {
      value = compute(owner);
      memo.set(owner, value);
    }
    return value as T;
  };
}

/** `compute(owner, key)` once per owner and key. */
export function memoByKey<O extends object, K, T>(compute: (owner: O, key: K) => T): (owner: O, key: K) => T {
  const memo = new WeakMap<O, Map<K, T>>();
  return (owner, key) => {
    let byKey = memo.get(owner);
    if (!byKey) memo.set(owner, (byKey = new Map<K, T>()));
    let value = byKey.get(key);
    if (value === undefined && !byKey.has(key)) {
      value = compute(owner, key);
      byKey.set(key, value);
    }
    return value as T;
  };
}

/**
 * A store of results by a text key that says everything the result depends on:
 * `remember(key, () => compute())` computes once per key, for the life of the process.
 */
export function textMemo<T>(): (key: string, compute: () => T) => T {
  const memo = new Map<string, T>();
  return (key, compute) => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      value = compute();
      memo.set(key, value);
    }
    return value as T;
  };
}
