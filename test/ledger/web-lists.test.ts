/**
 * Lists copied from web pages: a column log whose titles carry their day, and a press list of
 * 标题 | 链接 | 发布日期 whose outlets are the links' sites or the titles' 【…】.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { outletFromTitleOrLink } from "../../src/ledger/media-outlet";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a column log without a date column is dated by its titles; a ——2021年—— divider is no record", () => {
  const log: Sheet = {
    name: "专栏更新记录",
    rows: [
      ["序号", "信息标题（从网站专栏复制）", "链接"],
      [1, "【2019-12-20】某县电子商务进农村综合示范县创建工作方案", "http://www.example.gov.cn/a.html"],
      [2, "示范项目进度公示 2020-10-12", "http://www.example.gov.cn/b.html"],
      [null, "——2021年——", null],
      [3, "某县示范项目建设进度公示（5月） 发布时间：2021-06-04", "http://www.example.gov.cn/c.html"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [log] }, GD_2019);
  expect(ledgers.disclosures.map((d) => d.date && formatDate(d.date))).toEqual(["2019-12-20", "2020-10-12", "2021-06-04"]);
});

describe("outletFromTitleOrLink", () => {
  test.each([
    ["广东丰顺：电商进村", "http://society.people.com.cn/n1/2020/1016/c1008-31894562.html", "人民网"],
    ["丰顺：农村电商", "https://news.southcn.com/node_54a44f01a2/7b1f2c9e4d.shtml", "南方网"],
    ["【广东卫视】《广东新闻联播》：丰顺直播助农", "视频存档（广东卫视2020年11月6日播出）", "广东卫视"],
    ["丰顺发布｜推进会召开", "https://mp.weixin.qq.com/s/Xk3fT9", "丰顺发布"],
    ["梅州日报：电商培训进村", undefined, "梅州日报"],
  ])("%s (%s) → %s", (title, link, outlet) => expect(outletFromTitleOrLink(title, link)).toBe(outlet));
});

test("a press list of 标题 | 链接 | 发布日期 is a press list, its levels from the outlets, a station's report on TV", () => {
  const media: Sheet = {
    name: "宣传报道",
    rows: [
      ["丰顺县电子商务进农村综合示范宣传报道一览表", null, null],
      ["标题", "链接", "发布日期"],
      ["广东丰顺：电商进村", "http://society.people.com.cn/n1/2020/1016/c1008-31894562.html", "2020.10.16"],
      ["【梅州台·梅州新闻】丰顺县举办电商扶贫产品展销会", "电视新闻，视频资料存档", "2021.4.22"],
      ["丰顺融媒｜八乡山镇电商服务站带动群众增收", "https://mp.weixin.qq.com/s/Zq7Rb3", "2021年6月30日"],
    ],
  };
  const { ledgers, recognitions } = readLedgers({ sheets: [media] }, GD_2019);
  expect(recognitions[0].kind).toBe("media");
  expect(ledgers.media.map((m) => [m.level, m.tv])).toEqual([
    ["national", false],
    ["city", true],
    ["county", false],
  ]);
});
