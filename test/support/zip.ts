/** Buffer-friendly helpers over the package writer's zip layer (src/xlsx/zip.ts), for tests. */
import { listEntries, rawData, readEntry as readRaw, replaceEntries, type ZipEntry } from "../../src/xlsx/zip";

export type { ZipEntry };

export function listZip(buf: Uint8Array): ZipEntry[] {
  return listEntries(buf);
}

export function readEntry(buf: Uint8Array, e: ZipEntry): Buffer {
  return Buffer.from(readRaw(buf, e));
}

export function readText(buf: Uint8Array, entries: ZipEntry[], name: string): string | undefined {
  const e = entries.find((x) => x.name === name);
  return e ? readEntry(buf, e).toString("utf8") : undefined;
}

/** The package with some entries replaced (null: removed; new names added at the end). */
export function rewriteZip(buf: Uint8Array, replace: Map<string, Buffer | string | null>): Buffer {
  return Buffer.from(replaceEntries(buf, replace as Map<string, Uint8Array | string | null>));
}

/** The stored (compressed) bytes of an entry. */
export function storedBytes(buf: Uint8Array, e: ZipEntry): Buffer {
  return Buffer.from(rawData(buf, e));
}
