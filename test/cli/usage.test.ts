/** The command line refuses what it does not know, in one line with exit 2, and answers --help and --version. */
import { main } from "../../src/cli/main";

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out: out.join(""), err: err.join("") };
}

test.each([
  [["score", "台账.xlsx", "--outt", "x.xlsx"], /不认识的选项 --outt（可用：--out /],
  [["inspect", "a.xlsx", "b.xlsx"], /多余的参数“b.xlsx”/],
  [["inspect", "a.xlsx", "--jsn"], /不认识的选项 --jsn/],
  [["map", "a.xlsx", "--sheet", "x", "--colum", "village=D"], /不认识的选项 --colum（可用：.*--column/],
  [["template", "a.xlsx", "b.xlsx"], /多余的参数/],
  [["score"], /^ecom-score: score 需要一个工作簿文件/],
  [["score", "a.xlsx", "--json"], /--json 需要文件名，或用 - 表示标准输出/],
  [["score", "a.xlsx", "--quiet=yes"], /--quiet 不带值/],
  [["score", "a.xlsx", "--version"], /不认识的选项 --version/],
  [["scor", "a.xlsx"], /未知命令“scor”/],
])("%j → exit 2 and one line", async (args, message) => {
  const r = await run(args);
  expect(r.code).toBe(2);
  expect(r.err.split("\n")[0]).toMatch(message);
  // One line: the reason, nothing after it.
  expect(r.err.trimEnd().split("\n")).toHaveLength(1);
});

test("<command> --help prints the usage, --version the version", async () => {
  const help = await run(["score", "--help"]);
  expect(help.code).toBe(0);
  expect(help.out).toContain("ecom-score score <workbook.xlsx>");
  // A command's help is that command's usage, not the others'.
  expect(help.out).not.toContain("ecom-score inspect");
  const version = await run(["--version"]);
  expect(version.code).toBe(0);
  expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});
