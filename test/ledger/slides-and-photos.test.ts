/**
 * A county's evidence as a presentation and its photos (the 249th blind batch, 高州): the facts as the deck's
 * notes pages (幻灯片N beside each title, ● points a line each, 备注： the speaker's notes) and the stations,
 * trainings and press reports as the captions of their pictures.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

test("a deck's notes pages: the points under each slide's number read as the report's sentences", () => {
  const slide = (n: number, title: string, points: string[], note: string) => [
    [`幻灯片${n}`, title],
    ...points.map((p) => [null, p]),
    ["备注：", note],
    [null, null, null, `${n} / 4`],
  ];
  const sheet: Sheet = {
    name: "汇报PPT备注页",
    rows: [
      ...slide(1, "一、基本情况", ["● 常住人口132.51万人（第七次全国人口普查）", "● 行政村210个、社区6个，其中省定贫困村12个"], "常住人口按七普口径。"),
      ...slide(2, "二、组织领导", ["✔ 成立以市长为组长的示范创建工作领导小组", "✔ 示范县工作方案已正式印发"], "方案见附件。"),
      ...slide(3, "三、服务体系", ["● 公共服务中心2021年2月28日正式投入运营"], "中心位于市区。"),
      ...slide(4, "七、资金管理", ["● 下达省级专项资金500万元"], "拨付明细见资金台账。"),
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const f = toScoringInput(read.ledgers, GD_2019, read.diagnostics).facts;
  const n = (k: string) => {
    const fact = f[k];
    return fact?.kind === "number" ? fact.value.toNumber() : undefined;
  };
  expect([n("residentPopulation"), n("adminVillagesStated"), n("poorVillagesStated"), n("fundAllocated")]).toEqual([1325100, 210, 12, 5000000]);
  expect(f.centerOpened?.value).toEqual({ y: 2021, m: 2, d: 28 });
});

test("photos' captions as the ledgers their sheets name: a station's village and day, a class's day and 人次, a report's outlet, level and TV", () => {
  const stations: Sheet = {
    name: "站点挂牌照片",
    rows: [
      ["××市村级电商服务站点挂牌照片说明"],
      ["图号", "照片", "照片说明"],
      ["图2-001", "［图片］", "古丁镇榕桥村电商服务站挂牌（2020年3月5日）"],
      ["图2-002", "［图片］", "深镇镇凤坑村电商服务站，站长在站内为村民代收快递（2020.7.18挂牌）"],
      ["图2-003", "［图片］", "2021年9月1日，根子镇柏背村电商服务站正式挂牌运营"],
      ["说明：照片按挂牌时间排列。"],
    ],
  };
  const training: Sheet = {
    name: "培训现场照片",
    rows: [
      ["图号", "照片", "说明"],
      ["图3-01", "［图片］", "2020年9月6日，长坡镇农村电商普及培训班开班，参训139人次。"],
      ["图3-02", "［图片］", "长坡镇电商培训现场（2020.9.27，93人次）"],
      ["图3-03", "［图片］", "2020年9月30日　深镇镇“电商进村”培训，学员108人次认真听讲"],
    ],
  };
  const media: Sheet = {
    name: "媒体报道截图",
    rows: [
      ["截图", "说明"],
      ["［截图］", "截图1　2020年11月24日，××市融媒体中心（县级）微信公众号：《村里有了电商站》"],
      ["［截图］", "截图2　2021年3月9日，《茂名日报》（市级）第3版：《电商服务站织密农村流通网》"],
      ["［截图］", "截图3　2021年6月18日，广东广播电视台珠江频道（省级电视）播出电商扶贫典型案例《脱贫户直播卖荔枝》"],
    ],
  };
  const read = readLedgers({ sheets: [stations, training, media] }, GD_2019);
  expect(read.ledgers.stations.map((s) => [s.town, s.village, day(s.opened)])).toEqual([
    ["古丁镇", "榕桥村", "2020-03-05"],
    ["深镇镇", "凤坑村", "2020-07-18"],
    ["根子镇", "柏背村", "2021-09-01"],
  ]);
  expect(read.ledgers.training.map((t) => [day(t.date), t.personTimes.toNumber()])).toEqual([
    ["2020-09-06", 139],
    ["2020-09-27", 93],
    ["2020-09-30", 108],
  ]);
  expect(read.ledgers.media.map((m) => [day(m.date), m.level, m.tv, m.povertyCase])).toEqual([
    ["2020-11-24", "county", false, null],
    ["2021-03-09", "city", false, null],
    ["2021-06-18", "province", true, true],
  ]);
});
