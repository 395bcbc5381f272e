/**
 * `target.push(...items)` passes every item as an argument of one call: past some 120,000 items
 * (Node 20) it throws "Maximum call stack size exceeded". A ledger's records can be that many, so
 * they are appended one by one.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
