/**
 * Minutes of a data-checking meeting (序号 | 发言人 | 发言要点 | 记录人备注): each speaker reports figures,
 * a later one corrects a figure, the chair changes a self-score, and the minute-taker's remark states
 * what was settled ("…以287人为准", "会议议定：资金台账自评按4分"). A reviewer takes the settled value;
 * so does the reader, over what was said first on the line.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const minutes = (remarks: [string | null, string | null]): Sheet => ({
  name: "座谈会记录",
  rows: [
    ["某区电子商务进农村综合示范创建考评数据核对座谈会记录", null, null, null],
    ["时间：2021年8月27日上午9:30", null, null, "记录：区商务局 谭××"],
    ["序号", "发言人", "发言要点", "记录人备注"],
    [1, "统计局副局长", "常住人口按七普为173,216人。2020年农村网络零售额5.26亿元，2019年4.38亿元，增长20.1%。", null],
    [2, "中心经理", "中心2020年9月28日开业运营。两年累计培训4,618人次，其中贫困人口参训335人。", null],
    [3, "电商股股长", "补充更正：刚才讲的贫困人口参训335是人次，按身份证号去重是287人。", remarks[0]],
    [4, "财政局副局长", "省级专项资金下达500万元，截至8月26日已拨付412.35万元。资金管理办法已制定，资金专用台账已建立。", null],
    [5, "商务局局长", "主观项我局初步自评：方案制定2、政策支持2、资金管理制度5、资金台账5、及时拨付4。", null],
    [6, "副区长（主持）", "同意商务局意见。资金台账有三笔凭证还没有归档，给低一点更稳妥。", remarks[1]],
  ],
});

const factsOf = (sheet: Sheet) => Object.fromEntries(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.facts.map((f) => [f.key, [f.cell, f.value]]));

test("the remark's ruling is the figure and the points that count, said to come from the remark", () => {
  const got = factsOf(minutes(["贫困人口参训人数以287人为准", "会议议定：资金台账自评按4分，其余按区商务局意见"]));
  expect(got.trainedPoorPersonsStated).toEqual(["D6", "287人"]);
  expect(got["judged:fund.ledger"]).toEqual(["D9", "4分"]);
  // What the ruling does not name stands as said.
  expect(got["judged:fund.system"]?.[1]).toBe("5分");
});

test("without a ruling, the figures and points stand as the speakers said them", () => {
  const got = factsOf(minutes([null, null]));
  expect(got.trainedPoorPersonsStated?.[1]).toBe("335人");
  expect(got["judged:fund.ledger"]?.[1]).toBe("5分");
});
