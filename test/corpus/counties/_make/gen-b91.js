"use strict";
// Batch 91 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------- helpers
const D = (s) => ({ date: s });

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
function parseRef(ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error("bad ref " + ref);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}
// build a rectangular grid from ragged rows
function pad(rows, width) {
  const w = width || Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => {
    if (r.length > w) throw new Error("row wider than sheet: " + JSON.stringify(r));
    return r.concat(Array(w - r.length).fill(null));
  });
}
function sheet(name, rows, merges, hidden) {
  const s = { name, rows: pad(rows) };
  if (merges && merges.length) s.merges = merges;
  if (hidden) s.hidden = true;
  return s;
}
const R = (r, c) => colName(c) + (r + 1); // 0-based -> A1
function rng(r1, c1, r2, c2) { return R(r1, c1) + ":" + R(r2, c2); }

function validCell(v) {
  if (v === null) return true;
  const t = typeof v;
  if (t === "string" || t === "boolean") return true;
  if (t === "number") return Number.isFinite(v);
  if (t === "object" && v && Object.keys(v).length === 1 && typeof v.date === "string") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) return false;
    const d = new Date(v.date + "T00:00:00Z");
    return !isNaN(d) && d.toISOString().slice(0, 10) === v.date;
  }
  return false;
}
function validateSheet(s, where) {
  const fail = (m) => { throw new Error(where + " / " + s.name + ": " + m); };
  if (typeof s.name !== "string" || !s.name) fail("no name");
  if (!Array.isArray(s.rows) || !s.rows.length) fail("no rows");
  const w = s.rows[0].length;
  s.rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== w) fail("row " + (i + 1) + " not rectangular");
    row.forEach((v, j) => { if (!validCell(v)) fail("bad cell " + R(i, j) + " " + JSON.stringify(v)); });
  });
  const seen = new Set();
  for (const m of s.merges || []) {
    const [a, b] = m.split(":");
    if (!b) fail("bad merge " + m);
    const p = parseRef(a), q = parseRef(b);
    if (p.r > q.r || p.c > q.c) fail("inverted merge " + m);
    if (q.r >= s.rows.length || q.c >= w) fail("merge outside grid " + m);
    if (p.r === q.r && p.c === q.c) fail("1-cell merge " + m);
    for (let r = p.r; r <= q.r; r++)
      for (let c = p.c; c <= q.c; c++) {
        const k = r + ":" + c;
        if (seen.has(k)) fail("overlapping merge " + m);
        seen.add(k);
        if ((r !== p.r || c !== p.c) && s.rows[r][c] !== null) fail("covered cell not empty in " + m + " at " + R(r, c));
      }
  }
  if (s.hidden !== undefined && typeof s.hidden !== "boolean") fail("hidden not boolean");
}
function validateCase(obj, where) {
  if (typeof obj.description !== "string" || !obj.description) throw new Error(where + ": no description");
  if (!Array.isArray(obj.sheets) || !obj.sheets.length) throw new Error(where + ": no sheets");
  const names = new Set();
  for (const s of obj.sheets) {
    if (names.has(s.name)) throw new Error(where + ": duplicate sheet " + s.name);
    names.add(s.name);
    validateSheet(s, where);
  }
  if (!obj.expect) throw new Error(where + ": no expect");
  if (obj.expect.sheets) {
    for (const k of Object.keys(obj.expect.sheets)) if (!names.has(k)) throw new Error(where + ": expect for unknown sheet " + k);
    for (const n of names) if (!obj.expect.sheets[n]) throw new Error(where + ": sheet without expect " + n);
  }
}
const written = [];
function write(folder, file, obj) {
  validateCase(obj, folder + "/" + file);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(folder + "/" + file);
}

// 18-digit resident ID with a correct check digit
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = "10X98765432";
function idCheck(body) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * ID_W[i];
  return ID_C[s % 11];
}
// deterministic: first sequence number >= seq whose check digit matches want (or any when want is null)
function makeId(region, birth, seq, want) {
  for (let k = 0; k < 1000; k++) {
    const n = String((seq + k) % 1000).padStart(3, "0");
    const body = region + birth + n;
    const c = idCheck(body);
    if (want === undefined || want === null || (want === "X" ? c === "X" : c !== "X")) return body + c;
  }
  throw new Error("no id");
}

// ---------------------------------------------------------------- cases


// ================================================================ F1 黄埔区：删选项式模板
(function f1() {
  const rows = [];
  const merges = [];
  const full = (text) => { rows.push([text, null, null, null]); merges.push(rng(rows.length - 1, 0, rows.length - 1, 3)); };
  full("广州市黄埔区电子商务进农村综合示范创建考评基础信息表");
  full("填报说明：本表由广州市商务局统一制发。1.选择项请删去不适用的选项，只保留一项；标明“可多选”的，保留适用的各项、删去不适用的各项；未删除任何选项的，视为未填报。2.数字填在“（　）”内，单位不得改动；不掌握的留空。");
  rows.push(["填报单位：黄埔区商务局（盖章）", null, "填报日期：2021年9月3日", null]);
  merges.push(rng(rows.length - 1, 0, rows.length - 1, 1), rng(rows.length - 1, 2, rows.length - 1, 3));
  rows.push(["序号", "项目", "填报（选择／填写）", "备注"]);
  full("一、基本情况");
  rows.push([1, "县（市、区）名称", "黄埔区", null]);
  rows.push([2, "考评截止日期", "2021年（ 8 ）月（ 31 ）日", "按省商务厅考评通知"]);
  rows.push([3, "常住人口", "（ 126.49 ）万人", "第七次全国人口普查"]);
  rows.push([4, "户籍人口", "（ 61.27 ）万人", "仅供参考"]);
  rows.push([5, "行政村（村民委员会）数", "（ 31 ）个", "九龙镇、新龙镇、龙湖街"]);
  rows.push([6, "社区（居民委员会）数", "（ 92 ）个", null]);
  rows.push([7, "省定贫困村数", "（ 0 ）个", "本区无省定贫困村"]);
  full("二、组织领导");
  rows.push([8, "工作领导小组牵头领导", "区（县）主要领导", "组长：区委副书记、区长"]);
  rows.push([9, "领导小组成员单位（可多选）", "商务 / 财政 / 农业农村 / 交通运输 / 邮政管理", "本区无扶贫任务，乡村振兴部门未列入；另有区发改局、区工信局"]);
  rows.push([10, "示范创建工作方案", "已正式印发 /", "穗埔商〔2020〕12号"]);
  rows.push([11, "支持农村电商发展的政策（资金、土地、人才等）", "已出台 / 未出台", null]);
  full("三、县级电子商务公共服务中心及产业园");
  rows.push([12, "县级电子商务公共服务中心", "已建成并投入运营", null]);
  rows.push([13, "中心投入运营时间", "2020年（ 11 ）月（ 20 ）日", null]);
  rows.push([14, "有免费培训场所、培训设备，能组织电商基础培训", "有", null]);
  rows.push([15, "为特色农产品提供免费展示、销售服务", "有", null]);
  rows.push([16, "为电子商务市场主体提供免费摄影、美工服务", "无", "摄影棚尚未建成"]);
  rows.push([17, "组织农产品统一推广、指导特色农产品品牌建设", "有", null]);
  rows.push([18, "为电子商务发展提供其他衍生增值服务", "有 / 无", null]);
  rows.push([19, "当地电商产业园", "整合、优化现有园区", "黄埔电商产业园"]);
  full("四、农村产品上行");
  rows.push([20, "当地有专业第三方电子商务运营或服务商", "有", null]);
  rows.push([21, "行政村物流快递覆盖率", "（ 100 ）%", null]);
  rows.push([22, "2019年农村网络零售额", "（ 38.62 ）亿元", "区统计局"]);
  rows.push([23, "2020年农村网络零售额", "（ 47.15 ）亿元", "区统计局"]);
  rows.push([24, "2019年农产品网络零售额", "（　　）亿元", "统计局未单列"]);
  rows.push([25, "2020年农产品网络零售额", "（　　）亿元", null]);
  rows.push([26, "2020年农产品网络零售额同比增速", "（ 31.4 ）%", "省商务厅提供"]);
  full("五、电商人才培训");
  rows.push([27, "累计培训人次（截至考评截止日期）", "（ 13,020 ）人次", null]);
  rows.push([28, "有劳动能力的建档立卡贫困人口数（不含外出务工人员）", "（　　）人", "本区无建档立卡贫困人口"]);
  rows.push([29, "参加培训的建档立卡贫困人口数", "（　　）人", null]);
  full("六、信息公开及报送");
  rows.push([30, "政府网站专栏公示内容（可多选）", "创建方案 / 建设进度 / 征求意见窗口", "项目基本信息尚未公示"]);
  rows.push([31, "能统计电商扶贫情况", "能", null]);
  full("七、财政资金管理");
  rows.push([32, "下达省级专项资金", "（ 500 ）万元", null]);
  rows.push([33, "累计拨付资金（截至考评截止日期）", "（ 386.25 ）万元", null]);
  rows.push([34, "资金管理制度", "已制定", null]);
  rows.push([35, "资金专用台账", "已建立", null]);
  rows.push([36, "项目总体进度", "（ 85 ）%", null]);
  full("八、一票否决事项");
  rows.push([37, "发生安全生产、质量事故或造成重大经济损失", "／ 未发生", null]);
  rows.push([38, "弄虚作假", "不存在", null]);
  full("九、主观评分项自评");
  rows.push([39, "方案制定（1-2分）", "2分", null]);
  rows.push([40, "政策支持（1-2分）", "1分 / 2分", null]);
  rows.push([41, "项目管理制度（1-2分）", "2分", null]);
  rows.push([42, "工作台账（1-2分）", "2分", null]);
  rows.push([43, "网销调研（1-2分）", "1分", null]);
  rows.push([44, "网络促销活动（1-2分）", "2分", null]);
  rows.push([45, "交易标准及冷链、溯源系统（1-2分）", "1分", null]);
  rows.push([46, "资金管理制度（1-5分）", "4分", null]);
  rows.push([47, "资金台账（1-5分）", "5分", null]);
  rows.push([48, "资金及时拨付（1-5分）", "4分", null]);
  full("填表人：李××　　审核人：陈××　　联系电话：020-8208××××");

  write("facts", "b91-f1-huangpu.json", {
    description: "广州市黄埔区商务局填的广州市商务局统一制发《考评基础信息表》（Word模板转Excel）：选择项的写法是“删去不适用的选项、只保留一项”（可多选的保留适用各项），没删的“已出台 / 未出台”“有 / 无”“1分 / 2分”是未填，残留的“已正式印发 /”“／ 未发生”照读；数字填在“（　）”里、单位在括号外（万人、亿元、万元、%）。陷阱：户籍人口；成员单位删去了扶贫（乡村振兴）→ 主要领导但部门不全；专栏多选删去了“项目基本信息”和“监督举报窗口”（征求意见窗口保留）；农产品网零两年留空；贫困人口两项留空；政策支持及其自评分、其他增值服务未作选择。",
    sheets: [sheet("考评基础信息表", rows, merges)],
    expect: {
      facts: {
        county: "黄埔区",
        asOf: "2021-08-31",
        residentPopulation: 1264900,
        adminVillagesStated: 31,
        poorVillagesStated: 0,
        planIssued: true,
        centerOpened: "2020-11-20",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 3862000000,
        ruralRetail2020: 4715000000,
        agriRetailGrowthStated: 0.314,
        trainingPersonTimesStated: 13020,
        disclosurePlan: true,
        disclosureProjects: false,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3862500,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.85,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 1,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 4,
        "fund.ledger": 5,
        "fund.spending": 4,
      },
      leadership: "principal",
    },
  });
})();


// ================================================================ F2 江海区：短信直报（字段代码、平台回执、更正）
(function f2() {
  const rows = [];
  const merges = [];
  const W = 5;
  const full = (text) => { rows.push([text, null, null, null, null]); merges.push(rng(rows.length - 1, 0, rows.length - 1, W - 1)); };
  full("江门市电子商务进农村示范创建考评数据短信直报记录（江海区）");
  full("说明：按江门市商务局《关于启用考评数据短信直报的通知》，考评数据以“DSNC#区划代码#字段代码=值#…”格式发送至市局直报平台（106××××5566），平台自动回执。只有回执为“接收成功”的短信入库；同一字段多次成功报送的，以最后一次为准；回执“格式错误”的整条短信不入库。");
  full("一、字段代码表（市局下发）");
  rows.push(["字段代码", "含义", "单位／格式", "备注", null]);
  const codes = [
    ["MC", "县（市、区）名称", "文字", null],
    ["JZRQ", "考评截止日期", "yyyymmdd", null],
    ["CZRK", "常住人口", "万人（保留两位小数）", "七普口径"],
    ["HJRK", "户籍人口", "万人", "仅作参考，不参与计分"],
    ["XZC", "行政村数", "个", "不含社区"],
    ["PKC", "省定贫困村数", "个", null],
    ["ZZ", "领导小组组长（职务）", "文字", null],
    ["BM", "领导小组成员单位", "文字，用“、”分隔", null],
    ["FA", "示范创建工作方案已正式印发", "1＝是，0＝否", null],
    ["ZC", "支持农村电商发展的政策已出台", "1＝是，0＝否", null],
    ["ZXRQ", "县级电子商务公共服务中心投入运营日期", "yyyymmdd", null],
    ["ZX1", "中心有免费培训场所、培训设备，能组织电商基础培训", "1＝是，0＝否", null],
    ["ZX2", "中心为特色农产品提供免费展示、销售服务", "1＝是，0＝否", null],
    ["ZX3", "中心为电子商务市场主体提供免费摄影、美工服务", "1＝是，0＝否", null],
    ["ZX4", "中心组织农产品统一推广、指导特色农产品品牌建设", "1＝是，0＝否", null],
    ["ZX5", "中心为电子商务发展提供其他衍生增值服务", "1＝是，0＝否", null],
    ["YQ", "建设或整合、优化当地电商产业园", "1＝是，0＝否", null],
    ["DSF", "当地有专业第三方电子商务运营或服务商", "1＝是，0＝否", null],
    ["KD", "行政村物流快递覆盖率", "%（只填数字）", null],
    ["NC19", "2019年农村网络零售额", "亿元", null],
    ["NC20", "2020年农村网络零售额", "亿元", null],
    ["NCP19", "2019年农产品网络零售额", "亿元", null],
    ["NCP20", "2020年农产品网络零售额", "亿元", null],
    ["PXRC", "累计电商培训人次（截至考评截止日期）", "人次", null],
    ["PKRK", "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", null],
    ["PKPX", "参加培训的建档立卡贫困人口", "人", null],
    ["GK1", "专栏公示创建方案", "1＝是，0＝否", null],
    ["GK2", "专栏公示项目基本信息", "1＝是，0＝否", null],
    ["GK3", "专栏公示项目建设进度", "1＝是，0＝否", null],
    ["GK4", "专栏设立征求意见或监督举报窗口", "1＝是，0＝否", null],
    ["FPTJ", "能统计电商扶贫情况", "1＝是，0＝否", null],
    ["XDZJ", "下达省级专项资金", "万元", null],
    ["BFZJ", "累计拨付资金（截至考评截止日期）", "万元", null],
    ["ZD", "已制定资金管理制度", "1＝是，0＝否", null],
    ["TZ", "已建立资金专用台账", "1＝是，0＝否", null],
    ["JD", "项目总体进度", "%（只填数字）", null],
    ["SG", "发生安全生产、质量事故或造成重大经济损失", "1＝发生，0＝未发生", null],
    ["ZJ", "弄虚作假", "1＝有，0＝无", null],
    ["PF01—PF10", "主观评分项自评分：PF01方案制定、PF02政策支持、PF03项目管理制度、PF04工作台账、PF05网销调研、PF06网络促销活动、PF07交易标准及冷链溯源、PF08资金管理制度、PF09资金台账、PF10资金及时拨付", "分", "PF01—PF07为1—2分，PF08—PF10为1—5分"],
    ["GZ", "更正标记（紧跟区划代码）", "—", "更正短信只报需更正的字段"],
  ];
  for (const c of codes) rows.push([c[0], c[1], c[2], c[3], null]);
  rows.push([null, null, null, null, null]);
  full("二、本区发送记录（江海区商务局电商股　黄××　手机138××××2046）");
  rows.push(["序号", "发送时间", "短信内容", "平台回执", "电商股备注"]);
  const sms = [
    [1, "2021-09-02 09:15:22", "DSNC#440704#MC=江海区#JZRQ=20210831#CZRK=36.64万#HJRK=28.05#XZC=22#PKC=0", "格式错误：CZRK的值含非数字字符，本条未入库", "重发见第2条"],
    [2, "2021-09-02 09:17:40", "DSNC#440704#MC=江海区#JZRQ=20210831#CZRK=36.64#HJRK=28.05#XZC=22#PKC=0", "接收成功，入库7项", null],
    [3, "2021-09-02 09:21:05", "DSNC#440704#ZZ=区委副书记、区长#BM=区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、江海邮政分公司", "接收成功，入库2项", null],
    [4, "2021-09-02 09:26:48", "DSNC#440704#FA=1#ZC=1#ZXRQ=20201215#ZX1=1#ZX2=1#ZX3=0#ZX4=1#ZX5=1#YQ=0", "接收成功，入库10项", "产业园未建"],
    [5, "2021-09-02 09:33:10", "DSNC#440704#DSF=1#KD=96.8#NC19=12.36#NC20=15.02#NCP19=3.05#NCP20=4.12", "接收成功，入库7项", "礼乐街道2个村快递未进村"],
    [6, "2021-09-02 09:40:31", "DSNC#440704#PXRC=3718#PKRK=#PKPX=", "格式错误：PKRK、PKPX的值为空，本条未入库", "两项不报，重发见第7条"],
    [7, "2021-09-02 09:41:57", "DSNC#440704#PXRC=3718", "接收成功，入库1项", null],
    [8, "2021-09-02 09:50:16", "DSNC#440704#GK1=1#GK2=1#GK3=1#GK4=0#FPTJ=1", "接收成功，入库5项", null],
    [9, "2021-09-02 10:02:44", "DSNC#440704#XDZJ=500#BFZJ=372.6#ZD=1#TZ=1#JD=78", "接收成功，入库5项", null],
    [10, "2021-09-02 10:05:09", "DSNC#440704#SG=0#ZJ=0", "接收成功，入库2项", null],
    [11, "2021-09-02 10:12:37", "DSNC#440704#PF01=2#PF02=1#PF03=2#PF04=2#PF05=1#PF06=1#PF07=1#PF08=4#PF09=4#PF10=3", "接收成功，入库10项", null],
    [12, "2021-09-02 11:26:50", "DSNC#440703#XDZJ=450#BFZJ=301.2", "格式错误：区划代码440703与发送号码绑定单位（江海区）不符，本条未入库", "误用了通知附件里的样例"],
    [13, "2021-09-03 16:08:03", "DSNC#440704#GZ#PXRC=3690#PF06=2", "接收成功，更正2项", "培训人次扣除9月2日第21期28人次；网络促销按局务会意见改为2分"],
  ];
  for (const s of sms) rows.push(s);
  full("记录人：黄××　　核对：区商务局电商股　2021年9月3日");

  write("facts", "b91-f2-jianghai.json", {
    description: "江门市江海区商务局电商股的《考评数据短信直报记录》：上半是市局下发的字段代码表（字段代码|含义|单位／格式|备注，CZRK万人、NC19亿元、XDZJ万元、KD/JD只填数字%、FA等1/0、ZXRQ为yyyymmdd、PF01—PF10为十个主观项自评分），下半是本区发出的短信（序号|发送时间|短信内容“DSNC#440704#字段=值#…”|平台回执|备注）。读法：只有回执“接收成功”的短信入库，同一字段以最后一次成功报送为准——第1条“CZRK=36.64万”格式错误整条未入库（第2条重发），第6条空值未入库（PKRK、PKPX始终未报），第12条误用蓬江区区划代码未入库（下达450万、拨付301.2万不是本区的数），第13条“GZ”更正把培训人次3718改为3690、网络促销自评1分改为2分。陷阱：HJRK户籍人口；KD=96.8不是全覆盖；YQ=0、ZX3=0、GK4=0是“否”。",
    sheets: [sheet("短信直报记录", rows, merges)],
    expect: {
      facts: {
        county: "江海区",
        asOf: "2021-08-31",
        residentPopulation: 366400,
        adminVillagesStated: 22,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-12-15",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 1236000000,
        ruralRetail2020: 1502000000,
        agriRetail2019: 305000000,
        agriRetail2020: 412000000,
        trainingPersonTimesStated: 3690,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3726000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.78,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 1,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 1,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 4,
        "fund.ledger": 4,
        "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  });
})();


// ================================================================ F3 龙湖区：中日对照概况（○＝有，×＝无；百万元、亿元）
(function f3() {
  const rows = [];
  const merges = [];
  const W = 6;
  const full = (text) => { const r = [text]; while (r.length < W) r.push(null); rows.push(r); merges.push(rng(rows.length - 1, 0, rows.length - 1, W - 1)); };
  full("汕头市龙湖区电子商务进农村综合示范创建概况（中日对照）");
  full("汕頭市龍湖区　農村EC総合モデル事業の概要（中日対照）");
  full("日本・岸和田市経済交流訪問団（2021年9月）用资料　　编制：龙湖区商务局　翻译：龙湖区外事侨务局");
  full("符号说明／凡例：○＝有、已实施（あり・実施済み）　×＝无、未实施（なし・未実施）　—＝不适用（該当なし）。金额单位按日文版习惯：亿元（億元）、百万元（百万元，＝100万元）。");
  rows.push(["No.", "项目", "項目", "数值／状况\n数値／状況", "单位\n単位", "备注\n備考"]);
  full("一、基本情况　基本情報");
  rows.push([1, "县（市、区）", "県級行政区", "龙湖区", "—", "龍湖区"]);
  rows.push([2, "考评截止日期", "評価基準日", "2021年8月31日", "—", "广东省考评口径／広東省評価の基準日"]);
  rows.push([3, "常住人口", "常住人口", 57.32, "万人", "第七次全国人口普查／第7回人口センサス"]);
  rows.push([4, "户籍人口", "戸籍人口", 54.66, "万人", "参考／参考値"]);
  rows.push([5, "行政村", "行政村", 27, "个（か所）", null]);
  rows.push([6, "其中：省定贫困村", "うち省指定貧困村", 2, "个（か所）", null]);
  rows.push([7, "社区", "都市コミュニティ（社区）", 41, "个（か所）", null]);
  full("二、组织领导　推進体制");
  rows.push([8, "领导小组组长", "指導グループ組長", "区长", "—", "区長（区政府の首長）"]);
  rows.push([9, "领导小组成员单位", "構成機関", "商务、财政、农业农村、乡村振兴等14个部门", "—", "商務・財政・農業農村・郷村振興など14部門"]);
  rows.push([10, "示范创建工作方案", "モデル事業実施計画", "○", "—", "2020年3月印发／2020年3月公布"]);
  rows.push([11, "农村电商扶持政策", "農村EC支援政策", "○", "—", "资金、人才扶持／資金・人材支援"]);
  full("三、电子商务公共服务中心及产业园　ECサービスセンター・産業パーク");
  rows.push([12, "公共服务中心投入运营日期", "センター運営開始日", "2020年10月28日", "—", "令和2年10月28日"]);
  rows.push([13, "免费培训场所、培训设备", "無料研修スペース・設備", "○", "—", null]);
  rows.push([14, "特色农产品免费展示、销售", "特産品の無料展示・販売", "○", "—", null]);
  rows.push([15, "免费摄影、美工服务", "無料撮影・デザインサービス", "×", "—", "计划年内开展／年内実施予定"]);
  rows.push([16, "农产品统一推广、品牌建设", "農産物の統一PR・ブランド育成", "○", "—", null]);
  rows.push([17, "其他衍生增值服务", "その他の付加価値サービス", "○", "—", "融资对接、代运营／融資相談・運営代行"]);
  rows.push([18, "电商产业园", "EC産業パーク", "○", "—", "整合优化原有园区／既存パークを統合"]);
  rows.push([19, "产业园入驻企业", "入居企業", 26, "家（社）", null]);
  full("四、农产品网络销售　農産物のオンライン販売");
  rows.push([20, "专业第三方电商运营服务商", "専門のEC運営事業者", "○", "—", null]);
  rows.push([21, "行政村物流快递覆盖率", "行政村の宅配便カバー率", 100, "％", null]);
  rows.push([22, "2019年农村网络零售额", "2019年 農村ネット小売額", 21.38, "亿元（億元）", null]);
  rows.push([23, "2020年农村网络零售额", "2020年 農村ネット小売額", 28.56, "亿元（億元）", "同比＋33.6％／前年比＋33.6％"]);
  rows.push([24, "2020年农产品网络零售额", "2020年 農産物ネット小売額", 6.07, "亿元（億元）", "同比＋27.5％／前年比＋27.5％"]);
  full("五、人才培训　人材育成");
  rows.push([25, "电商培训人次", "EC研修 延べ受講者数", "5,836", "人次（延べ人数）", null]);
  rows.push([26, "电商培训人数", "EC研修 実受講者数", "3,911", "人（実人数）", null]);
  rows.push([27, "有劳动能力的建档立卡贫困人口（不含外出务工）", "就労可能な登録貧困人口（出稼ぎを除く）", "1,204", "人", null]);
  rows.push([28, "参加培训的建档立卡贫困人口", "研修を受けた登録貧困人口", 702, "人", "占58.3％／58.3％"]);
  full("六、信息公开及报送　情報公開・報告");
  rows.push([29, "政府网站专栏：公示创建方案", "政府サイト特設欄：実施計画の公開", "○", "—", null]);
  rows.push([30, "政府网站专栏：公示项目基本信息", "政府サイト特設欄：事業基本情報の公開", "○", "—", null]);
  rows.push([31, "政府网站专栏：公示项目建设进度", "政府サイト特設欄：進捗状況の公開", "○", "—", null]);
  rows.push([32, "政府网站专栏：征求意见或监督举报窗口", "政府サイト特設欄：意見募集・通報窓口", "×", "—", null]);
  rows.push([33, "电商扶贫情况统计", "EC貧困対策の統計", "○", "—", null]);
  full("七、资金管理　資金管理");
  rows.push([34, "省级专项资金下达", "省特別資金の交付額", 5.00, "百万元", null]);
  rows.push([35, "累计拨付", "累計支出額", 4.21, "百万元", null]);
  rows.push([36, "资金支出率", "執行率", 84.2, "％", null]);
  rows.push([37, "资金管理制度", "資金管理規程", "○", "—", null]);
  rows.push([38, "资金专用台账", "資金専用台帳", "○", "—", null]);
  rows.push([39, "项目总体进度", "事業全体の進捗率", 92, "％", null]);
  full("八、安全与诚信　安全・誠実性");
  rows.push([40, "安全生产、质量事故或重大损失", "安全・品質事故、重大損失", "×", "—", "未发生／発生なし"]);
  rows.push([41, "弄虚作假", "虚偽報告", "×", "—", null]);
  full("汕头市龙湖区外事侨务局　2021年9月6日印");

  write("facts", "b91-f3-longhu.json", {
    description: "汕头市龙湖区商务局为日本岸和田市经济交流访问团编、区外事侨务局翻译的中日对照《概况》：No.|项目|項目（日文）|数值／状况|单位|备注（中日两种文字），分八节；是否项按日文习惯用“○”表示有／已实施、“×”表示无／未实施（表头下凡例写明，与中文表常见的●/○含义不同），资金按日文版习惯以“百万元”为单位（5.00百万元＝500万元，4.21百万元＝421万元），零售额为“亿元（億元）”，增速只写在备注“同比＋33.6％／前年比＋33.6％”里，日期后附和历“令和2年10月28日”。陷阱：户籍人口；培训“実人数”3,911人不是人次；入驻企业26家、支出率84.2%、参训占比58.3%不是输入；摄影美工“×（计划年内开展）”；一票否决两项“×”为未发生；没有主观项自评分。",
    sheets: [sheet("概况（中日）", rows, merges)],
    expect: {
      facts: {
        county: "龙湖区",
        asOf: "2021-08-31",
        residentPopulation: 573200,
        adminVillagesStated: 27,
        poorVillagesStated: 2,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-10-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 2138000000,
        ruralRetail2020: 2856000000,
        ruralRetailGrowthStated: 0.336,
        agriRetail2020: 607000000,
        agriRetailGrowthStated: 0.275,
        trainingPersonTimesStated: 5836,
        eligiblePoorPersonsStated: 1204,
        trainedPoorPersonsStated: 702,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4210000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();


// ================================================================ L1 乐昌市：专栏进度公示发布记录（发布日期≠公示期）＋产业园企业按月变动登记
(function l1() {
  // ---- sheet 1: disclosures
  const a = [];
  const am = [];
  const W = 7;
  const full = (rows, merges, text) => { const r = [text]; while (r.length < W) r.push(null); rows.push(r); merges.push(rng(rows.length - 1, 0, rows.length - 1, W - 1)); };
  full(a, am, "乐昌市电子商务进农村综合示范专栏“项目建设进度”月度公示发布记录");
  full(a, am, "发布平台：乐昌市人民政府门户网站 › 专题专栏 › 电子商务进农村综合示范　　登记：市商务局电商股");
  a.push(["期次", "公示标题", "发布情况", null, "子栏目", "网页链接", "备注"]);
  a.push([null, null, "发布日期", "公示期（起止）", null, null, null]);
  am.push("A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4", "G3:G4");
  const T = (p) => "乐昌市电子商务进农村综合示范项目建设进度公示（" + p + "）";
  const L = (n) => "http://www.lechang.gov.cn/zwgk/ztzl/dsjnc/jsjd/content/post_" + n + ".html";
  a.push(["第1期", T("2020年7月"), "2020.8.28", "2020.8.28—9.3", "建设进度", L(1838215), null]);
  a.push(["第2期", T("2020年8—9月"), "2020年10月13日", "2020年10月13日—19日", "建设进度", L(1879402), "8月、9月合并公示"]);
  a.push(["第3期", T("2020年10月"), "2020.11.9", "2020.11.9—11.15", "建设进度", L(1901377), null]);
  a.push(["第4期", T("2020年11月"), "20201208", "2020.12.8—12.14", "建设进度", L(1925860), null]);
  a.push(["第5期", T("2020年12月"), D("2021-01-11"), "2021.1.11—1.17", "建设进度", L(1950433), null]);
  a.push(["第6期", T("2021年1月"), "2021/2/5", "2021.2.5—2.11", "建设进度", L(1968120), "已撤回：附表拨付金额有误，2月8日更正后重发"]);
  a.push(["第6期（重发）", T("2021年1月") + "（更正）", "2021/2/8", "2021.2.8—2.14", "建设进度", L(1969007), null]);
  a.push(["第7期", T("2021年2月"), "2021.3.10", "2021.3.10—3.16", "建设进度", L(1990514), null]);
  a.push(["第8期", T("2021年3月"), "2021年4月12日", "2021年4月12日—18日", "建设进度", L(2013768), null]);
  a.push(["第9期", T("2021年4月"), "2021-05-11", "2021.5.11—5.17", "建设进度", L(2036551), null]);
  a.push(["第10期", T("2021年5月"), "21.6.9", "21.6.9—6.15", "建设进度", L(2058239), null]);
  a.push(["第11期", T("2021年6月"), "2021.7.12", "2021.7.12—7.18", "建设进度", L(2081946), null]);
  a.push(["第12期", T("2021年7月"), "2021年8月10日", "2021年8月10日—16日", "建设进度", L(2103385), null]);
  a.push(["第13期", T("2021年8月"), null, null, "建设进度", null, "拟于9月上旬发布（待8月数据核定）"]);
  a.push([null, null, null, null, null, null, null]);
  full(a, am, "二、专栏其他子栏目更新");
  a.push(["序号", "标题", "发布日期", "公示期（起止）", "子栏目", "网页链接", "备注"]);
  a.push([1, "乐昌市电子商务进农村综合示范县创建工作方案", D("2020-07-20"), "—", "创建方案", L(1812650), null]);
  a.push([2, "乐昌市电子商务进农村综合示范项目基本信息公示（第二批镇村服务站点）", "2020.12.22", "2020.12.22—12.28", "项目公示", L(1940071), null]);
  a.push([3, "关于公开征集电子商务进农村工作意见建议的公告", "2021年3月25日", "—", "征求意见", L(2004412), "长期有效"]);
  a.push([4, "乐昌市电子商务进农村综合示范项目资金使用情况公示（截至2021年8月31日）", "2021.9.3", "2021.9.3—9.9", "项目公示", L(2121790), null]);
  full(a, am, "注：记录以网站后台“发布日期”为准；公示期是公示起止时间，不是发布日期。");

  // ---- sheet 2: enterprises as a monthly change log
  const b = [];
  const bm = [];
  const W2 = 8;
  const full2 = (text) => { const r = [text]; while (r.length < W2) r.push(null); b.push(r); bm.push(rng(b.length - 1, 0, b.length - 1, W2 - 1)); };
  full2("乐昌市电子商务产业园入驻企业变动登记表（按月登记）");
  full2("说明：每月登记当月新入驻、退出及换房情况，未变动的月份写“本月无变动”；“月末在园”行为当月月末在园企业数。运营单位：乐昌市九峰山电子商务有限公司");
  b.push(["月份", "变动类型", "企业名称", "统一社会信用代码", "企业类型", "变动日期", "房号", "备注"]);
  const month = (label, lines, tail) => {
    const start = b.length;
    lines.forEach((ln, i) => b.push([i === 0 ? label : null].concat(ln)));
    const t = [b.length === start ? label : null, tail, null, null, null, null, null, null];
    b.push(t);
    bm.push(rng(b.length - 1, 1, b.length - 1, W2 - 1));
    if (b.length - 1 > start) bm.push(rng(start, 0, b.length - 1, 0));
  };
  month("2020年6月", [
    ["新入驻", "乐昌市九峰山电子商务有限公司", "91440281MA4WQ7LC3T", "电商运营服务商", D("2020-06-08"), "101", "运营单位，兼营代运营"],
    ["新入驻", "乐昌市枝豆电子商务有限公司", "91440281MA4WR2KD8N", "平台型", "2020.6.8", "102", null],
    ["新入驻", "韶关市乐邮物流有限公司乐昌分公司", "91440281MA4WU63F0A", "物流快递", "2020年6月15日", "103", null],
  ], "月末在园：3家");
  const noChange = (label, tail) => {
    b.push([label, "本月无变动", null, null, null, null, null, null]);
    bm.push(rng(b.length - 1, 1, b.length - 1, W2 - 1));
    b.push([null, tail, null, null, null, null, null, null]);
    bm.push(rng(b.length - 1, 1, b.length - 1, W2 - 1));
    bm.push(rng(b.length - 2, 0, b.length - 1, 0));
  };
  noChange("2020年7月", "月末在园：3家");
  month("2020年8月", [
    ["新入驻", "乐昌市北乡马蹄专业合作社", "93440281MA4X0B1R5E", "销售型（农产品网店）", "20200803", "105", null],
    ["新入驻", "乐昌市雪毛鸡养殖有限公司", "91440281MA4X0FJ27Y", "销售型（农产品网店）", "2020/8/17", "106", null],
    ["换房", "乐昌市枝豆电子商务有限公司", "91440281MA4WR2KD8N", "平台型", "2020.8.20", "102→201", "由102迁至201，不是新入驻"],
  ], "月末在园：5家");
  noChange("2020年9—10月", "月末在园：5家");
  month("2020年11月", [
    ["新入驻", "乐昌市黄金柰李农业科技有限公司", "91440281MA55C3D90Q", "农产品加工及网销", D("2020-11-02"), "202", null],
    ["新入驻", "广东乐品汇网络科技有限公司", "91440281MA55D8HT4K", "电商运营服务商", "2020年11月16日", "203", null],
    ["新入驻", "乐昌市坪石镇农鲜直播工作室", "92440281MA55E1NQ6W", "直播电商", "2020.11.23", "204", "个体工商户"],
    ["退出", "乐昌市雪毛鸡养殖有限公司", "91440281MA4X0FJ27Y", "销售型（农产品网店）", "2020.11.30", "106", "经营调整，退租"],
  ], "月末在园：7家");
  noChange("2020年12月—2021年2月", "月末在园：7家");
  month("2021年3月", [
    ["新入驻", "乐昌市长来香芋专业合作社", "93440281MA56K0TB1X", "销售型（农产品网店）", "2021.3.2", "106", null],
    ["新入驻", "韶关市速通冷链物流有限公司", "91440281MA56L7PC2D", "物流快递", "21.3.18", "205", "冷链仓配"],
  ], "月末在园：9家");
  month("2021年6月", [
    ["退出", "乐昌市坪石镇农鲜直播工作室", "92440281MA55E1NQ6W", "直播电商", "2021年6月30日", "204", "迁往坪石镇自有场地"],
  ], "月末在园：8家");
  month("2021年8月", [
    ["新入驻", "乐昌市廊田茶叶专业合作社", "93440281MA57A2CE9H", "销售型（农产品网店）", "2021.8.31", "204", null],
  ], "月末在园：9家");
  month("2021年9月", [
    ["新入驻", "乐昌市云岩山货电子商务有限公司", "91440281MA57H6WD3G", "销售型", "2021.9.6", "206", null],
    ["退出", "广东乐品汇网络科技有限公司", "91440281MA55D8HT4K", "电商运营服务商", "2021.9.15", "203", "合同到期不续"],
  ], "月末在园（登记至9月15日）：9家");
  full2("注：园区301—303室为电子商务公共服务中心自用办公室，不属入驻企业，未登记。");
  full2("登记人：邓××　　审核：乐昌市商务局电商股");

  // ---- sheet 3: notes
  const c = [
    ["填表说明"],
    ["1.《专栏进度公示发布记录》按网站后台发布日期登记，撤回的公示在备注栏注明。"],
    ["2.《产业园企业变动登记表》由运营单位每月5日前报市商务局电商股。"],
    ["3.本册台账截至2021年9月15日。"],
  ];

  write("ledgers", "b91-l1-lechang.json", {
    description: "乐昌市（韶关）商务局电商股交的两张表加填表说明：①《专栏“项目建设进度”月度公示发布记录》——期次|公示标题|发布情况（两行表头，“发布情况”合并在 发布日期|公示期（起止） 之上）|子栏目|网页链接|备注，下面另起“二、专栏其他子栏目更新”小表（序号|标题|发布日期|公示期|子栏目…）。读法：专栏更新的日期取“发布日期”，不是公示期（第1期8月28日发布、公示期到9月3日，仍是8月的更新），第6期2月5日发布后撤回（备注写明）不是记录、2月8日重发的是，第13期“拟于9月上旬发布”没有发布日期不是记录；创建方案、项目公示、征求意见公告也是专栏更新，9月3日那条照记；日期写法有“2020.8.28”、“2020年10月13日”、“20201208”、真日期、“2021/2/8”、“2021-05-11”、两位年份“21.6.9”；共16条。②产业园运营单位的《入驻企业变动登记表（按月登记）》——月份纵向合并，每月一块（变动类型|企业名称|统一社会信用代码|企业类型|变动日期|房号|备注），块尾“月末在园：n家”合并行和“本月无变动”行不是企业。读法：记录＝每家企业一次（按首次出现的顺序），入驻日取“新入驻”行的变动日期，退出日取同一信用代码“退出”行的变动日期（雪毛鸡2020.11.30、农鲜直播2021.6.30、乐品汇2021.9.15），“换房”不是新入驻；8月31日入驻、9月6日入驻的照记；类型照写；公共服务中心自用办公室不是企业；共12家。③填表说明不是台账。",
    sheets: [
      sheet("专栏进度公示发布记录", a, am),
      sheet("产业园企业变动登记", b, bm),
      sheet("填表说明", c),
    ],
    expect: {
      sheets: {
        "专栏进度公示发布记录": {
          kind: "disclosures",
          records: [
            { date: "2020-08-28" }, { date: "2020-10-13" }, { date: "2020-11-09" }, { date: "2020-12-08" },
            { date: "2021-01-11" }, { date: "2021-02-08" }, { date: "2021-03-10" }, { date: "2021-04-12" },
            { date: "2021-05-11" }, { date: "2021-06-09" }, { date: "2021-07-12" }, { date: "2021-08-10" },
            { date: "2020-07-20" }, { date: "2020-12-22" }, { date: "2021-03-25" }, { date: "2021-09-03" },
          ],
        },
        "产业园企业变动登记": {
          kind: "enterprises",
          records: [
            { name: "乐昌市九峰山电子商务有限公司", type: "电商运营服务商", entered: "2020-06-08", left: null },
            { name: "乐昌市枝豆电子商务有限公司", type: "平台型", entered: "2020-06-08", left: null },
            { name: "韶关市乐邮物流有限公司乐昌分公司", type: "物流快递", entered: "2020-06-15", left: null },
            { name: "乐昌市北乡马蹄专业合作社", type: "销售型（农产品网店）", entered: "2020-08-03", left: null },
            { name: "乐昌市雪毛鸡养殖有限公司", type: "销售型（农产品网店）", entered: "2020-08-17", left: "2020-11-30" },
            { name: "乐昌市黄金柰李农业科技有限公司", type: "农产品加工及网销", entered: "2020-11-02", left: null },
            { name: "广东乐品汇网络科技有限公司", type: "电商运营服务商", entered: "2020-11-16", left: "2021-09-15" },
            { name: "乐昌市坪石镇农鲜直播工作室", type: "直播电商", entered: "2020-11-23", left: "2021-06-30" },
            { name: "乐昌市长来香芋专业合作社", type: "销售型（农产品网店）", entered: "2021-03-02", left: null },
            { name: "韶关市速通冷链物流有限公司", type: "物流快递", entered: "2021-03-18", left: null },
            { name: "乐昌市廊田茶叶专业合作社", type: "销售型（农产品网店）", entered: "2021-08-31", left: null },
            { name: "乐昌市云岩山货电子商务有限公司", type: "销售型", entered: "2021-09-06", left: null },
          ],
        },
        "填表说明": { kind: null },
      },
    },
  });
})();


// ================================================================ L2 惠城区：合同付款节点（按比例）＋村卫生站设置情况当村居名单
(function l2() {
  // ---- sheet 1: funds — payment milestones written as contract percentages
  const a = [];
  const am = [];
  const W = 10;
  const full = (text) => { const r = [text]; while (r.length < W) r.push(null); a.push(r); am.push(rng(a.length - 1, 0, a.length - 1, W - 1)); };
  full("惠州市惠城区电子商务进农村综合示范项目合同付款节点登记表");
  full("单位：元　　说明：各节点按合同约定比例支付，格内写“比例　已付 日期”；未写“已付”的节点尚未支付。　　登记：区商务局电商股");
  a.push(["序号", "合同名称", "承建（服务）单位", "合同金额（元）", "付款节点（格内写合同约定比例及支付情况）", null, null, null, "已付合计（元）", "备注"]);
  a.push([null, null, null, null, "预付款", "进度款", "验收款", "质保金", null, null]);
  am.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:I4", "J3:J4");
  a.push([1, "区电子商务公共服务中心建设及运营", "惠州市惠商网络科技有限公司", 1200000, "30%　已付 2020.7.15", "40%　已付 2020年11月20日", "25%　已付 2021/3/18", "5%　质保期满（2022年3月）后支付", 1140000, null]);
  a.push([2, "镇村电商服务站点建设（一期）", "中国邮政集团有限公司惠州市分公司", 860000, "30%　已付 2020.8.6", "40%　已付 20201230", "30%　待验收", "—", 602000, null]);
  a.push([3, "县乡村三级物流配送体系建设", "惠州市顺捷物流有限公司", "750,000.00", "20%　已付 2020.9.28", "50%　已付 2021.4.30", "25%　已付 2021年9月6日", "5%　未到期", 712500, "验收款9月支付"]);
  a.push([4, "电商人才培训服务", "惠州市惠智教育咨询有限公司", 480000, "30%　已付 2020.10.9", "按实际培训期次结算：已付96,000元（2021.1.15）", "已付 40%（2021-07-20）", "—", 432000, "进度款按期次结算，不按比例"]);
  a.push([5, "农产品品牌培育及网络营销推广", "广州市农品汇文化传播有限公司", 500000, "30%　2020.12.2已付", "40%　已付 21.5.26", "30%　拟9月支付", "—", 350000, null]);
  a.push([6, "农产品冷链及溯源系统", "惠州市鲜链供应链管理有限公司", 368500, "30%　已付 2021.2.3", "—", "70%　待系统验收", "—", 110550, null]);
  a.push([7, "电商进农村宣传推广服务", "惠州日报社", 150000, "—", "—", "100%　已付 2021.6.28", "—", 150000, "一次性支付"]);
  a.push(["合计", null, null, 4308500, null, null, null, null, 3497050, null]);
  am.push(rng(a.length - 1, 0, a.length - 1, 2));
  full("注：已付合计含2021年9月6日支付的物流配送体系验收款187,500元。");
  full("制表：区商务局电商股　　复核：区财政局经济建设股");

  // ---- sheet 2: villages — borrowed from the health bureau's village clinic list
  const b = [];
  const bm = [];
  const W2 = 8;
  const full2 = (text) => { const r = [text]; while (r.length < W2) r.push(null); b.push(r); bm.push(rng(b.length - 1, 0, b.length - 1, W2 - 1)); };
  full2("惠城区村卫生站（社区卫生服务站）设置情况一览表");
  full2("（节选：横沥镇、芦洲镇、汝湖镇）　　惠州市惠城区卫生健康局　2021年6月");
  b.push(["序号", "镇（街道）", "机构名称", "设置类别", "所在村（社区）", "乡村医生（人）", "执业许可证登记号", "备注"]);
  const town = (name, lines, subtotal) => {
    const start = b.length;
    lines.forEach((ln, i) => b.push([ln[0], i === 0 ? name : null].concat(ln.slice(1))));
    bm.push(rng(start, 1, b.length - 1, 1));
    b.push([null, subtotal, null, null, null, null, null, null]);
    bm.push(rng(b.length - 1, 1, b.length - 1, W2 - 1));
  };
  town("横沥镇", [
    [1, "惠城区横沥镇中心卫生院", "镇卫生院", "（镇区）", 9, "45707961844130211A1001", null],
    [2, "横沥村卫生站", "村卫生站", "横沥村委会", 2, "PDY80021444130211D2101", null],
    [3, "墨园村卫生站", "村卫生站", "墨园村委会", 1, "PDY80022444130211D2102", null],
    [4, "大岚村卫生站", "村卫生站", "大岚村委会", 2, "PDY80023444130211D2103", null],
    [5, "大岚村卫生站（水口分站）", "分站", "大岚村委会", 1, "PDY80023444130211D2103-1", "分站，隶属大岚村卫生站"],
    [6, "岚派村卫生站", "村卫生站", "岚派村民委员会", 1, "PDY80024444130211D2104", null],
    [7, "横沥社区卫生服务站", "社区卫生服务站", "横沥社区", 2, "PDY80025444130211D2105", "镇卫生院举办"],
    [8, "马尾村、长岭村联合卫生站", "村卫生站", "马尾村、长岭村", 2, "PDY80026444130211D2106", "两村合设一站"],
  ], "横沥镇小计：村卫生站6个（含分站1个，联合站1个），社区卫生服务站1个");
  town("芦洲镇", [
    [9, "芦洲村卫生站", "村卫生站", "芦洲村委会", 1, "PDY80031444130211D2201", null],
    [10, "岚田村卫生站", "村卫生站", "岚田村委会", 1, "PDY80032444130211D2202", null],
    [11, "莲塘村卫生站", "村卫生站", "莲塘村委会", 2, "PDY80033444130211D2203", null],
    [12, "石溪村卫生站", "村卫生站", "石溪村民委员会", 1, "PDY80034444130211D2204", "2020年新建"],
    [13, "芦洲社区卫生服务站", "社区卫生服务站", "芦洲社区居委会", 2, "PDY80035444130211D2205", null],
  ], "芦洲镇小计：村卫生站4个，社区卫生服务站1个");
  town("汝湖镇", [
    [14, "惠城区汝湖镇卫生院", "镇卫生院", "（镇区）", 7, "45707962044130211A1003", null],
    [15, "仍图村卫生站", "村卫生站", "仍图村委会", 1, "PDY80041444130211D2301", null],
    [16, "汝湖村卫生站", "村卫生站", "汝湖村", 2, "PDY80042444130211D2302", null],
    [17, "塘角村卫生站", "村卫生站", "塘角村委会", 0, "PDY80043444130211D2303", "乡村医生退休，卫生站暂停执业，村民由汝湖村卫生站代为服务"],
    [18, "金澳社区卫生服务站", "社区卫生服务站", "金澳社区", 1, "PDY80044444130211D2304", null],
    [19, "汝湖村卫生站（大岭分站）", "分站", "汝湖村委会", 1, "PDY80042444130211D2302-1", "分站，隶属汝湖村卫生站"],
  ], "汝湖镇小计：村卫生站4个（含分站1个），社区卫生服务站1个");
  b.push(["合计", null, "村卫生站14个（含分站2个），社区卫生服务站3个，镇卫生院2个", null, null, 39, null, null]);
  bm.push("A" + b.length + ":B" + b.length, "C" + b.length + ":E" + b.length);
  full2("注：分站隶属所在村的村卫生站；联合卫生站由两村合设。");

  // ---- sheet 3: notes
  const c = [
    ["说明"],
    ["1.区民政局的村（居）委会名单未及时提供，村（居）资料暂以区卫生健康局《村卫生站（社区卫生服务站）设置情况一览表》（节选）代替。"],
    ["2.资金支付情况以《合同付款节点登记表》为准，区财政局已复核。"],
    ["区商务局电商股　2021年9月8日"],
  ];

  write("ledgers", "b91-l2-huicheng.json", {
    description: "惠州市惠城区商务局电商股交的两张表加说明页：①《合同付款节点登记表》当资金台账——一行一个合同（序号|合同名称|承建单位|合同金额（元）|付款节点（两行表头，合并在 预付款|进度款|验收款|质保金 之上）|已付合计|备注），节点格里只写合同约定比例和支付情况（“30%　已付 2020.7.15”“已付 40%（2021-07-20）”“30%　2020.12.2已付”），金额要按合同金额×比例算（1,200,000×30%＝360,000；368,500×30%＝110,550；“750,000.00”是千分位文本），培训合同进度款直接写“已付96,000元”；记录＝每个写了“已付”的节点，按行、自左向右；“质保期满后支付”“待验收”“未到期”“拟9月支付”“—”不是记录，合同金额、已付合计、合计行和注不是拨付；2021年9月6日的验收款187,500元照列；共15条。②区卫生健康局《村卫生站（社区卫生服务站）设置情况一览表（节选）》当村（居）委会名单——一行一个卫生机构（镇列纵向合并），村取“所在村（社区）”：镇卫生院（所在“（镇区）”）不是村，分站与所属村是同一个村（大岚村委会、汝湖村与“汝湖村委会”各记一次），“马尾村、长岭村联合卫生站”是两个村，社区卫生服务站所在的社区是社区（admin false），塘角村卫生站暂停执业但塘角村仍是村；每镇小计、合计和注不是记录；无贫困村、快递栏（poor、express 为 null）；共16个村（居），其中行政村13个。③说明页不是台账。",
    sheets: [
      sheet("合同付款节点登记", a, am),
      sheet("村卫生站设置情况", b, bm),
      sheet("说明", c),
    ],
    expect: {
      sheets: {
        "合同付款节点登记": {
          kind: "funds",
          records: [
            { date: "2020-07-15", amount: 360000 },
            { date: "2020-11-20", amount: 480000 },
            { date: "2021-03-18", amount: 300000 },
            { date: "2020-08-06", amount: 258000 },
            { date: "2020-12-30", amount: 344000 },
            { date: "2020-09-28", amount: 150000 },
            { date: "2021-04-30", amount: 375000 },
            { date: "2021-09-06", amount: 187500 },
            { date: "2020-10-09", amount: 144000 },
            { date: "2021-01-15", amount: 96000 },
            { date: "2021-07-20", amount: 192000 },
            { date: "2020-12-02", amount: 150000 },
            { date: "2021-05-26", amount: 200000 },
            { date: "2021-02-03", amount: 110550 },
            { date: "2021-06-28", amount: 150000 },
          ],
        },
        "村卫生站设置情况": {
          kind: "villages",
          records: [
            { name: "横沥村委会", admin: true, poor: null, express: null },
            { name: "墨园村委会", admin: true, poor: null, express: null },
            { name: "大岚村委会", admin: true, poor: null, express: null },
            { name: "岚派村民委员会", admin: true, poor: null, express: null },
            { name: "横沥社区", admin: false, poor: null, express: null },
            { name: "马尾村", admin: true, poor: null, express: null },
            { name: "长岭村", admin: true, poor: null, express: null },
            { name: "芦洲村委会", admin: true, poor: null, express: null },
            { name: "岚田村委会", admin: true, poor: null, express: null },
            { name: "莲塘村委会", admin: true, poor: null, express: null },
            { name: "石溪村民委员会", admin: true, poor: null, express: null },
            { name: "芦洲社区居委会", admin: false, poor: null, express: null },
            { name: "仍图村委会", admin: true, poor: null, express: null },
            { name: "汝湖村", admin: true, poor: null, express: null },
            { name: "塘角村委会", admin: true, poor: null, express: null },
            { name: "金澳社区", admin: false, poor: null, express: null },
          ],
        },
        "说明": { kind: null },
      },
    },
  });
})();


// ================================================================ C1 南沙区：整本工作簿，事实表是“工作晴雨表”
(function c1() {
  const sheets = [];
  const fullRow = (rows, merges, W, text) => { const r = [text]; while (r.length < W) r.push(null); rows.push(r); merges.push(rng(rows.length - 1, 0, rows.length - 1, W - 1)); };

  // ------------------------------------------------------------ 目录
  sheets.push(sheet("目录", [
    ["广州市南沙区电子商务进农村综合示范创建考评资料"],
    ["晴雨表　　工作晴雨表（迎检版，含自评分）"],
    ["附1　　村（居）委会名单"],
    ["附2　　村级电子商务服务站点清单"],
    ["附3　　电商培训登记表（普及培训，按期次）"],
    ["附4　　贫困户电商专场培训签到表"],
    ["附5　　建档立卡贫困人口名单"],
    ["附6　　电商产业园入驻企业清单"],
    ["附7　　省级专项资金拨付台账"],
    ["附8　　月报报送登记"],
    ["附9　　专栏更新记录"],
    ["附10　　宣传报道登记"],
    ["附11　　经验材料报送登记"],
  ]));

  // ------------------------------------------------------------ 晴雨表 (facts + self-assessment)
  {
    const W = 8;
    const rows = [];
    const merges = [];
    fullRow(rows, merges, W, "广州市南沙区电子商务进农村综合示范创建工作“晴雨表”（迎检版）");
    fullRow(rows, merges, W, "考评截止日期：2021年8月31日　　更新日期：2021年9月2日　　南沙区商务局电商科");
    fullRow(rows, merges, W, "图例：☀ 晴＝已完成／已达标　⛅ 多云＝推进中、部分达标（按未完成计）　🌧 雨＝未完成／未达标　—＝不涉及；一票否决项 ☀＝未触及否决情形。");
    rows.push(["序号", "评价指标（分值）", "考评要点", "关键数据／情况（截至2021年8月31日）", "晴雨", "分项自评", "指标自评分", "说明"]);
    // block(no, name, items[[要点, 数据, 晴雨, 分项]], indicatorScore|null, note, perRowG)
    const block = (no, name, items, g, note, perRowG) => {
      const start = rows.length;
      items.forEach((it, i) => {
        rows.push([
          i === 0 ? no : null,
          i === 0 ? name : null,
          it[0], it[1], it[2],
          it[3] === undefined ? null : it[3],
          perRowG ? (it[4] === undefined ? null : it[4]) : (i === 0 ? g : null),
          i === 0 ? note : null,
        ]);
      });
      const end = rows.length - 1;
      if (end > start) {
        merges.push(rng(start, 0, end, 0), rng(start, 1, end, 1), rng(start, 7, end, 7));
        if (!perRowG) merges.push(rng(start, 6, end, 6));
      }
    };
    block("〇", "基本情况", [
      ["常住人口", "84.69万人（第七次全国人口普查）", "—"],
      ["户籍人口", "49.13万人", "—"],
      ["行政村／社区", "行政村52个，社区10个", "—"],
      ["省定贫困村", "无（0个）", "—"],
    ], null, "区统计局、区民政局提供");
    block(1, "组织领导（2）", [
      ["建立主要领导牵头、多部门参与的工作协调机制", "组长：区委副书记、区长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局等11个单位", "☀", null],
    ], 2, "南府办〔2020〕8号");
    block(2, "方案制定（2）", [
      ["正式印发示范县工作方案", "《南沙区电子商务进农村综合示范县创建工作方案》2020年4月印发", "☀", 2],
    ], 2, null);
    block(3, "政策支持（2）", [
      ["出台支持农村电商发展的政策", "《南沙区促进农村电子商务发展若干措施》（2020年7月）", "☀", 1],
    ], 1, "落实面待扩大，自评1分");
    block(4, "项目管理（4）", [
      ["项目管理制度", "《项目管理办法》《项目验收办法》", "☀", 2],
      ["工作台账", "建立11本工作台账（附1—附11）", "☀", 2],
    ], 4, null);
    block(5, "服务体系建设—县级中心及产业园（15）", [
      ["建成县级电子商务公共服务中心", "2020年12月18日投入运营", "☀", 2],
      ["建成后正常运行6个月以上", "截至8月31日已运行8个多月", "☀", 2],
      ["有免费培训场所、培训设备", "培训室120座，设备齐全，常态化开展基础培训", "☀", 2],
      ["为特色农产品提供免费展示、销售服务", "展厅免费展示农特产品126款", "☀", 1],
      ["为市场主体提供免费摄影、美工服务", "摄影棚设备采购中", "⛅", 0],
      ["组织农产品统一推广、指导品牌建设", "打造“南沙农品”区域公用品牌", "☀", 1],
      ["提供其他衍生增值服务", "融资对接、代运营咨询、商标注册指导", "☀", 1],
      ["建设或整合、优化电商产业园", "整合优化南沙电商产业园（东涌）", "☀", 2],
      ["产业园入驻企业20家以上", "在园企业21家（见附6）", "☀", 2],
      ["入驻企业三种以上类型", "平台型、销售型、电商运营、物流等", "☀", 1],
    ], 14, "摄影美工未达标");
    block(6, "服务体系建设—村级站点（10）", [
      ["行政村覆盖率70%以上", "建站行政村37个／52个＝71.2%", "☀", 5],
      ["省定贫困村全覆盖", "本区无省定贫困村", "—", 5],
    ], 10, null);
    block(7, "农村产品上行（10）", [
      ["网销调研并形成针对性建议", "《南沙区农产品网络销售调研报告》（2020年9月）", "☀", 2],
      ["网络促销活动成效明显", "“南沙农品节”等线上促销12场", "☀", 2],
      ["有专业第三方电商运营或服务商", "广州南沙智联电商运营服务有限公司", "☀", 1],
      ["行政村物流快递覆盖率100%", "52个行政村全部通快递（100%）", "☀", 1],
      ["交易标准及冷链、溯源系统", "建成冷链仓1处，溯源平台接入28家；交易标准未出台", "⛅", 1],
      ["2020年网络零售额同比增速≥30%", "农村网络零售额：2019年18.46亿元，2020年22.91亿元，增长24.1%；农产品网络零售额：2019年3.12亿元，2020年4.09亿元，增长31.1%", "☀", 2],
    ], 9, null);
    block(8, "电商人才培训（20）", [
      ["培训人次达常住人口1%", "累计4,812人次（含贫困户专场32人次），按50万人基数为0.96%", "⛅", 8],
      ["建档立卡贫困人口培训率50%以上", "有劳动能力（不含外出务工）的建档立卡贫困人口24人，参训12人，培训率50%", "☀", 10],
    ], 18, "9月9日第22期420人次不计入");
    block(9, "信息公开（4）", [
      ["在区政府网站设立公开专栏", "区政府门户网站“电子商务进农村综合示范”专栏", "☀", 2],
      ["专栏公示创建方案", "已公示", "☀"],
      ["专栏公示项目基本信息", "已公示（三批）", "☀"],
      ["专栏公示项目建设进度", "每月公示", "☀"],
      ["设立征求意见或监督举报窗口", "设监督举报窗口（电话、邮箱）", "☀"],
      ["近一年按月更新", "2020年9月至2021年8月每月均有更新（见附9）", "☀", 2],
    ], 4, null);
    block(10, "数据上报（6）", [
      ["每月向市商务局报送工作情况", "每月10日前报送（见附8）", "☀", 3],
      ["能统计电商扶贫情况", "月报附电商扶贫统计表", "☀", 3],
    ], 6, null);
    block(11, "案例总结（2）", [
      ["向市商务局报送经验材料", "2021年6月18日报送《南沙区“电商＋水乡农品”助农增收经验做法》", "☀", 2],
    ], 2, null);
    block(12, "经验推广（8）", [
      ["省级及以上媒体报道", "南方日报2021年5月12日", "☀", 4],
      ["市级媒体报道", "广州日报2021年3月3日、广州广播电视台2021年4月22日", "☀", 3],
      ["县级媒体报道", "南沙区融媒体中心2021年9月2日", "☀", 1],
    ], 8, null);
    block(13, "制度建立（5）", [
      ["建立科学有效的资金管理制度", "《南沙区省级电子商务进农村综合示范专项资金管理办法》", "☀", 5],
    ], 5, null);
    block(14, "资金台账（5）", [
      ["项目承建方建立资金专用台账", "各承建单位建立专账，区商务局建立拨付台账（附7）", "☀", 4],
    ], 4, null);
    block(15, "资金支出（5）", [
      ["资金支出率70%以上且及时拨付", "下达500万元，截至8月31日累计拨付376.28万元，支出率75.3%", "☀", 4],
    ], 4, null);
    block("加", "加分项", [
      ["建档立卡贫困人口培训率70%及以上", "培训率50%", "🌧", 0, 0],
      ["电商扶贫典型案例获电视播报", "广东广播电视台珠江频道2021年9月10日播出（省级）", "☀", 1, 1],
    ], null, null, true);
    block("否", "一票否决项", [
      ["安全生产、质量事故或重大损失", "未发生", "☀", null, "—"],
      ["项目建设进度严重滞后（总体进度不足40%）", "项目总体进度92%", "☀", null, "—"],
      ["弄虚作假", "无", "☀", null, "—"],
    ], null, null, true);
    rows.push(["合计", null, null, null, null, null, 94, null]);
    merges.push(rng(rows.length - 1, 0, rows.length - 1, 5));
    fullRow(rows, merges, W, "填报：南沙区商务局电商科 何××　　审核：区商务局分管副局长 梁××");
    sheets.push(sheet("晴雨表", rows, merges));
  }

  // ------------------------------------------------------------ 附1 村居名单
  const towns = [
    ["东涌镇", ["大稳村", "小乌村", "石排村", "鱼窝头村", "官坦村", "细沥村", "马克村", "吉祥村", "太石村", "三沙村", "新基村", "沙公堡村", "石牌村"], ["东涌社区", "庆盛社区", "东兴社区"]],
    ["榄核镇", ["榄核村", "湴湄村", "牛角村", "大坳村", "九比村", "人和村", "民生村", "平稳村", "坳尾村", "雁沙村", "张松村", "顺河村"], ["榄核社区", "榄北社区"]],
    ["大岗镇", ["大岗村", "潭洲村", "新联一村", "新联二村", "高沙村", "庙贝村", "北联村", "东导村", "灵山村", "豪岗村", "上下村", "放马村", "中塘村", "壳仔村"], ["大岗社区", "潭洲社区", "新联社区"]],
    ["横沥镇", ["冯马一村", "冯马二村", "冯马三村", "义沙村", "新兴村", "横沥村", "太安村", "民乐村", "中兴村", "新安村", "乐安村", "沙尾村", "合兴村"], ["横沥社区", "冯马社区"]],
  ];
  {
    const W = 7;
    const rows = [];
    const merges = [];
    fullRow(rows, merges, W, "附1　南沙区村（居）委会名单");
    fullRow(rows, merges, W, "来源：区民政局　　截至2021年8月");
    rows.push(["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "快递进村", "备注"]);
    let n = 0;
    for (const [t, vs, cs] of towns) {
      const start = rows.length;
      vs.forEach((v, i) => { n++; rows.push([n, i === 0 ? t : null, v.replace(/村$/, "村委会"), "村委会", "否", "√", null]); });
      cs.forEach((c) => { n++; rows.push([n, null, c + "居委会", "社区居委会", "—", "—", null]); });
      merges.push(rng(start, 1, rows.length - 1, 1));
    }
    rows.push(["合计", null, "村委会52个，社区居委会10个", null, null, null, null]);
    merges.push(rng(rows.length - 1, 0, rows.length - 1, 1), rng(rows.length - 1, 2, rows.length - 1, 6));
    fullRow(rows, merges, W, "注：本区无省定贫困村；“快递进村”由区邮政管理部门核实。");
    sheets.push(sheet("附1 村居名单", rows, merges));
  }

  // ------------------------------------------------------------ 附2 站点清单
  {
    const W = 9;
    const rows = [];
    const merges = [];
    fullRow(rows, merges, W, "附2　南沙区村级电子商务服务站点清单");
    rows.push(["序号", "镇", "站点名称", "所在村（社区）", "运营主体", "负责人", "联系电话", "挂牌时间", "备注"]);
    const st = {
      "东涌镇": [
        ["大稳村电商服务站", "大稳村", "南沙邮政", "梁××", "139××××1021", D("2020-06-18"), null],
        ["大稳村电商服务站（渔港点）", "大稳村委会", "南沙邮政", "梁××", "139××××1022", "2020.9.10", "同村第二个站点"],
        ["小乌村电商服务站", "小乌村", "南沙邮政", "黄××", "139××××1023", "2020.6.18", null],
        ["石排村电商服务站", "石排村", "南沙邮政", "陈××", "139××××1024", "2020年7月8日", null],
        ["鱼窝头村电商服务站", "鱼窝头村", "智联电商", "何××", "139××××1025", "20200708", null],
        ["官坦村电商服务站", "官坦村", "智联电商", "李××", "139××××1026", D("2020-07-22"), null],
        ["细沥村电商服务站", "细沥村", "智联电商", "郭××", "139××××1027", "2020.8.5", null],
        ["马克村电商服务站", "马克村民委员会", "南沙邮政", "麦××", "139××××1028", "2020/8/19", null],
        ["吉祥村电商服务站", "吉祥村委会", "南沙邮政", "冯××", "139××××1029", "2020年9月2日", null],
        ["太石村电商服务站", "太石村", "智联电商", "罗××", "139××××1030", "2020.10.14", null],
        ["三沙村电商服务站", "三沙村", "智联电商", "黎××", "139××××1031", "2021-01-12", null],
        ["庆盛社区电商服务站", "庆盛社区", "南沙邮政", "吴××", "139××××1032", "2020.11.3", "社区站点"],
      ],
      "榄核镇": [
        ["榄核村电商服务站", "榄核村", "南沙邮政", "卢××", "139××××1041", D("2020-06-30"), null],
        ["湴湄村电商服务站", "湴湄村", "南沙邮政", "谭××", "139××××1042", "2020.7.15", null],
        ["牛角村电商服务站", "牛角村", "智联电商", "欧阳××", "139××××1043", "2020年8月12日", null],
        ["大坳村电商服务站", "大坳村", "智联电商", "张××", "139××××1044", "20200826", null],
        ["九比村电商服务站", "九比村委会", "南沙邮政", "林××", "139××××1045", "2020/9/16", null],
        ["人和村电商服务站", "人和村", "南沙邮政", "区××", "139××××1046", "2020.11.25", null],
        ["民生村电商服务站", "民生村", "智联电商", "周××", "139××××1047", D("2021-03-09"), null],
        ["平稳村电商服务站", "平稳村", "智联电商", "钟××", "139××××1048", "2021.4.20", null],
      ],
      "大岗镇": [
        ["大岗村电商服务站", "大岗村", "南沙邮政", "刘××", "139××××1061", "2020.6.24", null],
        ["潭洲村电商服务站", "潭洲村", "南沙邮政", "杨××", "139××××1062", D("2020-07-29"), null],
        ["新联电商服务站", "新联一村", "智联电商", "邓××", "139××××1063", "2020年8月20日", null],
        ["新联二村电商服务站", "新联二村", "智联电商", "朱××", "139××××1064", "2020.9.23", null],
        ["高沙村电商服务站", "高沙村", "南沙邮政", "曾××", "139××××1065", "20201021", null],
        ["庙贝村电商服务站", "庙贝村", "南沙邮政", "谢××", "139××××1066", "2020/12/2", null],
        ["北联村电商服务站", "北联村", "智联电商", "叶××", "139××××1067", "2021.1.20", null],
        ["东导村电商服务站", "东导村民委员会", "智联电商", "潘××", "139××××1068", "2021年5月18日", null],
        ["灵山村电商服务站", "灵山村", "南沙邮政", "袁××", "139××××1069", "2021.8.25", null],
        ["中塘村电商服务站", "中塘村", "南沙邮政", "苏××", "139××××1070", "2021.9.6", "9月新挂牌"],
      ],
      "横沥镇": [
        ["冯马一村电商服务站", "冯马一村委会", "南沙邮政", "徐××", "139××××1081", "2020.6.28", null],
        ["冯马二村电商服务站", "冯马二村", "南沙邮政", "简××", "139××××1082", D("2020-08-04"), null],
        ["冯马三村电商服务站", "冯马三村", "智联电商", "岑××", "139××××1083", "2020年9月9日", null],
        ["义沙村电商服务站", "义沙村", "智联电商", "蔡××", "139××××1084", "2020.10.28", null],
        ["新兴村电商服务站", "新兴村", "南沙邮政", "关××", "139××××1085", "20201118", null],
        ["横沥村电商服务站", "横沥村", "南沙邮政", "莫××", "139××××1086", "2020/12/16", null],
        ["太安村电商服务站", "太安村", "智联电商", "梁××", "139××××1087", "2021.2.24", null],
        ["民乐村电商服务站", "民乐村", "智联电商", "黄××", "139××××1088", "2021年4月7日", null],
        ["中兴村电商服务站", "中兴村", "南沙邮政", "陈××", "139××××1089", D("2021-06-16"), null],
        ["新垦片区电商服务点", "新垦十六涌", "智联电商", "何××", "139××××1090", "2021.7.14", "围垦片区服务点"],
      ],
    };
    let n = 0;
    for (const t of ["东涌镇", "榄核镇", "大岗镇", "横沥镇"]) {
      const start = rows.length;
      st[t].forEach((s, i) => { n++; rows.push([n, i === 0 ? t : null].concat(s)); });
      merges.push(rng(start, 1, rows.length - 1, 1));
    }
    fullRow(rows, merges, W, "注：运营主体“南沙邮政”指中国邮政集团有限公司广州市南沙区分公司，“智联电商”指广州南沙智联电商运营服务有限公司。");
    fullRow(rows, merges, W, "制表：区商务局电商科　2021年9月10日");
    sheets.push(sheet("附2 站点清单", rows, merges));
  }

  // ------------------------------------------------------------ 附3 培训登记（按期次）
  {
    const W = 7;
    const rows = [];
    const merges = [];
    fullRow(rows, merges, W, "附3　南沙区电商普及培训登记表（按期次）");
    fullRow(rows, merges, W, "说明：本表登记普及性培训和增值培训；贫困户电商专场另见附4签到表，本表不重复登记。");
    rows.push(["期次", "培训日期", "培训主题", "培训地点", "培训对象", "参训人次", "备注"]);
    const ss = [
      ["第1期", D("2020-06-18"), "农村电商基础入门", "区电商中心", "村干部、合作社", 120],
      ["第2期", "2020.7.16", "网店开设与运营", "东涌镇", "农户、返乡青年", 160],
      ["第3期", "2020年8月20日", "短视频拍摄", "榄核镇", "农户", "210人次"],
      ["第4期", "2020.9.17", "农产品包装设计", "区电商中心", "合作社", 180],
      ["第5期", D("2020-10-15"), "直播带货基础", "大岗镇", "返乡青年", 240],
      ["第6期", "2020.11.12", "社区团购", "横沥镇", "农户", "２６０"],
      ["第7期", "2020/12/10", "电商法规与诚信经营", "区电商中心", "企业", 300],
      ["第8期", "2021.1.14", "年货节营销", "区电商中心", "企业、合作社", 150],
      ["第9期", "2021年3月11日", "农产品品牌打造", "东涌镇", "合作社", 280],
      ["第10期", "2021.3.25-26", "电商创业训练营（两天）", "区电商中心", "返乡青年", 320],
      ["第11期", "2021.4.15", "短视频进阶", "榄核镇", "农户", 200],
      ["第12期", "2021年4月28日", "直播带货实操", "大岗镇", "农户、村干部", 260],
      ["第13期", D("2021-05-13"), "跨境电商入门", "区电商中心", "企业", 220],
      ["第14期", "2021.5.27", "农产品上行与供应链", "横沥镇", "合作社", "180人次"],
      ["第15期", "2021.6.10", "网店美工", "区电商中心", "返乡青年", 300],
      ["第16期", "20210624", "社区电商", "东涌镇", "农户", 240],
      ["第17期", "2021.7.8", "直播电商（水乡农品专场）", "区电商中心", "农户、主播", 260],
      ["第18期", "2021.7.22", "电商客服", "榄核镇", "农户", 230],
      ["第19期", "2021年8月5日", "电商物流", "大岗镇", "合作社、物流企业", 190],
      ["第20期", "2021.8.18-19", "电商带头人研修班", "区电商中心", "带头人", 250],
      ["第21期", D("2021-08-26"), "农产品网销总结提升", "横沥镇", "农户", 230],
      ["第22期", "2021.9.9", "“双十一”备战（镇村干部轮训）", "区电商中心", "镇村干部", 420],
    ];
    for (const s of ss) rows.push(s.concat([null]));
    rows.push(["合计", null, null, null, null, 5200, "22期"]);
    merges.push(rng(rows.length - 1, 0, rows.length - 1, 4));
    fullRow(rows, merges, W, "登记：区电商公共服务中心　　审核：区商务局电商科");
    sheets.push(sheet("附3 培训登记", rows, merges));
  }

  // ------------------------------------------------------------ persons
  const R6 = "440115";
  // [name, birth, seq, want] ; want "X" for a trailing X, "D" for a digit
  const P = {};
  const mk = (name, birth, seq, want) => { P[name] = makeId(R6, birth, seq, want || "D"); };
  const households = [
    ["东涌镇", "小乌村", [
      ["梁志强", "户主", "19720314", 101, "E", "普通劳动力", "在家务农"],
      ["梁金娣", "配偶", "19740822", 122, "N", "丧失劳动力（病残）", "—"],
      ["梁俊杰", "之子", "19970105", 131, "M", "普通劳动力", "外出务工（佛山）"],
    ]],
    ["东涌镇", "石排村", [
      ["黄金华", "户主", "19680911", 143, "E", "普通劳动力", "区内务工"],
      ["黄妙娟", "配偶", "19700217", 162, "E", "普通劳动力", "在家务农"],
      ["黄嘉敏", "之女", "19950630", 184, "M", "技能劳动力", "外出务工（深圳）"],
    ]],
    ["东涌镇", "官坦村", [
      ["陈伟明", "户主", "19750426", 215, "E", "技能劳动力", "在家（电商创业）"],
      ["陈志坚", "之子", "19990813", 233, "E", "普通劳动力", "区内务工"],
      ["陈晓东", "之子", "20010302", 251, "M", "普通劳动力", "外出务工（省外）"],
    ]],
    ["东涌镇", "大稳村", [
      ["卢美玲", "户主", "19780709", 271, "E", "普通劳动力", "在家务农", "X"],
      ["卢伟强", "之子", "20000918", 292, "M", "普通劳动力", "外出务工（省外）"],
    ]],
    ["榄核镇", "湴湄村", [
      ["何润英", "户主", "19661120", 305, "E", "普通劳动力", "在家务农"],
      ["何振华", "之子", "19900515", 326, "E", "普通劳动力", "在家务农"],
      ["何文辉", "之子", "19930204", 347, "M", "普通劳动力", "外出务工（东莞）"],
    ]],
    ["榄核镇", "九比村", [
      ["李锦辉", "户主", "19710128", 361, "E", "普通劳动力", "区内务工"],
      ["李凤英", "配偶", "19730611", 382, "E", "普通劳动力", "在家务农"],
      ["李淑仪", "之女", "19980909", 403, "M", "技能劳动力", "外出务工（省外）"],
      ["李子轩", "之孙", "20150717", 415, "N", "无劳动力（在校生）", "—"],
    ]],
    ["榄核镇", "牛角村", [
      ["谭家乐", "户主", "19820306", 437, "E", "技能劳动力", "区内务工"],
      ["谭建新", "之弟", "19850723", 452, "M", "普通劳动力", "外出务工（江门）"],
    ]],
    ["大岗镇", "高沙村", [
      ["郭玉珍", "户主", "19670814", 468, "E", "普通劳动力", "在家务农"],
      ["郭家豪", "之子", "19920121", 483, "E", "技能劳动力", "区内务工"],
      ["郭俊豪", "之子", "19941003", 506, "M", "普通劳动力", "外出务工（中山）"],
    ]],
    ["大岗镇", "庙贝村", [
      ["麦国雄", "户主", "19690505", 521, "E", "普通劳动力", "公益性岗位"],
      ["麦丽贞", "配偶", "19710919", 544, "E", "普通劳动力", "在家务农"],
      ["麦志坚", "之子", "19960412", 567, "M", "普通劳动力", "外出务工（省外）"],
      ["麦伯全", "之父", "19410227", 583, "N", "无劳动力（老年人）", "—"],
    ]],
    ["大岗镇", "东导村", [
      ["冯秀兰", "户主", "19730102", 602, "E", "普通劳动力", "在家务农"],
      ["冯启明", "之子", "19970726", 625, "E", "普通劳动力", "区内务工"],
    ]],
    ["大岗镇", "北联村", [
      ["欧阳少娟", "户主", "19760918", 641, "E", "普通劳动力", "在家务农"],
      ["欧阳志明", "之子", "20000411", 663, "E", "普通劳动力", "在家务农"],
    ]],
    ["横沥镇", "义沙村", [
      ["罗永新", "户主", "19700610", 682, "E", "普通劳动力", "在家务农"],
      ["罗嘉欣", "之女", "19960821", 705, "E", "技能劳动力", "在家（电商创业）"],
      ["罗少芳", "之女", "20020115", 726, "N", "无劳动力（在校生）", "—"],
    ]],
    ["横沥镇", "民乐村", [
      ["黎桂芳", "户主", "19740329", 741, "E", "普通劳动力", "在家务农"],
      ["黎永权", "之子", "19980607", 762, "E", "普通劳动力", "区内务工"],
      ["黎亚妹", "之母", "19460812", 784, "N", "无劳动力（老年人）", "—"],
    ]],
    ["横沥镇", "太安村", [
      ["吴炳坤", "户主", "19640715", 801, "E", "普通劳动力", "在家务农"],
      ["吴桂英", "配偶", "19650923", 823, "N", "丧失劳动力", "—"],
      ["吴志成", "之子", "19910110", 846, "M", "普通劳动力", "外出务工（佛山）"],
    ]],
  ];
  for (const [, , ms] of households) for (const m of ms) mk(m[0], m[2], m[3], m[7]);
  const others = [
    ["张嘉伟", "19880312", 11], ["林晓敏", "19900725", 12], ["区永健", "19850917", 13], ["周丽华", "19790204", 14],
    ["钟志明", "19830619", 15], ["刘建华", "19771028", 16], ["杨秀珍", "19810513", 17], ["邓国良", "19760830", 18],
    ["朱婉婷", "19950116", 19], ["曾伟权", "19870422", 20], ["谢美红", "19820907", 21], ["叶振东", "19780311", 22],
    ["潘少玲", "19890628", 23], ["袁志辉", "19840205", 24], ["苏碧霞", "19750719", 25], ["徐家俊", "19930915", 26],
    ["简丽芬", "19861103", 27], ["岑伟雄", "19800424", 28], ["蔡小燕", "19920808", 29], ["关志强", "19790121", 30],
    ["莫秀群", "19830527", 31],
  ];
  for (const o of others) mk(o[0], o[1], o[2] * 7, "D");
  if (!/X$/.test(P["卢美玲"])) throw new Error("卢美玲 needs X");

  // ------------------------------------------------------------ 附4 贫困户专场签到
  {
    const W = 6;
    const rows = [];
    const merges = [];
    fullRow(rows, merges, W, "附4　南沙区贫困户电商技能专场培训签到表");
    const vOf = {};
    for (const [, v, ms] of households) for (const m of ms) vOf[m[0]] = v;
    const oVill = ["大岗村", "潭洲村", "榄核村", "横沥村", "冯马二村", "小乌村", "新兴村", "太安村", "灵山村", "官坦村", "湴湄村", "义沙村", "民生村", "高沙村", "细沥村", "中兴村", "牛角村", "东导村", "三沙村", "北联村", "民乐村"];
    others.forEach((o, i) => { vOf[o[0]] = oVill[i]; });
    const poorSet = new Set();
    for (const [, , ms] of households) for (const m of ms) poorSet.add(m[0]);
    const blocks = [
      ["第一期　贫困户电商技能专场　培训时间：2020年11月18日　地点：东涌镇电商服务站", ["梁志强", "黄金华", "黄妙娟", "陈伟明", "何润英", "李锦辉", "黄嘉敏", "张嘉伟", "林晓敏", "区永健", "周丽华", "钟志明"]],
      ["第二期　贫困户电商技能专场　培训时间：2021年3月24日　地点：大岗镇电商服务站", ["郭玉珍", "麦国雄", "冯秀兰", "罗永新", "黄妙娟", "罗少芳", "刘建华", "杨秀珍", "邓国良", "朱婉婷", "曾伟权"]],
      ["第三期　贫困户电商技能专场　培训时间：2021年6月16日　地点：横沥镇电商服务站", ["黎桂芳", "卢美玲", "郭俊豪", "谢美红", "叶振东", "潘少玲", "袁志辉", "苏碧霞", "徐家俊"]],
      ["第四期　贫困户电商技能专场　培训时间：2021年9月7日　地点：榄核镇电商服务站", ["谭家乐", "简丽芬", "岑伟雄", "蔡小燕", "关志强", "莫秀群"]],
    ];
    for (const [title, names] of blocks) {
      fullRow(rows, merges, W, title);
      rows.push(["序号", "姓名", "身份证号码", "所在村", "是否建档立卡贫困户", "签名"]);
      names.forEach((nm, i) => {
        let id = P[nm];
        if (nm === "卢美玲") id = id.slice(0, 17) + "x";
        rows.push([i + 1, nm, id, vOf[nm], poorSet.has(nm) ? "是" : "否", "（已签）"]);
      });
      rows.push([null, null, null, null, null, null]);
    }
    rows.pop();
    fullRow(rows, merges, W, "注：贫困户专场学员不在附3登记，专场培训人次按本表签到行另计。");
    sheets.push(sheet("附4 专场签到", rows, merges));
  }

  // ------------------------------------------------------------ 附5 贫困人口名单
  {
    const W = 9;
    const rows = [];
    const merges = [];
    fullRow(rows, merges, W, "附5　南沙区建档立卡贫困人口名单");
    fullRow(rows, merges, W, "来源：区乡村振兴局（2021年6月动态调整后）");
    rows.push(["序号", "镇", "村", "户主", "家庭成员", "与户主关系", "身份证号码", "劳动能力", "务工情况"]);
    let n = 0;
    for (const [t, v, ms] of households) {
      const start = rows.length;
      ms.forEach((m, i) => {
        n++;
        rows.push([n, i === 0 ? t : null, i === 0 ? v : null, i === 0 ? ms[0][0] : null, m[0], m[1], P[m[0]], m[5], m[6]]);
      });
      if (ms.length > 1) merges.push(rng(start, 1, rows.length - 1, 1), rng(start, 2, rows.length - 1, 2), rng(start, 3, rows.length - 1, 3));
    }
    fullRow(rows, merges, W, "合计：14户40人，其中有劳动能力34人（外出务工10人），无劳动能力或丧失劳动能力6人。");
    sheets.push(sheet("附5 贫困人口", rows, merges));
  }

  // ------------------------------------------------------------ 附6 入驻企业
  {
    const W = 8;
    const rows = [];
    const merges = [];
    fullRow(rows, merges, W, "附6　南沙电商产业园入驻企业清单");
    rows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "房号", "备注"]);
    const es = [
      ["广州南沙跨境优品电子商务有限公司", "91440115MA59A1B23C", "平台型", D("2020-10-12"), null, "A101"],
      ["广州市南沙区农品汇网络科技有限公司", "91440115MA59A2C34D", "平台型", "2020.10.12", null, "A102"],
      ["广州水乡鲜果电子商务有限公司", "91440115MA59A3D45E", "销售型", "2020年10月20日", null, "A103"],
      ["广州东涌农家乐电商专业合作社", "93440115MA59A4E56F", "销售型", "20201102", null, "A104"],
      ["广州南沙智联电商运营服务有限公司", "91440115MA59A5F67G", "电商运营服务商", "2020.11.2", null, "A201"],
      ["广州鲜达物流有限公司", "91440115MA59A6G78H", "物流企业", "2020/11/16", null, "A202"],
      ["广州榄核乡味食品有限公司", "91440115MA59A7H89J", "销售型", "2020.11.30", null, "A203"],
      ["广州大岗直播电商有限公司", "91440115MA59A8J90K", "直播电商", D("2020-12-08"), null, "A204"],
      ["广州市南沙区横沥三农电子商务有限公司", "91440115MA59A9K01L", "销售型", "2020.12.21", "2021.6.30", "A205", "已退出"],
      ["广州南沙海鲜汇供应链有限公司", "91440115MA59B0L12M", "物流企业（冷链仓储）", "2021.1.5", null, "B101"],
      ["广州启航电商代运营有限公司", "91440115MA59B1M23N", "电商运营服务商", "2021年1月18日", null, "B102"],
      ["广州南沙番薯妹农业科技有限公司", "91440115MA59B2N34P", "销售型", "2021.2.22", null, "B103"],
      ["广州市星河电商培训有限公司", "91440115MA59B3P45Q", "培训服务", D("2021-03-01"), null, "B104"],
      ["广州南沙蕉香农产品专业合作社", "93440115MA59B4Q56R", "销售型", "2021.3.15", null, "B105"],
      ["广州南沙鲜达供应链有限公司（原广州鲜达物流有限公司）", "91440115MA59A6G78H", "物流企业", "2021.3.15", null, "A202", "更名后重新登记，同一企业"],
      ["广州湾区优选网络科技有限公司", "91440115MA59B5R67T", "平台型", "2021/4/6", null, "B201"],
      ["广州南沙渔家乐食品有限公司", "91440115MA59B6T78U", "销售型", "2021.4.19", null, "B202"],
      ["广州万顷沙花卉电商有限公司", "91440115MA59B7U89W", "销售型", "2021年5月10日", null, "B203"],
      ["广州南沙云仓物流有限公司", "91440115MA59B8W90X", "物流企业", "20210524", null, "B204"],
      ["广州市南沙区乡村直播工作室", "92440115MA59B9X01Y", "直播电商", "2021.6.15", null, "B205"],
      ["广州南沙农创设计有限公司", "91440115MA59C0Y12A", "设计服务", D("2021-07-05"), null, "C101"],
      ["广州南沙甜品乐电子商务有限公司", "91440115MA59C1A23B", "销售型", "2021年8月", null, "C102", "8月下旬入驻"],
      ["广州湾田农业科技有限公司", "91440115MA59C2B34C", "销售型", "2021.9.1", null, "C103"],
    ];
    es.forEach((e, i) => rows.push([i + 1, e[0], e[1], e[2], e[3], e[4], e[5], e[6] || null]));
    fullRow(rows, merges, W, "运营单位：广州南沙智联电商运营服务有限公司　　登记截至2021年9月10日");
    sheets.push(sheet("附6 入驻企业", rows, merges));
  }

  // ------------------------------------------------------------ 附7 资金拨付
  {
    const W = 7;
    const rows = [];
    const merges = [];
    fullRow(rows, merges, W, "附7　南沙区省级电子商务进农村综合示范专项资金拨付台账");
    fullRow(rows, merges, W, "下达资金：500万元（粤商务电函〔2019〕29号）　　单位：元");
    rows.push(["序号", "拨付日期", "收款单位", "用途", "拨付金额（元）", "凭证号", "备注"]);
    const fs_ = [
      [D("2020-07-20"), "广州南沙智联电商运营服务有限公司", "区电商公共服务中心装修首付款", 600000, "NS-2020-011"],
      ["2020.9.15", "中国邮政集团有限公司广州市南沙区分公司", "村级站点建设（一期）", "480,000.00", "NS-2020-018"],
      ["2020年11月30日", "广州市星河电商培训有限公司", "电商培训服务首期款", 250000, "NS-2020-025"],
      ["2020/12/28", "广州南沙智联电商运营服务有限公司", "中心设备采购", 520000, "NS-2020-031"],
      ["2021.1.26", "广州鲜达物流有限公司", "区镇村物流配送体系", 430000, "NS-2021-004"],
      [D("2021-03-19"), "中国邮政集团有限公司广州市南沙区分公司", "村级站点建设（二期）", 396000, "NS-2021-009"],
      ["2021.5.20", "广州市农品汇文化传播有限公司", "农产品品牌及营销推广", "288,000.00", "NS-2021-015"],
      ["2021.6.30", "广州南沙海鲜汇供应链有限公司", "冷链及溯源系统", 315800, "NS-2021-021"],
      ["2021年8月18日", "广州市星河电商培训有限公司", "电商培训服务二期款", 283000, "NS-2021-027"],
      ["2021.8.31", "广州南沙智联电商运营服务有限公司", "中心运营服务费", 200000, "NS-2021-030"],
      ["2021.9.8", "中国邮政集团有限公司广州市南沙区分公司", "村级站点建设尾款", 420000, "NS-2021-033"],
    ];
    fs_.forEach((f, i) => rows.push([i + 1].concat(f, [null])));
    rows.push(["合计", null, null, null, 4182800, null, "含9月8日拨付42万元"]);
    merges.push(rng(rows.length - 1, 0, rows.length - 1, 3));
    fullRow(rows, merges, W, "经办：区商务局电商科　　复核：区财政局");
    sheets.push(sheet("附7 资金拨付", rows, merges));
  }

  // ------------------------------------------------------------ 附8 月报报送
  {
    const rows = [["附8　月报报送登记（报广州市商务局）", null, null, null, null]];
    const merges = ["A1:E1"];
    rows.push(["序号", "报送日期", "报送内容", "报送方式", "含电商扶贫统计"]);
    const rs = [
      [D("2020-09-08"), "2020年8月工作进展月报"], ["2020.10.10", "2020年9月工作进展月报"], ["2020.11.9", "2020年10月工作进展月报"],
      ["2020年12月8日", "2020年11月工作进展月报"], [D("2021-01-11"), "2020年12月工作进展月报"], ["2021.2.8", "2021年1月工作进展月报"],
      ["2021.3.9", "2021年2月工作进展月报"], ["2021/4/8", "2021年3月工作进展月报"], ["2021.5.10", "2021年4月工作进展月报"],
      ["20210608", "2021年5月工作进展月报"], ["2021.7.9", "2021年6月工作进展月报"], ["2021年8月9日", "2021年7月工作进展月报"],
      ["2021.9.8", "2021年8月工作进展月报"],
    ];
    rs.forEach((r, i) => rows.push([i + 1, r[0], r[1], "粤政易", "✓"]));
    sheets.push(sheet("附8 月报报送", rows, merges));
  }

  // ------------------------------------------------------------ 附9 专栏更新
  {
    const rows = [["附9　区政府网站“电子商务进农村综合示范”专栏更新记录", null, null, null]];
    const merges = ["A1:D1"];
    rows.push(["序号", "发布日期", "标题", "子栏目"]);
    const ds = [
      ["2020.8.20", "南沙区电子商务进农村综合示范县创建工作方案", "创建方案"],
      [D("2020-09-15"), "项目基本信息公示（第一批）", "项目公示"],
      ["2020.10.16", "2020年9月项目建设进度", "建设进度"],
      ["2020年11月13日", "2020年10月项目建设进度", "建设进度"],
      ["2020.12.11", "2020年11月项目建设进度", "建设进度"],
      ["2021.1.15", "2020年12月项目建设进度", "建设进度"],
      ["2021/2/9", "2021年1月项目建设进度", "建设进度"],
      ["2021.3.12", "2021年2月项目建设进度", "建设进度"],
      ["2021.3.30", "项目基本信息公示（第二批）", "项目公示"],
      ["2021.4.14", "2021年3月项目建设进度", "建设进度"],
      [D("2021-05-14"), "2021年4月项目建设进度", "建设进度"],
      ["2021.6.11", "2021年5月项目建设进度", "建设进度"],
      ["20210713", "2021年6月项目建设进度", "建设进度"],
      ["2021.8.12", "2021年7月项目建设进度", "建设进度"],
      ["2021.8.30", "项目基本信息公示（第三批）", "项目公示"],
      ["2021.9.14", "2021年8月项目建设进度", "建设进度"],
    ];
    ds.forEach((d, i) => rows.push([i + 1, d[0], d[1], d[2]]));
    rows.push(["注：专栏首页设“监督举报”窗口（电话020-3468××××，邮箱nsswj@××.gov.cn），长期开放。", null, null, null]);
    merges.push("A" + rows.length + ":D" + rows.length);
    sheets.push(sheet("附9 专栏更新", rows, merges));
  }

  // ------------------------------------------------------------ 附10 宣传报道
  {
    const rows = [["附10　宣传报道登记", null, null, null, null, null, null]];
    const merges = ["A1:G1"];
    rows.push(["序号", "刊播日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]);
    const ms = [
      ["2021.3.3", "广州日报", "市级", "报纸", "南沙：水乡农品搭上电商快车", "否"],
      [D("2021-04-22"), "广州广播电视台《广州新闻》", "市级", "电视", "南沙贫困户直播卖菜增收", "是"],
      ["2021年5月12日", "南方日报", "省级", "报纸", "南沙电商进农村打通“最后一公里”", "否"],
      ["2021.9.2", "南沙区融媒体中心（南沙发布）", "区级", "网络", "我区电商进农村示范创建迎接省考评", "否"],
      ["2021.9.10", "广东广播电视台珠江频道《珠江新闻眼》", "省级", "电视", "南沙：电商帮扶让水乡农户鼓起钱袋子", "是"],
    ];
    ms.forEach((m, i) => rows.push([i + 1].concat(m)));
    sheets.push(sheet("附10 宣传报道", rows, merges));
  }

  // ------------------------------------------------------------ 附11 经验材料
  {
    const rows = [["附11　经验材料报送登记", null, null, null]];
    const merges = ["A1:D1"];
    rows.push(["序号", "报送日期", "材料名称", "报送对象"]);
    rows.push([1, "2021.6.18", "南沙区“电商＋水乡农品”助农增收经验做法", "广州市商务局"]);
    rows.push([2, "2021.9.6", "南沙区电子商务进农村综合示范创建工作总结", "广州市商务局"]);
    sheets.push(sheet("附11 经验材料", rows, merges));
  }

  write("counties", "b91-c1-nansha.json", {
    description: "广州市南沙区商务局整本考评工作簿（13个表：目录、晴雨表、附1—附11），中等偏上（89分，无加分、未否决；晴雨表自评94分）。事实表是电商科迎检用的《工作“晴雨表”》：序号|评价指标（分值）|考评要点|关键数据／情况|晴雨|分项自评|指标自评分|说明，每个指标一块（序号、指标、指标自评分纵向合并），是否类事实看“晴雨”栏的天气符号——☀＝已完成／已达标、⛅＝推进中（按未完成计）、🌧＝未完成，一票否决项的☀表示“未触及”（数据栏写“未发生”“无”“92%”），主观项分数在“分项自评”栏。陷阱：户籍人口49.13万；常住人口84.69万取50万基数；摄影美工⛅；站点“37个／52个＝71.2%”把9月6日挂牌的中塘村站算了进去，按台账只有36个（69.2%，2分），另有同村第二站、庆盛社区站、名单外的“新垦十六涌”服务点，且石排村与石牌村是两个村；培训台账合计5,200含9月9日第22期420人次，截止日前4,780＋专场签到32人次＝4,812（0.96%，8分）；贫困人口24人有劳动能力且未外出务工，参训12人（卢美玲签到身份证末位小写x、黄妙娟参训两次、外出务工者和在校生参训不算、第四期9月7日不算）恰好50%；入驻企业23行里一家6月退出、一家更名重复登记、一家9月1日入驻，“2021年8月”只到月的那家要算，在园正好20家；资金截止日前3,762,800元（75.3%），9月8日42万元不计；区级报道、珠江频道扶贫案例都在9月，媒体7分、加分0。",
    sheets,
    expect: {
      asOf: "2021-08-31",
      total: 89,
      bonus: 0,
      vetoed: false,
      points: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 1,
        "org.management": 4,
        "work.center": 14,
        "work.coverage": 7,
        "work.upward": 9,
        "work.training": 18,
        "info.disclosure": 4,
        "info.reporting": 6,
        "promo.cases": 2,
        "promo.media": 7,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
        "bonus.poorTraining": 0,
        "bonus.tvCase": 0,
        "veto.incident": 0,
        "veto.progress": 0,
        "veto.fraud": 0,
      },
      claimed: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 1,
        "org.management": 4,
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
    },
    derivation: [
      "org.leadership: 组长区委副书记、区长（主要领导），成员含区商务局、财政局、农业农村局、乡村振兴局 → 2",
      "org.plan: 工作方案2020年4月印发（☀），分项自评2 → 2",
      "org.policy: 政策已出台（☀），分项自评1 → 1",
      "org.management: 项目管理制度2＋工作台账2 → 4",
      "work.center: 中心2020-12-18运营 2＋满6个月（≤2021-02-28）2＋免费培训 2＋展示销售 1＋摄影美工⛅按未完成 0＋品牌 1＋其他增值 1＋产业园 2＋在园20家（23行−6月30日退出1家−更名同代码1家−9月1日入驻1家，“2021年8月”入驻算在内）2＋类型≥3（平台型、销售型、电商运营服务商、物流企业…）1 → 14",
      "work.coverage: 52个行政村（社区10个不计），截止日前有站点的行政村36个（大稳村两站算一次；庆盛社区站、名单外新垦十六涌服务点、2021-09-06的中塘村站不计）= 36/52 = 69.2% → 2；无省定贫困村 → 5；合计 7",
      "work.upward: 网销调研2＋促销2＋第三方运营1＋快递（名单52个行政村全部√）1＋交易标准冷链溯源1＋农产品网零4.09/3.12亿元=+31.1%≥30% 2 → 9",
      "work.training: 附3截止日前21期4,780人次（第22期2021-09-09的420人次和合计行不计）＋附4专场签到截止日前32行 = 4,812 ÷ min(846,900, 500,000) = 0.962% → 8；贫困人口有劳动能力且未外出务工24人，截止日前参训（按身份证，卢美玲小写x＝X，黄妙娟两次算一人）12人 = 50% → 10；合计 18",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报窗口 → 2；2020年9月—2021年8月每月都有更新 → 2；合计 4",
      "info.reporting: 2020年9月—2021年8月每月都有报送 → 3；月报含电商扶贫统计（✓）→ 3；合计 6",
      "promo.cases: 2021-06-18向广州市商务局报送经验材料 → 2",
      "promo.media: 截止日前有省级（南方日报2021-05-12）4＋市级（广州日报、广州广播电视台）3；区级南沙发布在2021-09-02 → 7",
      "fund.system: 分项自评5 → 5",
      "fund.ledger: 分项自评4 → 4",
      "fund.spending: 截止日前拨付3,762,800元 ÷ 5,000,000 = 75.3% ≥ 70%（2021-09-08的42万元不计）→ 及时拨付自评4 → 4",
      "bonus.poorTraining: 贫困人口培训率50% < 70% → 0",
      "bonus.tvCase: 珠江频道扶贫案例2021-09-10播出（截止日后），广州广播电视台是市级 → 0",
      "veto.incident: 未发生（☀＝未触及）→ 不否决",
      "veto.progress: 项目总体进度92% ≥ 40% → 不否决",
      "veto.fraud: 无 → 不否决",
      "total: 2+2+1+4+14+7+9+18+4+6+2+7+5+4+4 = 89，加分0 → 89（晴雨表自评合计94）",
    ],
  });
})();

// ---------------------------------------------------------------- run
for (const f of written) console.log("wrote " + f);
console.log(written.length + " file(s)");
