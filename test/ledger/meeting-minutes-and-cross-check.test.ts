/**
 * The 72nd batch's facts: a county government's 专题会议纪要 with its tables inside the text (惠来), a
 * bureau's monthly 运行分析 in prose (连南), a city's 交叉互查表 filled by another county (清新).
 */
import type { Sheet } from "../../src/core/grid";
import { leaderLevel } from "../../src/ledger/leader";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { chinesePart } from "../../src/ledger/normalize/text";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const v = factsVocabulary(GD_2019);
const scores = (t: string) => v.inputs.match(chinesePart(t));
const said = (t: string) => statementsOf(t, scores, 0.62, 0.06).map((s) => [s.label, s.value]);
const read = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, String(e.value)]));

test("a title with its holder's name after it is the title", () => {
  expect(["县委副书记、县长陈××", "县长陈建国", "县委书记李××", "副县长林××", "县长助理", "县长秘书"].map(leaderLevel)).toEqual([
    "principal",
    "principal",
    "principal",
    "deputy",
    "other",
    "other",
  ]);
});

test("a meeting's confirmed figures read in its 会议确认情况 column; a line's own answer before its 备注's background", () => {
  const sheet: Sheet = {
    name: "纪要",
    rows: [
      ["表1　考评基础数据（会议确认）"],
      ["序号", "数据项", "会议确认情况", "提供单位", "备注"],
      ["1", "行政区划", "14个镇，行政村312个、社区38个；其中省定贫困村38个", "县民政局", "村（居）名单见附1"],
      [
        "2",
        "建档立卡贫困人口培训",
        "有劳动能力且未外出务工的建档立卡贫困人口2,486人，已参加电商培训1,318人（53.0%）",
        "县乡村振兴局",
        "全县建档立卡贫困人口11,962人，其中有劳动能力6,870人（含外出务工4,384人）",
      ],
      ["3", "安全生产、质量事故", "无", "县商务局", null],
      ["四、工作要求。各单位要高度重视，确保数据真实准确、台账完整规范，不得弄虚作假。"],
    ],
  };
  const facts = read(sheet);
  expect([facts.adminVillagesStated, facts.poorVillagesStated]).toEqual(["312个", "38个"]);
  expect([facts.eligiblePoorPersonsStated, facts.trainedPoorPersonsStated]).toEqual(["2,486人", "1,318人"]);
  expect(facts.vetoFraud).toBeUndefined();
});

test("a city's cross-check form: the checked county's own account is its answer", () => {
  const sheet: Sheet = {
    name: "交叉互查表",
    rows: [
      ["序号", "互查要点", "被查单位自查情况", "核查方式", "互查核查情况", "互查意见"],
      ["1", "区基本情况", "全区常住人口66.52万人（七普）；行政村165个、社区23个；省定贫困村27个", "查阅", "查阅七普公报、区民政局区划资料", "符合"],
      ["2", "电商产业园", "整合提升清新区电商产业园，现有入驻企业24家", "现场", "现场查看园区，抽查入驻协议5份", "符合"],
    ],
  };
  const facts = read(sheet);
  expect([facts.residentPopulation, facts.adminVillagesStated, facts.parkBuilt]).toEqual(["66.52万人", "165个", "是"]);
});

test("a part of a year's figure is no total; a topic before its years' figures names them", () => {
  expect(said("1—8月举办电商培训21期1,238人次；创建以来累计举办电商培训58期3,216人次。")).toContainEqual(["创建以来累计举办电商培训58期人次", "3,216人次"]);
  const sheet: Sheet = { name: "运行分析", rows: [["　　1—8月举办电商培训21期1,238人次；创建以来累计举办电商培训58期3,216人次。"]] };
  expect(read(sheet).trainingPersonTimesStated).toBe("3,216人次");
  expect(said("农产品网络零售额：2019年3.02亿元，2020年4.11亿元，同比增长36.1%")).toEqual(
    expect.arrayContaining([
      ["2019年农产品网络零售额", "3.02亿元"],
      ["2020年农产品网络零售额", "4.11亿元"],
      ["2020年农产品网络零售额同比增长", "36.1%"],
    ]),
  );
});
