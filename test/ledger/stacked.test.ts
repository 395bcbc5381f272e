/** Several ledgers stacked on one sheet, each under its own title line and header. */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "信息公开及宣传",
  rows: [
    ["某县电子商务进农村综合示范信息公开及宣传台账"],
    [],
    ["一、向市商务局报送工作情况"],
    ["序号", "报送时间", "报送内容", "报送方式", "是否含电商扶贫统计"],
    [1, "2020年9月", "2020年9月工作进展及统计数据", "电子邮件", "是"],
    [2, "2020年10月", "2020年10月工作进展及统计数据", "OA公文", "否"],
    [],
    ["二、县政府网站专栏更新情况"],
    ["序号", "发布日期", "信息标题", "所在栏目"],
    [1, "2020/9/9", "2020年9月项目建设进度", "专题专栏>电子商务进农村综合示范"],
    [2, "2020/10/28", "2020年10月项目建设进度", "专题专栏>电子商务进农村综合示范"],
    [3, "2020/11/25", "2020年11月资金使用情况公示", "专题专栏>电子商务进农村综合示范"],
    [],
    ["三、媒体宣传报道情况"],
    ["序号", "报道日期", "媒体名称", "形式", "标题"],
    [1, "2021.4.8", "人民网", "网络", "小站点撬动农村大市场"],
    [2, "2021.5.21", "广东广播电视台", "电视", "电商扶贫的县域样本"],
  ],
};

test("each table is read as its own ledger, rows and links as on the sheet", () => {
  const { ledgers, recognitions, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions.map((r) => r.kind)).toEqual(["reports", "disclosures", "media"]);
  expect(ledgers.reports.map((r) => r.source.row)).toEqual([5, 6]);
  expect(ledgers.disclosures.map((d) => d.source.row)).toEqual([10, 11, 12]);
  expect(ledgers.media.map((m) => [m.source.row, m.level, m.tv])).toEqual([
    [16, "national", false],
    [17, "province", true],
  ]);
  // No header is taken for a record, and the clerk is told how the sheet was read.
  expect(diagnostics.list.some((d) => /无法识别的日期/.test(d.message))).toBe(false);
  expect(diagnostics.list.filter((d) => /单独读取/.test(d.message))).toHaveLength(3);
});

test("a header repeated as it was (a second printed page) starts no new table", () => {
  const pages: Sheet = {
    name: "报送记录",
    rows: [
      ["报送记录"],
      ["序号", "报送时间", "报送内容", "是否含电商扶贫统计"],
      [1, "2020年9月", "9月进展", "是"],
      [],
      ["序号", "报送时间", "报送内容", "是否含电商扶贫统计"],
      [2, "2020年10月", "10月进展", "否"],
    ],
  };
  const { ledgers, recognitions } = readLedgers({ sheets: [pages] }, GD_2019);
  expect(recognitions).toHaveLength(1);
  expect(ledgers.reports).toHaveLength(2);
});
