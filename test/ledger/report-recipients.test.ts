/**
 * A report log shared by the operator and the bureau (云城): the operator's monthly reports to the
 * district's own bureau sit between the bureau's reports to the city. 数据上报 counts the latter.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const log: Sheet = {
  name: "信息报送",
  rows: [
    ["信息报送登记"],
    ["序号", "报送日期", "报送类型", "报送对象", "报送内容", "含电商扶贫数据"],
    [1, "2021-03-03", "运营月报", "区经济促进局", "公共服务中心运营月报", "—"],
    [2, "2021-03-10", "进展月报", "云浮市商务局", "示范创建工作进展", "是"],
    [3, "2021-04-05", "运营月报", "云浮市云城区经济促进局", "公共服务中心运营月报", "—"],
    [4, "2021-04-08", "进展月报", "市商务局", "示范创建工作进展", "是"],
    [5, "2021-05-06", "进展月报", "商务局", "示范创建工作进展", "是"],
    [6, "2021-06-07", "专报", "广东省商务厅", "电商扶贫专报", "是"],
  ],
};

test("only the reports to the city's commerce bureau are counted, each other one said once by kind", () => {
  const r = readLedgers({ sheets: [log] }, GD_2019);
  expect(r.ledgers.reports.map((x) => x.source.row)).toEqual([4, 6, 7]);
  const skipped = r.diagnostics.list.filter((d) => d.message.includes("不是市商务主管部门"));
  expect(skipped.map((d) => d.cell)).toEqual(["D3", "D5", "D8"]);
});
