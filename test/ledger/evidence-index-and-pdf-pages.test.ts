/**
 * From the 161st and 162nd blind batches: a 修正稿 (原填报数 | 修正数), a report copied out of a PDF over page
 * breaks with its claims listed after its totals, an evidence-box index whose 要点摘录 states the facts, a
 * training ledger by month with its monthly 小计 rows, the city bureau's 收文登记簿 as the reports and
 * papers sent, and press reports crossed by level and form.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const facts = (name: string, rows: CellValue[][], merges: Sheet["merges"] = []) => factsOf({ sheets: [{ name, rows, merges }] });
const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

test("a 修正稿 (原填报数 | 修正数): the correction where one is written, the first figure where it is blank or says 不变", () => {
  const got = facts("基础数据（修正稿）", [
    ["清城区电子商务进农村综合示范创建基础数据表（修正稿）"],
    ["说明：有“修正数”的以修正数为准，未修正的以原填报数为准。"],
    ["序号", "指标", "单位", "原填报数", "修正数", "修正说明"],
    [1, "常住人口", "万人", "６５．１３", "106.19", "原填户籍人口"],
    [2, "行政村数", "个", "87", null, null],
    [3, "提供免费摄影、美工服务", "是/否", "否", "是", "2021年4月起提供"],
    [4, "组织农产品统一推广、指导品牌建设", "是/否", "是", "不变", null],
    [5, "行政村物流快递覆盖率100%", "是/否", "是", "否", "尚有2个行政村未通快递"],
  ]);
  expect(got.facts).toMatchObject({ residentPopulation: 1061900, adminVillagesStated: 87, centerPhoto: true, centerBrand: true, expressCoverage: false });
});

test("a report copied out of a PDF: its lines joined over the page break and the running head, its claims listed after its totals", () => {
  const head = "南海区电子商务进农村综合示范创建自评报告";
  const got = facts("自评报告", [
    [head],
    [],
    ["根据考评工作的通知要求，我区对照考评指标体系开展了自评，考评截止日期为"],
    ["2021 年 8 月 31 日。现将有关情况报告如下："],
    ["一、基本情况"],
    ["南海区位于佛山市中北部，下辖桂城街道和九江、西樵、丹灶、狮山、大"],
    ["沥、里水 6 个镇。户籍人口 168.92 万人，第七次全国人口普查常住人口"],
    ["366.72 万人。本区无省定贫困村，另有区级重点帮扶村 12 个。"],
    ["（一）建设公共服务体系。区电子商务公共服务中心于 2020 年 5 月建成，"],
    [],
    [null, null, null, "— 2 —"],
    [],
    [head],
    ["2020 年 6 月 18 日正式投入运营，设有免费培训室、农特产品展示厅、摄"],
    ["影美工室，免费为电商主体提供培训、产品展示销售、摄影美工服务，组织"],
    ["农产品统一推广和品牌建设指导，并提供代运营、融资对接等增值服务。"],
    [],
    [null, null, null, "— 3 —"],
    [],
    [head],
    ["四、自评得分情况"],
    ["对照考评指标体系，我区自评基本分 98 分，加分 3 分，合计 101 分。其中："],
    ["组织领导 2 分，方案制定 2 分，政策支持 2 分，项目管理 4 分；服务体系"],
    ["建设 25 分（县级中心与产业园 15 分，村级站点覆盖 10 分），农村产品上行"],
    ["9 分。加分项：贫困人口培训率 74.9%，加 2 分；电商扶贫典型案例获广东广"],
    ["播电视台播报，加 1 分。"],
    ["附：评判项自评明细"],
    ["序号", "评分项", "分值", "自评分"],
    [1, "方案制定：工作方案因地制宜，可操作性较强", "1-2", 2],
  ]);
  expect(got.facts).toMatchObject({ asOf: "2021-08-31", residentPopulation: 3667200, centerOpened: "2020-06-18", centerPhoto: true });
  expect(got.claimed).toMatchObject({
    "org.leadership": 2,
    "org.management": 4,
    "work.center": 15,
    "work.coverage": 10,
    "work.upward": 9,
    "bonus.poorTraining": 2,
    "bonus.tvCase": 1,
  });
});

test("an evidence-box index: each document's 要点摘录 states the facts, its name labels the 分项自评 beside it", () => {
  const got = facts("佐证材料目录", [
    ["江城区考评佐证材料目录及自评情况"],
    ["评价指标", "权重", "自评得分", "盒号", "佐证材料名称", "要点摘录", "分项自评"],
    ["服务体系建设——县级中心与产业园", 15, 15, "第2盒", "公共服务中心运营协议、验收报告及照片", "区电子商务公共服务中心2020年12月28日投入运营，面积1500㎡", null],
    [null, null, null, "第2盒", "培训室照片、培训设备清单", "有免费培训场所（培训室1间）、培训设备（电脑50台），能组织电商基础培训", null],
    ["农村产品上行", 10, 9, "第3盒", "《江城区农产品网络销售调研报告》", "已形成针对性建议", 2],
    [null, null, null, "第3盒", "网络促销活动方案及总结（荔枝节、海鲜节等）", "促销成效明显", 2],
    [null, null, null, "第3盒", "冷链、溯源系统建设材料", "溯源系统已上线，冷链在建，交易标准未出台", 1],
    ["电商人才培训", 20, 20, "第4盒", "参训脱贫人口清单（经区乡村振兴局确认）", "有劳动能力的建档立卡贫困人口（不含外出务工）1,482人，参训1,106人，培训率74.6%", null],
    ["建档立卡贫困人口培训率70%及以上", 2, 2, "第4盒", "同上", "培训率74.6%", null],
  ]);
  expect(got.facts).toMatchObject({ centerOpened: "2020-12-28", centerFreeTraining: true, eligiblePoorPersonsStated: 1482, trainedPoorPersonsStated: 1106 });
  expect(got.judged).toMatchObject({ "work.upward.research": 2, "work.upward.promotion": 2, "work.upward.standards": 1 });
});

test("a training ledger by month: each month's 小计 row (2020年4月小计) is no session", () => {
  const got = read({
    name: "培训台账",
    rows: [
      ["序号", "培训日期", "培训班名称", "培训人次", "累计人次"],
      [1, "2020.4.25", "农村电商基础知识培训班", 214, 214],
      [null, "2020年4月小计", null, 214, null],
      [2, "2020.5.12", "网店开设与运营实操班", 118, 332],
      [3, "2020.5.25", "短视频与直播带货培训班", 193, 525],
      [null, "2020年5月小计", null, 311, null],
    ],
  });
  expect(got.ledgers.training.map((t) => [day(t.date), Number(t.personTimes)])).toEqual([
    ["2020-04-25", 214],
    ["2020-05-12", 118],
    ["2020-05-25", 193],
  ]);
});

test("the city bureau's 收文登记簿 of the county's papers: its monthly reports the reports, its 典型案例材料 the papers sent", () => {
  const report = (no: string, month: string, at: string): CellValue[] => [
    no,
    "江城区商务局",
    `关于报送江城区${month}电子商务进农村综合示范工作进展情况（含电商扶贫统计表）的报告`,
    at,
    "已办结",
  ];
  const got = read({
    name: "市局收文",
    rows: [
      ["阳江市商务局收文登记簿（导出）"],
      ["收文编号", "来文单位", "文件标题", "收文时间", "办理状态"],
      report("YJSW-2021-0336", "2021年3月", "2021-04-07 12:49:16"),
      report("YJSW-2021-0353", "2021年4月", "2021-05-04 12:32:30"),
      ["YJSW-2021-0387", "江城区商务局", "关于报送江城区电子商务进农村典型案例材料的函", "2021-06-21 14:36:48", "已办结"],
      report("YJSW-2021-0404", "2021年6月", "2021-07-08 11:37:44"),
    ],
  });
  expect(got.ledgers.reports.map((r) => day(r.date))).toEqual(["2021-04-07", "2021-05-04", "2021-07-08"]);
  expect(got.ledgers.materials.map((m) => day(m.date))).toEqual(["2021-06-21"]);
});

test("press reports crossed by level and form, numbered in their cells: each of its row's level and its column's form", () => {
  const got = read({
    name: "宣传报道",
    rows: [
      ["江城区电子商务进农村宣传报道统计表"],
      ["级别", "报纸", "电视", "网络（新媒体）", "小计（篇）"],
      ["中央级", "—", "—", "1.《广东江城：电商进村激活渔乡经济》（中国商务新闻网，2021.9.20）", 1],
      ["省级", "1.《江城农货搭上电商快车》（南方日报，2021.9.6）", "1.《脱贫户直播卖海鲜》（广东广播电视台《广东新闻联播》，2021.7.16，电商扶贫典型案例）", "—", 2],
      ["市级", "1.《江城村级电商站点实现全覆盖》（阳江日报，2020.12.3）\n2.《江城电商产业园开园》（阳江日报，2021.1.15）", "—", "—", 2],
      ["区级", "—", "—", "1.《江城区电子商务进农村综合示范创建启动》（江城区融媒体中心，2020.10.15）", 1],
      ["合计", null, null, null, 6],
    ],
  });
  expect(got.ledgers.media.map((m) => [day(m.date), m.outlet, m.level, m.tv, m.povertyCase])).toEqual([
    ["2021-09-20", "中国商务新闻网", "national", false, null],
    ["2021-09-06", "南方日报", "province", false, null],
    ["2021-07-16", "广东广播电视台《广东新闻联播》", "province", true, true],
    ["2020-12-03", "阳江日报", "city", false, null],
    ["2021-01-15", "阳江日报", "city", false, null],
    ["2020-10-15", "江城区融媒体中心", "county", false, null],
  ]);
});

test("a questionnaire whose options stand in the question's cell, answered by letter in 答, its blanks filled on the question's own line", () => {
  const got = facts("调查问卷", [
    ["梅江区电子商务进农村综合示范创建情况调查问卷（区县填报）"],
    ["题号", "题目", "答", "备注"],
    [1, "本区常住人口＿＿＿＿万人（以第七次全国人口普查为准）。", "38.94", null],
    [2, "本区行政村＿＿７１＿＿个，其中省定贫困村＿＿６＿＿个。", null, "直接填在横线上"],
    [3, "示范创建工作由谁牵头？\nA．区委书记\u3000B．区长\u3000C．常务副区长或分管副区长\u3000D．区商务局局长", "B", null],
    [
      4,
      "参与示范创建工作的部门有（多选）：\nA．商务\u3000B．财政\u3000C．农业农村\u3000D．乡村振兴（原扶贫）\u3000E．发展改革\u3000F．交通运输\u3000G．邮政管理",
      "A、B、C、E、F",
      null,
    ],
    [5, "是否出台在资金、土地、人才等方面支持农村电商发展的政策：\nA．是\u3000B．否", "a", null],
    [6, "县级电子商务公共服务中心投入运营时间：＿2020＿年＿11＿月＿＿日", null, null],
    [
      7,
      "公共服务中心提供的免费服务（多选）：\nA．免费培训场所、培训设备，组织电商基础培训\u3000B．特色农产品免费展示、销售\u3000C．免费摄影、美工\u3000D．农产品统一推广、品牌建设指导\u3000E．其他衍生增值服务",
      "A、B、D",
      null,
    ],
    [8, "行政村物流快递覆盖率：\nA．100%\u3000B．90%（含）—100%\u3000C．90%以下", "B", "三角镇2个村未通快递"],
    [
      9,
      "区政府网站电子商务进农村专栏公开的内容（多选）：\nA．创建方案\u3000B．项目基本信息\u3000C．项目建设进度\u3000D．征求意见或监督举报窗口\u3000E．未设专栏",
      "ABCD",
      null,
    ],
    [10, "网销调研：A．2分\u3000B．1分", "B", null],
  ]);
  expect(got.facts).toMatchObject({
    residentPopulation: 389400,
    adminVillagesStated: 71,
    poorVillagesStated: 6,
    policyIssued: true,
    centerOpened: "2020-11",
    centerFreeTraining: true,
    centerPhoto: false,
    centerOther: false,
    expressCoverage: false,
    disclosurePlan: true,
    disclosureWindow: true,
  });
  expect(got.judged).toMatchObject({ "work.upward.research": 1 });
  expect(got.leadership).toBe("principal");
});
