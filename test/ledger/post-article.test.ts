/**
 * 新兴's WeChat post pasted into column A (61st blind batch): its lines led by emoji ("👉免费展销：…",
 * "📍县电子商务公共服务中心位于…") and the population given in brackets after its name ("覆盖全县常住人口
 * （43.49万人）的1.06%"). A reviewer reads past the pointers and takes the bracketed figure as the population.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const rows: CellValue[][] = [
  ["数说某县｜电商进农村这两年，“成绩单”来了！"],
  ["原创\u3000某县商务\u30002021-09-03 17:30\u3000发表于广东"],
  ["编者按：2019年，我县获批创建省级电子商务进农村综合示范县。数据统计截至2021年8月31日。"],
  ["01\u3000组织有力量"],
  [
    "县里成立了以县委副书记、县长为组长，县商务局、县财政局、县农业农村局、县乡村振兴局等18个部门为成员单位的创建工作领导小组。2019年12月，《某县创建省级电子商务进农村综合示范县工作方案》正式印发。",
  ],
  ["02\u3000中心有温度"],
  ["📍县电子商务公共服务中心位于新城镇东堤北路，2020年11月28日正式投入运营。"],
  ["👉免费培训：中心有可容纳100人的培训室和40台电脑，免费开展电商基础培训；"],
  ["👉免费展销：一楼展厅免费展示、销售香荔、排米粉、凉果等特色农产品；"],
  ["👉增值服务：为企业提供金融对接、物流对接、供应链等增值服务。"],
  ["06\u3000人人学电商"],
  ["两年来累计开展电商培训96期、4,612人次，覆盖全县常住人口（43.49万人）的1.06%。"],
  ["有劳动能力且未外出务工的建档立卡贫困人口3,862人，参训2,105人（3,460人次）。"],
  ["✂- - - - - - - - - - - -"],
];

test("a post's lines read past the emoji before them, and a figure in brackets after its name is its figure", () => {
  const got = factsOf({ sheets: [{ name: "推文原文", rows }] });
  expect(got.facts).toMatchObject({
    centerOpened: "2020-11-28",
    centerFreeTraining: true,
    centerDisplay: true,
    centerOther: true,
    residentPopulation: 434900,
    trainingPersonTimesStated: 4612,
    // (A figure of its own before the bracket keeps it: 2,105 persons, counted 3,460 times.)
    trainedPoorPersonsStated: 2105,
  });
});
