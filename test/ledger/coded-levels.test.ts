/**
 * A media list whose 类别 column holds letters its legend under the title explains
 * ("媒体类别：A—中央级 B—省级 C—市级 D—县级"): each letter read as the level it stands for.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { codeLegend } from "../../src/ledger/code-legend";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const media: Sheet = {
  name: "宣传报道",
  rows: [
    ["附11  某县电子商务进农村宣传报道登记"],
    ["媒体类别：A—中央级\u3000B—省级\u3000C—市级\u3000D—县级"],
    ["序号", "报道日期", "媒体", "类别", "形式", "标题", "电商扶贫典型案例"],
    [1, "2020.11.20", "南方日报", "B", "报纸", "菠萝搭上电商快车", "否"],
    [2, "2021.1.8", "湛江日报", "C", "报纸", "村级站点让菠萝出村进城", "否"],
    [3, "2021.3.16", "县融媒体中心", "D", "网络", "我县举办电商培训", "否"],
    [4, "2021.4.16", "中央广播电视总台农业农村频道", "a", "电视", "电商助农新路子", "是"],
  ],
};

test("the legend above the table gives each letter its meaning", () => {
  expect([...codeLegend(media, "类别", 3)]).toEqual([
    ["A", "中央级"],
    ["B", "省级"],
    ["C", "市级"],
    ["D", "县级"],
  ]);
});

test("each report's level is the one its letter stands for, and none is left unrecognised", () => {
  const { ledgers, diagnostics } = readLedgers({ sheets: [media] }, GD_2019);
  expect(ledgers.media.map((r) => r.level)).toEqual(["province", "city", "county", "national"]);
  expect(diagnostics.list.filter((d) => /级别/.test(d.message))).toEqual([]);
});

test("a letter without a legend is still unrecognised, not guessed", () => {
  const bare: Sheet = { ...media, rows: media.rows.filter((_, r) => r !== 1) };
  expect(readLedgers({ sheets: [bare] }, GD_2019).ledgers.media.map((r) => r.level)).toEqual([null, null, null, null]);
});

// 濠江 (81st blind batch): the form kept as a code too, one legend line for both columns.
test("a form kept as a code is the medium its legend names; a 广播 of a 广播电视台 is no television", () => {
  const coded: Sheet = {
    name: "宣传报道登记",
    rows: [
      ["某区电子商务进农村综合示范宣传报道登记表"],
      ["级别代码：A—中央级  B—省级  C—市级  D—区级；形式代码：1—报纸  2—电视  3—广播  4—网络及新媒体"],
      ["编号", "刊播日期", "媒体（栏目）", "级别代码", "形式代码", "标题", "电商扶贫典型案例"],
      ["BH-01", "2020.9.23", "汕头日报", "C", 1, "启动创建", "否"],
      ["BH-02", "2020.11.12", "区融媒体中心《新闻》", "D", 2, "电商培训走进街道", "否"],
      ["BH-04", "2021.1.15", "汕头广播电视台新闻综合广播FM102.5《汕头新闻》", "C", 3, "电商服务站开进渔村", "否"],
      ["BH-05", "21.3.18", "广东广播电视台珠江频道《今日关注》", "B", 2, "渔村的电商增收路", "是"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [coded] }, GD_2019);
  expect(ledgers.media.map((r) => [r.level, r.form, r.tv])).toEqual([
    ["city", "报纸", false],
    ["county", "电视", true],
    ["city", "广播", false],
    ["province", "电视", true],
  ]);
});
