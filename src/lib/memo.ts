/**
 * Per-build memos. A build renders thousands of pages from one catalogue object; a derivation that
 * depends only on that object and a key (a topic id, say) is computed once and shared, and goes
 * with the object when it is collected.
 */

/** `compute(owner, key)` once per owner and key. */
export function memoByKey<O extends object, K, T>(compute: (owner: O, key: K) => T): (owner: O, key: K) => T {
  const memo = new WeakMap<O, Map<K, T>>();
  return (owner, key) => {
    let byKey = memo.get(owner);
    if (!byKey) memo.set(owner, (byKey = new Map<K, T>()));
    if (!byKey.has(key)) byKey.set(key, compute(owner, key));
    return byKey.get(key)!;
  };
}
