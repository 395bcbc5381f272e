"use strict";
// Batch 84 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");
const assert = require("assert");

// ---------------------------------------------------------------- helpers
function colName(n) { // 0-based -> "A"
  let s = ""; n += 1;
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
function colIndex(letters) { let n = 0; for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64); return n - 1; }
function parseRef(ref) { const m = /^([A-Z]+)(\d+)$/.exec(ref); return { c: colIndex(m[1]), r: Number(m[2]) - 1 }; }
function sheet(name, width, rows, merges, extra) {
  const padded = rows.map((r) => {
    assert(r.length <= width, `${name}: row wider than ${width}: ${JSON.stringify(r)}`);
    const out = r.slice(); while (out.length < width) out.push(null); return out;
  });
  const s = { name, rows: padded };
  if (merges && merges.length) s.merges = merges;
  if (extra) Object.assign(s, extra);
  return s;
}
function checkMerges(s) {
  const width = s.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const seen = new Set();
  for (const m of s.merges || []) {
    const [a, b] = m.split(":");
    const p = parseRef(a), q = parseRef(b);
    assert(p.r <= q.r && p.c <= q.c, `${s.name}: bad merge ${m}`);
    assert(q.r < s.rows.length, `${s.name}: merge ${m} below grid (${s.rows.length} rows)`);
    assert(q.c < width, `${s.name}: merge ${m} right of grid (${width} cols)`);
    assert(!(p.r === q.r && p.c === q.c), `${s.name}: single-cell merge ${m}`);
    for (let r = p.r; r <= q.r; r++) for (let c = p.c; c <= q.c; c++) {
      const k = r + ":" + c; assert(!seen.has(k), `${s.name}: overlapping merge at ${m}`); seen.add(k);
      if (!(r === p.r && c === p.c)) {
        const v = s.rows[r][c];
        assert(v === null, `${s.name}: merge ${m} hides non-empty cell ${colName(c)}${r + 1}: ${JSON.stringify(v)}`);
      }
    }
  }
}
function writeCase(folder, file, obj) {
  for (const s of obj.sheets) checkMerges(s);
  const names = obj.sheets.map((s) => s.name);
  assert.strictEqual(new Set(names).size, names.length, "duplicate sheet names in " + file);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
  console.log("wrote", path.join(folder, file));
}
const D = (iso) => ({ date: iso });
function pad2(n) { return String(n).padStart(2, "0"); }
function isoOf(y, m, d) { return `${y}-${pad2(m)}-${pad2(d)}`; }
function splitIso(iso) { const [y, m, d] = iso.split("-").map(Number); return { y, m, d }; }
const WEEK = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
function weekday(iso) { const { y, m, d } = splitIso(iso); return WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]; }
// display an ISO date in one of several clerk styles
function fmt(iso, style) {
  const { y, m, d } = splitIso(iso);
  switch (style) {
    case "dot": return `${y}.${m}.${d}`;
    case "cn": return `${y}年${m}月${d}日`;
    case "slash": return `${y}/${m}/${d}`;
    case "dash": return iso;
    case "num8": return `${y}${pad2(m)}${pad2(d)}`;
    case "date": return D(iso);
    case "md": return `${m}月${d}日`;
    default: throw new Error("style " + style);
  }
}
function toFullWidth(s) { return String(s).replace(/[0-9.]/g, (ch) => ch === "." ? "．" : String.fromCharCode(ch.charCodeAt(0) + 0xFEE0)); }
const ASOF = "2021-08-31";
const WINDOW = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
function le(iso, cut) { return iso.localeCompare(cut.length === 7 ? cut + "-31" : cut) <= 0; }

// 18-digit resident ID with a real ISO 7064 MOD 11-2 check character
function idCheck(body17) {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const C = "10X98765432";
  let s = 0; for (let i = 0; i < 17; i++) s += Number(body17[i]) * W[i];
  return C[s % 11];
}
function makeId(region, birth, seq, wantX) { // seq: 3-digit start; search until X-ness matches
  for (let k = 0; k < 1000; k++) {
    const sq = String((seq + k) % 1000).padStart(3, "0");
    const body = region + birth + sq; const c = idCheck(body);
    if (wantX === undefined || (c === "X") === wantX) return body + c;
  }
  throw new Error("no id");
}
// unified social credit code (GB 32100-2015) check character
function uscc(body17) {
  const A = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let s = 0; for (let i = 0; i < 17; i++) s += A.indexOf(body17[i]) * W[i];
  const c = (31 - (s % 31)) % 31; return body17 + A[c];
}
// tally with the character 正 (5 each); remainders 一 丅 下 止
function tally(n) {
  const full = Math.floor(n / 5), rem = n % 5;
  const parts = [];
  for (let i = 0; i < full; i++) parts.push("正");
  if (rem) parts.push(["", "一", "丅", "下", "止"][rem]);
  // the clerk wrote five characters per group, groups separated by a full-width space, 20 per line
  const groups = []; for (let i = 0; i < parts.length; i += 5) groups.push(parts.slice(i, i + 5).join(""));
  const lines = []; for (let i = 0; i < groups.length; i += 4) lines.push(groups.slice(i, i + 4).join("　"));
  return lines.join("\n");
}
function untally(s) {
  let n = 0; for (const ch of s) n += ({ "正": 5, "一": 1, "丅": 2, "下": 3, "止": 4 })[ch] || 0; return n;
}
// parse a Chinese upper-case money amount (人民币大写)
function parseDaxie(s) {
  const DIG = { "零": 0, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9 };
  s = s.replace(/^人民币/, "").replace(/[整正]$/, "");
  const [ip, fp] = s.includes("元") ? s.split("元") : [s, ""];
  let total = 0, section = 0, num = 0;
  for (const ch of ip) {
    if (ch in DIG) { num = DIG[ch]; continue; }
    if (ch === "拾") { section += (num || 1) * 10; num = 0; }
    else if (ch === "佰") { section += num * 100; num = 0; }
    else if (ch === "仟") { section += num * 1000; num = 0; }
    else if (ch === "万") { total += (section + num) * 10000; section = 0; num = 0; }
    else if (ch === "亿") { total = (total + section + num) * 100000000; section = 0; num = 0; }
    else throw new Error("daxie char " + ch + " in " + s);
  }
  total += section + num;
  let frac = 0; num = 0;
  for (const ch of fp || "") {
    if (ch in DIG) { num = DIG[ch]; continue; }
    if (ch === "角") { frac += num * 10; num = 0; } else if (ch === "分") { frac += num; num = 0; }
  }
  return Math.round(total * 100 + frac) / 100;
}
function sum(a) { return a.reduce((x, y) => x + y, 0); }
function yuan(x) { return Math.round(x * 100) / 100; }

// ================================================================ facts f1 汕头市潮阳区
// 腾讯文档在线协作表《考评数据》的“修订记录”导出：一行一次修改，按时间倒序；终稿 = 每个单元格最后一次修改后的内容
(function f1() {
  const LABEL = {
    C3: "县（市、区）", C4: "考评截止日期", C5: "常住人口（万人）", C6: "行政村数（个）", C7: "其中：省定贫困村（个）",
    C8: "领导小组组长", C9: "领导小组成员单位", C10: "示范县工作方案是否正式印发", C11: "是否出台支持农村电商发展的政策",
    C12: "区电商公共服务中心投入运营日期", C13: "中心：免费培训场所、设备，能组织电商基础培训（有/无）",
    C14: "中心：为特色农产品提供免费展示、销售（有/无）", C15: "中心：免费摄影、美工服务（有/无）",
    C16: "中心：组织农产品统一推广、指导品牌建设（有/无）", C17: "中心：其他衍生增值服务（有/无）",
    C18: "是否建设或整合电商产业园", C19: "是否有专业第三方电商运营或服务商", C20: "行政村物流快递覆盖率（%）",
    C21: "2019年农村网络零售额（亿元）", C22: "2020年农村网络零售额（亿元）", C23: "2020年农村网络零售额同比增速（%）",
    C24: "电商培训人次（人次）", C25: "有劳动能力的建档立卡贫困人口（不含外出务工）（人）", C26: "其中：参加电商培训（人）",
    C27: "专栏公示创建方案（是/否）", C28: "专栏公示项目基本信息（是/否）", C29: "专栏公示项目建设进度（是/否）",
    C30: "专栏设征求意见或监督举报窗口（是/否）", C31: "能否统计电商扶贫情况", C32: "省级专项资金下达（万元）",
    C33: "累计拨付（万元）", C34: "是否制定资金管理制度", C35: "承建单位是否建立资金专用台账", C36: "项目总体进度（%）",
    C37: "是否发生安全生产、质量事故或重大损失", C38: "是否存在弄虚作假",
    C40: "方案制定自评分（1-2分）", C41: "政策支持自评分（1-2分）", C42: "项目管理制度自评分（1-2分）",
    C43: "工作台账自评分（1-2分）", C44: "网销调研自评分（1-2分）", C45: "网络促销活动自评分（1-2分）",
    C46: "交易标准与冷链溯源自评分（1-2分）", C47: "资金管理制度自评分（1-5分）", C48: "资金台账自评分（1-5分）",
    C49: "资金及时拨付自评分（1-5分）",
  };
  const ZHENG = "区商务局 郑××", CHEN = "区统计局 陈××", LIN = "区财政局 林××", MA = "区乡村振兴局 马××",
    HUANG = "区电商中心 黄××", YAO = "区商务局 姚××（副局长）", YOU = "潮阳邮政分公司 吴××";
  // chronological edits: [time, who, sheet, cell, op, after]; "before" is derived from the running state
  const E = [];
  const add = (t, who, cell, after, op, sheetName) => E.push({ t, who, sheet: sheetName || "考评数据", cell, op: op || "修改内容", after });
  add("2021-08-20 09:05:11", ZHENG, "C3", "潮阳区");
  add("2021-08-20 09:05:40", ZHENG, "C4", "2021年8月31日");
  add("2021-08-20 09:07:02", ZHENG, "C8", "区委常委、常务副区长");
  add("2021-08-20 09:08:15", ZHENG, "C9", "区商务局、区财政局、区农业农村局、区市场监管局");
  add("2021-08-20 09:09:30", ZHENG, "C10", "是");
  add("2021-08-20 09:09:52", ZHENG, "C11", "否");
  add("2021-08-20 10:31:47", CHEN, "C5", "164.9");
  add("2021-08-20 10:33:05", ZHENG, "C6", "278（含社区）");
  add("2021-08-20 15:12:40", HUANG, "C12", "2020年10月");
  for (const c of ["C13", "C14", "C15", "C16", "C17"]) add("2021-08-20 15:14:" + String(10 + Number(c.slice(1))).padStart(2, "0"), HUANG, c, "有");
  add("2021-08-20 15:16:02", HUANG, "C18", "是");
  add("2021-08-20 15:16:20", HUANG, "C19", "是");
  add("2021-08-20 15:20:33", HUANG, "C24", "4,860");
  add("2021-08-20 16:41:09", ZHENG, "联系人!D5", "13823590176", "修改内容", "联系人");
  add("2021-08-21 09:22:18", YOU, "C20", "98.8");
  add("2021-08-21 11:02:45", LIN, "C32", "500");
  add("2021-08-21 11:03:12", LIN, "C33", "386.52");
  add("2021-08-21 11:04:01", LIN, "C34", "是");
  add("2021-08-21 11:04:20", LIN, "C35", "是");
  add("2021-08-22 10:15:33", ZHENG, "C21", "45.27");                 // 2020年的数填进了2019年那一格
  add("2021-08-22 10:18:06", ZHENG, "C21", "36.85");                 // 发现填错行，改回2019年的数
  add("2021-08-22 10:18:31", ZHENG, "C22", "45.27");
  add("2021-08-22 10:19:02", ZHENG, "C23", "22.85");
  add("2021-08-23 14:40:27", MA, "C7", "6");
  add("2021-08-23 14:41:10", MA, "C9", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局");
  add("2021-08-23 14:43:55", MA, "C25", "1,128");
  add("2021-08-23 14:44:18", MA, "C26", "512");
  add("2021-08-23 16:05:44", ZHENG, "C27", "是");
  add("2021-08-23 16:05:58", ZHENG, "C28", "是");
  add("2021-08-23 16:06:11", ZHENG, "C29", "是");
  add("2021-08-23 16:06:25", ZHENG, "C30", "是");
  add("2021-08-23 16:06:39", ZHENG, "C31", "是");
  add("2021-08-23 16:07:02", ZHENG, "C36", "85");
  add("2021-08-23 16:07:30", ZHENG, "C37", "否");
  add("2021-08-23 16:07:41", ZHENG, "C38", "否");
  const J0 = { C40: "2", C41: "2", C42: "2", C43: "2", C44: "2", C45: "2", C46: "2", C47: "5", C48: "5", C49: "4" };
  let sec = 10; for (const [c, v] of Object.entries(J0)) add(`2021-08-23 16:2${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, "0")}`, ZHENG, c, v), sec += 7;
  add("2021-08-24 16:20:05", CHEN, "C5", "166.48");
  add("2021-08-25 10:02:36", HUANG, "C12", "2020年10月16日");
  add("2021-08-25 11:30:18", ZHENG, "C6", "241");
  add("2021-08-26 09:48:51", ZHENG, "C11", "是（潮府办〔2021〕23号，2021年6月印发）");
  add("2021-08-26 10:12:09", ZHENG, "C3", "汕头市潮阳区");
  add("2021-08-26 17:55:40", YOU, "C20", "100");
  add("2021-08-27 11:26:14", ZHENG, "C5", "196.5");                  // 误把户籍人口填进常住人口
  add("2021-08-27 11:31:52", ZHENG, "C5", "166.48", "恢复版本（2021-08-24 16:20）");
  add("2021-08-28 15:02:27", YAO, "C15", "无（按次收费）");
  add("2021-08-28 15:04:49", YAO, "C30", "否（举报电话未上线）");
  add("2021-08-28 15:08:13", YAO, "C41", "1");
  add("2021-08-28 15:08:40", YAO, "C46", "1");
  add("2021-08-28 15:09:02", YAO, "C48", "4");
  add("2021-08-29 10:40:37", MA, "C26", "586");
  add("2021-08-30 09:12:25", ZHENG, "C8", "区委副书记、区长（2021年8月领导小组调整）");
  add("2021-08-30 09:15:47", HUANG, "C24", "5,236");
  add("2021-08-30 17:20:11", YAO, "C36", "", "清除内容");
  add("2021-08-31 10:03:29", LIN, "C33", "412.08");
  add("2021-08-31 16:48:55", HUANG, "C17", "", "清除内容");
  add("2021-08-31 17:02:13", ZHENG, "联系人!D6", "0754-83****61", "修改内容", "联系人");

  // derive "before" and the final state
  E.sort((a, b) => a.t.localeCompare(b.t));
  const state = {};
  for (const e of E) {
    const key = e.sheet + "!" + e.cell;
    e.before = state[key] === undefined ? "" : state[key];
    state[key] = e.after;
  }
  const fin = {}; for (const [k, v] of Object.entries(state)) if (k.startsWith("考评数据!") && v !== "") fin[k.slice(5)] = v;
  assert.deepStrictEqual(fin, {
    C3: "汕头市潮阳区", C4: "2021年8月31日", C5: "166.48", C6: "241", C7: "6",
    C8: "区委副书记、区长（2021年8月领导小组调整）", C9: "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局",
    C10: "是", C11: "是（潮府办〔2021〕23号，2021年6月印发）", C12: "2020年10月16日",
    C13: "有", C14: "有", C15: "无（按次收费）", C16: "有", C18: "是", C19: "是", C20: "100",
    C21: "36.85", C22: "45.27", C23: "22.85", C24: "5,236", C25: "1,128", C26: "586",
    C27: "是", C28: "是", C29: "是", C30: "否（举报电话未上线）", C31: "是", C32: "500", C33: "412.08",
    C34: "是", C35: "是", C37: "否", C38: "否",
    C40: "2", C41: "1", C42: "2", C43: "2", C44: "2", C45: "2", C46: "1", C47: "5", C48: "4", C49: "4",
  });
  // C17 and C36 were cleared last: the final sheet states nothing there
  assert(!("C17" in fin) && !("C36" in fin));

  const W = 9;
  const rows = [
    ["潮阳区电子商务进农村综合示范创建考评数据（协作填报）— 修订记录"],
    ["文档来源：腾讯文档《潮阳区电商进农村考评数据（协作填报）》　　导出人：区商务局电商股 郑××　　导出时间：2021-09-01 10:12:36　　排序：修改时间（新→旧）"],
    ["电商股说明：本表为在线协作表全部修订记录。各单元格的终稿值为该单元格最后一次修改后的内容（即该单元格在本表中最靠上的一条）；操作为“清除内容”的，终稿该格为空；“恢复版本”为把该格恢复为所选版本的内容。“对应项目（B列）”由电商股按《考评数据》工作表B列补填，计量单位见项目名称。《联系人》工作表的修改与考评数据无关。"],
    ["序号", "修改时间", "修改人", "工作表", "单元格", "对应项目（B列）", "操作", "修改前", "修改后"],
  ];
  const desc = E.slice().reverse();
  desc.forEach((e, i) => {
    const cell = e.cell.includes("!") ? e.cell.split("!")[1] : e.cell;
    const label = e.sheet === "联系人" ? (cell === "D5" ? "（联系人）区统计局联系电话" : "（联系人）区商务局办公室电话") : LABEL[e.cell];
    assert(label, "label for " + e.cell);
    rows.push([i + 1, e.t, e.who, e.sheet, cell, label, e.op, e.before === "" ? null : e.before, e.after === "" ? null : e.after]);
  });
  rows.push([null]);
  rows.push(["共" + E.length + "条修订记录。　　注：修改时间为北京时间；“修改前”为空表示该格原为空白。"]);
  const n = rows.length;
  const merges = ["A1:I1", "A2:I2", "A3:I3", `A${n}:I${n}`];

  const facts = {
    county: "汕头市潮阳区",
    asOf: "2021-08-31",
    residentPopulation: 1664800,
    adminVillagesStated: 241,
    poorVillagesStated: 6,
    planIssued: true,
    policyIssued: true,
    centerOpened: "2020-10-16",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: false,
    centerBrand: true,
    parkBuilt: true,
    thirdPartyOperator: true,
    expressCoverage: true,
    ruralRetail2019: 3685000000,
    ruralRetail2020: 4527000000,
    ruralRetailGrowthStated: 0.2285,
    trainingPersonTimesStated: 5236,
    eligiblePoorPersonsStated: 1128,
    trainedPoorPersonsStated: 586,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: false,
    povertyStatisticsStated: true,
    fundAllocated: 5000000,
    fundSpentStated: 4120800,
    fundSystemIssued: true,
    fundLedgerKept: true,
    vetoIncident: false,
    vetoFraud: false,
  };
  // cross-check numbers against the final strings
  assert.strictEqual(Math.round(parseFloat(fin.C5) * 10000), facts.residentPopulation);
  assert.strictEqual(Math.round(parseFloat(fin.C21) * 1e8), facts.ruralRetail2019);
  assert.strictEqual(Math.round(parseFloat(fin.C22) * 1e8), facts.ruralRetail2020);
  assert.strictEqual(Math.round(parseFloat(fin.C33) * 10000), facts.fundSpentStated);
  assert.strictEqual(Number(fin.C24.replace(/,/g, "")), facts.trainingPersonTimesStated);
  assert(Math.abs(45.27 / 36.85 - 1 - 0.2285) < 0.00005);
  const judged = {
    "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2,
    "work.upward.research": 2, "work.upward.promotion": 2, "work.upward.standards": 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
  };
  const JMAP = { C40: "org.plan", C41: "org.policy", C42: "org.management.system", C43: "org.management.ledger", C44: "work.upward.research", C45: "work.upward.promotion", C46: "work.upward.standards", C47: "fund.system", C48: "fund.ledger", C49: "fund.spending" };
  for (const [c, k] of Object.entries(JMAP)) assert.strictEqual(Number(fin[c]), judged[k]);

  writeCase("facts", "b84-f1-chaoyang.json", {
    description: "汕头市潮阳区商务局电商股交来的不是填好的表，而是腾讯文档在线协作表《潮阳区电商进农村考评数据（协作填报）》的“修订记录”导出：序号|修改时间|修改人|工作表|单元格|对应项目（B列，电商股补填，单位在项目名里）|操作|修改前|修改后，按修改时间倒序，共" + E.length + "条，区统计局、财政局、乡村振兴局、电商中心、邮政和副局长都改过。读法：每个单元格取最后一次（最靠上的）修改后的值——常住人口164.9→166.48→误填户籍196.5→“恢复版本”166.48（万人）；2020年网零先误填进2019年格又改回（2019年36.85亿、2020年45.27亿、增速22.85%）；组长“区委常委、常务副区长”后改“区委副书记、区长（…调整）”，成员单位后补区乡村振兴局→principal-all；政策“否”改“是（…）”；摄影美工“有”改“无（按次收费）”；监督举报窗口“是”改“否（…）”；快递覆盖率98.8改100；培训人次4,860改5,236；参训贫困人口512改586；累计拨付386.52改412.08万元；“其他衍生增值服务”和“项目总体进度”最后一次操作是“清除内容”→终稿为空，不是输入；主观项自评分政策支持、交易标准与冷链溯源、资金台账被副局长下调；《联系人》工作表两条修改无关。",
    sheets: [sheet("修订记录（导出）", W, rows, merges)],
    expect: { facts, judged, leadership: "principal-all" },
  });
})();

// ================================================================ facts f2 惠州市龙门县
// 《农村产品网络销售情况调研报告（节选）》：段落一行一格（合并A:F），中间夹着学术式“三线表”（表题、单位、注、资料来源）
(function f2() {
  const W = 6;
  const rows = []; const merges = [];
  const para = (t) => { rows.push([t]); merges.push(`A${rows.length}:F${rows.length}`); };
  const blank = () => rows.push([null]);
  para("龙门县农村产品网络销售情况调研报告（节选）");
  para("县（市、区）：龙门县　　报告单位：龙门县商务局、龙门县电子商务公共服务中心　　执笔：电商股 廖××　　2021年9月");
  para("（本报告第一稿已于2021年3月报送惠州市商务局，本稿为迎接省考评补充更新稿，删去了第四部分“典型案例”。）");
  blank();
  para("一、基本情况");
  para("龙门县地处惠州市北部，辖1个街道、9个镇和1个民族乡，共有行政村155个（另有社区居委会18个），其中省定贫困村21个。据第七次全国人口普查，全县常住人口33.07万人，户籍人口37.8万人。");
  para("示范创建以来，县委副书记、县长任县电子商务进农村综合示范工作领导小组组长，县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局和邮政龙门分公司为成员单位；《龙门县电子商务进农村综合示范工作实施方案》于2019年12月正式印发。");
  blank();
  para("二、农村网络零售总体情况");
  // 表1
  rows.push(["表1　龙门县农村网络零售额（2016—2020年）", null, null, null, null, "单位：亿元，%"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["年份", "农村网络零售额", "同比增长", "占全县社会消费品零售总额比重", "全省县域平均增速", "备注"]);
  const T1 = [[2016, 1.86, "—", 3.1, 35.4, null], [2017, 2.47, 32.8, 3.8, 30.1, null], [2018, 3.52, 42.5, 4.9, 27.6, null],
    [2019, 4.95, 40.6, 6.3, 25.9, null], [2020, 10.89, 120.0, 13.5, 22.6, "疫情期间线上销售大幅增长"]];
  for (const r of T1) rows.push([String(r[0]) + "年", r[1], r[2], r[3], r[4], r[5]]);
  // check the growth column
  for (let i = 1; i < T1.length; i++) assert(Math.abs((T1[i][1] / T1[i - 1][1] - 1) * 100 - T1[i][2]) < 0.06, "T1 growth " + T1[i][0]);
  para("注：2020年含“龙门年货节”“5·20龙门年桔直播周”等线上促销活动带动的销售额。资料来源：龙门县统计局、商务部电子商务大数据（县域）。");
  para("从表1看，2020年全县农村网络零售额10.89亿元，比上年增长1.2倍，增速为五年来最高，远高于全省县域平均水平（22.6%）。");
  para("分品类看，2020年全县农产品网络零售额2.76亿元，为上年的1.38倍，其中龙门年桔、龙门米饼、龙门大米、蜜柚等特色农产品网络销售额占六成以上。2021年1—6月，全县农村网络零售额6.12亿元，同比增长18.7%。");
  blank();
  para("三、电商公共服务体系");
  para("县电子商务公共服务中心设在龙城街道西林路，于2020年6月投入运营，由第三方专业运营商广东龙电数字科技有限公司负责运营。中心服务功能见表2。");
  rows.push(["表2　县电子商务公共服务中心服务功能"]); merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["服务项目", "是否提供", "是否免费", "2021年1—8月服务量", "服务对象", "备注"]);
  rows.push(["电商基础培训（培训室120座、电脑40台）", "✓", "✓", "31期", "农户、合作社、返乡青年", null]);
  rows.push(["特色农产品展示、销售", "✓", "✓", "展示216款", "本县涉农企业、合作社", null]);
  rows.push(["产品摄影、美工设计", "✓", "✗", "86单", "电商企业、网店", "按成本价收费"]);
  rows.push(["农产品统一推广、品牌建设指导", "✓", "✓", "“龙门有礼”品牌授权23家", "本县涉农企业", null]);
  rows.push(["其他增值服务（代办证照、直播间共享、融资对接）", "✓", "✓", "直播间使用412场次", "电商企业、主播", null]);
  para("注：“是否免费”指对本县电商市场主体和农户是否免费。");
  para("县里依托县城原供销社仓库整合建设了龙门县电子商务产业园，现入驻企业17家。全县155个行政村已全部通快递，行政村物流快递覆盖率100%。");
  blank();
  para("四、电商人才培训");
  rows.push(["表3　电商培训开展情况（2019年12月—2021年8月）", null, null, null, null, "单位：期，万人次"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["培训类别", "期数", "培训人次", "其中：建档立卡贫困人口参训人次", "主要内容", "备注"]);
  const T3 = [["普及培训", 38, 0.52, 0.06, "电商基础、网上开店"], ["增值培训", 12, 0.13, 0.01, "直播带货、视频营销"], ["贫困户专场", 6, 0.04, 0.04, "网上购销、物流寄递"]];
  for (const r of T3) rows.push([r[0], r[1], r[2], r[3], r[4], null]);
  const tot = [sum(T3.map((r) => r[1])), Math.round(sum(T3.map((r) => r[2])) * 100) / 100, Math.round(sum(T3.map((r) => r[3])) * 100) / 100];
  assert.deepStrictEqual(tot, [56, 0.69, 0.11]);
  rows.push(["合计", tot[0], tot[1], tot[2], null, null]);
  para("全县有劳动能力的建档立卡贫困人口（不含外出务工）1,372人，其中参加过电商培训的742人，培训率54.1%。2020年培训人次是2019年的3倍多。");
  assert(Math.abs(742 / 1372 * 100 - 54.1) < 0.05);
  blank();
  para("五、示范创建资金");
  para("省级下达示范创建专项资金5,000千元（500万元），安排及拨付情况见表4。");
  rows.push(["表4　省级专项资金安排及拨付情况（截至2021年8月31日）", null, null, null, null, "单位：千元，%"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["项目", "计划安排", "已拨付", "拨付率", "承建单位", "备注"]);
  const T4 = [["县级公共服务中心建设", 1200, 1200, "广东龙电数字科技有限公司"], ["村级电商服务站点建设", 1500, 1386.5, "邮政龙门分公司"],
    ["县乡村三级物流体系建设", 1000, 820, "龙门县顺捷物流有限公司"], ["电商人才培训", 800, 640, "广东龙电数字科技有限公司"],
    ["品牌培育及营销推广", 500, 268.8, "惠州市龙门有礼文化传播有限公司"]];
  for (const r of T4) rows.push([r[0], r[1], r[2], Math.round(r[2] / r[1] * 1000) / 10, r[3], null]);
  const plan = sum(T4.map((r) => r[1])), paid = Math.round(sum(T4.map((r) => r[2])) * 10) / 10;
  assert.strictEqual(plan, 5000); assert.strictEqual(paid, 4315.3);
  rows.push(["合计", plan, paid, Math.round(paid / plan * 1000) / 10, null, null]);
  blank();
  para("六、存在问题和建议");
  para("一是农产品标准化程度不高，龙门年桔、蜜柚分级包装仍以人工为主；二是冷链仓储不足，鲜果网销损耗率约8%；三是电商人才外流。建议2022年新建村级站点30个、培育网销带头人100名，争取2022年农村网络零售额突破15亿元，为2020年的1.4倍左右。");
  const n = rows.length;

  const facts = {
    county: "龙门县",
    residentPopulation: 330700,
    adminVillagesStated: 155,
    poorVillagesStated: 21,
    planIssued: true,
    centerOpened: "2020-06",
    thirdPartyOperator: true,
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: false,
    centerBrand: true,
    centerOther: true,
    parkBuilt: true,
    expressCoverage: true,
    ruralRetail2019: 495000000,
    ruralRetail2020: 1089000000,
    ruralRetailGrowthStated: 1.2,
    agriRetail2020: 276000000,
    agriRetailGrowthStated: 0.38,
    trainingPersonTimesStated: 6900,
    eligiblePoorPersonsStated: 1372,
    trainedPoorPersonsStated: 742,
    fundAllocated: 5000000,
    fundSpentStated: 4315300,
  };
  assert.strictEqual(Math.round(T1[3][1] * 1e8), facts.ruralRetail2019);
  assert.strictEqual(Math.round(T1[4][1] * 1e8), facts.ruralRetail2020);
  assert.strictEqual(Math.round(tot[1] * 10000), facts.trainingPersonTimesStated);
  assert.strictEqual(Math.round(paid * 1000), facts.fundSpentStated);
  assert.strictEqual(plan * 1000, facts.fundAllocated);
  writeCase("facts", "b84-f2-longmen.json", {
    description: "惠州市龙门县商务局和县电商中心的《农村产品网络销售情况调研报告（节选）》当事实表交：段落一行一格（合并A:F），中间夹四张学术式“三线表”（表题一行、单位写在表题行最右格“单位：亿元，%”“单位：期，万人次”“单位：千元，%”，表下“注：…资料来源：…”）。读法：表1是2016—2020年逐年一行，只取2019、2020两行（4.95亿、10.89亿，2020年同比增长120.0%，段落里写作“比上年增长1.2倍”→增速1.2，不是0.2）；占社零比重、全省县域平均增速22.6%都不是输入；农产品网零只在段落里：“2.76亿元，为上年的1.38倍”→增速0.38（不是1.38），没有2019年农产品金额；2021年1—6月数不是输入；表2摄影美工“是否提供✓、是否免费✗（按成本价收费）”→centerPhoto false，其余四项免费；表3单位万人次，合计0.69万人次→6900（贫困户“参训人次”0.11万不是参训人数），参训贫困人口742人/1,372人在段落里；表4单位千元：下达5,000千元→500万元，已拨付4,315.3千元→4,315,300元；“入驻企业17家”“2022年…为2020年的1.4倍左右”“3倍多”都不是输入；县长任组长、四部门齐全→principal-all；中心只写到“2020年6月”；没有自评分。",
    sheets: [sheet("调研报告（节选）", W, rows, merges)],
    expect: { facts, judged: {}, leadership: "principal-all" },
  });
})();

// ================================================================ facts f3 云浮市罗定市
// 《自评报告数据底稿（套用表）》：B列是报告原句，“（　）”是空位，空1…空4按从左到右依次填；“/”表示该句从报告中删去
(function f3() {
  const W = 7;
  const S = "（　）";
  const rows = [
    ["罗定市电子商务进农村综合示范创建自评报告　数据底稿（套用表）"],
    ["县（市、区）：罗定市　　编制：市商务局电商股 陈××　　版本：第3稿（2021年9月2日）"],
    ["说明：B列为自评报告原句，“（　）”为待填空位，按从左到右的顺序依次对应“空1”“空2”“空3”“空4”；计量单位以原句为准，空位只填数字或文字；空位填“/”的，表示该句从报告中删去（原因见备注）。定稿时由电商股用Word“邮件合并”套入报告。"],
    ["段落", "原句（含空位）", "空1", "空2", "空3", "空4", "备注"],
  ];
  const merges = ["A1:G1", "A2:G2", "A3:G3"];
  const T = []; // [段落, 原句, slots[], 备注]
  const t = (p, s, slots, note) => T.push([p, s, slots || [], note || null]);
  t("一（一）", `考评截止日期为${S}。`, ["2021年8月31日"]);
  t("一（一）", `罗定市位于云浮市西南部，辖${S}个镇（街道），共有行政村${S}个、社区${S}个，其中省定贫困村${S}个。`, [21, 297, 41, 50]);
  t("一（一）", `全市户籍人口${S}万人，常住人口${S}万人（第七次全国人口普查）。`, [128.9, 96.87]);
  t("一（二）", `市委副书记、市长${S}任市电子商务进农村综合示范工作领导小组组长，成员单位包括${S}。`, ["周××", "市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监管局、市交通运输局、邮政罗定市分公司"]);
  t("一（二）", `《罗定市电子商务进农村综合示范工作实施方案》于${S}年${S}月正式印发。`, [2019, 11]);
  t("一（二）", `市政府出台《${S}》，从资金、场地、人才等方面支持农村电商发展。`, ["/"], "扶持政策文件尚在征求意见，未出台，本句删去");
  t("二（一）", `市电子商务公共服务中心于${S}投入运营，设有免费培训室${S}个、电脑${S}台，可组织电商基础培训。`, ["2020年9月28日", 2, 60]);
  t("二（一）", `中心为特色农产品提供免费展示、销售服务，展示罗定稻米、罗定肉桂、皱纱鱼腐等农特产品${S}款。`, [186]);
  t("二（一）", `中心为电商市场主体提供${S}摄影、美工服务。`, ["免费"], "原拟写“优惠”，经核实为免费");
  t("二（一）", "中心组织农产品统一推广，指导“罗定稻米”“罗定肉桂”等区域品牌建设。", []);
  t("二（一）", "中心提供代办证照、直播间共享、金融对接等其他衍生增值服务。", []);
  t("二（一）", `整合原罗定糖厂厂房建成市电商产业园，已入驻企业${S}家，涵盖平台型、销售型、运营服务商、物流企业等${S}种类型。`, [23, 4]);
  t("二（一）", `引进${S}作为第三方专业运营服务商，负责中心和产业园运营。`, ["广东罗商优选供应链管理有限公司"]);
  t("二（二）", `全市行政村物流快递覆盖率达${S}%。`, [96.6], "泗纶镇、罗平镇部分山区村未通");
  t("二（二）", `2020年全市农村网络零售额${S}亿元，同比增长${S}%；农产品网络零售额${S}亿元，同比增长${S}%。`, [31.52, 18.6, 8.74, 33.2]);
  t("二（二）", `2019年全市农村网络零售额、农产品网络零售额分别为${S}亿元和${S}亿元。`, [26.58, 6.56]);
  t("（备用）", `2021年1—8月全市农村网络零售额${S}亿元。`, [24.3], "备用句，视篇幅取舍");
  t("二（三）", `截至考评截止日，累计开展电商培训${S}期、${S}人次，其中普及性培训${S}人次。`, [96, "5,380", "4,120"]);
  t("二（三）", `全市有劳动能力的建档立卡贫困人口（不含外出务工）${S}人，参加电商培训${S}人，培训率${S}%。`, ["2,846", "1,327", 46.6]);
  t("三", `市政府门户网站开设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息和项目建设进度，并设${S}窗口。`, ["监督举报"]);
  t("三", "每月向云浮市商务局报送工作进展，并按季度统计电商扶贫情况。", []);
  t("四", `省级下达专项资金${S}万元，截至考评截止日累计拨付${S}万元，拨付率${S}%。`, [500, 376.5, 75.3]);
  t("四", "制定《罗定市省级电子商务进农村综合示范专项资金管理办法》，各承建单位均建立资金专用台账。", []);
  t("四", `项目总体进度${S}%。`, [88]);
  t("四", `创建期间${S}安全生产、质量事故或重大损失，${S}弄虚作假行为。`, ["未发生", "无"]);
  t("五", `方案制定自评${S}分。`, [2]);
  t("五", `政策支持自评${S}分。`, ["/"], "未出台政策，不自评");
  t("五", `项目管理：制度建设自评${S}分，工作台账自评${S}分。`, [2, 1]);
  t("五", `农村产品上行：网销调研自评${S}分，网络促销活动自评${S}分，交易标准与冷链溯源自评${S}分。`, [2, 2, 1]);
  t("五", `资金管理：制度建立自评${S}分，资金台账自评${S}分，资金及时拨付自评${S}分。`, [5, 4, 3]);
  for (const [p, s, slots, note] of T) {
    const n = (s.match(/（　）/g) || []).length;
    assert(slots.length === n || (slots.length === 1 && slots[0] === "/"), "slot count: " + s);
    assert(slots.length <= 4);
    const r = [p, s]; for (let i = 0; i < 4; i++) r.push(slots[i] === undefined ? null : slots[i]); r.push(note);
    rows.push(r);
  }
  rows.push([null]);
  rows.push(["复核：市商务局副局长 梁××　　（第2稿的“成员单位”漏了市乡村振兴局，第3稿已补。）"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  // arithmetic cross-checks
  assert(Math.abs((31.52 / 26.58 - 1) * 100 - 18.6) < 0.05);
  assert(Math.abs((8.74 / 6.56 - 1) * 100 - 33.2) < 0.05);
  assert(Math.abs(1327 / 2846 * 100 - 46.6) < 0.05);
  assert(Math.abs(376.5 / 500 * 100 - 75.3) < 0.005);
  const facts = {
    county: "罗定市",
    asOf: "2021-08-31",
    adminVillagesStated: 297,
    poorVillagesStated: 50,
    residentPopulation: 968700,
    planIssued: true,
    policyIssued: false,
    centerOpened: "2020-09-28",
    centerFreeTraining: true,
    centerDisplay: true,
    centerPhoto: true,
    centerBrand: true,
    centerOther: true,
    parkBuilt: true,
    thirdPartyOperator: true,
    expressCoverage: false,
    ruralRetail2019: 2658000000,
    ruralRetail2020: 3152000000,
    ruralRetailGrowthStated: 0.186,
    agriRetail2019: 656000000,
    agriRetail2020: 874000000,
    agriRetailGrowthStated: 0.332,
    trainingPersonTimesStated: 5380,
    eligiblePoorPersonsStated: 2846,
    trainedPoorPersonsStated: 1327,
    disclosurePlan: true,
    disclosureProjects: true,
    disclosureProgress: true,
    disclosureWindow: true,
    povertyStatisticsStated: true,
    fundAllocated: 5000000,
    fundSpentStated: 3765000,
    fundSystemIssued: true,
    fundLedgerKept: true,
    overallProgress: 0.88,
    vetoIncident: false,
    vetoFraud: false,
  };
  const judged = {
    "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1,
    "work.upward.research": 2, "work.upward.promotion": 2, "work.upward.standards": 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 3,
  };
  writeCase("facts", "b84-f3-luoding.json", {
    description: "云浮市罗定市商务局电商股的《自评报告数据底稿（套用表）》：不是“标签|值”，而是 段落|原句（含空位）|空1|空2|空3|空4|备注——B列是自评报告原句，句中“（　）”是空位，按从左到右依次对应空1…空4，单位只在原句里（万人、亿元、万元、%），值格里只有数；定稿时邮件合并套入Word。读法：把每个值放回它的空位再读句子——“户籍人口（　）万人，常住人口（　）万人”→空1=128.9是户籍、空2=96.87万是常住；“分别为（　）亿元和（　）亿元”按顺序对应2019年农村网零26.58亿、农产品网零6.56亿；2020年一句四个空（31.52亿、18.6%、8.74亿、33.2%）；“提供（　）摄影、美工服务”空位是“免费”→centerPhoto true；没有空位的句子（品牌推广、其他增值服务、按季度统计电商扶贫、资金管理办法和专用台账）也是陈述；行政村快递覆盖率96.6%→expressCoverage false；空位填“/”表示该句删去：政策一句删去且备注“尚在征求意见，未出台”→policyIssued false，政策支持自评一句删去→无该判断项；“（备用）”句的2021年1—8月网零不是输入；“未发生”“无”→两项否决均false；市长任组长、四部门齐全→principal-all；主观项自评分在第五部分的句子里（方案2、制度2、台账1、调研2、促销2、标准1、资金制度5、台账4、及时拨付3）。",
    sheets: [sheet("报告数据底稿", W, rows, merges)],
    expect: { facts, judged, leadership: "principal-all" },
  });
})();

// ================================================================ ledgers l1 湛江市遂溪县
(function l1() {
  // ---- sheet 1: front-desk head count with 正-tallies, one row per session
  const W1 = 9;
  const rows = [
    ["遂溪县电子商务公共服务中心培训班到场人数登记表（2020年9月—2021年9月）"],
    ["登记：中心前台 吴××　　说明：学员进场时由前台在“到场计数”栏画“正”字，一个“正”字为5人，不足5人的按笔画计（一＝1人、丅＝2人、下＝3人、止＝4人）；“折合人数”为事后换算，未换算的空白。停课的期次不计数。"],
    ["序号", "培训日期", "星期", "班次", "培训内容", "讲师", "到场计数（画正字）", "折合人数", "备注"],
  ];
  const merges = ["A1:I1", "A2:I2"];
  // [iso, style, 班次, 内容, 讲师, count|null, 折合 display mode, 备注]
  const S = [
    ["2020-09-18", "cn", "第1期", "农村电商基础知识普及", "县电商中心 李××", 43, "n", null],
    ["2020-10-16", "dot", "第2期（上午）", "网店开设与运营", "湛江市电商协会 陈××", 38, null, null],
    ["2020-10-16", "dot", "第3期（下午）", "直播带货入门", "县电商中心 黄××", 27, "ren", "与第2期同日，分上下午两场"],
    ["2020-11-20", "cn", "第4期", "农产品拍摄与美工", "湛江影像工作室 梁××", 52, "n", null],
    ["2020-12-11", "dot", "第5期", "建档立卡贫困户电商专场", "县电商中心 李××", 31, null, "县乡村振兴局组织"],
    ["2021-01-15", "date", "第6期", "乡村电商带头人研修", "广东海洋大学 周××", 24, "fw", null],
    ["2021-03-05", "dot", "第7期", "遂溪火龙果网络营销", "县电商中心 黄××", 61, null, null],
    ["2021-04-09", "slash", "第8期", "短视频运营", "湛江市电商协会 陈××", 47, "ren", null],
    ["2021-05-21", "num8", "第9期", "电商物流与快递寄递", "邮政遂溪分公司 何××", 35, null, null],
    ["2021-06-18", "cn", "第10期", "“6·18”直播带货实训", "县电商中心 黄××", 58, "n", null],
    ["2021-08-05", "cn", "第11期", "农产品品牌与包装设计", "—", null, null, "台风“卢碧”影响停课，改期至8月27日"],
    ["2021-08-27", "dot", "第11期（补）", "农产品品牌与包装设计", "湛江影像工作室 梁××", 40, null, "8月5日停课补上"],
    ["2021-09-10", "cn", "第12期", "电商客服与售后", "县电商中心 李××", 44, "n", null],
  ];
  const records = [];
  S.forEach((s, i) => {
    const [iso, style, ban, nei, jiang, cnt, zh, note] = s;
    let zhe = null;
    if (cnt !== null && zh === "n") zhe = cnt;
    if (cnt !== null && zh === "ren") zhe = cnt + "人";
    if (cnt !== null && zh === "fw") zhe = toFullWidth(cnt);
    rows.push([i + 1, fmt(iso, style), weekday(iso), ban, nei, jiang, cnt === null ? null : tally(cnt), zhe, note]);
    if (cnt !== null) {
      assert.strictEqual(untally(tally(cnt)), cnt);
      records.push({ date: iso, personTimes: cnt });
    }
  });
  const tot2020 = sum(S.filter((s) => s[0] < "2021" && s[5]).map((s) => s[5]));
  const totAll = sum(S.filter((s) => s[5]).map((s) => s[5]));
  rows.push([null, null, null, "合计", null, null, null, totAll + "人", `其中2020年${tot2020}人，2021年${totAll - tot2020}人（含9月）`]);
  rows.push([null]);
  rows.push(["注：2021年2月春节、7月防汛未安排培训。本表只登记到场人数；学员姓名、身份证号见各期签到表。"]);
  merges.push(`A${rows.length}:I${rows.length}`);
  const sheet1 = sheet("到场人数登记", W1, rows, merges);
  assert.strictEqual(records.length, 12);

  // ---- sheet 2: monthly work summaries of the e-commerce desk (only 本月完成 items count)
  const W2 = 5;
  const rows2 = [
    ["遂溪县商务局电商股月度工作小结（摘录）（2020年9月—2021年9月）"],
    ["摘录人：电商股 黄××　　说明：按月摘录股室工作小结中与电商进农村有关的内容；“本月完成”是已办结事项，“下月计划”是安排，尚未办理。"],
    ["月份", "本月完成", "下月计划", "存在问题", "填写人"],
  ];
  const merges2 = ["A1:E1", "A2:E2"];
  const REP = []; // expected records
  const M = [
    ["2020年9月", ["9月8日向湛江市商务局报送8月份电商进农村工作月报（附电商扶贫统计表）", "完成第三批村级站点选址"], ["10月10日前向湛江市商务局报送9月份月报", "组织第2、3期培训"], null, [["2020-09-08", true]]],
    ["2020年10月", ["10月12日向湛江市商务局报送9月份月报（附电商扶贫统计表）", "举办第2、3期培训"], ["11月10日前报送10月份月报"], "国庆假期顺延，月报晚2天", [["2020-10-12", true]]],
    ["2020年11月", ["11月9日向湛江市商务局报送10月份月报", "第三批站点挂牌"], ["12月10日前报送11月份月报（附扶贫统计）"], null, [["2020-11-09", null]]],
    ["2020年12月", ["12月7日向湛江市商务局报送11月份月报，未附电商扶贫统计表（县乡村振兴局数据未到）", "举办贫困户电商专场培训"], ["1月10日前报送12月份月报及全年工作情况"], "扶贫数据需跨部门协调", [["2020-12-07", false]]],
    ["2021年1月", ["1月8日向湛江市商务局报送12月份月报及2020年工作情况（附电商扶贫统计表）"], ["春节后报送1—2月份月报"], null, [["2021-01-08", true]]],
    ["2021年2月", ["春节假期；按湛江市商务局通知，1—2月份月报合并于3月报送，本月未报送"], ["3月10日前报送1—2月份月报"], null, []],
    ["2021年3月", ["3月5日向湛江市商务局报送1—2月份月报（附电商扶贫统计表）", "3月22日向湛江市商务局报送《遂溪县“电商＋火龙果”助农增收经验材料》"], ["4月10日前报送3月份月报"], null, [["2021-03-05", true]]],
    ["2021年4月", ["4月8日向湛江市商务局报送3月份月报（附电商扶贫统计表）"], ["5月10日前报送4月份月报"], null, [["2021-04-08", true]]],
    ["2021年5月", ["5月10日向湛江市商务局报送4月份月报（附电商扶贫统计表）", "5月20日向县政府办报送《电商进农村工作专报》"], ["6月10日前报送5月份月报"], null, [["2021-05-10", true]]],
    ["2021年6月", ["6月7日向湛江市商务局报送5月份月报（附电商扶贫统计表）", "“6·18”直播实训"], ["7月10日前报送6月份月报"], null, [["2021-06-07", true]]],
    ["2021年7月", ["7月7日向湛江市商务局报送6月份月报（附电商扶贫统计表）"], ["8月10日前报送7月份月报"], "防汛值班，培训暂停", [["2021-07-07", true]]],
    ["2021年8月", ["8月6日向湛江市商务局报送7月份月报（附电商扶贫统计表）", "第11期培训因台风停课，8月27日补上"], ["9月10日前报送8月份月报", "迎接省考评"], null, [["2021-08-06", true]]],
    ["2021年9月", ["9月7日向湛江市商务局报送8月份月报（附电商扶贫统计表）", "整理考评台账"], ["10月10日前报送9月份月报"], null, [["2021-09-07", true]]],
  ];
  const num = (arr) => arr.map((x, i) => (arr.length > 1 ? "①②③④"[i] : "") + x).join("\n");
  for (const [mon, done, plan, prob, recs] of M) {
    rows2.push([mon, num(done), num(plan), prob, "黄××"]);
    for (const [d, p] of recs) {
      // the date really is written in the 本月完成 text of its own month
      const { m, d: dd } = splitIso(d); assert(done.join("").includes(`${m}月${dd}日向湛江市商务局报送`), d);
      assert(mon.startsWith(`${splitIso(d).y}年${m}月`));
      REP.push({ date: d, poverty: p });
    }
  }
  rows2.push([null]);
  rows2.push(["注：1—2月份月报按市局通知合并报送。经验材料和向县政府办报送的专报另有登记，不属月报。"]);
  merges2.push(`A${rows2.length}:E${rows2.length}`);
  const sheet2 = sheet("月度工作小结（摘录）", W2, rows2, merges2);
  assert.strictEqual(REP.length, 12);

  const sheet3 = sheet("说明", 1, [
    ["说明"],
    ["1．本册为遂溪县商务局电商股交来的培训、报送两项佐证（第二册）。"],
    ["2．《到场人数登记》为中心前台原始计数，按原样录入，“正”字未改成数字。"],
    ["3．《月度工作小结（摘录）》摘自股室每月工作小结，月报报送以“本月完成”栏为准。"],
    ["4．本页不作为台账。"],
    ["遂溪县商务局电商股　2021年9月"],
  ]);

  writeCase("ledgers", "b84-l1-suixi.json", {
    description: "湛江市遂溪县商务局电商股交的两张“代用台账”加说明页：①县电商中心前台的《培训班到场人数登记表》当培训台账——一期一行（序号|培训日期|星期|班次|培训内容|讲师|到场计数（画正字）|折合人数|备注），人次只用“正”字计数记在格里（“正正正正正　正正正下”，一个“正”5人，表头下说明写明 一＝1、丅＝2、下＝3、止＝4，长的分行），“折合人数”只换算了一部分（43、“27人”、全角“２４”），其余空白要自己数“正”字；同日上下午两场是两条记录；8月5日一期因台风停课、没有计数，不是记录；8月27日补课和9月10日一期照记；日期有“2020年9月18日”、“2020.10.16”、真日期、“2021/4/9”、“20210521”；合计行不是记录；共12条 session 记录（personTimes 为正字折算数）。②《电商股月度工作小结（摘录）》当月报台账——一月一行（月份|本月完成|下月计划|存在问题|填写人），格内编号换行；只有“本月完成”里“×月×日向湛江市商务局报送…月报”的才是记录（年份看“月份”栏），“下月计划”里的“10月10日前报送…”是安排不是记录；2月“本月未报送”无记录；3月的经验材料、5月向县政府办报送的专报不是月报；“附电商扶贫统计表”→poverty true，“未附…”→false，没提→null；共12条。③说明页，不是台账。",
    sheets: [sheet1, sheet2, sheet3],
    expect: {
      sheets: {
        "到场人数登记": { kind: "training", records },
        "月度工作小结（摘录）": { kind: "reports", records: REP },
        "说明": { kind: null },
      },
    },
  });
})();

// ================================================================ ledgers l2 肇庆市封开县
(function l2() {
  // ---- sheet 1: register of payment approval slips (支付审批单); the amount is copied from the slip's 大写 line,
  //      the 小写 column was only filled when the slip had one
  const W1 = 10;
  const rows = [
    ["封开县省级电子商务进农村综合示范专项资金支付审批单登记簿"],
    ["登记：县商务局财务 苏××　　金额单位：元　　说明：按审批单编号登记；金额照抄审批单“金额（大写）”栏，审批单有小写的一并抄录；“支付日期”以国库支付回单为准，审批退回、作废的审批单不支付。"],
    ["序号", "审批单号", "申请日期", "收款单位", "款项内容", "金额（大写）", "金额（小写）", "审批日期", "支付日期", "备注"],
  ];
  const merges = ["A1:J1", "A2:J2"];
  // [no, 申请, 收款, 内容, 大写, 小写显示, 审批, 支付(iso|null), 支付style, 备注, status]
  const P = [
    ["FK-ZJ-2020-01", "2020-06-02", "中国邮政集团有限公司封开县分公司", "村级电商服务站点建设首期款", "人民币叁拾陆万元整", 360000, "2020-06-05", "2020-06-11", "dot", null, "paid"],
    ["FK-ZJ-2020-02", "2020-08-14", "肇庆市封开电子商务运营有限公司", "县电商公共服务中心建设进度款", "人民币壹佰零伍万元整", null, "2020-08-18", "2020-08-24", "cn", null, "paid"],
    ["FK-ZJ-2020-03", "2020-10-09", "肇庆市封开电子商务运营有限公司", "电商培训服务（第一期）", "人民币壹拾贰万捌仟元整", "¥128,000.00", "2020-10-12", "2020-10-20", "dot", null, "paid"],
    ["FK-ZJ-2020-04", "2020-12-01", "封开县通达物流有限公司", "县乡村物流配送体系建设", "人民币陆拾柒万捌仟玖佰元整", null, "2020-12-03", null, null, "审批退回（验收资料不全），未支付", "returned"],
    ["FK-ZJ-2020-05", "2020-12-16", "封开县通达物流有限公司", "县乡村物流配送体系建设（重报，原FK-ZJ-2020-04）", "人民币陆拾柒万捌仟玖佰元整", 678900, "2020-12-18", "2020-12-25", "date", null, "paid"],
    ["FK-ZJ-2021-01", "2021-02-03", "肇庆市封开电子商务运营有限公司", "“封开油栗”“杏花鸡”品牌推广", "人民币捌万伍仟元整", 85000, "2021-02-05", "2021-02-09", "dot", null, "paid"],
    ["FK-ZJ-2021-02", "2021-04-12", "中国邮政集团有限公司封开县分公司", "村级电商服务站点建设（第二批）", "人民币贰拾肆万零伍佰元整", null, "2021-04-15", "2021-04-23", "slash", null, "paid"],
    ["FK-ZJ-2021-03", "2021-06-01", "广东溯源云科技有限公司", "农产品质量溯源系统首付款", "人民币叁拾肆万伍仟元整", null, null, null, null, "作废（大写金额填错，另开FK-ZJ-2021-04）", "void"],
    ["FK-ZJ-2021-04", "2021-06-03", "广东溯源云科技有限公司", "农产品质量溯源系统首付款", "人民币叁拾肆万伍仟陆佰元整", 345600, "2021-06-08", "2021-06-17", "cn", null, "paid"],
    ["FK-ZJ-2021-05", "2021-08-20", "肇庆市封开电子商务运营有限公司", "电商培训服务（第二期）", "人民币玖万陆仟柒佰捌拾元伍角", "96,780.50", "2021-08-25", "2021-09-02", "dot", "8月25日审批，9月2日国库支付", "paid"],
    ["FK-ZJ-2021-06", "2021-08-26", "中国邮政集团有限公司封开县分公司", "村级站点运营补贴（代发长岗镇等8个镇站点）", "人民币伍万元整", 50000, "2021-08-30", "2021-08-31", "num8", null, "paid"],
  ];
  const records = [];
  P.forEach((p, i) => {
    const [no, sq, payee, what, dx, xx, sp, paid, style, note, st] = p;
    const amt = parseDaxie(dx);
    if (xx !== null) assert.strictEqual(typeof xx === "number" ? xx : Number(String(xx).replace(/[¥,]/g, "")), amt, no);
    rows.push([i + 1, no, fmt(sq, "dot"), payee, what, dx, xx, sp ? fmt(sp, "dot") : null, paid ? fmt(paid, style) : null, note]);
    if (st === "paid") records.push({ date: paid, amount: amt });
  });
  const total = yuan(sum(records.map((r) => r.amount)));
  assert.strictEqual(total, 3034780.5);
  rows.push([null, "合计", null, null, "已支付9笔", "人民币叁佰零叁万肆仟柒佰捌拾元伍角", "3,034,780.50", null, null, "退回1笔、作废1笔不计"]);
  assert.strictEqual(parseDaxie("人民币叁佰零叁万肆仟柒佰捌拾元伍角"), total);
  rows.push([null]);
  rows.push(["经办：苏××　　复核：县商务局副局长 莫××　　（省级下达专项资金500万元，其余款项由县财政局直接支付，另见县财政局台账。）"]);
  merges.push(`A${rows.length}:J${rows.length}`);
  const sheet1 = sheet("支付审批单登记", W1, rows, merges);
  assert.strictEqual(records.length, 9);

  // ---- sheet 2: experience materials sent to 肇庆市商务局, with whether its bulletin used them
  const W2 = 7;
  const rows2 = [
    ["封开县电子商务进农村经验材料报送及刊用情况登记"],
    ["登记：电商股 何××　　报送对象：肇庆市商务局（电子商务科）"],
    ["序号", "材料名称", "报送日期", "报送方式", "刊用情况（《肇庆商务简报》期号、日期）", "字数", "备注"],
  ];
  const merges2 = ["A1:G1", "A2:G2"];
  const MAT = [
    [1, "封开县“电商＋油栗”助农增收经验做法", "2020年12月", "粤政易", "2021年第2期（2021年1月15日）", 2860, null, "2020-12"],
    [2, "封开县村级电商服务站“一站多用”案例", "2021.3.12", "电子邮件", "未刊用", 1940, null, "2021-03-12"],
    [3, "封开县电商扶贫典型案例：杏花鸡直播带货", "2021年8月27日", "粤政易", "2021年第17期（2021年9月10日）", 3120, "市局约稿", "2021-08-27"],
    ["拟", "封开县电子商务进农村综合示范创建工作总结", null, null, null, null, "拟9月下旬报送，未报", null],
    [4, "封开县农产品“三品一标”网销经验", "2021/9/3", "粤政易", "未刊用", 2210, null, "2021-09-03"],
  ];
  const recs2 = [];
  for (const m of MAT) { rows2.push(m.slice(0, 7)); if (m[7]) recs2.push({ date: m[7] }); }
  rows2.push([null]);
  rows2.push(["注：报送日期为发出日期；刊用日期为《肇庆商务简报》印发日期，不是报送日期。"]);
  merges2.push(`A${rows2.length}:G${rows2.length}`);
  const sheet2 = sheet("经验材料报送", W2, rows2, merges2);

  const sheet3 = sheet("填表说明", 1, [
    ["填表说明"],
    ["一、《支付审批单登记》按审批单编号顺序登记，一单一行；审批退回、作废的审批单照登，备注说明。"],
    ["二、金额以审批单大写金额为准，单位元。"],
    ["三、《经验材料报送》登记向肇庆市商务局报送的经验材料，拟报未报的列在表中备查。"],
    ["封开县商务局　2021年9月"],
  ]);

  writeCase("ledgers", "b84-l2-fengkai.json", {
    description: "肇庆市封开县商务局交的两张表加填表说明：①财务的《专项资金支付审批单登记簿》当资金台账——一张审批单一行（序号|审批单号|申请日期|收款单位|款项内容|金额（大写）|金额（小写）|审批日期|支付日期|备注），金额照抄审批单的人民币大写（“人民币壹佰零伍万元整”“贰拾肆万零伍佰元整”“玖万陆仟柒佰捌拾元伍角”），小写栏只抄了一部分（数字、“¥128,000.00”、“96,780.50”，其余空白，要按大写读金额）；一笔拨付的日期是“支付日期”（国库支付回单），不是申请日期或审批日期（FK-ZJ-2021-05 8月25日审批、9月2日才支付，记录日期2021-09-02照记）；审批退回（无支付日期）和作废的审批单不是记录，重报的那张是；合计行不是记录；共9条，合计3,034,780.5元。②《经验材料报送及刊用情况登记》当经验材料台账——记录日期取“报送日期”（“2020年12月”只到月→2020-12），“刊用情况”里的简报日期（2021年9月10日）不是报送日期，“未刊用”的也已报送、照记；序号写“拟”的“拟9月下旬报送，未报”不是记录；9月3日报送的照记；共4条。③填表说明，不是台账。",
    sheets: [sheet1, sheet2, sheet3],
    expect: {
      sheets: {
        "支付审批单登记": { kind: "funds", records },
        "经验材料报送": { kind: "materials", records: recs2 },
        "填表说明": { kind: null },
      },
    },
  });
})();

// ================================================================ county c1 揭阳市揭东区
// deterministic pseudo-random
let SEED = 84084;
function rnd() { SEED = (SEED * 1103515245 + 12345) % 2147483648; return SEED / 2147483648; }
function pick(a) { return a[Math.floor(rnd() * a.length)]; }
function phone() { return "13" + String(Math.floor(rnd() * 1e9)).padStart(9, "0"); }

const JD = {};
(function jiedongData() {
  // ---------------- villages: 5 towns, 46 行政村 + 5 居委会
  const TOWNS = [
    ["玉湖镇", ["坪上", "新寮", "汤前", "浦口", "东明", "远光", "南光", "四新", "玉联", "塔下"], "玉湖社区居委会"],
    ["埔田镇", ["埔田", "长岭", "宝山", "鸿江", "车田", "牌边", "新楼", "顶六", "竹林", "五房"], "埔田社区居委会"],
    ["新亨镇", ["新亨", "仙美", "北良", "英花", "硕和", "仙滘", "白石", "古坑", "后埔"], "新亨居委会"],
    ["锡场镇", ["锡中", "锡西", "华清", "溪头", "潭王", "林头", "大寮", "锡东", "军埔"], "锡场社区居委会"],
    ["玉窖镇", ["桥头", "玉窖", "下底", "凤东", "高田", "庵后", "南溪", "渔湖"], "玉窖居委会"],
  ];
  const POOR = new Set(["坪上", "东明", "宝山", "车田", "英花", "桥头"]);
  const villages = []; // {town, base, name(display), admin, poor, express}
  for (const [town, vs, ju] of TOWNS) {
    for (const v of vs) villages.push({ town, base: v, name: v + "村委会", admin: true, poor: POOR.has(v) ? true : null, express: true });
    villages.push({ town, base: ju.replace(/(社区)?居委会$/, ""), name: ju, admin: false, poor: null, express: null });
  }
  JD.villages = villages; JD.TOWNS = TOWNS; JD.POOR = POOR;

  // ---------------- stations
  const UNCOVERED = new Set(["远光", "四新", "塔下", "牌边", "顶六", "竹林", "古坑", "后埔", "潭王", "高田", "南溪"]);
  const SEPT = { "车田": "2021-09-03", "渔湖": "2021-09-10" };
  const VARIANT = { "汤前": "汤前村民委员会", "英花": "英花村委会", "锡西": "锡西村委会", "凤东": "凤东村民委员会", "坪上": "坪上村委会" };
  const STYLES = ["dot", "date", "cn", "dot", "num8", "slash", "dot", "cn"];
  const SERVICES = ["代购代销、代收代寄", "代购代销、代缴费", "网上代卖、快递收发、代缴费", "代购代销、小额取款"];
  const stations = []; // {name, town, villageDisplay, base (for matching) | null, opened, openedDisplay, note}
  let day = 0;
  // opening dates ≤ cut-off, spread from 2020-09 to 2021-08
  const dates = [];
  for (let k = 0; k < 40; k++) {
    const base = Date.UTC(2020, 8, 8) + Math.floor(k * 8.6) * 86400000 + (k % 3) * 86400000;
    dates.push(new Date(base).toISOString().slice(0, 10));
  }
  for (const [town, vs, ju] of TOWNS) {
    for (const v of vs) {
      if (UNCOVERED.has(v)) continue;
      const opened = SEPT[v] || dates[day++];
      stations.push({ name: v + "村电商服务站", town, village: VARIANT[v] || v + "村", base: v, opened, note: SEPT[v] ? "9月新挂牌" : null });
      if (v === "军埔") stations.push({ name: "军埔电商村淘宝服务中心", town, village: "军埔村", base: v, opened: dates[day++], note: "与军埔村电商服务站同村" });
    }
    if (town === "锡场镇") stations.push({ name: "锡场社区电商服务点", town, village: "锡场社区", base: null, community: true, opened: dates[day++], note: "社区站点" });
    if (town === "新亨镇") stations.push({ name: "揭东电商产业园服务站", town, village: "揭东经济开发区（电商产业园）", base: null, outside: true, opened: dates[day++], note: "设在产业园内" });
  }
  assert(day <= dates.length);
  stations.forEach((s, i) => {
    assert(le(s.opened, ASOF) === !Object.values(SEPT).includes(s.opened));
    s.openedDisplay = fmt(s.opened, STYLES[i % STYLES.length]);
  });
  // one station typed only to the month
  const monthOnly = stations.find((s) => s.base === "庵后");
  monthOnly.openedDisplay = `${splitIso(monthOnly.opened).y}年${splitIso(monthOnly.opened).m}月`;
  monthOnly.openedMonth = monthOnly.opened.slice(0, 7);
  stations.forEach((s) => { s.phone = phone(); s.person = pick(["陈", "林", "黄", "吴", "郑", "蔡", "许", "杨", "谢", "洪"]) + pick(["秀娟", "锦辉", "少华", "亚妹", "振鹏", "佩玲", "建东", "惠珠", "泽林", "晓燕"]); s.service = pick(SERVICES); });
  JD.stations = stations;

  // ---------------- training sessions (附表3-1)
  JD.sessions = [
    ["2020-09-24", "dot", "电商基础知识普及（玉湖镇）", "玉湖镇政府会议室", 286],
    ["2020-10-15", "dot", "网店开设实操（埔田镇）", "埔田镇文化站", 312],
    ["2020-10-29", "cn", "农村电商普及（新亨镇）", "新亨镇政府礼堂", 298],
    ["2020-11-12", "dot", "直播带货入门（锡场镇）", "军埔电商村培训中心", 356],
    ["2020-11-26", "dot", "农产品拍摄与美工", "区电商公共服务中心", 241],
    ["2020-12-10", "date", "农村电商普及（玉窖镇）", "玉窖镇文化站", 275],
    ["2020-12-24", "dot", "军埔电商村参观学习", "军埔电商村", 318],
    ["2021-01-14", "dot", "短视频营销", "区电商公共服务中心", 302],
    ["2021-03-11", "cn", "农村电商普及（曲溪街道）", "曲溪街道办会议室", 330],
    ["2021-03-25", "dot", "农产品品牌营销", "区电商公共服务中心", "fw:210"],
    ["2021-04-15", "dot", "电商普及（玉湖镇第二期）", "玉湖镇政府会议室", 345],
    ["2021-05-13", "slash", "电商物流与供应链", "区电商公共服务中心", "ren:265"],
    ["2021-05-27", "dot", "直播实训", "区电商公共服务中心", 298],
    ["2021-06-17", "dot", "“6·18”网络促销实操", "区电商公共服务中心", 333],
    ["2021-07-15", "cn", "电商普及（埔田镇第二期）", "埔田镇文化站", 311],
    ["2021-08-12", "dot", "农村电商带头人培训", "区电商公共服务中心", 240],
    ["2021-09-01", "range:2021.8.30—9.1", "电商运营三天集训班", "区电商公共服务中心", 300],
    ["2021-09-16", "dot", "电商客服实务", "区电商公共服务中心", 120],
  ].map(([iso, style, topic, place, n]) => {
    let shown = n, count = n;
    if (typeof n === "string") { const [k, v] = n.split(":"); count = Number(v); shown = k === "fw" ? toFullWidth(v) : v + "人次"; }
    const dateShown = style.startsWith("range:") ? style.slice(6) : fmt(iso, style);
    return { iso, dateShown, topic, place, count, shown };
  });

  // ---------------- poor persons (附表4) and sign-ins (附表3-2)
  const SUR = ["陈", "林", "黄", "吴", "郑", "蔡", "许", "杨", "谢", "洪", "詹", "卢", "王", "张", "李"];
  const GIV_M = ["锦辉", "振鹏", "建东", "泽林", "炳坤", "少雄", "木生", "伟杰", "汉民", "永强", "国栋", "家旺", "文杰", "德胜", "志明", "俊豪", "树森", "亚弟", "清河", "汉光"];
  const GIV_F = ["亚妹", "秀英", "佩玲", "惠珠", "晓燕", "丽娟", "玉兰", "桂香", "淑贞", "美娥", "凤娇", "巧云", "秋菊", "素珍", "雪梅", "碧霞", "月英", "少芬", "佩珊", "银娇"];
  // household plan: [town, village, members: [cat, rel, birth]]  cat: E eligible, M migrant, N no labour
  const HH = [
    ["玉湖镇", "坪上村", [["E", "户主", "19680312"], ["E", "配偶", "19700805"], ["M", "之子", "19941120"], ["N", "之母", "19400203"]]],
    ["玉湖镇", "坪上村", [["E", "户主", "19750416"], ["M", "之女", "19990622"]]],
    ["玉湖镇", "东明村", [["E", "户主", "19660721"], ["E", "配偶", "19690118"], ["N", "之父", "19381009"]]],
    ["埔田镇", "宝山村", [["E", "户主", "19720902"], ["E", "配偶", "19741225"], ["M", "之子", "19970314"]]],
    ["埔田镇", "宝山村", [["E", "户主", "19630527"], ["N", "配偶", "19650830"]]],
    ["埔田镇", "车田村", [["E", "户主", "19781103"], ["E", "配偶", "19800219"], ["M", "之子", "20010907"]]],
    ["新亨镇", "英花村", [["E", "户主", "19700614"], ["E", "配偶", "19710928"], ["E", "之子", "19960405"]]],
    ["新亨镇", "英花村", [["E", "户主", "19581217"], ["N", "配偶", "19600422"]]],
    ["玉窖镇", "桥头村", [["E", "户主", "19730308"], ["E", "配偶", "19751011"], ["M", "之女", "19980126"], ["M", "之子", "20000718"]]],
    ["玉窖镇", "桥头村", [["E", "户主", "19650930"], ["E", "配偶", "19670514"]]],
    ["锡场镇", "大寮村", [["E", "户主", "19771122"], ["E", "配偶", "19790603"], ["M", "之子", "20020111"], ["N", "之母", "19421206"]]],
    ["锡场镇", "林头村", [["E", "户主", "19690705"], ["E", "配偶", "19710219"]]],
  ];
  const persons = []; let gm = 0, gf = 0, seq = 111;
  for (const [town, vil, mem] of HH) {
    const sur = SUR[persons.length % SUR.length];
    let head = null;
    for (const [cat, rel, birth] of mem) {
      const male = ["户主", "之子", "之父"].includes(rel);
      // odd 17th digit for men, even for women
      let s = seq; seq += 7; if ((s % 2 === 1) !== male) s += 1;
      const nm = (rel === "配偶" || rel === "之母" ? SUR[(persons.length + 5) % SUR.length] : sur) + (male ? GIV_M[gm++ % GIV_M.length] : GIV_F[gf++ % GIV_F.length]);
      const p = { town, vil, rel, cat, male, name: nm, id: makeId("445203", birth, s) };
      if (!head) head = p; p.head = head.name; persons.push(p);
    }
  }
  const E = persons.filter((p) => p.cat === "E"), M = persons.filter((p) => p.cat === "M"), N = persons.filter((p) => p.cat === "N");
  assert.deepStrictEqual([E.length, M.length, N.length, persons.length], [22, 7, 5, 34]);
  // make E[2]'s id end in X (the sign-in sheet writes it with a lower-case x)
  for (let q = 301; ; q += 2) { // keep the sex digit odd (E[2] is a 户主, male)
    const body = "445203" + E[2].id.slice(6, 14) + String(q); if (idCheck(body) === "X") { E[2].id = body + "X"; break; }
  }
  for (const p of persons) assert.strictEqual(Number(p.id[16]) % 2 === 1, p.male, p.name);
  assert(E[2].id.endsWith("X"));
  assert.strictEqual(new Set(persons.map((p) => p.id)).size, persons.length);
  persons.forEach((p) => {
    p.labourShown = p.cat === "N" ? pick(["无劳动能力", "丧失劳动能力"]) : "有劳动能力";
    p.migrantShown = p.cat === "N" ? "—" : p.cat === "M" ? pick(["是（省外）", "是（深圳）", "是（广州）"]) : "否";
  });
  JD.persons = persons; JD.E = E; JD.M = M; JD.N = N;
  const X1 = { name: "陈秋燕", id: makeId("445203", "19810922", 402), vil: "远光村", note: "边缘易致贫户（不在建档立卡名单）" };
  const X2 = { name: "林少鹏", id: makeId("445203", "19760310", 515), vil: "牌边村", note: "边缘易致贫户（不在建档立卡名单）" };
  // sign-in sessions
  JD.signins = [
    ["2020-11-19", "2020年11月19日", [E[0], E[1], E[2], E[3], E[4], M[0], X1, E[5]]],
    ["2021-04-22", "2021.4.22", [E[6], E[7], E[0], E[3], M[1], E[8], X2]],
    ["2021-07-08", "2021/7/8", [E[9], E[10], E[6], E[8], M[2]]],
    ["2021-09-09", "2021.9.9", [E[11], E[12], M[3]]],
  ];

  // ---------------- enterprises (附表5)
  const AL = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const code = (kind) => uscc((kind === "个体" ? "92445203" : "91445203") + "MA" + Array.from({ length: 7 }, () => AL[Math.floor(rnd() * 31)]).join(""));
  const ENT = [
    ["揭阳市军埔电商供应链管理有限公司", "平台型电商企业", "2020-05-18", "dot", null],
    ["揭阳市揭东区绿源农产品贸易有限公司", "销售型企业", "2020-05-18", "dot", null, "2021年3月更名为广东绿源优选农业科技有限公司（见第15行）", "LY"],
    ["揭阳市揭东区云商电子商务服务有限公司", "电商运营服务商", "2020-05-20", "dot", null, "中心、产业园运营方"],
    ["揭阳市揭东区埔田笋业网络销售有限公司", "销售型企业", "2020-06-01", "cn", null],
    ["揭阳市顺达快递有限公司揭东分公司", "物流企业", "2020-06-08", "dot", null],
    ["揭阳市揭东区好物直播传媒有限公司", "直播电商", "2020-07-01", "date", null],
    ["揭阳市潮味优选食品有限公司", "销售型企业", "2020-07-15", "dot", "2021-04-30", "已迁出"],
    ["揭东区玉湖竹笋专业合作社网店", "销售型企业", "2020-08-03", "dot", null],
    ["揭阳市锡场鞋服网销有限公司", "销售型企业", "2020-08-20", "cn", null],
    ["揭阳市揭东区乡村淘电子商务有限公司", "平台型电商企业", "2020-09-09", "dot", null],
    ["揭阳市揭东区邮乐购电子商务服务部", "物流企业", "2020-10-12", "date", null],
    ["揭东区新亨茶叶网销店", "销售型企业", "2020-11-02", "dot", "2021-07", "经营不善退园", "个体"],
    ["揭阳市云仓物流有限公司", "物流企业", "2020-11-16", "dot", null],
    ["揭阳市揭东区青创直播基地运营有限公司", "电商运营服务商", "2021-01-06", "dot", null],
    ["广东绿源优选农业科技有限公司", "销售型企业", "2021-03-08", "cn", null, "原揭阳市揭东区绿源农产品贸易有限公司（第2行）更名，同一企业", "LY"],
    ["揭东区玉窖农家优品店", "销售型企业", "2021-03-22", "slash", null, null, "个体"],
    ["揭阳市供销e家电子商务有限公司", "平台型电商企业", "2021-04-19", "dot", null],
    ["揭阳市揭东区山货郎网络科技有限公司", "销售型企业", "2021-05-10", "dot", null],
    ["揭阳市速达冷链物流有限公司", "物流企业", "2021-06-07", "date", "2021-09-20", "9月迁往空港区"],
    ["揭东区埔田笋干网店", "销售型企业", "2021-07-01", "dot", null, null, "个体"],
    ["揭阳市惠农帮供应链有限公司", "平台型电商企业", "2021-07-19", "cn", null],
    ["揭阳市揭东区农趣直播工作室", "直播电商", "2021-08-16", "dot", null],
    ["揭阳市丰收云农业科技有限公司", "销售型企业", "2021-09-06", "dot", null, "9月新入驻"],
    ["揭阳市揭东区曲溪电商代运营有限公司", "电商运营服务商", "2020-12-01", "dot", null],
  ];
  const codes = {};
  JD.enterprises = ENT.map(([name, type, entered, style, left, note, tag]) => {
    let c;
    if (tag === "LY") c = codes.LY || (codes.LY = code()); else c = code(tag);
    const leftShown = left === null ? null : left.length === 7 ? `${left.slice(0, 4)}年${Number(left.slice(5))}月` : fmt(left, "dot");
    return { name, type, entered, enteredShown: fmt(entered, style), left, leftShown, note: note || null, code: c };
  });

  // ---------------- funds (附表9)
  JD.funds = [
    ["2020-07-10", "dot", "区电商公共服务中心建设（首期）", "揭阳市揭东区云商电子商务服务有限公司", 800000, 800000],
    ["2020-09-25", "dot", "村级电商服务站点建设（第一批）", "中国邮政集团有限公司揭阳市揭东区分公司", "45万", 450000],
    ["2020-12-22", "cn", "区电商公共服务中心建设（验收款）", "揭阳市揭东区云商电子商务服务有限公司", 600000, 600000],
    ["2021-01-15", "dot", "电商培训服务（第一期）", "揭阳市揭东区云商电子商务服务有限公司", "312,600.00", 312600],
    ["2021-03-10", "date", "区镇村三级物流体系建设", "揭阳市云仓物流有限公司", 700000, 700000],
    ["2021-04-20", "dot", "村级站点（第一批）验收核减退回", "中国邮政集团有限公司揭阳市揭东区分公司", -60000, -60000],
    ["2021-05-28", "slash", "村级电商服务站点建设（第二批）", "中国邮政集团有限公司揭阳市揭东区分公司", 520000, 520000],
    ["2021-06-30", "dot", "“揭东好物”品牌推广及网络促销", "揭阳市揭东区好物直播传媒有限公司", "12.6万元", 126000],
    ["2021-08-18", "cn", "电商培训服务（第二期）", "揭阳市揭东区云商电子商务服务有限公司", 294000, 294000],
    ["2021-09-08", "dot", "冷链及溯源系统建设（首付款）", "揭阳市速达冷链物流有限公司", 300000, 300000],
  ].map(([iso, style, what, payee, shown, amount]) => ({ iso, shown: fmt(iso, style), what, payee, amountShown: shown, amount }));

  // ---------------- reports (附表6)
  JD.reports = [
    ["2020-09-07", "dot", "2020年8月份工作月报", "√"], ["2020-10-09", "dot", "2020年9月份工作月报", "√"],
    ["2020-11-06", "cn", "2020年10月份工作月报", "√"], ["2020-12-08", "dot", "2020年11月份工作月报", "×"],
    ["2021-01-07", "date", "2020年12月份工作月报", "√"], ["2021-02-05", "dot", "2021年1月份工作月报", "√"],
    ["2021-03-08", "dot", "2021年2月份工作月报", "√"], ["2021-04-07", "cn", "2021年3月份工作月报", "√"],
    ["2021-04-30", "dot", "2021年4月份工作月报（“五一”假期前提前报送）", "√"], ["2021-06-02", "slash", "2021年5月份工作月报", "√"],
    ["2021-07-07", "dot", "2021年6月份工作月报", "√"], ["2021-08-06", "dot", "2021年7月份工作月报", "√"],
    ["2021-09-07", "cn", "2021年8月份工作月报", "√"],
  ].map(([iso, style, what, pov]) => ({ iso, shown: fmt(iso, style), what, pov, poverty: pov === "√" }));

  // ---------------- disclosures (附表7)
  JD.disclosures = [
    ["2020-08-21", "dot", "揭东区电子商务进农村综合示范项目基本信息公示"],
    ["2020-09-28", "dot", "2020年9月项目建设进度"], ["2020-10-23", "cn", "2020年10月项目建设进度"],
    ["2020-11-30", "dot", "2020年11月项目建设进度"], ["2020-12-31", "date", "2020年12月项目建设进度"],
    ["2021-01-27", "dot", "2021年1月项目建设进度"], ["2021-02-26", "dot", "2021年2月项目建设进度"],
    ["2021-03-19", "slash", "2021年3月项目建设进度"], ["2021-04-28", "dot", "2021年4月项目建设进度"],
    ["2021-05-31", "cn", "2021年5月项目建设进度"], ["2021-06-25", "dot", "2021年6月项目建设进度"],
    ["2021-07-30", "dot", "2021年7月项目建设进度"], ["2021-08-27", "num8", "2021年8月项目建设进度"],
    ["2021-09-15", "dot", "关于省级考评工作的公告"],
  ].map(([iso, style, title], i) => ({ iso, shown: fmt(iso, style), title, link: `http://www.jiedong.gov.cn/jdzwgk/dsjnc/content/post_${618200 + i * 37}.html` }));

  // ---------------- media (附表8)
  JD.media = [
    ["2020-12-28", "dot", "揭东区融媒体中心（“揭东发布”）", "区级", "网络", "揭东首批村级电商服务站挂牌运营", "否", "county", false],
    ["2021-03-16", "cn", "揭阳日报", "市级", "报纸", "揭东：电商服务站开到家门口", "否", "city", false],
    ["2021-06-18", "dot", "广东广播电视台珠江频道《今日关注》", "省级", "电视", "竹笋上网记：揭东埔田笋农直播脱贫", "是", "province", true],
    ["2021-09-05", "dot", "南方日报", "省级", "报纸", "揭东电商进农村扎实推进", "否", "province", false],
  ].map(([iso, style, outlet, lv, form, title, cs, level, tv]) => ({ iso, shown: fmt(iso, style), outlet, lv, form, title, cs, level, tv }));

  // ---------------- materials (附表10)
  JD.materials = [["2021-06-15", "2021年6月15日", "揭东区“电商＋竹笋”助农增收经验材料", "揭阳市商务局", "粤政易"]];
})();

(function c1() {
  const sheets = [];
  // ---------------- 目录
  sheets.push(sheet("目录", 3, [
    ["揭东区电子商务进农村综合示范创建考评资料（电子版）目录"],
    ["序号", "工作表", "内容"],
    [1, "自评（十个一）", "“十个一”工作成效及自评得分汇总"],
    [2, "附表1 村居名单", "揭东区村（居）委会名单（含省定贫困村、快递进村）"],
    [3, "附表2 站点清单", "村级电子商务服务站点清单"],
    [4, "附表3-1 普及培训", "电商普及培训开展情况（按期次）"],
    [5, "附表3-2 贫困户专场签到", "建档立卡贫困户电商专场培训签到表"],
    [6, "附表4 贫困人口名单", "建档立卡贫困人口劳动力情况名单"],
    [7, "附表5 产业园企业", "揭东电商产业园入驻企业清单"],
    [8, "附表6 月报报送", "向揭阳市商务局报送月报登记"],
    [9, "附表7 专栏更新", "区政府网站专栏更新记录"],
    [10, "附表8 宣传报道", "媒体宣传报道清单"],
    [11, "附表9 资金台账", "省级专项资金拨付台账"],
    [12, "附表10 经验材料", "经验材料报送登记"],
  ], ["A1:C1"]));

  // ---------------- 自评（十个一）
  {
    const W = 6; const rows = []; const merges = [];
    const full = (t) => { rows.push([t]); merges.push(`A${rows.length}:F${rows.length}`); };
    full("揭东区电子商务进农村综合示范创建“十个一”工作成效及自评表");
    full("县（市、区）：揭阳市揭东区　　填报单位：揭东区商务局（盖章）　　考评截止日期：2021年8月31日　　填报日期：2021年9月3日");
    full("一、“十个一”工作成效（截至2021年8月31日）");
    rows.push(["序号", "“十个一”", "工作要求", "完成情况", "主观评分项自评", "佐证材料"]);
    const TEN = [
      ["一个领导小组", "建立区政府主要领导牵头、多部门参与的工作协调机制",
        "2019年10月成立揭东区电子商务进农村综合示范工作领导小组，区委副书记、区长任组长，分管副区长任副组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区市场监管局、区交通运输局、揭东邮政分公司。", "—", "揭东府办〔2019〕47号"],
      ["一套方案政策", "制定示范创建工作方案；出台支持农村电商发展的政策",
        "《揭东区电子商务进农村综合示范工作实施方案》（揭东府办〔2019〕52号）2019年11月正式印发；《揭东区促进农村电子商务发展扶持办法（试行）》2020年4月出台，已兑现两批奖补。", "方案制定2分；政策支持2分", "文件汇编第1—2册"],
      ["一套管理制度", "制定项目管理制度，建立工作台账",
        "制定《项目管理办法》《项目验收办法》，建设、验收环节严格执行；建立项目工作台账，部分项目进度台账更新不及时。", "项目管理制度2分；工作台账1分", "文件汇编第3册"],
      ["一个中心一个园区", "建成县级电商公共服务中心并正常运行；建设或整合电商产业园",
        "区电子商务公共服务中心2020年12月18日投入运营，运营方为揭阳市揭东区云商电子商务服务有限公司；设免费培训室（电脑50台），能组织电商基础培训；为揭东竹笋、埔田笋干、玉湖鹅等特色农产品提供免费展示、销售；免费提供产品摄影、美工设计；组织“揭东好物”区域公用品牌统一推广，指导特色农产品品牌建设；其他衍生增值服务暂未开展。整合揭东经济开发区原厂房建成揭东电商产业园，入驻企业20家以上，含平台型、销售型、运营服务商、物流企业等类型（见附表5）。", "—", "附表5、现场"],
      ["一张站点网络", "村级站点覆盖行政村70%以上、省定贫困村全覆盖",
        "全区46个行政村、5个社区（居委会），已建村级电商服务站点（见附表1、附表2），行政村覆盖率70%以上，6个省定贫困村全覆盖。", "—", "附表1、附表2、站点视频"],
      ["一条上行链路", "网销调研、促销活动、第三方运营、物流覆盖、交易标准与冷链溯源、网络零售增长",
        "2020年8月完成农产品网络销售调研报告并报揭阳市商务局；开展“揭东好物网购节”等网络促销活动；引进揭阳市揭东区云商电子商务服务有限公司为专业第三方运营服务商；行政村物流快递覆盖率100%；制定揭东竹笋电商交易标准，冷链、溯源系统在建；2020年全区农村网络零售额74.1亿元（2019年62.4亿元），农产品网络零售额13.02亿元，是上年的1.32倍。", "网销调研2分；网络促销活动2分；交易标准与冷链溯源1分", "调研报告、活动总结"],
      ["一支人才队伍", "培训人次达常住人口1%以上；有劳动能力的贫困人口培训率50%以上",
        "全区常住人口73.86万人（第七次全国人口普查）；开展电商普及培训和贫困户专场培训（见附表3-1、附表3-2），培训人次达常住人口1%以上；有劳动能力的建档立卡贫困人口（不含外出务工）培训率50%以上（见附表4）。", "—", "附表3-1、3-2、4"],
      ["一个公开专栏", "专栏公开且内容全面、按月更新；按月向市商务局报送",
        "区政府门户网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报窗口（电话、邮箱），按月更新（附表7）；每月向揭阳市商务局报送工作月报（附表6），月报附电商扶贫统计，能统计电商扶贫情况。", "—", "附表6、附表7"],
      ["一批宣传推广", "报送经验材料；主流媒体宣传报道",
        "2021年6月向揭阳市商务局报送经验材料（附表10）；区、市、省级媒体宣传报道（附表8），埔田笋农直播脱贫典型案例在广东广播电视台珠江频道播出。", "—", "附表8、附表10"],
      ["一本资金台账", "资金管理制度；资金专用台账；及时拨付",
        "省级下达专项资金500万元；制定《揭东区省级电子商务进农村综合示范专项资金管理办法》并严格执行；承建单位建立资金专用台账；按项目进度拨付（附表9），资金支出率70%以上。", "制度建立5分；资金台账4分；资金及时拨付4分", "附表9"],
    ];
    TEN.forEach((t, i) => rows.push([i + 1, ...t]));
    full("底线要求：创建期间未发生安全生产、质量事故或重大损失；无弄虚作假行为；项目总体进度90%。");
    rows.push([null]);
    full("二、自评得分汇总（按省考评指标体系）");
    rows.push(["序号", "工作任务", "评价指标", "分值", "自评分", "说明"]);
    const CL = [
      ["加强组织领导与统筹协调", "组织领导", 2, 2, null, "org.leadership"],
      [null, "方案制定", 2, 2, null, "org.plan"],
      [null, "政策支持", 2, 2, null, "org.policy"],
      [null, "项目管理", 4, 3, "制度2分＋台账1分", "org.management"],
      ["深入推动电子商务进农村工作", "服务体系建设（县级中心及产业园）", 15, 14, "其他衍生增值服务未开展，扣1分", "work.center"],
      [null, "服务体系建设（村级站点覆盖）", 10, 10, null, "work.coverage"],
      [null, "农村产品上行", 10, 9, "冷链溯源在建，扣1分", "work.upward"],
      [null, "电商人才培训", 20, 20, null, "work.training"],
      ["加强信息公开及报送", "信息公开", 4, 4, null, "info.disclosure"],
      [null, "数据上报", 6, 6, null, "info.reporting"],
      ["加强宣传推广", "案例总结", 2, 2, null, "promo.cases"],
      [null, "经验推广", 8, 8, null, "promo.media"],
      ["加强财政资金管理", "制度建立", 5, 5, null, "fund.system"],
      [null, "资金台账", 5, 4, null, "fund.ledger"],
      [null, "资金支出", 5, 4, null, "fund.spending"],
      ["加分项", "贫困人口培训率≥70%", 2, 0, "未达70%", "bonus.poorTraining"],
      [null, "电商扶贫典型案例获电视播报", 2, 1, "省级电视（珠江频道）", "bonus.tvCase"],
    ];
    const startRow = rows.length + 1;
    CL.forEach((c, i) => rows.push([i + 1, c[0], c[1], c[2], c[3], c[4]]));
    // merge the 工作任务 group cells
    let i = 0;
    while (i < CL.length) { let j = i; while (j + 1 < CL.length && CL[j + 1][0] === null) j++; if (j > i) merges.push(`B${startRow + i}:B${startRow + j}`); i = j + 1; }
    const claimedScored = CL.slice(0, 15).map((c) => c[3]);
    const bonusClaimed = Math.min(4, CL[15][3] + CL[16][3]);
    rows.push(["合计", null, null, 100, sum(claimedScored) + bonusClaimed, `其中加分${bonusClaimed}分`]);
    merges.push(`A${rows.length}:C${rows.length}`);
    rows.push([null]);
    full("填表人：区商务局电商股 詹××　　审核：区商务局局长 郑××　　联系电话：0663-32×××××");
    JD.claimed = {}; for (const c of CL) JD.claimed[c[5]] = c[3];
    JD.claimedTotal = sum(claimedScored) + bonusClaimed;
    sheets.push(sheet("自评（十个一）", W, rows, merges));
  }

  // ---------------- 附表1 村居名单 (town merged vertically)
  {
    const rows = [
      ["附表1　揭东区村（居）民委员会名单"],
      ["资料来源：区民政局（2021年6月）；省定贫困村由区乡村振兴局核定（打“√”）；快递进村由揭东邮政管理部门核实"],
      ["序号", "镇（街道）", "村（居）委会", "类别", "省定贫困村", "快递进村", "备注"],
    ];
    const merges = ["A1:G1", "A2:G2"];
    let first = null, prevTown = null;
    JD.villages.forEach((v, k) => {
      const r = rows.length + 1;
      if (v.town !== prevTown) { if (first !== null && r - 1 > first) merges.push(`B${first}:B${r - 1}`); first = r; prevTown = v.town; }
      rows.push([k + 1, v.town === prevTown && r !== first ? null : v.town, v.name, v.admin ? "村委会" : "居委会", v.poor ? "√" : null, v.admin ? "√" : "—",
        v.admin ? (v.base === "塔下" ? "2019年原塔下、塔东两村合并" : null) : "城镇社区，不属行政村"]);
    });
    merges.push(`B${first}:B${rows.length}`);
    rows.push(["合计", null, "行政村46个、居委会5个", null, "6个", null, null]);
    merges.push(`A${rows.length}:B${rows.length}`);
    sheets.push(sheet("附表1 村居名单", 7, rows, merges));
  }

  // ---------------- 附表2 站点清单
  {
    const rows = [
      ["附表2　揭东区村级电子商务服务站点清单"],
      ["填报单位：揭东区商务局　　更新日期：2021年9月15日"],
      ["序号", "站点名称", "所在镇", "所在村（居）", "负责人", "联系电话", "挂牌日期", "服务内容", "备注"],
    ];
    JD.stations.forEach((s, k) => rows.push([k + 1, s.name, s.town, s.village, s.person, s.phone, s.openedDisplay, s.service, s.note]));
    rows.push(["注：军埔村有两个站点；锡场社区站点为社区站点；产业园服务站设在揭东经济开发区内。"]);
    sheets.push(sheet("附表2 站点清单", 9, rows, ["A1:I1", "A2:I2", `A${rows.length}:I${rows.length}`]));
  }

  // ---------------- 附表3-1 普及培训
  {
    const rows = [
      ["附表3-1　揭东区电商普及培训开展情况（按期次）"],
      ["期次", "培训时间", "培训主题", "培训地点", "培训对象", "参训人次", "备注"],
    ];
    JD.sessions.forEach((s, k) => rows.push([`第${k + 1}期`, s.dateShown, s.topic, s.place, k % 3 === 0 ? "农户、合作社成员" : "电商从业人员、返乡青年", s.shown, typeof s.dateShown === "string" && s.dateShown.includes("—") ? "三天班（8月30日—9月1日）" : null]));
    const tot = sum(JD.sessions.map((s) => s.count));
    rows.push(["合计", null, null, null, null, tot, "不含贫困户专场（见附表3-2）"]);
    sheets.push(sheet("附表3-1 普及培训", 7, rows, ["A1:G1", `A${rows.length}:E${rows.length}`]));
  }

  // ---------------- 附表3-2 贫困户专场签到
  {
    const rows = [
      ["附表3-2　揭东区建档立卡贫困户电商专场培训签到表"],
      ["序号", "培训日期", "姓名", "身份证号码", "所在村", "签名", "备注"],
    ];
    let k = 0;
    for (const [iso, shown, ppl] of JD.signins) {
      ppl.forEach((p, j) => {
        let id = p.id;
        if (p === JD.E[2]) id = id.toLowerCase();
        rows.push([++k, j === 0 ? shown : null, p.name, id, p.vil, p.name, p.note || null]);
      });
    }
    sheets.push(sheet("附表3-2 贫困户专场签到", 7, rows, ["A1:G1"]));
  }

  // ---------------- 附表4 贫困人口名单
  {
    const rows = [
      ["附表4　揭东区建档立卡贫困人口劳动力情况名单"],
      ["资料来源：区乡村振兴局（2021年6月核定）"],
      ["序号", "镇", "村", "户主", "姓名", "与户主关系", "身份证号码", "劳动能力", "是否外出务工", "备注"],
    ];
    JD.persons.forEach((p, k) => {
      const head = p.rel === "户主";
      rows.push([k + 1, head ? p.town : null, head ? p.vil : null, head ? p.name : null, p.name, p.rel, p.id, p.labourShown, p.migrantShown, null]);
    });
    rows.push(["注：镇、村、户主只写在每户第一行；“外出务工”指到区外务工。"]);
    sheets.push(sheet("附表4 贫困人口名单", 10, rows, ["A1:J1", "A2:J2", `A${rows.length}:J${rows.length}`]));
  }

  // ---------------- 附表5 产业园企业
  {
    const rows = [
      ["附表5　揭东电商产业园入驻企业清单"],
      ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"],
    ];
    JD.enterprises.forEach((e, k) => rows.push([k + 1, e.name, e.code, e.type, e.enteredShown, e.leftShown, e.note]));
    rows.push(["注：表内企业按入驻先后登记，第24行为补登。"]);
    sheets.push(sheet("附表5 产业园企业", 7, rows, ["A1:G1", `A${rows.length}:G${rows.length}`]));
  }

  // ---------------- 附表6 月报报送
  {
    const rows = [["附表6　揭东区向揭阳市商务局报送电商进农村工作月报登记"], ["序号", "报送时间", "报送内容", "报送方式", "是否含电商扶贫统计"]];
    JD.reports.forEach((r, k) => rows.push([k + 1, r.shown, r.what, "粤政易", r.pov]));
    sheets.push(sheet("附表6 月报报送", 5, rows, ["A1:E1"]));
  }
  // ---------------- 附表7 专栏更新
  {
    const rows = [["附表7　揭东区政府门户网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "链接"]];
    JD.disclosures.forEach((d, k) => rows.push([k + 1, d.shown, d.title, d.link]));
    sheets.push(sheet("附表7 专栏更新", 4, rows, ["A1:D1"]));
  }
  // ---------------- 附表8 宣传报道
  {
    const rows = [["附表8　揭东区电子商务进农村宣传报道清单"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
    JD.media.forEach((m, k) => rows.push([k + 1, m.shown, m.outlet, m.lv, m.form, m.title, m.cs]));
    sheets.push(sheet("附表8 宣传报道", 7, rows, ["A1:G1"]));
  }
  // ---------------- 附表9 资金台账
  {
    const rows = [
      ["附表9　揭东区省级电子商务进农村综合示范专项资金拨付台账"],
      ["填报单位：揭东区财政局、区商务局　　单位：元　　省级下达资金：5,000,000.00元"],
      ["序号", "拨付日期", "项目内容", "收款单位", "金额", "凭证号", "备注"],
    ];
    JD.funds.forEach((f, k) => rows.push([k + 1, f.shown, f.what, f.payee, f.amountShown, `揭东商记-${String(k + 21).padStart(3, "0")}`, f.amount < 0 ? "承建单位退回，冲减支出" : null]));
    const tot = sum(JD.funds.map((f) => f.amount));
    rows.push(["合计", null, null, null, tot, null, "含9月拨付"]);
    sheets.push(sheet("附表9 资金台账", 7, rows, ["A1:G1", "A2:G2", `A${rows.length}:D${rows.length}`]));
  }
  // ---------------- 附表10 经验材料
  {
    const rows = [["附表10　揭东区经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送方式"]];
    JD.materials.forEach((m, k) => rows.push([k + 1, m[1], m[2], m[3], m[4]]));
    sheets.push(sheet("附表10 经验材料", 5, rows, ["A1:E1"]));
  }
  JD.sheets = sheets;
})();

(function c1score() {
  const lines = [];
  const P = {};
  lines.push("asOf: 自评表表头“考评截止日期：2021年8月31日”（与规则默认相同）；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。");
  // org
  P["org.leadership"] = 2;
  lines.push("org.leadership: “一个领导小组”行“区委副书记、区长任组长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）→ 主要领导牵头且四部门齐全 → 2（自评2）");
  P["org.plan"] = 2; lines.push("org.plan: 判定项，“一套方案政策”行自评“方案制定2分”，方案2019年11月正式印发 → 2（自评2）");
  P["org.policy"] = 2; lines.push("org.policy: 判定项，同行自评“政策支持2分”，扶持办法2020年4月出台 → 2（自评2）");
  P["org.management"] = 3; lines.push("org.management: “一套管理制度”行自评“项目管理制度2分；工作台账1分”→ 2+1 = 3（汇总表自评3）");
  // center
  const inPark = new Map();
  for (const e of JD.enterprises) {
    if (!le(e.entered, ASOF)) continue;
    if (e.left !== null && (e.left.length === 7 ? e.left + "-31" : e.left) < ASOF) continue;
    inPark.set(e.code, e);
  }
  const normType = (t) => /平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|代运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t;
  const types = new Set([...inPark.values()].map((e) => normType(e.type)));
  assert.strictEqual(inPark.size, 20); assert.strictEqual(JD.enterprises.length, 24);
  assert.deepStrictEqual([...types].sort(), ["平台型", "物流企业", "电商运营商", "直播电商", "销售型"].sort());
  const center = [2, 2, 2, 1, 1, 1, 0, 2, inPark.size >= 20 ? 2 : 0, types.size >= 3 ? 1 : 0];
  P["work.center"] = sum(center);
  assert.strictEqual(P["work.center"], 14);
  lines.push(`work.center: ①中心2020-12-18投入运营 ≤ 截止日 → 2；②2020-12-18 ≤ 2021-02-28，运行满6个月 → 2；③免费培训室（电脑50台）→ 2；④特色农产品免费展示、销售 → 1；⑤免费摄影、美工 → 1；⑥“揭东好物”品牌统一推广 → 1；⑦“其他衍生增值服务暂未开展”→ 0；⑧整合建成揭东电商产业园（附表5非空）→ 2；⑨附表5共24行：第7行潮味优选2021.4.30退出、第12行新亨茶叶网销店“2021年7月”退出，均在截止日前离园不计；第23行丰收云2021.9.6入驻在截止日后不计；第19行速达冷链2021.9.20才退出，截止日仍在园，计入；第2行与第15行统一社会信用代码相同（更名），只算一家 → 在园 ${inPark.size} 家 ≥ 20 → 2（把“有退出时间”的一律剔除只剩19家，会误得0分）；⑩在园类型 平台型、销售型、电商运营服务商、物流企业（另有直播电商）共${types.size}种 ≥ 3 → 1；合计 ${center.join("+")} = ${P["work.center"]}（自评14）`);
  // coverage
  const adminV = JD.villages.filter((v) => v.admin);
  const adminSet = new Set(adminV.map((v) => v.base));
  const poorSet = new Set(JD.villages.filter((v) => v.poor).map((v) => v.base));
  const covered = new Set(JD.stations.filter((s) => s.base && adminSet.has(s.base) && le(s.opened, ASOF)).map((s) => s.base));
  const coveredPoor = [...covered].filter((b) => poorSet.has(b));
  assert.deepStrictEqual([adminV.length, covered.size, poorSet.size, coveredPoor.length], [46, 33, 6, 5]);
  const rateV = covered.size / Math.min(adminV.length, 200);
  const pV = covered.size * 100 >= 70 * Math.min(adminV.length, 200) ? 5 : covered.size * 100 >= 50 * adminV.length ? 2 : 0;
  const pP = coveredPoor.length === poorSet.size ? 5 : coveredPoor.length * 100 >= 80 * poorSet.size ? 3 : 0;
  assert.deepStrictEqual([pV, pP], [5, 3]);
  P["work.coverage"] = pV + pP;
  const variants = JD.stations.filter((s) => /村委会|村民委员会/.test(s.village)).map((s) => s.village);
  lines.push(`work.coverage: 附表1 ${adminV.length}个行政村（“村委会”）＋5个居委会（不计），基数 min(${adminV.length},200) = ${adminV.length}；附表2 站点${JD.stations.length}行：军埔村两站只算一次，锡场社区站点在社区不计，“揭东经济开发区（电商产业园）”服务站不在村名单（警告）不计，车田村2021.9.3、渔湖村2021/9/10挂牌在截止日后不计；${variants.join("、")}与其余站点写的“××村”一样，都按村名与名单的“××村委会”归为同一村；庵后村“2021年7月”只写到月也在截止日前 → 覆盖行政村${covered.size}个，${covered.size}/${adminV.length} = ${(rateV * 100).toFixed(1)}% ≥ 70% → 5（车田、渔湖两个9月站点若算进去是${covered.size + 2}个，不影响本项）；省定贫困村6个（附表1打“√”：坪上、东明、宝山、车田、英花、桥头），截止日前有站点的5个（车田村站点9月3日才挂牌）→ 5/6 = 83.3%，在80%—100%之间 → 3；合计 5+3 = ${P["work.coverage"]}（自评10，是把9月挂牌的车田村算作已覆盖）`);
  // upward
  const expressAll = adminV.every((v) => v.express === true);
  assert(expressAll);
  P["work.upward"] = 2 + 2 + 1 + (expressAll ? 1 : 0) + 1 + 2;
  assert(74.1 / 62.4 - 1 < 0.3 && 13.02 / 9.86 - 1 >= 0.3);
  lines.push(`work.upward: 网销调研 自评2 → 2；促销活动 自评2 → 2；第三方运营服务商（云商公司）→ 1；快递：附表1有“快递进村”列，${adminV.length}个行政村全部“√”（居委会“—”不计）→ 1；交易标准与冷链溯源 自评1 → 1；增速：农村网零 74.1÷62.4−1 = 18.75% < 30%，农产品网零“是上年的1.32倍”→ 增速32% ≥ 30% → 2（把“1.32倍”当成增速132%也得2，但当成1.32%会误判0）；合计 2+2+1+1+1+2 = ${P["work.upward"]}（自评9）`);
  // training
  const sessOk = JD.sessions.filter((s) => le(s.iso, ASOF));
  const sessSum = sum(sessOk.map((s) => s.count));
  const signOk = JD.signins.filter(([iso]) => le(iso, ASOF));
  const signRows = sum(signOk.map(([, , ppl]) => ppl.length));
  const pt = sessSum + signRows;
  const base = Math.min(738600, 500000);
  assert.deepStrictEqual([sessSum, signRows, pt], [4720, 20, 4740]);
  const pPT = pt * 100 >= base ? 10 : pt * 1000 >= base * 8 ? 8 : pt * 1000 >= base * 6 ? 6 : 0;
  assert.strictEqual(pPT, 8);
  const eligible = JD.persons.filter((p) => p.cat === "E");
  const trainedIds = new Set(); for (const [, , ppl] of signOk) for (const p of ppl) trainedIds.add(p.id.toUpperCase());
  const trained = eligible.filter((p) => trainedIds.has(p.id));
  assert.deepStrictEqual([eligible.length, trained.length], [22, 11]);
  const pPoor = trained.length * 100 >= 50 * eligible.length ? 10 : trained.length * 100 >= 40 * eligible.length ? 8 : trained.length * 100 >= 30 * eligible.length ? 6 : 0;
  assert.strictEqual(pPoor, 10);
  P["work.training"] = pPT + pPoor;
  const seenCount = new Map(); for (const [, , ppl] of signOk) for (const p of ppl) seenCount.set(p, (seenCount.get(p) || 0) + 1);
  const repeats = [...seenCount].filter(([p, c]) => c > 1).map(([p]) => p.name);
  assert.strictEqual(repeats.length, 4);
  const migSigned = [...seenCount.keys()].filter((p) => p.cat === "M").map((p) => p.name);
  const septNames = JD.signins.filter(([iso]) => !le(iso, ASOF)).flatMap(([, , ppl]) => ppl.map((p) => p.name));
  const allSess = sum(JD.sessions.map((s) => s.count));
  lines.push(`work.training: 人次 = 附表3-1 截止日前第1—16期合计 ${sessSum}（第10期“２１０”全角、第12期“265人次”照读；第17期“2021.8.30—9.1”三天班按结束日2021-09-01在截止日后不计，第18期2021.9.16也不计；合计行${allSess}不计）＋附表3-2 截止日前签到 ${signRows} 行（9月9日一场3行不计）= ${pt}；常住人口73.86万人，基数 min(738600,500000) = 500000；${pt}/500000 = ${(pt / 5000).toFixed(3)}%，在0.8%（4000）—1%（5000）之间 → 8（把8月30日开班的三天班算进去就到${pt + 300}、满1%，会误得10分）；贫困人口：附表4共${JD.persons.length}人，有劳动能力且不外出务工 ${eligible.length} 人（外出务工${JD.M.length}人、无/丧失劳动能力${JD.N.length}人除外），截止日前在附表3-2签到过的 ${trained.length} 人（${JD.E[2].name}签到表身份证末位写小写x，按同一号码匹配；${repeats.join("、")}各签到两次只算一次；外出务工的${migSigned.join("、")}和不在名单的两名边缘户不计；9月9日一场的${septNames.join("、")}不计）→ ${trained.length}/${eligible.length} = 50.0% ≥ 50%（恰在界上）→ 10；合计 8+10 = ${P["work.training"]}（自评20）`);
  // disclosure
  const dMonths = new Set(JD.disclosures.filter((d) => le(d.iso, ASOF)).map((d) => d.iso.slice(0, 7)).filter((m) => WINDOW.includes(m)));
  assert.strictEqual(dMonths.size, 12);
  P["info.disclosure"] = 2 + 2;
  lines.push(`info.disclosure: “一个公开专栏”行写明专栏公示创建方案、项目基本信息、项目建设进度并设监督举报窗口 → 2；附表7在2020-09…2021-08每个月都有更新（2020.8.21、2021.9.15在窗口外）→ 按月 → 2；合计 4（自评4）`);
  // reporting
  const rMonths = new Set(JD.reports.filter((r) => le(r.iso, ASOF)).map((r) => r.iso.slice(0, 7)).filter((m) => WINDOW.includes(m)));
  assert.strictEqual(rMonths.size, 11); assert(!rMonths.has("2021-05"));
  P["info.reporting"] = 1 + 3;
  lines.push(`info.reporting: 附表6窗口内只有${rMonths.size}个月有报送：4月份月报“五一”前于2021.4.30提前报送，5月份月报到2021/6/2才报，2021年5月整月没有报送记录（4月有两次、6月有一次）→ 不是每月 → 不定时 → 1；多数月报“是否含电商扶贫统计”为√，自评表也写能统计 → 3；合计 1+3 = ${P["info.reporting"]}（自评6）`);
  // cases, media
  P["promo.cases"] = JD.materials.some((m) => le(m[0], ASOF)) ? 2 : 0;
  lines.push("promo.cases: 附表10 2021年6月15日向揭阳市商务局报送经验材料 ≤ 截止日 → 2（自评2）");
  const levels = new Set(JD.media.filter((m) => le(m.iso, ASOF)).map((m) => m.level));
  P["promo.media"] = (levels.has("province") || levels.has("national") ? 4 : 0) + (levels.has("city") ? 3 : 0) + (levels.has("county") ? 1 : 0);
  assert.strictEqual(P["promo.media"], 8);
  lines.push("promo.media: 截止日前 揭东区融媒体中心（区级）→ 1，揭阳日报（市级）→ 3，广东广播电视台珠江频道2021.6.18（省级）→ 4；南方日报2021.9.5在截止日后（省级已有，不影响）→ 4+3+1 = 8（自评8）");
  // funds
  P["fund.system"] = 5; lines.push("fund.system: 判定项，“一本资金台账”行自评“制度建立5分” → 5");
  P["fund.ledger"] = 4; lines.push("fund.ledger: 判定项，同行自评“资金台账4分” → 4");
  const fOk = JD.funds.filter((f) => le(f.iso, ASOF));
  const spent = sum(fOk.map((f) => f.amount));
  assert.strictEqual(spent, 3742600);
  const rate = spent / 5000000;
  assert(spent * 100 >= 70 * 5000000);
  P["fund.spending"] = 4;
  lines.push(`fund.spending: 附表9（单位：元）截止日前9笔 ${fOk.map((f) => typeof f.amountShown === "string" ? `${f.amount}（写作“${f.amountShown}”）` : String(f.amount)).join("+").replace(/\+-/g, "−")} = ${spent.toLocaleString("en-US")}元（2021.9.8的300,000元和合计行不计；4月20日验收核减退回−60,000冲减）÷ 下达5,000,000 = ${(rate * 100).toFixed(2)}% ≥ 70% → 取判定的及时拨付 自评4 → 4（把“45万”当45元只剩3,292,645元、65.9%，会误扣−5）`);
  // bonus, veto
  P["bonus.poorTraining"] = trained.length * 100 >= 70 * eligible.length ? 2 : 0;
  assert.strictEqual(P["bonus.poorTraining"], 0);
  lines.push(`bonus.poorTraining: 贫困人口培训率 ${trained.length}/${eligible.length} = 50.0% < 70% → 0（自评0）`);
  const tvCase = JD.media.filter((m) => le(m.iso, ASOF) && m.tv && m.cs === "是");
  P["bonus.tvCase"] = tvCase.some((m) => m.level === "national") ? 2 : tvCase.some((m) => m.level === "province") ? 1 : 0;
  assert.strictEqual(P["bonus.tvCase"], 1);
  lines.push("bonus.tvCase: 附表8第3条 广东广播电视台珠江频道（省级电视）2021.6.18播出，标为电商扶贫典型案例 → 省级 → 1（自评1）");
  P["veto.incident"] = 0; lines.push("veto.incident: 自评表“创建期间未发生安全生产、质量事故或重大损失”→ 0，不否决");
  P["veto.progress"] = 0; lines.push("veto.progress: 项目总体进度90% ≥ 40% → 0，不否决");
  P["veto.fraud"] = 0; lines.push("veto.fraud: “无弄虚作假行为” → 0");
  const ORDER = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending"];
  const scored = sum(ORDER.map((k) => P[k]));
  const bonus = Math.min(4, P["bonus.poorTraining"] + P["bonus.tvCase"]);
  const total = scored + bonus;
  assert.strictEqual(scored, 89); assert.strictEqual(total, 90);
  const claimedScored = sum(ORDER.map((k) => JD.claimed[k]));
  lines.push(`total: ${ORDER.map((k) => P[k]).join("+")} = ${scored}，加分 ${bonus} → ${total}，未否决。区自评${claimedScored}＋${JD.claimed["bonus.tvCase"] + JD.claimed["bonus.poorTraining"]}＝${JD.claimedTotal}分，差在站点覆盖（车田村9月才挂牌，贫困村83.3%）、培训人次（8月30日—9月1日三天班按结束日不计，0.948%）、月报5月断报。`);
  assert.strictEqual(JD.claimedTotal, 96);
  const points = {}; for (const k of [...ORDER, "bonus.poorTraining", "bonus.tvCase", "veto.incident", "veto.progress", "veto.fraud"]) points[k] = P[k];

  writeCase("counties", "b84-c1-jiedong.json", {
    description: `揭阳市揭东区商务局整本考评工作簿（${JD.sheets.length}个表：目录、自评（十个一）、附表1—附表10，附表3分3-1、3-2），中上（${total}分，含加分${bonus}分，未否决；区自评${JD.claimedTotal}分）。事实表不是填报表，而是按“十个一”（一个领导小组、一套方案政策、一套管理制度、一个中心一个园区、一张站点网络、一条上行链路、一支人才队伍、一个公开专栏、一批宣传推广、一本资金台账）排的《工作成效及自评表》：序号|“十个一”|工作要求|完成情况（成段文字）|主观评分项自评（“方案制定2分；政策支持2分”一格两项）|佐证材料，一个“一”对应几个考评指标，事实都在“完成情况”句子里（中心“其他衍生增值服务暂未开展”、农产品网零“是上年的1.32倍”即增速32%、常住人口73.86万人），表下一行底线要求（总体进度90%），下面“二、自评得分汇总”按省指标逐项列分值和自评分（工作任务纵向合并，服务体系建设分两行）。台账难点：村名单写“××村委会”、站点表写“××村”“××村民委员会”；站点同村两站、社区站、产业园站、9月挂牌的贫困村站（车田村）；普及培训按期次记人次，三天班“2021.8.30—9.1”按结束日在截止日后，人次有全角“２１０”和“265人次”；贫困户专场一个身份证小写x、四人重复参训、外出务工者和名单外边缘户也签了到，参训率恰好50%；产业园企业一家更名两行同一信用代码、两家截止日前退出（一家只写到“2021年7月”）、一家9月才退出仍在园、一家9月入驻，在园恰好20家；月报4月30日提前报、5月份月报6月2日才报，5月断档；资金台账元里夹“45万”“12.6万元”“312,600.00”和一笔−60,000退回，另有9月一笔。`,
    sheets: JD.sheets,
    expect: { asOf: ASOF, total, bonus, vetoed: false, points, claimed: JD.claimed },
    derivation: lines,
  });
})();

// ================================================================ final self-check of everything written
(function finalCheck() {
  const want = {
    counties: ["b84-c1-jiedong.json"],
    facts: ["b84-f1-chaoyang.json", "b84-f2-longmen.json", "b84-f3-luoding.json"],
    ledgers: ["b84-l1-suixi.json", "b84-l2-fengkai.json"],
  };
  for (const [folder, files] of Object.entries(want)) {
    for (const f of files) {
      const obj = JSON.parse(fs.readFileSync(path.join(ROOT, folder, f), "utf8"));
      assert(obj.description && obj.sheets && obj.expect, f);
      for (const s of obj.sheets) checkMerges(s);
      if (folder === "counties") {
        const pts = obj.expect.points;
        const scored = Object.entries(pts).filter(([k]) => !k.startsWith("bonus.") && !k.startsWith("veto.")).map(([, v]) => v);
        assert.strictEqual(scored.length, 15);
        assert.strictEqual(sum(scored) + Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]), obj.expect.total);
        assert.strictEqual(obj.expect.bonus, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
        assert.strictEqual(obj.derivation.filter((l) => /^[a-z]+\.[a-zA-Z]+:/.test(l)).length, 20);
      }
      if (folder === "ledgers") for (const [n, e] of Object.entries(obj.expect.sheets)) assert(obj.sheets.some((s) => s.name === n), n);
    }
  }
  console.log("self-check ok");
})();
