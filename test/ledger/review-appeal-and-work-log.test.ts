/**
 * What the 134th batch's county handed in, read as a reviewer reads it: a review-appeal form's prose
 * (the year before's figure and the growth in one bracket, the poor counted with the migrants said in
 * the bracket after, a service charged at cost price), a desk's work log kept with a 类别 column (an
 * experience material among the 报送 rows, a draft and a paused month among the 专栏 rows), and a
 * station subsidy roster dated by its 开业运营日期.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const appeal = (said: string[]) => ({
  name: "复核申请表",
  rows: [
    ["某县电子商务进农村综合示范创建考评结果复核申请表"],
    ["序号", "评价指标", "分值", "我县自评分", "考评组初评分", "情况说明（复核理由）"],
    ...said.map((s, i) => [i + 1, ["服务体系建设", "农村产品上行", "电商人才培训"][i] ?? "其他", 10, 9, 8, s]),
  ],
});

test("…19.10亿元（2019年15.20亿元，增长25.7%）: the year before's figure and the growth, each read", () => {
  const { facts } = factsOf({
    sheets: [
      appeal([
        "县电子商务公共服务中心2020年12月26日投入运营。",
        "2020年农村网络零售额19.10亿元（2019年15.20亿元，增长25.7%），农产品网络零售额8.12亿元（2019年6.05亿元，增长34.2%）。",
        "常住人口59.86万人。",
      ]),
    ],
  });
  expect(facts).toMatchObject({ ruralRetail2020: 1910000000, ruralRetail2019: 1520000000, agriRetail2020: 812000000, agriRetail2019: 605000000 });
});

test("the poor able to work 4,015人（含外出务工603人，…确认）: the count asked is without the migrants, 3,412", () => {
  const { facts } = factsOf({
    sheets: [
      appeal([
        "县电子商务公共服务中心2020年12月26日投入运营。",
        "2020年农村网络零售额19.10亿元。",
        "有劳动能力的建档立卡贫困人口4,015人（含外出务工603人，县乡村振兴局确认），参训1,788人，培训率44.5%，自评8分。",
      ]),
    ],
  });
  expect(facts).toMatchObject({ eligiblePoorPersonsStated: 3412, trainedPoorPersonsStated: 1788 });
});

test("摄影美工服务由运营方按每款产品30元成本价收取: charged for, so no free photography", () => {
  const { facts } = factsOf({
    sheets: [
      appeal([
        "中心2020年12月26日投入运营；免费展示、代销农特产品。摄影美工服务由运营方按每款产品30元成本价收取，考评组认为不属免费服务扣1分，我县认为成本价收费应视同免费，申请复核。",
        "2020年农村网络零售额19.10亿元。",
        "常住人口59.86万人。",
      ]),
    ],
  });
  expect(facts.centerPhoto).toBe(false);
  expect(facts.centerDisplay).toBe(true);
});

const diary: Sheet = {
  name: "电商股工作日志",
  rows: [
    ["某县商务局电子商务股工作日志"],
    ["类别：报送（向上级报送材料）、专栏（政府网站专栏）、会议、其他"],
    ["日期", "星期", "类别", "工作内容", "经办人", "备注"],
    ["2021-01-06", "星期三", "报送", "向某市商务局报送2020年12月电子商务进农村工作月报（附电商扶贫统计表）", "吴××", null],
    ["2021-01-19", "星期二", "专栏", "起草专栏稿件《项目建设进度（2020年12月）》，送局领导审核", "陈××", "未发布"],
    ["2021-02-02", "星期二", "专栏", "在县政府网站“电子商务进农村综合示范”专栏发布《项目建设进度（2020年12月）》", "陈××", null],
    ["2021-02-03", "星期三", "报送", "向某市商务局报送2021年1月电子商务进农村工作月报（附电商扶贫统计表）", "吴××", null],
    ["2021-05-20", "星期四", "报送", "向某市商务局报送经验材料《小菠萝撬动大产业》", "吴××", "市局《商务简报》采用"],
    ["2021-06-02", "星期三", "专栏", "县政府网站集约化迁移，专栏暂停更新（6月1日—30日），已备份稿件", "陈××", "县政数局通知"],
    ["2021-06-04", "星期五", "报送", "向某市商务局报送2021年5月电子商务进农村工作月报（附电商扶贫统计表）", "吴××", null],
    ["2021-07-05", "星期一", "专栏", "在县政府网站“电子商务进农村综合示范”专栏发布《项目建设进度（2021年5月）》", "陈××", null],
  ],
};

test("a work log with a 类别 column: the experience material among the 报送 rows is a material sent, not a report", () => {
  const r = readLedgers({ sheets: [diary] }, GD_2019);
  expect(r.ledgers.materials.map((m) => m.source.row)).toEqual([8]);
  expect(r.ledgers.reports.map((m) => m.source.row)).toEqual([4, 7, 10]);
});

test("…and among its 专栏 rows a draft sent for review (未发布) and a paused month post nothing", () => {
  const r = readLedgers({ sheets: [diary] }, GD_2019);
  expect(r.ledgers.disclosures.map((m) => m.source.row)).toEqual([6, 11]);
});

test("a station subsidy roster's 开业运营日期 is the station's opening, not the month it is paid from", () => {
  const sheet: Sheet = {
    name: "站点运营补贴花名册",
    rows: [
      ["某县村级电子商务服务站运营补贴发放花名册"],
      ["序号", "镇（乡、街道）", "站点名称", "所在村（社区）", "站长", "开业运营日期", "计发月份", "补贴月数", "补贴金额（元）"],
      [1, "甲街道", "那板村电商服务站", "那板村", "林桂芳", "2020-04-08", "2020.9—2021.8", 12, 2400],
      [2, null, "英练村电商服务站", "英练村", "杨耀祖", "2021年8月20日", "—", 0, 0],
      [3, null, "愚宅村电商服务站", "愚宅村", "叶汉明", "2021.9.10", "—", 0, 0],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(r.ledgers.stations.map((s) => (s.opened ? `${s.opened.y}-${s.opened.m}-${s.opened.d}` : null))).toEqual(["2020-4-8", "2021-8-20", "2021-9-10"]);
});
