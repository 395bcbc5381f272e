/**
 * ecom-score: scores ledger workbooks (.xlsx) without Excel — the same pipeline as the task pane.
 * Exit codes: 0 a report was produced (with or without diagnostics), 2 unusable input (one line
 * saying why), 1 a bug. This is the one place that decides them.
 */
import { UserError } from "../core/errors";
import { fileErrorMessage } from "../node/files";
import { processIo, type Io } from "./io";
import { buildProgram, Shown } from "./program";
import { USAGE } from "./usage";
import { VERSION } from "./version";

/** File-system errors the user can act on (permissions, a full disk, a missing folder). */
const USER_FS_ERRORS = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "ENOENT", "ENOTDIR", "EISDIR", "EBUSY", "ENAMETOOLONG"]);

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (argv.length === 0) {
    io.out(USAGE);
    return 2;
  }
  let code = 0;
  try {
    const program = buildProgram(
      VERSION,
      io,
      {
        // Each command is loaded when it runs: template and batch bring exceljs, whose loading
        // alone took 150 ms of every score of a small workbook.
        score: async (files, options) => (await import("./score")).scoreCommand(files, options, io),
        inspect: async (file, options) => (await import("./inspect")).inspectCommand(file, options, io),
        map: async (file, options) => (await import("./map")).mapCommand(file, options, io),
        template: async (out, options) => (await import("./template")).templateCommand(out, options, io),
        verify: async (file, options) => (await import("./verify")).verifyCommand(file, options, io),
        sample: async (file, options) => (await import("./sample")).sampleCommand(file, options, io),
        batch: async (files, options) => (await import("./batch")).batchCommand(files, options, io),
      },
      (c) => (code = c),
    );
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof Shown) return e.exitCode;
    if (e instanceof UserError) {
      io.err(`ecom-score: ${e.message}\n`);
      return 2;
    }
    // A file error that escaped the commands' own checks is still the user's to fix: one line.
    const fsError = e as NodeJS.ErrnoException;
    if (fsError && USER_FS_ERRORS.has(fsError.code ?? "") && fsError.path) {
      io.err(`ecom-score: ${fileErrorMessage(e, fsError.path)}\n`);
      return 2;
    }
    io.err(`ecom-score: 内部错误（请把以下信息反馈给开发者）/ internal error:\n${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
