/**
 * Three layouts of the 五华 blind county: an indicator table closing each indicator with a 小计
 * line, a 专栏 calendar whose rows are named like facts, and a station list of names only.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("a 小计 line is its indicator's claim; the criterion rows above it are the items' points", () => {
  const sheet: Sheet = {
    name: "自评表",
    rows: [
      ["序号", "考评项目", "评分标准", "是否达到", "自评分", "佐证材料及说明"],
      ["四", "项目管理", "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", "是", 1, "部分项目验收滞后"],
      [null, null, "建立完整工作台账，详细记录项目建设情况（1-2分）", "是", 2, "见附件"],
      [null, null, "小计", null, 3, null],
      ["七", "农村产品上行", "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "是", 1, "调研报告"],
      [null, null, "开展农村产品网络促销活动成效明显（1-2分）", "是", 2, "直播促销"],
      [null, null, "小计", null, 3, null],
    ],
    merges: [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 4, left: 1, bottom: 5, right: 1 },
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect(input.claims?.["org.management"]?.points.toNumber()).toBe(3);
  expect(input.claims?.["work.upward"]?.points.toNumber()).toBe(3);
  const judged = Object.fromEntries(Object.entries(input.judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2 });
});

test("a 专栏 log with a column per month is read as updates, though its rows are named like facts", () => {
  const months = ["2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月", "2021年4月"];
  const sheet: Sheet = {
    name: "附件10",
    rows: [
      ["某县人民政府网“电子商务进农村综合示范”专栏更新情况"],
      ["子栏目", ...months, "备注"],
      ["创建方案", null, null, null, null, null, null, null, null, "2020年5月已发布"],
      ["项目基本信息", "√", null, null, null, null, null, null, null, null],
      ["项目建设进度", null, null, "√", null, "√", null, null, "2021.4.18", null],
      ["监督举报", null, null, null, null, null, null, null, null, "长期设置"],
    ],
  };
  const { ledgers, recognitions } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(recognitions.find((r) => r.sheet === "附件10")?.kind).toBe("disclosures");
  expect(ledgers.disclosures).toHaveLength(4);
  expect(ledgers.facts).toHaveLength(0);
});

test("a station list of names only reads each station's village from its name", () => {
  const sheet: Sheet = {
    name: "附件2",
    rows: [
      ["某县村级电子商务服务站点名单"],
      ["序号", "站点名称", "负责人", "联系电话", "挂牌时间"],
      [1, "水寨镇湖联村电商服务站", "邓敏", "17064644752", "20年7月24日"],
      [2, "五华县水寨镇桂洞村农村电商服务点", "赖玉兰", "15864036471", "21年3月16日"],
      [3, "水寨镇水寨社区电商服务站", "黄荣", "18107869920", "20年12月26日"],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.stations.map((s) => s.village)).toEqual(["湖联村", "桂洞村"]);
  expect(diagnostics.list.find((d) => d.cell === "B5")?.message).toMatch(/没有村名/);
});
