/**
 * An evaluation meeting's hand-out sent in as the facts sheet (海丰): the agenda as a table, then the
 * host's script a paragraph a row, then the county head's report in numbered points under a heading
 * that states the cut-off ("四、县长汇报要点（…数据截至2021年8月31日…）"). A reviewer reads the numbered
 * points as the county's account, the group's leader from the script ("由县委副书记、县长林××同志任领导
 * 小组组长"), its members from the sentence that lists them, and no paragraph as a label over the next.
 */
import type { Sheet } from "../../src/core/grid";
import { leaderLevel } from "../../src/ledger/leader";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const across = (r: number) => ({ top: r, left: 0, bottom: r, right: 6 });
const sheet: Sheet = {
  name: "汇报会会务安排",
  rows: [
    ["某县电子商务进农村综合示范县创建考评汇报会会务安排", null, null, null, null, null, null],
    ["一、会议议程", null, null, null, null, null, null],
    ["序号", "时间", "议程", null, null, "主持／发言", null],
    [1, "9:00—9:05", "主持人介绍参会领导和考评组成员", null, null, "县委常委、常务副县长　陈××", null],
    [2, "9:05—9:25", "县政府汇报创建工作情况", null, null, "县委副书记、县长　林××", null],
    [null, null, null, null, null, null, null],
    ["二、主持词（县委常委、常务副县长　陈××）", null, null, null, null, null, null],
    [
      "参加今天会议的还有县电子商务进农村综合示范工作领导小组成员单位县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局的主要负责同志，以及各镇分管领导。",
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "我县创建工作由县委副书记、县长林××同志任领导小组组长，我作为常务副组长协助抓具体推进。下面，请林××县长汇报我县创建工作情况，大家欢迎！",
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [null, null, null, null, null, null, null],
    ["三、县长汇报要点（汇报稿摘要；数据截至2021年8月31日考评截止日）", null, null, null, null, null, null],
    [1, "县情：全县常住人口78.36万人（第七次全国人口普查）；行政村233个，其中省定贫困村26个。", null, null, null, null, null],
    [2, "培训：累计开展电商培训8,126人次；有劳动能力的建档立卡贫困人口（不含外出务工）3,410人，参加培训1,862人。", null, null, null, null, null],
    [3, "进度和安全：项目总体进度95%；创建期间未发生安全生产、质量事故，不存在弄虚作假。", null, null, null, null, null],
  ],
  merges: [across(0), across(1), across(6), across(7), across(8), across(10), ...[11, 12, 13].map((r) => ({ top: r, left: 1, bottom: r, right: 6 }))],
};

test("the numbered points beside their numbers are read as the county's account", () => {
  const facts = Object.fromEntries(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.facts.map((f) => [f.key, f.value]));
  expect(facts).toMatchObject({
    residentPopulation: "78.36万人",
    adminVillagesStated: "233个",
    poorVillagesStated: "26个",
    trainingPersonTimesStated: "8,126人次",
    overallProgress: "95%",
    vetoIncident: "否",
    asOf: "2021年8月31日",
  });
});

test("the leader named with his 同志 leads; the members from the sentence listing them", () => {
  expect(leaderLevel("县委副书记、县长林××同志")).toBe("principal");
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const lead = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts.leadershipLevel;
  expect(lead).toMatchObject({ kind: "text", value: "principal-all" });
});
