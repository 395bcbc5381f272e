/**
 * A clerk's own 底数本 (德庆's): each line a spoken question (专栏挂了创建方案没有, 专栏挂没挂建设进度,
 * 方案印了没有) answered in spoken words (挂了, 印了), items with how they stand (交易标准有了，冷链、溯源还在弄),
 * and a free service answered free in part (拍照免费，美工收费).
 */
import type { Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { parseYesNo } from "../../src/ledger/normalize/yesno";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import type { RubricInput } from "../../src/scoring/rubric";
import { verdictOf } from "../../src/ledger/facts/values";

const book: Sheet = {
  name: "底数本",
  rows: [
    ["编号", "底数（我们的说法）", "数／情况", "单位、口径", "谁给的"],
    ["乙3", "方案印了没有", "印了", "德府办〔2020〕15号", "县府办"],
    ["丙4", "免费拍照、美工", "拍照免费，美工收费", "美工每款80元", "运营方"],
    ["庚2", "专栏挂了创建方案没有", "挂了", null, "商务局"],
    ["庚3", "专栏挂了项目基本信息没有", "挂了", "承建单位、合同金额", "商务局"],
    ["庚4", "专栏挂没挂建设进度", "挂了", "按月挂进度", "商务局"],
    ["丁5", "站点挂牌了没有", "挂了", null, "商务局"],
  ],
};

test("spoken questions are matched with what they ask of, and answered by spoken words", () => {
  const read = readFactsSheet(book, GD_2019);
  const value = (key: string) => read.entries.find((e) => e.key === key)?.value;
  expect(value("planIssued")).toBe("印了");
  expect(value("disclosurePlan")).toBe("挂了");
  expect(value("disclosureProjects")).toBe("挂了");
  expect(value("disclosureProgress")).toBe("挂了");
  // (A station's plaque, 挂牌, is no 公示 on the website.)
  expect(read.entries.filter((e) => /^disclosure/.test(e.key))).toHaveLength(3);
  expect(parseYesNo("挂了")).toBe(true);
  expect(parseYesNo("印了")).toBe(true);
  expect(parseYesNo("没挂")).toBe(false);
});

test("a free service asked for two things, one of them charged for, is no free service", () => {
  const read = readFactsSheet(book, GD_2019);
  const said = read.entries.find((e) => e.key === "centerPhoto")?.value;
  expect(said).toBe("拍照免费，美工收费");
  const input = (key: string) => GD_2019.inputs.find((i) => i.key === key) as RubricInput;
  expect(verdictOf(input("centerPhoto"), "拍照免费，美工收费")).toBe(false);
  expect(verdictOf(input("centerPhoto"), "摄影棚可以免费拍照，但美工按件收费")).toBe(false);
  // Both free, or one free and the other not said charged: no verdict from these words.
  expect(verdictOf(input("centerPhoto"), "拍照免费，美工免费")).toBeUndefined();
  expect(verdictOf(input("centerDisplay"), "一楼展销厅免费展示，代销不收费")).toBeUndefined();
  expect(verdictOf(input("centerDisplay"), "展示免费，代销收费")).toBe(false);
});
