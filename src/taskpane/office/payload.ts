/**
 * Payload arithmetic for the Office.js adapter (pure; no Office).
 *
 * Excel on the web rejects a request or a response above 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). The adapter keeps every batch under 4 MB: it aims lower than
 * that (3.5 MB for reads, whose size is estimated; 3.5 MB for writes, whose size it computes from
 * the data it sends) and, should Excel still refuse a batch, retries it in halves.
 */

export const MB = 1024 * 1024;
/** No request or response the adapter sends is meant to exceed this. */
export const PAYLOAD_CEILING = 4 * MB;
/**
 * What one read batch aims at (estimated from the bytes per cell seen so far, times READ_SAFETY):
 * about 3.2 MB of values per sync, so a large read takes few more syncs than bytes / 4 MB.
 */
export const READ_TARGET_BYTES = 3.5 * MB;
/** What one write batch aims at (computed from the JSON of the values it sends). */
export const WRITE_TARGET_BYTES = 3.5 * MB;
/**
 * A read estimate is multiplied by this: later rows may hold longer text than the first ones (the
 * estimate is the largest bytes per cell seen so far; a response Excel still refuses is retried in halves).
 */
export const READ_SAFETY = 1.1;
/** Bytes an action costs besides its data (object path, property name, ids), generously. */
export const ACTION_OVERHEAD = 200;

/** UTF-8 byte length of a string, without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON (UTF-8): what it weighs in a request or a response. */
export function jsonBytes(x: unknown): number {
  return utf8Length(JSON.stringify(x) ?? "null");
}

/** Office's error code of a thrown value (OfficeExtension.Error has `code`). */
export function errorCode(e: unknown): string | undefined {
  if (e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string") return (e as { code: string }).code;
  return undefined;
}

export function isPayloadLimitError(e: unknown): boolean {
  const code = errorCode(e);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** Something packed into batches: its size, and optionally how to cut it to fill a batch. */
export interface Packable<T> {
  bytes: number;
  splitAt?(bytes: number): [T, T] | undefined;
}

/**
 * Items in order into batches of at most `budget` estimated bytes. An item that does not fit the
 * room left in a batch is cut (splitAt) to fill it when the room is worth it (more than 5% of the
 * budget), so batches are full: the number of batches is what the data needs, not one per item.
 */
export function packFilling<T extends Packable<T>>(items: T[], budget: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let size = 0;
  const queue = items.slice().reverse();
  while (queue.length) {
    const it = queue.pop()!;
    if (size + it.bytes <= budget || cur.length === 0) {
      if (it.bytes > budget && cur.length === 0 && it.splitAt) {
        const parts = it.splitAt(budget);
        if (parts) {
          out.push([parts[0]]);
          queue.push(parts[1]);
          continue;
        }
      }
      cur.push(it);
      size += it.bytes;
      continue;
    }
    const room = budget - size;
    const parts = room > budget * 0.05 ? it.splitAt?.(room) : undefined;
    if (parts) {
      cur.push(parts[0]);
      queue.push(parts[1]);
    } else queue.push(it);
    out.push(cur);
    cur = [];
    size = 0;
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Row ranges [start, end) of at most `budget` bytes each, given each row's size (a row larger than
 * the budget goes alone).
 */
export function rowChunks(rowBytes: number[], budget: number, from = 0, to = rowBytes.length): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  let size = 0;
  for (let r = from; r < to; r++) {
    if (r > start && size + rowBytes[r] > budget) {
      out.push([start, r]);
      start = r;
      size = 0;
    }
    size += rowBytes[r];
  }
  if (to > start) out.push([start, to]);
  return out;
}
