/**
 * A self-assessment kept as small tables, one per indicator, each under a caption giving its full
 * marks and the county's score ("2. 方案制定【满分2分｜自评2分】", a group's score broken down in a
 * bracket), its lines "内容 | 我市情况 | 佐证材料", and disclosure items each followed by its mark.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { markedAfterOptions } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "自评情况",
  rows: [
    ["某市电子商务进农村综合示范创建考评自评情况表"],
    ["1. 组织领导【满分2分｜自评2分】"],
    ["内容", "我市情况", "佐证材料"],
    ["领导小组组长", "市委副书记、市长 李××", "化府办函〔2019〕88号"],
    ["副组长", "分管副市长 黄××", null],
    ["2. 方案制定【满分2分｜自评2分】"],
    ["示范县工作方案", "已正式印发", "附件1-2"],
    ["4. 项目管理【满分4分｜自评3分：管理制度2分、工作台账1分】"],
    ["项目管理制度", "已制定", "自评2分"],
    ["5. 服务体系建设【满分25分｜自评24分（县级中心及产业园14分，村级站点覆盖10分）】"],
    ["常住人口", "119.83万人（第七次全国人口普查）", null],
    ["8. 信息公开【满分4分｜自评4分】"],
    ["专栏公示内容", "创建方案√　项目基本信息√　项目建设进度√　监督举报窗口×", null],
  ],
};

test("each caption's score is the claim for the indicator it names, a group's for the indicators in its bracket", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const claims = Object.fromEntries(Object.entries(input.claims ?? {}).map(([k, c]) => [k, c.points.toNumber()]));
  expect(claims).toMatchObject({ "org.leadership": 2, "org.plan": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "info.disclosure": 4 });
  const f = input.facts;
  // The answers are the 我市情况 column's, beside their labels (not the next line's).
  expect(f.leadershipLevel?.value).not.toBe("deputy");
  expect(f.residentPopulation?.value?.toString()).toBe("1198300");
  expect([f.disclosurePlan?.value, f.disclosureProjects?.value, f.disclosureProgress?.value, f.disclosureWindow?.value]).toEqual([true, true, true, false]);
});

test("options each followed by its mark, and only such a cell", () => {
  expect(markedAfterOptions("创建方案√　项目基本信息✓、监督举报窗口×")).toEqual([
    { ticked: true, option: "创建方案" },
    { ticked: true, option: "项目基本信息" },
    { ticked: false, option: "监督举报窗口" },
  ]);
  expect(markedAfterOptions("已建立√")).toEqual([]);
  expect(markedAfterOptions("公示创建方案√，另有说明文字")).toEqual([]);
});
