/**
 * Reading a zip package from its bytes, without Node: the central directory (names, sizes, where
 * each entry's data starts) and each entry's content inflated in chunks, so a 100 MB sheet is never
 * held as one string. Runs in Node and in a browser's Web Worker alike.
 */
import { Inflate } from "fflate";

export interface ZipDirEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  compressedSize: number;
  /** Uncompressed size as the central directory declares it. */
  size: number;
  localOffset: number;
}

/** Not a zip, or a damaged one; the message is for developers (the reader maps it to "corrupt"). */
export class ZipReadError extends Error {
  override readonly name = "ZipReadError";
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Does the package start like a zip (a local file header)? */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && view(bytes).getUint32(0, true) === SIG_LOCAL;
}

const utf8 = new TextDecoder("utf-8");

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** The central directory's entries, in their order. Throws ZipReadError on anything unexpected. */
export function zipDirectory(bytes: Uint8Array): ZipDirEntry[] {
  const dv = view(bytes);
  let end = -1;
  for (let i = bytes.length - 22, min = Math.max(0, bytes.length - 65557); i >= min; i--) {
    if (dv.getUint32(i, true) === SIG_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipReadError("zip: end of central directory not found");
  const count = dv.getUint16(end + 10, true);
  const cdSize = dv.getUint32(end + 12, true);
  const cdOffset = dv.getUint32(end + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new ZipReadError("zip64 is not supported");
  if (cdOffset + cdSize > bytes.length) throw new ZipReadError("zip: central directory out of range");
  const out: ZipDirEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== SIG_CENTRAL) throw new ZipReadError("zip: bad central directory entry");
    const flags = dv.getUint16(p + 8, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    out.push({
      name: flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes),
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      localOffset: dv.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The entry's compressed bytes (a view, not a copy). */
function rawData(bytes: Uint8Array, e: ZipDirEntry): Uint8Array {
  const dv = view(bytes);
  const p = e.localOffset;
  if (p + 30 > bytes.length || dv.getUint32(p, true) !== SIG_LOCAL) throw new ZipReadError(`zip: bad local header for ${e.name}`);
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  if (start + e.compressedSize > bytes.length) throw new ZipReadError(`zip: data of ${e.name} out of range`);
  return bytes.subarray(start, start + e.compressedSize);
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
