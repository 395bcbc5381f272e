"use strict";
// Batch 85 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ───────────────────────── helpers ─────────────────────────
function colNum(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function parseRef(ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error("bad ref " + ref);
  return { c: colNum(m[1]), r: Number(m[2]) };
}
// pad every row to the same width (the sheet's grid)
function grid(rows, width) {
  const w = width || Math.max(...rows.map((r) => r.length));
  return rows.map((r) => {
    if (r.length > w) throw new Error("row wider than grid: " + JSON.stringify(r));
    return r.concat(Array(w - r.length).fill(null));
  });
}
function sheet(name, rows, merges, extra) {
  const s = { name, rows: grid(rows) };
  if (merges && merges.length) s.merges = merges;
  if (extra) Object.assign(s, extra);
  return s;
}
// every merge inside its grid, no overlaps, top-left carries the value, others null
function checkSheet(s) {
  const h = s.rows.length;
  const w = s.rows[0].length;
  const seen = new Set();
  for (const m of s.merges || []) {
    const [a, b] = m.split(":");
    const p = parseRef(a), q = parseRef(b);
    if (!(p.r <= q.r && p.c <= q.c)) throw new Error(s.name + ": bad merge " + m);
    if (q.r > h || q.c > w) throw new Error(s.name + ": merge outside grid " + m + " grid " + h + "x" + w);
    for (let r = p.r; r <= q.r; r++)
      for (let c = p.c; c <= q.c; c++) {
        const k = r + "," + c;
        if (seen.has(k)) throw new Error(s.name + ": overlapping merge " + m);
        seen.add(k);
        if ((r !== p.r || c !== p.c) && s.rows[r - 1][c - 1] !== null)
          throw new Error(s.name + ": merge " + m + " covers a non-empty cell at r" + r + "c" + c + " = " + JSON.stringify(s.rows[r - 1][c - 1]));
      }
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error("self-check failed: " + msg);
}
// 18-digit 居民身份证号码 with a correct check character (GB 11643)
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = "10X98765432";
function idCheck(body) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * ID_W[i];
  return ID_C[s % 11];
}
// make an id; if wantX is true/false, search the sequence code until the check char is/isn't X
function makeId(area, birth, seq, wantX) {
  for (let k = 0; k < 1000; k++) {
    const sq = String((seq + k) % 1000).padStart(3, "0");
    const body = area + birth + sq;
    const c = idCheck(body);
    if (wantX === true && c !== "X") continue;
    if (wantX === false && c === "X") continue;
    return body + c;
  }
  throw new Error("no id");
}
// 统一社会信用代码 with a correct check character (GB 32100)
const CC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode(head, area, n) {
  // head "9144" style: 登记管理部门 9 + 机构类别 1/2 ; area 6 digits ; body 9 chars derived from n
  // 组织机构代码部分：工商新设多为“MA”开头 + 7 位
  let body = "MA";
  let x = (n * 2654435761 + 97) % 2147483647;
  for (let i = 0; i < 7; i++) {
    x = (x * 48271) % 2147483647;
    body += CC_CH[x % 31];
  }
  const s17 = head.slice(0, 2) + area + body;
  let s = 0;
  for (let i = 0; i < 17; i++) s += CC_CH.indexOf(s17[i]) * CC_W[i];
  const c = (31 - (s % 31)) % 31;
  return s17 + CC_CH[c];
}
// Excel serial (1900 system) of an ISO date
function excelSerial(iso) {
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}
const D = (iso) => ({ date: iso });
const ASOF = "2021-08-31";
const CENTER6 = "2021-02-28";
// compare "YYYY-MM" or "YYYY-MM-DD" to the cut-off (a month counts when it is the cut-off month or earlier)
function onOrBefore(d, cut) {
  if (d.length === 7) return d <= cut.slice(0, 7);
  return d <= cut;
}
function writeCase(folder, file, obj) {
  for (const s of obj.sheets) checkSheet(s);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(path.join(folder, file));
}
const written = [];
const sumArr = (a) => a.reduce((x, y) => x + y, 0);

// ═════════════════════ f1 佛山市三水区：迎检点检表（OK/NG） ═════════════════════
(function f1() {
  const W = 10; // A..J
  const rows = [];
  const merges = [];
  rows.push(["佛山市三水区电子商务进农村综合示范创建　迎检点检表（第4次点检）"]);
  merges.push("A1:J1");
  rows.push(["点检对象", "省级电子商务进农村综合示范创建（迎省考评）", null, null, "县（市、区）", "三水区", "考评截止日", "2021年8月31日", "本次点检日期", "2021.9.2"]);
  merges.push("B2:D2");
  rows.push(["判定符号：OK＝符合（已具备／已完成／未发生）；NG＝不符合（未具备／未完成／已发生）；△＝待确认（本次不判定）；—＝不适用（只记录数值）"]);
  merges.push("A3:J3");
  rows.push(["点检人：何××（电商股）　　确认人：区经科局分管副局长 黄××　　点检频次：迎检前每周四一次　　上次点检：2021.8.26"]);
  merges.push("A4:J4");
  rows.push(["No.", "点检部位", "点检项目", "点检标准（省考评要求）", "点检方法", "实测值／记录", "单位", "判定", "异常描述及对策", "责任人"]);
  // [部位, 项目, 标准, 方法, 实测值, 单位, 判定, 异常, 责任人]
  const sec = [
    ["组织保障", [
      ["领导小组组长", "区政府主要领导牵头", "查文件", "区委副书记、区长", "—", "OK", null, "办公室 李××"],
      ["参与部门", "商务、财政、农业、扶贫等部门参与", "查文件", "区经科局（商务）、区财政局、区农业农村局、区乡村振兴局、区市场监管局等13个单位", "—", "OK", null, "办公室 李××"],
      ["示范县工作方案", "正式印发", "查文件", "三府办〔2020〕18号", "—", "OK", null, "电商股 何××"],
      ["支持农村电商发展政策", "在资金、土地、人才等方面出台政策", "查文件", "《三水区促进农村电子商务发展扶持办法》", "—", "OK", null, "电商股 何××"],
    ]],
    ["服务中心", [
      ["公共服务中心投入运营", "建成并投入运营", "现场查看", "2020.11.18", "日期", "OK", null, "中心 欧××"],
      ["运行满6个月", "2021.2.28前投入运营", "计算", "9个月", "月", "OK", "由运营日期推算，仅供参考", "中心 欧××"],
      ["免费培训场所、培训设备", "能组织电商基础培训", "现场查看", "培训室1间、电脑40台", "—", "OK", null, "中心 欧××"],
      ["特色农产品免费展示、销售", "免费提供", "现场查看", "展示区120㎡，免费", "—", "OK", null, "中心 欧××"],
      ["免费摄影、美工服务", "免费提供", "现场查看", "摄影棚1间", "—", "NG", "摄影、美工按件收费（30元／件），不属免费；对策：报局务会研究9月起改为免费", "中心 欧××"],
      ["农产品统一推广、品牌建设指导", "组织统一推广", "查资料", "“三水好物”区域公用品牌", "—", "OK", null, "中心 欧××"],
      ["其他衍生增值服务", "提供", "查资料", "融资对接（佐证待补）", "—", "△", "佐证只有一次活动照片，待确认", "中心 欧××"],
    ]],
    ["产业园", [
      ["电商产业园", "建设或整合、优化", "现场查看", "三水电商产业园（西南街道）", "—", "OK", null, "园区 冯××"],
      ["入驻企业数", "≥20家", "查清单", 23, "家", "OK", null, "园区 冯××"],
      ["入驻企业类型", "≥3类", "查清单", "平台、销售、运营、物流", "类", "OK", null, "园区 冯××"],
    ]],
    ["站点及物流", [
      ["行政村数", "—", "查民政数据", 55, "个", "—", null, "电商股 何××"],
      ["社区（居委会）数", "—", "查民政数据", 24, "个", "—", "不计入行政村", "电商股 何××"],
      ["省定贫困村数", "—", "查扶贫数据", 0, "个", "—", "本区无省定贫困村", "电商股 何××"],
      ["行政村站点覆盖率", "≥70%", "查站点清单", 78.2, "%", "OK", "43／55，仅供参考", "电商股 何××"],
      ["行政村物流快递覆盖率", "100%", "查邮政证明", 100, "%", "OK", null, "电商股 何××"],
    ]],
    ["农产品上行", [
      ["专业第三方电子商务运营或服务商", "有", "查合同", "佛山市三水区粤三电子商务有限公司", "—", "OK", null, "电商股 何××"],
      ["2019年农村网络零售额", "—", "区统计局数据", "3,862,450", "千元", "—", null, "电商股 何××"],
      ["2020年农村网络零售额", "同比≥30%（与农产品网零任一达到即可）", "区统计局数据", "4,987,310", "千元", "NG", "农村网零增速未达30%；以农产品网零增速计分", "电商股 何××"],
      ["2019年农产品网络零售额", "—", "区统计局数据", "186,420", "千元", "—", null, "电商股 何××"],
      ["2020年农产品网络零售额", "同比≥30%", "区统计局数据", "251,930", "千元", "OK", null, "电商股 何××"],
    ]],
    ["人才培训", [
      ["常住人口", "第七次全国人口普查", "区统计局数据", "803,571", "人", "—", "超过50万，培训按50万基数", "电商股 何××"],
      ["电商培训人次", "≥常住人口1%（按50万基数即≥5,000人次）", "查培训台账", "4,612", "人次", "NG", "差388人次；对策：9月8日、9月15日再办两期（预计420人次）", "中心 欧××"],
      ["有劳动能力的建档立卡相对贫困人口（不含外出务工）", "—", "区乡村振兴局数据", 186, "人", "—", null, "电商股 何××"],
      ["参训的建档立卡相对贫困人口", "≥50%", "查签到表", 97, "人", "OK", null, "中心 欧××"],
    ]],
    ["公开及报送", [
      ["专栏公示创建方案", "公示", "查区政府网站", "已公示", "—", "OK", null, "电商股 何××"],
      ["专栏公示项目基本信息", "公示", "查区政府网站", "已公示", "—", "OK", null, "电商股 何××"],
      ["专栏公示项目建设进度", "按月公示", "查区政府网站", "已公示至2021年8月", "—", "OK", null, "电商股 何××"],
      ["专栏征求意见或监督举报窗口", "设立", "查区政府网站", "未设", "—", "NG", "对策：9月10日前在专栏增设“监督举报”入口", "电商股 何××"],
      ["电商扶贫统计", "能统计", "查月报", "月报附电商扶贫统计表", "—", "OK", null, "电商股 何××"],
    ]],
    ["资金管理", [
      ["省级专项资金下达", "—", "查文件", 500, "万元", "—", null, "财务 梁××"],
      ["累计拨付资金", "支出率≥70%", "查资金台账", "3,946,800.00", "元", "OK", null, "财务 梁××"],
      ["资金管理制度", "制定", "查文件", "《三水区省级电子商务进农村综合示范专项资金管理办法》", "—", "OK", null, "财务 梁××"],
      ["资金专用台账", "建立", "查台账", "承建单位设专账", "—", "OK", null, "财务 梁××"],
      ["项目总体进度", "≥40%", "查项目台账", 91, "%", "OK", null, "电商股 何××"],
    ]],
    ["红线", [
      ["安全生产、质量事故或重大损失", "未发生", "查记录", "无", "—", "OK", null, "办公室 李××"],
      ["弄虚作假", "无", "自查", "无", "—", "OK", null, "办公室 李××"],
    ]],
    ["主观项自评", [
      ["方案制定", "1—2分", "自评", 2, "分", "—", null, "电商股 何××"],
      ["政策支持", "1—2分", "自评", 1, "分", "—", "扶持办法2021年3月才出台，落实时间短", "电商股 何××"],
      ["项目管理制度", "1—2分", "自评", 2, "分", "—", null, "电商股 何××"],
      ["工作台账", "1—2分", "自评", 2, "分", "—", null, "电商股 何××"],
      ["网销调研", "1—2分", "自评", 2, "分", "—", null, "电商股 何××"],
      ["网络促销活动", "1—2分", "自评", 2, "分", "—", null, "电商股 何××"],
      ["交易标准与冷链溯源", "1—2分", "自评", "△", "分", "△", "冷链未建成，待局务会定", "电商股 何××"],
      ["资金管理制度", "1—5分", "自评", 5, "分", "—", null, "财务 梁××"],
      ["资金台账", "1—5分", "自评", 4, "分", "—", null, "财务 梁××"],
      ["资金及时拨付", "1—5分", "自评", 4, "分", "—", null, "财务 梁××"],
    ]],
  ];
  let no = 0;
  for (const [part, items] of sec) {
    const first = rows.length + 1;
    items.forEach((it, i) => {
      no++;
      rows.push([no, i === 0 ? part : null, ...it]);
    });
    if (items.length > 1) merges.push("B" + first + ":B" + (rows.length));
  }
  rows.push([]);
  rows.push(["注：1．“实测值”的计量单位以“单位”栏为准：网络零售额为区统计局口径，单位千元；资金下达数单位万元，拨付数单位元。2．第6、13、14、18项为推算或统计结果，仅供参考，不是填报数。"]);
  merges.push("A" + rows.length + ":J" + rows.length);
  rows.push(["下次点检：2021.9.9（NG、△项逐项复查）"]);
  merges.push("A" + rows.length + ":J" + rows.length);
  assert(rows.every((r) => r.length <= W), "f1 width");
  const sh = sheet("迎检点检表", rows.map((r) => r.concat(Array(W - r.length).fill(null))), merges);

  const facts = {
    county: "三水区",
    asOf: "2021-08-31",
    residentPopulation: 803571,
    adminVillagesStated: 55,
    poorVillagesStated: 0,
    planIssued: true,
    policyIssued: true,
    centerOpened: "2020-11-18",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: false,
    centerBrand: true,
    parkBuilt: true,
    thirdPartyOperator: true,
    expressCoverage: true,
    ruralRetail2019: 3862450000,
    ruralRetail2020: 4987310000,
    agriRetail2019: 186420000,
    agriRetail2020: 251930000,
    trainingPersonTimesStated: 4612,
    eligiblePoorPersonsStated: 186,
    trainedPoorPersonsStated: 97,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: false,
    povertyStatisticsStated: true,
    fundAllocated: 5000000,
    fundSpentStated: 3946800,
    fundSystemIssued: true,
    fundLedgerKept: true,
    overallProgress: 0.91,
    vetoIncident: false,
    vetoFraud: false,
  };
  // self-checks: the numbers in the sheet are the ones listed
  const cell = (label) => rows.find((r) => r[2] === label);
  assert(cell("2019年农村网络零售额")[5] === "3,862,450" && cell("2019年农村网络零售额")[6] === "千元", "f1 retail unit");
  assert(Number(cell("2020年农产品网络零售额")[5].replace(/,/g, "")) * 1000 === facts.agriRetail2020, "f1 agri");
  assert(Number(cell("常住人口")[5].replace(/,/g, "")) === facts.residentPopulation, "f1 pop");
  assert(Math.abs(4987310 / 3862450 - 1 - 0.2912) < 0.001, "f1 rural growth 29.1% (<30%, not stated)");
  assert(cell("领导小组组长")[5].includes("区长"), "f1 leader");
  writeCase("facts", "b85-f1-sanshui.json", {
    description:
      "佛山市三水区经济和科技促进局电商股经办人（原工厂品质员）照工厂设备“点检表”排的《迎检点检表（第4次点检）》：No.|点检部位（纵向合并）|点检项目|点检标准（省考评要求）|点检方法|实测值／记录|单位|判定|异常描述及对策|责任人，判定栏用 OK／NG／△／—（第3行图例：OK＝符合、NG＝不符合、△＝待确认不判定、—＝只记数值）。读法：是否项看“判定”——OK 为是、NG 为否，但“红线”两项的点检标准是“未发生／无”，OK 表示未发生事故、无弄虚作假（vetoIncident／vetoFraud 为 false）；△ 的“其他衍生增值服务”和“交易标准与冷链溯源”自评都是待确认，不是否、也不是 0，不列；数值项只读“实测值”并按本行“单位”换算——网络零售额是区统计局口径“千元”（3,862,450 千元＝38.6245亿元），资金下达“500 万元”、拨付“3,946,800.00 元”，常住人口“803,571 人”（不是万人）；数值项的 OK／NG 只是对照标准的判断（培训人次 4,612 判 NG 仍是填报值 4612），“点检标准”栏的 ≥5,000 人次、≥70%、≥20家和“异常描述”里的 388、420 人次都不是填报值；第6、13、14、18项（运行9个月、入驻23家、4类、覆盖率78.2%）是推算结果，表下注也说明了，不对应任何输入；省定贫困村数 0 是填报值；表头“本次点检日期 2021.9.2”不是考评截止日，“确认人：区经科局分管副局长”不是领导小组组长——组长是区委副书记、区长，成员含区经科局（商务）、财政、农业农村、乡村振兴 → principal-all。",
    sheets: [sh],
    expect: {
      facts,
      judged: {
        "org.plan": 2,
        "org.policy": 1,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 2,
        "work.upward.promotion": 2,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
})();

// ═════════════════════ f2 江门市开平市：高校课题组调查问卷（县级卷） ═════════════════════
(function f2() {
  const W = 8; // A 题号 | B 题目 | C..H 选项／填写
  const rows = [];
  const merges = [];
  const full = (text) => {
    rows.push([text]);
    merges.push("A" + rows.length + ":H" + rows.length);
  };
  full("粤港澳大湾区县域农村电子商务发展调查问卷（县级卷）");
  full("五邑大学经济管理学院“大湾区县域数字商贸”课题组　　2021年8月");
  full("尊敬的领导：您好！本问卷仅用于学术研究，不作任何考核用途，请贵单位如实填写。填空题请在【　】内填写；选择题请把所选项前的“□”改为“☑”，未注明“多选”的为单选。");
  full("填写单位：开平市商务局（电商股）　　填写人：关××（电商股副股长）　　填写日期：2021年9月6日");
  rows.push(["题号", "题目", "选项／填写"]);
  merges.push("C" + rows.length + ":H" + rows.length);
  const q = (no, text, ...opts) => rows.push([no, text, ...opts]);
  const qFull = (no, text, answer) => {
    rows.push([no, text, answer]);
    merges.push("C" + rows.length + ":H" + rows.length);
  };
  full("一、基本情况");
  qFull(1, "县（市、区）名称", "【开平市】");
  qFull(2, "常住人口（第七次全国人口普查）", "【74.87】万人");
  qFull(3, "户籍人口（2020年末）", "【70.06】万人");
  q(4, "行政村数量", "□ 100个以下", "☑ 100—200个", "□ 200个以上");
  q(5, "省定贫困村数量", "☑ 无", "□ 1—5个", "□ 6—10个", "□ 10个以上");
  full("二、组织推动");
  q(6, "贵地电子商务进农村工作由谁牵头？", "☑ A．党委或政府主要领导", "□ B．政府分管领导", "□ C．商务部门负责人", "□ D．其他");
  q(7, "参与部门（多选）", "☑ 商务", "☑ 财政", "☑ 农业农村", "□ 乡村振兴（扶贫）", "☑ 市场监管", "☑ 邮政管理");
  q(8, "是否已正式印发电子商务进农村综合示范创建工作方案？", "☑ 是", "□ 否");
  q(9, "是否出台支持农村电商发展的专门政策（资金、土地、人才等）？", "□ 是", "☑ 否", null, null, "（拟并入市“十四五”商贸流通规划）");
  full("三、公共服务体系");
  qFull(10, "县级电子商务公共服务中心投入运营时间", "【2020】年【7】月");
  q(11, "中心为当地主体免费提供哪些服务？（多选，请勾选所有已免费提供的服务）", "☑ 电商基础培训（有培训场所、设备）", "☑ 特色农产品展示、销售", "□ 摄影、美工", "☑ 农产品统一推广、品牌建设指导", "☑ 其他（请注明：【网店代运营、融资对接】）");
  q(12, "如第11题未勾选“摄影、美工”，原因是", "☑ 按成本收费", "□ 无设备", "□ 无需求");
  q(13, "是否建设或整合电商产业园？", "☑ 已建成", "□ 在建", "□ 未建");
  q(14, "当地是否有专业第三方电子商务运营或服务商？", "☑ 有", "□ 无");
  q(15, "行政村物流快递覆盖率", "☑ 100%", "□ 90%—100%（不含）", "□ 90%以下");
  full("四、农村产品网络销售");
  q(16, "2020年农村网络零售额", "□ 10亿元以下", "☑ 10亿—30亿元", "□ 30亿元以上");
  qFull(17, "2020年农村网络零售额同比增长", "【34.6】%");
  qFull(18, "2020年农产品网络零售额", "【3.92】亿元");
  q(19, "2020年农产品网络零售额同比增长", "□ 10%以下", "□ 10%—30%", "☑ 30%以上");
  q(20, "农产品网络销售的主要渠道（多选）", "☑ 淘宝／天猫", "☑ 京东", "☑ 拼多多", "☑ 抖音／快手", "□ 微信小程序", "□ 其他");
  full("五、人才培训");
  qFull(21, "截至2021年8月31日，累计开展电商培训", "【4,386】人次");
  qFull(22, "有劳动能力的建档立卡贫困人口（不含外出务工人员）", "【231】人");
  qFull(23, "其中参加过电商培训的", "【126】人");
  q(24, "您认为培训效果", "□ 很好", "☑ 较好", "□ 一般", "□ 较差");
  full("六、信息公开与资金管理");
  q(25, "政府网站电子商务进农村专栏已公开的内容（多选，请勾选已公开的）", "☑ 创建方案", "☑ 项目基本信息", "☑ 项目建设进度", "□ 征求意见或监督举报窗口");
  q(26, "能否统计电商扶贫情况（贫困户培训、带动增收等）？", "■ 能", "□ 不能");
  qFull(27, "省级专项资金", "下达【500】万元；截至2021年8月31日累计拨付【412.6】万元");
  q(28, "资金管理（多选）", "☑ 已制定资金管理制度", "☑ 已建立资金专用台账", "□ 均未");
  q(29, "项目总体进度约", "□ 40%以下", "□ 40%—70%", "□ 70%—90%", "☑ 90%以上");
  full("七、意见建议");
  q(30, "制约本地农村电商发展的主要因素（限选3项）", "☑ 人才缺乏", "☑ 物流成本高", "□ 资金不足", "☑ 品牌影响力弱", "□ 网络基础差");
  q(31, "您对省级示范创建工作的总体评价", "□ 非常满意", "☑ 满意", "□ 一般", "□ 不满意");
  qFull(32, "其他意见和建议", "【建议省里延续对示范县的后续扶持，支持冷链仓储建设。】");
  full("问卷到此结束，衷心感谢您的支持！");
  const sh = sheet("调查问卷（开平市）", rows.map((r) => r.concat(Array(W - r.length).fill(null))), merges);

  // self-check: every 选择题 row has exactly one ticked box unless 多选
  for (const r of rows) {
    if (typeof r[0] !== "number") continue;
    const boxes = r.slice(2).filter((c) => typeof c === "string" && /^[☑□■]/.test(c));
    if (!boxes.length) continue;
    const ticked = boxes.filter((c) => /^[☑■]/.test(c)).length;
    if (!/多选|限选/.test(r[1])) assert(ticked === 1, "f2 single choice q" + r[0] + " ticked " + ticked);
  }
  writeCase("facts", "b85-f2-kaiping.json", {
    description:
      "江门市开平市商务局电商股填写的五邑大学课题组《粤港澳大湾区县域农村电子商务发展调查问卷（县级卷）》（学术问卷，不是考评表，留底后当基础数据交）：题号|题目|选项分在C—H各格（“□”改“☑”为选中，第26题填写人用了“■”），填空题答案在【】里。读法：只有精确填写或精确选项才是填报值——第4题行政村数只勾了“100—200个”区间、第16题农村网零额“10亿—30亿元”区间、第19题农产品网零增速“30%以上”区间、第29题总体进度“90%以上”区间，都不是数值，不列（农产品网零增速不能记成0.3，总体进度也不能记成0.9）；第5题“☑ 无”是精确的0个省定贫困村；第15题“☑ 100%”是精确选项 → 快递覆盖 true；第17题农村网零增速【34.6】% → 0.346，第18题农产品网零额【3.92】亿元 → 392000000（没有2019年数）；第3题户籍人口不是常住人口；第10题“【2020】年【7】月”只到月 → \"2020-07\"；多选题第11题“请勾选所有已免费提供的服务”未勾“摄影、美工”（第12题还写了原因“按成本收费”）→ centerPhoto false，“其他（请注明：代运营、融资对接）”勾了 → centerOther true；第25题专栏内容未勾“征求意见或监督举报窗口” → false；第9题政策“否” → false；第6题主要领导牵头，第7题多选未勾“乡村振兴（扶贫）” → principal（部门不齐）；第24、30、31题是评价和意见，不是事实；问卷没有考评截止日期、一票否决和主观评分项（judged 为空），“填写日期 2021年9月6日”和第21、27题的“截至2021年8月31日”都不是考评截止日期的填报。",
    sheets: [sh],
    expect: {
      facts: {
        county: "开平市",
        residentPopulation: 748700,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: false,
        centerOpened: "2020-07",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetailGrowthStated: 0.346,
        agriRetail2020: 392000000,
        trainingPersonTimesStated: 4386,
        eligiblePoorPersonsStated: 231,
        trainedPoorPersonsStated: 126,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
        fundSystemIssued: true,
        fundLedgerKept: true,
      },
      judged: {},
      leadership: "principal",
    },
  });
})();

// ═════════════════════ f3 茂名市茂南区：迎检“三张清单” ═════════════════════
(function f3() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (text) => {
    rows.push([text]);
    merges.push("A" + rows.length + ":F" + rows.length);
  };
  full("茂南区电子商务进农村综合示范创建迎检“三张清单”（成效清单·问题清单·任务清单）");
  rows.push(["县（市、区）", "茂南区", "考评截止日", "2021年8月31日", "清单日期", "2021年9月1日"]);
  full("说明：成效清单、问题清单反映截至考评截止日的实际情况；任务清单是9月以后的整改安排，所列目标均未完成。主观评分项自评附后，经9月1日局务会审定。");
  rows.push([]);
  full("一、成效清单");
  rows.push(["序号", "成效事项", "成效数据", "单位", "佐证材料", "备注"]);
  const E = [
    ["常住人口（第七次全国人口普查）", 60.41, "万人", "区统计局公报", null],
    ["行政村", 62, "个", "区民政局名册", "另有社区39个"],
    ["省定贫困村", 4, "个", "区乡村振兴局", null],
    ["领导小组", "区委常委、常务副区长任组长；区商务局、区财政局、区农业农村局、区乡村振兴局等10个单位为成员", "—", "茂南府办〔2019〕61号", "副组长：区商务局局长"],
    ["示范创建工作方案", "2020年3月正式印发", "—", "茂南府办〔2020〕9号", null],
    ["县级电商公共服务中心", "2020年10月16日投入运营", "—", "运营协议、现场", null],
    ["免费培训场所及设备", "培训室2间、电脑60台，能组织电商基础培训", "—", "现场", null],
    ["特色农产品免费展示、销售", "展厅免费展示茂南特色农产品80余款", "—", "现场", null],
    ["农产品统一推广、品牌建设指导", "“茂南优品”区域公用品牌统一推广", "—", "活动总结", null],
    ["电商产业园", "整合建成茂南电商产业园，入驻企业24家", "—", "入驻企业清单", null],
    ["专业第三方运营服务商", "茂名市南粤优品电子商务有限公司运营中心和产业园", "—", "运营合同", null],
    ["2019年农村网络零售额", 21.36, "亿元", "省商务厅反馈", null],
    ["2020年农村网络零售额", 27.05, "亿元", "省商务厅反馈", null],
    ["2020年农产品网络零售额同比增速", 33.7, "%", "省商务厅反馈", null],
    ["农产品网络零售额增速高于全市平均", 8.2, "个百分点", "市商务局通报", null],
    ["电商培训", "4,905", "人次", "培训台账", "截至8月31日"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "1,046", "人", "区乡村振兴局", null],
    ["参训的建档立卡贫困人口", 547, "人", "签到表", null],
    ["政府网站专栏", "公示创建方案、项目基本信息、项目建设进度，设监督举报窗口（电话、邮箱）", "—", "网页截图", null],
    ["数据上报", "每月向茂名市商务局报送月报，附电商扶贫统计表", "—", "报送记录", null],
    ["省级专项资金", "下达500万元，已拨付386.25万元", "—", "资金台账", null],
    ["资金管理", "制定专项资金管理办法；承建单位建立资金专用台账", "—", "制度文件", null],
    ["项目总体进度", 88, "%", "项目台账", null],
    ["安全生产", "创建以来未发生安全生产、质量事故，无重大损失", "—", "区应急管理局证明", null],
  ];
  E.forEach((e, i) => rows.push([i + 1, ...e]));
  rows.push([]);
  full("二、问题清单");
  rows.push(["序号", "问题", "具体表现", "原因", "对应考评指标", "整改状态"]);
  const P = [
    ["免费摄影、美工服务未开展", "中心摄影棚按次收费（每次200元）", "运营合同未约定免费", "服务体系建设", "整改中"],
    ["其他衍生增值服务未开展", "除培训、展示、推广外无其他服务", "运营方人手不足", "服务体系建设", "整改中"],
    ["支持农村电商发展的政策尚未出台", "《茂南区农村电商扶持办法》仍在征求意见", "部门意见未统一", "政策支持", "整改中"],
    ["行政村快递未全覆盖", "镇盛镇2个行政村快递未进村", "路远件少", "农村产品上行", "整改中"],
    ["培训人次未达1%（常住人口超50万，按50万基数）", "差95人次", "7—8月防汛停办", "电商人才培训", "整改中"],
  ];
  P.forEach((p, i) => rows.push([i + 1, ...p]));
  rows.push([]);
  full("三、任务清单（9月以后）");
  rows.push(["序号", "任务", "目标", "完成时限", "责任单位", "备注"]);
  const T = [
    ["摄影、美工改为免费", "运营合同补充协议约定免费", "2021年9月15日", "区商务局、运营方", null],
    ["出台农村电商扶持办法", "区政府常务会议审议通过后印发", "2021年9月30日", "区商务局", null],
    ["打通镇盛镇2个村快递", "行政村快递覆盖率达100%", "2021年9月30日", "区邮政管理部门", null],
    ["再办两期电商培训", "新增不少于300人次，累计达5,205人次", "2021年9月20日", "区电商中心", null],
    ["建设冷链仓储及溯源系统", "10月底前建成投用", "2021年10月31日", "运营方", null],
  ];
  T.forEach((t, i) => rows.push([i + 1, ...t]));
  rows.push([]);
  full("附：主观评分项自评（局务会审定）");
  rows.push(["序号", "评分项", "分值范围", "自评分", "理由", null]);
  const J = [
    ["方案制定", "1—2分", "2分", "方案正式印发，可操作性强"],
    ["政策支持", "1—2分", "—", "政策未出台，不自评"],
    ["项目管理制度", "1—2分", "2分", null],
    ["工作台账", "1—2分", "1分", "部分台账更新不及时"],
    ["网销调研", "1—2分", "2分", null],
    ["网络促销活动", "1—2分", "2分", null],
    ["交易标准与冷链溯源", "1—2分", "1分", "有交易标准，冷链溯源未建成"],
    ["资金管理制度", "1—5分", "4分", null],
    ["资金台账", "1—5分", "4分", null],
    ["资金及时拨付", "1—5分", "3分", null],
  ];
  J.forEach((j, i) => {
    rows.push([i + 1, ...j]);
    merges.push("E" + rows.length + ":F" + rows.length);
  });
  merges.push("E" + (rows.length - J.length) + ":F" + (rows.length - J.length));
  rows.push([]);
  full("茂南区商务局电商股　　经办：吴××　　审核：邓××");
  const sh = sheet("三张清单", rows.map((r) => r.concat(Array(W - r.length).fill(null))), merges);

  assert(Math.round(27.05 / 21.36 * 1000) === 1266, "f3 rural growth 26.6% (a decoy, not stated)");
  assert(4905 + 95 === 5000 && 4905 + 300 === 5205, "f3 decoy numbers consistent");
  writeCase("facts", "b85-f3-maonan.json", {
    description:
      "茂名市茂南区商务局电商股迎检前做的“三张清单”（成效清单·问题清单·任务清单）上下叠放在一张表里，各有自己的表头（成效：序号|成效事项|成效数据|单位|佐证材料|备注；问题：序号|问题|具体表现|原因|对应考评指标|整改状态；任务：序号|任务|目标|完成时限|责任单位|备注），后附“主观评分项自评”小表。读法：事实取“成效清单”（数值按“单位”栏：60.41万人、21.36／27.05亿元、33.7%、88%；文字成效里的日期和金额：2020年10月16日、下达500万元、已拨付386.25万元）和“问题清单”（问题即否定事实：免费摄影美工未开展 → centerPhoto false，其他衍生增值服务未开展 → centerOther false，政策尚未出台 → policyIssued false，2个行政村快递未进村 → expressCoverage false）；“任务清单”是9月以后的安排（表头说明写明均未完成）：“9月15日起免费”“9月30日前印发”“累计达5,205人次”都不是事实；成效清单第15项“高于全市平均8.2个百分点”不是增速（增速是第14项33.7% → agriRetailGrowthStated 0.337），问题清单“差95人次”也不是填报值；组长是区委常委、常务副区长 → deputy（备注“副组长：区商务局局长”不影响）；表头“考评截止日 2021年8月31日”是asOf，“清单日期2021年9月1日”不是；自评小表里“政策支持 —（未出台，不自评）”不是判断分，不列；弄虚作假没有写，不列。",
    sheets: [sh],
    expect: {
      facts: {
        county: "茂南区",
        asOf: "2021-08-31",
        residentPopulation: 604100,
        adminVillagesStated: 62,
        poorVillagesStated: 4,
        planIssued: true,
        policyIssued: false,
        centerOpened: "2020-10-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 2136000000,
        ruralRetail2020: 2705000000,
        agriRetailGrowthStated: 0.337,
        trainingPersonTimesStated: 4905,
        eligiblePoorPersonsStated: 1046,
        trainedPoorPersonsStated: 547,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3862500,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
      },
      judged: {
        "org.plan": 2,
        "org.management.system": 2,
        "org.management.ledger": 1,
        "work.upward.research": 2,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 4,
        "fund.ledger": 4,
        "fund.spending": 3,
      },
      leadership: "deputy",
    },
  });
})();

// deterministic Chinese names
const SUR = "陈李黄张梁何罗冯邓区谭麦伍关杨吴林郭叶苏谢卢".split("");
const GIV = ["伟强", "秀英", "志明", "丽珍", "家豪", "美玲", "国华", "少芬", "锦辉", "惠娟", "永康", "翠兰", "建新", "玉梅", "振东", "雪芳", "俊杰", "淑贤", "耀祖", "月娥", "文彬", "碧霞", "汉荣", "小燕", "德胜", "桂英", "润生", "凤仪", "树林", "婉华", "炳坤", "嘉欣"];
function nameAt(i, salt) {
  return SUR[(i * 7 + salt * 3) % SUR.length] + GIV[(i * 11 + salt * 5) % GIV.length];
}
function birthAt(i, salt) {
  const y = 1962 + ((i * 13 + salt * 7) % 38);
  const m = 1 + ((i * 5 + salt) % 12);
  const d = 1 + ((i * 17 + salt * 3) % 28);
  return String(y) + String(m).padStart(2, "0") + String(d).padStart(2, "0");
}

// ═════════════════════ l1 佛山市高明区：借来的法律顾问名册 + 资料领取签收表 ═════════════════════
(function l1() {
  // ---- ① 一村（社区）一法律顾问名册 → villages ----
  const W = 9;
  const rows = [];
  const merges = [];
  const full = (t) => { rows.push([t]); merges.push("A" + rows.length + ":I" + rows.length); };
  full("高明区“一村（社区）一法律顾问”工作名册（杨和镇、明城镇节选）");
  full("来源：高明区司法局（2021年3月更新）　　转存：区经科局电商股（2021年8月）");
  rows.push(["序号", "镇（街道）", "村（社区）", "法律顾问", "所在律师事务所", "执业证号", "驻点时间", "联系电话", "备注"]);
  const towns = [
    ["杨和镇", "杨和镇公共法律服务工作站", [
      ["杨梅村委会", 0], ["对川村委会", 0], ["河西村委会", 1], ["宅布村委会", 1], ["朗锦村委会", 2],
      ["石洲村民委员会", 3], ["罗稳村委会", 3], ["秀丽村委会", 4], ["文华村委会", 4], ["新塘村委会", 5],
      ["杨和社区居委会", 6], ["东洲居委会", 6],
    ]],
    ["明城镇", "明城镇公共法律服务工作站", [
      ["明东村委会", 7], ["明西村委会", 7], ["罗西村委会", 8], ["光明村民委员会", 8], ["城南村委会", 9],
      ["坪洲村委会", 10], ["崇步村委会", 10], ["深水村委会", 11], ["明阳村委会", 12], ["新岗村委会", 12],
      ["上湾村委会", 13], ["富湾社区居委会", 14, "原富湾村委会，2019年“村改居”"], ["明城社区居委会", 14],
    ]],
  ];
  const firms = ["广东明德律师事务所", "广东高明律师事务所", "广东华商（高明）律师事务所", "广东众合律师事务所"];
  const lawyers = Array.from({ length: 15 }, (_, i) => [nameAt(i, 4), firms[i % firms.length], "14406" + String(2012 + (i % 8)) + "10" + String(500000 + i * 3917).slice(0, 6), ["每周一上午", "每周二下午", "每周三上午", "每周四下午", "每月第一、三周周五"][i % 5], "139" + "××××" + String(2000 + i * 347).slice(-4)]);
  const vRecords = [];
  let no = 0;
  for (const [town, station, vill] of towns) {
    const first = rows.length + 1;
    rows.push([null, town, station, nameAt(20, 9), firms[1], "14406201611070213", "每周二上午", "0757-8882××××", "镇级工作站，不是村（居）"]);
    let i = 0;
    while (i < vill.length) {
      let j = i;
      while (j + 1 < vill.length && vill[j + 1][1] === vill[i][1]) j++;
      const L = lawyers[vill[i][1]];
      for (let k = i; k <= j; k++) {
        no++;
        const [vn, , note] = vill[k];
        rows.push([no, null, vn, k === i ? L[0] : null, k === i ? L[1] : null, k === i ? L[2] : null, L[3], k === i ? L[4] : null, note || null]);
        vRecords.push({ name: vn, admin: /村委会$|村民委员会$/.test(vn), poor: null, express: null });
      }
      if (j > i) {
        for (const c of ["D", "E", "F", "H"]) merges.push(c + (rows.length - (j - i)) + ":" + c + rows.length);
      }
      i = j + 1;
    }
    merges.push("B" + first + ":B" + rows.length);
    const nv = vill.filter((v) => /村委会$|村民委员会$/.test(v[0])).length;
    rows.push(["小计", null, "村委会" + nv + "个、社区（居委会）" + (vill.length - nv) + "个", null, null, null, null, null, null]);
  }
  rows.push([]);
  full("注：1．一名法律顾问可同时担任两个村（社区）的法律顾问（合并单元格）。2．镇公共法律服务工作站由镇司法所管理，不属村（居）。3．“村改居”后按社区居委会登记。");
  full("电商股说明：本表作行政村名单用；“社区居委会”“居委会”不是行政村，镇公共法律服务工作站和小计行不是村。");
  const shV = sheet("法律顾问名册（借用）", rows.map((r) => r.concat(Array(W - r.length).fill(null))), merges);
  assert(vRecords.length === 25 && vRecords.filter((v) => v.admin).length === 21, "l1 village counts");

  // ---- ② 资料领取签收表 → training ----
  const W2 = 10;
  const t = [];
  const tm = [];
  const full2 = (s) => { t.push([s]); tm.push("A" + t.length + ":J" + t.length); };
  full2("高明区电子商务公共服务中心　电商培训学员资料领取签收表");
  full2("说明：本表代签到表使用——到场学员每人领取一套培训资料并本人签收；讲师、工作人员领取的资料也登记在本表（“人员类别”注明），不是学员。第3期为两天班，资料分两天发放（22日发教材、23日发U盘），同一学员有两行，两天班每名学员按1人次计。");
  full2("期次及培训时间：第1期 2020年11月12日（杨和镇）；第2期 2021年1月14日（明城镇）；第3期 2021年4月22日—23日（区电商中心）；第4期 2021年8月26日（更合镇）");
  t.push(["序号", "期次", "领取日期", "姓名", "身份证号码", "人员类别", "领取物品", "数量", "签收", "备注"]);
  const area = "440608";
  const tRecords = [];
  let sn = 0;
  const add = (phase, dateCell, person, kind, item, note, rec) => {
    sn++;
    t.push([sn, phase, dateCell, person.name, person.idCell, kind, item, 1, kind === "学员" && !/代领/.test(note || "") ? person.name : (/代领/.test(note || "") ? "何××（代）" : person.name), note || null]);
    if (rec) tRecords.push(rec);
  };
  const P = (i, opts) => {
    const id = makeId(opts && opts.area ? opts.area : area, birthAt(i, 2), 100 + i * 37, !!(opts && opts.x));
    let idCell = id;
    if (opts && opts.lower) idCell = id.replace("X", "x");
    if (opts && opts.spaced) idCell = id.slice(0, 6) + " " + id.slice(6, 14) + " " + id.slice(14);
    if (opts && opts.none) idCell = "（未带身份证）";
    return { name: nameAt(i, 2), id: opts && opts.none ? null : id, idCell };
  };
  // 第1期
  const s1 = [P(1), P(2), P(3, { x: true, lower: true }), P(4), P(5), P(6), P(7), P(8)];
  s1.forEach((p, k) => {
    add("第1期", "2020.11.12", p, "学员", "《农村电商实务》教材", null, { date: "2020-11-12", personTimes: 1, id: p.id });
    if (k === 4) add("第1期", "2020.11.12", { name: nameAt(40, 1), idCell: null }, "讲师", "讲师用书", "佛山市电商协会", null);
  });
  // 第2期
  const s2 = [P(11), P(12, { spaced: true }), P(13), P(14), P(2), P(15), P(16)];
  s2.forEach((p, k) => {
    add("第2期", D("2021-01-14"), p, "学员", "《直播带货入门》讲义", null, { date: "2021-01-14", personTimes: 1, id: p.id });
    if (k === 3) add("第2期", D("2021-01-14"), P(17), "学员", "《直播带货入门》讲义", "本人未到，由村干部何××代领", null);
  });
  // 第3期（两天班）
  const s3 = [P(21), P(22, { x: true }), P(23), P(24), P(25)];
  s3.forEach((p) => add("第3期", "2021/4/22", p, "学员", "《网店运营》教材", null, { date: "2021-04-23", personTimes: 1, id: p.id }));
  add("第3期", "2021/4/22", { name: nameAt(41, 3), idCell: null }, "工作人员", "会务资料", "区经科局电商股", null);
  s3.forEach((p) => add("第3期", "2021/4/23", p, "学员", "实操U盘（16G）", "第二天发放", null));
  // 第4期
  const s4 = [P(31), P(32), P(4), P(33, { none: true }), P(34), P(35)];
  s4.forEach((p) => add("第4期", "20210826", p, "学员", "《农产品短视频拍摄》手册", null, { date: "2021-08-26", personTimes: 1, id: p.id }));
  const late = P(36);
  add("第4期", "2021.9.2", late, "学员", "《农产品短视频拍摄》手册", "8月26日到场参训，资料当日不够，9月2日补领", { date: "2021-08-26", personTimes: 1, id: late.id });
  t.push([]);
  full2("合计：发放资料35份（学员本人签收32份、代领1份、讲师及工作人员2份）");
  full2("经办：区电商中心 麦××　　复核：区经科局电商股 何××");
  const shT = sheet("资料领取签收表", t.map((r) => r.concat(Array(W2 - r.length).fill(null))), tm);
  // self-checks
  const learnerRows = t.filter((r) => typeof r[0] === "number" && r[5] === "学员").length;
  const staffRows = t.filter((r) => typeof r[0] === "number" && r[5] !== "学员").length;
  assert(learnerRows === 33 && staffRows === 2 && sn === 35, "l1 sign rows " + learnerRows + "/" + staffRows + "/" + sn);
  assert(tRecords.length === 8 + 7 + 5 + 7, "l1 training records " + tRecords.length);
  assert(tRecords.every((r) => r.id === null || (r.id.length === 18 && r.id === r.id.toUpperCase())), "l1 ids");
  assert(tRecords.some((r) => r.id && r.id.endsWith("X")), "l1 has X id");

  // ---- ③ 说明 ----
  const shN = sheet("说明", [
    ["说明"],
    ["1．本册两张表均为借用表：行政村名单借用区司法局“一村（社区）一法律顾问”名册（节选两个镇），培训台账借用区电商中心的资料领取签收表。"],
    ["2．资料领取签收表以“领取资料”代替签到，学员按期次计人次；期次的培训日期见该表第3行，补领资料的按所参加的期次计。"],
    ["3．本页不是台账。"],
    ["高明区经济和科技促进局电商股　2021年9月"],
  ]);
  writeCase("ledgers", "b85-l1-gaoming.json", {
    description:
      "佛山市高明区经济和科技促进局电商股交的两张“借来的表”加说明页：①区司法局《“一村（社区）一法律顾问”工作名册》（杨和、明城两镇节选）当行政村名单——镇列纵向合并；每镇第一行是“镇公共法律服务工作站”（不是村），每镇末行“小计”（村（社区）列写“村委会10个、社区（居委会）2个”，不是村）；一名律师兼两个村时律师、律所、执业证号、电话四列纵向合并；没有类型列，类型只能看名称（“××村委会”“××村民委员会”为行政村，“××社区居委会”“××居委会”为社区，“富湾社区居委会”备注原是村委会、2019年村改居，现为社区）；无贫困村、快递列（poor、express 为 null）；共25个村（居），其中行政村21个。②区电商中心《电商培训学员资料领取签收表》当培训台账——到场学员每人领一套资料并签收，代替签到表；期次的培训日期只写在第3行（第3期“2021年4月22日—23日”两天班，按结束日2021-04-23），“领取日期”不一定是培训日期：两天班资料分两天发，同一学员两行（23日那行是第二天发U盘，按说明只算1人次），第4期一名学员9月2日补领资料，按所参加的8月26日那期计；讲师、工作人员行（人员类别）不是学员；第2期一行“本人未到，由村干部代领”不是参训；身份证号有小写x（按大写X）、分段带空格（去掉空格）、一人“（未带身份证）”（id 为 null）；表尾合计、经办行不是记录；共27条 sign-in 记录（personTimes 均为1）。③说明页，不是台账。",
    sheets: [shV, shT, shN],
    expect: {
      sheets: {
        "法律顾问名册（借用）": { kind: "villages", records: vRecords },
        "资料领取签收表": { kind: "training", records: tRecords },
        "说明": { kind: null },
      },
    },
  });
})();

// ═════════════════════ l2 阳江市阳东区：研修班住宿安排表 + 消防安全责任书登记 ═════════════════════
(function l2() {
  // ---- ① 住宿安排表 → training ----
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => { rows.push([t]); merges.push("A" + rows.length + ":H" + rows.length); };
  const area = "441723"; // 原阳东县代码，老身份证沿用
  const P = (i, opts) => {
    const id = makeId(opts && opts.area ? opts.area : area, birthAt(i, 6), 200 + i * 41, !!(opts && opts.x));
    return { name: nameAt(i, 6), id, idCell: opts && opts.lower ? id.replace("X", "x") : id };
  };
  const recs = [];
  full("阳东区农村电商带头人研修班学员住宿安排表");
  full("阳东区电子商务公共服务中心　　协议酒店：阳东区东城镇某商务酒店　　说明：研修班集中住宿、封闭培训，酒店前台凭本表办理入住；家在东城镇的学员可以走读，列在每期“走读学员”栏内，同样是参训学员。讲师、工作人员房间单列，不是学员。");
  const block = (title, date, rooms, commuters, summary) => {
    full(title);
    rows.push(["房号", "床位1：姓名", "身份证号码", "所在镇（单位）", "床位2：姓名", "身份证号码", "所在镇（单位）", "备注"]);
    let lodged = 0;
    for (const rm of rooms) {
      const [no, a, townA, b, townB, note, staff] = rm;
      rows.push([no, a ? a.label || a.name : null, a && !staff ? a.idCell : (a ? "—" : null), townA, b ? b.label || b.name : (staff ? "—" : "（空床）"), b && !staff ? b.idCell : "—", townB || "—", note || null]);
      if (!staff) {
        if (a) { recs.push({ date, personTimes: 1, id: a.id }); lodged++; }
        if (b) { recs.push({ date, personTimes: 1, id: b.id }); lodged++; }
      }
    }
    rows.push(["走读学员（不住宿）"]);
    merges.push("A" + rows.length + ":H" + rows.length);
    rows.push(["序号", "姓名", "身份证号码", "所在镇（单位）", null, null, null, "备注"]);
    commuters.forEach((c, k) => {
      rows.push([k + 1, c.name, c.idCell, "东城镇", null, null, null, c.note || null]);
      recs.push({ date, personTimes: 1, id: c.id });
    });
    full(summary(lodged, commuters.length));
    rows.push([]);
  };
  // 第一期
  const a = Array.from({ length: 12 }, (_, k) => P(k + 1));
  a[7] = P(8, { x: true, lower: true });
  const sub = P(13);
  sub.label = sub.name + "（替补" + nameAt(50, 6) + "）";
  const n1 = recs.length;
  block("第一期　2021年3月23日—25日（3天2晚）　3月23日入住，3月25日退房", "2021-03-25", [
    ["8201", a[0], "合山镇", a[1], "合山镇"],
    ["8202", a[2], "大沟镇", a[3], "大沟镇"],
    ["8203", a[4], "新洲镇", null, null, "原定同房学员未报到，空床"],
    ["8205", a[6], "塘坪镇", a[7], "塘坪镇"],
    ["8206", a[8], "雅韶镇", a[9], "那龙镇"],
    ["8207", sub, "北惯镇", a[10], "北惯镇", "原定学员有事，由同村" + sub.name + "替补"],
    ["8208", { name: nameAt(60, 6) + "（讲师）" }, "阳江市电子商务协会", null, null, "讲师房（单人间）", true],
    ["8209", { name: nameAt(61, 6) + "（工作人员）" }, "区商务局", { name: nameAt(62, 6) + "（工作人员）" }, "区商务局", "工作人员房", true],
  ], [P(21), P(22), P(23)], (l, c) => "本期学员：住宿" + l + "人，走读" + c + "人，共" + (l + c) + "人（不含讲师、工作人员）");
  const c1 = recs.length - n1;
  // 第二期（跨截止日）
  const b = Array.from({ length: 8 }, (_, k) => P(k + 31));
  const n2 = recs.length;
  block("第二期　2021年8月30日—9月1日（3天2晚）　8月30日入住，9月1日退房", "2021-09-01", [
    ["8301", b[0], "东平镇", b[1], "东平镇"],
    ["8302", a[2], "大沟镇", b[2], "大沟镇", "大沟镇学员第二次参训"],
    ["8303", b[3], "红丰镇", b[4], "红丰镇"],
    ["8305", b[5], "塘坪镇", null, null, "空床"],
    ["8306", { name: nameAt(63, 6) + "（工作人员）" }, "区电商中心", null, null, "工作人员房", true],
  ], [P(41), P(42)], (l, c) => "本期学员：住宿" + l + "人，走读" + c + "人，共" + (l + c) + "人（不含讲师、工作人员）");
  const c2 = recs.length - n2;
  full("住宿费由区电商中心按协议价统一结算；学员自行退房。　制表：区电商中心 冯××　2021年9月2日");
  const shT = sheet("研修班住宿安排", rows.map((r) => r.concat(Array(W - r.length).fill(null))), merges);
  assert(c1 === 14 && c2 === 9, "l2 per-class counts " + c1 + "/" + c2);
  assert(recs.filter((r) => r.id.endsWith("X")).length >= 1, "l2 X id");

  // ---- ② 消防安全责任书签订登记 → enterprises ----
  const W2 = 10;
  const e = [];
  const em = [];
  const full2 = (t) => { e.push([t]); em.push("A" + e.length + ":J" + e.length); };
  full2("阳东电商产业园入园企业消防安全责任书签订登记表");
  full2("产业园运营中心（东城镇）　　登记人：园区安全员 关××　　说明：企业入驻后签订当年度消防安全责任书，次年1月续签；退园时解除责任书。“入驻日期”以交房（钥匙移交）之日为准，与签订日期不同。");
  e.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "房号", "入驻日期", "责任书签订（2020年度）", "责任书续签（2021年度）", "退园日期（责任书解除）", "备注"]);
  const ENT = [
    // name, type, entered cell, entered iso, sign2020, sign2021, left cell, left iso, note
    ["阳江市阳东区东平渔家电子商务有限公司", "网店销售", "2020.5.8", "2020-05-08", "2020.5.20", "2021.1.12", null, null, null],
    ["广东漠阳优选供应链管理有限公司", "平台类", D("2020-05-18"), "2020-05-18", "2020.5.26", "2021.1.12", null, null, null],
    ["阳江市阳东区合山农产品网销部", "网店销售", "2020年6月", "2020-06", "2020.6.30", "2021.1.15", null, null, "交房日不详，只记到月"],
    ["阳江市东城快递服务有限公司", "快递物流", "20200715", "2020-07-15", "2020.7.21", "2021.1.12", null, null, null],
    ["阳江市阳东区云帆电商代运营工作室", "代运营服务", "2020/8/3", "2020-08-03", "2020.8.10", "—", "2020.12.25", "2020-12-25", "已退园，不续签"],
    ["阳江市漠阳江刀剪网络科技有限公司", "网店销售", "2020.8.17", "2020-08-17", "2020.8.24", "2021.1.12", null, null, null],
    ["阳江市阳东区红丰荔枝专业合作社网店", "农产品网店（合作社）", "2020.9.1", "2020-09-01", "2020.9.8", "2021.1.18", null, null, null],
    ["阳江市乐享直播传媒有限公司", "直播电商", D("2020-10-12"), "2020-10-12", "2020.10.19", "2021.1.12", "2021.7.31", "2021-07-31", "搬至江城区"],
    ["阳江市阳东区那龙山货电子商务商行", "网店销售", "2020.11.6", "2020-11-06", "2020.11.13", "2021.1.12", null, null, null],
    ["广东粤西冷链物流有限公司阳东分公司", "快递物流", "2020.12.1", "2020-12-01", "2020.12.7", "2021.1.12", null, null, null],
    ["阳江市东城电商服务中心有限公司", "代运营服务", "2021.2.26", "2021-02-26", "—", "2021.3.2", null, null, "2021年入驻，直接签2021年度"],
    ["阳江市阳东区新洲海味网店", "网店销售", "2021年4月12日", "2021-04-12", "—", "2021.4.19", "2021年9月", "2021-09", "9月退园，具体日期待补"],
    ["阳江市雅韶茶业电子商务有限公司", "农产品加工及网销", "2021.5.20", "2021-05-20", "—", "2021.5.27", null, null, null],
    ["阳江市阳东区塘坪农品汇电子商务有限公司", "平台类", "2021.7.5", "2021-07-05", "—", "2021.7.12", null, null, null],
    ["阳江市北惯镇鲜果直供网店", "网店销售", "2021.9.3", "2021-09-03", "—", "2021.9.10", null, null, "9月新入驻"],
  ];
  const eRecs = [];
  ENT.forEach((x, i) => {
    const [name, type, ec, eiso, s20, s21, lc, liso, note] = x;
    e.push([i + 1, name, creditCode(/(网店|商行|网销部|工作室)$/.test(name) ? "92" : "91", "441704", i + 11), type, "A" + String(101 + i * 2), ec, s20, s21, lc || "—", note]);
    eRecs.push({ name, type, entered: eiso, left: liso || null });
  });
  const left = ENT.filter((x) => x[7]).length;
  e.push([null, "合计", null, null, null, null, null, null, null, "登记企业" + ENT.length + "家，其中已退园" + left + "家"]);
  e.push([]);
  full2("注：“—”表示不适用（2021年入驻的企业无2020年度责任书；已退园企业不续签；未退园的退园日期栏为“—”）。");
  const shE = sheet("消防安全责任书登记", e.map((r) => r.concat(Array(W2 - r.length).fill(null))), em);
  // self-check: in park at cut-off (for the description)
  const inPark = eRecs.filter((r) => onOrBefore(r.entered, ASOF) && !(r.left && r.left < ASOF.slice(0, r.left.length) )).length;
  assert(inPark === 12, "l2 in park at cut-off " + inPark);
  assert(new Set(e.slice(3, 3 + ENT.length).map((r) => r[2])).size === ENT.length, "l2 credit codes distinct");

  const shN = sheet("说明", [
    ["说明"],
    ["1．没有逐人签到表的研修班，以酒店住宿安排表作参训凭证（走读学员另列）；研修班培训日期见各期标题行，按结束日计。"],
    ["2．没有单独的入驻企业台账，以园区消防安全责任书签订登记表代替；入驻、退园时间以“入驻日期”“退园日期”两栏为准，签订、续签日期不是入驻日期。"],
    ["3．本页不是台账。"],
  ]);
  writeCase("ledgers", "b85-l2-yangdong.json", {
    description:
      "阳江市阳东区商务局电商股交的两张“代用台账”加说明页：①区电商中心《农村电商带头人研修班学员住宿安排表》当培训台账——两期上下分块（块标题整行合并写期次、起止日期和入住／退房日：第一期“2021年3月23日—25日”、第二期“2021年8月30日—9月1日”，均按结束日，第二期在截止日之后但仍是记录，date 为 2021-09-01），块内表头 房号|床位1：姓名|身份证号码|所在镇|床位2：姓名|身份证号码|所在镇|备注，一行一间房、最多两名学员，按行从左到右读；“（空床）”不是人；讲师房、工作人员房（姓名后注“（讲师）”“（工作人员）”，身份证栏“—”）不是学员；“××（替补××）”是实际入住的替补学员，身份证号是本人的；每块下面另有“走读学员（不住宿）”小表（序号|姓名|身份证号码|所在镇），走读的也是参训学员；块尾“本期学员：住宿n人，走读m人”是小计不是记录；一个身份证号末位小写x（按大写X）；第一期14人、第二期9人，共23条 sign-in 记录（大沟镇一名学员两期都参加，各算一条）。②产业园运营中心《入园企业消防安全责任书签订登记表》当入驻企业清单——一企一行，列为 入驻日期|责任书签订（2020年度）|责任书续签（2021年度）|退园日期（责任书解除），入驻、退园只看“入驻日期”“退园日期”两栏（表头说明写明入驻以交房日为准、与签订日期不同），签订、续签日期都不是入驻日期；日期写法混杂（2020.5.8、真日期、“2020年6月”只到月、20200715、2020/8/3、“2021年4月12日”），退园栏“—”为未退园（left 为 null），“2021年9月”只到月；企业类型用园区自己的叫法（网店销售、平台类、代运营服务、快递物流、直播电商、农产品网店（合作社）、农产品加工及网销），照写；合计行不是企业；共15家（截止日在园12家：云帆2020.12.25、乐享2021.7.31已退园，北惯镇鲜果9月才入驻；新洲海味9月退园仍在园）。③说明页，不是台账。",
    sheets: [shT, shE, shN],
    expect: {
      sheets: {
        "研修班住宿安排": { kind: "training", records: recs },
        "消防安全责任书登记": { kind: "enterprises", records: eRecs },
        "说明": { kind: null },
      },
    },
  });
})();

// ═════════════════════ c1 阳江市江城区：整本工作簿（“期末成绩单”＋附表1—10） ═════════════════════
const C = { sheets: [], derivation: [] };
// ---- 附表1 村（居）委会名单 → villages ----
(function c1Villages() {
  const towns = [
    ["双捷镇", ["塘口", "龙湾", "大岗", "新洲", "那塘", "坑尾", "南湖", "平岗", "山塘", "上洋", "西朗", "边岗"], ["双捷社区"]],
    ["埠场镇", ["海口", "那蓬", "石湾", "沙坪", "桥头", "东湾", "大垌", "良洞", "坡尾", "新围"], ["埠场社区"]],
    ["岗列街道", ["石岗", "对岸", "那西", "程村", "白蒙", "丰岗", "马岗", "岗北"], ["岗列社区", "中心社区"]],
    ["城西街道", ["龙津", "寿长", "木朗", "湖光", "太傅"], ["西平社区", "大塘社区"]],
    ["白沙街道", ["白沙", "麻演", "横山", "石觉", "岗背"], ["马南社区", "东风社区"]],
    ["中洲街道", ["中洲", "漠南", "沙湾", "小港"], ["沿江社区", "新江社区"]],
  ];
  const POOR = new Set(["龙湾", "海口", "石岗"]);
  const NOEXP = "坡尾";
  const rows = [];
  const merges = [];
  rows.push(["附表1　江城区村（居）民委员会名单"]);
  merges.push("A1:F1");
  rows.push(["资料来源：区民政局（2021年6月）；省定贫困村由区乡村振兴局核定（打“√”）；快递进村由区邮政管理部门核实（通“√”，未通“×”）"]);
  merges.push("A2:F2");
  rows.push(["序号", "镇（街道）", "村（居）委会", "省定贫困村", "快递进村", "备注"]);
  const villages = []; // {town, base, admin, poor, express}
  let no = 0;
  for (const [town, vs, cs] of towns) {
    const first = rows.length + 1;
    for (const v of vs) {
      no++;
      const ex = v === NOEXP ? "×" : "√";
      rows.push([no, null, v + "村委会", POOR.has(v) ? "√" : null, ex, v === NOEXP ? "2021年9月3日才开通" : null]);
      villages.push({ town, base: v, admin: true, poor: POOR.has(v), express: v !== NOEXP });
    }
    for (const c of cs) {
      no++;
      rows.push([no, null, c + "居委会", null, "—", "城镇社区"]);
      villages.push({ town, base: c, admin: false, poor: false, express: null });
    }
    rows[first - 1][1] = town;
    merges.push("B" + first + ":B" + rows.length);
  }
  rows.push([null, "合计", "行政村44个、社区居委会10个", "3", null, null]);
  C.villages = villages;
  const admin = villages.filter((v) => v.admin);
  assert(admin.length === 44 && villages.length === 54 && admin.filter((v) => v.poor).length === 3, "c1 village counts");
  C.sheets.push(sheet("附表1 村居名单", rows, merges));
})();

// ---- 附表2 村级电商服务站点清单 → stations ----
(function c1Stations() {
  const uncovered = new Set(["西朗", "边岗", "上洋", "山塘", "良洞", "坡尾", "新围", "马岗", "岗北", "太傅", "岗背", "小港", "沙湾"]);
  const admin = C.villages.filter((v) => v.admin);
  const covered = admin.filter((v) => !uncovered.has(v.base));
  assert(covered.length === 31, "c1 covered list 31");
  // how the village is written in the station list
  const writeAs = { 大岗: "大岗村委会", 龙湾: "龙湾村民委员会", 那蓬: "那蓬村民委员会", 石岗: "石岗村民委员会", 寿长: "寿长村委会", 横山: "横山村民委员会" };
  // opened-date cells, cycling formats; iso kept for the self-check
  const dates = [
    ["2020.9.8", "2020-09-08"], [excelSerial("2020-09-21"), "2020-09-21"], ["20.10.8", "2020-10-08"], [D("2020-10-16"), "2020-10-16"],
    ["2020年10月27日", "2020-10-27"], ["2020/11/5", "2020-11-05"], ["2020.11.12", "2020-11-12"], ["20201120", "2020-11-20"],
    ["2020年11月", "2020-11"], [D("2020-12-03"), "2020-12-03"], ["2020.12.15", "2020-12-15"], ["20.12.22", "2020-12-22"],
    ["2021/1/12", "2021-01-12"], ["2021.1.19", "2021-01-19"], [excelSerial("2021-03-04"), "2021-03-04"], ["2021年3月16日", "2021-03-16"],
    ["2021.3.25", "2021-03-25"], ["2021.4.8", "2021-04-08"], [D("2021-04-20"), "2021-04-20"], ["21.5.6", "2021-05-06"],
    ["2021.5.18", "2021-05-18"], ["2021年6月", "2021-06"], ["2021.6.10", "2021-06-10"], ["20210624", "2021-06-24"],
    ["2021.7.2", "2021-07-02"], ["2021/7/15", "2021-07-15"], [D("2021-07-28"), "2021-07-28"], ["2021.8.5", "2021-08-05"],
    ["2021年8月12日", "2021-08-12"], ["2021.8.19", "2021-08-19"], ["2021.8.30", "2021-08-30"],
  ];
  const staff = (i) => nameAt(i + 70, 8);
  const phone = (i) => "1" + ["35", "36", "37", "38", "39", "50", "58", "82"][(i * 3) % 8] + String((i * 48271 + 2718281) % 100000000).padStart(8, "0");
  const list = []; // [name, town, villageCell, openedCell, openedIso, note, countsAsVillage(base|null)]
  covered.forEach((v, i) => {
    const vc = writeAs[v.base] || v.base + "村";
    list.push([v.base + "村电商服务站", v.town, vc, dates[i][0], dates[i][1], null, v.base]);
  });
  // extras, inserted at realistic places
  const ins = (at, item) => list.splice(at, 0, item);
  ins(25, ["龙津村电商服务站（二站）", "城西街道", "龙津村", "2021.5.28", "2021-05-28", "龙津村第二个站点（墟镇）", "龙津"]);
  ins(29, ["西平社区电商服务站", "城西街道", "西平社区", "2021.6.3", "2021-06-03", "社区站点", null]);
  list.push(["上洋村电商服务站", "双捷镇", "上洋村", "2021.9.8", "2021-09-08", "9月新挂牌", "上洋"]);
  list.push(["江城电商产业园村级服务示范站", "中洲街道", "江城电商产业园", "2020.12.18", "2020-12-18", "设在产业园内，作示范展示", null]);
  const rows = [];
  const merges = [];
  rows.push(["附表2　江城区村级电子商务服务站点清单"]);
  merges.push("A1:H1");
  rows.push(["填报单位：江城区商务局　　更新日期：2021年9月10日"]);
  merges.push("A2:H2");
  rows.push(["序号", "站点名称", "镇（街道）", "所在村（居）", "负责人", "联系电话", "挂牌时间", "备注"]);
  list.forEach((s, i) => rows.push([i + 1, s[0], s[1], s[2], staff(i), phone(i), s[3], s[5]]));
  rows.push([]);
  rows.push(["注：挂牌时间以镇（街道）报送为准；个别镇报送时只写到月。"]);
  merges.push("A" + rows.length + ":H" + rows.length);
  C.stations = list;
  C.sheets.push(sheet("附表2 站点清单", rows, merges));
  // coverage as the rules say
  const adminSet = new Map(C.villages.filter((v) => v.admin).map((v) => [v.base, v]));
  const cov = new Set();
  for (const s of list) if (s[6] && adminSet.has(s[6]) && onOrBefore(s[4], ASOF)) cov.add(s[6]);
  C.coveredCount = cov.size;
  C.coveredPoor = [...cov].filter((b) => adminSet.get(b).poor).length;
  assert(C.coveredCount === 31 && C.coveredPoor === 3, "c1 coverage " + C.coveredCount + "/" + C.coveredPoor);
  assert(31 * 100 >= 44 * 70 && 30 * 100 < 44 * 70, "c1 coverage on the 70% edge");
  C.stationRows = list.length;
})();

// ---- 附表4 贫困人口名单、附表3-2 贫困户专场签到、附表3-1 普及培训 ----
(function c1Training() {
  const area = "441702";
  const villagesPoor = ["龙湾村", "海口村", "石岗村"];
  const person = (i, opts) => {
    const id = makeId(area, birthAt(i, 11), 300 + i * 29, !!(opts && opts.x));
    return { i, name: nameAt(i, 11), id };
  };
  // 30 persons: E1..E20 eligible, M1..M5 migrant, N1..N5 no labour
  const E = Array.from({ length: 20 }, (_, k) => person(k + 1, { x: k === 13 })); // E14 (index 13) ends with X
  const M = Array.from({ length: 5 }, (_, k) => person(k + 31));
  const N = Array.from({ length: 5 }, (_, k) => person(k + 41));
  assert(E[13].id.endsWith("X"), "c1 E14 has X");
  // 附表4 rows, grouped loosely by household (order mixes the groups)
  const order = [E[0], E[1], M[0], N[0], E[2], E[3], E[4], M[1], E[5], N[1], E[6], E[7], E[8], M[2], E[9], E[10], N[2], E[11], E[12], E[13], M[3], N[3], E[14], E[15], E[16], M[4], E[17], N[4], E[18], E[19]];
  assert(order.length === 30 && new Set(order.map((p) => p.id)).size === 30, "c1 poor list distinct");
  const labourWord = ["有劳动能力", "有劳动能力（技能）", "有劳动能力"];
  const rows = [];
  const merges = [];
  rows.push(["附表4　江城区建档立卡贫困人口劳动力情况名单"]);
  merges.push("A1:H1");
  rows.push(["资料来源：区乡村振兴局（2021年6月核定）"]);
  merges.push("A2:H2");
  rows.push(["序号", "镇（街道）", "村", "姓名", "身份证号码", "劳动能力", "是否外出务工", "备注"]);
  order.forEach((p, k) => {
    const isE = E.includes(p), isM = M.includes(p);
    const lab = isE || isM ? labourWord[k % 3] : (k % 2 ? "丧失劳动能力" : "无劳动能力");
    const mig = isE ? "否" : isM ? "是（" + ["广州", "深圳", "佛山", "东莞", "中山"][M.indexOf(p)] + "）" : "—";
    const v = villagesPoor[k % 3];
    rows.push([k + 1, v === "龙湾村" ? "双捷镇" : v === "海口村" ? "埠场镇" : "岗列街道", v, p.name, p.id, lab, mig, null]);
  });
  C.sheets.push(null); // placeholder order: training sheets go before this one
  C.poorSheet = sheet("附表4 贫困人口名单", rows, merges);

  // 附表3-2 签到
  const X = [person(61), person(62), person(63)]; // not on the list (边缘户等)
  const s1 = [E[0], E[1], E[2], M[0], E[3], E[4], E[5], E[6], X[0], E[7], E[8], M[1], E[9], E[10]]; // 2020-12-15
  const s2 = [E[11], E[12], E[0], E[13], E[4], M[0], X[1], N[0]]; // 2021-05-20
  const s3 = [E[14], E[15], E[1], X[2]]; // 2021-09-09
  const sg = [];
  const sm = [];
  sg.push(["附表3-2　江城区建档立卡贫困户电商专场培训签到表"]);
  sm.push("A1:G1");
  sg.push(["序号", "培训日期", "姓名", "身份证号码", "所在村", "签名", "备注"]);
  const vOf = (p) => {
    const k = order.indexOf(p);
    return k >= 0 ? villagesPoor[k % 3] : "对岸村";
  };
  let n = 0;
  const session = (date, ps) => {
    ps.forEach((p, k) => {
      n++;
      let idc = p.id;
      if (p === E[13]) idc = p.id.replace("X", "x");
      sg.push([n, k === 0 ? date : null, p.name, idc, vOf(p), p.name, X.includes(p) ? "边缘易致贫户（不在建档立卡名单）" : null]);
    });
  };
  session("2020年12月15日", s1);
  session("2021.5.20", s2);
  session("2021年9月9日", s3);
  C.signinSheet = sheet("附表3-2 贫困户专场签到", sg, sm);
  C.signinRows = { before: s1.length + s2.length, after: s3.length };
  // trained eligible persons ≤ cut-off
  const eligible = new Set(E.map((p) => p.id));
  const trained = new Set([...s1, ...s2].filter((p) => eligible.has(p.id)).map((p) => p.id));
  C.eligible = eligible.size;
  C.trained = trained.size;
  assert(C.eligible === 20 && C.trained === 14, "c1 poor training " + C.trained + "/" + C.eligible);
  assert(C.trained * 100 >= C.eligible * 70, "c1 poor rate ≥ 70%");
  assert(!new Set([...s1, ...s2].map((p) => p.id)).has(E[14].id), "E15 only trained in Sept");
  C.poorNames = { E14: E[13].name, E15: E[14].name, E16: E[15].name, M1: M[0].name, M2: M[1].name, N1: N[0].name };

  // 附表3-1 普及培训（按期次）
  const S = [
    ["第1期", "2020.9.24", "农村电商基础知识普及（双捷镇）", "双捷镇政府会议室", 368, null],
    ["第2期", "2020.10.22", "网店开设实操（埠场镇）", "埠场镇文化站", 402, null],
    ["第3期", "2020年11月19日", "农产品拍摄与美工", "区电商公共服务中心", 438, null],
    ["第4期", "2020.12.10", "农村电商普及（岗列街道）", "岗列街道办会议室", 335, null],
    ["第5期", D("2021-01-14"), "短视频营销", "区电商公共服务中心", 404, null],
    ["第6期", "21.3.11", "直播带货入门", "区电商公共服务中心", 452, null],
    ["第7期", "2021.3.25", "农村电商普及（白沙街道）", "白沙街道办会议室", "３２０", null],
    ["第8期", "2021/4/22", "阳江刀剪网络营销", "区电商公共服务中心", 436, null],
    ["第9期", "2021.5.13", "电商物流与快递寄递", "中洲街道办会议室", "286人次", null],
    ["第10期", "2021.6.17", "“6·18”直播实训", "区电商公共服务中心", null, null], // balanced below
    ["第11期", "2021.7.15", "农村电商普及（城西街道）", "城西街道办会议室", 421, null],
    ["第12期", "2021年8月", "农产品品牌与包装", "区电商公共服务中心", 346, "具体日期待核"],
    ["第13期", "2021.8.30-31", "电商带头人提升班（两天）", "区电商公共服务中心", 320, "两天班"],
    ["第14期", "2021.8.31—9.2", "电商带头人研修班（三天）", "区电商公共服务中心", 268, "三天班，9月2日结业"],
  ];
  const num = (x) => (typeof x === "number" ? x : Number(String(x).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/人次/, "")));
  const before = S.filter((s, k) => k !== 9 && k !== 13).reduce((a, s) => a + num(s[4]), 0);
  const target = 5000 - C.signinRows.before;
  S[9][4] = target - before;
  assert(S[9][4] >= 350 && S[9][4] <= 500, "c1 session 10 plausible " + S[9][4]);
  const sessBefore = S.filter((s, k) => k !== 13).reduce((a, s) => a + num(s[4]), 0);
  C.sessBefore = sessBefore;
  C.sess14 = num(S[13][4]);
  C.sess13 = num(S[12][4]);
  C.sess12 = num(S[11][4]);
  C.personTimes = sessBefore + C.signinRows.before;
  assert(C.personTimes === 5000, "c1 person-times exactly 5000");
  const tr = [];
  const tm = [];
  tr.push(["附表3-1　江城区电商普及培训开展情况（按期次）"]);
  tm.push("A1:G1");
  tr.push(["注：贫困户专场培训人次见附表3-2签到表，本表不含。"]);
  tm.push("A2:G2");
  tr.push(["期次", "培训时间", "培训主题", "培训地点", "培训对象", "参训人次", "备注"]);
  S.forEach((s) => tr.push([s[0], s[1], s[2], s[3], "农户、合作社成员、返乡青年", s[4], s[5]]));
  const all = S.reduce((a, s) => a + num(s[4]), 0);
  tr.push(["合计", null, null, null, null, all, "含第14期"]);
  C.sessAll = all;
  C.trainSheet = sheet("附表3-1 普及培训", tr, tm);
  C.session10 = S[9][4];
})();

// ---- 附表5 产业园企业、附表6 资金台账（万元）、附表7 月报、附表8 专栏、附表9 宣传、附表10 经验材料 ----
(function c1Others() {
  // 附表5 产业园入驻企业
  const ENT = [
    ["阳江市江城区漠阳云商电子商务有限公司", "平台型电商企业", "2020.5.12", "2020-05-12", null, null],
    ["阳江市江城区双捷农品汇网络销售有限公司", "销售型企业", "2020.5.12", "2020-05-12", null, null],
    ["阳江市江城区南粤电商运营服务有限公司", "电商运营服务商", D("2020-05-20"), "2020-05-20", null, null],
    ["阳江市江城区顺捷快递有限公司", "物流企业", "2020.6.1", "2020-06-01", null, null],
    ["阳江市海陵岛海味网店（江城店）", "销售型企业", "2020年6月18日", "2020-06-18", null, null],
    ["阳江市江城区刀剪之乡网络科技有限公司", "销售型企业", "2020.7.6", "2020-07-06", null, null],
    ["阳江市江城区埠场农产品专业合作社网店", "销售型企业", "2020.7.20", "2020-07-20", null, null],
    ["阳江市江城区鲜到家直播传媒有限公司", "直播电商", "2020.8.3", "2020-08-03", "2021.6.30", "2021-06-30"],
    ["阳江市江城区邮乐购电子商务服务部", "物流企业", "20200817", "2020-08-17", null, null],
    ["阳江市江城区岗列蚝业网络销售有限公司", "销售型企业", "2020.9.7", "2020-09-07", null, null],
    ["阳江市江城区中洲茶叶电商商行", "销售型企业", D("2020-09-28"), "2020-09-28", null, null],
    ["阳江市江城区乡村优选平台科技有限公司", "平台型电商企业", "2020.10.19", "2020-10-19", null, null],
    ["阳江市江城区云仓供应链管理有限公司", "物流企业", "2020年11月", "2020-11", null, null],
    ["阳江市江城区白沙果蔬网店", "销售型企业", "2020.12.1", "2020-12-01", null, null],
    ["阳江市江城区美工坊设计工作室", "电商运营服务商", "2021.1.11", "2021-01-11", "2021.9.10", "2021-09-10"],
    ["阳江市江城区渔家乐网络科技有限公司", "销售型企业", "2021.3.2", "2021-03-02", null, null],
    ["阳江市江城区好物直播电商有限公司", "直播电商", "2021/4/6", "2021-04-06", null, null],
    ["阳江市江城区农特产品加工厂网店", "农产品加工", "2021.5.10", "2021-05-10", null, null],
    ["阳江市江城区速达冷链物流有限公司", "物流企业", "2021.6.21", "2021-06-21", null, null],
    ["阳江市江城区丰收电商代运营有限公司", "电商运营服务商", "2021.7.19", "2021-07-19", null, null],
    ["阳江市江城区海丝电子商务有限公司", "平台型电商企业", "2021.9.6", "2021-09-06", null, null],
  ];
  const er = [["附表5　江城电商产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  ENT.forEach((x, i) => er.push([i + 1, x[0], creditCode(/(网店|商行|服务部|工作室)/.test(x[0]) ? "92" : "91", "441702", i + 301), x[1], x[2], x[4] || null, x[4] ? "已退园" : null]));
  C.entSheet = sheet("附表5 产业园企业", er, ["A1:G1"]);
  const inPark = ENT.filter((x) => onOrBefore(x[3], ASOF) && !(x[5] && x[5] <= ASOF));
  C.inPark = inPark.length;
  C.entRows = ENT.length;
  const types = new Set(inPark.map((x) => (/平台/.test(x[1]) ? "平台型" : /销售/.test(x[1]) ? "销售型" : /运营/.test(x[1]) ? "运营" : /物流/.test(x[1]) ? "物流" : x[1])));
  C.parkTypes = types.size;
  assert(C.inPark === 19 && C.parkTypes >= 3, "c1 park " + C.inPark + " types " + C.parkTypes);

  // 附表6 资金台账（单位：万元）
  const F = [
    ["2020.6.28", "2020-06-28", "区电商公共服务中心建设（首期）", "阳江市江城区南粤电商运营服务有限公司", 80, "江城商资-01", null],
    ["2020.9.15", "2020-09-15", "村级电商服务站点建设（第一批）", "中国邮政集团有限公司阳江市分公司", 62.5, "江城商资-02", null],
    ["2020.12.30", "2020-12-30", "电商培训服务（第一期）", "阳江市江城区南粤电商运营服务有限公司", 35.6, "江城商资-03", null],
    [D("2021-03-18"), "2021-03-18", "区镇村三级物流体系建设", "阳江市江城区云仓供应链管理有限公司", 70, "江城商资-04", null],
    ["2021.4.20", "2021-04-20", "站点（第一批）验收核减退回", "中国邮政集团有限公司阳江市分公司", -15, "江城商资-05", "承建单位退回，冲减支出"],
    ["2021/5/26", "2021-05-26", "村级电商服务站点建设（第二批）", "中国邮政集团有限公司阳江市分公司", 54, "江城商资-06", null],
    ["2021.7.9", "2021-07-09", "“漠阳江城”品牌推广及网络促销", "阳江市江城区好物直播电商有限公司", "26.20", "江城商资-07", null],
    ["2021年8月", "2021-08", "电商培训服务（第二期）", "阳江市江城区南粤电商运营服务有限公司", 28, "江城商资-08", "财政8月拨付，凭证日期待补"],
    ["2021.8.27", "2021-08-27", "区电商公共服务中心（验收款）", "阳江市江城区南粤电商运营服务有限公司", 10, "江城商资-09", null],
    ["2021.9.14", "2021-09-14", "冷链及溯源系统建设（首付款）", "阳江市江城区速达冷链物流有限公司", 45, "江城商资-10", null],
  ];
  const fr = [["附表6　江城区省级电子商务进农村综合示范专项资金拨付台账"], ["填报单位：江城区财政局、区商务局　　单位：万元　　省级下达资金：500万元"], ["序号", "拨付日期", "项目内容", "收款单位", "拨付金额", "凭证号", "备注"]];
  F.forEach((x, i) => fr.push([i + 1, x[0], x[2], x[3], x[4], x[5], x[6]]));
  const wan = (v) => Math.round(Number(v) * 10000);
  const totalAll = F.reduce((a, x) => a + wan(x[4]), 0);
  fr.push(["合计", null, null, null, totalAll / 10000, null, "含9月拨付"]);
  C.fundSheet = sheet("附表6 资金台账", fr, ["A1:G1", "A2:G2", "A" + fr.length + ":D" + fr.length]);
  const spent = F.filter((x) => onOrBefore(x[1], ASOF)).reduce((a, x) => a + wan(x[4]), 0);
  C.spent = spent;
  C.fundAll = totalAll;
  assert(spent === 3513000, "c1 spent " + spent);
  assert(spent * 100 >= 5000000 * 70 && (spent - 280000) * 100 < 5000000 * 70, "c1 spending on the 70% edge via the month-only row");

  // 附表7 月报报送
  const R = [
    ["2020.8.10", "2020-08-10", "2020年7月份工作月报", "√"],
    ["2020.9.9", "2020-09-09", "2020年8月份工作月报", "√"],
    ["2020年10月12日", "2020-10-12", "2020年9月份工作月报", "√"],
    ["2020.11.10", "2020-11-10", "2020年10月份工作月报", "√"],
    [D("2020-12-08"), "2020-12-08", "2020年11月份工作月报", "×"],
    ["2021.1.11", "2021-01-11", "2020年12月份工作月报及全年工作总结", "√"],
    ["2021.3.9", "2021-03-09", "2021年1—2月份工作月报（春节，按市局通知合并报送）", "√"],
    ["2021.4.8", "2021-04-08", "2021年3月份工作月报", "√"],
    ["2021/5/11", "2021-05-11", "2021年4月份工作月报", "√"],
    ["2021.6.9", "2021-06-09", "2021年5月份工作月报", "√"],
    ["2021年7月8日", "2021-07-08", "2021年6月份工作月报", "√"],
    ["2021.8.10", "2021-08-10", "2021年7月份工作月报", "√"],
    ["2021.9.8", "2021-09-08", "2021年8月份工作月报", "√"],
  ];
  const rr = [["附表7　江城区向阳江市商务局报送电商进农村工作月报登记"], ["序号", "报送时间", "报送内容", "报送方式", "是否含电商扶贫统计"]];
  R.forEach((x, i) => rr.push([i + 1, x[0], x[2], "粤政易", x[3]]));
  C.repSheet = sheet("附表7 月报报送", rr, ["A1:E1"]);
  const months = (list) => {
    const s = new Set();
    for (const d of list) {
      const m = d.slice(0, 7);
      if (m >= "2020-09" && m <= "2021-08") s.add(m);
    }
    return s;
  };
  C.repMonths = months(R.map((x) => x[1])).size;
  assert(C.repMonths === 11 && !months(R.map((x) => x[1])).has("2021-02"), "c1 report months");

  // 附表8 专栏更新
  const U = [
    ["2020.8.26", "2020-08-26", "江城区电子商务进农村综合示范项目基本信息公示"],
    ["2020.9.25", "2020-09-25", "2020年9月项目建设进度"],
    [excelSerial("2020-10-29"), "2020-10-29", "2020年10月项目建设进度"],
    ["20/11/27", "2020-11-27", "2020年11月项目建设进度"],
    [D("2020-12-30"), "2020-12-30", "2020年12月项目建设进度"],
    ["2021.1.28", "2021-01-28", "2021年1月项目建设进度"],
    ["2021年2月", "2021-02", "2021年2月项目建设进度（春节前发布）"],
    ["21.3.30", "2021-03-30", "2021年3月项目建设进度"],
    ["2021.4.29", "2021-04-29", "2021年4月项目建设进度"],
    ["2021/5/28", "2021-05-28", "2021年5月项目建设进度"],
    ["2021.6.29", "2021-06-29", "2021年6月项目建设进度"],
    ["2021年7月30日", "2021-07-30", "2021年7月项目建设进度"],
    ["2021.8.30", "2021-08-30", "2021年8月项目建设进度"],
  ];
  const ur = [["附表8　江城区政府门户网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "链接"]];
  U.forEach((x, i) => ur.push([i + 1, x[0], x[2], "http://www.jiangcheng.gov.cn/zwgk/dsjnc/content/post_" + (52310 + i * 37) + ".html"]));
  C.disSheet = sheet("附表8 专栏更新", ur, ["A1:D1"]);
  C.disMonths = months(U.map((x) => x[1])).size;
  assert(C.disMonths === 12, "c1 disclosure months");

  // 附表9 宣传报道
  const MD = [
    ["2020.10.20", "2020-10-20", "江城区融媒体中心（“江城发布”）", "区级", "网络", "江城首批村级电商服务站挂牌", "否"],
    ["2020年12月8日", "2020-12-08", "阳江日报", "市级", "报纸", "江城：电商服务站开到村民家门口", "否"],
    ["2021.3.26", "2021-03-26", "阳江广播电视台《阳江新闻》", "市级", "电视", "龙湾村：电商＋蚝业助农增收", "是"],
    ["2021.5.20", "2021-05-20", "南方+客户端", "省级", "网络", "阳江江城：“漠阳江城”品牌带农产品上网", "否"],
    ["2021.9.16", "2021-09-16", "CCTV-17农业农村频道《三农群英汇》", "国家级", "电视", "海边渔村的电商路", "是"],
  ];
  const mr = [["附表9　江城区电子商务进农村宣传报道清单"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MD.forEach((x, i) => mr.push([i + 1, x[0], x[2], x[3], x[4], x[5], x[6]]));
  C.mediaSheet = sheet("附表9 宣传报道", mr, ["A1:G1"]);
  C.media = MD;

  // 附表10 经验材料
  const MT = [
    ["2021.9.6", "2021-09-06", "江城区“电商＋渔业”助农增收经验材料", "阳江市商务局"],
    ["2021年9月15日", "2021-09-15", "江城区电子商务进农村综合示范创建工作总结", "阳江市商务局"],
  ];
  const tr = [["附表10　江城区经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送方式"]];
  MT.forEach((x, i) => tr.push([i + 1, x[0], x[2], x[3], "粤政易"]));
  C.matSheet = sheet("附表10 经验材料", tr, ["A1:E1"]);
  C.materialsBefore = MT.filter((x) => onOrBefore(x[1], ASOF)).length;
  assert(C.materialsBefore === 0, "c1 materials");
})();

// ---- 成绩单（事实＋自评）、目录，计分自检，写出 ----
(function c1Write() {
  const rows = [];
  const merges = [];
  const full = (t) => { rows.push([t]); merges.push("A" + rows.length + ":F" + rows.length); };
  full("江城区电子商务进农村综合示范创建“期末成绩单”");
  full("（长图文案·表格版，供区融媒体中心排版；区商务局电商股 2021年9月3日；分数与报省自评一致）");
  rows.push(["学　　生", "阳江市江城区", "学　　年", "2019—2021年（示范创建期）", "考评截止", "2021年8月31日"]);
  rows.push(["班 主 任", "区委副书记、区长 梁××（领导小组组长）", "副班主任", "副区长 陈××（领导小组常务副组长）", "班　　级", "阳江市2019年省级示范县（区）"]);
  rows.push(["科任老师", "区商务局（牵头）、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、中国邮政江城区分公司"]);
  merges.push("B" + rows.length + ":F" + rows.length);
  rows.push([]);
  rows.push(["序号", "科目（评价指标）", "满分", "成绩（自评分）", "等第", "老师评语（完成情况）"]);
  const S = [
    [1, "组织领导", 2, 2, "优", "成立以区长为组长的领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局等7个单位参加，召开领导小组会议6次。", "org.leadership"],
    [2, "方案制定", 2, 2, "优", "《江城区电子商务进农村综合示范工作实施方案》（江城府办〔2019〕45号）正式印发。", "org.plan"],
    [3, "政策支持", 2, 2, "优", "出台《江城区促进农村电子商务发展若干措施》，已兑现两批奖补。", "org.policy"],
    [4, "项目管理", 4, 4, "优", "项目管理制度2分＋工作台账2分：制定项目管理、验收办法并严格执行，建立完整工作台账。", "org.management"],
    [5, "服务体系建设（县级中心和产业园）", 15, 15, "优", "区电商公共服务中心今年2月26日投入运营；设免费培训室，能组织电商基础培训；为江城特色农产品免费展示、销售；免费提供摄影、美工；统一推广“漠阳江城”区域公用品牌，指导品牌建设；提供融资对接、网店代运营等其他增值服务；整合建成江城电商产业园，入驻企业21家，含平台型、销售型、运营服务商、物流企业。", "work.center"],
    [6, "服务体系建设（村级站点）", 10, 10, "优", "全区44个行政村建成站点，覆盖率70%以上；3个省定贫困村全覆盖（另有社区居委会10个，不计）。", "work.coverage"],
    [7, "农村产品上行", 10, 9, "良", "网销调研2分、网络促销活动2分、交易标准与冷链溯源1分；引进专业第三方运营服务商（南粤电商运营服务有限公司）；行政村物流快递覆盖率100%；2020年农村网络零售额同比增长26.8%，农产品网络零售额同比增长31.5%。", "work.upward"],
    [8, "电商人才培训", 20, 20, "优", "常住人口70.26万人（七普，按50万基数），培训人次达常住人口1%；有劳动能力的建档立卡贫困人口（不含外出务工）培训率70%。", "work.training"],
    [9, "信息公开", 4, 4, "优", "区政府网站专栏公示创建方案、项目基本信息、项目建设进度，设监督举报窗口，按月更新。", "info.disclosure"],
    [10, "数据上报", 6, 6, "优", "按月向阳江市商务局报送工作月报，月报附电商扶贫统计，能统计电商扶贫情况。", "info.reporting"],
    [11, "案例总结", 2, 2, "优", "向阳江市商务局报送经验材料2篇。", "promo.cases"],
    [12, "经验推广", 8, 8, "优", "南方+、阳江日报、阳江广播电视台、江城区融媒体中心等报道。", "promo.media"],
    [13, "制度建立", 5, 5, "优", "制定专项资金管理办法并严格落实。", "fund.system"],
    [14, "资金台账", 5, 4, "良", "承建单位建立资金专用台账，个别凭证附件不全。", "fund.ledger"],
    [15, "资金支出", 5, 4, "良", "省级下达资金500万元，支出率70%以上；及时拨付自评4分。", "fund.spending"],
    ["加分①", "贫困人口培训率≥70%", 2, 2, "—", "有劳动能力的建档立卡贫困人口培训率70%。", "bonus.poorTraining"],
    ["加分②", "电商扶贫典型案例电视播报", 2, 2, "—", "江城“电商＋渔业”典型案例获CCTV-17《三农群英汇》播出（国家级）。", "bonus.tvCase"],
  ];
  const claimed = {};
  for (const s of S) {
    rows.push(s.slice(0, 6));
    claimed[s[6]] = s[3];
  }
  rows.push(["操行", "一票否决项", "—", "合格", "—", "未发生安全生产、质量事故或重大经济损失；项目总体进度95%；无弄虚作假。"]);
  const claimedTotal = sumArr(S.map((s) => s[3]));
  rows.push(["总评", "总成绩", "100＋4", claimedTotal, "优", "满分100分，另设加分项最高4分。"]);
  rows.push(["家长意见", "同意报送。请区商务局对照省考评要求查漏补缺，做好迎检准备。（区政府办）"]);
  merges.push("B" + rows.length + ":F" + rows.length);
  rows.push(["假期作业", "9月再办两期电商培训；冷链及溯源项目9月底前完工；做好迎检现场准备。"]);
  merges.push("B" + rows.length + ":F" + rows.length);
  assert(claimedTotal === 101, "c1 claimed total " + claimedTotal);
  const score = sheet("成绩单", rows, merges);

  const toc = sheet("目录", [
    ["江城区电子商务进农村综合示范创建考评资料目录"],
    ["序号", "工作表", "内容"],
    [1, "成绩单", "创建工作“期末成绩单”（自评分及完成情况）"],
    [2, "附表1 村居名单", "村（居）民委员会名单（含省定贫困村、快递进村）"],
    [3, "附表2 站点清单", "村级电子商务服务站点清单"],
    [4, "附表3-1 普及培训", "电商普及培训开展情况（按期次）"],
    [5, "附表3-2 贫困户专场签到", "建档立卡贫困户电商专场培训签到表"],
    [6, "附表4 贫困人口名单", "建档立卡贫困人口劳动力情况名单"],
    [7, "附表5 产业园企业", "江城电商产业园入驻企业清单"],
    [8, "附表6 资金台账", "省级专项资金拨付台账（万元）"],
    [9, "附表7 月报报送", "向阳江市商务局报送月报登记"],
    [10, "附表8 专栏更新", "区政府网站专栏更新记录"],
    [11, "附表9 宣传报道", "媒体宣传报道清单"],
    [12, "附表10 经验材料", "经验材料报送登记"],
  ], ["A1:C1"]);

  // ---- points by the rules, from the generated data ----
  const pts = {};
  pts["org.leadership"] = 2;
  pts["org.plan"] = 2;
  pts["org.policy"] = 2;
  pts["org.management"] = 2 + 2;
  const centerOpened = "2021-02-26";
  const center = [centerOpened <= ASOF ? 2 : 0, centerOpened <= CENTER6 ? 2 : 0, 2, 1, 1, 1, 1, 2, C.inPark >= 20 ? 2 : 0, C.parkTypes >= 3 ? 1 : 0];
  pts["work.center"] = sumArr(center);
  const adminN = Math.min(44, 200);
  const covPts = C.coveredCount * 100 >= adminN * 70 ? 5 : C.coveredCount * 100 >= adminN * 50 ? 2 : 0;
  const poorPts = C.coveredPoor === 3 ? 5 : C.coveredPoor * 100 >= 3 * 80 ? 3 : 0;
  pts["work.coverage"] = covPts + poorPts;
  const expressAll = C.villages.filter((v) => v.admin).every((v) => v.express === true);
  pts["work.upward"] = 2 + 2 + 1 + (expressAll ? 1 : 0) + 1 + (0.315 >= 0.3 ? 2 : 0);
  const base = Math.min(702600, 500000);
  const ptTier = C.personTimes * 100 >= base ? 10 : C.personTimes * 1000 >= base * 8 ? 8 : C.personTimes * 1000 >= base * 6 ? 6 : 0;
  const poorTier = C.trained * 100 >= C.eligible * 50 ? 10 : C.trained * 100 >= C.eligible * 40 ? 8 : C.trained * 100 >= C.eligible * 30 ? 6 : 0;
  pts["work.training"] = ptTier + poorTier;
  pts["info.disclosure"] = 2 + (C.disMonths === 12 ? 2 : C.disMonths > 0 ? 1 : 0);
  pts["info.reporting"] = (C.repMonths === 12 ? 3 : C.repMonths > 0 ? 1 : 0) + 3;
  pts["promo.cases"] = C.materialsBefore > 0 ? 2 : 0;
  const lv = new Set(C.media.filter((m) => onOrBefore(m[1], ASOF)).map((m) => m[3]));
  pts["promo.media"] = ((lv.has("省级") || lv.has("国家级")) ? 4 : 0) + (lv.has("市级") ? 3 : 0) + (lv.has("区级") ? 1 : 0);
  pts["fund.system"] = 5;
  pts["fund.ledger"] = 4;
  pts["fund.spending"] = C.spent * 100 >= 5000000 * 70 ? 4 : -5;
  const scored = sumArr(Object.values(pts));
  const tvNat = C.media.some((m) => onOrBefore(m[1], ASOF) && m[4] === "电视" && m[6] === "是" && m[3] === "国家级");
  const tvProv = C.media.some((m) => onOrBefore(m[1], ASOF) && m[4] === "电视" && m[6] === "是" && m[3] === "省级");
  pts["bonus.poorTraining"] = C.trained * 100 >= C.eligible * 70 ? 2 : 0;
  pts["bonus.tvCase"] = tvNat ? 2 : tvProv ? 1 : 0;
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  pts["veto.incident"] = 0;
  pts["veto.progress"] = 0;
  pts["veto.fraud"] = 0;
  const expectPoints = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4,
    "work.center": 13, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 4, "promo.cases": 0, "promo.media": 8,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  for (const k of Object.keys(expectPoints)) assert(pts[k] === expectPoints[k], "c1 points " + k + " " + pts[k] + " vs " + expectPoints[k]);
  assert(scored === 90 && bonus === 2, "c1 scored " + scored + " bonus " + bonus);
  const total = scored + bonus;
  const scoredIds = Object.keys(expectPoints).filter((k) => !k.startsWith("bonus.") && !k.startsWith("veto."));
  assert(sumArr(scoredIds.map((k) => expectPoints[k])) + bonus === total, "c1 total = sum of points");

  const serialStations = C.stations.filter((s) => typeof s[3] === "number").map((s) => s[2] + "“" + s[3] + "”即" + s[4]);
  const derivation = [
    "asOf: 成绩单第3行“考评截止 2021年8月31日”（与规则默认相同）；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。",
    "org.leadership: 班主任“区委副书记、区长 梁××（领导小组组长）”是主要领导（“副班主任 副区长 陈××”是常务副组长，不是牵头人）；科任老师（成员单位）有区商务局、区财政局、区农业农村局、区乡村振兴局 → 主要领导牵头且四部门齐全 → 2（自评2）",
    "org.plan: 判定项，成绩2（方案正式印发）→ 2（自评2）",
    "org.policy: 判定项，成绩2（若干措施已出台并兑现）→ 2（自评2）",
    "org.management: 评语“项目管理制度2分＋工作台账2分”→ 2+2 = 4（自评4）",
    "work.center: ①评语“中心今年2月26日投入运营”——成绩单写于2021年9月3日、数据截至2021年8月31日，“今年”是2021年 → 2021-02-26 ≤ 截止日 → 2；②2021-02-26 ≤ 2021-02-28，运行满6个月 → 2；③免费培训室，能组织电商基础培训 → 2；④特色农产品免费展示、销售 → 1；⑤免费摄影、美工 → 1；⑥“漠阳江城”区域公用品牌统一推广 → 1；⑦融资对接、网店代运营等其他增值服务 → 1；⑧整合建成江城电商产业园（附表5非空）→ 2；⑨附表5共" + C.entRows + "行：第8行鲜到家直播2021.6.30退园不计，第21行海丝电子商务2021.9.6入驻在截止日后不计，第15行美工坊2021.9.10才退园、截止日仍在园计入 → 在园 " + C.inPark + " 家 < 20 → 0（评语“入驻企业21家”是清单行数）；⑩在园类型 平台型、销售型、电商运营服务商、物流企业、直播电商、农产品加工共" + C.parkTypes + "种 ≥ 3 → 1；合计 2+2+2+1+1+1+1+2+0+1 = 13（自评15）",
    "work.coverage: 附表1 44个行政村（“××村委会”）＋10个社区居委会（不计），基数 min(44,200) = 44；附表2站点" + C.stationRows + "行：龙津村两站只算一次，西平社区站点在社区不计，“江城电商产业园”村级服务示范站的所在村不在名单（警告）不计，上洋村2021.9.8挂牌在截止日后不计；站点表写的大岗村委会、寿长村委会、龙湾村民委员会、那蓬村民委员会、石岗村民委员会、横山村民委员会与名单的“××村委会”、其余写“××村”的也都是同一村；挂牌时间有Excel序列号（" + serialStations.join("，") + "）、两位年份“20.10.8”“20.12.22”“21.5.6”、只到月的“2020年11月”“2021年6月”，都在截止日前 → 覆盖行政村 " + C.coveredCount + " 个，31/44 = 70.45% ≥ 70% → 5（少认一个村就是30/44 = 68.2%，只得2分）；省定贫困村3个（附表1打“√”：龙湾、海口、石岗）都有截止日前挂牌的站点 → 3/3 = 100% → 5；合计 5+5 = 10（自评10）",
    "work.upward: 网销调研 自评2 → 2；网络促销活动 自评2 → 2；专业第三方运营服务商（南粤电商运营服务有限公司）→ 1；快递：附表1有“快递进村”列，坡尾村为“×”（备注2021年9月3日才开通）→ 不是全部行政村覆盖 → 0（成绩单评语“行政村物流快递覆盖率100%”与名单不符，按名单并警告）；交易标准与冷链溯源 自评1 → 1；增速：农村网零同比26.8% < 30%，农产品网零同比31.5% ≥ 30% → 2；合计 2+2+1+0+1+2 = 8（自评9）",
    "work.training: 人次 = 附表3-1 截止日前第1—13期 " + C.sessBefore + "（第7期全角“３２０”、第9期“286人次”照读；第12期只写“2021年8月”、第13期“2021.8.30-31”两天班按结束日8月31日，都在截止日前；第14期“2021.8.31—9.2”三天班按结束日2021-09-02在截止日后不计；合计行" + C.sessAll + "不计；表头注明贫困户专场不在本表）＋ 附表3-2 截止日前签到 " + C.signinRows.before + " 行（2021年9月9日一场" + C.signinRows.after + "行不计）= " + C.personTimes + "；常住人口70.26万人，基数 min(702600,500000) = 500000；5000/500000 = 1.0% ≥ 1%（恰在界上）→ 10（漏掉只写月份的第12期或8月30—31日的第13期都会跌到0.8%—1%，只得8分）；贫困人口：附表4共30人，有劳动能力且不外出务工 " + C.eligible + " 人（外出务工5人、无／丧失劳动能力5人除外）；截止日前两场签到中名单内的有劳动能力非外出务工人员 " + C.trained + " 人（" + C.poorNames.E14 + "签到表身份证末位写小写x，与名单大写X是同一号码；重复签到的只算一次；外出务工的" + C.poorNames.M1 + "、" + C.poorNames.M2 + "，丧失劳动能力的" + C.poorNames.N1 + "，名单外的两名边缘易致贫户不计；9月9日一场的" + C.poorNames.E15 + "、" + C.poorNames.E16 + "不计）→ 14/20 = 70% ≥ 50% → 10；合计 10+10 = 20（自评20）",
    "info.disclosure: 评语写明专栏公示创建方案、项目基本信息、项目建设进度并设监督举报窗口 → 2；附表8 在2020-09…2021-08每个月都有更新（10月是Excel序列号" + excelSerial("2020-10-29") + "即2020-10-29，11月“20/11/27”两位年份，2021年2月只写到月；2020.8.26在窗口外）→ 按月 → 2；合计 4（自评4）",
    "info.reporting: 附表7 窗口内有报送记录的月份 " + C.repMonths + " 个：1—2月份月报按市局通知合并于2021.3.9报送，2021年2月整月没有报送记录（2020.8.10、2021.9.8在窗口外）→ 不是每月 → 不定时 → 1；月报“是否含电商扶贫统计”多为√ → 3；合计 1+3 = 4（自评6）",
    "promo.cases: 附表10 两份经验材料2021.9.6、2021年9月15日才报送阳江市商务局，截止日前没有 → 0（自评2）",
    "promo.media: 截止日前 江城区融媒体中心（区级）→ 1；阳江日报、阳江广播电视台（市级）→ 3；南方+客户端2021.5.20（省级）→ 4；CCTV-17 2021.9.16在截止日后不计（省级已有，不影响）→ 4+3+1 = 8（自评8）",
    "fund.system: 判定项，成绩5 → 5（自评5）",
    "fund.ledger: 判定项，成绩4 → 4（自评4）",
    "fund.spending: 附表6（单位：万元）截止日前9笔 80+62.5+35.6+70−15+54+26.20+28+10 = 351.3万元 = " + C.spent + "元（第8行“2021年8月”只到月、在截止月内计入；4月20日验收核减退回−15万元冲减；2021.9.14的45万元和合计行396.3不计）÷ 下达5,000,000元 = 70.26% ≥ 70% → 取判定的及时拨付 自评4 → 4（漏掉“2021年8月”那笔28万元只有323.3万元、64.66%，会误扣−5）",
    "bonus.poorTraining: 贫困人口培训率 14/20 = 70% ≥ 70%（恰在界上）→ 2（自评2）",
    "bonus.tvCase: 截止日前电视播出的电商扶贫典型案例只有阳江广播电视台《阳江新闻》（市级），不加分；CCTV-17《三农群英汇》（国家级）2021.9.16播出在截止日后不计 → 0（自评2）",
    "veto.incident: 成绩单“操行”行“未发生安全生产、质量事故或重大经济损失” → 0，不否决",
    "veto.progress: 项目总体进度95% ≥ 40% → 0，不否决",
    "veto.fraud: “无弄虚作假” → 0",
    "total: 2+2+2+4+13+10+8+20+4+4+0+8+5+4+4 = 90，加分 2+0 = 2 → 92，未否决。成绩单自评总成绩101分（97＋加分4），差在产业园截止日在园只有19家、坡尾村快递未通、2021年2月月报断档、经验材料9月才报、央视播出在截止日后。",
  ];
  const sheets = [toc, score, C.sheets[0], C.sheets[1], C.trainSheet, C.signinSheet, C.poorSheet, C.entSheet, C.fundSheet, C.repSheet, C.disSheet, C.mediaSheet, C.matSheet];
  assert(sheets.every(Boolean) && sheets.length === 13, "c1 sheets");
  assert(sheets.every((s) => s.rows.length <= 62), "c1 sheet sizes " + sheets.map((s) => s.rows.length).join(","));
  const claimedOut = {};
  for (const k of [...scoredIds, "bonus.poorTraining", "bonus.tvCase"]) claimedOut[k] = claimed[k];
  writeCase("counties", "b85-c1-jiangcheng.json", {
    description:
      "阳江市江城区商务局整本考评工作簿（13个表：目录、成绩单、附表1—附表10，附表3分3-1、3-2），中上（92分，含加分2分，未否决；成绩单自评101分）。事实表不是填报表，而是电商股给区融媒体中心做长图用的《“期末成绩单”》文案（表格版）：表头成对写“学生｜阳江市江城区”“考评截止｜2021年8月31日”“班主任｜区委副书记、区长（领导小组组长）”“副班主任｜副区长（常务副组长）”，“科任老师”一格列成员单位；正文 序号|科目（评价指标）|满分|成绩（自评分）|等第|老师评语，服务体系建设分两科，加分两行，“操行”行写一票否决项，“总评”101分，另有“家长意见（区政府）”“假期作业（下一步）”；事实都在评语句子里，中心运营写成“今年2月26日”（成绩单写于2021年9月3日，即2021-02-26，恰在满6个月界线前两天），判断项分写在“成绩”和评语里（“项目管理制度2分＋工作台账2分”“网销调研2分、网络促销活动2分、交易标准与冷链溯源1分”）。台账难点：村名单写“××村委会”，站点表写“××村”“××村委会”“××村民委员会”，覆盖31/44恰过70%；站点挂牌时间有Excel序列号、两位年份、只到月；站点同村两站、社区站、产业园示范站、9月新站；普及培训按期次记人次，第12期只写“2021年8月”、第13期“2021.8.30-31”两天班（计入）、第14期“2021.8.31—9.2”（不计），人次有全角和“286人次”，加贫困户专场签到恰好5000人次＝1%；贫困户签到一人身份证小写x、重复签到、外出务工者、无劳动能力者和名单外边缘户也签了到，培训率恰好70%（有加分）；产业园企业一家截止日前退出、一家9月退出仍在园、一家9月入驻，在园19家（评语写21家）；资金台账以万元计，含−15万元退回、一笔只写“2021年8月”（计入后恰过70%）和9月一笔；月报2月断档（1—2月合并3月报）；专栏按月更新；经验材料两份都在9月；央视播出在9月、截止日前只有市级电视。",
    sheets,
    expect: {
      asOf: "2021-08-31",
      total,
      bonus,
      vetoed: false,
      points: expectPoints,
      claimed: claimedOut,
    },
    derivation,
  });
})();

// ───────────────────────── summary ─────────────────────────
console.log("written:\n  " + written.join("\n  "));
