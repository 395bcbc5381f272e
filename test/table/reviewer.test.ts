import type { CellValue, Sheet } from "../../src/core/grid";
import {
  INDICATOR_SHEET,
  IND,
  TOTAL_ROW_ID,
  buildScoredSheets,
  carryOverReviewerInput,
  collectReviewerInput,
  mergeReviewerInput,
  type SheetModel,
} from "../../src/table";
import { makeReport, RUBRIC } from "./fixture";

/** What an adapter would read back from a written model. */
function toGrid(model: SheetModel): Sheet {
  return { name: model.name, rows: model.rows.map((row) => row.map((c) => c.value as CellValue)) };
}

function rowOf(model: SheetModel, id: string): number {
  return model.rows.findIndex((r) => r[IND.id].value === id);
}

describe("mergeReviewerInput", () => {
  const [model] = buildScoredSheets(makeReport(), RUBRIC);

  test("carries 考评得分/考评意见 by 指标编号 when the rows have moved", () => {
    const previous = toGrid(model);
    const set = (id: string, score: CellValue, opinion: CellValue) => {
      const r = previous.rows.findIndex((row) => row[IND.id] === id);
      previous.rows[r][IND.reviewScore] = score;
      previous.rows[r][IND.reviewOpinion] = opinion;
    };
    set("work.coverage", 9, "站点视频缺 3 个");
    set("org.plan", 1.5, "=方案未正式印发");
    set(TOTAL_ROW_ID, 80, null);
    set("veto.fraud", "未触发", "");
    // The previous sheet had an extra row on top and its indicator rows in another order.
    const body = previous.rows.splice(2);
    body.reverse();
    previous.rows.splice(2, 0, [null, "临时插入的行"], ...body);

    const merged = mergeReviewerInput(previous, model);
    const at = (id: string, col: number) => merged.rows[rowOf(merged, id)][col];
    expect(at("work.coverage", IND.reviewScore)).toMatchObject({ value: 9, style: "reviewer" });
    expect(at("work.coverage", IND.reviewOpinion).value).toBe("站点视频缺 3 个");
    expect(at("org.plan", IND.reviewScore).value).toBe(1.5);
    // Formula-like reviewer text stays text.
    expect(at("org.plan", IND.reviewOpinion)).toMatchObject({ value: "=方案未正式印发", forceText: true, numFmt: "@" });
    // The total is the formula over the column, never the typed-over value: 9 + 1.5 here.
    expect(at(TOTAL_ROW_ID, IND.reviewScore)).toMatchObject({ value: 10.5, formula: expect.stringContaining("SUM(") });
    expect(at(TOTAL_ROW_ID, IND.reviewOpinion).value).toBeNull();
    expect(at("veto.fraud", IND.reviewScore).value).toBe("未触发");
    expect(at("veto.fraud", IND.reviewOpinion).value).toBeNull(); // blank text is no input
    expect(at("org.leadership", IND.reviewScore).value).toBeNull();
    // The model given is not modified.
    expect(model.rows[rowOf(model, "work.coverage")][IND.reviewScore].value).toBeNull();
    // Everything but the reviewer columns is the new model's.
    expect(at("work.coverage", IND.selfScore).value).toBe(10);
  });

  test("finds the columns by header text, wherever they are", () => {
    const previous: Sheet = {
      name: INDICATOR_SHEET,
      rows: [["旧标题"], [], ["考评意见", "指标编号", "其他", "考评 得分"], ["很好", "org.leadership", "x", 2], [null, "work.training", null, 18]],
    };
    const input = collectReviewerInput(previous);
    expect(input.problem).toBeUndefined();
    expect(input.byId.get("org.leadership")).toEqual(
      new Map<string, string | number>([
        ["考评得分", 2],
        ["考评意见", "很好"],
      ]),
    );
    const merged = mergeReviewerInput(previous, model);
    expect(merged.rows[rowOf(merged, "work.training")][IND.reviewScore].value).toBe(18);
    expect(merged.rows[rowOf(merged, "org.leadership")][IND.reviewOpinion].value).toBe("很好");
  });

  test("carryOverReviewerInput reports input it cannot place and sheets it cannot read", () => {
    const models = buildScoredSheets(makeReport(), RUBRIC);
    const previous: Sheet = {
      name: INDICATOR_SHEET,
      rows: [
        ["考评得分", "考评意见", "指标编号"],
        [3, "旧指标", "old.indicator"],
        [2, null, "org.plan"],
      ],
    };
    const out = carryOverReviewerInput({ sheets: [previous, { name: "站点台账", rows: [] }] }, models);
    expect(out.carried).toBe(1);
    expect(out.models[0].rows[rowOf(out.models[0], "org.plan")][IND.reviewScore].value).toBe(2);
    expect(out.models[1]).toBe(models[1]);
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toContain("old.indicator");
    expect(out.warnings[0]).toContain("旧指标");

    const noIds = carryOverReviewerInput([{ name: INDICATOR_SHEET, rows: [["考评得分"], [5]] }], models);
    expect(noIds.models[0]).toBe(models[0]);
    expect(noIds.warnings[0]).toContain("指标编号");
  });
});
