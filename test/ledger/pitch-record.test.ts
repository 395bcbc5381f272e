/**
 * 紫金's record of the county head's pitch at the city's contest (117th): slides with his narration,
 * a page of self-scores, the judges' questions and his answers, the judges' scores — four small
 * tables one under another. Each is read by its own header; what he says in the first person is
 * said of the post the head lines name (路演人：紫金县县长 钟××).
 */
import type { Sheet } from "../../src/core/grid";
import { withSpeakerNamed } from "../../src/ledger/facts/speaker";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const line = (t: string) => [t, null, null, null, null];
const record: Sheet = {
  name: "路演答辩记录",
  rows: [
    line("河源市“电商进农村·县域擂台赛”紫金县路演答辩记录"),
    line("时间：2021年9月3日下午　路演人：紫金县县长 钟××　记录：县商务局电商股 温××"),
    line("说明：路演和答辩中的数据均截至2021年8月31日。第四部分是评委现场打分，不是本县自评。"),
    line("一、路演（PPT逐页）"),
    ["页", "PPT标题", "画面上的字", "县长讲解（记录）", "备注"],
    [2, "一把手抓", "县长任组长｜16个部门合力", "我们成立了以我为组长的领导小组，商务、财政、农业农村、乡村振兴等16个部门是成员单位。", null],
    [3, "方案与政策", "2019.12 印发方案", "2019年12月县政府正式印发创建工作方案。", null],
    [4, "县级中心", "2020.5.20 投入运营", "中心免费拍摄和美工，还代办商标注册、对接农商行电商贷。", null],
    line("二、晒自评"),
    ["序", "指标", "满分", "自评分", "其中／说明"],
    [1, "组织领导", 2, 2, null],
    [2, "方案制定", 2, 2, null],
    line("三、评委提问与答辩"),
    ["序", "评委", "提问", "答辩人", "回答"],
    [1, "评委B（高校专家）", "资金管理制度和台账是怎么做的？", "刘××", "县财政局、县商务局联合印发了专项资金管理办法；各承建单位都建了资金专用台账。"],
    [2, "评委C（媒体代表）", "专栏设了监督举报电话吗？", "刘××", "设了监督举报电话。"],
    line("四、评委现场打分（擂台赛成绩，不是本县自评）"),
    [null, "评委A", "评委B", "评委C", "平均"],
    ["得分", 85, 87, 86, 86],
  ],
};

test("我 heading the group is the post of the record's 路演人; 以我为组长 and 我本人任组长 alike", () => {
  const named = withSpeakerNamed(record);
  expect(named.rows[5][3]).toBe("我们成立了以县长为组长的领导小组，商务、财政、农业农村、乡村振兴等16个部门是成员单位。");
  const answer: Sheet = { name: "x", rows: [["答辩人：某县县长 钟××"], ["不是，我本人任组长，常务副县长任副组长。"]] };
  expect(withSpeakerNamed(answer).rows[1][0]).toBe("不是，县长任组长，常务副县长任副组长。");
});

test("each of the record's tables is read by its own header: the narration, the self-scores, the answers; not the judges' scores", () => {
  const r = readLedgers({ sheets: [record] }, GD_2019);
  const input = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  const bools = ["planIssued", "centerPhoto", "centerOther", "fundSystemIssued", "fundLedgerKept", "disclosureWindow"].map((k) => input.facts[k]?.value);
  expect(bools).toEqual([true, true, true, true, true, true]);
  expect(input.facts.leadershipLevel?.value).toBe("principal-all");
  expect(r.ledgers.facts.find((e) => e.key === "planIssued")?.cell).toBe("D7");
  expect(Object.fromEntries(Object.entries(input.claims ?? {}).map(([id, c]) => [id, c.points.toNumber()]))).toEqual({ "org.leadership": 2, "org.plan": 2 });
});
