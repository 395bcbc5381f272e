/**
 * A workbook printed in one go: every ledger stacked on one sheet, each under its own title and
 * header, two blank rows between (the lower ones far below the sheet's first rows; a 签到汇总 is a
 * list compiled, not a summary); and a claims table listing its items' points beside each
 * indicator by short names ("网销调研 2；促销活动 2；交易标准与冷链溯源 1").
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const villageRows: CellValue[][] = Array.from({ length: 40 }, (_, i) => [i + 1, "英城街道", `第${i + 1}村`, "行政村", "否", "是"]);

test("each ledger stacked on the sheet is read under its own header, however far down", () => {
  const sheet: Sheet = {
    name: "台账汇编",
    rows: [
      ["某市电子商务进农村综合示范创建考评台账汇编"],
      [],
      ["附件1　村（居）民委员会名单"],
      ["序号", "镇（街）", "村（居）委会", "类别", "省定贫困村", "快递进村"],
      ...villageRows,
      [],
      [],
      ["附件2　建档立卡贫困户电商专场培训签到汇总"],
      ["序号", "专场", "培训日期", "姓名", "身份证号码", "签到"],
      [1, "第一期", "2021-03-18", "甲", "441881198009040078", "√"],
      [],
      [],
      ["附件3　经验材料报送情况"],
      ["序号", "报送日期", "材料名称", "报送对象"],
      [1, "2021-06-10", "电商扶贫典型案例", "清远市商务局"],
    ],
  };
  const { ledgers, recognitions } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions.map((r) => r.kind)).toEqual(["villages", "training", "materials"]);
  expect([ledgers.villages.length, ledgers.training.length, ledgers.materials.length]).toEqual([40, 1, 1]);
});

test("an indicator's items listed with their points by short names are those items' points", () => {
  const rows: CellValue[][] = [
    ["评价指标", "分值", "自评分", "其中：主观评分项"],
    ["项目管理", 4, 4, "管理制度 2；工作台账 2"],
    ["农村产品上行", 10, 9, "网销调研 2；促销活动 2；交易标准与冷链溯源 1"],
  ];
  const read = readFactsSheet({ name: "自评", rows }, GD_2019);
  const judged = Object.fromEntries(read.entries.filter((e) => e.key.startsWith("judged:")).map((e) => [e.key, e.value]));
  expect(judged).toEqual({
    "judged:org.management.system": "2分",
    "judged:org.management.ledger": "2分",
    "judged:work.upward.research": "2分",
    "judged:work.upward.promotion": "2分",
    "judged:work.upward.standards": "1分",
  });
  expect(read.claims.map((c) => [c.indicator, c.value])).toEqual([
    ["org.management", 4],
    ["work.upward", 9],
  ]);
});

test("a log kept as groups of columns, one per section, is read group by group; a contract's payment columns are not such groups", () => {
  const log: Sheet = {
    name: "专栏更新",
    rows: [
      ["序号", "一、创建方案", null, "二、项目基本信息", null, "三、项目建设进度", null],
      [null, "发布日期", "标题", "发布日期", "标题", "发布日期", "标题"],
      [1, "2020-07-20", "创建工作方案", "2020.8.15", "项目基本信息公示", "2020.8.12", "7月份项目建设进度"],
      [2, null, null, null, null, "2020.9.10", "8月份项目建设进度"],
    ],
    merges: [
      { top: 0, bottom: 0, left: 1, right: 2 },
      { top: 0, bottom: 0, left: 3, right: 4 },
      { top: 0, bottom: 0, left: 5, right: 6 },
    ],
  };
  const { ledgers } = readLedgers({ sheets: [log] }, GD_2019);
  expect(ledgers.disclosures.map((d) => d.title)).toEqual(["创建工作方案", "项目基本信息公示", "7月份项目建设进度", "8月份项目建设进度"]);
  const contracts: Sheet = {
    name: "合同支付进度",
    rows: [
      ["项目", "合同金额", "第一期", null, "第二期", null],
      [null, null, "支付日期", "金额", "支付日期", "金额"],
      ["中心建设", 100, "2020.6.1", 30, "2020.9.1", 40],
    ],
    merges: [
      { top: 0, bottom: 0, left: 2, right: 3 },
      { top: 0, bottom: 0, left: 4, right: 5 },
    ],
  };
  expect(readLedgers({ sheets: [contracts] }, GD_2019).recognitions).toHaveLength(1);
});
