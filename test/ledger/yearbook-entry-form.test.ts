/**
 * 蕉岭's entry form for the county yearbook (139th batch): 层级 | 条目标题 | 条目内容 | 字数 | 资料来源, the facts in
 * each entry's text (not its 字数), the county in its 供稿单位, the year before's figure in brackets after 比上年,
 * and a statement naming two things alike ("公示创建方案和项目基本信息") no third.
 */
import { factsOf } from "../corpus/read-facts";

test("a yearbook's entries: their text the account, their length nothing; the county its 供稿单位's", () => {
  const entry = (n: number, title: string, text: string, length: number) => [n, "条目", title, text, length, "县商务局"];
  const read = factsOf({
    sheets: [
      {
        name: "年鉴供稿",
        rows: [
          ["《蕉岭年鉴（2021）》供稿表", null, null, null, null, null],
          ["供稿单位：蕉岭县商务局　　记述时限：2020年1月1日—12月31日", null, null, null, null, null],
          ["序号", "层级", "条目标题", "条目内容", "字数", "资料来源"],
          entry(1, "【概况】", "2020年，全县农村网络零售额5.86亿元，比上年增长32.4%；农产品网络零售额1.72亿元，比上年（1.36亿元）增长26.5%。", 60),
          entry(
            2,
            "【电子商务进农村综合示范县创建】",
            "4月15日，县政府办公室印发《蕉岭县电子商务进农村综合示范县创建工作方案》。县政府门户网站开设专栏，公示创建方案和项目基本信息。",
            70,
          ),
          entry(3, "【村级电商服务站点】", "全县97个行政村，至年底建成村级电商服务站点72个，16个省定相对贫困村全部建有站点。", 45),
          entry(4, "【电商培训】", "全年举办农村电商普及培训、直播带货培训等42期，其中脱贫户专场8期。", 34),
        ],
      },
    ],
  });
  expect(read.facts).toMatchObject({
    county: "蕉岭县",
    ruralRetail2020: 586000000,
    ruralRetailGrowthStated: 0.324,
    agriRetail2019: 136000000,
    agriRetail2020: 172000000,
    disclosurePlan: true,
    disclosureProjects: true,
    adminVillagesStated: 97,
  });
  expect(read.facts.trainingPersonTimesStated).toBeUndefined();
  expect(read.facts.disclosureProgress).toBeUndefined();
});
