/**
 * Other offices' tables kept as ledgers, and the city's monthly progress form as the facts (南澳, 鼎湖:
 * 121st and 122nd blind batches): each read as its own office wrote it.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { formatDate, type LDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { factsOf } from "../corpus/read-facts";

const read = (sheet: Sheet) => readLedgers({ sheets: [sheet] }, GD_2019);
const day = (d: LDate | null | undefined) => (d ? formatDate(d) : null);

test("the postal bureau's 建制村 table is the village list, its 快递服务是否通达 the express column (not 是否通邮)", () => {
  const r = read({
    name: "建制村快递通达",
    rows: [
      ["某县建制村通邮及快递服务通达情况统计表", null, null, null, null, null],
      ["序号", "乡镇", "建制村名称", "通邮情况", "快递服务通达情况", null],
      [null, null, null, "是否通邮", "快递服务是否通达", "通达方式"],
      [1, "后宅镇", "山顶村", "是", "是", "快递企业直投到村"],
      [2, "后宅镇", "三澳村", "是", "否", "—"],
    ],
    merges: [{ top: 1, left: 4, bottom: 1, right: 5 }],
  });
  expect(r.recognitions[0]?.kind).toBe("villages");
  expect(r.ledgers.villages.map((v) => [v.name, v.express])).toEqual([
    ["山顶村", true],
    ["三澳村", false],
  ]);
});

test("a park's lease register: each 承租方 a firm, in on its 租期起, out only on its 退租日期", () => {
  const r = read({
    name: "园区租赁合同",
    rows: [
      ["某县电商产业园物业租赁合同台账", null, null, null, null, null, null],
      ["合同编号", "承租方", "统一社会信用代码", "经营业态", "租期起", "租期止", "退租日期"],
      ["YQ-01", "某县云商电子商务有限公司", "91440523MA5101000A", "代运营", "2020.7.1", "2023.6.30", null],
      ["YQ-02", "某县牡蛎坊网店", "91440523MA5171389B", "网店零售", "2020.8.1", "2022.7.31", "2021.4.30"],
    ],
  });
  expect(r.ledgers.enterprises.map((e) => [e.name, e.type, day(e.entered), day(e.left)])).toEqual([
    ["某县云商电子商务有限公司", "代运营", "2020-07-01", null],
    ["某县牡蛎坊网店", "网店零售", "2020-08-01", "2021-04-30"],
  ]);
});

test("a park's register of events by 登记日期: each firm once, out on its 退出, a rename no firm", () => {
  const rows: CellValue[][] = [
    ["某区电商产业园入驻企业变动登记", null, null, null, null],
    ["序号", "登记日期", "企业名称", "统一社会信用代码", "变动事项"],
    [1, "2020.7.1", "某区鼎商电子商务有限公司", "91441203MA55100R20", "入驻"],
    [2, "2020.11.2", "某区竹笋电子商务有限公司", "91441203MA55901R29", "入驻"],
    [3, "2021.1.11", "某区竹笋电子商务有限公司", "91441203MA55901R29", "退出"],
    [4, "2021.6.1", "某区鼎商优选电子商务有限公司", "91441203MA55100R20", "更名"],
  ];
  const r = read({ name: "入驻企业变动登记", rows });
  expect(r.ledgers.enterprises.map((e) => [e.name, day(e.entered), day(e.left)])).toEqual([
    ["某区鼎商电子商务有限公司", "2020-07-01", null],
    ["某区竹笋电子商务有限公司", "2020-11-02", "2021-01-11"],
  ]);
});

test("a certificate register: the class's days (培训期间, read at its end), not the day the certificate was handed out", () => {
  const r = read({
    name: "结业证书登记",
    rows: [
      ["某县脱贫户电商技能专班结业证书发放登记表", null, null, null, null],
      ["证书编号", "姓名", "身份证号", "培训期间", "发证日期"],
      ["NA-001", "林木发", "440523196304152013", "2020.12.8-12.10", "2020.12.25"],
      ["NA-002", "黄秀娥", "44052319660902248X", "2021.8.24-8.26", "2021.9.3"],
    ],
  });
  expect(r.ledgers.training.map((t) => day(t.date))).toEqual(["2020-12-10", "2021-08-26"]);
});

test("a household table ticked in boxes (劳动能力 有 | 无, 务工情况 县内 | 县外 | 未务工): the option ticked", () => {
  const r = read({
    name: "脱贫户家庭成员",
    rows: [
      ["某区脱贫户（建档立卡）家庭成员情况表　（在对应栏内打“√”）", null, null, null, null, null, null, null],
      ["户编号", "成员姓名", "身份证号", "劳动能力", null, "务工情况", null, null],
      [null, null, null, "有", "无", "县内务工", "县外务工（含省外）", "未务工"],
      ["DH-001", "何振邦", "441203196803114010", "√", null, "√", null, null],
      [null, "何俊豪", "441203199508074590", "√", null, null, "√", null],
      [null, "何婆", "441203194001014887", null, "√", null, null, "√"],
    ],
    merges: [
      { top: 1, left: 3, bottom: 1, right: 4 },
      { top: 1, left: 5, bottom: 1, right: 7 },
    ],
  });
  expect(r.ledgers.poorPersons.map((p) => [p.labour, p.migrant])).toEqual([
    [true, false],
    [true, true],
    [false, false],
  ]);
});

test("the city's monthly progress form: what stands at the month's end (本月末累计), not the month before's", () => {
  const rows: CellValue[][] = [
    ["某市电子商务进农村综合示范工作进展月报表", null, null, null, null, null],
    ["报送单位：某区商务局　　统计截止：2021年8月31日", null, null, null, null, null],
    ["序号", "指标", "上月末累计", "本月完成", "本月末累计", "备注"],
    [1, "常住人口（万人）", 17.9, "—", 17.9, "七普"],
    [2, "中心提供免费摄影、美工服务", "否", "8月起免费", "是", null],
    [3, "培训人次", 1389, 270, 1659, null],
    [4, "项目总体进度（%）", 85, 3, 88, null],
  ];
  expect(factsOf({ sheets: [{ name: "8月月报", rows }] }).facts).toMatchObject({
    residentPopulation: 179000,
    centerPhoto: true,
    trainingPersonTimesStated: 1659,
    overallProgress: 0.88,
  });
});

describe("the city's table of every county's monthly reports (months down, counties across)", () => {
  const months = ["2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月"];
  const grid: Sheet = {
    name: "月报通报",
    rows: [
      ["某市各县（市、区）电子商务进农村工作月报报送情况（市商务局通报附表）", null, null, null],
      ["报送月份", "端州区", "鼎湖区", "高要区"],
      ...months.map((m, i): CellValue[] => [m, "✓", i === 3 ? "△" : i === 5 ? "✗" : "✓", i === 1 ? "✗" : "✓"]),
    ],
  };
  const cover: Sheet = { name: "封面", rows: [["肇庆市鼎湖区电子商务进农村综合示范创建考评资料汇编"]] };

  test("only the workbook's own county's column: a month sent late still sent, one not sent none", () => {
    const r = readLedgers({ sheets: [cover, grid] }, GD_2019);
    expect(r.ledgers.reports.map((x) => day(x.date))).toEqual(["2020-09", "2020-10", "2020-11", "2020-12", "2021-01"]);
  });

  test("a workbook that names no county of the table: none read, and it says why", () => {
    const r = readLedgers({ sheets: [grid] }, GD_2019);
    expect(r.ledgers.reports).toEqual([]);
    expect(r.diagnostics.list.some((d) => d.severity === "warning" && d.sheet === "月报通报" && /未写明本县名称/.test(d.message))).toBe(true);
  });
});

test("a register of classes, 开班日期 | 结业日期: each class dated by the day it ended", () => {
  const r = read({
    name: "培训开班汇总",
    rows: [
      ["某市农村电子商务培训开班备案及结业情况汇总表", null, null, null, null],
      ["班次", "培训名称", "开班日期", "结业日期", "实到人次"],
      [1, "农村电商基础班", "2020.9.16", "2020.9.17", 118],
      [2, "直播带货提升班", "2021.8.30", "2021.9.2", 226],
    ],
  });
  expect(r.ledgers.training.map((t) => [day(t.date), t.personTimes.toNumber()])).toEqual([
    ["2020-09-17", 118],
    ["2021-09-02", 226],
  ]);
});

test("a task table scored twice (股室初评 | 局复核, the bureau's review reported): the review's points are the claims", () => {
  const rows: CellValue[][] = [
    ["某区电子商务进农村综合示范创建考评迎检工作任务分解表", null, null, null, null, null, null],
    ["序号", "考评指标", "评分项目", "分值", "完成情况", "股室初评", "局复核"],
    [1, "组织领导（2分）", "主要领导牵头，商务、财政、农业、扶贫等部门参与", 2, "区长任组长，成员单位为区商务局、财政局、农业农村局、乡村振兴局。", 2, 2],
    [2, "方案制定（2分）", "正式印发示范县工作方案（1-2分）", 2, "2019年12月6日由区政府办公室正式印发。", 2, 2],
    [3, "政策支持（2分）", "出台政策且得到较好落实（1-2分）", 2, "2020年6月出台扶持办法，已兑现奖补5家企业。", 2, 1],
  ];
  expect(factsOf({ sheets: [{ name: "任务分解表", rows }] }).claimed).toEqual({ "org.leadership": 2, "org.plan": 2, "org.policy": 1 });
});

test("the group's members listed in the title line are not undone by a row that refers to them (成员单位见表头)", () => {
  const rows: CellValue[][] = [
    ["某市电子商务进农村综合示范创建重点任务督办台账", null, null, null, null],
    [
      "领导小组：组长 市长 李××；常务副组长 副市长 邓××（分管商务）；成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局（原市扶贫办）、市交通运输局",
      null,
      null,
      null,
      null,
    ],
    ["序号", "考评指标（分值）", "重点任务", "推进情况（截至2021年8月31日）", "指标自评分"],
    [1, "组织领导（2分）", "成立示范创建领导小组", "2019年11月成立领导小组（雄府办〔2019〕81号），市长任组长，成员单位见表头", 2],
    [2, "方案制定（2分）", "制定并印发示范县工作方案", "《某市电子商务进农村综合示范县工作方案》2019年12月正式印发", 2],
    [3, "电商人才培训（20分）", "开展电商培训", "全市常住人口36.12万人，累计培训3,406人次", 18],
  ];
  const r = readLedgers({ sheets: [{ name: "督办台账", rows }] }, GD_2019);
  expect(toScoringInput(r.ledgers, GD_2019, r.diagnostics).facts.leadershipLevel?.value).toBe("principal-all");
});

test("the statistics system's log of what was filed: each report by its 上报时间, one not filed none", () => {
  const r = read({
    name: "直报系统记录",
    rows: [
      ["广东省电子商务进农村综合示范统计直报系统　上报记录查询结果", null, null, null, null],
      ["序号", "报表名称", "报告期", "填报状态", "上报时间"],
      [1, "示范县月度工作进展表", "2021年1月", "已上报", "2021-02-05 14:45:25"],
      [2, "示范县月度工作进展表", "2021年2月", "未上报", null],
      [3, "示范县月度工作进展表", "2021年3月", "已上报", "2021-04-06 16:29:21"],
    ],
  });
  expect(r.ledgers.reports.map((x) => day(x.date))).toEqual(["2021-02-05", "2021-04-06"]);
});

test("the city's commissioned articles (约稿任务) as the materials sent: each by the day it went", () => {
  const r = read({
    name: "约稿任务清单",
    rows: [
      ["韶关市商务局约稿任务及完成情况（某市商务局）", null, null, null, null],
      ["序号", "约稿日期", "约稿内容", "报送时限", "报送日期"],
      [1, "2020.11.5", "农村电商助力脱贫攻坚典型案例", "2020.11.20", "2020.11.19"],
      [2, "2021.6.2", "示范创建经验材料（供全省交流）", "2021.6.20", "2021.6.18"],
    ],
  });
  expect(r.recognitions[0]?.kind).toBe("materials");
  expect(r.ledgers.materials.map((m) => day(m.date))).toEqual(["2020-11-19", "2021-06-18"]);
});
