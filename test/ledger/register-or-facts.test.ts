/**
 * A training register whose cells happen to name facts-sheet inputs (县电商公共服务中心 as a place,
 * 线上 as a mode, 一、2020年 as a section, 单位：人次 over the table) is still the register its header
 * says it is; and a file list's 成文日期 is the document's day, not the day of what it announces.
 */
import type { CellValue } from "../../src/core/grid";
import { recognizeSheet } from "../../src/ledger/recognize";
import { factsVocabulary } from "../../src/ledger/facts-sheet";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const register: CellValue[][] = [
  ["附4  某县农村电商普及培训台账（不含贫困户专场，专场签到见附5）"],
  ["填报单位：某县电子商务公共服务中心", null, null, null, null, "单位：人次"],
  ["期次", "培训日期", "培训主题", "培训地点", "培训方式", "参训人次", "其中贫困户（人次）", "备注"],
  ["一、2020年"],
  ["第1期", "2020.9.17", "电商基础知识普及", "县电商公共服务中心", "线下", 168, 6, null],
  ["第2期", "2020年9月29日", "菠萝网店开设与运营", "曲界镇人民政府", "线下", 152, 9, null],
  ["第3期", "2020/10/28", "良姜、菠萝线上营销", "下桥镇文化站", "线下", "175人次", 8, null],
  ["2020年小计", null, null, null, null, 495, null, null],
  ["二、2021年"],
  ["第4期", "2021/1/14", "年货节网络促销", "县电商公共服务中心", "线上", 165, 4, null],
  ["第5期", "2021.3.18", "“菠萝的海”品牌推广", "曲界镇人民政府", "线下", 156, 5, null],
  ["第6期", "2021.6.24", "跨境电商入门", "县电商公共服务中心", "线上", 168, 0, null],
  ["2021年小计", null, null, null, null, 489, null, null],
  ["合计", null, null, null, null, 984, null, "统计至2021年9月10日"],
  ["注：“其中贫困户”已含在参训人次内；贫困户专场另见附5，人次未计入本表。"],
];

test("a training register whose places and topics resemble facts labels is a training ledger", () => {
  const r = recognizeSheet({ name: "附4 普及培训", rows: register }, factsVocabulary(GD_2019));
  expect(r.kind).toBe("training");
});

test("a file list's 成文日期 is the document's; the remark's day is when the centre opened", () => {
  const rows: CellValue[][] = [
    ["序号", "文件名称", "文号", "发文单位", "成文日期", "状态", "备注"],
    ["一、服务体系"],
    [10, "关于某县电子商务公共服务中心正式投入运营的通知", "某商务〔2020〕77号", "县商务局", "2020.11.16", "已印发", "中心自2020年11月20日起正式对外运营"],
  ];
  const e = readFactsSheet({ name: "文件目录", rows }, GD_2019).entries.find((x) => x.key === "centerOpened");
  expect([e?.value, e?.cell]).toEqual(["中心自2020年11月20日起正式对外运营", "G3"]);
});

test("…and without a remark stating a day, the document's day is all there is", () => {
  const rows: CellValue[][] = [
    ["序号", "文件名称", "文号", "成文日期", "备注"],
    [1, "关于某县电子商务公共服务中心正式投入运营的通知", "某商务〔2020〕77号", "2020.11.16", "详见附件"],
  ];
  const e = readFactsSheet({ name: "文件目录", rows }, GD_2019).entries.find((x) => x.key === "centerOpened");
  expect(e?.value).toBe("2020.11.16");
});
