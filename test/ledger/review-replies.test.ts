/**
 * A facts sheet sent back with the city's review in its value cells and the county's replies after it
 * (【市审：…】【县复：…】): each cell read as the value the exchange settled.
 */
import type { CellValue } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { settledValue } from "../../src/ledger/facts/review-replies";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a reply's new value stands, 同意 takes the city's figure, 维持 or an explanation keeps the first", () => {
  expect(settledValue("7,450【市审：请剔除9月份培训班次】【县复：已剔除9月6日一期，改为7,102】")).toBe("7,102");
  expect(settledValue("2,960【市审：应扣除外出务工人员】【县复：扣除外出务工815人后为2,145】")).toBe("2,145");
  expect(settledValue("212【市审：民政局数据为行政村198个、社区14个，请只填行政村】【县复：同意】")).toBe("198");
  expect(settledValue("否【市审：请尽快增设】【县复：截至8月31日未设，维持“否”】")).toBe("否");
  expect(settledValue("2020年10月【市审：请填到日】【县复：2020年10月16日】")).toBe("2020年10月16日");
  expect(settledValue("有【市审：请附合同】")).toBe("有");
  expect(settledValue("有【市审：现场核查时摄影收费，请核实】【县复：属实，改为“无”】")).toBe("无");
  expect(settledValue("36.82【市审：请核对七普数据】【县复：已核，无误】")).toBe("36.82");
  expect(settledValue("鹰嘴桃【区域公用品牌】")).toBeUndefined();
});

test("the sheet is read with each reviewed value settled", () => {
  const rows: CellValue[][] = [
    ["序号", "项目", "单位", "填报内容"],
    [1, "行政村数", "个", "212【市审：民政局数据为行政村198个、社区14个，请只填行政村】【县复：同意】"],
    [2, "累计培训人次", "人次", "7,450【市审：请剔除9月份培训班次】【县复：已剔除9月6日一期，改为7,102】"],
    [3, "中心免费摄影、美工服务", "有/无", "有【市审：现场核查时摄影收费，请核实】【县复：属实，改为“无”】"],
  ];
  const r = readFactsSheet({ name: "基础数据表", rows }, GD_2019);
  const value = (k: string) => r.entries.find((e) => e.key === k)?.value;
  expect(value("adminVillagesStated")).toBe("198");
  expect(value("trainingPersonTimesStated")).toBe("7,102");
  expect(value("centerPhoto")).toBe("无");
});

test("a reply restating the fact as it now stands gives its value", () => {
  expect(settledValue("副县长（分管商务）【市审：领导小组已调整，请按最新文件填】【县复：按连府办〔2021〕7号，组长为县委副书记、县长】")).toBe("县委副书记、县长");
});
