/**
 * A check-up style self-assessment (阳西): each section's checks, then a 小结 line with the section's
 * points — "组织领导2分；方案制定2分；政策支持1分（…）；项目管理3分（项目管理制度2分，工作台账1分）" — no
 * 自评 said. The parts are the clerk's claims; a bracket's judged items are those items' points.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const rows: CellValue[][] = [
  ["某县考评指标“体检”报告单"],
  ["序号", "检查项目", "检查结果", "单位", "参考区间（省考评标准）", "提示", "检查依据/佐证"],
  ["二、组织领导"],
  [9, "示范县工作方案", "已正式印发", null, "正式印发", "—", "某府办〔2020〕12号"],
  ["小结", "组织领导2分；方案制定2分；政策支持1分（政策落实面较窄）；项目管理3分（项目管理制度2分，工作台账1分，台账登记不够及时）。"],
  ["四、村级站点覆盖"],
  [20, "已建站点的行政村", 98, "个", "≥94个（70%）", "↑", null],
  ["小结", "村级站点覆盖10分（行政村覆盖率73.1%，5分；省定贫困村全覆盖，5分）。"],
  ["五、农村产品上行"],
  ["小结", "农村产品上行9分（网销调研2分，网络促销2分，第三方1分，快递覆盖1分，交易标准与冷链溯源1分，增速2分）。"],
  ["八、宣传推广"],
  ["小结", "案例总结2分；经验推广8分；加分项：电商扶贫典型案例电视播报1分，贫困人口培训率未达70%，0分。"],
];

const read = readFactsSheet({ name: "体检表", rows }, GD_2019);
const claims = Object.fromEntries(read.claims.map((c) => [c.indicator, c.value]));
const judged = Object.fromEntries(read.entries.filter((e) => e.key.startsWith("judged:")).map((e) => [e.key.slice(7), e.value]));

test("each part of a 小结 is the clerk's claim for the indicator it names", () => {
  expect(claims).toEqual({
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 1,
    "org.management": 3,
    "work.coverage": 10,
    "work.upward": 9,
    "promo.cases": 2,
    "promo.media": 8,
    "bonus.tvCase": 1,
    "bonus.poorTraining": 0,
  });
});

test("a bracket's judged items are their own points; its other figures explain only", () => {
  expect(judged).toEqual({
    "org.management.system": 2,
    "org.management.ledger": 1,
    "work.upward.research": 2,
    "work.upward.promotion": 2,
    "work.upward.standards": 1,
  });
});
