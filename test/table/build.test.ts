import {
  BREAKDOWN_SHEET,
  DIAGNOSTICS_SHEET,
  INDICATOR_SHEET,
  SCORED_SHEET_NAMES,
  TOTAL_ROW_ID,
  buildScoredSheets,
  IND,
  BD,
  STYLES,
  type SheetModel,
  type CellModel,
} from "../../src/table";
import { textWidth, wrappedLines } from "../../src/table/layout";
import { describeEvidence, rowRuns, diagnosticTarget } from "../../src/table/evidence";
import { makeReport, RUBRIC } from "./fixture";

function rowOf(sheet: SheetModel, id: string): number {
  const r = sheet.rows.findIndex((row) => row[sheet.idColumn ?? IND.id]?.value === id);
  if (r < 0) throw new Error(`no row for ${id}`);
  return r;
}

function mergeAt(sheet: SheetModel, r: number, c: number) {
  return sheet.merges.find((m) => m.top === r && m.left === c);
}

describe("buildScoredSheets", () => {
  const [ind, bd, dg] = buildScoredSheets(makeReport(), RUBRIC);

  test("three sheets with stable names", () => {
    expect([ind.name, bd.name, dg.name]).toEqual([INDICATOR_SHEET, BREAKDOWN_SHEET, DIAGNOSTICS_SHEET]);
    expect(SCORED_SHEET_NAMES).toEqual(["考评指标自评表", "评分明细", "诊断信息"]);
  });

  test("title row names the rubric, the county and the cut-off; header in the official order", () => {
    const title = String(ind.rows[0][0].value);
    expect(title).toContain(RUBRIC.title);
    expect(title).toContain("乐昌市");
    expect(title).toContain("2021-08-31");
    expect(ind.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 12 });
    expect(ind.headerRow).toBe(1);
    expect(ind.rows[1].map((c) => String(c.value).replace("\n", ""))).toEqual([
      "工作任务",
      "评价指标名称",
      "权重（%）",
      "指标解释",
      "评分标准",
      "评价方式及佐证材料",
      "自评得分",
      "填报自评",
      "计算依据",
      "数据来源",
      "考评得分",
      "考评意见",
      "指标编号",
    ]);
    expect(ind.columns.map((c) => c.header)).toEqual(ind.rows[1].map((c) => String(c.value).replace("\n", "")));
    expect(ind.rows[1][IND.weight].value).toBe("权重\n（%）");
  });

  test("one row per indicator in rubric order, then bonus, veto and 合计", () => {
    const ids = ind.rows
      .slice(2)
      .map((r) => r[IND.id].value)
      .filter((v) => v !== null);
    expect(ids).toEqual([...RUBRIC.indicators.map((i) => i.id), TOTAL_ROW_ID]);
  });

  test("group cells are merged vertically over their indicators", () => {
    const org = rowOf(ind, "org.leadership");
    expect(mergeAt(ind, org, IND.group)).toEqual({ top: org, left: 0, bottom: org + 1, right: 0 });
    expect(ind.rows[org][IND.group].value).toBe("加强组织领导与统筹协调（10分）");
    expect(ind.rows[org + 1][IND.group].value).toBeNull();
    const work = rowOf(ind, "work.center");
    // Over its three indicators (work.coverage takes two rows, one per source).
    expect(mergeAt(ind, work, IND.group)).toEqual({ top: work, left: 0, bottom: rowOf(ind, "work.training"), right: 0 });
    const fund = rowOf(ind, "fund.spending");
    expect(mergeAt(ind, fund, IND.group)).toBeUndefined(); // a single row is not merged
    const veto = rowOf(ind, "veto.incident");
    expect(mergeAt(ind, veto, IND.group)).toEqual({ top: veto, left: 0, bottom: veto + 1, right: 0 });
    expect(ind.rows[veto][IND.group].value).toBe("一票否决项");
    expect(ind.rows[rowOf(ind, "bonus.poorTraining")][IND.group].value).toBe("加分项（4分）");
  });

  test("服务体系建设 is one printed indicator of weight 25 over the two scored rows", () => {
    const center = rowOf(ind, "work.center");
    const coverage = rowOf(ind, "work.coverage");
    expect(coverage).toBe(center + 1);
    // work.coverage has two sources: its second row is part of the merge.
    expect(mergeAt(ind, center, IND.name)).toEqual({ top: center, left: IND.name, bottom: coverage + 1, right: IND.name });
    expect(mergeAt(ind, center, IND.weight)).toEqual({ top: center, left: IND.weight, bottom: coverage + 1, right: IND.weight });
    expect(ind.rows[center][IND.name].value).toBe("服务体系建设");
    expect(ind.rows[center][IND.weight].value).toBe(25);
    expect(ind.rows[coverage][IND.weight].value).toBeNull();
    // Their official texts differ per row: not merged.
    expect(mergeAt(ind, center, IND.explanation)).toBeUndefined();
    expect(ind.rows[coverage][IND.explanation].value).toContain("70%");
    expect(ind.rows[center][IND.selfScore].value).toBe(11);
    expect(ind.rows[coverage][IND.selfScore].value).toBe(10);
  });

  test("计算依据 holds the indicator basis and each item's basis on its own line", () => {
    const cov = ind.rows[rowOf(ind, "work.coverage")];
    const lines = String(cov[IND.basis].value).split("\n");
    expect(lines[0]).toBe("行政村与省定贫困村覆盖");
    expect(lines[1]).toBe("行政村覆盖：137/195 个行政村有站点 = 70.3% ≥ 70% → 5分");
    expect(lines[2]).toContain("39/39");
  });

  test("数据来源: one cell and link per source, landing on the rows or cell its text names", () => {
    const cov = rowOf(ind, "work.coverage");
    const src = ind.rows[cov][IND.source];
    expect(src).toMatchObject({ value: "站点台账 第 5–141 行", link: { sheet: "站点台账", cell: "A5:A141" }, style: "link" });
    expect(ind.rows[cov + 1][IND.source]).toMatchObject({ value: "行政村清单 第 4–6、9 行（共 4 行）", link: { sheet: "行政村清单", cell: "A4:A6" } });
    // The other cells of the indicator are merged over its two rows; the source cells are not.
    for (const c of [IND.selfScore, IND.basis, IND.reviewScore, IND.reviewOpinion, IND.id])
      expect(mergeAt(ind, cov, c)).toEqual({ top: cov, left: c, bottom: cov + 1, right: c });
    expect(mergeAt(ind, cov, IND.source)).toBeUndefined();
    const lead = ind.rows[rowOf(ind, "org.leadership")][IND.source];
    expect(lead.link).toEqual({ sheet: "基本情况", cell: "C5" });
    expect(ind.rows[rowOf(ind, "org.plan")][IND.source].value).toBeNull();
  });

  test("a missing indicator shows 0 and （缺少数据） in 计算依据", () => {
    const plan = ind.rows[rowOf(ind, "org.plan")];
    expect(plan[IND.selfScore].value).toBe(0);
    expect(plan[IND.selfScore].style).toBe("pointsMissing");
    expect(String(plan[IND.basis].value).startsWith("（缺少数据）")).toBe(true);
  });

  test("veto rows show 未触发 / 否决; reviewer columns blank", () => {
    const v = ind.rows[rowOf(ind, "veto.fraud")];
    expect(v[IND.selfScore].value).toBe("未触发");
    expect(v[IND.weight].value).toBeNull();
    expect(v[IND.criteria].value).toBe("弄虚作假。");
    for (const row of ind.rows.slice(2)) {
      // The total's 考评得分 is the formula over the column (0 while nothing is entered).
      expect(row[IND.reviewScore].value).toBe(row[IND.id].value === TOTAL_ROW_ID ? 0 : null);
      expect(row[IND.reviewOpinion].value).toBeNull();
      if (row[IND.id].value !== null && row[IND.id].value !== TOTAL_ROW_ID) {
        expect(row[IND.reviewScore].unlocked).toBe(true);
        expect(row[IND.reviewOpinion].unlocked).toBe(true);
        expect(row[IND.selfScore].unlocked).toBeUndefined();
      }
    }
    expect(ind.protect).toBe(true);
    expect(ind.columns[IND.id].noPrint).toBe(true);
    expect(ind.reviewerColumns).toEqual([IND.reviewScore, IND.reviewOpinion]);
    expect(ind.idColumn).toBe(IND.id);
  });

  test("填报自评 beside 自评得分: the claim as a number, blank without one, flagged where the ledgers differ", () => {
    expect(IND.claimed).toBe(IND.selfScore + 1);
    const lead = ind.rows[rowOf(ind, "org.leadership")];
    expect(lead[IND.claimed]).toMatchObject({ value: 2, style: "claimed" });
    expect(String(lead[IND.basis].value)).not.toContain("填报自评");
    const center = ind.rows[rowOf(ind, "work.center")];
    expect(center[IND.selfScore].value).toBe(11);
    expect(center[IND.claimed]).toMatchObject({ value: 13, style: "claimDiffers" });
    expect(String(center[IND.basis].value).split("\n").pop()).toBe("填报自评 13 分，台账支持 11 分，请核实");
    expect(STYLES.claimDiffers.fill).toBeDefined();
    expect(ind.rows[rowOf(ind, "work.coverage")][IND.claimed]).toMatchObject({ value: null });
    expect(ind.rows[rowOf(ind, "veto.fraud")][IND.claimed].value).toBeNull();
    // Not every indicator claimed: no claimed total.
    expect(ind.rows[rowOf(ind, TOTAL_ROW_ID)][IND.claimed].value).toBeNull();
    for (const row of ind.rows) expect(typeof row[IND.claimed].value === "string").toBe(row === ind.rows[1]);
  });

  test("the claimed total when every scored and bonus indicator has a claim", () => {
    const claims: Record<string, number> = {
      "org.plan": 0,
      "work.center": 11,
      "work.coverage": 10,
      "work.training": 20,
      "fund.spending": 5,
      "bonus.poorTraining": 2,
      "org.leadership": 2,
    };
    const same = makeReport();
    for (const i of same.indicators) if (i.section !== "veto") i.claimed = claims[i.id];
    const [s] = buildScoredSheets(same, RUBRIC);
    const t = s.rows[rowOf(s, TOTAL_ROW_ID)];
    expect(t[IND.claimed]).toMatchObject({ value: 50, style: "claimDiffers" }); // the report's total is 52
    expect(String(t[IND.basis].value)).toContain("填报自评合计 50");
    same.indicators.find((i) => i.id === "org.plan")!.claimed = 2;
    const [s2] = buildScoredSheets(same, RUBRIC);
    expect(s2.rows[rowOf(s2, TOTAL_ROW_ID)][IND.claimed]).toMatchObject({ value: 52, style: "total" });
    expect(s2.rows[rowOf(s2, "org.plan")][IND.claimed]).toMatchObject({ value: 2, style: "claimDiffers" });
  });

  test("an indicator table written before 填报自评 is still recognised by its former header", () => {
    expect(ind.formerHeaders).toEqual([ind.columns.filter((c) => c.header !== "填报自评").map((c) => c.header)]);
  });

  test("合计 row: total, bonus, no veto", () => {
    const t = ind.rows[rowOf(ind, TOTAL_ROW_ID)];
    expect(t[IND.group].value).toBe("合计得分");
    expect(t[IND.selfScore].value).toBe(52);
    expect(String(t[IND.explanation].value)).toContain("加分项 2 分");
    expect(String(t[IND.basis].value)).toContain("否决前合计 52");
  });

  test("a vetoed report: 否决 on the veto row, total 0 and the points before the veto visible", () => {
    const report = makeReport({ vetoed: true, total: 0, totalBeforeVeto: 52, vetoReasons: ["弄虚作假"] });
    report.indicators.find((i) => i.id === "veto.fraud")!.vetoed = true;
    const [s] = buildScoredSheets(report, RUBRIC);
    const v = s.rows[rowOf(s, "veto.fraud")][IND.selfScore];
    expect(v).toMatchObject({ value: "否决", style: "vetoed" });
    expect(s.rows[rowOf(s, "veto.incident")][IND.selfScore].value).toBe("未触发");
    const t = s.rows[rowOf(s, TOTAL_ROW_ID)];
    expect(t[IND.group].value).toBe("合计得分（一票否决）");
    expect(t[IND.selfScore]).toMatchObject({ value: 0, style: "totalVetoed" });
    expect(String(t[IND.explanation].value)).toContain("一票否决：弄虚作假");
    expect(String(t[IND.explanation].value)).toContain("否决前合计 52 分");
    expect(String(t[IND.basis].value)).toContain("一票否决 → 0");
  });

  test("formula-like text stays text: every string starting with = + - @ is marked", () => {
    let marked = 0;
    for (const sheet of [ind, bd, dg]) {
      for (const row of sheet.rows) {
        for (const c of row) {
          if (typeof c.value === "string" && /^[=+\-@]/.test(c.value)) {
            expect(c).toMatchObject({ forceText: true, numFmt: "@" });
            marked++;
          } else {
            expect(c.forceText).toBeUndefined();
          }
        }
      }
    }
    // fund.spending basis "-支出率…", items "=15 家…", "+4385…", "@60%…", the error "=培训日期…".
    expect(marked).toBeGreaterThanOrEqual(5);
    expect(ind.rows[rowOf(ind, "fund.spending")][IND.basis].value).toMatch(/^-支出率/);
  });

  test("every row has every column; layout sizes are sane", () => {
    for (const sheet of [ind, bd, dg]) {
      for (const row of sheet.rows) expect(row).toHaveLength(sheet.columns.length);
      expect(sheet.rowHeights).toHaveLength(sheet.rows.length);
      for (const h of sheet.rowHeights) expect(h).toBeGreaterThan(10);
      for (const col of sheet.columns) expect(col.width).toBeGreaterThanOrEqual(6);
      expect(sheet.print).toMatchObject({ paper: "A4", landscape: true, fitToWidth: true, repeatRows: [2, 2] });
      expect(sheet.freeze).toEqual({ rows: 2, cols: 0 });
    }
    // A long official text gets a row tall enough for its wrapped lines.
    const cov = rowOf(ind, "work.coverage");
    const text = String(ind.rows[cov][IND.basis].value);
    const need = wrappedLines(text, ind.columns[IND.basis].width) * 13.5;
    // Its basis cell spans the indicator's two rows (one per source).
    expect(ind.rowHeights[cov]! + ind.rowHeights[cov + 1]!).toBeGreaterThanOrEqual(need);
  });

  test("评分明细: one row per item with 得分率 and a data bar", () => {
    const items = makeReport().indicators.reduce((n, i) => n + i.items.length, 0);
    expect(bd.rows.length - 2).toBe(items);
    expect(bd.rows[1].map((c) => c.value)).toEqual([
      "指标编号",
      "指标",
      "评分项",
      "满分",
      "得分",
      "得分率",
      "状态",
      "测量值",
      "门槛",
      "计算依据",
      "数据来源",
      "评分项编号",
    ]);
    const cov = bd.rows.find((r) => r[BD.item].value === "行政村覆盖")!;
    expect(cov[BD.id].value).toBe("work.coverage");
    expect(cov[BD.points].value).toBe(5);
    expect(cov[BD.rate]).toMatchObject({ value: 1, numFmt: "0%" });
    expect(cov[BD.value].value).toBe("70.3%");
    expect(cov[BD.threshold].value).toBe("≥ 70%");
    expect(cov[BD.status].value).toBe("已计算");
    expect(cov[BD.source].link).toEqual({ sheet: "站点台账", cell: "A5:A141" });
    const plan = bd.rows.find((r) => r[BD.id].value === "org.plan")!;
    expect(plan[BD.status].value).toBe("缺少数据");
    expect(bd.rows.find((r) => r[BD.id].value === "fund.spending")![BD.status].value).toBe("自评");
    expect(bd.rows.find((r) => r[BD.id].value === "veto.fraud")![BD.points].value).toBe("未触发");
    expect(bd.dataBar).toEqual({ range: `F3:F${bd.rows.length}`, color: "63BE7B", min: 0, max: 1 });
  });

  test("诊断信息: errors first, each cell linked", () => {
    const body = dg.rows.slice(2);
    expect(body.map((r) => r[0].value)).toEqual(["错误", "警告", "警告", "提示"]);
    expect(body[0][2]).toMatchObject({ value: "5:9", link: { sheet: "培训台账", cell: "A5:A9" } });
    expect(body[1][2]).toMatchObject({ value: "C17", link: { sheet: "站点台账", cell: "C17" } });
    expect(body[2][3].value).toBe("未找到宣传报道台账");
    expect(body[2][1].value).toBeNull();
    expect(String(dg.rows[0][0].value)).toContain("错误 1 条，警告 2 条，提示 1 条");
  });

  test("no diagnostics → a single row saying so", () => {
    const [, , d] = buildScoredSheets(makeReport({ diagnostics: [] }), RUBRIC);
    expect(d.rows).toHaveLength(3);
    expect(d.rows[2][3].value).toBe("未发现问题。");
  });

  test("a basis too long for one Excel row lists only the items short of full points", () => {
    const report = makeReport();
    const center = report.indicators.find((i) => i.id === "work.center")!;
    center.items = Array.from({ length: 40 }, (_, k) => ({
      id: `work.center.${k}`,
      label: `第 ${k + 1} 项服务内容`,
      points: k === 7 ? 0 : 1,
      max: 1,
      status: "computed" as const,
      basis: `公共服务中心提供第 ${k + 1} 项服务，有服务记录和照片佐证，经核实符合评分标准的要求 → ${k === 7 ? 0 : 1}分`,
      evidence: [],
    }));
    const [s] = buildScoredSheets(report, RUBRIC);
    const r = rowOf(s, "work.center");
    const basis = String(s.rows[r][IND.basis].value);
    expect(basis).toContain("第 8 项服务内容");
    expect(basis).not.toContain("第 9 项服务内容");
    expect(basis).toContain("其余 39 项得满分（逐项依据见“评分明细”）");
    expect(s.rowHeights[r]!).toBeLessThan(409);
  });

  test("a report for another rubric is refused", () => {
    expect(() => buildScoredSheets(makeReport({ rubric: "gd-2019" }), RUBRIC)).toThrow(/test-2019/);
  });
});

describe("helpers", () => {
  test("CJK counts 2", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("服务体系建设")).toBe(12);
    expect(textWidth("权重（%）")).toBe(9);
  });
  test("row runs and evidence text", () => {
    expect(rowRuns([10, 5, 6, 7, 7])).toEqual([
      [5, 7],
      [10, 10],
    ]);
    expect(describeEvidence([])).toEqual({ text: "" });
    expect(
      describeEvidence([
        { sheet: "基本情况", rows: [6, 7, 9] },
        { sheet: "基本情况", cell: "B6" },
        { sheet: "基本情况", cell: "B7" },
      ]).text,
    ).toBe("基本情况 B6、B7，第 9 行");
    expect(describeEvidence([{ sheet: "资金台账" }])).toEqual({ text: "资金台账（整表）", link: { sheet: "资金台账", cell: "A1" } });
    const many = describeEvidence([{ sheet: "s", rows: [1, 3, 5, 7, 9, 11, 13, 15] }]);
    expect(many.text).toBe("s 第 1、3、5、7、9、11 等行（共 8 行）");
  });
  test("diagnostic targets", () => {
    expect(diagnosticTarget("c17")).toBe("C17");
    expect(diagnosticTarget("5:9")).toBe("A5:A9");
    expect(diagnosticTarget("7")).toBe("A7");
    expect(diagnosticTarget("B2:D4")).toBe("B2:D4");
    expect(diagnosticTarget("whatever")).toBe("A1");
    expect(diagnosticTarget(undefined)).toBe("A1");
  });
});

export type { CellModel };

test("evidence of a 200,000-row ledger builds without overflowing the stack", () => {
  const rows = Array.from({ length: 200000 }, (_, i) => i + 3);
  const d = describeEvidence([{ sheet: "培训台账", rows }]);
  expect(d.text).toContain("培训台账");
  expect(d.link).toEqual({ sheet: "培训台账", cell: "A3:A200002" });
});
