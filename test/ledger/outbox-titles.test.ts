/**
 * A document-exchange outbox (粤政易·公文交换 发件箱: 发送时间 | 发文单位 | 接收单位 | 标题) has a material
 * log's columns as much as a report log's; what its rows are, its titles say: 7月份工作进展 is a
 * monthly report, 经验材料 a material.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const outbox = (titles: string[]): Sheet => ({
  name: "公文交换",
  rows: [
    ["粤政易·公文交换 发件箱导出 导出时间：2021-09-10 15:22:06"],
    ["序号", "发送时间", "发文单位", "接收单位", "标题", "附件数", "签收状态"],
    ...titles.map((t, i) => [i + 1, `2021-0${i + 1}-10 09:12:33`, "某县商务局", "湛江市商务局", t, 2, "已签收"]),
  ],
});

test("an outbox of monthly progress reports is the report log", () => {
  const { ledgers } = readLedgers(
    { sheets: [outbox(["某县12月份工作进展", "某县1-2月份工作进展", "某县3月份工作进展及电商扶贫统计", "关于我县示范工作情况的报告"])] },
    GD_2019,
  );
  expect(ledgers.reports.map((r) => r.source.row)).toEqual([3, 4, 5, 6]);
  expect(ledgers.materials).toEqual([]);
});

test("…and one holding both sends each row where its title says", () => {
  const { ledgers } = readLedgers({ sheets: [outbox(["某县12月份工作进展", "某县电商扶贫典型经验材料", "某县3月份工作进展", "某县4月份工作进展"])] }, GD_2019);
  expect(ledgers.reports.map((r) => r.source.row)).toEqual([3, 5, 6]);
  expect(ledgers.materials.map((r) => r.source.row)).toEqual([4]);
});
