/**
 * 金湾's press list, outlet and time copied from each web page into one cell, and its experience
 * materials kept as the e-mails that sent them.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const media: Sheet = {
  name: "宣传报道",
  rows: [
    ["序号", "报道标题", "来源及发布时间", "链接", "形式"],
    [1, "公共服务中心正式启用", "来源：珠海特区报　　发布时间：2020-10-16 08:52", "http://pc.zhuhaidaily.com/html/2020-10/16/content.htm", "报纸"],
    [2, "电商赋能乡村振兴", "来源：新华网 | 2021-04-15 10:20:33", "http://www.xinhuanet.com/local/2021-04/15/c.htm", "网络"],
    [3, "小站点撬动乡村大市场", "广东广播电视台珠江频道《今日关注》 2021-05-26 播出", null, "电视"],
  ],
};
const mails: Sheet = {
  name: "经验材料报送",
  rows: [
    ["经验材料报送记录（邮件）"],
    ["发送时间", "收件人", "邮件主题", "附件"],
    ["2020-12-25 16:42", "珠海市商务局电商科", "报送阶段性工作总结", "总结.docx"],
    ["2021-06-18 15:42", "珠海市商务局电商科", "报送典型案例材料", "案例.docx"],
  ],
};

test("the outlet and the day are read out of one copied cell, the level from the outlet", () => {
  const r = readLedgers({ sheets: [media] }, GD_2019);
  expect(r.ledgers.media.map((m) => [m.outlet, m.date, m.level, m.tv])).toEqual([
    ["珠海特区报", { y: 2020, m: 10, d: 16 }, "city", false],
    ["新华网", { y: 2021, m: 4, d: 15 }, "national", false],
    ["广东广播电视台珠江频道《今日关注》", { y: 2021, m: 5, d: 26 }, "province", true],
  ]);
});

test("materials sent by e-mail (发送时间 | 收件人 | 邮件主题) are a materials log", () => {
  const r = readLedgers({ sheets: [mails] }, GD_2019);
  expect(r.recognitions[0].kind).toBe("materials");
  expect(r.ledgers.materials.map((m) => m.date)).toEqual([
    { y: 2020, m: 12, d: 25 },
    { y: 2021, m: 6, d: 18 },
  ]);
});

test("a press-monitoring export (舆情导出: 标题 | 来源 | 发布时间 | 原文链接) is a press list", () => {
  const monitor: Sheet = {
    name: "舆情导出",
    rows: [
      ["舆情信息导出"],
      ["序号", "标题", "来源", "发布时间", "情感倾向", "相似文章数", "原文链接"],
      [1, "农村电商服务站开到家门口", "南方+", "2020-10-22 08:30", "正面", 3, "http://yq.example.cn/a/88120"],
      [2, "电商进村", "人民网", "2021-03-02 10:00", "正面", 5, "http://yq.example.cn/a/88133"],
    ],
  };
  const r = readLedgers({ sheets: [monitor] }, GD_2019);
  expect(r.recognitions[0].kind).toBe("media");
  expect(r.ledgers.media.map((m) => [m.outlet, m.level])).toEqual([
    ["南方+", "province"],
    ["人民网", "national"],
  ]);
});
