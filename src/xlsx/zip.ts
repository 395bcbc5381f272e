/**
 * The zip layer of the package writer, pure (runs in Node and in the browser): read the central
 * directory, inflate one entry (fflate) where its content must be read, and write a package whose
 * untouched entries are copied as they are stored — the same compressed bytes, never re-deflated —
 * through fflate's Zip stream. Not a general zip tool: no zip64, no encryption, no multi-disk.
 */
import { Zip, ZipDeflate, inflateSync, strFromU8, strToU8, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** MS-DOS time and date of the entry, as stored. */
  time: number;
  date: number;
  localOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;

const u16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
const u32 = (b: Uint8Array, p: number) => (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === SIG_LOCAL;
}

function findEnd(bytes: Uint8Array): number {
  const min = Math.max(0, bytes.length - 65557);
  for (let i = bytes.length - 22; i >= min; i--) if (u32(bytes, i) === SIG_END) return i;
  throw new ZipFormatError("zip: end of central directory not found");
}

/** The entries of the central directory, in their stored order. Throws ZipFormatError. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  const end = findEnd(bytes);
  const count = u16(bytes, end + 10);
  const cdSize = u32(bytes, end + 12);
  const cdOffset = u32(bytes, end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new ZipFormatError("zip64 is not supported");
  if (cdOffset + cdSize > bytes.length) throw new ZipFormatError("zip: central directory out of range");
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== SIG_CENTRAL) throw new ZipFormatError("zip: bad central directory entry");
    const flags = u16(bytes, p + 8);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    out.push({
      name: strFromU8(bytes.subarray(p + 46, p + 46 + nameLen), !(flags & 0x800)),
      flags,
      method: u16(bytes, p + 10),
      time: u16(bytes, p + 12),
      date: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The entry's bytes as stored (compressed when its method is 8). */
export function rawData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const p = e.localOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== SIG_LOCAL) throw new ZipFormatError(`zip: bad local header for ${e.name}`);
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  if (start + e.compressedSize > bytes.length) throw new ZipFormatError(`zip: data of ${e.name} out of range`);
  return bytes.subarray(start, start + e.compressedSize);
}

/** The uncompressed content of one entry. */
export function readEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const raw = rawData(bytes, e);
  if (e.method === 0) return raw;
  if (e.method === 8) return inflateSync(raw, { out: new Uint8Array(e.size) });
  throw new ZipFormatError(`zip: compression method ${e.method} of ${e.name} is not supported`);
}

export function readEntryText(bytes: Uint8Array, e: ZipEntry): string {
  return strFromU8(readEntry(bytes, e));
}

/** An MS-DOS date/time → a Date in local time (how fflate takes an entry's mtime back). */
function dosDate(date: number, time: number): Date {
  const d = new Date(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2);
  return Number.isNaN(d.getTime()) || d.getFullYear() < 1980 ? new Date(1980, 0, 1) : d;
}

/**
 * An entry handed to fflate's Zip as it is stored: fflate writes its header and our bytes,
 * which are the original compressed bytes, with the original CRC, sizes and method.
 */
class StoredEntry implements ZipInputFile {
  filename: string;
  size: number;
  crc: number;
  compression: number;
  mtime: Date;
  ondata?: AsyncFlateStreamHandler;
  constructor(
    e: ZipEntry,
    private readonly data: Uint8Array,
  ) {
    this.filename = e.name;
    this.size = e.size;
    this.crc = e.crc;
    this.compression = e.method;
    this.mtime = dosDate(e.date, e.time);
  }
  send(): void {
    this.ondata!(null, this.data as Uint8Array<ArrayBuffer>, true);
  }
}

/**
 * One entry of a package being written: a stored entry copied as is, or new content to deflate
 * (dated like `dated`, e.g. the entry it replaces; else like the package's newest entry).
 */
export type OutEntry = { name: string; copyOf: ZipEntry } | { name: string; content: Uint8Array | string; dated?: ZipEntry };

/** Writes the package: `source` supplies the stored bytes of the copied entries. */
export function writeZip(source: Uint8Array, entries: OutEntry[]): Uint8Array {
  // New parts carry a date from the package itself, not the clock: the output depends on its input only.
  let newest: ZipEntry | undefined;
  for (const e of entries) {
    const d = "copyOf" in e ? e.copyOf : e.dated;
    if (d && (!newest || d.date > newest.date || (d.date === newest.date && d.time > newest.time))) newest = d;
  }
  const chunks: Uint8Array[] = [];
  let failed: Error | undefined;
  const zip = new Zip((err, chunk) => {
    if (err) failed = err;
    else chunks.push(chunk);
  });
  for (const e of entries) {
    if ("copyOf" in e) {
      const stored = new StoredEntry({ ...e.copyOf, name: e.name }, rawData(source, e.copyOf));
      zip.add(stored);
      stored.send();
    } else {
      const data = typeof e.content === "string" ? strToU8(e.content) : e.content;
      const file = new ZipDeflate(e.name, { level: 6 });
      const d = e.dated ?? newest;
      file.mtime = d ? dosDate(d.date, d.time) : new Date(1980, 0, 1);
      zip.add(file);
      file.push(data, true);
    }
    if (failed) throw failed;
  }
  zip.end();
  if (failed) throw failed;
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/**
 * The package with some entries replaced (null: removed; a name it does not have: added at the
 * end); every other entry is copied as stored, in order.
 */
export function replaceEntries(source: Uint8Array, replace: Map<string, Uint8Array | string | null>): Uint8Array {
  const entries = listEntries(source);
  const out: OutEntry[] = [];
  for (const e of entries) {
    const r = replace.get(e.name);
    if (r === null) continue;
    out.push(r === undefined ? { name: e.name, copyOf: e } : { name: e.name, content: r, dated: e });
  }
  for (const [name, content] of replace) if (content !== null && !entries.some((e) => e.name === name)) out.push({ name, content });
  return writeZip(source, out);
}
