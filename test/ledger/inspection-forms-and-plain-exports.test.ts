/**
 * Layouts met in the 187th–192nd blind batches: the province's on-site inspection form filled in by the county (its
 * 县级填报情况 the answers, the team's own □属实 □不属实 column left alone), a 考评口径 column saying 同右, a
 * hosting plan's 拟自评分, delivery that began after the cut-off, couriers named or counted, a registry export's
 * park category added at its right, a village list one town a column with 社区： over the communities, a directory
 * of names six to a row, stations in batch tables dated by their titles, a column's page copied with its
 * sub-sections, a disclosure catalogue's export, days with their weekday, and a
 * delimited export left unsplit in column A.
 */
import type { CellValue, Merge, Sheet } from "../../src/core/grid";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { parseDate } from "../../src/ledger/normalize/date";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { Diagnostics } from "../../src/core/diagnostics";
import { toScoringInput } from "../../src/ledger/to-input";

const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });
const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const factsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));

test("an inspection form filled in by the county: its 县级填报情况 are the answers, the team's □属实 □不属实 none", () => {
  const box = "□属实　□不属实";
  const sheet: Sheet = {
    name: "现场核查记录表",
    rows: [
      ["电子商务进农村综合示范创建考评现场核查记录表"],
      ["被核查县（市、区）：某某县", null, null, null, "核查时间：2021年　月　日"],
      ["序号", "核查项目", "分值", "核查要点", "县级填报情况", "要点自评分", "项目自评分", "核查情况（考评组填写）", "核查组评分"],
      [5, "服务体系建设（县级中心与产业园）", 15, "免费培训场所、培训设备", "有（培训室120平方米）", null, 13, box, null],
      [null, null, null, "为特色农产品提供免费展示、销售服务", "有", null, null, box, null],
      [null, null, null, "为电子商务市场主体提供免费摄影、美工服务", "无（按成本收费）", null, null, box, null],
      [null, null, null, "行政村物流快递覆盖率", "100%", null, null, box, null],
    ],
    merges: [m(3, 0, 6, 0), m(3, 1, 6, 1), m(3, 2, 6, 2), m(3, 6, 6, 6), m(3, 8, 6, 8)],
  };
  const facts = factsOf(sheet);
  expect([facts.centerFreeTraining, facts.centerDisplay, facts.centerPhoto]).toEqual(["有（培训室120平方米）", "有", "无（按成本收费）"]);
});

test("a 考评口径 column saying 同右 takes the 验收口径 figure beside it", () => {
  const sheet: Sheet = {
    name: "核心数据",
    rows: [
      ["某区核心数据（考评口径／验收口径）"],
      ["填报单位：某区商务局　　“同右”“同左”表示两个口径数值相同"],
      ["序号", "指标", "单位", "数值", null, "说明"],
      [null, null, null, "考评口径（截至2021年8月31日）", "验收口径（截至2021年12月31日）", null],
      [1, "常住人口", "万人", "同右", 146.67, "七普"],
      [2, "下达省级专项资金", "万元", "同右", 500, null],
      [3, "培训人次", "人次", 5036, 6281, null],
      [4, "公共服务中心投入运营日期", "—", "2020年11月26日", "同左", null],
    ],
    merges: [m(0, 0, 0, 5), m(1, 0, 1, 5), m(2, 0, 3, 0), m(2, 1, 3, 1), m(2, 2, 3, 2), m(2, 3, 2, 4), m(2, 5, 3, 5)],
  };
  const facts = factsOf(sheet);
  expect(String(facts.residentPopulation)).toMatch(/146\.67/);
  expect(String(facts.fundAllocated)).toMatch(/500/);
});

test("a hosting plan's 拟自评分 column is the county's claim, not its 分值", () => {
  const sheet: Sheet = {
    name: "迎检方案",
    rows: [
      ["某县迎接省考评工作方案"],
      ["六、拟自评得分"],
      ["序号", "评价指标", "分值", "拟自评分", "说明"],
      [1, "组织领导", 2, 2, null],
      [2, "方案制定", 2, 2, null],
      [13, "制度建立", 5, 4, null],
      [14, "资金台账", 5, 4, null],
      [15, "资金支出", 5, 3, null],
    ],
  };
  const claims = Object.fromEntries(readFactsSheet(sheet, GD_2019).claims.map((c) => [c.indicator, c.value]));
  expect([claims["fund.system"], claims["fund.ledger"], claims["fund.spending"]]).toEqual([4, 4, 3]);
});

test("delivery that began after the cut-off (已通（2021年11月）) is none at the cut-off; couriers named or counted say it reaches", () => {
  const villages = (header: string, cells: CellValue[]): Sheet => ({
    name: "村居名单",
    rows: [
      ["某区村（居）委会名单"],
      ["序号", "镇（街）", "村（居）民委员会名称", "类别", header],
      ...cells.map((v, i) => [i + 1, "甲镇", `${"甲乙丙丁"[i]}村`, "村委会", v]),
    ],
  });
  // (The rubric's cut-off, 2021-08-31, as no facts sheet says another.)
  const facts = (sheet: Sheet) => toScoringInput(read(sheet).ledgers, GD_2019, new Diagnostics()).facts;
  expect(facts(villages("快递进村", ["已通", "已通（2021年11月）", "已通", "已通"])).expressCoverage?.value).toBe(false);
  expect(facts(villages("快递进村", ["已通", "已通（2021年6月）", "已通", "已通"])).expressCoverage?.value).toBe(true);
  expect(facts(villages("通达快递企业", ["中国邮政、中通快递", "韵达快递", "无", "中国邮政"])).expressCoverage?.value).toBe(false);
  expect(facts(villages("进村快递品牌数", ["５家", "3家", "1家", "2家"])).expressCoverage?.value).toBe(true);
  expect(facts(villages("进村快递品牌数", ["５家", "0家", "1家", "2家"])).expressCoverage?.value).toBe(false);
});

test("a registry export kept as the park's list: the clerk's 园区企业类别 is the type, not the export's 企业类型", () => {
  const sheet: Sheet = {
    name: "入驻企业（企查查）",
    rows: [
      ["企查查-批量查询导出结果"],
      ["序号", "企业名称", "登记状态", "统一社会信用代码", "企业类型", "园区企业类别（电商股补录）", "入园日期（电商股补录）"],
      [1, "某县丹霞农产品电子商务有限公司", "存续", "91440224NKL2UKX392", "有限责任公司（自然人独资）", "销售型", "2020-10-19"],
      [2, "某县电商运营服务有限公司", "在业", "91440224G920YFLYMW", "有限责任公司（自然人投资或控股）", "电商运营商", "2021-07-11"],
      [3, "某县顺通物流有限公司", "存续", "91440224MA55C1XK0T", "有限责任公司", "物流企业", "2021-03-02"],
    ],
  };
  expect(read(sheet).ledgers.enterprises.map((e) => e.type)).toEqual(["销售型", "电商运营商", "物流企业"]);
});

test("a village list one town a column, 社区： over each town's communities and a row of counts under the lists", () => {
  const sheet: Sheet = {
    name: "行政村名单",
    rows: [
      ["某县行政村（社区）名单"],
      ["（村名前标★的为省定贫困村；每列“社区：”以下为社区居委会）"],
      ["甲街道", "乙镇", "丙镇", "丁镇"],
      ["★田溪村", "水溪村", "冲洞村", "坪溪村委会"],
      ["头寨村", "背坑村", "岗坪村委会", "石岭村"],
      ["社区：", "★江溪村", "社区：", "源迳村民委员会"],
      ["新华社区", "社区：", "建安社区", "社区："],
      [null, "新阳社区", null, "和安社区"],
      ["村2　社区1", "村3　社区1", "村2　社区1", "村3　社区1"],
    ],
    merges: [m(0, 0, 0, 3), m(1, 0, 1, 3)],
  };
  const v = read(sheet).ledgers.villages;
  expect(v.filter((x) => x.type === "admin").map((x) => x.name)).toEqual([
    "田溪村",
    "头寨村",
    "水溪村",
    "背坑村",
    "江溪村",
    "冲洞村",
    "岗坪村委会",
    "坪溪村委会",
    "石岭村",
    "源迳村民委员会",
  ]);
  expect(v.filter((x) => x.type === "residents").map((x) => x.name)).toEqual(["新华社区", "新阳社区", "建安社区", "和安社区"]);
  expect(v.filter((x) => x.poor).map((x) => x.name)).toEqual(["田溪村", "江溪村"]);
});

test("a directory of names several to a row under each street's line, ★ for the poor villages: every committee", () => {
  const sheet: Sheet = {
    name: "村居名录",
    rows: [
      ["某区村（居）委会名录（2021年6月）"],
      ["说明：★为省定贫困村；名称为“××社区”的是社区居委会，其余为村委会；按街道排列，每行六个。"],
      ["一、外砂街道（村委会5个、社区居委会2个）"],
      ["大墩村", "★蓬墩村委会", "上头村", "东墩村", "下沟村委会", "龙景社区"],
      ["海景社区"],
      [],
      ["二、新溪街道（村委会3个、社区居委会1个）"],
      ["西墩村", "下美村委会", "★大洋村", "海瑞社区"],
      ["合计：村委会8个（其中★省定贫困村2个），社区居委会3个"],
    ],
  };
  const v = read(sheet).ledgers.villages;
  expect(v.filter((x) => x.type === "admin").map((x) => [x.town, x.name])).toEqual([
    ["外砂街道", "大墩村"],
    ["外砂街道", "蓬墩村委会"],
    ["外砂街道", "上头村"],
    ["外砂街道", "东墩村"],
    ["外砂街道", "下沟村委会"],
    ["新溪街道", "西墩村"],
    ["新溪街道", "下美村委会"],
    ["新溪街道", "大洋村"],
  ]);
  expect(v.filter((x) => x.type === "residents")).toHaveLength(3);
  expect(v.filter((x) => x.poor).map((x) => x.name)).toEqual(["蓬墩村委会", "大洋村"]);
});

test("stations in one table per batch, each dated only by its title line (第二批（2021.3.18授牌…）)", () => {
  const head = ["序号", "镇", "村（社区）", "站点名称", "运营主体"];
  const sheet: Sheet = {
    name: "授牌名单",
    rows: [
      ["某县村级电子商务服务站点授牌名单（汇总）"],
      ["第一批（2020年8月20日授牌，东商务〔2020〕36号）"],
      head,
      [1, "仙塘镇", "东陂村", "东陂村电商服务站", "邮政分公司"],
      [2, "船塘镇", "新坝村", "新坝村电商服务站", "供销电商公司"],
      [],
      ["第二批（2021.3.18授牌，东商务〔2021〕9号）"],
      head,
      [1, "义合镇", "大洞村", "大洞村电商服务站", "供销电商公司"],
      [2, "蓝口镇", "塘坑村", "塘坑村电商服务站", "邮政分公司"],
      [],
      ["第三批（2021年9月10日授牌，东商务〔2021〕41号）"],
      head,
      [1, "康禾镇", "塘溪村", "塘溪村电商服务站", "邮政分公司"],
    ],
  };
  expect(read(sheet).ledgers.stations.map((s) => [s.village, s.opened ? formatDate(s.opened) : null])).toEqual([
    ["东陂村", "2020-08-20"],
    ["新坝村", "2020-08-20"],
    ["大洞村", "2021-03-18"],
    ["塘坑村", "2021-03-18"],
    ["塘溪村", "2021-09-10"],
  ]);
});

test("a column's page copied whole, its links under sub-sections (【建设进度】): the updates, not a facts sheet", () => {
  const sheet: Sheet = {
    name: "专栏信息",
    rows: [
      ["某县人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范（2021年9月10日复制）"],
      ["【创建方案】"],
      ["· 某县电子商务进农村综合示范创建工作方案　　2020-06-19"],
      ["【项目公示】"],
      ["· 某县电子商务进农村综合示范项目基本信息公示　　2020-07-06"],
      ["【建设进度】"],
      ["· 某县电子商务进农村综合示范项目建设进度（2021年7月）　　2021-08-06"],
      ["· 某县电子商务进农村综合示范项目建设进度（2021年6月）　　2021-07-14"],
    ],
  };
  const { ledgers, recognitions } = read(sheet);
  expect(recognitions[0].kind).toBe("disclosures");
  expect(ledgers.disclosures.map((d) => formatDate(d.date!))).toEqual(["2020-06-19", "2020-07-06", "2021-08-06", "2021-07-14"]);
});

test("a government disclosure catalogue's export (索引号 | 主题分类 | 成文日期 | 发布日期 | 名称): dated by 发布日期", () => {
  const sheet: Sheet = {
    name: "信息公开目录",
    rows: [
      ["政府信息公开目录（主题：电子商务进农村）"],
      ["序号", "索引号", "主题分类", "发布机构", "成文日期", "发布日期", "名称", "文号"],
      [
        1,
        "11441203MB2C90417X/2020-00120",
        "商贸\\电子商务进农村",
        "某区商务局",
        "2020-06-08",
        "2020-06-12",
        "某区电子商务进农村综合示范创建实施方案",
        "府办〔2020〕15号",
      ],
      [2, "11441203MB2C90417X/2020-00127", "商贸\\电子商务进农村", "某区商务局", null, "2020-06-19", "某区电子商务进农村综合示范项目基本信息公开", null],
      [3, "11441203MB2C90417X/2020-00148", "商贸\\电子商务进农村", "某区商务局", "2020-08-23", "2020-08-25", "某区电子商务进农村综合示范项目建设进度（2020年8月）", null],
    ],
  };
  expect(read(sheet).ledgers.disclosures.map((d) => formatDate(d.date!))).toEqual(["2020-06-12", "2020-06-19", "2020-08-25"]);
});

test("a day with its weekday after it (2021/03/05 周五, 2021年3月5日 星期五) is that day", () => {
  for (const said of ["2021/03/05 周五", "2021年3月5日 星期五", "2021-03-05 周五 14:30"]) {
    const d = parseDate(said);
    expect(d.ok && formatDate(d.value)).toBe("2021-03-05");
  }
  expect(parseDate("周五").ok).toBe(false);
});

test("a treasury export's lines left unsplit in column A (支付日期|…|支付金额(元)|支付状态): each line its fields", () => {
  const sheet: Sheet = {
    name: "国库支付导出",
    rows: [
      ["#某区财政国库集中支付系统 数据导出（CSV）"],
      ["#导出时间:2021-09-15 09:40:12|导出人:dsg|查询条件:项目=电子商务进农村综合示范"],
      ["支付日期|支付凭证号|预算单位|收款人|用途|支付金额(元)|支付状态"],
      ["2020-10-16|PJ011|某区商务局|某运营公司|中心建设首期款|420000.00|支付成功"],
      ["2021-01-20|PJ014|某区商务局|某物流公司|物流体系建设首期款|280000.00|已退票"],
      ["2021-01-26|PJ015|某区商务局|某物流公司|物流体系建设首期款（重新支付）|280000.00|支付成功"],
    ],
  };
  const funds = read(sheet).ledgers.funds;
  expect(funds.map((f) => [formatDate(f.date!), f.amount.toNumber()])).toEqual([
    ["2020-10-16", 420000],
    ["2021-01-26", 280000],
  ]);
});

test("a table with no unit column, its units on lines of their own (（以下金额单位：元）) and its last section the county's points", () => {
  const sheet: Sheet = {
    name: "基础数据",
    rows: [
      ["某区电子商务进农村综合示范创建基础数据（报市局汇总）"],
      ["填报单位：某区商务局　　　　数据截至：2021年8月31日"],
      ["序号", "指标", "数值", "备注"],
      ["七、专项资金（以下金额单位：万元）"],
      [32, "下达省级专项资金", 500, null],
      ["（以下金额单位：元；“是否”项：1＝是，0＝否）"],
      [33, "累计拨付资金", "3,715,600.00", "截至8月31日"],
      ["十、逐项自评得分（以下单位：分）"],
      [49, "组织领导", 2, null],
      [50, "方案制定", 2, null],
      [51, "政策支持", 1, null],
      [52, "项目管理", 3, null],
      [53, "服务体系建设（县级中心与产业园）", 13, null],
      [54, "服务体系建设（村级站点）", 10, null],
    ],
  };
  const read = readFactsSheet(sheet, GD_2019);
  const facts = Object.fromEntries(read.entries.map((e) => [e.key, e]));
  expect([facts.fundAllocated?.unit, facts.fundSpentStated?.unit]).toEqual(["万元", "元"]);
  expect(Object.fromEntries(read.claims.map((c) => [c.indicator, c.value]))).toMatchObject({ "org.leadership": 2, "org.policy": 1, "work.center": 13 });
});

test("a station's village written with its natural village (朗洞村委会下岗村, 黄岭村（大寨村）) is the committee's", () => {
  const sheet: Sheet = {
    name: "站点台账",
    rows: [
      ["序号", "站点名称", "所在镇（街道）", "所在村（自然村）", "挂牌时间"],
      [1, "朗洞村电商服务站", "凤凰镇", "朗洞村委会下岗村", "2020年9月14日"],
      [2, "黄岭村电商服务站", "凤凰镇", "黄岭村（大寨村）", "2021.1.15"],
      [3, "水塘村电商服务站", "广利街道", "水塘村民委员会老寨村", "2021-05-13"],
      [4, "山洋村电商服务站", "广利街道", "山尾村（现山洋村）", "2021-06-13"],
    ],
  };
  expect(read(sheet).ledgers.stations.map((s) => s.villageKey)).toEqual(["朗洞", "黄岭", "水塘", "山洋"]);
});

test("a postal table's bare 品牌数 and a 快递服务 of 到镇自取: counted brands reach the village, a pickup in the town does not", () => {
  const sheet = (header: string, cells: CellValue[]): Sheet => ({
    name: "快递通达",
    rows: [["序号", "镇（街道）", "村（居）名称", "类型", header], ...cells.map((v, i) => [i + 1, "永安镇", `${"甲乙丙"[i]}村`, "村委会", v])],
  });
  expect(read(sheet("品牌数", [3, 0, 5])).ledgers.villages.map((v) => v.express)).toEqual([true, false, true]);
  expect(read(sheet("快递服务", ["到村", "到镇自取", "到村"])).ledgers.villages.map((v) => v.express)).toEqual([true, false, true]);
});

test("one indicator's own small form (指标2：方案制定（权重2分） over 评分标准 | 分值 | 完成情况 | 自评分) is read as facts", () => {
  const sheet: Sheet = {
    name: "2方案制定",
    rows: [
      ["某区电子商务进农村综合示范创建考评自评材料"],
      ["指标2：方案制定（权重2分）"],
      ["序号", "评分标准（摘自省考评指标体系）", "分值", "完成情况（截至2021年8月31日）", "自评分", "佐证材料"],
      [1, "工作方案因地制宜，可操作性较强（1-2分）", "1-2", "2020年4月30日区政府办公室正式印发《某区电子商务进农村综合示范创建工作方案》（府办〔2020〕14号）", 2, "盒1"],
      ["本指标自评得分", null, null, null, 2, null],
    ],
  };
  const { recognitions, ledgers } = read(sheet);
  expect(recognitions[0].kind).toBe("facts");
  expect(ledgers.facts.some((e) => e.key === "planIssued")).toBe(true);
});

test("the team's own column is no evidence note of the county's points: a judged item's note is never □属实 □不属实", () => {
  const box = "□属实　□不属实";
  const sheet: Sheet = {
    name: "现场核查记录表",
    rows: [
      ["电子商务进农村综合示范创建考评现场核查记录表"],
      ["序号", "核查项目", "分值", "核查要点", "县级填报情况", "要点自评分", "项目自评分", "核查情况（考评组填写）", "核查组评分"],
      [2, "方案制定", 2, "正式印发的示范县工作方案", "已印发《某县示范创建工作方案》（府办〔2020〕21号）", 2, 2, box, null],
      [3, "政策支持", 2, "出台的支持文件及落实情况", "已出台扶持办法，兑现1批", 1, 1, box, null],
    ],
  };
  const judged = readFactsSheet(sheet, GD_2019).entries.filter((e) => e.key.startsWith("judged:"));
  expect(judged.map((e) => [e.key, e.value, e.note])).toEqual([
    ["judged:org.plan", 2, undefined],
    ["judged:org.policy", 1, undefined],
  ]);
});
