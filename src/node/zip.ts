/**
 * A minimal ZIP reader/rewriter for xlsx packages: list the parts, read one, and rewrite a package
 * with some parts replaced (the others are copied byte for byte, still compressed). Enough to
 * inspect what exceljs will not keep and to patch what it writes wrongly; not a general zip tool
 * (no zip64, no encryption, no multi-disk).
 */
import { deflateRawSync, inflateRawSync } from "zlib";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  localOffset: number;
  externalAttrs: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;

export class ZipFormatError extends Error {}

export function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf.readUInt32LE(0) === SIG_LOCAL;
}

function findEnd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === SIG_END) return i;
  throw new ZipFormatError("zip: end of central directory not found");
}

/** The entries of the central directory. Throws ZipFormatError on anything unexpected. */
export function listZip(buf: Buffer): ZipEntry[] {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  const cdSize = buf.readUInt32LE(end + 12);
  const cdOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new ZipFormatError("zip64 is not supported");
  if (cdOffset + cdSize > buf.length) throw new ZipFormatError("zip: central directory out of range");
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== SIG_CENTRAL) throw new ZipFormatError("zip: bad central directory entry");
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const nameBuf = buf.subarray(p + 46, p + 46 + nameLen);
    out.push({
      name: flags & 0x800 ? nameBuf.toString("utf8") : nameBuf.toString("latin1"),
      flags,
      method: buf.readUInt16LE(p + 10),
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      externalAttrs: buf.readUInt32LE(p + 38),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function rawData(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== SIG_LOCAL) throw new ZipFormatError(`zip: bad local header for ${e.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + e.compressedSize > buf.length) throw new ZipFormatError(`zip: data of ${e.name} out of range`);
  return buf.subarray(start, start + e.compressedSize);
}

/** The uncompressed content of one entry. */
export function readEntry(buf: Buffer, e: ZipEntry): Buffer {
  const raw = rawData(buf, e);
  if (e.method === 0) return Buffer.from(raw);
  if (e.method === 8) return inflateRawSync(raw);
  throw new ZipFormatError(`zip: compression method ${e.method} of ${e.name} is not supported`);
}

export function readText(buf: Buffer, entries: ZipEntry[], name: string): string | undefined {
  const e = entries.find((x) => x.name === name);
  return e ? readEntry(buf, e).toString("utf8") : undefined;
}

let CRC_TABLE: Uint32Array | undefined;

export function crc32(data: Buffer): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A copy of the package with some entries' contents replaced (null: removed; a name the package
 * does not have: added at the end); the other entries are copied as they are, in order.
 */
export function rewriteZip(buf: Buffer, replace: Map<string, Buffer | null>): Buffer {
  const existing = listZip(buf);
  const entries = existing.filter((e) => replace.get(e.name) !== null);
  for (const [name, content] of replace) {
    if (content && !existing.some((e) => e.name === name)) {
      entries.push({ name, method: 8, flags: 0, crc: 0, compressedSize: 0, size: 0, time: 0, date: 0x21, localOffset: -1, externalAttrs: 0 });
    }
  }
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const content = replace.get(e.name);
    let data: Buffer;
    let method = e.method;
    let crc = e.crc;
    let size = e.size;
    if (content) {
      data = deflateRawSync(content);
      method = 8;
      crc = crc32(content);
      size = content.length;
    } else {
      data = rawData(buf, e);
    }
    const flags = (e.flags & ~0x08) | 0x800; // sizes in the header (no data descriptor), UTF-8 names
    const local = Buffer.alloc(30);
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(SIG_CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(e.time, 12);
    central.writeUInt16LE(e.date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(e.externalAttrs, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
