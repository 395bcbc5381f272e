/**
 * A self-assessment drawn as a flowchart for the bureau's head: ◇ question | 是 → / 否 → | □ the
 * county's facts in sentences | → | ○ points, a 小计 merged down each block. Also two things such a
 * sheet and its village list showed: a count of towns in a sentence is no input's figure, and a ★
 * alone in a yes / no column is a yes.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { withFlowchartRead } from "../../src/ledger/facts/flowchart";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const step = (block: string | null, q: string, answer: string, box: string, points: string, subtotal: string | null = null): CellValue[] => [
  block,
  `◇ ${q}`,
  answer,
  `□ ${box}`,
  "→",
  `○ ${points}`,
  subtotal,
];
const down: CellValue[] = ["↓"];

const chart: Sheet = {
  name: "推演图",
  rows: [
    ["某县示范县考评自评推演图"],
    ["项目", "◇ 判断", "走向", "□ 我县情况", null, "○ 得分", "小计"],
    step("县情", "拿什么当基数？", "→", "常住人口33.48万人（七普）；全县7个镇，行政村（村委会）149个。", "不计分", "—"),
    down,
    step(
      "一、谁挂帅\n（组织领导·满分2）",
      "领导小组是不是县政府一把手当组长？",
      "是 →",
      "2019年11月8日成立领导小组，县委副书记、县长任组长，常务副县长任副组长。",
      "进2分档",
      "小计\n2分",
    ),
    step(null, "商务、财政、农业、扶贫都在里面吗？", "是 →", "成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局。", "2分"),
    down,
    step("二、方案\n（方案制定·满分2）", "创建工作方案正式印发了吗？", "是 →", "工作方案2019年12月20日由县政府办印发。", "局定2分（1-2分）", "小计\n2分"),
    down,
    step("三、中心\n（服务体系建设·满分15）", "免费摄影、美工吗？", "否 →", "摄影棚可以免费拍照，但美工按件收费，不算免费。", "0分", "小计\n13分"),
    step(null, "有其他衍生增值服务吗？", "是 →", "代办营业执照、小额贷款对接。", "1分"),
    down,
    step("四、站点\n（服务体系建设·满分10）", "行政村站点覆盖到70%了吗？", "是 →", "149个行政村已有105个村建了站。", "5分", "小计\n10分"),
    down,
    step("五、项目管理\n（满分4）", "有项目管理制度，建设、验收按制度走吗？", "是 →", "制定了《项目管理办法》。", "局定2分（1-2分）", "小计\n3分"),
    step(null, "工作台账完整吗？", "是 →", "台账都有，部分后补。", "局定1分（1-2分）"),
    down,
    step("加分项\n（最多4分）", "电商扶贫典型案例上过电视吗？", "是 →", "2021年5月20日广东广播电视台珠江频道播出。", "1分", "小计\n加1分"),
  ],
};

test("each box is read with its question's answer, the shapes and arrows left out, each subtotal a claim line of its own", () => {
  const read = withFlowchartRead(chart);
  expect(read.rows[9][3]).toBe("免费摄影、美工：否。摄影棚可以免费拍照，但美工按件收费，不算免费。");
  // A question of who leads is answered by the box's words.
  expect(read.rows[4][3]).toBe("2019年11月8日成立领导小组，县委副书记、县长任组长，常务副县长任副组长。");
  expect(read.rows[4].filter((v) => v !== null)).toHaveLength(1);
  // The claim stands on the arrow's row under its block.
  expect(read.rows[6][6]).toBe("组织领导自评2分");
  expect(read.rows[16][6]).toBe("项目管理：有项目管理制度建设、验收按制度走2分，工作台账完整1分，合计自评3分");
  // Two blocks of 服务体系建设 are named by their own words.
  expect(read.rows[11][6]).toBe("中心自评13分");
  expect(read.rows[17][5]).toBe("电商扶贫典型案例上过电视自评1分");
});

test("the county's facts, points and claims read from the flowchart", () => {
  const r = readLedgers({ sheets: [chart] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const fact = (k: string) => {
    const f = input.facts[k as keyof typeof input.facts] as { value?: unknown } | undefined;
    return f?.value && typeof f.value === "object" && "toNumber" in f.value ? (f.value as { toNumber(): number }).toNumber() : f?.value;
  };
  expect(fact("residentPopulation")).toBe(334800);
  expect(fact("trainingPersonTimes")).toBeUndefined();
  expect(fact("leadTitle")).toBe("县委副书记、县长");
  expect(fact("centerPhoto")).toBe(false);
  expect(fact("centerOther")).toBe(true);
  expect(input.judgements["org.plan"]?.points.toNumber()).toBe(2);
  expect(input.judgements["org.management.ledger"]?.points.toNumber()).toBe(1);
  expect(input.claims?.["org.leadership"]?.points.toNumber()).toBe(2);
  expect(input.claims?.["org.management"]?.points.toNumber()).toBe(3);
});

test("a sheet with a few ◇ bullets is no flowchart", () => {
  const notes: Sheet = { name: "说明", rows: [["◇ 注意一"], ["□ 待办"], ["◇ 注意二"]] };
  expect(withFlowchartRead(notes)).toBe(notes);
});

test("a ★ alone in the poor-village column is a yes", () => {
  const list: Sheet = {
    name: "村居名单",
    rows: [
      ["序号", "镇", "村（居）委会", "类别", "省定相对贫困村", "快递进村"],
      [1, "龙仙镇", "松庄村委会", "村委会", null, "是"],
      [2, "龙仙镇", "黄坑村委会", "村委会", "★", "是"],
      [3, "龙仙镇", "桥园村委会", "村委会", null, "是"],
    ],
  };
  const r = readLedgers({ sheets: [list] }, GD_2019);
  // (A column of marks only: a village without one is not poor.)
  expect(r.ledgers.villages.map((v) => v.poor)).toEqual([false, true, false]);
});
