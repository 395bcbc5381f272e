/**
 * 金平's self-check laid out as software test cases (105th blind batch): 用例编号 | 考评项（分值） | 检查步骤 |
 * 预期结果（评分标准） | 实际结果 | 结论 | 分项得分 | 自评分. The scoring clause checked is the line's label, what was
 * found its answer; the steps and the 通过 / 不通过 verdict say how it was checked.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { markedItemsSaid } from "../../src/ledger/facts/marked-items";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["金平区电子商务进农村综合示范考评自检用例表（V1.3）"],
  ["用例编号", "考评项（分值）", "检查步骤", "预期结果（评分标准）", "实际结果", "结论", "分项得分", "自评分"],
  ["TC-04-01", "项目管理（4）", "查项目管理制度", "建立制度并严格落实（1-2分）", "《项目管理暂行办法》已制定，均按制度执行", "通过", 2, 3],
  ["TC-04-02", "项目管理（4）", "查工作台账", "台账完整（1-2分）", "工作台账已建立，验收记录不全", "部分通过", 1, null],
  [
    "TC-05-01",
    "服务体系建设—县级中心与产业园（15）",
    "现场查看中心",
    "建成县级电子商务公共服务中心（2分）",
    "区电子商务公共服务中心已建成，2020年11月20日投入运营",
    "通过",
    2,
    14,
  ],
  ["TC-05-07", "服务体系建设—县级中心与产业园（15）", "查增值服务记录", "提供其他衍生增值服务（1分）", "无，暂未开展金融、商标代办等增值服务", "不通过", 0, null],
  ["TC-08-01", "电商人才培训（20）", "核对培训台账", "培训人次≥常住人口1%（10分）", "常住人口83.9万人（七普）；累计培训4,475人次", "部分通过", 8, 18],
];
const read = readFactsSheet({ name: "自检用例表", rows }, GD_2019);
const entry = (key: string) => read.entries.find((e) => e.key === key);

test("实际结果 answers the clause in 预期结果: the centre's day, no other services, the population", () => {
  expect(entry("centerOpened")).toMatchObject({ cell: "E5" });
  expect(entry("centerOther")).toMatchObject({ cell: "E6" });
  const { facts } = factsOf({ sheets: [{ name: "自检用例表", rows }] });
  expect(facts).toMatchObject({ centerOpened: "2020-11-20", centerOther: false, residentPopulation: 839000, trainingPersonTimesStated: 4475 });
});

test("a clause any indicator could use (建立制度并严格落实) is the item of the indicator merged beside it", () => {
  // (No 检查步骤 naming the thing checked: the clause and the indicator are all the line says.)
  const bare = readFactsSheet(
    {
      name: "自检用例表",
      rows: [
        ["考评项（分值）", "预期结果（评分标准）", "实际结果", "分项得分", "自评分"],
        ["项目管理（4）", "建立制度并严格落实（1-2分）", "《项目管理暂行办法》已制定", 2, 3],
        ["项目管理（4）", "台账完整（1-2分）", "工作台账已建立", 1, null],
        ["资金管理制度建立（5）", "制度科学有效（1-5分）", "已制定", 4, 4],
      ],
    },
    GD_2019,
  );
  const judged = (key: string) => bare.entries.find((e) => e.key === key);
  expect(judged("judged:org.management.system")).toMatchObject({ value: 2, cell: "D2" });
  expect(judged("judged:org.management.ledger")).toMatchObject({ value: 1, cell: "D3" });
  expect(judged("judged:fund.system")).toMatchObject({ value: 4, cell: "D4" });
  expect(entry("judged:org.management.system")).toMatchObject({ value: 2, cell: "G3" });
});

test("the 自评分 are the claims; the 通过 / 不通过 verdicts answer nothing", () => {
  expect(Object.fromEntries(read.claims.map((c) => [c.indicator, Number(c.value)]))).toEqual({ "org.management": 3, "work.center": 14, "work.training": 18 });
  expect(read.entries.filter((e) => /通过/.test(String(e.value)))).toEqual([]);
});

test("a ticked list after a topic that says itself set up: each item the thing's, the first one too", () => {
  expect(markedItemsSaid("专栏已设立：创建方案✓　项目基本信息✓　项目建设进度✓　监督举报电话✓")).toBe(
    "专栏已设立，专栏设有创建方案、项目基本信息、项目建设进度、监督举报电话",
  );
  // (A topic naming only the thing is said as before.)
  expect(markedItemsSaid("政府网专栏：创建方案✔ 项目信息✔ 监督举报信箱✘")).toBe("政府网专栏设有创建方案、项目信息；政府网专栏未设有监督举报信箱");
});
