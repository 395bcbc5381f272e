/**
 * Reading a zip package from its bytes, without Node: the central directory (names, sizes, where
 * each entry's data starts) and each entry's content inflated in chunks, so a 100 MB sheet is never
 * held as one string. Runs in Node and in a browser's Web Worker alike.
 */
import { Inflate } from "fflate";
import { isZip, listEntries, rawData as storedData, ZipFormatError, type ZipEntry } from "./zip";

/** An entry of the central directory, as the package writer's zip layer reads it (./zip). */
export type ZipDirEntry = ZipEntry;

/** Not a zip, or a damaged one; the message is for developers (the reader maps it to "corrupt"). */
export class ZipReadError extends Error {
  override readonly name = "ZipReadError";
}

/** Does the package start like a zip (a local file header)? */
export const looksLikeZip = isZip;

/** The zip layer's own error, as the reader's: the writer and the reader parse the directory alike. */
function asReadError<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ZipFormatError) throw new ZipReadError(e.message);
    throw e;
  }
}

/** The central directory's entries, in their order. Throws ZipReadError on anything unexpected. */
export function zipDirectory(bytes: Uint8Array): ZipDirEntry[] {
  return asReadError(() => listEntries(bytes));
}

/** The entry's compressed bytes (a view, not a copy). */
function rawData(bytes: Uint8Array, e: ZipDirEntry): Uint8Array {
  return asReadError(() => storedData(bytes, e));
}

/** How much compressed input is inflated at a time: small enough to keep memory flat. */
const CHUNK = 64 * 1024;

/**
 * The entry's content as UTF-8 text, handed to `onText` piece by piece (a character split between
 * two inflated chunks is kept whole). Throws ZipReadError when the data cannot be inflated.
 */
export function streamEntryText(bytes: Uint8Array, e: ZipDirEntry, onText: (text: string) => void): void {
  const raw = rawData(bytes, e);
  const decoder = new TextDecoder("utf-8");
  // A byte-order mark is not text (TextDecoder drops it by default: ignoreBOM false).
  if (e.method === 0) {
    for (let i = 0; i < raw.length; i += CHUNK) onText(decoder.decode(raw.subarray(i, i + CHUNK), { stream: true }));
    onText(decoder.decode());
    return;
  }
  if (e.method !== 8) throw new ZipReadError(`zip: compression method ${e.method} of ${e.name} is not supported`);
  const inflate = new Inflate((chunk) => onText(decoder.decode(chunk, { stream: true })));
  try {
    if (raw.length === 0) inflate.push(new Uint8Array(0), true);
    for (let i = 0; i < raw.length; i += CHUNK) inflate.push(raw.subarray(i, i + CHUNK), i + CHUNK >= raw.length);
  } catch (err) {
    if (err instanceof ZipReadError) throw err;
    // A handler's own error (a malformed XML part) is not a zip error: let it through as it is.
    if (!(err as { code?: unknown }).code || typeof (err as { code?: unknown }).code !== "number") throw err;
    throw new ZipReadError(`zip: ${e.name} cannot be inflated (${(err as Error).message})`);
  }
  onText(decoder.decode());
}

/** The whole entry as text (for the small parts: workbook, relationships, styles). */
export function entryText(bytes: Uint8Array, e: ZipDirEntry): string {
  const parts: string[] = [];
  streamEntryText(bytes, e, (t) => parts.push(t));
  return parts.join("");
}
