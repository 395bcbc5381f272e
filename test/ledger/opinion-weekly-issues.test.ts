/**
 * 南雄's extracts from the internet public-opinion weekly (139th batch) as the press log: a block per issue, each under
 * its own header, the line giving the period it covers ("第53期（2020.12.28—2021.1.3）"), its items dated by
 * month and day only. The first block's header is the header (not its header and first row read as one), and a day
 * is in the year its issue's period puts it — 1月2日 under the issue running into 2021 is 2021's.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const header = ["序号", "日期", "标题", "来源媒体", "媒体类别", "载体"];
const sheet: Sheet = {
  name: "舆情周报摘录",
  rows: [
    ["某市网络舆情周报——电子商务相关正面信息摘录", null, null, null, null, null],
    ["第46期（2020.11.9—11.15）", null, null, null, null, null],
    header,
    [1, "11月12日", "电商服务站让山货“触网”", "韶关日报", "市级媒体", "报纸"],
    [null, null, null, null, null, null],
    ["第53期（2020.12.28—2021.1.3）", null, null, null, null, null],
    header,
    [2, "12月30日", "银杏“云上”卖货忙", "南方+客户端", "省级媒体", "客户端"],
    [3, "1月2日", "元旦网购节　土特产销量翻番", "某市融媒体中心", "县级媒体", "网站"],
    [null, null, null, null, null, null],
    ["第19期（2021.5.10—5.16）", null, null, null, null, null],
    header,
    [4, "5月14日", "板鸭直播带货走俏", "韶关广播电视台《韶关新闻》", "市级媒体", "电视"],
  ],
};

test("a register kept by issue: the first header is the header, each day in the year its issue's period puts it", () => {
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.recognitions[0].headerRow).toBe(2);
  expect(read.ledgers.media.map((m) => [m.level, m.date && formatDate(m.date)])).toEqual([
    ["city", "2020-11-12"],
    ["province", "2020-12-30"],
    ["county", "2021-01-02"],
    ["city", "2021-05-14"],
  ]);
});
