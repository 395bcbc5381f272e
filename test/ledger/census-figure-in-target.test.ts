/**
 * The county's population written only where a target is reckoned from it (和平, 139th batch): "培训人次达常住人口
 * （七普36.94万人）的1%，即3,694人次以上" in a tracker's 年度目标 column. The target is no fact, the census figure
 * in its brackets is; so is the figure in a sentence that names its census before it.
 */
import { factsOf } from "../corpus/read-facts";

const facts = (rows: (string | number | null)[][]) => factsOf({ sheets: [{ name: "表", rows }] }).facts;

test("a census figure in a target's brackets is the county's population, the target itself no figure", () => {
  const read = facts([
    ["某县2021年重点工作调度表（电子商务进农村综合示范县创建）", null, null, null],
    ["序号", "工作任务", "年度目标", "进展情况"],
    [1, "电商培训", "培训人次达常住人口（七普36.94万人）的1%，即3,694人次以上", "累计培训3,612人次"],
    [2, "电商产业园", "入驻企业20家以上", "产业园已建成，在园企业19家"],
    [3, "资金拨付", "资金支出率70%以上", "下达省级专项资金500万元，累计拨付362.4万元"],
    [4, "县级中心", "建成并运营", "2020年10月28日投入运营"],
  ]);
  expect(read).toMatchObject({ residentPopulation: 369400, trainingPersonTimesStated: 3612, fundSpentStated: 3624000 });
  expect(read.trainingPersonTimesStated).not.toBe(3694);
});

test("a sentence's census before the figure in brackets, 常住人口（七普36.94万人）, gives the figure", () => {
  const read = facts([
    ["某县电子商务进农村综合示范工作情况"],
    ["全县行政村236个，累计培训3500人次。"],
    ["电商公共服务中心于2020年10月28日投入运营。"],
    ["2020年农村网络零售额12.5亿元。"],
    ["培训人次占常住人口（七普36.94万人）的0.95%。"],
  ]);
  expect(read).toMatchObject({ residentPopulation: 369400, adminVillagesStated: 236 });
});
