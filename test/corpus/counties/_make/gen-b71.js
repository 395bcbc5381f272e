"use strict";
// Batch 71 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Blind layout corpus, batch 71: generator (deterministic, no dependencies).
// Writes counties/, facts/, ledgers/ under this folder.
const fs = require("fs");

// ---------------------------------------------------------------- helpers
function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle(arr, r) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const D = (s) => ({ date: s });
function assert(cond, msg) {
  if (!cond) throw new Error("assertion failed: " + msg);
}
function colName(n) {
  let s = "";
  n += 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function parseRange(r) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r);
  assert(m, "bad range " + r);
  const c = (s) => s.split("").reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
  return { c1: c(m[1]), r1: +m[2], c2: c(m[3]), r2: +m[4] };
}
function checkMerges(sheet) {
  const seen = new Set();
  const rs = [];
  for (const m of sheet.merges || []) {
    assert(!seen.has(m), `duplicate merge ${m} in ${sheet.name}`);
    seen.add(m);
    const p = parseRange(m);
    assert(p.c2 >= p.c1 && p.r2 >= p.r1 && (p.c2 > p.c1 || p.r2 > p.r1), "degenerate merge " + m);
    for (const q of rs) {
      const overlap = !(p.c2 < q.c1 || q.c2 < p.c1 || p.r2 < q.r1 || q.r2 < p.r1);
      assert(!overlap, `overlapping merges ${m} in ${sheet.name}`);
    }
    rs.push(p);
  }
}
class Sheet {
  constructor(name, width) {
    this.name = name;
    this.width = width;
    this.rows = [];
    this.merges = [];
  }
  add(cells) {
    const row = cells.slice();
    while (row.length && (row[row.length - 1] === null || row[row.length - 1] === undefined)) row.pop();
    this.rows.push(row.map((c) => (c === undefined ? null : c)));
    return this.rows.length; // 1-based row number
  }
  blank() {
    this.rows.push([]);
    return this.rows.length;
  }
  merge(c1, r1, c2, r2) {
    this.merges.push(`${colName(c1)}${r1}:${colName(c2)}${r2}`);
  }
  full(text) {
    // a text row merged across the whole width
    const r = this.add([text]);
    if (this.width > 1) this.merge(0, r, this.width - 1, r);
    return r;
  }
  json() {
    checkMerges(this);
    const o = { name: this.name, rows: this.rows };
    if (this.merges.length) o.merges = this.merges;
    return o;
  }
}
// 18-digit resident ID with a correct check digit
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = "10X98765432";
function checkDigit(s17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += +s17[i] * W[i];
  return CK[s % 11];
}
function makeId(region, birth, seq, male) {
  // seq: 0..99 ; last of the 3 digits carries the sex
  let d3 = (seq % 5) * 2 + (male ? 1 : 0);
  const s17 = region + birth + String(1 + (Math.floor(seq / 5) % 99)).padStart(2, "0") + d3;
  return s17 + checkDigit(s17);
}
function idWithX(region, birth, male, start) {
  for (let k = start; k < start + 500; k++) {
    const id = makeId(region, birth, k, male);
    if (id.endsWith("X")) return id;
  }
  throw new Error("no X id");
}
function idWithoutX(region, birth, male, start) {
  for (let k = start; k < start + 500; k++) {
    const id = makeId(region, birth, k, male);
    if (!id.endsWith("X")) return id;
  }
  throw new Error("no id");
}
const spaced = (id) => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
const normId = (s) => (s == null ? null : s.replace(/\s+/g, "").toUpperCase());
const SUR = ["陈", "黄", "李", "梁", "林", "张", "何", "罗", "刘", "冯", "邓", "吴", "谢", "潘", "钟", "莫", "江", "卢", "叶", "曾", "欧", "严", "苏", "赖", "麦", "谭", "植", "骆", "伍", "孔"];
const GM = ["志", "伟", "明", "华", "国", "建", "文", "海", "德", "永", "少", "俊", "家", "宝", "坤", "荣", "强", "辉", "杰", "锦", "添", "福", "汉", "炳", "雄", "胜", "耀", "军", "平", "新"];
const GF = ["秀", "英", "丽", "芳", "玉", "金", "桂", "兰", "红", "春", "燕", "美", "凤", "雪", "婷", "霞", "敏", "娟", "群", "珍", "莲", "彩", "好", "银", "妹", "琼", "翠", "梅", "嫦", "容"];
const G1M = ["强", "伟", "明", "华", "辉", "杰", "坤", "荣", "军", "平", "雄", "斌"];
const G1F = ["英", "芳", "霞", "燕", "敏", "娟", "珍", "梅", "兰", "红", "萍", "娣"];
function nameMaker(seed) {
  const r = rng(seed);
  const used = new Set();
  return function (male) {
    for (;;) {
      const g = male ? GM : GF;
      const g1 = male ? G1M : G1F;
      const n =
        SUR[Math.floor(r() * SUR.length)] +
        (r() < 0.85 ? g[Math.floor(r() * g.length)] + g[Math.floor(r() * g.length)] : g1[Math.floor(r() * g1.length)]);
      if (n.length >= 2 && !used.has(n) && n[1] !== n[2]) {
        used.add(n);
        return n;
      }
    }
  };
}
function birthMaker(seed) {
  const r = rng(seed);
  return function (y1, y2) {
    const y = y1 + Math.floor(r() * (y2 - y1 + 1));
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    return `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`;
  };
}
const WEEK = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
function weekday(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}
function cn(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
function dotted(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}.${m}.${d}`;
}
function slashed(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}/${m}/${d}`;
}
const FW = (s) => String(s).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const thousands = (n) => n.toLocaleString("en-US");

// JSON writer: rows and primitive arrays on one line, records one per line
function isPrim(v) {
  return v === null || typeof v !== "object";
}
function isDateCell(v) {
  return v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 1 && "date" in v;
}
function ser(v, ind, inArray) {
  const pad = (n) => "  ".repeat(n);
  if (Array.isArray(v)) {
    if (v.every((x) => isPrim(x) || isDateCell(x))) return "[" + v.map((x) => JSON.stringify(x)).join(", ") + "]";
    if (v.length === 0) return "[]";
    return "[\n" + v.map((x) => pad(ind + 1) + ser(x, ind + 1, true)).join(",\n") + "\n" + pad(ind) + "]";
  }
  if (v && typeof v === "object") {
    const keys = Object.keys(v);
    if (keys.length === 0) return "{}";
    if (inArray && keys.every((k) => isPrim(v[k]) || isDateCell(v[k]))) return JSON.stringify(v).replace(/,"/g, ', "').replace(/":/g, '": ');
    return "{\n" + keys.map((k) => pad(ind + 1) + JSON.stringify(k) + ": " + ser(v[k], ind + 1, false)).join(",\n") + "\n" + pad(ind) + "}";
  }
  return JSON.stringify(v);
}
function write(rel, obj) {
  const file = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, ser(obj, 0, false) + "\n", "utf8");
  console.log("wrote", rel);
}

// ======================================================================
// 1. counties/b71-c1-guangning.json  (广宁县, 肇庆市)
// ======================================================================
function buildGuangning() {
  const ASOF = "2021-08-31";
  const REGION = "441223";
  const r = rng(7101);
  const towns = [
    ["南街街道", 8, ["城东社区", "城西社区", "城南社区", "城北社区", "新城社区", "江滨社区"]],
    ["排沙镇", 10, ["排沙社区"]],
    ["潭布镇", 12, ["潭布社区"]],
    ["江屯镇", 11, ["江屯社区"]],
    ["螺岗镇", 9, ["螺岗社区"]],
    ["北市镇", 10, []],
    ["坑口镇", 9, ["坑口社区"]],
    ["赤坑镇", 8, []],
    ["宾亨镇", 11, ["宾亨社区"]],
    ["五和镇", 10, []],
    ["横山镇", 12, ["横山社区"]],
    ["木格镇", 9, []],
    ["石咀镇", 10, []],
    ["古水镇", 13, ["古水社区"]],
    ["洲仔镇", 9, []],
    ["石涧镇", 11, []],
    ["联和镇", 10, []],
  ];
  const A1 = ["大", "小", "上", "下", "新", "东", "西", "南", "北", "石", "竹", "黄", "罗", "社", "长", "白", "高", "平", "清", "凤", "金", "良", "太", "中", "前", "青", "禾", "双", "三", "六", "马", "鹤", "榕", "莲", "桥", "塘", "岗", "永", "福", "兴"];
  const A2 = ["坑", "岗", "塘", "洞", "田", "岭", "坪", "冲", "坳", "湖", "垌", "寨", "围", "溪", "山", "坝", "面", "陂", "楼", "洲", "沙", "涌", "丰", "桥", "水", "埇", "岩", "龙", "安", "和"];
  const townShort = new Set(towns.map((t) => t[0].slice(0, 2)));
  let pool = [];
  for (const a of A1) for (const b of A2) if (a !== b) pool.push(a + b);
  pool = shuffle(pool, r).filter((n) => !townShort.has(n));
  const villages = []; // {town, name, poor}
  let k = 0;
  for (const [town, n] of towns) for (let i = 0; i < n; i++) villages.push({ town, name: pool[k++] + "村", poor: false });
  assert(villages.length === 172, "172 villages");
  // 24 provincial poor villages, spread over the towns (not in 南街街道)
  const poorIdx = shuffle(
    villages.map((v, i) => i).filter((i) => villages[i].town !== "南街街道"),
    rng(7102)
  ).slice(0, 24);
  for (const i of poorIdx) villages[i].poor = true;
  // coverage: 128 covered villages incl. 23 poor; one poor + one ordinary get September stations
  const poorList = poorIdx.slice().sort((a, b) => a - b);
  const uncoveredPoor = poorList[10];
  const nonPoor = shuffle(villages.map((v, i) => i).filter((i) => !villages[i].poor), rng(7103));
  const coveredNonPoor = nonPoor.slice(0, 105); // 105 + 23 = 128
  const septNonPoor = nonPoor[120];
  const covered = new Set([...poorList.filter((i) => i !== uncoveredPoor), ...coveredNonPoor]);
  assert(covered.size === 128, "128 covered");

  const names = nameMaker(7104);
  const births = birthMaker(7105);
  const sheets = [];

  // ---------------- 目录
  {
    const s = new Sheet("目录", 3);
    s.full("广宁县省级电子商务进农村综合示范县考评材料（台账）");
    s.add(["序号", "材料名称", "备注"]);
    const toc = [
      ["举一反三自查表", "对照市商务局2020年考评问题通报自查，含自评得分"],
      ["附1 村居名单", "县民政局2021年6月名册"],
      ["附2 站点清单", ""],
      ["附3 普及培训登记", "不含贫困户专场"],
      ["附4 专场签到", "贫困户专场逐人签到"],
      ["附5 贫困劳动力", "县乡村振兴局提供"],
      ["附6 园区企业", ""],
      ["附7 资金拨付", "单位：元"],
      ["附8 月报报送", ""],
      ["附9 专栏更新", ""],
      ["附10 宣传报道", ""],
      ["附11 经验材料", ""],
    ];
    toc.forEach((t, i) => s.add([i + 1, t[0], t[1] || null]));
    sheets.push(s.json());
  }

  // ---------------- 举一反三自查表 (facts + judged + claimed)
  {
    const s = new Sheet("举一反三自查表", 7);
    s.full("广宁县省级电子商务进农村综合示范县创建“举一反三”对照自查表");
    s.full("对照依据：肇庆市商务局《关于2018年省级电子商务进农村综合示范县考评发现问题的通报》（肇商务函〔2020〕186号）。逐条对照通报指出的他县问题，查我县是否存在同类问题；自查口径：省考评截止日2021年8月31日。");
    s.full("县情：全县辖1个街道、16个镇，村（居）委会186个，其中行政村（村委会）172个、社区居委会14个，省定贫困村24个；户籍人口55.93万人，常住人口42.38万人（第七次全国人口普查）。");
    s.add(["序号", "对应考评指标", "通报指出的问题（摘录）", "我县是否存在同类问题", "我县情况（截至2021年8月31日）", "自评分", "巩固提升措施"]);
    let n = 0;
    const row = (ind, issue, exists, situation, pts, measure) => s.add([++n, ind, issue, exists, situation, pts, measure || null]);
    const group = (first, count) => {
      // merge column B over a multi-row indicator
      if (count > 1) s.merge(1, first, 1, first + count - 1);
    };
    s.full("一、组织领导与统筹协调");
    row("组织领导", "个别县领导小组由分管副县长任组长，扶贫（乡村振兴）部门未纳入成员单位，统筹力度不够。", "不存在",
      "县政府成立广宁县电子商务进农村综合示范工作领导小组，县委副书记、县长任组长，分管副县长任副组长，成员单位有县商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、市场监管局、交通运输局、邮政管理局等15个单位（广府办函〔2020〕41号调整）。", "—", "每季度召开一次领导小组会议");
    row("方案制定", "个别县以征求意见稿代替正式方案，方案目标、任务不具体。", "不存在",
      "《广宁县创建省级电子商务进农村综合示范县工作方案》于2019年11月28日以县政府办文件正式印发（广府办〔2019〕47号），目标任务分解到15个成员单位。", "2分", "按方案倒排工期");
    row("政策支持", "个别县未出台扶持政策，或政策停留在纸面未兑现。", "不存在",
      "出台《广宁县促进农村电子商务发展扶持办法（试行）》（广府办〔2020〕9号），从资金、场地、人才三方面扶持；已兑现网店开设、物流补贴等奖补资金38.6万元。", "2分", "9月底前兑现第三批奖补");
    let g = row("项目管理", "项目管理制度不健全，建设、验收环节程序不规范。", "不存在",
      "制定《广宁县电子商务进农村综合示范项目管理办法》，项目招标、建设、验收均按制度执行，验收邀请第三方参与。", "2分", "");
    row("项目管理", "工作台账记录不完整，不能反映项目建设进度。", "部分存在",
      "已建立工作台账，按月更新；2020年上半年部分站点建设过程记录不全，正在补齐。", "1分", "9月15日前补齐站点建设过程资料");
    group(g, 2);
    s.full("二、服务体系建设");
    g = row("县级公共服务中心", "某县公共服务中心2020年12月才投入运营，至考评截止日运营不足6个月。", "不存在",
      "县电子商务公共服务中心（县城广宁大道竹乡电商大厦1—3层）于2020年11月18日投入运营，至8月31日已运营9个多月。", "—", "");
    row("县级公共服务中心", "个别县中心培训室设备不全，依靠租用场地办班。", "不存在",
      "中心设80座培训室1间、直播间2间，配电脑40台，常态化免费开展电商基础培训。", "—", "");
    row("县级公共服务中心", "个别县特色农产品展示展销区收取进场费。", "不存在",
      "设广宁特色农产品展示展销厅，免费为竹笋、番薯、油茶、砂糖橘等120多款产品提供展示和线上线下销售服务。", "—", "");
    row("县级公共服务中心", "个别县中心摄影、美工服务按次收费。", "存在",
      "美工设计（详情页、海报）免费；产品拍摄按每款30元收取成本费，尚未做到免费。", "—", "拟从10月起产品拍摄免费");
    row("县级公共服务中心", "未组织农产品统一推广，品牌建设指导缺位。", "不存在",
      "打造“广宁好礼”区域公用品牌，组织统一包装、统一推广，指导12家企业注册商标。", "—", "");
    row("县级公共服务中心", "其他衍生增值服务单一。", "不存在",
      "提供营业执照代办、金融对接、物流对接、网店代运营咨询等增值服务。", "—", "");
    group(g, 6);
    row("电商产业园", "个别县产业园入驻企业不足20家，或类型单一（仅销售型）。", "不存在",
      "整合优化原竹木市场二期为广宁县电子商务产业园，现入驻企业21家，含平台型、销售型、电商运营、物流快递四类。", "—", "继续招商");
    row("村级站点", "某县行政村站点覆盖率仅62%，省定贫困村未全覆盖。", "不存在",
      "全县172个行政村已建成村级电商服务站点135个，覆盖行政村130个，覆盖率75.6%；24个省定贫困村全部建站。", "—", "");
    s.full("三、农村产品上行");
    row("网销调研", "未开展农产品网络销售调研，或调研报告无针对性建议。", "不存在",
      "2020年5月形成《广宁县农产品网络销售情况调研报告》报肇庆市商务局，提出品牌、物流、人才等6条建议。", "2分", "");
    row("促销活动", "网络促销活动少，成效不明显。", "不存在",
      "举办“广宁好礼·云上年货节”“竹笋节直播周”等网络促销活动16场，线上销售额2,360万元。", "2分", "");
    row("第三方运营", "当地无专业第三方电子商务运营服务商。", "不存在",
      "引进广东竹乡电子商务有限公司作为第三方运营服务商，负责中心和站点运营。", "—", "");
    row("物流快递", "某县仍有5个行政村快递未进村，覆盖率97.8%。", "不存在",
      "全县172个行政村快递物流服务覆盖率100%（县邮政管理局2021年7月出具证明）。", "—", "");
    row("交易标准·冷链·溯源", "未出台农产品电商交易标准，冷链、溯源系统缺失。", "部分存在",
      "制定《广宁竹笋电商销售分级标准》团体标准；建成农产品溯源平台，已赋码产品26款；冷链仅有1座500立方米冷库，未形成冷链配送体系。", "1分", "争取冷链项目");
    row("网零增速", "某县2020年农村网络零售额同比增长18.5%，农产品网络零售额增长21%，均未达30%。", "部分存在",
      "2020年全县农村网络零售额10.95亿元（2019年8.62亿元），同比增长27.0%，未达30%；农产品网络零售额4.21亿元（2019年3.12亿元），同比增长34.9%，达到要求。", "—", "");
    s.full("四、电商人才培训");
    row("培训人次", "某县培训人次仅占常住人口0.62%，且同一学员多次参训重复计算。", "部分存在",
      "截至8月31日累计开展电商培训4,105人次（普及培训3,949人次，贫困户专场156人次），占常住人口0.97%，未达1%。", "—", "9月再办一期");
    row("贫困人口培训", "个别县将外出务工人员计入基数，贫困人口培训率虚高。", "不存在",
      "县乡村振兴局核定有劳动能力且未外出务工的建档立卡贫困人口192人（已剔除外出务工80人），已参训110人，培训率57.3%。", "—", "");
    s.full("五、信息公开及报送");
    row("公开专栏", "个别县专栏只公示创建方案，未公示项目信息和建设进度，未设监督举报窗口。", "不存在",
      "县政府门户网站“广宁县电子商务进农村综合示范”专栏公示了创建方案、项目基本信息和每月建设进度，设有监督举报电话和邮箱。", "—", "");
    row("专栏更新", "某县专栏2020年10月后未再更新。", "不存在", "专栏自2020年9月以来按月更新建设进度。", "—", "");
    row("月报报送", "个别县未按月报送工作进展。", "不存在", "每月10日前通过粤政易向肇庆市商务局报送工作进展月报。", "—", "");
    row("电商扶贫统计", "未统计电商扶贫情况。", "不存在", "月报附《电商扶贫情况统计表》，统计贫困户参训、带动增收等情况。", "—", "");
    s.full("六、宣传推广");
    row("经验材料", "未向市商务局报送经验材料。", "不存在", "2021年6月15日向肇庆市商务局报送《“竹乡+电商”助农增收的广宁实践》经验材料。", "—", "");
    row("媒体宣传", "典型做法缺少主流媒体宣传，仅有县级媒体报道。", "不存在",
      "南方日报、广东广播电视台珠江频道、南方+、肇庆日报、广宁县融媒体中心等媒体报道我县做法。", "—", "");
    s.full("七、财政资金管理");
    row("资金管理制度", "个别县未制定专项资金管理制度。", "不存在",
      "制定《广宁县省级电子商务进农村综合示范专项资金管理办法》（广商务〔2020〕11号），明确支持方向、拨付程序和考核问责。", "5分", "");
    row("资金台账", "承建单位未建立资金专用台账，账目不清。", "部分存在",
      "县商务局和9家承建单位均建立资金专用台账；1家承建单位凭证装订不规范，已于7月整改。", "4分", "");
    row("资金支出", "某县资金支出率仅58.3%，被倒扣5分。", "不存在",
      "下达省级专项资金500万元，截至8月31日累计拨付405.23万元，支出率81.05%，按合同进度及时拨付。", "4分", "");
    s.full("八、一票否决事项及加分事项");
    row("项目进度", "个别县项目建设进度严重滞后。", "不存在", "项目总体进度92%。", "—", "");
    row("安全事故", "个别县站点存在消防安全隐患被通报。", "不存在", "创建以来未发生安全生产、质量事故，未造成重大经济损失和社会不良影响。", "—", "");
    row("真实性", "个别县培训签到表代签、数据不实。", "不存在", "各项数据真实，签到表为学员本人签名，不存在弄虚作假。", "—", "");
    row("电视播报（加分）", "多数县电商扶贫典型案例未获电视媒体播报。", "不存在",
      "2021年5月21日广东广播电视台珠江频道《珠江新闻眼》播出广宁竹笋电商扶贫典型案例。", "—", "");
    s.blank();
    s.full("附：自评得分汇总");
    let hr = s.add(["序号", "评价指标", "分值", "自评分", "说明"]);
    s.merge(4, hr, 6, hr);
    const claimedRows = [
      ["组织领导", 2, 2, ""],
      ["方案制定", 2, 2, ""],
      ["政策支持", 2, 2, ""],
      ["项目管理", 4, 3, "管理制度2分，工作台账1分"],
      ["服务体系建设—县级中心及产业园", 15, 14, "摄影收费，扣1分"],
      ["服务体系建设—村级站点", 10, 10, "覆盖率75.6%，贫困村全覆盖"],
      ["农村产品上行", 10, 9, "交易标准、冷链溯源1分"],
      ["电商人才培训", 20, 18, "培训人次0.97%得8分，贫困人口培训率57.3%得10分"],
      ["信息公开", 4, 4, ""],
      ["数据上报", 6, 6, ""],
      ["案例总结", 2, 2, ""],
      ["经验推广", 8, 8, "省级、市级、县级媒体均有报道"],
      ["制度建立", 5, 5, ""],
      ["资金台账", 5, 4, ""],
      ["资金支出", 5, 4, "支出率81.05%"],
      ["加分项：建档立卡贫困人口培训率70%及以上", 2, 0, "57.3%，未达70%"],
      ["加分项：电商扶贫典型案例获电视播报", 2, 1, "省级电视"],
    ];
    claimedRows.forEach((c, i) => {
      const rr = s.add([i + 1, c[0], c[1], c[2], c[3] || null]);
      s.merge(4, rr, 6, rr);
    });
    let rr = s.add([null, "一票否决项", "—", "无", "未发生否决情形"]);
    s.merge(4, rr, 6, rr);
    rr = s.add([null, "合计", 100, 94, "含加分1分"]);
    s.merge(4, rr, 6, rr);
    s.blank();
    s.full("自查：县商务局电商股　黄志明　　审核：副局长　陈国强　　2021年9月6日");
    sheets.push(s.json());
  }

  // ---------------- 附1 村居名单
  {
    const s = new Sheet("附1 村居名单", 7);
    s.full("广宁县村（居）委会名单");
    s.full("数据来源：县民政局2021年6月区划名册；快递进村情况经县邮政管理局核实（2021年7月）");
    s.add(["序号", "镇（街道）", "村（居）委会", "类别", "省定贫困村", "快递进村", "备注"]);
    let n = 0;
    for (const [town, , comms] of towns) {
      const first = s.rows.length + 1;
      const vs = villages.filter((v) => v.town === town);
      vs.forEach((v, i) => s.add([++n, i === 0 ? town : null, v.name + "委会", "村委会", v.poor ? "是" : "否", "✓", null]));
      comms.forEach((c) => s.add([++n, null, c + "居委会", "居委会", "—", "✓", null]));
      const last = s.rows.length;
      if (last > first) s.merge(1, first, 1, last);
    }
    s.full("合计：村委会172个，社区居委会14个，其中省定贫困村24个。");
    s.full("填表：县商务局电商股　2021年7月20日");
    sheets.push(s.json());
  }

  // ---------------- 附2 站点清单
  let stationRows = 0;
  {
    const s = new Sheet("附2 站点清单", 8);
    s.full("广宁县村级电子商务服务站点清单");
    s.full("填报单位：广宁县商务局　　　更新时间：2021年9月15日");
    s.add(["序号", "镇（街道）", "站点名称", "所在村（居）", "站长", "联系电话", "挂牌运营时间", "备注"]);
    const batchDates = ["2020-06-18", "2020-08-26", "2020-10-16", "2020-12-08", "2021-03-05", "2021-05-20", "2021-07-08", "2021-08-31"];
    const rr = rng(7106);
    const phones = rng(7107);
    const phone = () => "13" + String(Math.floor(phones() * 1e9)).padStart(9, "0").replace(/^(\d)/, (m) => String(5 + (+m % 5)));
    const secondIn = new Set();
    const coveredList = [...covered].sort((a, b) => a - b);
    [coveredList[7], coveredList[60], coveredList[101]].forEach((i) => secondIn.add(i));
    let n = 0;
    const fmtDate = (iso, ti) => {
      const m = ti % 5;
      if (m === 0) return D(iso);
      if (m === 1) return dotted(iso);
      if (m === 2) return cn(iso);
      if (m === 3) return slashed(iso);
      return D(iso);
    };
    towns.forEach(([town], ti) => {
      const first = s.rows.length + 1;
      const idxs = villages.map((v, i) => i).filter((i) => villages[i].town === town);
      let j = 0;
      for (const i of idxs) {
        const v = villages[i];
        const base = v.name.replace(/村$/, "");
        const variant = [v.name, base + "村委会", base + "村民委员会"][(i + ti) % 3];
        if (covered.has(i)) {
          let iso = batchDates[Math.floor(rr() * (batchDates.length - 1))];
          if (i === coveredList[50]) iso = "2021-08-31"; // opened on the cut-off day itself
          // one town writes only the month
          const cell = town === "五和镇" ? `${+iso.slice(0, 4)}年${+iso.slice(5, 7)}月` : fmtDate(iso, ti);
          s.add([++n, j === 0 ? town : null, base + "村电商服务站", variant, names(rr() < 0.5), phone(), cell, v.poor ? "省定贫困村" : null]);
          j++;
          if (secondIn.has(i)) {
            s.add([++n, null, base + "村电商服务站（二站）", variant, names(true), phone(), fmtDate("2021-08-20", ti), "同村第二个站点"]);
            j++;
          }
        }
        if (i === uncoveredPoor) {
          s.add([++n, j === 0 ? town : null, base + "村电商服务站", variant, names(false), phone(), dotted("2021-09-06"), "省定贫困村，9月新建"]);
          j++;
        }
        if (i === septNonPoor) {
          s.add([++n, j === 0 ? town : null, base + "村电商服务站", variant, names(true), phone(), cn("2021-09-13"), "9月新建"]);
          j++;
        }
      }
      if (town === "南街街道") {
        s.add([++n, null, "城东社区电商服务站", "城东社区", names(false), phone(), D("2020-10-16"), "社区站点"]);
        j++;
      }
      if (town === "石涧镇") {
        s.add([++n, null, "县国有林场电商服务点", "广宁县国有林场（石涧工区）", names(true), phone(), dotted("2020-12-08"), "林场"]);
        j++;
      }
      const last = s.rows.length;
      if (last > first) s.merge(1, first, 1, last);
    });
    stationRows = n;
    s.full("注：1.同一村有两个站点的按一个村计覆盖；2.社区站点、林场服务点不计入行政村覆盖；3.9月新建站点为考评截止日后建成。");
    s.full("填表人：黄志明　　审核：陈国强");
    sheets.push(s.json());
  }
  assert(stationRows === 128 + 3 + 2 + 2, "station rows " + stationRows);

  // ---------------- poor roster (附5) and sign-in (附4)
  const poorVillageIdx = poorList; // roster persons live in the poor villages
  const roster = []; // {town, village, name, male, id, labourText, workText, workPlace, cat}
  const cats = [];
  for (let i = 0; i < 192; i++) cats.push("E");
  for (let i = 0; i < 80; i++) cats.push("M");
  for (let i = 0; i < 48; i++) cats.push("N");
  const catOrder = shuffle(cats, rng(7108));
  const rp = rng(7109);
  let xCount = 0;
  catOrder.forEach((cat, i) => {
    const v = villages[poorVillageIdx[i % 24]];
    const male = rp() < 0.52;
    const birth = cat === "N" ? births(1938, 1956) : births(1962, 2000);
    // make a handful of IDs end in X
    const wantX = cat === "E" && xCount < 9 && i % 13 === 5;
    const st0 = Math.floor(rp() * 480);
    const id = wantX ? idWithX(REGION, birth, male, st0) : idWithoutX(REGION, birth, male, st0);
    if (id.endsWith("X")) xCount++;
    let labourText, workText, place = null;
    if (cat === "E") {
      labourText = ["普通劳动力", "普通劳动力", "技能劳动力", "弱劳动力"][Math.floor(rp() * 4)];
      workText = ["县内务工", "在家务农", "未务工", "县内务工"][Math.floor(rp() * 4)];
      if (workText === "县内务工") place = ["广宁县城", "本镇", "广宁县排沙镇"][Math.floor(rp() * 3)];
    } else if (cat === "M") {
      labourText = ["普通劳动力", "技能劳动力"][Math.floor(rp() * 2)];
      workText = rp() < 0.6 ? "县外省内务工" : "省外务工";
      place = workText === "省外务工" ? ["广西南宁", "湖南长沙", "浙江义乌"][Math.floor(rp() * 3)] : ["佛山南海", "广州白云", "肇庆端州", "东莞"][Math.floor(rp() * 4)];
    } else {
      labourText = rp() < 0.5 ? "丧失劳动力" : "无劳动力";
      workText = "—";
    }
    roster.push({ town: v.town, village: v.name, name: names(male), male, id, labourText, workText, place, cat });
  });
  assert(xCount >= 5, "some X ids");
  assert(new Set(roster.map((p) => p.id)).size === roster.length, "unique roster ids");
  const E = roster.filter((p) => p.cat === "E");
  const M = roster.filter((p) => p.cat === "M");
  const N = roster.filter((p) => p.cat === "N");
  assert(E.length === 192 && M.length === 80 && N.length === 48, "roster split");
  // trained eligible: 110 before the cut-off, 26 more in September
  const Eshuf = shuffle(E, rng(7110));
  // prefer X ids inside the trained group so that lower-case x matters
  const Ex = Eshuf.filter((p) => p.id.endsWith("X"));
  const Eo = Eshuf.filter((p) => !p.id.endsWith("X"));
  const trained = [...Ex.slice(0, 4), ...Eo].slice(0, 110);
  const sept = Eshuf.filter((p) => !trained.includes(p)).slice(0, 26);
  const sessions = [
    { title: "专场一", iso: "2020-11-20", cell: D("2020-11-20"), first: trained.slice(0, 30), rep: [], mig: M.slice(0, 4), nol: N.slice(0, 2), cad: 4 },
    { title: "专场二", iso: "2021-01-21", cell: "2021.1.21", first: trained.slice(30, 58), rep: trained.slice(0, 4), mig: M.slice(4, 6), nol: N.slice(2, 4), cad: 2 },
    { title: "专场三", iso: "2021-04-15", cell: "2021年4月15日", first: trained.slice(58, 86), rep: trained.slice(10, 13).concat(trained.slice(35, 38)), mig: M.slice(6, 9), nol: N.slice(4, 5), cad: 2 },
    { title: "专场四", iso: "2021-07-15", cell: D("2021-07-15"), first: trained.slice(86, 110), rep: trained.slice(60, 64).concat(trained.slice(20, 22)), mig: M.slice(9, 12), nol: N.slice(5, 8), cad: 2 },
    { title: "专场五", iso: "2021-09-09", cell: "2021.9.9", first: sept, rep: trained.slice(90, 94), mig: [], nol: [], cad: 0 },
  ];
  const signRows = []; // per session list of {name, male, idCell, place, poor}
  const sr = rng(7111);
  let lowerX = 0, spacedDone = 0;
  sessions.forEach((se, si) => {
    const list = [];
    for (const p of se.first.concat(se.rep, se.mig, se.nol)) list.push({ p, poor: "是" });
    for (let c = 0; c < se.cad; c++) {
      const male = sr() < 0.6;
      const b = births(1970, 1992);
      list.push({ p: { name: names(male), male, id: idWithoutX(REGION, b, male, Math.floor(sr() * 480)), town: villages[poorVillageIdx[(si * 5 + c) % 24]].town, village: villages[poorVillageIdx[(si * 5 + c) % 24]].name }, poor: "否", cadre: c % 2 === 0 ? "村干部" : "帮扶干部" });
    }
    const rows = shuffle(list, rng(7120 + si)).map((x) => {
      let idCell = x.p.id;
      if (x.poor === "是" && idCell.endsWith("X") && lowerX < 3 && se.first.includes(x.p)) {
        idCell = idCell.slice(0, 17) + "x";
        lowerX++;
      } else if (x.poor === "是" && spacedDone < 1 && si === 2 && se.first.includes(x.p)) {
        idCell = spaced(idCell);
        spacedDone++;
      }
      return { name: x.p.name, male: x.p.male, idCell, where: x.p.town + x.p.village, poor: x.poor, note: x.cadre || null };
    });
    signRows.push(rows);
  });
  assert(lowerX === 3 && spacedDone === 1, "id variants " + lowerX + spacedDone);
  const signBefore = signRows.slice(0, 4).reduce((a, r) => a + r.length, 0);
  assert(signBefore === 156, "sign-in rows before cut-off " + signBefore);
  assert(signRows[4].length === 30, "sept special rows");
  {
    // verify the poor training rate from the lists themselves
    const eligible = new Set(roster.filter((p) => p.cat === "E").map((p) => p.id));
    const got = new Set();
    for (let si = 0; si < 4; si++) for (const r0 of signRows[si]) {
      const id = normId(r0.idCell);
      if (eligible.has(id)) got.add(id);
    }
    assert(got.size === 110, "trained eligible " + got.size);
    const withSept = new Set(got);
    for (const r0 of signRows[4]) if (eligible.has(normId(r0.idCell))) withSept.add(normId(r0.idCell));
    assert(withSept.size === 136, "with september " + withSept.size);
  }

  // ---------------- 附3 普及培训登记
  const sessionsGeneral = [
    ["第1期", D("2020-07-16"), "电子商务基础知识", "县电商公共服务中心", 118, "广东竹乡电子商务有限公司"],
    ["第2期", "2020.8.20", "网店开设与运营", "排沙镇政府会议室", 150, "广东竹乡电子商务有限公司"],
    ["第3期", D("2020-09-17"), "农产品短视频拍摄", "县电商公共服务中心", 176, "肇庆学院"],
    ["第4期", "2020年10月15日", "电商基础普及（潭布镇）", "潭布镇文化站", "160人次", "广东竹乡电子商务有限公司"],
    ["第5期", D("2020-10-29"), "直播带货入门", "县电商公共服务中心", 142, "肇庆学院"],
    ["第6期", "2020.11.12", "电商基础普及（江屯镇）", "江屯镇政府会议室", 166, "广东竹乡电子商务有限公司"],
    ["第7期", D("2020-11-26"), "农村青年电商创业", "县电商公共服务中心", 148, "广东竹乡电子商务有限公司"],
    ["第8期", "2020年12月10日", "电商基础普及（宾亨镇）", "宾亨镇文化站", 170, "广东竹乡电子商务有限公司"],
    ["第9期", D("2020-12-24"), "年货节网络营销", "县电商公共服务中心", 136, "广东竹乡电子商务有限公司"],
    ["第10期", "2021/1/14", "政府干部电商知识", "县委党校", 158, "肇庆市电子商务协会"],
    ["第11期", D("2021-03-04"), "电商基础普及（古水镇）", "古水镇政府会议室", "172人次", "广东竹乡电子商务有限公司"],
    ["第12期", "2021.3.18", "直播带货实操", "县电商公共服务中心", 146, "肇庆学院"],
    ["第13期", D("2021-03-25"), "竹笋产品网销（线上）", "线上直播", FW(150), "广东竹乡电子商务有限公司"],
    ["第14期", "2021/4/8", "电商基础普及（横山镇）", "横山镇文化站", 164, "广东竹乡电子商务有限公司"],
    ["第15期", D("2021-04-22"), "网店美工设计", "县电商公共服务中心", 156, "肇庆学院"],
    ["第16期", "2021年5月13日", "电商基础普及（北市镇）", "北市镇政府会议室", 168, "广东竹乡电子商务有限公司"],
    ["第17期", D("2021-05-27"), "社区团购与微商", "县电商公共服务中心", 142, "广东竹乡电子商务有限公司"],
    ["第18期", "2021.6.10", "电商基础普及（石咀镇）", "石咀镇文化站", 160, "广东竹乡电子商务有限公司"],
    ["第19期", D("2021-06-24"), "退役军人电商创业", "县电商公共服务中心", 152, "肇庆市电子商务协会"],
    ["第20期", "2021年7月8日", "电商基础普及（螺岗镇）", "螺岗镇政府会议室", "166人次", "广东竹乡电子商务有限公司"],
    ["第21期", D("2021-07-15"), "巾帼电商", "县电商公共服务中心", 138, "县妇联、广东竹乡电子商务有限公司"],
    ["第22期", "2021.7.22", "电商基础普及（木格镇）", "木格镇文化站", 162, "广东竹乡电子商务有限公司"],
    ["第23期", D("2021-08-05"), "农产品品牌与包装", "县电商公共服务中心", 148, "肇庆学院"],
    ["第24期", "2021/8/12", "电商基础普及（联和镇）", "联和镇政府会议室", 156, "广东竹乡电子商务有限公司"],
    ["第25期", D("2021-08-19"), "跨境电商入门", "县电商公共服务中心", 144, "肇庆市电子商务协会"],
    ["第26期", "2021.8.30-31", "直播带货训练营（两天）", "县电商公共服务中心", 101, "广东竹乡电子商务有限公司"],
    ["第27期", D("2021-09-10"), "电商基础普及（洲仔镇、石涧镇）", "洲仔镇文化站", 300, "广东竹乡电子商务有限公司"],
  ];
  const ptNum = (v) => (typeof v === "number" ? v : +String(v).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^0-9]/g, ""));
  const generalBefore = sessionsGeneral.slice(0, 26).reduce((a, s) => a + ptNum(s[4]), 0);
  assert(generalBefore === 3949, "general sessions before cut-off " + generalBefore);
  {
    const s = new Sheet("附3 普及培训登记", 7);
    s.full("广宁县农村电商普及培训登记表（不含贫困户专场）");
    s.add(["期次", "培训日期", "培训主题", "培训地点", "参训人次", "授课单位", "备注"]);
    sessionsGeneral.forEach((x) => s.add([x[0], x[1], x[2], x[3], x[4], x[5], x[0] === "第27期" ? "洲仔、石涧两镇合办" : null]));
    s.add(["合计", null, null, null, generalBefore + 300, null, null]);
    s.full("注：贫困户专场人次未计入本表，见附4签到表。");
    sheets.push(s.json());
  }
  // ---------------- 附4 专场签到
  {
    const s = new Sheet("附4 专场签到", 9);
    s.full("广宁县建档立卡贫困户电商专场培训签到表");
    s.add(["场次", "培训日期", "序号", "姓名", "性别", "身份证号码", "所在镇村", "是否建档立卡贫困户", "签名"]);
    sessions.forEach((se, si) => {
      const first = s.rows.length + 1;
      signRows[si].forEach((x, k) => s.add([k === 0 ? se.title : null, k === 0 ? se.cell : null, k + 1, x.name, x.male ? "男" : "女", x.idCell, x.where, x.poor, x.note ? `（${x.note}）` : "已签"]));
      const last = s.rows.length;
      s.merge(0, first, 0, last);
      s.merge(1, first, 1, last);
    });
    s.full("注：专场人次未计入附3普及培训登记表；村干部、帮扶干部随同参训，照实登记。");
    sheets.push(s.json());
  }
  // ---------------- 附5 贫困劳动力
  {
    const s = new Sheet("附5 贫困劳动力", 9);
    s.full("广宁县建档立卡贫困人口劳动力情况表（电商培训对象）");
    s.full("提供单位：广宁县乡村振兴局（2021年6月）");
    s.add(["序号", "镇", "村", "姓名", "性别", "身份证号码", "劳动能力", "务工情况", "务工地点"]);
    roster.forEach((p, i) => s.add([i + 1, p.town, p.village, p.name, p.male ? "男" : "女", p.id, p.labourText, p.workText, p.place]));
    s.full("注：有劳动能力（普通、技能、弱劳动力）且未外出务工（未务工、在家务农、县内务工）192人。");
    sheets.push(s.json());
  }
  // ---------------- 附6 园区企业
  const ents = [
    ["广宁县竹乡优品电子商务有限公司", "平台型", D("2020-06-30"), null, ""],
    ["广宁县笋香农业发展有限公司", "销售型", "2020.7.1", null, ""],
    ["肇庆市宁好物流有限公司", "物流企业", D("2020-07-01"), null, ""],
    ["广宁县番薯哥农产品网店", "销售型", "2020年7月15日", null, ""],
    ["广东竹乡电子商务有限公司", "电商运营商", D("2020-06-18"), null, "第三方运营服务商"],
    ["广宁县绿野油茶专业合作社", "销售型", "2020.8.3", null, ""],
    ["广宁县竹乡农产品有限公司", "销售型", D("2020-08-10"), null, "2021年3月更名，见下行"],
    ["广东竹乡优选农业有限公司", "销售型", "2021.3.15", null, "原广宁县竹乡农产品有限公司更名"],
    ["广宁县邮政分公司电商服务部", "物流企业", D("2020-09-01"), null, ""],
    ["广宁县云上直播文化传媒有限公司", "直播电商", "2020年9月22日", null, ""],
    ["广宁县古水砂糖橘电商合作社", "销售型", D("2020-10-12"), null, ""],
    ["肇庆市云仓供应链管理有限公司", "物流企业", "2020.10.28", null, ""],
    ["广宁县竹韵工艺品有限公司", "销售型", D("2020-11-05"), null, ""],
    ["广宁县宁品网络科技有限公司", "电商运营商", "2020/11/18", null, ""],
    ["广宁县山里人家土特产商行", "销售型", D("2020-12-01"), D("2021-05-31"), "已退园"],
    ["广宁县江屯玉竹网店", "销售型", "2020年12月20日", null, ""],
    ["广东宁优跨境电子商务有限公司", "平台型", D("2021-01-08"), null, ""],
    ["广宁县快达快递服务有限公司", "物流企业", "2021.3.1", null, ""],
    ["广宁县竹笋哥食品有限公司", "销售型", D("2021-04-16"), null, ""],
    ["广宁县乡村振兴电商服务有限公司", "电商运营商", "2021.6.1", null, ""],
    ["广宁县木格茶业有限公司", "销售型", D("2021-07-20"), null, ""],
    ["广宁县宁乡味食品有限公司", "销售型", "2021.9.6", null, "9月入驻"],
  ];
  {
    const s = new Sheet("附6 园区企业", 7);
    s.full("广宁县电子商务产业园入驻企业名单");
    s.add(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]);
    const cr = rng(7130);
    const AL = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    let prevCode = null;
    ents.forEach((e, i) => {
      let code = "91441223MA5" + Array.from({ length: 7 }, () => AL[Math.floor(cr() * AL.length)]).join("");
      if (i === 7) code = prevCode; // renamed company keeps its code
      prevCode = code;
      s.add([i + 1, e[0], code, e[1], e[2], e[3], e[4] || null]);
    });
    s.full("注：截至2021年9月10日登记入驻企业22户（含更名1户）。");
    sheets.push(s.json());
  }
  // ---------------- 附7 资金拨付
  const funds = [
    [D("2020-06-28"), "记-06-018", "县级电商公共服务中心装修（首期）", "肇庆市宏建装饰工程有限公司", 600000, ""],
    ["2020.8.14", "记-08-022", "村级站点建设（第一批）", "广东竹乡电子商务有限公司", 900000, ""],
    [D("2020-10-20"), "记-10-031", "公共服务中心设备采购", "肇庆市数联科技有限公司", 380000, ""],
    ["2020年11月30日", "记-11-027", "县镇村物流体系建设", "肇庆市宁好物流有限公司", 450000, ""],
    [D("2020-12-25"), "记-12-040", "村级站点建设（第二批）", "广东竹乡电子商务有限公司", 720000, ""],
    [D("2021-01-15"), "记-01-009", "电商培训服务（首期）", "广东竹乡电子商务有限公司", 260000, ""],
    [D("2021-01-18"), "记-01-013", "电商培训服务（首期）", "广东竹乡电子商务有限公司", 260000, "重复录入"],
    [D("2021-01-20"), "记-01-015", "冲销1月18日记-01-013重复录入", "广东竹乡电子商务有限公司", -260000, "红字冲销"],
    ["2021/3/26", "记-03-021", "“广宁好礼”品牌推广", "肇庆市创意广告有限公司", 185000, ""],
    [D("2021-04-30"), "记-04-030", "农产品溯源及冷库设备", "广宁县绿源冷链科技有限公司", 250000, ""],
    ["2021.6.10", "记-06-012", "村级站点建设（第三批）", "广东竹乡电子商务有限公司", "237,300.00", ""],
    [D("2021-08-31"), "记-08-035", "电商培训服务（二期进度款）", "广东竹乡电子商务有限公司", 70000, ""],
    [D("2021-09-14"), "记-09-008", "村级站点建设（尾款）", "广东竹乡电子商务有限公司", 300000, ""],
  ];
  const fundBefore = funds.slice(0, 12).reduce((a, f) => a + (typeof f[4] === "number" ? f[4] : +f[4].replace(/,/g, "")), 0);
  assert(fundBefore === 4052300, "funds before " + fundBefore);
  {
    const s = new Sheet("附7 资金拨付", 7);
    s.full("广宁县省级电子商务进农村综合示范专项资金拨付台账");
    s.add(["下达资金：5,000,000.00元（粤商务电函〔2019〕29号）", null, null, null, null, "单位：元", null]);
    s.merge(0, 2, 4, 2);
    s.add(["序号", "拨付日期", "凭证号", "项目内容", "承建（收款）单位", "拨付金额", "备注"]);
    funds.forEach((f, i) => s.add([i + 1, f[0], f[1], f[2], f[3], f[4], f[5] || null]));
    s.add(["合计", null, null, null, null, fundBefore + 300000, null]);
    s.full("制表：黄志明　　审核：陈国强　　财务：梁秀英");
    sheets.push(s.json());
  }
  // ---------------- 附8 月报报送
  const reports = [
    [D("2020-09-08"), "2020年8月工作进展月报", "是"],
    ["2020.10.12", "2020年9月工作进展月报", "是"],
    [D("2020-11-09"), "2020年10月工作进展月报", "是"],
    [D("2020-12-08"), "2020年11月工作进展月报", "是"],
    ["2021.1.11", "2020年12月工作进展月报", "是"],
    [D("2021-02-05"), "2021年1月工作进展月报", "是"],
    [D("2021-03-09"), "2021年2月工作进展月报", "否"],
    ["2021年4月8日", "2021年3月工作进展月报", "是"],
    [D("2021-05-10"), "2021年4月工作进展月报", "是"],
    [D("2021-06-08"), "2021年5月工作进展月报", "是"],
    ["2021.7.8", "2021年6月工作进展月报", "是"],
    [D("2021-08-09"), "2021年7月工作进展月报", "是"],
    [D("2021-09-07"), "2021年8月工作进展月报", "是"],
  ];
  {
    const s = new Sheet("附8 月报报送", 6);
    s.full("广宁县电子商务进农村综合示范工作月报报送记录");
    s.add(["序号", "报送日期", "报送内容", "报送对象", "报送方式", "附电商扶贫统计表"]);
    reports.forEach((x, i) => s.add([i + 1, x[0], x[1], "肇庆市商务局", "粤政易", x[2]]));
    sheets.push(s.json());
  }
  // ---------------- 附9 专栏更新
  const disc = [
    [D("2020-06-30"), "广宁县创建省级电子商务进农村综合示范县工作方案", "创建方案"],
    [D("2020-07-15"), "广宁县电子商务进农村综合示范项目基本信息公示", "项目公示"],
    ["2020.9.18", "项目建设进度（2020年8月）", "建设进度"],
    [D("2020-10-20"), "项目建设进度（2020年9月）", "建设进度"],
    ["2020.11.19", "项目建设进度（2020年10月）", "建设进度"],
    [D("2020-12-18"), "项目建设进度（2020年11月）", "建设进度"],
    ["2021.1.20", "项目建设进度（2020年12月）", "建设进度"],
    [D("2021-03-05"), "项目建设进度（2021年1—2月）", "建设进度"],
    ["2021.3.22", "第二批项目基本信息公示", "项目公示"],
    [D("2021-04-19"), "项目建设进度（2021年3月）", "建设进度"],
    ["2021.5.20", "项目建设进度（2021年4月）", "建设进度"],
    [D("2021-06-18"), "项目建设进度（2021年5月）", "建设进度"],
    ["2021.7.19", "项目建设进度（2021年6月）", "建设进度"],
    [D("2021-08-18"), "项目建设进度（2021年7月）", "建设进度"],
    ["2021.9.2", "项目建设进度（2021年8月）", "建设进度"],
  ];
  {
    const s = new Sheet("附9 专栏更新", 4);
    s.full("广宁县政府门户网站“电子商务进农村综合示范”专栏更新记录");
    s.add(["序号", "发布日期", "标题", "子栏目"]);
    disc.forEach((x, i) => s.add([i + 1, x[0], x[1], x[2]]));
    s.full("注：专栏设创建方案、项目公示、建设进度、监督举报（电话0758-8612×××，邮箱gnxswj@×××.com）四个子栏目。");
    sheets.push(s.json());
  }
  // ---------------- 附10 宣传报道
  {
    const s = new Sheet("附10 宣传报道", 7);
    s.full("广宁县电子商务进农村宣传报道情况");
    s.add(["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]);
    s.add([1, D("2020-12-08"), "南方日报", "省级", "报纸", "广宁竹笋“触网”走俏大湾区", "否"]);
    s.add([2, "2021.1.15", "广宁县融媒体中心", "县级", "电视", "我县电商服务站点覆盖到村", "否"]);
    s.add([3, D("2021-05-21"), "广东广播电视台珠江频道《珠江新闻眼》", "省级", "电视", "广宁：一根竹笋连起脱贫户的致富路", "是"]);
    s.add([4, "2021年6月30日", "南方+客户端", "省级", "网络", "广宁“竹乡+电商”助农增收", "否"]);
    s.add([5, D("2021-09-03"), "肇庆日报", "市级", "报纸", "广宁电商进农村跑出加速度", "否"]);
    sheets.push(s.json());
  }
  // ---------------- 附11 经验材料
  {
    const s = new Sheet("附11 经验材料", 4);
    s.full("广宁县电子商务进农村经验材料报送情况");
    s.add(["序号", "报送日期", "材料名称", "报送单位"]);
    s.add([1, D("2021-06-15"), "“竹乡+电商”助农增收的广宁实践", "肇庆市商务局"]);
    s.add([2, "2021.9.8", "广宁县村级电商服务站运营经验", "肇庆市商务局"]);
    sheets.push(s.json());
  }

  const expect = {
    asOf: ASOF,
    total: 86,
    bonus: 1,
    vetoed: false,
    points: {
      "org.leadership": 2,
      "org.plan": 2,
      "org.policy": 2,
      "org.management": 3,
      "work.center": 12,
      "work.coverage": 8,
      "work.upward": 9,
      "work.training": 18,
      "info.disclosure": 3,
      "info.reporting": 6,
      "promo.cases": 2,
      "promo.media": 5,
      "fund.system": 5,
      "fund.ledger": 4,
      "fund.spending": 4,
      "bonus.poorTraining": 0,
      "bonus.tvCase": 1,
      "veto.incident": 0,
      "veto.progress": 0,
      "veto.fraud": 0,
    },
    claimed: {
      "org.leadership": 2,
      "org.plan": 2,
      "org.policy": 2,
      "org.management": 3,
      "work.center": 14,
      "work.coverage": 10,
      "work.upward": 9,
      "work.training": 18,
      "info.disclosure": 4,
      "info.reporting": 6,
      "promo.cases": 2,
      "promo.media": 8,
      "fund.system": 5,
      "fund.ledger": 4,
      "fund.spending": 4,
      "bonus.poorTraining": 0,
      "bonus.tvCase": 1,
    },
  };
  const scored = Object.entries(expect.points).filter(([k]) => !k.startsWith("bonus.") && !k.startsWith("veto."));
  const sum = scored.reduce((a, [, v]) => a + v, 0);
  assert(sum === 85 && sum + expect.bonus === expect.total, "total " + sum);

  const derivation = [
    "org.leadership: 县委副书记、县长任领导小组组长（主要领导），成员单位有商务局、财政局、农业农村局、乡村振兴局 → 2",
    "org.plan: 方案2019年11月28日正式印发（广府办〔2019〕47号），自查表判断分2分 → 2",
    "org.policy: 已出台扶持办法（广府办〔2020〕9号），判断分2分 → 2",
    "org.management: 管理制度2分 + 工作台账1分（“部分存在”，自评1分） → 3",
    "work.center: 中心2020-11-18运营（≤8-31，且≤2021-02-28满6个月）2+2；免费培训2；免费展示1；摄影按每款30元收费、未免费 0；品牌推广1；其他增值服务1；产业园（附6非空、自查表称已整合优化）2；截至8-31在园企业19家（22行−更名同一信用代码1行−5月31日退园1家−9月6日入驻1家）<20 → 0；在园企业类型平台型/销售型/电商运营商/物流企业/直播电商≥3 → 1；合计 2+2+2+1+0+1+1+2+0+1 = 12（县自评14，按21家计）",
    "work.coverage: 附1行政村172个（社区14个不计），附2截止日前有站点的行政村128个（含2021年8月31日当天挂牌的一站；三村各两站只算一次，城东社区站、国有林场服务点不计，9月6日、9月13日两站在截止日后）→ 128/172 = 74.4% ≥70% → 5；省定贫困村24个中有站23个（第24个9月6日才建）= 95.8%，在80%–100% → 3；合计8（县自评10）",
    "work.upward: 网销调研2 + 促销活动2 + 第三方运营服务商1 + 快递（附1快递列172个行政村全为✓）1 + 交易标准冷链溯源1 + 增速（农村27.0%未达，农产品 4.21/3.12−1 = 34.9% ≥30%）2 → 9",
    "work.training: 人次 = 附3截止日前26期3,949（第27期2021-09-10的300人次和合计行不计，第26期2021.8.30-31按结束日计入）+ 附4专场一至四签到156行 = 4,105；4,105/423,800 = 0.969%，在0.8%–1% → 8（专场五2021-09-09的30行不计；若计入9月则过1%）；贫困人口：附5有劳动能力且未外出务工192人，截止日前在附4出现的有110人（3人身份证末位小写x、1人带空格，重复参训只算一次，外出务工12人次、无劳动能力8人次、干部10人次不计）→ 110/192 = 57.3% ≥50% → 10；合计18",
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度并设监督举报电话邮箱 → 2；附9在2020-09…2021-08窗口内缺2021年2月（1—2月进度3月5日才发）→ 不定时 → 1；合计3（县自评4）",
    "info.reporting: 附8报送日期2020-09-08…2021-08-09覆盖窗口内每个月 → 3；附电商扶贫统计表（是）且自查表称能统计 → 3；合计6",
    "promo.cases: 2021-06-15向肇庆市商务局报送经验材料（≤截止日）→ 2",
    "promo.media: 截止日前有省级（南方日报、珠江频道、南方+）4 + 县级（县融媒体中心）1；肇庆日报2021-09-03在截止日后不计 → 5（县自评8）",
    "fund.system: 已制定资金管理办法，判断分5 → 5",
    "fund.ledger: 已建立资金专用台账，判断分4 → 4",
    "fund.spending: 附7截止日前拨付合计4,052,300元（含8月31日当天70,000元、“237,300.00”文本；1月18日重复录入260,000与1月20日红字冲销−260,000相抵；9月14日300,000和合计行不计）/ 5,000,000 = 81.05% ≥70% → 判断分（及时拨付）4",
    "bonus.poorTraining: 贫困人口培训率57.3% <70% → 0（若误计9月专场五则为136/192 = 70.8%）",
    "bonus.tvCase: 2021-05-21广东广播电视台珠江频道播出电商扶贫典型案例（省级电视）→ 1",
    "veto.incident: 自查表称未发生安全生产、质量事故 → 0（未否决）",
    "veto.progress: 项目总体进度92% ≥40% → 0（未否决）",
    "veto.fraud: 自查表称不存在弄虚作假 → 0（未否决）",
    "total: 2+2+2+3+12+8+9+18+3+6+2+5+5+4+4 = 85，加分1 → 86（县自评94）",
  ];

  write("counties/b71-c1-guangning.json", {
    description:
      "广宁县（肇庆）商务局整本考评工作簿（13个表：目录、举一反三自查表、附1—附11）。事实表不是填报表，而是对照肇庆市商务局《关于2018年省级电子商务进农村综合示范县考评发现问题的通报》做的《“举一反三”对照自查表》：序号|对应考评指标|通报指出的问题（摘录，别县的问题和数字）|我县是否存在同类问题（存在/不存在/部分存在，是否类事实要反着读：摄影美工“存在”收费问题即不免费）|我县情况（截至2021年8月31日，事实都在句子里）|自评分（判断项写“2分”）|巩固提升措施，按八节分组；县情一句话里常住人口42.38万与户籍人口55.93万并列；表下“附：自评得分汇总”是县的自评（94分，claimed），服务体系建设分中心和站点两行。陷阱：通报列的他县数字（0.62%、97.8%、58.3%、2020年12月）；自查表说产业园21家、站点覆盖130个村、贫困村全覆盖、专栏按月更新、省市县媒体都有，台账不支持；9月份的培训、专场、站点、拨付、报道、经验材料都在截止日后；资金台账有重复录入和红字冲销。",
    sheets,
    expect,
    derivation,
  });
}

// ======================================================================
// 2. facts/b71-f1-pingyuan.json  (平远县, 梅州市) — 我为群众办实事
// ======================================================================
function buildPingyuan() {
  const s = new Sheet("办实事项目推进表", 9);
  s.full("平远县商务局“我为群众办实事”实践活动项目清单及推进情况表（2021年8月）");
  s.full("报送单位：平远县商务局党组（党史学习教育领导小组办公室）　　　更新时间：2021年9月3日");
  s.add(["序号", "实事项目", "具体举措", "牵头局领导", "责任股室", "完成时限", "推进情况（截至2021年8月31日）", "惠及群众", "状态"]);
  const items = [
    ["1", "推进电子商务进农村综合示范县创建，助力乡村振兴", "1.1 高位推动创建工作", "局长 谢××", "电商股", "2021年8月", "县委副书记、县长任县电子商务进农村综合示范工作领导小组组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政管理局等14个部门为成员单位。县政府办印发《平远县电子商务进农村综合示范县创建工作方案》，出台《平远县促进电子商务发展若干措施》。省考评截止日为2021年8月31日，各项工作已按期完成。", "—", "已完成"],
    [null, null, "1.2 建好县级电商公共服务中心", "局长 谢××", "电商股", "2020年12月", "县电子商务公共服务中心于2020年10月16日投入运营，免费提供电商培训（培训室、电脑等设备齐全）、特色农产品展示展销、产品摄影和美工设计、区域品牌推广，并提供代办营业执照、对接金融贷款等其他衍生服务。", "服务企业、农户约1.2万人次", "已完成"],
    [null, null, "1.3 建设电商产业园、引进运营商", "副局长 林××", "电商股", "2021年6月", "整合县城“客家电商城”为县电子商务产业园，入驻企业23家；引进梅州市乐农电子商务有限公司为第三方运营服务商。", "带动就业320人", "已完成"],
    [null, null, "1.4 打通农村物流“最后一公里”", "副局长 林××", "电商股、市场股", "2021年6月", "全县行政村128个（其中省定贫困村18个），已建村级电商服务站点112个；县邮政管理局证明全县行政村快递服务覆盖率100%。", "惠及群众约9.6万人", "已完成"],
    [null, null, "1.5 电商培训进村入户", "副局长 林××", "电商股", "持续推进", "全县常住人口22.95万人（七普，户籍人口26.8万人）。累计开展电商培训2,486人次；全县有劳动能力、未外出务工的建档立卡贫困人口612人，已参加电商培训345人。", "2,486人次", "序时推进"],
    [null, null, "1.6 农产品网上卖得更好", "局长 谢××", "电商股", "持续推进", "2020年全县农村网络零售额6.83亿元，同比增长32.4%；农产品网络零售额2.15亿元，同比增长41.2%。组织“平远脐橙直播节”等网络促销活动11场。", "带动农户增收约860万元", "序时推进"],
    [null, null, "1.7 资金使用公开透明、接受群众监督", "副局长 林××", "电商股、办公室", "持续推进", "下达省级专项资金500万元，已拨付412.6万元，项目总体进度91%；制定专项资金管理办法，建立资金专用台账；县政府网站专栏公示创建方案、项目基本信息，按月公示建设进度，公布监督举报电话；每月向梅州市商务局报送工作进展和电商扶贫统计数据。", "—", "序时推进"],
    ["2", "发放消费券，提振消费", "2.1 联合银联、商家发放政府消费券", "副局长 张××", "市场股", "2021年10月", "已发放消费券两轮共200万元，核销率87%，撬动消费1,620万元。", "惠及群众3.2万人次", "序时推进"],
    ["3", "成品油和燃气市场整治", "3.1 开展加油站专项检查", "副局长 张××", "市场股", "2021年12月", "检查加油站46座次，督促整改问题17处。", "—", "序时推进"],
    ["4", "外贸企业稳岗纾困", "4.1 落实出口信保、稳岗补贴政策", "副局长 张××", "外经贸股", "2021年12月", "帮助8家外贸企业申请稳岗补贴26.4万元。", "稳岗职工410人", "序时推进"],
  ];
  let itemStart = null;
  items.forEach((it, i) => {
    const r = s.add(it);
    if (it[0] !== null) itemStart = r;
    const next = items[i + 1];
    if (!next || next[0] !== null) {
      if (r > itemStart) {
        s.merge(0, itemStart, 0, r);
        s.merge(1, itemStart, 1, r);
      }
    }
  });
  s.full("注：状态分“已完成”“序时推进”“滞后”三类；“惠及群众”为估算数。");
  s.full("填报人：电商股　刘××　　联系电话：0753-8821×××");
  write("facts/b71-f1-pingyuan.json", {
    description:
      "平远县（梅州）商务局把党史学习教育《“我为群众办实事”实践活动项目清单及推进情况表》当事实表交：序号|实事项目|具体举措|牵头局领导|责任股室|完成时限|推进情况（截至2021年8月31日）|惠及群众|状态，第1项“推进电子商务进农村综合示范县创建”拆成1.1—1.7七个举措（序号、项目纵向合并），事实全写在“推进情况”句子里；另有消费券、成品油整治、外贸稳岗三项非电商实事。读法：领导小组组长是县委副书记、县长，成员含商务、财政、农业农村、乡村振兴 → principal-all（“牵头局领导”栏的局长、副局长不是领导小组）；句中写明省考评截止日2021年8月31日；中心培训、展示展销、摄影美工、品牌推广写明免费，另提供代办执照、对接金融等其他衍生服务；零售额只有2020年数和增速（2019年不写、不反推）。陷阱：户籍人口26.8万；站点112个、入驻企业23家不是输入；“惠及群众”“带动增收”、消费券200万元、核销率87%、稳岗补贴都不是输入；“完成时限”不是日期事实；更新时间2021年9月3日不是截止日；无主观项自评、无否决项声明；表内无县名标签（县名只在标题里，按语料惯例读作县名：到达后补入 expect）。",
    sheets: [s.json()],
    expect: {
      facts: {
        // (Added on arrival: the county its title names, as the corpus reads a title's county.)
        county: "平远县",
        asOf: "2021-08-31",
        residentPopulation: 229500,
        adminVillagesStated: 128,
        poorVillagesStated: 18,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-10-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 683000000,
        ruralRetailGrowthStated: 0.324,
        agriRetail2020: 215000000,
        agriRetailGrowthStated: 0.412,
        trainingPersonTimesStated: 2486,
        eligiblePoorPersonsStated: 612,
        trainedPoorPersonsStated: 345,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.91,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
}

// ======================================================================
// 3. facts/b71-f2-longmen.json  (龙门县, 惠州市) — 专栏网页复制留底
// ======================================================================
function buildLongmen() {
  const s = new Sheet("专栏页面（留底）", 4);
  s.add(["龙门县人民政府门户网站", null, null, "无障碍浏览 | 长者模式 | 繁體"]);
  s.add(["首页　　政务公开　　政务服务　　互动交流　　走进龙门　　专题专栏"]);
  s.add(["您当前的位置：首页 > 专题专栏 > 龙门县电子商务进农村综合示范"]);
  s.full("【留底说明】本页为电商股2021年9月2日从县政府门户网站专栏“全选—复制”粘贴留底的专栏首页和最新一期进度公示全文，作信息公开佐证。（邓××）");
  s.blank();
  s.add(["▌创建方案", null, null, "更多>>"]);
  s.add(["· 龙门县人民政府办公室关于印发龙门县电子商务进农村综合示范县创建工作方案的通知", null, null, "2019-12-20"]);
  s.add(["· 龙门县电子商务进农村综合示范县创建工作方案（解读）", null, null, "2019-12-23"]);
  s.blank();
  s.add(["▌项目公示", null, null, "更多>>"]);
  s.add(["· 龙门县电子商务进农村综合示范项目基本信息公示（第三批）", null, null, "2021-04-12"]);
  s.add(["· 龙门县电子商务进农村综合示范项目基本信息公示（第二批）", null, null, "2020-10-09"]);
  s.add(["· 龙门县电子商务进农村综合示范项目基本信息公示（第一批）", null, null, "2020-05-18"]);
  s.blank();
  s.add(["▌建设进度", null, null, "更多>>"]);
  s.add(["· 龙门县电子商务进农村综合示范项目建设进度公示（2021年8月）", null, null, "2021-09-01"]);
  s.add(["· 龙门县电子商务进农村综合示范项目建设进度公示（2021年7月）", null, null, "2021-08-06"]);
  s.add(["· 龙门县电子商务进农村综合示范项目建设进度公示（2021年6月）", null, null, "2021-07-07"]);
  s.add(["· 龙门县电子商务进农村综合示范项目建设进度公示（2021年5月）", null, null, "2021-06-04"]);
  s.add(["· 龙门县电子商务进农村综合示范项目建设进度公示（2021年4月）", null, null, "2021-05-08"]);
  s.blank();
  s.add(["▌政策文件", null, null, "更多>>"]);
  s.add(["· 龙门县人民政府办公室关于印发《龙门县促进农村电子商务发展扶持办法》的通知", null, null, "2020-04-16"]);
  s.add(["· 龙门县商务局 龙门县财政局关于印发《龙门县省级电子商务进农村综合示范专项资金管理办法》的通知", null, null, "2020-03-27"]);
  s.blank();
  s.add(["▌监督举报"]);
  s.add(["对示范项目建设和资金使用有意见建议或发现违规问题的，欢迎监督举报。"]);
  s.add(["监督举报电话：0752-7779×××（县商务局）　0752-7712×××（县财政局）"]);
  s.add(["电子邮箱：lmxswj@×××.gov.cn　　通信地址：龙门县龙城街道××路××号县商务局电商股"]);
  s.blank();
  s.add(["━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"]);
  s.add(["龙门县电子商务进农村综合示范项目建设进度公示（2021年8月）"]);
  s.add(["发布时间：2021-09-01 10:36　　来源：龙门县商务局　　浏览次数：126　　【字体：大 中 小】"]);
  s.add(["　　根据省商务厅关于电子商务进农村综合示范项目信息公开的要求，现将我县电子商务进农村综合示范项目8月份建设进度公示如下："]);
  s.add(["　　一、组织推进情况。县委副书记、县长任县电子商务进农村综合示范工作领导小组组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、邮政管理局为成员单位，领导小组办公室设在县商务局。"]);
  s.add(["　　二、项目建设情况。县电子商务公共服务中心于2020年9月28日投入运营，免费为群众和企业提供电商培训、农产品展示展销、摄影美工、品牌推广等服务；县电子商务产业园（整合原龙门农产品物流园）已投入使用；引入第三方运营服务商负责中心和站点运营。全县124个行政村中已有99个建成村级电商服务站点，覆盖率79.8%，7个省定贫困村全覆盖；全县行政村快递物流覆盖率100%。"]);
  s.add(["　　三、培训及上行情况。截至8月底累计开展电商培训5,206人次，其中建档立卡贫困人口参训386人；2020年全县农产品网络零售额同比增长33.6%。"]);
  s.add(["　　四、资金使用情况。下达省级专项资金500万元，截至8月底累计拨付412.36万元，资金支出率82.47%；项目总体进度93%。"]);
  const hr = s.add(["附：项目建设进度表", null, null, null]);
  s.add(["建设内容", "合同金额（万元）", "累计拨付（万元）", "建设进度"]);
  s.add(["县级电商公共服务中心建设", 125.6, 125.6, "已完成"]);
  s.add(["村级电商服务站点建设", 148.0, 118.4, "已完成，待验收"]);
  s.add(["县镇村物流体系建设", 96.5, 86.85, "90%"]);
  s.add(["电商培训服务", 62.0, 48.51, "85%"]);
  s.add(["品牌推广及溯源系统", 41.0, 33.0, "80%"]);
  s.add(["合计", 473.1, 412.36, "—"]);
  s.add(["　　公示期间如有异议，请拨打监督举报电话反映。"]);
  s.add([null, null, null, "龙门县商务局"]);
  s.add([null, null, null, "2021年9月1日"]);
  s.add(["【打印本页】　　【关闭窗口】"]);
  s.blank();
  s.add(["主办：龙门县人民政府办公室　　承办：龙门县政务服务数据管理局　　网站标识码：4413240001　　粤ICP备05××××××号　　粤公网安备 44132402000××号"]);
  // long single-cell lines: merge across the four columns where the row holds only column A text
  s.rows.forEach((row, i) => {
    const r = i + 1;
    if (r === hr) return;
    if (row.length === 1 && typeof row[0] === "string" && !s.merges.some((m) => m.startsWith(`A${r}:`))) s.merge(0, r, 3, r);
  });
  write("facts/b71-f2-longmen.json", {
    description:
      "龙门县（惠州）商务局电商股把县政府门户网站“龙门县电子商务进农村综合示范”专栏页面“全选—复制”粘进Excel留底当信息公开和基础数据佐证：网站页头、导航、面包屑，专栏首页按子栏目分块（▌创建方案、▌项目公示、▌建设进度、▌政策文件各列几条“· 标题｜发布日期”，▌监督举报写电话、邮箱），下面是最新一期《项目建设进度公示（2021年8月）》全文（发布时间/来源/浏览次数行、按“一、二、三、四”分段的正文、附表“项目建设进度表”（万元）、落款），页脚网站标识码、备案号。读法：专栏公示了创建方案、项目基本信息、每月建设进度，设了监督举报窗口；方案、扶持办法、资金管理办法的“关于印发…的通知”标题说明三者已印发；正文写县委副书记、县长任领导小组组长、商务财政农业农村乡村振兴为成员 → principal-all；中心2020年9月28日运营、五项中培训/展示/摄影美工/品牌四项免费（其他增值服务没写）。陷阱：标题里的“2021年8月”、发布日期、浏览次数126、留底日期2021年9月2日、落款日期都不是事实；正文只写“截至8月底”，没有考评截止日期；99个已建站村、覆盖率79.8%、资金支出率82.47%、附表合同金额473.1万元不是输入；表内无常住人口、无主观项自评；县名只在网站名里，按语料惯例读作县名（到达后补入 expect）。",
    sheets: [s.json()],
    expect: {
      facts: {
        // (Added on arrival: the county the site's name names, as the corpus reads a title's county.)
        county: "龙门县",
        adminVillagesStated: 124,
        poorVillagesStated: 7,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-09-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        agriRetailGrowthStated: 0.336,
        trainingPersonTimesStated: 5206,
        trainedPoorPersonsStated: 386,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        fundAllocated: 5000000,
        fundSpentStated: 4123600,
        fundSystemIssued: true,
        overallProgress: 0.93,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
}

// ======================================================================
// 4. ledgers/b71-l1-guangning.json — 培训室固定座位登记表（疫情防控）
// ======================================================================
function buildSeats() {
  const REGION = "441223";
  const names = nameMaker(7201);
  const births = birthMaker(7202);
  const r = rng(7203);
  const s = new Sheet("座位登记（疫情防控）", 10);
  s.full("广宁县电子商务公共服务中心培训室学员固定座位登记表");
  s.full("说明：按县疫情防控指挥部要求，集中培训实行“一人一座、对号入座、实名登记”，本座位登记表即为该期签到凭证（不另设纸质签到表）。每格填学员姓名及身份证号；“（空）”为空座；工作人员不占学员座位，如临时就座在格内注明“工作人员”。");
  const sessions = [
    { head: "第5期　农村电商基础知识普及班", iso: "2020-12-10", when: "2020年12月10日（星期四）上午", seats: 31, staff: null, moved: null, noid: 0 },
    { head: "第9期　直播带货实操班", iso: "2021-03-18", when: "2021年3月18日（星期四）下午", seats: 28, staff: [5, 7], moved: { from: [1, 2], to: [4, 6] }, noid: 0 },
    { head: "第12期　网店运营提升班", iso: "2021-05-21", when: "2021年5月20日—21日（两天班，座位固定）", seats: 24, staff: null, moved: null, noid: 0 },
    { head: "第16期　脱贫户电商专场", iso: "2021-07-15", when: "2021年7月15日（星期四）上午", seats: 30, staff: [5, 0], moved: null, noid: 1 },
    { head: "第19期　农产品短视频营销班", iso: "2021-09-09", when: "2021年9月9日（星期四）上午", seats: 20, staff: null, moved: null, noid: 0 },
  ];
  for (const se of sessions) assert(se.when.includes(weekday(se.iso)) || se.when.includes("两天班"), "weekday " + se.iso);
  const records = [];
  const rowLabels = ["第一排", "第二排", "第三排", "第四排", "第五排", "第六排"];
  const seatCols = [1, 2, 3, 4, 6, 7, 8, 9]; // column F (index 5) is the aisle
  let lowerX = 0, spacedN = 0, idx = 0;
  sessions.forEach((se, si) => {
    s.blank();
    s.full(`${se.head}　　${se.when}　　地点：县电商公共服务中心二楼培训室`);
    s.full(`已查验健康码、行程卡，测温正常　　到场学员：${se.seats}人　　登记人：黄志明`);
    const tr = s.add([null, null, "讲　　台（授课：" + ["广东竹乡电子商务有限公司 梁老师", "肇庆学院 陈老师", "广东竹乡电子商务有限公司 梁老师", "县乡村振兴局、竹乡电商 联合授课", "肇庆学院 陈老师"][si] + "）"]);
    s.merge(2, tr, 7, tr);
    s.add(["排＼座", "1号", "2号", "3号", "4号", "过道", "5号", "6号", "7号", "8号"]);
    // which seats are occupied: fill front to back in reading order, leaving a few gaps
    const key = (row, c) => row * 8 + c;
    const skip = new Set();
    const sk = rng(7210 + si);
    while (skip.size < 4) skip.add(Math.floor(sk() * 24));
    const isStaff = (row, c) => se.staff && se.staff[0] === row && se.staff[1] === c;
    const isFrom = (row, c) => se.moved && se.moved.from[0] === row && se.moved.from[1] === c;
    const isTo = (row, c) => se.moved && se.moved.to[0] === row && se.moved.to[1] === c;
    const occupied = new Set();
    const need = se.seats - (se.moved ? 1 : 0);
    for (let row = 0; row < 6 && occupied.size < need; row++)
      for (let c = 0; c < 8 && occupied.size < need; c++) {
        if (skip.has(key(row, c)) || isStaff(row, c) || isFrom(row, c) || isTo(row, c)) continue;
        occupied.add(key(row, c));
      }
    if (se.moved) occupied.add(key(se.moved.to[0], se.moved.to[1]));
    assert(occupied.size === se.seats, "seats fit");
    let k = -1; // reading-order index of the occupied seat
    for (let row = 0; row < 6; row++) {
      const cells = [rowLabels[row], null, null, null, null, null, null, null, null, null];
      for (let c = 0; c < 8; c++) {
        const col = seatCols[c];
        if (isStaff(row, c)) {
          cells[col] = "（工作人员）\n梁晓敏";
          continue;
        }
        if (isFrom(row, c)) {
          cells[col] = "（空）原座何家明已调至第五排7号";
          continue;
        }
        if (!occupied.has(key(row, c))) {
          cells[col] = row < 4 ? "（空）" : null;
          continue;
        }
        k++;
        idx++;
        const moved = isTo(row, c);
        const male = moved ? true : r() < 0.5;
        const nm = moved ? "何家明" : names(male);
        const birth = si === 3 ? births(1965, 1995) : births(1975, 2001);
        let id;
        let shown;
        if (se.noid && k === 20) {
          id = null;
          shown = `${nm}\n（未带身份证，电话139****2210）`;
        } else {
          const wantX = (si === 1 && k === 3) || (si === 3 && k === 9);
          const st0 = Math.floor(r() * 480);
          id = wantX ? idWithX(REGION, birth, male, st0) : idWithoutX(REGION, birth, male, st0);
          let idText = id;
          if (wantX) {
            idText = id.slice(0, 17) + "x";
            lowerX++;
          } else if (si === 2 && k === 5) {
            idText = spaced(id);
            spacedN++;
          }
          shown = moved ? `${nm}（由第二排3号调入）\n${idText}` : `${nm}\n${idText}`;
        }
        cells[col] = shown;
        records.push({ date: se.iso, personTimes: 1, id });
      }
      s.add(cells);
    }
    const count = records.filter((x) => x.date === se.iso).length;
    assert(count === se.seats, `seat count ${se.iso} ${count}`);
  });
  assert(lowerX === 2 && spacedN === 1, "id variants in seats " + lowerX + spacedN);
  assert(sessions[3].noid === 0 || records.some((x) => x.id === null), "no-id seat");
  s.blank();
  s.full("备注：座位表原件由中心存档；第12期为两天班，两天座位不变，每名学员计1人次。");

  const t = new Sheet("到场人数统计", 6);
  t.full("培训室各期到场人数统计（据座位登记表）");
  t.add(["期次", "培训日期", "培训主题", "到场学员（人）", "其中建档立卡贫困户", "备注"]);
  t.add(["第5期", D("2020-12-10"), "农村电商基础知识普及班", 31, 0, null]);
  t.add(["第9期", "2021.3.18", "直播带货实操班", 28, 0, "工作人员1人未计"]);
  t.add(["第12期", "2021.5.20-21", "网店运营提升班", 24, 0, "两天班"]);
  t.add(["第16期", D("2021-07-15"), "脱贫户电商专场", 30, 27, null]);
  t.add(["第19期", "2021.9.9", "农产品短视频营销班", 20, 0, null]);
  t.add(["合计", null, null, 133, 27, null]);
  t.full("注：本表由座位登记表统计，不另计人次。");
  assert(records.length === 133, "records " + records.length);

  write("ledgers/b71-l1-guangning.json", {
    description:
      "广宁县（肇庆）电子商务公共服务中心交的培训台账是疫情防控期间的《培训室学员固定座位登记表》：“一人一座、对号入座、实名登记”，座位表即签到凭证。一期一块（块间空行）：合并的期次标题行（期次、班名、日期、地点）、“到场学员n人”查验行、合并的“讲台”行、座位表头“排＼座|1号…4号|过道|5号…8号”，下面第一排至第六排，每格一名学员“姓名＋换行＋身份证号”。记录＝每个坐了学员的座位（1人次），按块、按排自前向后、排内自左向右；日期取标题行日期（两天班“2021年5月20日—21日”按结束日）。不是记录的：“（空）”和空白座位、过道列、讲台行、第9期第六排8号和第16期第六排1号的“（工作人员）梁晓敏”、第二排3号“（空）原座何家明已调至第五排7号”（何家明只在第五排7号计一次）、说明和备注行；另一张《到场人数统计》是汇总（kind null）。身份证两人末位小写x（读作X）、一人按6-8-4分段带空格、第16期一人“未带身份证”（id为null）；第19期2021年9月9日在截止日后照列。",
    sheets: [s.json(), t.json()],
    expect: {
      sheets: {
        "座位登记（疫情防控）": { kind: "training", records },
        "到场人数统计": { kind: null },
      },
    },
  });
}

// ======================================================================
// 5. ledgers/b71-l2-qingxin.json — 局印章使用登记簿（当月报台账）
// ======================================================================
function buildSeal() {
  const s = new Sheet("用印登记簿摘抄", 11);
  s.full("清远市清新区商务局印章使用登记簿");
  s.full("（2020年9月—2021年9月，电商股从局办公室登记簿逐条摘抄留底。按局规定：电子商务进农村综合示范工作月报经分管局领导审签后用印，当日通过粤政易报送清远市商务局。）");
  s.add(["编号", "用印日期", "文件（材料）名称", "文号", "发往单位", "份数", "印章类别", "经办股室", "经办人", "批准人", "备注"]);
  const rows = [
    ["2020-101", D("2020-09-03"), "关于申请拨付2020年第二批消费券补贴资金的请示", "清新商务〔2020〕58号", "区财政局", 2, "公章", "综合股", "罗××", "陈××", null],
    ["2020-103", D("2020-09-08"), "清新区2020年8月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "粤政易"],
    ["2020-106", D("2020-09-15"), "电子商务进农村综合示范项目采购合同（第二批村级站点建设）", "QXSW-2020-07", "清远市粤农云科技有限公司", 4, "合同专用章", "电商股", "何××", "李××", null],
    ["2020-109", D("2020-09-22"), "成品油零售经营企业年度检查初审意见（3家）", null, "清远市商务局", 3, "公章", "市场股", "黄××", "陈××", null],
    ["2020-114", "2020.10.9", "清新区2020年9月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "粤政易"],
    ["2020-118", D("2020-10-20"), "证明（禾云镇××农产品专业合作社电商销售业绩）", null, "区农业农村局", 1, "公章", "电商股", "何××", "李××", "企业申报示范社用"],
    ["2020-123", "2020年11月10日", "清新区2020年10月份电子商务进农村综合示范工作进展情况", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "粤政易"],
    ["2020-127", D("2020-11-26"), "关于报送清新区电子商务进农村综合示范县创建经验做法的函", "清新商务函〔2020〕77号", "清远市商务局", 1, "公章", "电商股", "何××", "李××", "经验材料"],
    ["2020-131", D("2020-12-08"), "清新区2020年11月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "粤政易"],
    ["2020-135", D("2020-12-15"), "关于清新区2020年外贸企业稳岗补贴申报情况的公示", null, "区政府网站", 1, "公章", "外经股", "苏××", "陈××", null],
    ["2021-002", D("2021-01-08"), "清新区2020年12月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "粤政易"],
    ["2021-006", D("2021-01-20"), "清新区2020年电子商务进农村综合示范工作总结", null, "广东省商务厅", 2, "公章", "电商股", "何××", "陈××", "省厅年度调度"],
    ["2021-008", D("2021-01-25"), "清新区2020年12月份电子商务进农村综合示范工作进展情况（报区政府）", null, "区政府办", 1, "公章", "电商股", "何××", "李××", null],
    ["2021-011", D("2021-02-03"), "关于春节期间生活必需品市场供应保障工作情况的报告", "清新商务〔2021〕6号", "清远市商务局", 1, "公章", "市场股", "黄××", "陈××", null],
    ["2021-019", D("2021-03-08"), "清新区2021年1—2月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "1月、2月合并报送"],
    ["2021-023", D("2021-03-19"), "清新区电子商务公共服务中心项目验收报告", null, "（存档）", 3, "公章", "电商股", "何××", "陈××", null],
    ["2021-027", "2021年4月8日", "清新区2021年3月份电子商务进农村综合示范工作进展情况", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "盖章错位，作废"],
    ["2021-028", "2021年4月8日", "清新区2021年3月份电子商务进农村综合示范工作进展情况（电商扶贫统计表未附）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "重新用印，粤政易"],
    ["2021-035", D("2021-05-10"), "清新区2021年4月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "粤政易"],
    ["2021-038", D("2021-05-18"), "关于拨付电子商务进农村综合示范项目资金（第三批站点）的函", "清新商务函〔2021〕31号", "区财政局", 2, "公章", "电商股", "何××", "陈××", null],
    ["2021-044", "2021.6.8", "清新区2021年5月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "粤政易"],
    ["2021-047", D("2021-06-22"), "关于推荐清新区电商扶贫典型案例的函", "清新商务函〔2021〕40号", "清远市商务局", 1, "公章", "电商股", "何××", "陈××", "典型案例材料"],
    ["2021-052", D("2021-07-08"), "清新区2021年6月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "粤政易"],
    ["2021-055", D("2021-07-15"), "清新区2021年上半年电子商务进农村综合示范工作总结", null, "区政府办", 2, "公章", "电商股", "何××", "陈××", null],
    ["2021-061", D("2021-08-09"), "清新区2021年7月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "粤政易"],
    ["2021-066", D("2021-08-20"), "关于配合做好省级电子商务进农村综合示范县考评工作的通知", "清新商务〔2021〕52号", "各镇人民政府", 8, "公章", "电商股", "何××", "陈××", null],
    ["2021-070", D("2021-09-08"), "清新区2021年8月份电子商务进农村综合示范工作进展情况（附电商扶贫统计表）", null, "清远市商务局", 1, "公章", "电商股", "何××", "李××", "粤政易"],
    ["2021-072", D("2021-09-10"), "清新区电子商务进农村综合示范县创建自评报告（送审稿）", null, "区政府办", 2, "公章", "电商股", "何××", "陈××", "报区政府审定"],
  ];
  rows.forEach((x) => s.add(x));
  s.full("（以下空白）");
  s.full("摘抄：电商股　何××　　2021年9月13日");
  // records: monthly reports to 清远市商务局 that were actually sent (not the voided stamping)
  const records = [];
  for (const x of rows) {
    const title = x[2];
    if (x[4] !== "清远市商务局" || !title.includes("进展情况") || (x[10] || "").includes("作废")) continue;
    const d = typeof x[1] === "object" ? x[1].date : x[1] === "2020.10.9" ? "2020-10-09" : x[1] === "2020年11月10日" ? "2020-11-10" : x[1] === "2021年4月8日" ? "2021-04-08" : x[1] === "2021.6.8" ? "2021-06-08" : null;
    assert(d, "date for " + title);
    const poverty = title.includes("附电商扶贫统计表") ? true : title.includes("未附") ? false : null;
    records.push({ date: d, poverty });
  }
  assert(records.length === 12, "seal records " + records.length);
  write("ledgers/b71-l2-qingxin.json", {
    description:
      "清远市清新区商务局电商股交的月报台账是局办公室《印章使用登记簿》的摘抄（2020年9月—2021年9月，全局所有用印都在里面）：编号|用印日期|文件（材料）名称|文号|发往单位|份数|印章类别|经办股室|经办人|批准人|备注；表头上方说明写明月报经审签后用印、当日通过粤政易报清远市商务局，所以用印日期就是报送日期。记录＝发往清远市商务局的“××月份电子商务进农村综合示范工作进展情况”（每月的月报），按行；poverty看文件名括号（附电商扶贫统计表→true，“电商扶贫统计表未附”→false，没写→null）。不是记录的：消费券请示、站点采购合同（合同专用章）、成品油年检意见和春节保供报告（虽发往清远市商务局但不是月报）、经验做法的函和扶贫典型案例的函（是材料，不是月报）、报区政府的同名进展情况、报省商务厅的年度总结、报区政府的上半年总结和自评报告、考评通知、验收报告、证明、公示；4月8日第一次用印“盖章错位，作废”（同日重新用印那条才是记录）。1月、2月合并于3月8日报送（2021年2月没有报送）；日期有真日期和“2020.10.9”“2020年11月10日”“2021年4月8日”“2021.6.8”文本；2021年9月8日报8月月报在截止日后照列。",
    sheets: [s.json()],
    expect: { sheets: { "用印登记簿摘抄": { kind: "reports", records } } },
  });
}

// ======================================================================
// 6. ledgers/b71-l3-longmen.json — 永汉镇脱贫户入户摸查表（勾选录入）
// ======================================================================
function buildMocha() {
  const REGION = "441324";
  const births = birthMaker(7301);
  const LAB = ["普通劳动力", "技能劳动力", "弱劳动力", "丧失劳动力", "无劳动力"];
  const LABV = [true, true, true, false, false];
  const WORK = ["县外务工", "县内务工", "在家务农／待业", "不适用"];
  const WORKV = [true, false, false, null];
  const WISH = ["电商", "种养", "家政", "无"];
  // [name, relation, male, birthRange, labourTicks, workTick, workNote, wish, idStyle, note]
  const households = [
    { v: "鹤湖村", no: "4413240305001", head: "叶炳坤", m: [
      ["叶炳坤", "户主", true, [1966, 1970], [0], 2, "", 0, "", ""],
      ["罗彩好", "配偶", false, [1968, 1971], [2], 2, "", 0, "", ""],
      ["叶志强", "之子", true, [1992, 1995], [1], 0, "（深圳）", 3, "", ""],
      ["叶美玲", "之女", false, [2005, 2006], [4], 3, "", 3, "", "在校生"],
    ] },
    { v: "鹤湖村", no: "4413240305004", head: "曾德荣", m: [
      ["曾德荣", "户主", true, [1950, 1953], [3], 3, "", 3, "", "慢性病"],
      ["曾少华", "之子", true, [1978, 1981], [0], 1, "（龙门县城）", 0, "lower", ""],
      ["江秀英", "儿媳", false, [1980, 1983], [0], 2, "", 0, "", ""],
    ] },
    { v: "鹤湖村", no: "4413240305009", head: "何桂兰", m: [
      ["何桂兰", "户主", false, [1958, 1961], [2], 2, "", 1, "", ""],
    ] },
    { v: "鹤湖村", no: "4413240305012", head: "谢国平", m: [
      ["谢国平", "户主", true, [1972, 1975], [0, 1], 2, "", 0, "", "两项都勾"],
      ["钟凤娟", "配偶", false, [1974, 1977], [0], 0, "（惠州市区）", 3, "", ""],
      ["谢俊杰", "之子", true, [1998, 2000], [0], 0, "（东莞）", 0, "spaced", ""],
      ["谢宝珍", "之女", false, [2010, 2011], [4], 3, "", 3, "", "在校生"],
    ] },
    { v: "鹤湖村", no: "4413240305015", head: "林汉雄", m: [
      ["林汉雄", "户主", true, [1963, 1966], [], null, "", 1, "", "户主外出，家属代填，劳动能力、务工未勾"],
      ["卢玉莲", "配偶", false, [1965, 1968], [0], 2, "", 1, "", ""],
    ] },
    { v: "鹤湖村", no: "4413240305018", head: "张永福", m: [
      ["张永福", "户主", true, [1945, 1948], [4], 3, "", 3, "", "高龄独居"],
      ["张建华", "之子", true, [1975, 1978], [2], 1, "（本镇）", 0, "", "残疾（四级）"],
    ] },
    { v: "鹤湖村", no: "4413240305021", head: "莫春燕", m: [
      ["莫春燕", "户主", false, [1982, 1985], [0], 2, "", 0, "lowerX", ""],
      ["潘家宝", "之子", true, [2012, 2013], [4], 3, "", 3, "", "在校生"],
      ["潘金莲", "之女", false, [2021, 2021], [4], 3, "", 3, "", "新增人口（2021年3月出生）"],
    ] },
    { v: "马星村", no: "4413240311002", head: "邓文辉", m: [
      ["邓文辉", "户主", true, [1969, 1972], [0], 2, "", 0, "", ""],
      ["吴丽芳", "配偶", false, [1971, 1974], [0], 1, "（永汉镇圩）", 0, "", ""],
      ["邓海明", "之子", true, [1995, 1997], [1], 0, "（广州）", 3, "", ""],
    ] },
    { v: "马星村", no: "4413240311006", head: "罗锦添", m: [
      ["罗锦添", "户主", true, [1955, 1958], [3], 3, "", 3, "", ""],
      ["黄秀兰", "配偶", false, [1957, 1960], [2], 2, "", 1, "", ""],
    ] },
    { v: "马星村", no: "4413240311010", head: "梁耀军", m: [
      ["梁耀军", "户主", true, [1976, 1979], [1], 0, "（惠州惠阳）", 0, "", ""],
      ["苏翠梅", "配偶", false, [1978, 1981], [0], 2, "", 0, "", ""],
      ["梁嘉欣", "之女", false, [2003, 2004], [0], 1, "（龙门县城奶茶店）", 0, "", "今年毕业"],
      ["梁俊宇", "之子", true, [2008, 2009], [4], 3, "", 3, "", "在校生"],
    ] },
    { v: "马星村", no: "4413240311013", head: "陈冬生", m: [
      ["陈冬生", "户主", true, [1960, 1963], [0], 2, "", 2, "lowerX", ""],
    ] },
    { v: "马星村", no: "4413240311017", head: "冯新胜", m: [
      ["冯新胜", "户主", true, [1967, 1970], [0], 0, "（深圳宝安）", 3, "", ""],
      ["赖嫦娥", "配偶", false, [1969, 1972], [2], 2, "", 0, "", ""],
      ["冯志伟", "之子", true, [1991, 1994], [0], 0, "（佛山）", 3, "", ""],
    ] },
    { v: "马星村", no: "4413240311020", head: "欧银好", m: [
      ["欧银好", "户主", false, [1952, 1955], [4], 3, "", 3, "", ""],
      ["欧炳荣", "之子", true, [1980, 1983], [0], null, "", 0, "", "务工情况未勾，电话核实在家养鸡"],
    ] },
  ];
  const s = new Sheet("摸查表录入", 11);
  s.full("龙门县永汉镇脱贫户劳动力及电商培训需求入户摸查表（录入汇总）");
  s.full("填报单位：永汉镇乡村振兴办　　摸查时间：2021年6月　　说明：纸质摸查表按原样录入，勾选项照录（鹤湖村表用☑/☐，马星村表用■/□）；“县外务工”指在龙门县以外务工。");
  s.add(["户序号", "村委会", "户编号", "户主", "成员姓名", "与户主关系", "公民身份号码", "劳动能力（勾选）", "务工情况（勾选）", "电商培训意愿（勾选）", "备注"]);
  const records = [];
  let hn = 0;
  let seq = 0;
  let lowerDone = 0, spacedDone = 0;
  for (const vName of ["鹤湖村", "马星村"]) {
    const [on, off] = vName === "鹤湖村" ? ["☑", "☐"] : ["■", "□"];
    const vFirst = s.rows.length + 1;
    let hh = 0, persons = 0, lab = 0, mig = 0;
    for (const h of households.filter((x) => x.v === vName)) {
      hn++;
      hh++;
      const hFirst = s.rows.length + 1;
      h.m.forEach((mm, mi) => {
        const [nm, rel, male, br, labT, workT, workNote, wish, idStyle, note] = mm;
        seq++;
        const birth = br[0] === 2021 ? "20210315" : births(br[0], br[1]);
        const st0 = (seq * 97 + 13) % 480;
        const id = idStyle === "lowerX" ? idWithX(REGION, birth, male, st0) : idWithoutX(REGION, birth, male, st0);
        let idText = id;
        if (idStyle === "lowerX") {
          idText = id.slice(0, 17) + "x";
          lowerDone++;
        }
        if (idStyle === "spaced") {
          idText = spaced(id);
          spacedDone++;
        }
        const labCell = LAB.map((o, i) => (labT.includes(i) ? on : off) + o).join(" ");
        const workCell = WORK.map((o, i) => (workT === i ? on + o + workNote : off + o)).join(" ");
        const wishCell = WISH.map((o, i) => (wish === i ? on : off) + o).join(" ");
        s.add([mi === 0 ? hn : null, mi === 0 && hh === 1 ? vName + "委会" : null, mi === 0 ? h.no : null, mi === 0 ? h.head : null, nm, rel, idText, labCell, workCell, wishCell, note || null]);
        const labour = labT.length ? LABV[labT[0]] : null;
        if (labT.length > 1) assert(labT.every((i) => LABV[i] === labour), "double tick agrees");
        const migrant = workT === null ? null : WORKV[workT];
        records.push({ id, labour, migrant });
        persons++;
        if (labour) lab++;
        if (labour && migrant) mig++;
      });
      const hLast = s.rows.length;
      if (hLast > hFirst) {
        s.merge(0, hFirst, 0, hLast);
        s.merge(2, hFirst, 2, hLast);
        s.merge(3, hFirst, 3, hLast);
      }
    }
    const vLast = s.rows.length;
    s.merge(1, vFirst, 1, vLast);
    const sr = s.add([`${vName}小计：${hh}户${persons}人，其中有劳动能力${lab}人（县外务工${mig}人）`]);
    s.merge(0, sr, 10, sr);
  }
  assert(lowerDone === 2 && spacedDone === 1, "mocha id variants");
  const tot = records.length;
  const totLab = records.filter((x) => x.labour === true).length;
  const tr = s.add([`合计：${hn}户${tot}人，其中有劳动能力${totLab}人`]);
  s.merge(0, tr, 10, tr);
  s.full("摸查人：永汉镇乡村振兴办 钟××、各村驻村工作队　　录入：县商务局电商股 邓××");

  const t = new Sheet("原表背面说明", 2);
  t.full("《脱贫户劳动力及电商培训需求入户摸查表》填表说明（原表背面）");
  t.add(["1", "以户为单位填写，家庭成员逐人一行，户主填第一行。"]);
  t.add(["2", "劳动能力按扶贫系统口径勾选一项：普通劳动力、技能劳动力、弱劳动力为有劳动能力；丧失劳动力、无劳动力为无劳动能力。在校生、学龄前儿童勾“无劳动力”。"]);
  t.add(["3", "务工情况勾选一项：县外务工（在龙门县以外务工，括号内填地点）、县内务工、在家务农／待业；在校生、学龄前儿童、丧失劳动力和无劳动力人员勾“不适用”。"]);
  t.add(["4", "电商培训意愿可多选。摸查时间：2021年6月1日—20日。"]);
  write("ledgers/b71-l3-longmen.json", {
    description:
      "龙门县（惠州）永汉镇乡村振兴办的《脱贫户劳动力及电商培训需求入户摸查表》（纸质表按原样录入后交县商务局）当贫困人口名单：一人一行，户序号、户编号、户主按户纵向合并，村委会按村纵向合并，每村后一行“××村小计”、表尾合计和摸查人行（都不是人）。劳动能力、务工情况、培训意愿都是把纸质表的整组勾选项照录在一格里（“☑普通劳动力 ☐技能劳动力 ☐弱劳动力 ☐丧失劳动力 ☐无劳动力”），鹤湖村表用☑/☐、马星村表用■/□，要看哪一项被勾：普通/技能/弱劳动力→labour true，丧失/无劳动力→false；县外务工（括号里的深圳、东莞、佛山、广州、惠州市区、惠阳都在龙门县外）→migrant true，县内务工（县城、本镇、永汉镇圩）、在家务农／待业→false，“不适用”→null。记录＝每名家庭成员，按行。特殊：谢国平普通、技能两项都勾（仍为true）；林汉雄劳动能力和务工都没勾（两项都null，备注说家属代填）；欧炳荣务工没勾（null，备注里的电话核实不改勾选）；2021年3月出生的新增人口勾无劳动力、不适用；莫春燕、陈冬生身份证末位小写x（读作X），谢俊杰身份证按6-8-4带空格（去掉空格）。另一张“原表背面说明”是填表说明（kind null）。",
    sheets: [s.json(), t.json()],
    expect: {
      sheets: {
        "摸查表录入": { kind: "poorPersons", records },
        "原表背面说明": { kind: null },
      },
    },
  });
}

buildGuangning();
buildPingyuan();
buildLongmen();
buildSeats();
buildSeal();
buildMocha();
