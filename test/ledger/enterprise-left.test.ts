/**
 * A park's enterprise list that says who left only in its 备注, and a park's own 基本情况 sheet beside
 * it, which is the park's particulars, not the county's facts.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const firms: Sheet = {
  name: "入驻企业名单",
  rows: [
    ["序号", "企业名称", "企业类型", "入驻时间", "备注"],
    [1, "甲公司", "农产品销售", "2020年3月", "已迁出（2021.4）"],
    [2, "乙公司", "物流快递", "2020年4月", "2021年6月已迁出"],
    [3, "丙公司", "直播带货", "2020年5月", "已于2021年1月15日搬离园区"],
    [4, "丁公司", "平台类", "2020年6月", "已迁出"],
    [5, "戊公司", "运营服务类", "2020年7月", "园区运营团队"],
  ],
};

test("a remark saying the firm left (迁出, 搬离) is its exit, on the day it gives or undated", () => {
  const { ledgers } = readLedgers({ sheets: [firms] }, GD_2019);
  expect(ledgers.enterprises.map((e) => [e.name, e.left && formatDate(e.left), e.leftByStatus])).toEqual([
    ["甲公司", "2021-04", true],
    ["乙公司", "2021-06", true],
    ["丙公司", "2021-01-15", true],
    ["丁公司", null, true],
    ["戊公司", null, false],
  ]);
});

test("a sheet named for the park's own particulars (园区基本情况) is no facts sheet; a label's neighbour label is no county", () => {
  const park: Sheet = {
    name: "园区基本情况",
    rows: [
      ["项  目", "基本情况", null, null, "备注"],
      ["园区名称", "某县电子商务产业园（县电子商务公共服务中心同址）"],
      ["园区地址", "某县罗阳街道商业街"],
      ["开园时间", "2020年3月"],
      ["入驻企业", "在册22家（已迁出3家）"],
    ],
  };
  const { recognitions, ledgers } = readLedgers({ sheets: [firms, park] }, GD_2019);
  expect(recognitions.find((r) => r.sheet === "园区基本情况")?.kind).toBeNull();
  expect(ledgers.facts.filter((f) => f.key === "county")).toEqual([]);
});

test("on a facts sheet, a county's value names a 县, 市 or 区: the next line's label is none", () => {
  const sheet: Sheet = {
    name: "基本情况",
    rows: [
      ["项  目", "基本情况"],
      ["单位名称", "县电子商务公共服务中心（同址）"],
      ["园区地址", "罗阳街道商业街"],
      ["常住人口", "42万人"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.facts.filter((f) => f.key === "county")).toEqual([]);
  expect(ledgers.facts.map((f) => f.key)).toContain("residentPopulation");
});

test("a county written with its 县 anywhere in the name is a county (示范县01); a field's label is not", () => {
  const sheet: Sheet = {
    name: "基本情况",
    rows: [
      ["项目", "填报值"],
      ["县（市、区）名称", "示范县01"],
    ],
  };
  expect(readLedgers({ sheets: [sheet] }, GD_2019).ledgers.facts.map((f) => [f.key, f.value])).toEqual([["county", "示范县01"]]);
});
