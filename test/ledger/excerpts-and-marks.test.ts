/**
 * Source-excerpt tables (新会's 出处摘录表: 数据项 | 出处文件 | 原文摘录 | 采用数; 德庆's 摘抄 with the figures
 * used marked 【】), a leader's line naming those taking part after it, a point's words saying how far
 * along a thing is, and a left-over figure that names no input.
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { withMarkedFiguresOnly } from "../../src/ledger/facts/marked-figures";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const read = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, String(e.value)]));
const HEAD = ["序号", "数据项", "出处文件（名称/文号）", "页码", "原文摘录", "采用数", "备注"];

test("beside the figure used (采用数), a quote is a note: its other years' figures are never read", () => {
  const got = read({
    name: "数据出处摘录",
    rows: [
      HEAD,
      [16, "2019年农村网络零售额", "省商务厅监测数据", "表2", "“新会区：2019年农村网络零售额32.15亿元。”", "32.15亿元", null],
      [17, "2020年农村网络零售额", "同上", "表2", "“2020年农村网络零售额39.82亿元，同比增长23.9%。”", "39.82亿元", null],
      [19, "2019年农产品网络零售额", "同上", "表3", "“2019年农产品网络零售额6.42亿元。”", "6.42亿元", null],
    ],
  });
  expect(got.ruralRetail2019).toBe("32.15亿元");
  expect(got.ruralRetail2020).toBe("39.82亿元");
  expect(got.agriRetail2019).toBe("6.42亿元");
  // (The growth is only in the quote: not what the county filled in.)
  expect(got.ruralRetailGrowthStated).toBeUndefined();
});

test("without a figure used beside them, the quotes are the answers", () => {
  const got = read({
    name: "数据摘抄",
    rows: [
      ["序号", "文件（出处）", "原文摘录", "页码", "备注"],
      [1, "《德庆县第七次全国人口普查公报》", "全县常住人口为342,128人。", "第1页", null],
      [2, "《关于印发工作方案的通知》", "现将《德庆县电子商务进农村综合示范县创建工作实施方案》印发给你们，请认真组织实施。", "—", null],
      [3, null, "全县12个省定相对贫困村全部达标出列。", "第2页", "户籍人口不采用"],
    ],
  });
  expect(got.residentPopulation).toBe("342,128人");
  expect(got.planIssued).toBe("是");
  expect(got.poorVillagesStated).toBe("12个");
});

const MARKED: Sheet = {
  name: "数据摘抄",
  rows: [
    ["说明：原文照录，【】内为本次自评填报采用的数据；未加【】的数字是原文里的背景数字，不采用。"],
    ["序号", "文件（出处）", "原文摘录", "备注"],
    [1, "《人口普查公报》", "全县常住人口为【342,128人】，与2010年第六次全国人口普查的336,817人相比，十年共增加5,311人。", null],
    [2, "《县委常委会纪要》", "全县177个行政村中已有175个通快递，行政村快递覆盖率【98.9%】。", null],
    [3, "《乡村振兴局函》", "全县建档立卡贫困人口5,346人，其中有劳动能力2,204人。", "口径不同"],
    [4, "《培训月报》", "已参加电商培训【627人】（共1,046人次），培训率52.9%。", null],
    [5, "《局务会纪要》", "工作台账原拟2分，因部分台账为季度补登，调整为【1分】。", null],
  ],
};

test("where the sheet says the figures used are marked 【】, its quotes keep their marked clauses only", () => {
  const rows = withMarkedFiguresOnly(MARKED).rows;
  expect(rows[2][2]).toBe("全县常住人口为342,128人，");
  expect(rows[3][2]).toBe("行政村快递覆盖率98.9%。");
  // A quote with no mark is background; an aside and a rate unmarked are too.
  expect(rows[4][2]).toBeNull();
  expect(rows[5][2]).toBe("已参加电商培训627人，");
  // A score changed keeps what it names, not its old figure.
  expect(rows[6][2]).toBe("工作台账，因部分台账为季度补登，调整为1分。");
  // (The sources beside them are left as they are: a title's year dates what its quote says.)
  expect(rows[2][1]).toBe("《人口普查公报》");
  const got = read(MARKED);
  expect(got.residentPopulation).toBe("342,128人");
  expect(got.eligiblePoorPersonsStated).toBeUndefined();
  expect(got.trainingPersonTimesStated).toBeUndefined();
});

test("a key to a heading's marks (【】内为该项满分和自评分) leaves every figure to be read", () => {
  const sheet: Sheet = { name: "自评情况", rows: [["说明：每项标题行【】内为该项满分和我市自评分。"], ["13. 资金台账【满分5分｜自评4分】"]] };
  expect(withMarkedFiguresOnly(sheet)).toBe(sheet);
});

test("a leader's line naming those taking part after it (…等部门参加) names the departments", () => {
  const sheet: Sheet = {
    name: "基本情况",
    rows: [
      ["序号", "项目", "情况"],
      [1, "牵头领导", "区长任组长，商务、财政、农业农村、乡村振兴等部门参加"],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(toScoringInput(r.ledgers, GD_2019, r.diagnostics).facts.leadershipLevel?.value).toBe("principal-all");
});

test("how far along a thing is (初步建立, 仍在制定中) says nothing of which item its points are", () => {
  const got = read({
    name: "Sheet1",
    rows: [["（三）推动农村产品上行。组织网络促销活动20余场，成效明显（自评2分）；初步建立农产品溯源系统，交易标准仍在制定中（自评1分）。"]],
  });
  expect(got["judged:work.upward.standards"]).toBe("1分");
});

test("a figure left over beside its quote names no input: it is not said to be ambiguous", () => {
  const { diagnostics } = readLedgers(
    {
      sheets: [
        {
          name: "数据出处摘录",
          rows: [
            ["序号", "数据项", "页码", "原文", "数"],
            [1, "常住人口", "P1", "“2019年农产品网络零售额6.42亿元。”", "6.42亿元"],
          ],
        },
      ],
    },
    GD_2019,
  );
  expect(diagnostics.list.filter((d) => /可能是\s*，/.test(d.message))).toEqual([]);
});
