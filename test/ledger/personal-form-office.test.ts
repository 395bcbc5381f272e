/**
 * 封开's section head's annual review form (134th batch): the county is nowhere in a title, only in the office of
 * the post the form gives, on its fifth line (单位及职务职级 | 封开县商务局电子商务股股长、一级科员). That office's county is the sheet's;
 * a city bureau's post names none.
 */
import { factsOf } from "../corpus/read-facts";

const form = (post: string) => ({
  sheets: [
    {
      name: "年度考核登记表",
      rows: [
        ["公务员年度考核登记表", null, null, null],
        ["（2021年度）", null, null, null],
        ["姓名", "梁××", "性别", "女"],
        ["出生年月", "1987.03", "政治面貌", "中共党员"],
        ["单位及职务职级", post, "任现职时间", "2019.06"],
        ["个人总结", "2021年，本人认真履行电子商务股股长职责，重点抓好示范县创建工作。", null, null],
        [null, "县电子商务公共服务中心于2020年10月28日正式运营，全县171个行政村建成村级电商服务站点143个。", null, null],
        [null, "示范创建以来累计培训4,280人次；省级下达专项资金500万元，累计拨付371.5万元。", null, null],
        [null, "2020年全县农村网络零售额12.6亿元，同比增长33.2%。", null, null],
      ],
    },
  ],
});

test("the office of the post a personal form gives is the county's", () => {
  const read = factsOf(form("封开县商务局电子商务股股长、一级科员")).facts;
  expect(read).toMatchObject({ county: "封开县", adminVillagesStated: 171, trainingPersonTimesStated: 4280 });
  expect(factsOf(form("肇庆市商务局电子商务科科长")).facts.county).toBeUndefined();
});
