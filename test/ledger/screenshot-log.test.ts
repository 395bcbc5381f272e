/**
 * A column's screenshot archive under its fixed contents: 截图日期 | 专栏最新一条信息 | 该信息发布日期 |
 * 截图文件 | 备注. The screenshot's day is not an update's: the newest information's own day is, and a
 * month whose screenshot still shows last month's information had no update.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { formatDate } from "../../src/scoring/dates";

const archive: Sheet = {
  name: "专栏截图",
  rows: [
    ["附10  某县人民政府网“电子商务进农村综合示范”专栏截图存档登记"],
    ["一、专栏固定内容"],
    ["序号", "栏目", "首次发布日期", "内容"],
    [1, "创建方案", "2020.7.8", "某县电子商务进农村综合示范县创建工作方案"],
    [2, "项目建设进度", "2020.8.12", "按月发布（见下表）"],
    [],
    ["二、月度截图存档（每月下旬截图一次，记录截图时专栏最新一条信息）"],
    ["序号", "截图日期", "专栏最新一条信息", "该信息发布日期", "截图文件", "备注"],
    [1, "2021.1.27", "12月份示范项目建设进度", "2021.1.15", "专栏截图_20210127.png", null],
    [2, "2021.2.26", "12月份示范项目建设进度", "2021.1.15", "专栏截图_20210226.png", "本月无更新（春节）"],
    [3, "2021.3.29", "1-2月份示范项目建设进度", "2021年3月12日", "专栏截图_20210329.png", null],
  ],
};

test("each table is read under its own header; the archive's updates are dated by the information's own day", () => {
  const { ledgers } = readLedgers({ sheets: [archive] }, GD_2019);
  expect(ledgers.disclosures.map((d) => [d.source.row, d.date ? formatDate(d.date) : null, d.title])).toEqual([
    [4, "2020-07-08", "某县电子商务进农村综合示范县创建工作方案"],
    [5, "2020-08-12", "按月发布（见下表）"],
    [9, "2021-01-15", "12月份示范项目建设进度"],
    [10, "2021-01-15", "12月份示范项目建设进度"],
    [11, "2021-03-12", "1-2月份示范项目建设进度"],
  ]);
});
