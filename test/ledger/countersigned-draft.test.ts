/**
 * 始兴's 文稿会签单: the draft's statements with each office's opinion beside them, the opinion
 * standing where it differs; the item's own points in a bracket after what earned them
 * (（方案制定自评2分）); a leader's sentence naming the members with 为 (成员单位为县商务局、…).
 */
import type { Sheet } from "../../src/core/grid";
import { withCountersignedStatements } from "../../src/ledger/facts/countersign";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const form: Sheet = {
  name: "自评材料会签单",
  rows: [
    ["始兴县商务局文稿会签单"],
    ["会签说明", "请会签单位核对与本单位职责有关的表述：无异议的写“同意”；有异议的请直接写明应改为的数据或表述。"],
    ["序号", "会签单位", "稿中表述（待核）", "会签意见", "签名", "日期"],
    ["一、主办单位自核"],
    [
      "1",
      "县商务局",
      "领导小组：县政府成立领导小组，县委副书记、县长任组长，分管副县长任副组长，成员单位为县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局。",
      "已核。",
      "陈志坚",
      "2021.9.2",
    ],
    ["2", null, "2019年12月正式印发《始兴县电子商务进农村综合示范县创建工作方案》。（方案制定自评2分）", "已核。", null, null],
    ["3", null, "中心同时为电商企业提供金融对接、产品检测等其他衍生增值服务。", "金融、检测对接尚在洽谈，未实际开展，此句删去，按未开展填报。", null, null],
    ["4", "县统计局", "全县常住人口21.35万人。", "请按第七次全国人口普查公报改为：全县常住人口209,568人（户籍人口26.1万人不作基数）。", "邱海燕", "9月3日"],
    ["5", "县财政局", "各承建单位均建立资金专用台账（资金台账自评5分）。", "两家承建单位台账凭证不全，资金台账自评分请改为4分。", "罗文彬", "2021年9月3日"],
    ["6", null, "资金按合同和项目进度及时拨付（资金拨付自评4分）。", "同意。", null, null],
    ["三、审核签发"],
    ["主要领导意见", null, "同意上报。", null, "张卫东（县长）", "2021.9.6"],
  ],
};

test("each statement as countersigned: the draft's words where agreed, the opinion where not", () => {
  const rows = withCountersignedStatements(form).rows;
  expect(rows[1]).toEqual([]);
  expect(rows[6]).toEqual(["金融、检测对接尚在洽谈，未实际开展，此句删去，按未开展填报。"]);
  expect(rows[7]).toEqual(["请按第七次全国人口普查公报改为：全县常住人口209,568人（户籍人口26.1万人不作基数）。"]);
  expect(rows[9]).toEqual(["资金按合同和项目进度及时拨付（资金拨付自评4分）。"]);
});

test("the countersigned form's facts, points and leadership", () => {
  const read = readLedgers({ sheets: [form] }, GD_2019);
  const { facts, judgements } = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect((facts.residentPopulation?.value as { toNumber(): number }).toNumber()).toBe(209568);
  expect(["org.plan", "fund.ledger", "fund.spending"].map((k) => judgements[k]?.points.toNumber())).toEqual([2, 4, 4]);
  expect(facts.leadershipLevel?.value).toBe("principal-all");
});
