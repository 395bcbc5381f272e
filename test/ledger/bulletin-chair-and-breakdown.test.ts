/**
 * 陆河's work bulletin (141st batch) tells its meeting as news: "领导小组组长、县委常委、常务副县长叶××主持会议"
 * names the group's leader by role and titles, and its self-assessment paragraph breaks an indicator's
 * points down in a bracket of the indicator's own items: "项目管理3分（项目管理制度2分，工作台账1分…）".
 */
import type { Sheet } from "../../src/core/grid";
import { leaderInSentence, leaderLevel } from "../../src/ledger/leader";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("the group's leader named as the meeting's chair, by role and titles: a deputy", () => {
  const leader = leaderInSentence("9月6日，县电子商务进农村综合示范工作领导小组召开会议，领导小组组长、县委常委、常务副县长叶××主持会议，听取县商务局的汇报。");
  expect(leader).toBe("县委常委、常务副县长叶××");
  expect(leaderLevel(leader as string)).toBe("deputy");
  // (A deputy leader chairing is no 组长.)
  expect(leaderInSentence("领导小组副组长、副县长陈××主持会议。")).toBeUndefined();
});

const bulletin: Sheet = {
  name: "工作简报",
  rows: [
    ["某县电子商务进农村综合示范工作简报"],
    ["　　（一）加强组织领导与统筹协调（10分），自评9分：组织领导2分，方案制定2分，政策支持2分，项目管理3分（项目管理制度2分，工作台账1分，部分验收记录待补）。"],
    ["　　（二）深入推动电子商务进农村工作（55分），自评53分：服务体系建设25分（县级中心与产业园15分，村级站点覆盖10分）；农村产品上行8分；电商人才培训20分。"],
    ["全县行政村118个，累计培训2544人次。"],
    ["2020年农村网络零售额3.86亿元。"],
  ],
};

test("a bracket of the indicator's own items is its breakdown: the indicator keeps its points; a bracket naming other indicators gives theirs", () => {
  const { ledgers } = readLedgers({ sheets: [bulletin] }, GD_2019);
  const claims = Object.fromEntries(ledgers.claims.map((c) => [c.indicator, c.value]));
  expect(claims).toMatchObject({ "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8, "work.training": 20 });
});
