/**
 * The bundled sample: 乐昌市's ledgers rebuilt from the published figures of its 2021
 * self-assessment report (test/reference/lechang-self-assessment-2021.txt), with synthetic
 * names where the report gives none. Scored, it reproduces the report's table: 89 points.
 *
 * Published figures used as they are: 195 行政村 + 20 居委会 in 16 镇 + 1 街道; 39 省定贫困村, all
 * with stations; 137 villages with stations (70.3%); 常住人口 42 万; 4385 training person-times;
 * 10549 poor persons with labour capacity (3005 households); 5,000,000 元 allocated and
 * 4,167,785.00 元 disbursed by 2021-08-31, in the report's six spending lines; 20 park enterprises
 * with signed agreements; monthly reports to the 韶关 bureau; a government-site column.
 *
 * Choices (documented because the report does not say, chosen so each row lands on its score):
 * - work.center 11 of 15: the centre opened 2021-03-26, less than 6 months before the cut-off
 *   (−2), and of the 20 enterprises with agreements 17 had moved in by the cut-off ("多家企业已正式
 *   入驻运营"), so the 20-enterprise item is lost (−2). Types present: 平台型, 销售型, 运营商, 物流.
 * - work.upward 9 of 10: research 2, promotion 2, operator 1, express 1 (every 行政村 marked
 *   covered), standards and traceability 1 (standards issued; traceability replaced by label
 *   printers, per the report), 2020 agricultural online retail growth 34.4% (2).
 * - Poor-population training: 40% of the 10549 persons with labour capacity work away from home
 *   (4219 migrant workers, a typical share for a northern Guangdong mountain county), leaving 6330
 *   eligible persons; 3450 of them trained (54.5%, in the 50–70% band the report's 20 points and
 *   unclaimed bonus imply), 300 of those twice, so 3750 poor person-times + 635 other trainees
 *   = 4385 person-times. 40 sign-ins after the cut-off (September 2021) are in the ledger and do
 *   not count.
 * - promo.cases 0: the one experience material was sent on 2021-09-10, after the cut-off.
 * - promo.media 5: provincial (南方日报) and county (乐昌电视台) reports; no city report.
 * - Judged points as the report: 方案 2, 政策 2, 项目管理 2+2, 资金制度 5, 资金台账 4, 及时拨付 5.
 */
import type { CellValue } from "../../src/core/grid";
import { idCheckChar } from "../../src/ledger/normalize/idnumber";
import { day, rng, type SheetSpec } from "../lib/grid-xlsx";

const TOWNS = [
  "乐城街道",
  "北乡镇",
  "九峰镇",
  "廊田镇",
  "长来镇",
  "梅花镇",
  "三溪镇",
  "坪石镇",
  "黄圃镇",
  "五山镇",
  "两江镇",
  "沙坪镇",
  "云岩镇",
  "秀水镇",
  "大源镇",
  "庆云镇",
  "白石镇",
];
const C1 = "东南西北上下新旧大小高低前后石水山田塘岭坑坪湖溪江源林竹松梅桃李杨柳黄白青红金银龙凤安和平乐福寿";
const C2 = "村岗头口背坳寨坝洞湾垌坑围岭埔墩冲洲";

export interface Village {
  town: string;
  name: string;
  type: "行政村" | "居委会";
  poor: boolean;
  station: boolean;
}

function villages(rand: () => number): Village[] {
  const used = new Set<string>();
  const out: Village[] = [];
  const name = (suffix: string) => {
    for (;;) {
      const n = C1[Math.floor(rand() * C1.length)] + C1[Math.floor(rand() * C1.length)] + C2[Math.floor(rand() * (C2.length - 1)) + 1];
      if (!used.has(n)) {
        used.add(n);
        return n + suffix;
      }
    }
  };
  for (let i = 0; i < 195; i++) out.push({ town: TOWNS[1 + (i % 16)], name: name("村"), type: "行政村", poor: false, station: false });
  for (let i = 0; i < 20; i++) out.push({ town: TOWNS[i % 17], name: name("社区居委会"), type: "居委会", poor: false, station: false });
  // 39 poor villages spread over the towns; all 39 and 98 others have stations (137).
  const admin = out.filter((v) => v.type === "行政村");
  for (let i = 0; i < 39; i++) admin[i * 5].poor = true;
  admin.filter((v) => v.poor).forEach((v) => (v.station = true));
  admin
    .filter((v) => !v.poor)
    .slice(0, 98)
    .forEach((v) => (v.station = true));
  return out;
}

const issued = new Set<string>();
/** A valid, unique 18-digit ID (GB 11643 check character) in the given region. */
function idNumber(rand: () => number, region = "440281"): string {
  for (;;) {
    const y = 1955 + Math.floor(rand() * 45);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const first17 = `${region}${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${String(Math.floor(rand() * 1000)).padStart(3, "0")}`;
    const id = first17 + idCheckChar(first17);
    if (!issued.has(id)) {
      issued.add(id);
      return id;
    }
  }
}

const SURNAMES = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高邓曾谢邝";
const GIVEN = "国华建明军平志伟芳秀英丽强文辉红玲海燕小春桂兰金";
function personName(rand: () => number): string {
  return SURNAMES[Math.floor(rand() * SURNAMES.length)] + GIVEN[Math.floor(rand() * GIVEN.length)] + (rand() < 0.6 ? GIVEN[Math.floor(rand() * GIVEN.length)] : "");
}

export function lechangSheets(): SheetSpec[] {
  issued.clear();
  const rand = rng(20210831);
  const vs = villages(rand);

  const facts: CellValue[][] = [
    ["乐昌市电子商务进农村综合示范创建基本情况与自评填报", null, null],
    ["项目", "填报值", "佐证材料"],
    ["县（市、区）名称", "乐昌市", null],
    ["考评截止日期", day(2021, 8, 31), "粤商务电函〔2021〕101号"],
    ["常住人口", "42万", "乐昌市统计年鉴"],
    ["牵头领导", "市长", "乐昌市电子商务进农村综合示范工作领导小组文件"],
    ["参与部门", "商务、财政、农业农村、扶贫", null],
    ["已正式印发示范县工作方案", "是", null],
    ["方案制定自评分", 2, "《乐昌市电子商务进农村综合示范项目实施方案》"],
    ["已出台支持农村电商发展的政策", "是", null],
    ["政策支持自评分", 2, "支持电子商务发展的政策文件及落实材料"],
    ["项目管理制度自评分", 2, "项目管理制度、招投标及验收材料"],
    ["工作台账自评分", 2, "项目工作台账"],
    ["公共服务中心投入运营日期", day(2021, 3, 26), "1200㎡服务中心，5名专职人员"],
    ["有免费培训场所、培训设备，能组织电商基础培训", "是", "培训区及培训设备"],
    ["为特色农产品提供免费展示、销售服务", "是", "农特产品展示区"],
    ["为电子商务市场主体提供免费摄影、美工服务", "是", "摄影区"],
    ["组织农产品统一推广、指导特色农产品品牌建设", "是", "品牌推广功能区"],
    ["为电子商务发展提供其他衍生增值服务", "是", "信用贷款、讯息咨询等"],
    ["建设或整合、优化当地电商产业园", "是", "电商产业园运营管理制度"],
    ["网销调研自评分", 2, "农特产品网络销售调研报告"],
    ["网络促销活动自评分", 2, "品牌推广活动总结（2场以上）"],
    ["有专业第三方电子商务运营或服务商", "是", "专职电商运营团队入驻服务中心"],
    ["交易标准与冷链溯源自评分", 1, "四大地标产品电商交易标准；溯源改为配置物流打单机"],
    ["2019年农产品网络零售额", "12800万元", "省商务厅提供的统计数据"],
    ["2020年农产品网络零售额", "17200万元", "省商务厅提供的统计数据"],
    ["专栏公示创建方案", "是", "乐昌市人民政府官网“电子商务进农村示范工作”专栏"],
    ["专栏公示项目基本信息", "是", null],
    ["专栏公示项目建设进度", "是", null],
    ["专栏设立征求意见或监督举报窗口", "是", null],
    ["能统计电商扶贫情况", "是", "建档立卡贫困户电商培训统计"],
    ["下达资金总额", "500万元", "粤商务电函〔2019〕29号"],
    ["资金管理制度自评分", 5, "《乐昌市电子商务进农村综合示范项目资金管理办法》"],
    ["资金台账自评分", 4, "项目承办方资金使用账目及凭证"],
    ["资金及时拨付自评分", 5, "按合同约定及项目进度拨付"],
    ["发生安全生产、质量事故或重大损失", "否", null],
    ["弄虚作假", "否", null],
  ];

  const villageRows: CellValue[][] = [["乐昌市行政村（居委会）清单"], ["序号", "镇（街道）", "村（居）委会名称", "类型", "是否省定贫困村", "快递覆盖"]];
  vs.forEach((v, i) => villageRows.push([i + 1, v.town, v.name.replace(/村$/, "村委会"), v.type, v.poor ? "是" : "否", v.type === "行政村" ? "是" : null]));

  const stationRows: CellValue[][] = [["乐昌市村级电商服务站点清单"], ["序号", "站点名称", "镇（街道）", "所在村", "地址", "负责人", "联系电话", "建成日期"]];
  let sn = 0;
  const withStations = vs.filter((v) => v.station);
  withStations.forEach((v, i) => {
    const opened = day(2020, 3 + (i % 12), 1 + (i % 27));
    stationRows.push([++sn, `${v.name}电商服务站`, v.town, v.name, `${v.town}${v.name}村委会旁`, personName(rand), `1382751${String(1000 + i).slice(-4)}`, opened]);
    // Some villages have a second station (a shop and the post office): still one covered village.
    if (i % 10 === 0) stationRows.push([++sn, `${v.name}邮政服务点`, v.town, v.name, `${v.town}${v.name}邮政代办点`, personName(rand), null, opened]);
  });
  // Town-level stations sit in 居委会: listed, not counted as 行政村 coverage.
  vs.filter((v) => v.type === "居委会")
    .slice(0, 5)
    .forEach((v) => {
      stationRows.push([++sn, `${v.town}镇级电商服务站`, v.town, v.name, `${v.town}${v.name}`, personName(rand), null, day(2020, 5, 20)]);
    });

  // Poor persons: 10549 with labour capacity (4219 of them migrant workers) + 600 without.
  const poorRows: CellValue[][] = [["乐昌市建档立卡贫困人口名单（有劳动能力）"], ["序号", "姓名", "身份证号", "所在村", "是否有劳动能力", "是否外出务工"]];
  const eligibleIds: string[] = [];
  const admin = vs.filter((v) => v.type === "行政村");
  for (let i = 0; i < 10549 + 600; i++) {
    const id = idNumber(rand);
    const labour = i < 10549;
    const migrant = labour && i % 5 >= 3; // 2 of every 5 → 4219 of 10549 (40.0%)
    if (labour && !migrant) eligibleIds.push(id);
    poorRows.push([i + 1, personName(rand), id, admin[i % admin.length].name, labour ? "是" : "否", migrant ? "是" : "否"]);
  }

  // Training: 3450 eligible persons, 300 of them twice, + 635 other trainees = 4385; + 40 late.
  const trainingRows: CellValue[][] = [["乐昌市电子商务培训签到台账"], ["序号", "姓名", "身份证号", "培训日期", "培训主题", "是否建档立卡贫困户"]];
  const topics = ["电子商务基础知识", "网络营销与直播带货", "网店运营实务", "农产品品牌与包装", "电商创业增值培训"];
  const session = (k: number) => day(2020, 1 + (k % 12), 5 + (k % 20));
  let tn = 0;
  const trained = eligibleIds.slice(0, 3450);
  trained.forEach((id, i) => trainingRows.push([++tn, personName(rand), id, session(i % 60), topics[i % 5], "是"]));
  trained.slice(0, 300).forEach((id, i) => trainingRows.push([++tn, personName(rand), id, day(2021, 1 + (i % 8), 10 + (i % 15)), topics[(i + 2) % 5], "是"]));
  for (let i = 0; i < 635; i++) trainingRows.push([++tn, personName(rand), idNumber(rand, "440204"), session(i % 48), topics[i % 5], "否"]);
  for (let i = 0; i < 40; i++) trainingRows.push([++tn, personName(rand), idNumber(rand), day(2021, 9, 15), "电商直播专题培训", "否"]);

  const enterpriseTypes = ["平台型", "销售型", "电商运营商", "物流企业", "销售型"];
  const enterpriseRows: CellValue[][] = [["乐昌市电商产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期"]];
  for (let i = 0; i < 20; i++) {
    const entered = i < 17 ? day(2021, 3 + (i % 5), 1 + i) : day(2021, 9 + (i - 17), 8);
    enterpriseRows.push([
      i + 1,
      `乐昌市${["九峰", "北乡", "金鸡", "昌山", "武江"][i % 5]}${["电子商务", "农业科技", "网络科技", "供应链", "商贸"][Math.floor(i / 5) % 5]}有限公司`,
      `91440281MA5${String(100000 + i * 7919).slice(0, 6)}X${i % 10}`,
      enterpriseTypes[i % 5],
      entered,
    ]);
  }

  const fundRows: CellValue[][] = [["乐昌市电子商务进农村综合示范专项资金使用台账"], ["单位：元"], ["序号", "拨付日期", "项目", "类别", "拨付金额", "凭证号"]];
  const lines: [string, string, number[]][] = [
    ["市级电商服务中心建设及运营、公共信息服务系统", "服务体系", [300000, 260500, 200000]],
    ["农村电商人才（技能）培训体系建设", "人才培训", [150000, 149100]],
    ["市镇村三级物流体系建设", "物流体系", [500000, 456800, 400000]],
    ["物流快递打单机", "物流体系", [90000]],
    ["冷链系统建设", "冷链", [179100]],
    ["镇村级电商服务站点建设", "站点建设", [600000, 500000, 382285]],
  ];
  let fn = 0;
  lines.forEach(([project, cat, amounts], li) =>
    amounts.forEach((a, ai) =>
      fundRows.push([++fn, day(2020, 4 + li + ai * 4 > 12 ? 4 + li + ai * 4 - 12 : 4 + li + ai * 4, 15), project, cat, a, `记-${2020}-${String(fn).padStart(3, "0")}`]),
    ),
  );
  // Dates: fix the year for entries whose month wrapped (the second year of the project).
  fundRows.slice(3).forEach((r, i) => {
    if (i >= 8) r[1] = day(2021, 1 + (i % 7), 20);
  });
  fundRows.push([null, "合计", null, null, 4167785, null]);

  const months = (y0: number, m0: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({ y: y0 + Math.floor((m0 - 1 + i) / 12), m: ((m0 - 1 + i) % 12) + 1 }));
  const reportRows: CellValue[][] = [["向韶关市商务局报送工作情况记录"], ["序号", "报送日期", "内容", "是否含扶贫统计"]];
  months(2020, 1, 20).forEach(({ y, m }, i) => reportRows.push([i + 1, day(y, m, 5), `${y}年${m}月电子商务进农村示范创建工作进展及统计数据`, "是"]));
  const disclosureRows: CellValue[][] = [["乐昌市人民政府网站“电子商务进农村示范工作”专栏更新记录"], ["序号", "发布日期", "标题", "栏目", "链接"]];
  months(2020, 3, 18).forEach(({ y, m }, i) =>
    disclosureRows.push([
      i + 1,
      day(y, m, 18),
      `乐昌市电子商务进农村综合示范项目建设进度（${y}年${m}月）`,
      "建设进度",
      `http://www.lechang.gov.cn/zwgk/dzsw/${y}${String(m).padStart(2, "0")}.html`,
    ]),
  );

  const mediaRows: CellValue[][] = [["宣传报道清单"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  mediaRows.push([1, day(2020, 6, 12), "南方日报", "省级", "报纸", "乐昌马蹄雪毛鸡线上打开销路", "否"]);
  mediaRows.push([2, day(2020, 11, 3), "乐昌电视台", "县级", "电视", "乐昌电商服务站点走进村村", "否"]);
  mediaRows.push([3, day(2021, 4, 22), "乐昌发布", "县级", "网络", "乐昌电商公共服务中心投入运营", "否"]);

  const materialRows: CellValue[][] = [["经验材料报送记录"], ["序号", "报送日期", "材料名称", "报送单位"]];
  materialRows.push([1, day(2021, 9, 10), "乐昌市电子商务进农村综合示范创建经验做法", "乐昌市商务局"]);

  const dateCol = (c: number) => ({ [c]: "yyyy-mm-dd" });
  return [
    { name: "基本情况与自评", rows: facts, widths: [46, 18, 50], headerRow: 1, merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] },
    { name: "行政村清单", rows: villageRows, widths: [6, 12, 22, 10, 16, 10], headerRow: 1, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] },
    {
      name: "站点台账",
      rows: stationRows,
      widths: [6, 28, 12, 16, 32, 10, 14, 12],
      headerRow: 1,
      numFmts: dateCol(7),
      merges: [{ top: 0, left: 0, bottom: 0, right: 7 }],
    },
    { name: "培训台账", rows: trainingRows, widths: [8, 10, 22, 12, 20, 18], headerRow: 1, numFmts: { 2: "@", 3: "yyyy-mm-dd" } },
    { name: "建档立卡贫困人口", rows: poorRows, widths: [8, 10, 22, 14, 16, 14], headerRow: 1, numFmts: { 2: "@" } },
    { name: "产业园入驻企业", rows: enterpriseRows, widths: [6, 36, 24, 12, 12], headerRow: 1, numFmts: dateCol(4) },
    { name: "资金台账", rows: fundRows, widths: [6, 12, 44, 10, 16, 16], headerRow: 2, numFmts: { 1: "yyyy-mm-dd", 4: "#,##0.00" } },
    { name: "报送记录", rows: reportRows, widths: [6, 12, 50, 16], headerRow: 1, numFmts: dateCol(1) },
    { name: "专栏更新记录", rows: disclosureRows, widths: [6, 12, 50, 12, 44], headerRow: 1, numFmts: dateCol(1) },
    { name: "宣传报道", rows: mediaRows, widths: [6, 12, 14, 8, 8, 36, 20], headerRow: 1, numFmts: dateCol(1) },
    { name: "经验材料报送", rows: materialRows, widths: [6, 12, 44, 16], headerRow: 1, numFmts: dateCol(1) },
  ];
}
