/**
 * Two of 惠来's borrowed registers: a press briefing's register of the outlets invited (媒体单位 | 是否到会 |
 * 是否刊播 | 刊播日期 | 稿件标题), where only what ran is a report, on the day it ran; and a park's admission
 * review (评审结论 | 签约日期 | 实际入驻日期), where an applicant refused, deferred or withdrawn, with no day
 * it moved in, is no firm of the park.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const briefing: Sheet = {
  name: "通气会媒体登记",
  rows: [
    ["某县电子商务进农村综合示范工作媒体通气会邀请媒体及刊播情况登记表", null, null, null, null, null, null, null],
    ["序号", "媒体单位", "媒体类型", "是否到会", "是否刊播", "刊播日期", "稿件标题", "备注"],
    [1, "南方日报（揭阳观察）", "报纸", "√", "√", "2020年10月30日", "《惠来：电商服务站开进渔村农家》", null],
    [2, "揭阳广播电视台", "电视", "√", "√", "2020年10月27日", "《惠来召开电子商务进农村媒体通气会》", null],
    [3, "羊城晚报", "报纸", "√", "×", "—", "—", "已采访，未刊发"],
    [4, "惠来县融媒体中心", "电视", "√", "√", "2020/10/27", "《我县召开电商进农村媒体通气会》", null],
  ],
};

const admission: Sheet = {
  name: "入驻评审及入驻情况",
  rows: [
    ["某县电子商务产业园入驻企业评审结果及入驻情况表", null, null, null, null, null, null],
    ["序号", "申请企业", "申请入驻类型", "评审结论", "签约日期", "实际入驻日期", "备注"],
    [1, "揭阳市惠来县海之味电子商务有限公司", "销售型（网店）", "同意", "2020.10.9", "2020.10.16", null],
    [2, "惠来县鑫达贸易有限公司", "销售型", "不同意", "—", "—", "电商业务占比低"],
    [3, "惠来县葵潭菠萝种植专业合作社", "农民专业合作社", "暂缓（补充材料后复评）", "—", "—", "见第二批"],
    [4, "惠来县好渔家水产品有限公司", "销售型", "同意", "2021.1.25", "—", "签约后放弃入驻"],
    [5, "惠来县葵潭菠萝种植专业合作社", "农民专业合作社", "同意（复评）", "2021.1.25", "2021.2.1", null],
  ],
};

test("only the outlets that ran the story are reports, each on the day it ran", () => {
  const media = readLedgers({ sheets: [briefing] }, GD_2019).ledgers.media;
  expect(media.map((m) => [m.outlet, m.date ? formatDate(m.date) : null])).toEqual([
    ["南方日报（揭阳观察）", "2020-10-30"],
    ["揭阳广播电视台", "2020-10-27"],
    ["惠来县融媒体中心", "2020-10-27"],
  ]);
});

test("an applicant refused, deferred or withdrawn is no firm; admitted on review it is", () => {
  const firms = readLedgers({ sheets: [admission] }, GD_2019).ledgers.enterprises;
  expect(firms.map((f) => [f.name, f.entered ? formatDate(f.entered) : null])).toEqual([
    ["揭阳市惠来县海之味电子商务有限公司", "2020-10-16"],
    ["惠来县葵潭菠萝种植专业合作社", "2021-02-01"],
  ]);
});
