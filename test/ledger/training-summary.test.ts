/**
 * One sheet per training session (第一期, 第二期) beside a 汇总 of the sessions: the summary repeats the
 * lists and is set aside; a session list with no trainee lists beside it (or lists that cover only
 * some trainees) still counts.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const signIn = (name: string, day: string, people: number): Sheet => ({
  name,
  rows: [
    [`${name}培训签到表`],
    [`培训时间：${day}`],
    ["序号", "姓名", "身份证号码", "签名"],
    ...Array.from({ length: people }, (_, i) => [i + 1, `学员${name}${i + 1}`, null, null]),
    ["签到负责人：许志坚", null, "某镇经济办（盖章）"],
  ],
});
const summary = (counts: number[]): Sheet => ({
  name: "汇总",
  rows: [
    ["期次", "培训时间", "培训内容", "参训人数"],
    ["第一期", "2020.11.18-19", "电商基础", counts[0]],
    ["第二期", "2021.1.7", "实操技能", counts[1]],
  ],
});

test("a summary whose every session has as many trainees listed on its day is set aside, and said", () => {
  const { ledgers, recognitions, diagnostics } = readLedgers(
    { sheets: [summary([3, 2]), signIn("第一期", "2020年11月18日-19日", 3), signIn("第二期", "2021年1月7日", 2)] },
    GD_2019,
  );
  expect(ledgers.training.map((t) => t.source.sheet)).toEqual(["第一期", "第一期", "第一期", "第二期", "第二期"]);
  expect(recognitions.find((r) => r.sheet === "汇总")?.kind).toBeNull();
  expect(ledgers.sheetsByKind.training).toEqual(["第一期", "第二期"]);
  expect(diagnostics.list.find((d) => d.sheet === "汇总")?.message).toContain("汇总");
});

test("a session list that the trainee lists do not match (a list of the poor trainees only) still counts", () => {
  const { ledgers } = readLedgers({ sheets: [summary([126, 85]), signIn("第一期", "2020年11月18日-19日", 3)] }, GD_2019);
  expect(ledgers.training.filter((t) => t.source.sheet === "汇总").map((t) => t.personTimes.toNumber())).toEqual([126, 85]);
});

test("a signature line under a sign-in list (签到负责人：…) is no trainee", () => {
  const { ledgers } = readLedgers({ sheets: [signIn("第一期", "2020年11月18日-19日", 3)] }, GD_2019);
  expect(ledgers.training).toHaveLength(3);
});
