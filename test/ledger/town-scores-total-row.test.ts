/**
 * 广宁's year-end scoring of its towns (144th batch): a row per town and a county-level training row
 * with dashes where a column does not apply, the county's figures in the 合计 row, and numbered notes
 * under the table stating the population and the day the figures stand at.
 */
import { factsOf } from "../corpus/read-facts";

const sheet = {
  name: "镇街考核汇总",
  rows: [
    ["某县2021年度镇（街）电子商务进农村工作考核结果汇总表"],
    ["序号", "镇（街）", "行政村数", "其中：省定贫困村", "培训人次", "有劳动能力建档立卡贫困人口（不含外出务工）", "已参训贫困人口（人，不重复计）", "考核得分"],
    [1, "甲街道", 8, 0, 412, 96, 61, 94.5],
    [2, "乙镇", 12, 2, 236, 214, 121, 91],
    [3, "丙镇", 13, 2, 248, 236, 128, 90.5],
    [4, "县本级（县电商公共服务中心集中培训）", "—", "—", 1326, "—", "—", "—"],
    ["合计", null, 33, 4, "2,222", 546, 310, "—"],
    ["注：1.全县常住人口42.3万人（第七次全国人口普查），培训人次占常住人口0.5%。"],
    ["2.“考核得分”为县对各镇（街）的年度考核得分，不是省示范县考评自评分。"],
    ["3.表中数据截至2021年8月31日，即省示范县考评截止日期。"],
    ["制表：县商务局电商股　　　审核：（签字）　　　2021年9月10日"],
  ],
  // (The notes written across the table, as a clerk merges them.)
  merges: [7, 8, 9, 10].map((r) => ({ top: r, left: 0, bottom: r, right: 7 })),
};

test("the 合计 row past a row of dashes is the county's; the notes under the table state its population and the day it stands at", () => {
  expect(factsOf({ sheets: [sheet] }).facts).toMatchObject({
    adminVillagesStated: 33,
    poorVillagesStated: 4,
    trainingPersonTimesStated: 2222,
    eligiblePoorPersonsStated: 546,
    trainedPoorPersonsStated: 310,
    residentPopulation: 423000,
    asOf: "2021-08-31",
  });
});
