/**
 * Borrowed lists of the 135th batch (连南, 紫金): a fibre-coverage table whose legend gives committees a "/" (no 否); a
 * training-materials sign-off whose 代领 and 补领 rows are no attendance; a disc register of TV reports dated by 首播日期,
 * its films never broadcast none; a bank's outlets, only those sharing a station's room stations; a site monitor's check
 * of every page, only its information pages posts.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const ymd = (d: { y: number; m: number; d?: number } | null) => (d ? `${d.y}-${d.m}-${d.d ?? ""}` : null);
const read = (sheet: Sheet) => readLedgers({ sheets: [sheet] }, GD_2019).ledgers;

test("a committee's / in a ★-only poor column is no answer, a village's blank a no", () => {
  const villages = read({
    name: "光纤4G覆盖情况",
    rows: [
      ["某县行政村光纤宽带和4G网络覆盖情况统计表", null, null, null],
      ["说明：居委会一并统计；“省定贫困村”栏：★为省定贫困村，空白为非贫困村，居委会填“/”。", null, null, null],
      ["序号", "镇", "行政村（居委会）", "省定贫困村"],
      [1, "寨岗镇", "寨岗居委会", "/"],
      [2, null, "白芒村", null],
      [3, null, "金坑村", "★"],
    ],
  }).villages;
  expect(villages.map((v) => [v.name, v.type, v.poor])).toEqual([
    ["寨岗居委会", "residents", null],
    ["白芒村", "admin", false],
    ["金坑村", "admin", true],
  ]);
});

test("a materials sign-off: 代领 for one who never came and 补领 of a lost item are no attendance", () => {
  const training = read({
    name: "教材领取签收",
    rows: [
      ["某县电商培训教材及物料领取签收表", null, null, null, null, null],
      ["序号", "领取日期", "培训班", "姓名", "身份证号", "备注"],
      [1, "2021年3月18日", "瑶绣网销专题班", "刘世杰", "441826********6497", null],
      [2, "同上", "同上", "洪建生", "4418261985****1432", "代领（本人未到）"],
      [3, "同上", "同上", "卢俊鸿", "4418262000****6072", null],
      [4, "2021.3.25", "瑶绣网销专题班", "卢俊鸿", "4418262000****6072", "补领（3月18日已参训，U盘遗失）"],
    ],
  }).training;
  expect(training.map((t) => [t.name, ymd(t.date)])).toEqual([
    ["刘世杰", "2021-3-18"],
    ["卢俊鸿", "2021-3-18"],
  ]);
});

test("a disc register: broadcast on its 首播日期 on the channel named, a film never broadcast none", () => {
  const media = read({
    name: "音像资料刻录登记",
    rows: [
      ["某县商务局宣传报道音像资料刻录登记簿", null, null, null, null],
      ["光盘编号", "节目（报道）名称", "播出频道／栏目", "首播日期", "刻录日期"],
      ["GP-01", "瑶山电商服务站开进村", "某县融媒体中心《某县新闻》", "2020.10.15", "2020.10.20"],
      ["GP-02", "瑶绣搭上直播快车", "清远广播电视台《清远新闻联播》", "2020.12.3", "2020.12.11"],
      ["GP-03", "某县电子商务进农村宣传片", "—（县商务局委托拍摄，未公开播出）", "—", "2021.3.30"],
    ],
  }).media;
  expect(media.map((m) => [ymd(m.date), m.tv])).toEqual([
    ["2020-10-15", true],
    ["2020-12-3", true],
  ]);
});

test("a bank's outlets: only those sharing a station's room are stations, on the day the station's sign went up", () => {
  const stations = read({
    name: "助农服务点合建情况",
    rows: [
      ["某农商银行助农金融服务点与村级电商服务站合建情况表", null, null, null, null, null],
      ["序号", "镇", "服务点名称", "所在村（社区）", "是否与村级电商服务站合建", "电商服务站挂牌日期"],
      [1, "紫城镇", "桂山村助农金融服务点", "桂山村委会", "是", "2020.10.16"],
      [2, null, "新庄村助农金融服务点", "新庄村委会", "否", "—"],
      [3, null, "塘下村助农金融服务点", "塘下村委会", "是", "2021年1月8日"],
    ],
  }).stations;
  expect(stations.map((s) => [s.village, ymd(s.opened)])).toEqual([
    ["桂山村委会", "2020-10-16"],
    ["塘下村委会", "2021-1-8"],
  ]);
});

test("a site monitor's check of every page: only the information pages were posted", () => {
  const disclosures = read({
    name: "专栏内容检查结果",
    rows: [
      ["某县人民政府门户网站“电子商务进农村综合示范”专栏内容检查结果", null, null, null, null],
      ["序号", "页面类型", "页面标题", "所属子栏目", "发布时间"],
      [1, "栏目首页", "电子商务进农村综合示范", "—", "—"],
      [2, "子栏目页", "创建方案", "创建方案", "—"],
      [3, "信息页", "某县电子商务进农村综合示范县创建工作方案", "创建方案", "2019-12-26 09:15:00"],
      [4, "信息页", "某县电子商务进农村综合示范项目建设进度（2020年9月）", "建设进度", "2020-10-14 10:02:11"],
    ],
  }).disclosures;
  expect(disclosures.map((d) => ymd(d.date))).toEqual(["2019-12-26", "2020-10-14"]);
});
