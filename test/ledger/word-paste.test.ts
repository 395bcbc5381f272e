/**
 * 花都's 基本情况表 pasted from Word: a cell of several paragraphs became several rows, the 项目 merged
 * down over them, each paragraph "标签：值" in the 具体情况 column.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const merge = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

const sheet: Sheet = {
  name: "Sheet1",
  rows: [
    ["某区电子商务进农村综合示范创建基本情况表"],
    ["类别", "项目", "具体情况", "备注"],
    ["一、组织领导", "领导小组", "组　长：区委副书记、区长", "某府办函〔2019〕133号"],
    [null, null, "副组长：分管副区长", null],
    [null, null, "成　员：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", null],
    ["二、服务体系建设", "区级电商公共服务中心", "1.投入运营时间：2020年6月18日", "中心位于新华街"],
    [null, null, "2.免费培训场所及设备：有（培训室120㎡）", null],
    [null, null, "3.免费摄影、美工：无（由运营商有偿提供）", null],
    ["三、电商人才培训", "电商培训", "累计开展培训62期", "含线上直播培训"],
    [null, null, "培训7,215人次", null],
  ],
  merges: [merge(2, 0, 4, 0), merge(2, 1, 4, 1), merge(5, 0, 7, 0), merge(5, 1, 7, 1), merge(8, 0, 9, 0), merge(8, 1, 9, 1)],
};

test("each paragraph is read under its merged 项目: the leader and members, the centre's answers, the count", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  expect(f.leadershipLevel?.value).toBe("principal-all");
  expect(f.centerOpened?.value).toEqual({ y: 2020, m: 6, d: 18 });
  expect([f.centerFreeTraining?.value, f.centerPhoto?.value]).toEqual([true, false]);
  expect(f.trainingPersonTimesStated?.value?.toString()).toBe("7215");
  expect(f.trainingPersonTimesStated?.evidence?.[0]?.cell).toBe("C10");
});

test("a count answered 无 is none", () => {
  const read = readLedgers({ sheets: [{ ...sheet, rows: [...sheet.rows, ["四、基本情况", "省定贫困村", "无", "我区不属省定贫困村分布地区"]] }] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  expect(f.poorVillagesStated?.value?.toString()).toBe("0");
});
