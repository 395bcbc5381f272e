/**
 * A 对标自查及差距分析表: each criterion of the standard (对标要求), the county as it stands (我区现状,
 * sentences), the verdict (✔ 达标 / △ 部分达标), the clause's points and the plan to close the gap. The
 * 现状 states the facts, the 分项自评 the judged items' points; the verdict and the plan state nothing.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const sheet: Sheet = {
  name: "对标自查",
  rows: [
    ["序号", "考评指标（分值）", "对标要求（省考评标准）", "我区现状（截至2021年8月31日）", "对标结果", "分项自评", "指标自评", "差距及下步措施"],
    [1, "项目管理（4分）", "建立项目管理制度，建设、验收环节严格落实", "制定《示范项目管理办法》，各项目均经第三方验收", "✔ 达标", 2, 4, "—"],
    [null, null, "建立完整工作台账", "建立站点、培训等8本工作台账", "✔ 达标", 2, null, null],
    [2, "县级中心（15分）", "建成县级电子商务公共服务中心", "区电商公共服务中心2020年11月18日正式投入运营", "✔ 达标", 2, 13, "产业园继续招商"],
    [3, "资金管理制度（5分）", "制定资金管理制度并有效落实", "印发《专项资金管理办法》", "△ 部分达标", 4, 4, "加强落实"],
    [4, "电商人才培训（20分）", "培训人次达常住人口1%及以上", "常住人口56.37万人；累计培训4,786人次", "✘ 未达标", 8, 18, "9月加开培训班，9月8日已培训320人次"],
  ],
};

test("facts from the 现状 sentences, judged points from 分项自评, nothing from the verdict or the plan", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.management.system": 2, "org.management.ledger": 2, "fund.system": 4 });
  const f = input.facts;
  expect(f.centerOpened?.value).toEqual({ y: 2020, m: 11, d: 18 });
  expect([f.residentPopulation?.value?.toString(), f.trainingPersonTimesStated?.value?.toString()]).toEqual(["563700", "4786"]);
  expect(f.fundSystemIssued?.value).toBe(true);
});
