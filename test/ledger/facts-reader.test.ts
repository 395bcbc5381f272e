/**
 * The facts reader's promises that the corpus does not pin one by one: a label fitting two inputs
 * equally is reported with both and not used; a label mapped to ignore is neither read nor
 * reported; a mapped label goes to its input whatever its wording; a claim the ledgers do not
 * support is a warning at its cell.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { Diagnostics } from "../../src/core/diagnostics";
import { scoreGrids } from "../../src/pipeline";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet = (rows: (string | number | null)[][]): Sheet => ({ name: "基本情况", rows });

test("a label fitting two inputs almost equally is named with both and not read", () => {
  const { ledgers, diagnostics } = readLedgers(
    {
      sheets: [
        sheet([
          ["县（市、区）名称", "某县"],
          ["常住人口", 300000],
          ["同比增速", "31%"],
        ]),
      ],
    },
    GD_2019,
  );
  expect(ledgers.facts.map((f) => f.key)).not.toContain("ruralRetailGrowthStated");
  const d = diagnostics.list.find((x) => x.cell === "A3");
  expect(d?.severity).toBe("warning");
  expect(d?.message).toMatch(/ruralRetailGrowthStated.*agriRetailGrowthStated|agriRetailGrowthStated.*ruralRetailGrowthStated/);
});

test("a label mapped to ignore is neither read nor reported; a mapped label goes to its input", () => {
  const rows = [
    ["县（市、区）名称", "某县"],
    ["本县在住人口规模", 300000],
    ["常住人口（人）", 100000],
  ];
  const mapped = readLedgers({ sheets: [sheet(rows)] }, GD_2019, [], { 本县在住人口规模: "residentPopulation", "常住人口（人）": "ignore" });
  const keys = mapped.ledgers.facts.map((f) => [f.key, f.value]);
  expect(keys).toContainEqual(["residentPopulation", 300000]);
  expect(keys.filter(([k]) => k === "residentPopulation")).toHaveLength(1);
  expect(mapped.diagnostics.list.some((d) => d.cell === "A3")).toBe(false);
});

test("a claim the ledgers do not support is a warning at the claim's cell", () => {
  const table = sheet([
    ["工作任务", "评价指标", "权重", "评分标准", "自评分"],
    ["深入推动电子商务进农村工作（55分）", "电商人才培训", 20, "培训人次达常住人口1%及以上", 20],
  ]);
  const { report } = scoreGrids({
    sheets: [
      table,
      sheet([
        ["常住人口", 300000],
        ["培训人次", 1000],
      ]),
    ],
  });
  const training = report.indicators.find((i) => i.id === "work.training");
  expect(training?.claimed).toBe(20);
  expect(report.diagnostics).toContainEqual(
    expect.objectContaining({ severity: "warning", sheet: "基本情况", cell: "E2", message: expect.stringContaining("填报自评 20 分，台账支持") }),
  );
});

test("two pairs in one cell, separated by ；, are read each on its own", () => {
  const { ledgers } = readLedgers({ sheets: [sheet([["基本情况"], ["常住人口：42万人；行政村：195个"], ["下达资金：500万元；累计拨付：412.6万元"]])] }, GD_2019);
  const got = Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]));
  expect(got).toEqual({ residentPopulation: "42万人", adminVillagesStated: "195个", fundAllocated: "500万元", fundSpentStated: "412.6万元" });
});

test("labels asked as questions are read as the facts they ask for", () => {
  const { ledgers } = readLedgers(
    {
      sheets: [
        sheet([
          ["问题", "填写内容"],
          ["全县有几个行政村", 48],
          ["省定贫困村有多少个", 12],
          ["免费拍照、美工", "有"],
          ["有没有建电商产业园", "没有"],
        ]),
      ],
    },
    GD_2019,
  );
  expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toEqual({
    adminVillagesStated: 48,
    poorVillagesStated: 12,
    centerPhoto: "有",
    parkBuilt: "没有",
  });
});

test("a clerk's own name for an indicator, its 满分 equal to the indicator's weight, is a claim; a list of 评分项 without 分值 scores items", () => {
  const claims = (rows: (string | number | null)[][]) => readLedgers({ sheets: [sheet(rows)] }, GD_2019).ledgers.claims.map((c) => [c.indicator, c.value]);
  expect(
    claims([
      ["考评内容", "满分", "自评分"],
      ["领导机制", 2, 2],
      ["工作方案", 2, 2],
      ["扶持政策", 2, 1],
      ["资金制度", 5, 4],
    ]),
  ).toEqual([
    ["org.leadership", 2],
    ["org.plan", 2],
    ["org.policy", 1],
    ["fund.system", 4],
  ]);
  const items = readLedgers(
    {
      sheets: [
        sheet([
          ["序号", "评分项", "自评分", "说明"],
          ["1", "方案制定（1-2分）", "2分", "见附件1"],
          ["2", "资金台账（1-5分）", "4分", null],
        ]),
      ],
    },
    GD_2019,
  ).ledgers;
  expect(items.claims).toEqual([]);
  expect(items.facts.map((f) => f.key)).toEqual(["judged:org.plan", "judged:fund.ledger"]);
});

test("a line whose value column is blank is answered in the next column; a stamp is no part of the county's name", () => {
  const { ledgers } = readLedgers(
    {
      sheets: [
        sheet([
          ["县（市、区）：英德市（盖章）", null, null, null],
          ["评价指标", "权重", "自评分", "扣分原因"],
          ["组织领导", 2, 2, "/"],
          ["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", null, null, "本项目未发生"],
          ["项目建设进度严重滞后，总体进度不足40%。", null, null, "项目总体进度92%"],
          ["弄虚作假。", null, null, "不存在"],
        ]),
      ],
    },
    GD_2019,
  );
  const input = toScoringInput(ledgers, GD_2019, new Diagnostics());
  expect(input.facts.county).toMatchObject({ kind: "text", value: "英德市" });
  expect(input.facts.vetoIncident).toMatchObject({ kind: "bool", value: false });
  expect(input.facts.vetoFraud).toMatchObject({ kind: "bool", value: false });
  expect((input.facts.overallProgress as { value: { toNumber(): number } }).value.toNumber()).toBe(0.92);
});

test("a yes/no criterion scored in the points column is answered by its points; a veto line of dashes by the bare 无 in its 情况说明", () => {
  const { ledgers } = readLedgers(
    {
      sheets: [
        sheet([
          ["序号", "评分项目", "分值", "自评得分", "情况说明"],
          [5, "县级电商公共服务中心及产业园", 15, 12, null],
          [null, "③免费培训场所、培训设备", 2, 2, "有"],
          [null, "⑦其他衍生增值服务", 1, 0, "未开展"],
          [18, "安全生产、质量事故或重大经济损失", "—", "—", "无"],
          [20, "弄虚作假", "—", "—", "无"],
        ]),
      ],
    },
    GD_2019,
  );
  const input = toScoringInput(ledgers, GD_2019, new Diagnostics());
  const yesNo = (k: string) => (input.facts[k] as { value: boolean } | undefined)?.value;
  expect([yesNo("centerFreeTraining"), yesNo("centerOther"), yesNo("vetoIncident"), yesNo("vetoFraud")]).toEqual([true, false, false, false]);
});

test("a 自查表: days stay in 完成时间, figures come from 完成数量/数据, a listed requirement answered once is answered for each item, the leader from 备注", () => {
  const { ledgers, diagnostics } = readLedgers(
    {
      sheets: [
        sheet([
          ["序号", "自查项目", "具体要求", "是否完成", "完成时间", "完成数量/数据", "备注"],
          [1, "成立工作领导小组", "成立由县政府领导牵头、多部门参与的工作领导小组", "是", "2019.10", "—", "县政府常务副县长任组长，县商务局、财政局等为成员单位"],
          [2, "省定贫困村站点全覆盖", "省定贫困村覆盖率100%", "是", "2021.6", "省定贫困村42个，已全覆盖", null],
          [3, "政府网站开设专栏", "公示创建方案、项目基本信息、项目建设进度", "是", "2019.12", null, null],
          [4, "贫困人口培训", "有劳动能力贫困人口培训率50%以上", "是", null, "有劳动能力贫困人口（不含外出务工）3184人，已参训1702人", null],
        ]),
      ],
    },
    GD_2019,
  );
  const input = toScoringInput(ledgers, GD_2019, diagnostics);
  const plain = (k: string) => {
    const f = input.facts[k] as { value: unknown } | undefined;
    const v = f?.value as { toNumber?: () => number } | undefined;
    return typeof v?.toNumber === "function" ? v.toNumber() : f?.value;
  };
  expect(
    ["poorVillagesStated", "disclosurePlan", "disclosureProjects", "disclosureProgress", "eligiblePoorPersonsStated", "trainedPoorPersonsStated"].map(plain),
  ).toEqual([42, true, true, true, 3184, 1702]);
  expect(input.facts.leadershipLevel).toMatchObject({ value: "deputy" });
});

test("a form's boxes: a label with its ticked answer, and a multiple choice under its question, each option by its own box", () => {
  const { ledgers } = readLedgers(
    {
      sheets: [
        sheet([
          ["示范县工作方案：☑已正式印发  □未印发"],
          ["支持农村电商发展政策：□已出台  ☑未出台"],
          ["区政府网站专栏公示内容（可多选）："],
          ["☑创建方案  ☑项目基本信息  ☑项目建设进度  □征求意见/监督举报窗口"],
        ]),
      ],
    },
    GD_2019,
  );
  const input = toScoringInput(ledgers, GD_2019, new Diagnostics());
  const yes = (k: string) => (input.facts[k] as { value: boolean } | undefined)?.value;
  expect(["planIssued", "policyIssued", "disclosurePlan", "disclosureProjects", "disclosureProgress", "disclosureWindow"].map(yes)).toEqual([
    true,
    false,
    true,
    true,
    true,
    false,
  ]);
});

describe("a wide table on its side: labels across two header rows, values in the row below", () => {
  const wide: Sheet = {
    name: "基本情况",
    rows: [
      ["县（市、区）", "常住人口（万人）", "农村网络零售额（万元）", null, null, "省级专项资金（万元）", null],
      [null, null, "2019年", "2020年", "同比增长（%）", "下达", "累计拨付"],
      ["徐闻县", 61.2, 21350, 28960, 35.6, 500, 431.26],
    ],
    merges: [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 4 },
      { top: 0, left: 5, bottom: 0, right: 6 },
    ],
  };

  test("a label merged down has its value under the merge; a sub-header is read with its group, in its own unit", () => {
    const read = readLedgers({ sheets: [wide] }, GD_2019);
    const input = toScoringInput(read.ledgers, GD_2019, new Diagnostics());
    const got = Object.fromEntries(Object.entries(input.facts).map(([k, f]) => [k, f.kind === "number" ? f.value.toNumber() : f.value]));
    expect(got).toMatchObject({
      county: "徐闻县",
      residentPopulation: 612000,
      ruralRetail2019: 213500000,
      ruralRetail2020: 289600000,
      ruralRetailGrowthStated: 0.356,
      fundAllocated: 5000000,
      fundSpentStated: 4312600,
    });
    expect(read.ledgers.facts.find((f) => f.key === "ruralRetail2019")).toMatchObject({ cell: "C3", label: "2019年农村网络零售额（万元）" });
    // The group headers are read through their sub-headers, not listed as labels not understood.
    expect(read.diagnostics.list.filter((d) => d.message.includes("未能确定填报项"))).toEqual([]);
  });
});

describe("a 目标值 | 完成值 table with remarks", () => {
  const table: Sheet = {
    name: "完成情况",
    rows: [
      ["县（市、区）：雷州市", null, null, "统计时间：截至2021年8月31日", null, "填报日期：2021.9.7"],
      ["序号", "指标名称", "单位", "目标值", "完成值", "完成率（%）", "备注"],
      [1, "印发示范县工作方案", "/", "印发", "完成", 100, "雷府办〔2019〕86号"],
      [2, "行政村快递覆盖率", "%", 100, 100, 100, "常住人口36万，行政村234个，均已通快递"],
      [3, "农产品冷链、溯源系统", "套", 1, 0, 0, "正在招标"],
      [4, "建档立卡贫困人口培训率", "%", 50, 56.3, 112.6, "有劳动能力贫困人口（不含外出务工）3862人，已培训2174人"],
      [5, "省级专项资金拨付", "万元", 500, 412.8, 82.56, "省下达资金500万元"],
    ],
  };
  const read = readLedgers({ sheets: [table] }, GD_2019);
  const facts = Object.fromEntries(read.ledgers.facts.map((f) => [f.key, f.value]));

  test("the values are the 完成值; the targets and rates are neither labels nor values", () => {
    expect(facts).toMatchObject({ planIssued: "完成", expressCoverage: 100, fundSpentStated: 412.8 });
    expect(read.diagnostics.list.filter((d) => /^[DF]\d/.test(d.cell ?? "") && d.message.includes("填报项"))).toEqual([]);
  });

  test("a line's 备注 is read for that line's topic only: the poor persons and the allocation, not the background", () => {
    expect(facts).toMatchObject({ eligiblePoorPersonsStated: "3862人", trainedPoorPersonsStated: "2174人", fundAllocated: "500万元" });
    expect(facts.residentPopulation).toBeUndefined();
    expect(facts.adminVillagesStated).toBeUndefined();
  });

  test("a count in its own unit (套) is no item's points; the cut-off is 统计时间's, not the 填报日期 beside it", () => {
    expect(facts["judged:work.upward.standards"]).toBeUndefined();
    expect(read.diagnostics.list.filter((d) => d.severity === "error")).toEqual([]);
    expect(facts.asOf).toBe("截至2021年8月31日");
  });
});

test("questions answered in a 回答 column: a bare list answers each item, 下达 and 已拨付 name their figures, 详见附件 answers nothing, 由谁牵头 names no leader", () => {
  const qa: Sheet = {
    name: "自查情况",
    rows: [
      ["序号", "自查问题", "回答（情况）", "佐证材料"],
      [1, "是否成立创建工作领导小组？由谁牵头、哪些部门参与？", "是。由县长任组长，成员单位包括县商务局、财政局、农业农村局、乡村振兴局。", "府办〔2019〕41号"],
      [2, "是否为特色农产品提供免费展示、销售服务？", "详见附件", null],
      [3, "县政府网站专栏公示了哪些内容？", "创建方案、项目基本信息、项目建设进度", "网页截图"],
      [4, "省级专项资金下达多少？已拨付多少？", "下达500万元，截至2021年8月31日已拨付426.3万元", "拨付凭证"],
    ],
  };
  const read = readLedgers({ sheets: [qa] }, GD_2019);
  const facts = Object.fromEntries(read.ledgers.facts.map((f) => [f.key, f.value]));
  expect(facts).toMatchObject({ disclosurePlan: "是", disclosureProjects: "是", disclosureProgress: "是", fundAllocated: "500万元", fundSpentStated: "426.3万元" });
  expect(facts.centerDisplay).toBeUndefined();
  const input = toScoringInput(read.ledgers, GD_2019, new Diagnostics());
  expect(input.facts.leadershipLevel).toMatchObject({ value: "principal-all" });
});

test("an official table's 扣分原因及说明 is the clerk's account; a signature block's 组长 gives way to the sentence naming the same leader with the departments", () => {
  const table: Sheet = {
    name: "自评表",
    rows: [
      ["工作任务", "评价指标", "评分标准", "满分", "自评得分", "扣分", "扣分原因及说明"],
      [
        "加强组织领导与统筹协调（10分）",
        "组织领导",
        "由县（市、区）政府主要领导牵头…（2分）",
        2,
        "2分",
        "/",
        "成立以县长为组长的工作领导小组，商务、财政、农业农村、扶贫、邮政等部门为成员单位。",
      ],
      [null, "资金支出", "资金支出率70%以上（1-5分）", 5, 4, 1, "下达省级资金500万元，累计拨付412.68万元，支出率82.5%；部分项目尾款拨付滞后，扣1分。"],
      ["一票否决项", null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", "—", "—", "—", "未发生。"],
      ["组长：黄××（县长）", null, "副组长：叶××（副县长）"],
    ],
  };
  const read = readLedgers({ sheets: [table] }, GD_2019);
  const facts = Object.fromEntries(read.ledgers.facts.map((f) => [f.key, f.value]));
  expect(facts).toMatchObject({ fundAllocated: "500万元", fundSpentStated: "412.68万元", vetoIncident: "未发生。" });
  const input = toScoringInput(read.ledgers, GD_2019, new Diagnostics());
  expect(input.facts.leadershipLevel).toMatchObject({ value: "principal-all" });
});

test("a unit line above the table listing 万人 puts a bare population in 万人; 拔付 is the common typo of 拨付", () => {
  const sheet: Sheet = {
    name: "基本数据",
    rows: [
      [null, null, null, "单位：万元、万人、个、%"],
      ["序号", "指  标", "数值", "说明"],
      [1, "常住人口", 37.48, "第七次全国人口普查"],
      [2, "行政村数", 245, "不含社区"],
      [3, "累计拔付（元）", "3,865,420.50", null],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, new Diagnostics());
  const n = (k: string) => (input.facts[k] as { value: { toNumber(): number } }).value.toNumber();
  expect([n("residentPopulation"), n("adminVillagesStated"), n("fundSpentStated")]).toEqual([374800, 245, 3865420.5]);
});

test("a 完成情况 matrix (2019年 | 2020年 | 2021年1-8月 | 累计) gives yearly inputs from their year and the others from 累计, each in its row's unit", () => {
  const sheet: Sheet = {
    name: "完成情况",
    rows: [
      ["序号", "指标名称", "计量单位", "完成情况", null, null, null, "备注"],
      [null, null, null, "2019年", "2020年", "2021年1-8月", "累计", null],
      [1, "电商培训", "人次", 1235, 3870, 2146, 7251, null],
      [2, "资金拨付", "万元", 0, 186.5, 172.3, 358.8, null],
      [3, "农村网络零售额", "亿元", 38.62, 47.15, 33.08, 118.85, null],
      [4, "农村网络零售额同比增长", "%", "/", 22.09, 18.6, "/", null],
    ],
    merges: [{ top: 0, left: 3, bottom: 0, right: 6 }],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, new Diagnostics());
  const n = (k: string) => (input.facts[k] as { value: { toNumber(): number } }).value.toNumber();
  expect(["trainingPersonTimesStated", "fundSpentStated", "ruralRetail2019", "ruralRetail2020", "ruralRetailGrowthStated"].map(n)).toEqual([
    7251, 3588000, 3862000000, 4715000000, 0.2209,
  ]);
});

test("a checklist answered in its own marks reads them as its legend says (“绿”表示已落实), 达标 / 未达标 as yes / no, under a 自查结果 column", () => {
  const sheet: Sheet = {
    name: "自查清单",
    rows: [
      ["序号", "自查事项", "自查结果", "说明"],
      [1, "建设或整合、优化当地电商产业园", "达标", "整合原物流园"],
      [2, "行政村物流快递覆盖率100%", "未达标", "3个行政村未通快递"],
      [3, "专栏设立征求意见或监督举报窗口", "绿", "设监督举报电话"],
      [4, "能统计电商扶贫情况", "红", "未单独统计"],
      ["注：“绿”表示已落实，“红”表示未落实。", null, null, null],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, new Diagnostics());
  const b = (k: string) => (input.facts[k] as { value: boolean } | undefined)?.value;
  expect(["parkBuilt", "expressCoverage", "disclosureWindow", "povertyStatisticsStated"].map(b)).toEqual([true, false, true, false]);
});

test("one value under two labels of its line is read once, not warned as filled twice; two lines with one label still are", () => {
  const sheet = (rows: (string | number | null)[][]): Sheet => ({ name: "自评表", rows: [["序号", "项目", "内容", "填报值"], ...rows] });
  const twice = (s: Sheet) => {
    const diags = new Diagnostics();
    const read = readLedgers({ sheets: [s] }, GD_2019);
    const input = toScoringInput(read.ledgers, GD_2019, diags);
    return {
      progress: (input.facts.overallProgress?.value as { toNumber(): number } | undefined)?.toNumber(),
      warned: [...read.diagnostics.list, ...diags.list].filter((d) => d.message.includes("填写了两次")).length,
    };
  };
  expect(twice(sheet([[21, "总体进度", "项目总体进度", "75%"]]))).toEqual({ progress: 0.75, warned: 0 });
  expect(
    twice(
      sheet([
        [21, "项目总体进度", null, "75%"],
        [22, "项目总体进度", null, "80%"],
      ]),
    ),
  ).toEqual({ progress: 0.75, warned: 1 });
});

test("a typed form's blanks around the county's name are no part of it", () => {
  const { ledgers } = readLedgers(
    {
      sheets: [
        sheet([
          ["县（市、区）：＿＿封开县＿＿。", null],
          ["常住人口", "39.65万人"],
        ]),
      ],
    },
    GD_2019,
  );
  const input = toScoringInput(ledgers, GD_2019, new Diagnostics());
  expect(input.facts.county).toMatchObject({ kind: "text", value: "封开县" });
});
