/**
 * Two things a reviewer reads from a sentence that the words alone hid: a document's issuing said only inside the
 * brackets after its title (和平's catalogue, 83rd blind batch: "已公开：《…实施方案》（和府办〔2019〕31号，2019年12月
 * 正式印发）" answering the line 创建方案), and an operator brought in, named by its company (新兴's post, 61st:
 * "引入专业运营服务商广东禅域网络科技有限公司").
 */
import type { CellValue } from "../../src/core/grid";
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { chinesePart } from "../../src/ledger/normalize/text";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const vocab = factsVocabulary(GD_2019);
const scores = (t: string) => vocab.inputs.match(chinesePart(t));

test("a title's brackets that say when it was issued say it was issued, and when", () => {
  const said = statementsOf("已公开：《某县电子商务进农村综合示范工作实施方案》（某府办〔2019〕31号，2019年12月正式印发）", scores, 0.62, 0.06);
  const plan = (label: string) => scores(label).some((m) => (m.target as { key: string }).key === "planIssued" && m.score >= 0.62);
  expect(said.filter((s) => plan(s.label)).map((s) => s.value)).toEqual(["2019年12月", "是"]);
});

test("an answer to one line that tells of a document's issuing is read for that too", () => {
  const line = (n: number, item: string, answer: string): CellValue[] => [n, item, "县商务局", "常态公开", answer];
  const rows: CellValue[][] = [
    ["某县电子商务进农村综合示范政务公开目录及落实情况"],
    ["序号", "公开事项", "公开主体", "公开时限", "落实情况"],
    line(1, "创建方案", "已公开：《某县电子商务进农村综合示范工作实施方案》（某府办〔2019〕31号，2019年12月正式印发）"),
    line(2, "项目基本信息", "已公开"),
    line(3, "建设进度", "已公开，按月更新"),
  ];
  const got = factsOf({ sheets: [{ name: "公开目录", rows }] });
  expect(got.facts).toMatchObject({ planIssued: true, disclosurePlan: true });
});

test("an operator brought in is read, whatever its company is called", () => {
  const rows: CellValue[][] = [
    ["数说某县｜电商进农村这两年"],
    ["编者按：数据统计截至2021年8月31日（即省考评截止日）。"],
    ["县里成立了以县委副书记、县长为组长，县商务局、县财政局、县农业农村局、县乡村振兴局等部门为成员单位的创建工作领导小组。"],
    ["县电子商务公共服务中心位于城东，2020年11月28日正式投入运营。"],
    ["县里整合优化现有园区，建成某县电商产业园，目前入驻企业23家；引入专业运营服务商广东某某网络科技有限公司，负责中心和园区的日常运营。"],
    ["全县累计开展电商培训4,612人次，全县常住人口43.49万人。"],
    ["省级专项资金下达500万元，已拨付412.6万元。"],
    ["（完）"],
  ];
  const got = factsOf({ sheets: [{ name: "推文原文", rows }] });
  expect(got.facts).toMatchObject({ centerOpened: "2020-11-28", parkBuilt: true, thirdPartyOperator: true });
});

test("a company said to run the centre is an operator brought in", () => {
  // (连山's performance table, 86th blind batch: "…投入运营，由广东连商网络科技有限公司专业运营；".)
  const rows: CellValue[][] = [
    ["某县实绩考核自评表"],
    ["序号", "考核指标", "分值", "完成情况", "自评分"],
    [1, "县级电子商务公共服务中心建设运营", 3, "县电子商务公共服务中心于2020年12月28日投入运营，由广东某某网络科技有限公司专业运营；中心设免费培训室。", 3],
    [2, "电商人才培训", 2, "全县常住人口9.86万人；累计开展电商培训31期1,168人次。", 2],
    [3, "农村网络零售额增长", 2, "2020年全县农村网络零售额2.31亿元，同比增长34.2%。", 2],
  ];
  const got = factsOf({ sheets: [{ name: "自评表", rows }] });
  expect(got.facts).toMatchObject({ centerOpened: "2020-12-28", thirdPartyOperator: true });
});
