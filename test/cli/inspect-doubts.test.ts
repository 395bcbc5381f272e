/**
 * inspect shows how each sheet will be read where it is worth a look: a log kept as a calendar, a
 * list on its side, a recognition below full confidence (with the command that fixes it), and a
 * sheet read as fewer records than it has rows — the same notes score puts in its report.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { writeWorkbook } from "../../scripts/lib/grid-xlsx";
import { main } from "../../src/cli/main";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "ecom-inspect-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function inspect(file: string, json = false) {
  const out: string[] = [];
  const io = { out: (s: string) => void out.push(s), err: () => undefined };
  expect(await main(["inspect", file, ...(json ? ["--json"] : [])], io)).toBe(0);
  return out.join("");
}

test("a calendar, a sheet on its side and rows not read are said beside their sheets", async () => {
  const months = ["2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月"];
  const file = path.join(dir, "doubts.xlsx");
  await writeWorkbook(
    [
      { name: "报送记录", rows: [["某县月报报送情况"], ["报送内容", ...months], ["工作月报", "√", "√", null, "√", "√", "√", "√"]] },
      {
        name: "入驻企业",
        rows: [
          ["企业名称", "甲公司", "乙公司", "丙公司"],
          ["统一社会信用代码", "91440000MA0000001X", "91440000MA0000002X", "91440000MA0000003X"],
          ["企业类型", "平台型", "销售型", "物流企业"],
          ["入驻日期", "2020-01-01", "2020-02-01", "2020-03-01"],
        ],
      },
      {
        name: "资金台账",
        rows: [
          ["拨付日期", "项目", "拨付金额"],
          ["2020-01-01", "站点", 100000],
          ["2020-02-01", "培训", "待定"],
        ],
      },
    ],
    file,
  );
  const text = await inspect(file);
  expect(text).toMatch(/报送记录[^\n]*\n\s+请核对（[A-Z]*\d+(?::\d+)?）：[^\n]*按月份作列/);
  expect(text).toMatch(/入驻企业[^\n]*\n\s+请核对（A1）：[^\n]*横排/);
  expect(text).toMatch(/资金台账[^\n]*\n\s+请核对（2:2）：[^\n]*有 2 行数据，读取了 1 条/);
  const json = JSON.parse(await inspect(file, true)) as { doubts: { sheet: string; cell: string; code: string }[] };
  expect(json.doubts.map((d) => d.sheet).sort()).toEqual(["入驻企业", "报送记录", "资金台账"]);
});
