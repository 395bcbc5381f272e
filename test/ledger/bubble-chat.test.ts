/**
 * A private chat's screenshots turned into text, laid out by bubble (梅江: 左（林局） | 中（时间/提示） | 右（我）):
 * each answer read under the question before it, a picture or a quoted message left out, a later
 * correction made where the figure was first said, and what the chief tells rather than asks read as said.
 */
import type { Sheet } from "../../src/core/grid";
import { withBubblesAnswered } from "../../src/ledger/facts/bubble-chat";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const chat: Sheet = {
  name: "聊天记录（识别）",
  rows: [
    ["微信聊天记录（截图文字识别）", null, null],
    ["左（林局）", "中（时间/提示）", "右（我）"],
    [null, "8月30日 晚上21:14", null],
    ["中心哪天开始运营的？", null, null],
    [null, null, "2020年11月26日正式投入运营，12月8日是揭牌仪式\n「林局：中心哪天开始运营的？」"],
    ["网零数据统计局给了吗", null, null],
    [null, null, "给了。农村网络零售额2019年9.62亿元，2020年12.31亿元，同比增长27.96%"],
    ["培训人次", null, null],
    [null, null, "[图片]"],
    [null, null, "5,618人次"],
    ["这么多？", null, null],
    [null, null, "更正：5,618含9月2日、3日两期，截至8月31日是5,362人次"],
    [null, "你撤回了一条消息", null],
    ["[转文字] 主观分这样报：方案制定2分，政策支持2分，项目管理制度2分，工作台账1分", null, null],
    [null, null, "收到，都按您说的填了"],
  ],
};

test("each answer under its question, in its own cell; the middle, pictures and quotes left out; a correction made", () => {
  const rows = withBubblesAnswered(chat).rows;
  expect(rows[1]).toEqual(["自查问题", null, "回答"]);
  expect(rows[4]).toEqual(["中心哪天开始运营的？", null, "2020年11月26日正式投入运营，12月8日是揭牌仪式"]);
  expect(rows[9]).toEqual(["培训人次", null, "5,362人次"]);
  expect(
    rows
      .slice(10, 13)
      .flat()
      .every((v) => v === null),
  ).toBe(true);
  expect(rows[13][2]).toMatch(/^\[转文字\] 主观分这样报/);
});

test("the facts the chat states, as its answers give them", () => {
  const read = readLedgers({ sheets: [chat] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const n = (k: string) => (input.facts[k]?.value as { toNumber(): number } | undefined)?.toNumber();
  expect([n("trainingPersonTimesStated"), n("ruralRetail2019"), n("ruralRetail2020"), n("ruralRetailGrowthStated")]).toEqual([5362, 962_000_000, 1_231_000_000, 0.2796]);
  expect(input.facts.centerOpened?.kind === "date" && input.facts.centerOpened.value).toEqual({ y: 2020, m: 11, d: 26 });
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1 });
});

test("a question put without its question mark (是否…) is asked, not told: its answer 否 is a no", () => {
  const asked: Sheet = {
    name: "聊天记录",
    rows: [
      ["微信聊天记录", null, null],
      ["左（林局）", "中（时间/提示）", "右（我）"],
      ["常住人口用哪个数", null, null],
      [null, null, "用七普常住人口，50.87万人"],
      ["行政村和贫困村", null, null],
      [null, null, "行政村58个，省定贫困村6个"],
      ["是否发生安全生产、质量事故", null, null],
      [null, null, "否"],
    ],
  };
  expect(withBubblesAnswered(asked).rows[7]).toEqual(["是否发生安全生产、质量事故", null, "否"]);
  const read = readLedgers({ sheets: [asked] }, GD_2019);
  expect(toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts.vetoIncident?.value).toBe(false);
});
