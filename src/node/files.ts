/**
 * Writing files without ever losing one: which path is which file (device + inode, not path
 * strings), atomic replacement (temporary file in the same folder, fsync, rename), numbered backups
 * that never overwrite anything, and a lock file for in-place edits. Every failure is a
 * FileSafetyError with one line for the user (the CLI exits 2).
 */
import { constants, promises as fs, type Stats } from "fs";
import { hostname } from "os";
import * as path from "path";
import { UserError } from "../core/errors";

/** A write that was refused or failed for a reason the user can act on. */
export class FileSafetyError extends UserError {
  override readonly name = "FileSafetyError";
}

/** One line for a failed file operation on `file` (Chinese, then English). */
export function fileErrorMessage(e: unknown, file: string, doing: "写入" | "读取" | "创建" = "写入"): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const en = doing === "读取" ? "read" : doing === "创建" ? "create" : "write";
  const why: Record<string, [string, string]> = {
    EACCES: ["没有权限", "permission denied"],
    EPERM: ["没有权限", "permission denied"],
    EROFS: ["文件系统是只读的", "read-only file system"],
    ENOENT: ["文件夹不存在", "the folder does not exist"],
    ENOTDIR: ["路径中有一段不是文件夹", "a part of the path is not a folder"],
    EISDIR: ["这是一个文件夹", "it is a folder"],
    ENOSPC: ["磁盘空间不足", "no space left on the disk"],
    EDQUOT: ["超出磁盘配额", "disk quota exceeded"],
    EBUSY: ["文件正被占用", "the file is busy"],
    ENAMETOOLONG: ["文件名太长", "the file name is too long"],
  };
  const [zh, enWhy] = why[code ?? ""] ?? [`失败（${code ?? String(e)}）`, `failed (${code ?? String(e)})`];
  return `无法${doing}“${file}”：${zh} / Cannot ${en} "${file}": ${enWhy}`;
}

async function statOrUndefined(file: string): Promise<Stats | undefined> {
  try {
    return await fs.stat(file);
  } catch {
    return undefined;
  }
}

/**
 * The path `file` resolves to with every symlink followed; for a file that does not exist yet, its
 * resolved folder plus its name (undefined when the folder cannot be resolved either).
 */
export async function resolvedPath(file: string): Promise<string | undefined> {
  try {
    return await fs.realpath(file);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(path.resolve(file))), path.basename(file));
    } catch {
      return undefined;
    }
  }
}

/**
 * Do `a` and `b` name the same file? Existing files are compared by device and inode (a hard link,
 * a symlinked folder or another spelling of the path is the same file); a file not yet there by
 * its resolved path.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([statOrUndefined(a), statOrUndefined(b)]);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  const [ra, rb] = await Promise.all([resolvedPath(a), resolvedPath(b)]);
  return (ra ?? path.resolve(a)) === (rb ?? path.resolve(b));
}

/** No write bit at all: the user marked the file read-only (root could write it anyway). */
function isReadOnly(st: Stats): boolean {
  return (st.mode & 0o222) === 0;
}

/**
 * Checks that `file` can be written before any work is done: its folder exists and it is not a
 * folder or a read-only file. Throws FileSafetyError.
 */
export async function checkWritable(file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const d = await statOrUndefined(dir);
  if (!d) throw new FileSafetyError(fileErrorMessage({ code: "ENOENT" }, file));
  if (!d.isDirectory()) throw new FileSafetyError(fileErrorMessage({ code: "ENOTDIR" }, file));
  const st = await statOrUndefined(file);
  if (st?.isDirectory()) throw new FileSafetyError(fileErrorMessage({ code: "EISDIR" }, file));
  if (st && isReadOnly(st)) throw new FileSafetyError(`“${file}”是只读文件，未写入 / "${file}" is read-only; nothing was written`);
}

/**
 * Replaces (or creates) `file` with `data` atomically: a temporary file in the same folder is
 * written and fsynced, then renamed over the target, so a crash leaves either the old file or the
 * new one, never a truncated one. A symlink to an existing file is followed (the link stays). The
 * new file keeps the old one's permission bits.
 */
export async function writeFileAtomic(file: string, data: Buffer | string): Promise<void> {
  await checkWritable(file);
  const existing = await statOrUndefined(file);
  const target = existing ? await fs.realpath(file) : path.resolve(file);
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, "wx", existing ? existing.mode & 0o777 : 0o666);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new FileSafetyError(fileErrorMessage(e, file));
  }
  await syncDir(dir);
}

/** The rename itself is durable only once the folder is synced (not possible on every platform). */
async function syncDir(dir: string): Promise<void> {
  let h: fs.FileHandle | undefined;
  try {
    h = await fs.open(dir, "r");
    await h.sync();
  } catch {
    /* Windows cannot open a folder; the rename is as durable as the platform makes it */
  } finally {
    await h?.close().catch(() => undefined);
  }
}

/** X.xlsx → X.bak.xlsx, then X.bak-2.xlsx, X.bak-3.xlsx …: the n-th backup name. */
export function backupName(file: string, n: number): string {
  const ext = path.extname(file);
  const stem = path.join(path.dirname(file), path.basename(file, ext));
  return `${stem}.bak${n > 1 ? `-${n}` : ""}${ext || ".xlsx"}`;
}

/**
 * Keeps `data` (the workbook as it was read) under the first free backup name; never overwrites a
 * file, so the first original is always kept. Returns the backup's path.
 */
export async function writeBackup(file: string, data: Buffer): Promise<string> {
  for (let n = 1; n < 10000; n++) {
    const name = backupName(file, n);
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(name, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw new FileSafetyError(fileErrorMessage(e, name, "创建"));
    }
    try {
      await handle.writeFile(data);
      await handle.sync();
      await handle.close();
    } catch (e) {
      await handle.close().catch(() => undefined);
      await fs.rm(name, { force: true }).catch(() => undefined);
      throw new FileSafetyError(fileErrorMessage(e, name));
    }
    return name;
  }
  throw new FileSafetyError(`“${file}”的备份已太多（9999 个），请清理后再试 / too many backups of "${file}"; remove some and try again`);
}

/** A lock older than this is left over from a crash. */
export const STALE_LOCK_MS = 10 * 60 * 1000;

interface LockInfo {
  pid: number;
  host: string;
  time: number;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The lock's content when it is stale (its process is gone, or it is too old); undefined when held, null when gone. */
async function staleLock(lock: string): Promise<string | null | undefined> {
  let text: string;
  let st: Stats;
  try {
    [text, st] = await Promise.all([fs.readFile(lock, "utf8"), fs.stat(lock)]);
  } catch {
    return null; // gone in the meantime: free
  }
  if (Date.now() - st.mtimeMs > STALE_LOCK_MS) return text;
  try {
    const info = JSON.parse(text) as LockInfo;
    return info.host === hostname() && Number.isInteger(info.pid) && !pidAlive(info.pid) ? text : undefined;
  } catch {
    return undefined; // being written right now, or garbage: only its age can tell
  }
}

/**
 * Takes the lock `<file>.lock` (beside the resolved file, created exclusively) for an in-place
 * edit; a lock whose process is gone or that is older than STALE_LOCK_MS is taken over. Throws
 * FileSafetyError when another edit holds it. Returns the release function.
 */
export async function acquireLock(file: string): Promise<() => Promise<void>> {
  const target = (await resolvedPath(file)) ?? path.resolve(file);
  const lock = `${target}.lock`;
  const info: LockInfo = { pid: process.pid, host: hostname(), time: Date.now() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const h = await fs.open(lock, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
      await h.writeFile(JSON.stringify(info));
      await h.close();
      return async () => {
        await fs.rm(lock, { force: true }).catch(() => undefined);
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw new FileSafetyError(fileErrorMessage(e, lock, "创建"));
    }
    const seen = await staleLock(lock);
    if (seen === undefined) break;
    if (seen === null) continue;
    // Move the stale lock aside first: of two processes taking it over, only one rename succeeds;
    // if what was moved is not the lock judged stale, another process has just taken it: put it back.
    const aside = `${lock}.${process.pid}.stale`;
    try {
      await fs.rename(lock, aside);
      const moved = await fs.readFile(aside, "utf8");
      if (moved !== seen) {
        await fs.link(aside, lock).catch(() => undefined);
        await fs.rm(aside, { force: true });
        break;
      }
      await fs.rm(aside, { force: true });
    } catch {
      /* another process took it over first; try again */
    }
  }
  throw new FileSafetyError(
    `“${file}”正被另一个 ecom-score 命令修改（锁文件 ${lock}），未写入；请稍后再试 / "${file}" is being changed by another ecom-score command (lock ${lock}); nothing was written, try again later`,
  );
}

/** Size and modification time: enough to notice that someone saved the file in between. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export async function fileStamp(file: string): Promise<FileStamp | undefined> {
  const st = await statOrUndefined(file);
  return st ? { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino } : undefined;
}

export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}
