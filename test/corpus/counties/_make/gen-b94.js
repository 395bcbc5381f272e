"use strict";
// Batch 94 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------- helpers
const D = (s) => ({ date: s });

function colNum(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function colName(n) {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function parseRef(ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error("bad ref " + ref);
  return { c: colNum(m[1]), r: Number(m[2]) };
}

/** Make a sheet: pads every row to the widest row (or `width`). */
function sheet(name, rows, merges, opts) {
  const o = opts || {};
  let width = o.width || 0;
  for (const r of rows) width = Math.max(width, r.length);
  const out = rows.map((r) => {
    const row = r.slice();
    while (row.length < width) row.push(null);
    return row;
  });
  const s = { name, rows: out };
  if (merges && merges.length) s.merges = merges;
  if (o.hidden) s.hidden = true;
  return s;
}

/** A row of `n` cells with values placed at given 1-based columns: row(n, {1: "a", 3: "b"}). */
function row(n, at) {
  const r = new Array(n).fill(null);
  for (const k of Object.keys(at)) r[Number(k) - 1] = at[k];
  return r;
}

function validCell(v) {
  if (v === null) return true;
  const t = typeof v;
  if (t === "string" || t === "boolean") return true;
  if (t === "number") return Number.isFinite(v);
  if (t === "object" && !Array.isArray(v)) {
    const keys = Object.keys(v);
    return keys.length === 1 && keys[0] === "date" && /^\d{4}-\d{2}-\d{2}$/.test(v.date) &&
      !Number.isNaN(Date.parse(v.date + "T00:00:00Z"));
  }
  return false;
}

function validateSheet(s, where) {
  const fail = (m) => { throw new Error(where + " / " + s.name + ": " + m); };
  if (typeof s.name !== "string" || !s.name || s.name.length > 31) fail("bad sheet name");
  if (/[\\\/\?\*\[\]:]/.test(s.name)) fail("illegal character in sheet name");
  if (!Array.isArray(s.rows) || s.rows.length === 0) fail("no rows");
  const w = s.rows[0].length;
  if (w === 0) fail("empty first row");
  s.rows.forEach((r, i) => {
    if (!Array.isArray(r) || r.length !== w) fail("row " + (i + 1) + " has " + (r && r.length) + " cells, expected " + w);
    r.forEach((v, j) => { if (!validCell(v)) fail("bad cell " + colName(j + 1) + (i + 1) + ": " + JSON.stringify(v)); });
  });
  const seen = new Set();
  for (const m of s.merges || []) {
    const [a, b] = m.split(":");
    if (!a || !b) fail("bad merge " + m);
    const p = parseRef(a), q = parseRef(b);
    if (p.r > q.r || p.c > q.c) fail("merge not top-left to bottom-right " + m);
    if (p.r === q.r && p.c === q.c) fail("single-cell merge " + m);
    if (q.r > s.rows.length || q.c > w) fail("merge outside grid " + m);
    for (let r = p.r; r <= q.r; r++) {
      for (let c = p.c; c <= q.c; c++) {
        const key = r + ":" + c;
        if (seen.has(key)) fail("overlapping merge " + m);
        seen.add(key);
        if ((r !== p.r || c !== p.c) && s.rows[r - 1][c - 1] !== null) fail("covered cell not empty in " + m + " at " + colName(c) + r);
      }
    }
  }
}

function validateCase(obj, where) {
  if (typeof obj.description !== "string" || obj.description.length < 10) throw new Error(where + ": description");
  if (!Array.isArray(obj.sheets) || obj.sheets.length === 0) throw new Error(where + ": sheets");
  const names = new Set();
  for (const s of obj.sheets) {
    validateSheet(s, where);
    if (names.has(s.name)) throw new Error(where + ": duplicate sheet " + s.name);
    names.add(s.name);
  }
  if (!obj.expect || typeof obj.expect !== "object") throw new Error(where + ": expect");
  if (where.startsWith("ledgers/")) {
    for (const k of Object.keys(obj.expect.sheets || {})) {
      if (!names.has(k)) throw new Error(where + ": expect names unknown sheet " + k);
    }
    for (const n of names) {
      if (!(n in obj.expect.sheets)) throw new Error(where + ": sheet without expectation " + n);
    }
  }
  if (where.startsWith("counties/")) {
    const e = obj.expect;
    const ids = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage",
      "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media",
      "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase",
      "veto.incident", "veto.progress", "veto.fraud"];
    for (const id of ids) if (typeof e.points[id] !== "number") throw new Error(where + ": points missing " + id);
    let sum = 0;
    for (const id of ids.slice(0, 15)) sum += e.points[id];
    const bonus = Math.min(4, e.points["bonus.poorTraining"] + e.points["bonus.tvCase"]);
    if (bonus !== e.bonus) throw new Error(where + ": bonus " + bonus + " != " + e.bonus);
    const total = e.vetoed ? 0 : sum + bonus;
    if (total !== e.total) throw new Error(where + ": total " + total + " != " + e.total);
    if (!Array.isArray(obj.derivation) || obj.derivation.length < ids.length) throw new Error(where + ": derivation");
  }
}

const written = [];
function write(rel, obj) {
  validateCase(obj, rel);
  const file = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(rel);
}

function assertEq(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error("self-check failed: " + what + ": got " + JSON.stringify(actual) + ", expected " + JSON.stringify(expected));
  }
}

/** An 18-character resident ID with a valid ISO 7064 MOD 11-2 check character. */
function idcard(area, birth, seq) {
  const body = String(area) + birth + String(seq).padStart(3, "0");
  if (!/^\d{17}$/.test(body)) throw new Error("bad id body " + body);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * w[i];
  return body + "10X98765432"[s % 11];
}
/** Find a sequence number (from `from`) whose check character is X. */
function idWithX(area, birth, from) {
  for (let q = from; q < from + 200; q++) {
    const id = idcard(area, birth, q);
    if (id.endsWith("X")) return id;
  }
  throw new Error("no X id");
}

// ---------------------------------------------------------------- cases

// ---- facts/b94-f1-xiangzhou: a Baidu Baike entry copied from the browser
(function f1() {
  const W = 4;
  const r = (...cells) => row(W, Object.fromEntries(cells.map((v, i) => [i + 1, v])));
  const rows = [
    r("电商股注：以下是区商务局创建的百度百科词条《香洲区电子商务进农村综合示范》原文，2021年9月6日从浏览器复制留底，作考评基础数据表使用。文中方括号里的数字（如[1]、[2-3]）是词条的参考资料编号，不是数据。"),
    r("香洲区电子商务进农村综合示范"),
    r("播报　编辑　讨论　上传视频"),
    r("同义词　香洲区电商进农村示范一般指香洲区电子商务进农村综合示范"),
    r("香洲区电子商务进农村综合示范是广东省商务厅、财政厅确定的2019年省级电子商务进农村综合示范项目之一，由珠海市香洲区人民政府组织实施、区商务局具体承办[1]。项目以县级电子商务公共服务中心、村级服务站点、农村物流快递和电商人才培训为重点。本词条数据截至2021年8月31日（省级考评截止日）。"),
    r(null),
    r("中文名", "香洲区电子商务进农村综合示范", "实施县区", "香洲区"),
    r("外文名", "Xiangzhou Rural E-commerce Demonstration Project", "批准时间", "2019年10月"),
    r("主管部门", "香洲区商务局", "领导机构", "香洲区电子商务进农村综合示范工作领导小组"),
    r("组　　长", "区长", "省级专项资金", "500万元"),
    r("公共服务中心", "香洲区电子商务公共服务中心", "中心投入运营", "2020年10月28日"),
    r("常住人口", "105.36万人（2020年）[1]", "辖区行政村", "26个"),
    r(null),
    r("目录"),
    r("1　项目概况", "5　农村产品上行"),
    r("2　组织实施", "6　信息公开"),
    r("3　服务体系", "7　资金管理"),
    r("4　人才培训", "8　参考资料"),
    r(null),
    r("1　项目概况　播报　编辑"),
    r("香洲区是珠海市中心城区，下辖9个街道、2个镇，辖区内有行政村26个、社区118个，无省定贫困村[1]。2020年末全区常住人口105.36万人，户籍人口63.87万人[1]。"),
    r("2　组织实施　播报　编辑"),
    r("2019年11月，香洲区成立以区长为组长、分管副区长为副组长的电子商务进农村综合示范工作领导小组，成员单位为区商务局、区财政局、区农业农村局、区市场监管局、区交通运输局和中国邮政集团有限公司珠海市香洲区分公司[2]。2020年3月，区政府办公室正式印发《香洲区电子商务进农村综合示范工作方案》（珠香府办〔2020〕9号）[2]；同年6月，区商务局、区财政局联合出台《香洲区促进农村电子商务发展扶持办法》，在场地租金、人才引进和物流补贴等方面给予支持[2-3]。"),
    r("3　服务体系　播报　编辑"),
    r("香洲区电子商务公共服务中心位于南屏镇，2020年7月动工装修，2020年10月28日正式投入运营[4]。中心设有80座免费培训室和直播实训设备，可组织电商基础培训；设农特产品免费展示展销区；为电商企业和网店免费提供产品摄影、美工设计服务；组织“香洲农品”区域公用品牌统一推广，指导特色农产品品牌建设；还提供代办注册、融资对接等衍生增值服务[4]。"),
    r("香洲区整合优化唐家湾电子商务产业园，引进珠海香农优选电子商务有限公司作为专业第三方运营服务商[4]。全区26个行政村已建村级电商服务站点24个，行政村物流快递覆盖率100%[5]。"),
    r("4　人才培训　播报　编辑"),
    r("截至2021年8月31日，中心累计举办电商培训86期、11,620人次（含线上直播课）[6]。2021年9月起，区商务局计划再开展一轮直播电商轮训。"),
    r("5　农村产品上行　播报　编辑"),
    r("2020年，香洲区农村网络零售额12.86亿元，同比增长31.7%[7]；农产品网络零售额3.42亿元，同比增长26.4%[7]。2021年1—8月，农村网络零售额9.73亿元[7]。"),
    r("6　信息公开　播报　编辑"),
    r("区政府门户网站开设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息和项目建设进度，并设立监督举报窗口（电话及电子邮箱）[8]。"),
    r("7　资金管理　播报　编辑"),
    r("项目获省级财政专项资金500万元[2]。区财政局、区商务局制定《香洲区电子商务进农村综合示范专项资金管理办法》，项目承建单位建立资金专用台账[9]。截至2021年8月31日，累计拨付专项资金412.6万元，资金支出率82.5%，项目总体进度92%[9]。"),
    r("8　参考资料"),
    r("1.　珠海市香洲区第七次全国人口普查公报．珠海市香洲区人民政府网．2021-05-31[引用日期2021-09-02]"),
    r("2.　香洲区成立电子商务进农村综合示范工作领导小组．珠海市香洲区人民政府网．2019-11-22[引用日期2021-09-02]"),
    r("3.　香洲区促进农村电子商务发展扶持办法．珠海市香洲区商务局．2020-06-15[引用日期2021-09-02]"),
    r("4.　香洲区电子商务公共服务中心正式运营．珠海特区报．2020-10-29[引用日期2021-09-03]"),
    r("5.　我区实现行政村快递服务全覆盖．珠海市香洲区人民政府网．2021-03-18[引用日期2021-09-03]"),
    r("6.　香洲区电商人才培训工作情况．珠海市香洲区商务局．2021-09-01[引用日期2021-09-03]"),
    r("7.　2020年珠海市电子商务发展报告．珠海市商务局．2021-04-20[引用日期2021-09-03]"),
    r("8.　电子商务进农村综合示范专栏．珠海市香洲区人民政府网．2020-05-08[引用日期2021-09-03]"),
    r("9.　香洲区电子商务进农村综合示范项目资金使用情况．珠海市香洲区财政局．2021-09-01[引用日期2021-09-06]"),
    r(null),
    r("词条标签：", "行政区划 , 电子商务 , 项目"),
    r("词条统计"),
    r("浏览次数：2,318次"),
    r("编辑次数：4次历史版本"),
    r("最近更新：香洲商务 （2021-09-06）"),
    r("突出贡献榜", "香洲商务"),
  ];
  write("facts/b94-f1-xiangzhou.json", {
    description: "珠海市香洲区商务局电商股把局里创建的百度百科词条《香洲区电子商务进农村综合示范》从浏览器整页复制进Excel当事实表交：标题、“播报 编辑”等页面按钮字、同义词行、导语段，两对一行的信息框（中文名|…|实施县区|香洲区…），两栏目录，各节标题后带“播报 编辑”、正文一段一格且数字后紧跟参考资料角标（“105.36万人（2020年）[1]”“11,620人次（含线上直播课）[6]”“[2-3]”），文末参考资料（带发布和引用日期）和词条统计（浏览次数、编辑次数、最近更新日期）。陷阱：角标不是数字的一部分；户籍人口63.87万人；“2020年7月动工装修”不是运营日期，参考资料4的2020-10-29是见报日期；“已建站点24个”“资金支出率82.5%”“2021年1—8月9.73亿元”不是输入；成员单位无扶贫/乡村振兴部门（区长牵头→principal）；9月起的轮训只是计划。",
    sheets: [sheet("百科词条（留底）", rows)],
    expect: {
      facts: {
        county: "香洲区",
        asOf: "2021-08-31",
        residentPopulation: 1053600,
        adminVillagesStated: 26,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-10-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 1286000000,
        ruralRetailGrowthStated: 0.317,
        agriRetail2020: 342000000,
        agriRetailGrowthStated: 0.264,
        trainingPersonTimesStated: 11620,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
      },
      judged: {},
      leadership: "principal",
    },
  });
})();

// ---- facts/b94-f2-chancheng: an Outlook calendar exported as .ics, pasted line by line into column A
(function f2() {
  // RFC 5545 folding at 75 octets (a continuation line starts with one space); never splits a character or an escape.
  function fold(line) {
    const out = [];
    let cur = "", bytes = 0, limit = 75;
    const units = line.match(/\\.|[\s\S]/gu);
    for (const u of units) {
      const b = Buffer.byteLength(u, "utf8");
      if (bytes + b > limit) {
        out.push(cur);
        cur = " ";
        bytes = 1;
      }
      cur += u;
      bytes += b;
    }
    out.push(cur);
    return out;
  }
  const esc = (t) => t.replace(/\\/g, "\\\\").replace(/,/g, "\\,").replace(/;/g, "\\;").replace(/\n/g, "\\n");
  const TZ = "China Standard Time";
  let uidN = 0;
  function ev(o) {
    uidN += 1;
    const L = ["BEGIN:VEVENT", "CLASS:PUBLIC", "CREATED:" + o.created, "DESCRIPTION:" + esc(o.desc || "")];
    if (o.allDay) {
      L.push("DTEND;VALUE=DATE:" + o.end, "DTSTAMP:20210906T014512Z", "DTSTART;VALUE=DATE:" + o.start);
    } else {
      L.push("DTEND;TZID=" + TZ + ":" + o.end, "DTSTAMP:20210906T014512Z", "DTSTART;TZID=" + TZ + ":" + o.start);
    }
    L.push("LAST-MODIFIED:" + (o.modified || o.created));
    if (o.location) L.push("LOCATION:" + esc(o.location));
    L.push("PRIORITY:5");
    if (o.rrule) L.push("RRULE:" + o.rrule);
    L.push("SEQUENCE:" + (o.seq || 0));
    if (o.status) L.push("STATUS:" + o.status);
    L.push("SUMMARY;LANGUAGE=zh-cn:" + esc(o.summary));
    L.push("TRANSP:" + (o.allDay ? "TRANSPARENT" : "OPAQUE"));
    L.push("UID:040000008200E00074C5B7101A82E00800000000" + (0x5d3a10 + uidN * 7919).toString(16).toUpperCase() + "0000000000000000100000009C4E" + String(1000 + uidN));
    L.push("X-MICROSOFT-CDO-BUSYSTATUS:" + (o.status === "TENTATIVE" ? "TENTATIVE" : o.allDay ? "FREE" : "BUSY"));
    if (o.alarm) L.push("BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM");
    L.push("END:VEVENT");
    return L;
  }
  const events = [
    ev({ created: "20191120T031522Z", start: "20191126T093000", end: "20191126T113000", alarm: true,
      summary: "禅城区电子商务进农村综合示范创建工作领导小组第一次全体会议",
      location: "区行政服务中心三楼第一会议室",
      desc: "会议议程：\n1. 宣读《关于成立禅城区电子商务进农村综合示范创建工作领导小组的通知》：组长由区委副书记、区长担任，常务副组长由分管副区长担任；成员单位：区经济和科技促进局（商务）、区财政局、区农业农村局、区扶贫办、区市场监管局、区交通运输局、南庄镇政府。\n2. 审议《创建工作方案（送审稿）》，会后按意见修改后报区政府印发。" }),
    ev({ created: "20200312T080311Z", allDay: true, start: "20200312", end: "20200313",
      summary: "方案印发",
      desc: "区政府办公室正式印发《佛山市禅城区电子商务进农村综合示范创建工作方案》（禅府办〔2020〕11号）。" }),
    ev({ created: "20200520T021040Z", allDay: true, start: "20200520", end: "20200521",
      summary: "政府网站专栏上线",
      desc: "区政府门户网站“电子商务进农村综合示范”专栏今日上线，设创建方案、项目公示（项目基本信息）、建设进度、监督举报四个子栏目。" }),
    ev({ created: "20200619T064512Z", allDay: true, start: "20200619", end: "20200620",
      summary: "扶持政策出台",
      desc: "《禅城区促进农村电子商务发展若干措施》经区政府常务会议审议通过，今日印发实施（场地、人才、物流补贴）。" }),
    ev({ created: "20201102T015530Z", modified: "20201116T092201Z", seq: 2, status: "CANCELLED",
      start: "20201118T100000", end: "20201118T113000",
      summary: "已取消: 区电商公共服务中心开业仪式",
      location: "南庄镇紫南村 区电子商务公共服务中心",
      desc: "因省检查组11月18日来访，开业仪式取消，另行安排时间。" }),
    ev({ created: "20201125T030214Z", start: "20201201T093000", end: "20201201T103000",
      summary: "第三方运营服务商进场",
      location: "区电子商务公共服务中心",
      desc: "佛山禅农电子商务有限公司（经公开招标确定的专业第三方电商运营服务商）今日进场，负责公共服务中心运营。" }),
    ev({ created: "20201127T021817Z", start: "20201216T093000", end: "20201216T113000", alarm: true,
      summary: "区电子商务公共服务中心投入运营（开业仪式）",
      location: "南庄镇紫南村 区电子商务公共服务中心",
      desc: "中心今日起正式投入运营。\n功能区：免费培训室（60座，配电脑和直播设备），可开展电商基础培训；特色农产品免费展示展销区；免费摄影棚和美工设计服务。" }),
    ev({ created: "20201230T072033Z", allDay: true, start: "20210108", end: "20210109",
      summary: "产业园揭牌",
      desc: "南庄电子商务产业园完成整合提升并揭牌，首批入驻企业18家。" }),
    ev({ created: "20200901T012000Z", start: "20200905T090000", end: "20200905T093000", rrule: "FREQ=MONTHLY;BYMONTHDAY=5;UNTIL=20211231T160000Z", alarm: true,
      summary: "提醒：向佛山市商务局报送上月电商进农村工作进展月报",
      desc: "每月5日前报送；附件模板在共享盘“月报”文件夹。" }),
    ev({ created: "20210511T033108Z", allDay: true, start: "20210511", end: "20210512",
      summary: "资金管理办法印发",
      desc: "区经科局、区财政局联合印发《禅城区电子商务进农村综合示范专项资金管理办法》；各承建单位均已建立资金专用台账，按月报送资金使用情况。" }),
    ev({ created: "20210816T020045Z", start: "20210820T143000", end: "20210820T170000",
      summary: "考评数据核对会（第一次）",
      location: "区经科局五楼会议室",
      desc: "初步核对（数据截至8月15日，待第二次核对会确认）：\n常住人口：户籍口径86.2万人？待统计局确认\n电商培训：4,705人次\n累计拨付：351.6万元\n项目总体进度：约85%" }),
    ev({ created: "20210830T011502Z", start: "20210910T090000", end: "20210910T120000", status: "TENTATIVE",
      summary: "（拟）行政村快递服务全覆盖验收",
      desc: "区邮政管理部门拟于9月组织验收行政村快递服务全覆盖，时间待定。" }),
    ev({ created: "20210831T085911Z", start: "20210902T150000", end: "20210902T173000", alarm: true,
      summary: "考评数据核对会（第二次·定稿）",
      location: "区经科局五楼会议室",
      desc: "数据统一截至2021年8月31日（省考评截止日），以本次为准，第一次核对会的数据作废：\n1. 县区名称：禅城区\n2. 常住人口：141.69万人（七普）\n3. 行政村：18个（另有社区126个）\n4. 省定贫困村：0个\n5. 2019年农村网络零售额：28.4亿元\n6. 2020年农村网络零售额：36.3亿元\n7. 电商培训：5,118人次\n8. 下达省级专项资金：500万元\n9. 累计拨付：372.4万元\n10. 项目总体进度：88%" }),
    ev({ created: "20210902T092315Z", start: "20210903T090000", end: "20210903T110000",
      summary: "自评打分会",
      location: "区经科局五楼会议室",
      desc: "主观评分项自评（会议确定）：方案制定2分; 政策支持2分; 项目管理制度2分; 工作台账2分; 网销调研1分; 网络促销活动2分; 交易标准及冷链溯源1分; 资金管理制度5分; 资金台账4分; 资金及时拨付4分。\n自评总分待汇总后报区政府审定。" }),
    ev({ created: "20210903T030000Z", start: "20210916T090000", end: "20210916T170000", status: "TENTATIVE",
      summary: "（暂定）省考评组现场考评",
      desc: "时间以省商务厅通知为准。" }),
  ];
  const lines = [
    "BEGIN:VCALENDAR",
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "VERSION:2.0",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:电商进农村创建（电商股）",
    "BEGIN:VTIMEZONE",
    "TZID:" + TZ,
    "BEGIN:STANDARD",
    "DTSTART:16010101T000000",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
  for (const e of events) lines.push(...e);
  lines.push("END:VCALENDAR");
  const physical = [];
  for (const l of lines) physical.push(...fold(l));
  const rows = [
    ["说明：本表是电商股Outlook日历“电商进农村创建”导出的 创建日历.ics 原文（用记事本打开后整篇粘贴，一行一格），作为考评数据和时间节点的底稿。以空格开头的行是上一行的续行；DESCRIPTION里的“\\n”是换行，“\\,”“\\;”是逗号和分号。"],
    [null],
    ...physical.map((p) => [p]),
  ];
  // self-check: the folded text unfolds back to the logical lines
  const unfolded = [];
  for (const p of physical) {
    if (p.startsWith(" ")) unfolded[unfolded.length - 1] += p.slice(1);
    else unfolded.push(p);
  }
  assertEq(unfolded, lines, "ics unfold");
  write("facts/b94-f2-chancheng.json", {
    description: "佛山市禅城区经济和科技促进局（商务）电商股把Outlook里的“电商进农村创建”日历导出成.ics，用记事本打开后整篇粘进A列（一行一格）当事实表交：VCALENDAR/VTIMEZONE/VEVENT/VALARM结构原样保留，长行按75字节折行（续行以空格开头，数字也可能被折断），DESCRIPTION里用“\\n”换行、“\\,”“\\;”转义；事实在各日程的SUMMARY和DESCRIPTION里，日期在DTSTART（全天事件VALUE=DATE）。陷阱：STATUS:CANCELLED的11月18日开业仪式（实际12月16日运营）、TENTATIVE的快递全覆盖验收和现场考评只是拟办；RRULE每月重复的报送月报提醒不是报送记录；第一次核对会（户籍86.2万、4,705人次、351.6万元、约85%）已作废，以第二次定稿为准（141.69万人、5\\,118人次、372.4万元、88%）；“首批入驻企业18家”“社区126个”不是输入；中心只写了免费培训、展示展销、摄影美工三项。",
    sheets: [sheet("日历导出（ics原文）", rows)],
    expect: {
      facts: {
        county: "禅城区",
        asOf: "2021-08-31",
        residentPopulation: 1416900,
        adminVillagesStated: 18,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-12-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        ruralRetail2019: 2840000000,
        ruralRetail2020: 3630000000,
        trainingPersonTimesStated: 5118,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        fundAllocated: 5000000,
        fundSpentStated: 3724000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 2,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 1,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
})();

// ---- facts/b94-f3-chaoyang: the bureau's official Weibo posts exported from the account's data assistant
(function f3() {
  const H = ["序号", "发布时间", "微博类型", "微博正文", "被转发微博（原文）", "图片数", "阅读数", "转发", "评论", "点赞", "发布来源"];
  const posts = [
    ["2021-09-07 09:15", "原创", "【更正】#数说潮阳电商# ⑥中“建档立卡贫困人口参训1,164人”有误，应为1,146人，特此更正，向网友致歉。", null, 0, "3,208", 2, 5, 17, "微博 weibo.com"],
    ["2021-09-06 18:30", "原创", "#数说潮阳电商# ⑨ 展望篇：下一步，我区计划年底前新建镇级电商服务中心3个，培训再增2,000人次，力争2021年农产品网络零售额突破10亿元。", null, 1, "1.1万", 9, 4, 66, "微博 weibo.com"],
    ["2021-09-05 12:02", "转发", "转发微博", "@汕头商务：#汕头电商#【全市电商进农村综合示范成效】2020年全市农村网络零售额312.5亿元，同比增长28.6%；各区县累计开展电商培训4.8万人次，建成村级电商服务站点1,036个。", 0, "2,541", 0, 0, 8, "iPhone客户端"],
    ["2021-09-05 09:30", "原创", "#数说潮阳电商# ⑧ 资金篇：省级下达专项资金500万元，截至8月31日累计拨付401.6万元，资金支出率80.3%，项目总体进度91%。区财政局、区商务局制定《潮阳区电子商务进农村综合示范专项资金管理办法》，各承建单位均建立资金专用台账。", null, 2, "9,874", 6, 2, 41, "微博 weibo.com"],
    ["2021-09-04 20:00", "原创", "#数说潮阳电商# ⑦ 公开篇：区政府门户网站开设“电子商务进农村综合示范”专栏，公开示范创建方案、财政资金扶持项目基本信息，每月更新项目建设进度，并设立…展开全文c", null, 1, "8,116", 3, 1, 29, "微博 weibo.com"],
    ["2021-09-04 09:30", "原创", "#数说潮阳电商# ⑥ 培训篇：截至8月31日，累计开展电商培训126期、5,812人次；建档立卡贫困人口参训1,164人，占有劳动能力（不含外出务工）贫困人口2,093人的55.6%。", null, 4, "1.3万", 15, 7, 88, "微博 weibo.com"],
    ["2021-09-03 18:00", "原创", "#数说潮阳电商# ⑤ 上行篇：2020年全区农村网络零售额38.6亿元，同比增长24.1%；农产品网络零售额7.9亿元，同比增长33.2%。引进专业第三方电商运营服务商2家，行政村物流快递覆盖率100%。", null, 3, "1.0万", 11, 3, 72, "微博 weibo.com"],
    ["2021-09-03 09:00", "原创", "#数说潮阳电商# ④ 站点篇：全区行政村228个（其中省定贫困村11个），已建村级电商服务站点172个、覆盖行政村165个，省定贫困村实现全覆盖。", null, 9, "9,320", 8, 2, 54, "微博 weibo.com"],
    ["2021-09-02 18:00", "原创", "#数说潮阳电商# ③ 中心篇：区电子商务公共服务中心于2020年9月26日投入运营，为群众和企业提供免费电商培训、农特产品免费展示展销、免费摄影美工、区域公用品牌统一推广等服务。整合建设潮阳电商产业园，目前入驻企业26家。", null, 6, "8,877", 5, 1, 47, "微博 weibo.com"],
    ["2021-09-02 09:00", "原创", "#数说潮阳电商# ② 组织篇：我区成立由区委副书记、区长任组长，分管副区长任常务副组长，区商务局、区财政局、区农业农村局、区乡村振兴局等16个部门为成员单位的创建工作领导小组。2019年12月印发《潮阳区电子商务进农村综合示范创建工作方案》，2020年5月出台《潮阳区扶持农村电子商务发展若干措施》。", null, 2, "7,902", 4, 0, 38, "微博 weibo.com"],
    ["2021-09-01 18:00", "原创", "#数说潮阳电商# ① 开篇：今起推出“数说潮阳电商”系列，数据截至2021年8月31日（省考评截止日）。全区常住人口165.21万人（第七次全国人口普查），户籍人口约200万人。", null, 1, "1.5万", 21, 9, 103, "微博 weibo.com"],
    ["2021-08-28 16:05", "转发", "点赞！我区谷饶镇、铜盂镇两个站点上榜👍", "@汕头商务：汕头市2021年“十佳村级电商服务站点”名单公布，其中澄海区3个、潮阳区2个、潮南区2个……", 0, "3,017", 1, 2, 25, "iPhone客户端"],
    ["2021-08-26 10:00", "原创", "#潮阳好物# 8月27日晚8点，区长将走进直播间为潮阳农产品带货，敬请关注！", null, 1, "2.2万", 35, 12, 210, "微博 weibo.com"],
  ];
  const rows = [
    ["微博账号：@潮阳商务（汕头市潮阳区商务局官方微博）　导出时间：2021-09-07 10:22　导出范围：2021-08-25至2021-09-07　共13条"],
    ["电商股注：9月1日起在官方微博连载“#数说潮阳电商#”系列（①—⑨），数据截至2021年8月31日，以下为微博数据助手导出的原样列表，作考评基础数据佐证。"],
    H,
    ...posts.map((p, i) => [i + 1, ...p]),
    [null],
    ["注：列表按发布时间倒序；“展开全文c”为导出时被截断的长微博。"],
  ];
  write("facts/b94-f3-chaoyang.json", {
    description: "汕头市潮阳区商务局电商股把官方微博“@潮阳商务”9月连载的《#数说潮阳电商#》系列从微博数据助手导出（序号|发布时间|微博类型|微博正文|被转发微博（原文）|图片数|阅读数|转发|评论|点赞|发布来源，按发布时间倒序）当事实表交：事实都在①—⑧各条正文句子里。陷阱：⑥“参训1,164人”被最新一条【更正】改为1,146人；两条“转发”里的@汕头商务原文是全市数据（312.5亿元、28.6%、4.8万人次、1,036个）；⑦被截断在“并设立…展开全文c”，监督举报窗口没有说出；⑨是计划；户籍人口约200万人；“已建站点172个、覆盖165个”“入驻企业26家”“126期”“资金支出率80.3%”不是输入；阅读数“1.3万”、转发评论点赞都不是数据；表内不写县名栏。",
    sheets: [sheet("微博导出", rows)],
    expect: {
      facts: {
        asOf: "2021-08-31",
        residentPopulation: 1652100,
        adminVillagesStated: 228,
        poorVillagesStated: 11,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-09-26",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 3860000000,
        ruralRetailGrowthStated: 0.241,
        agriRetail2020: 790000000,
        agriRetailGrowthStated: 0.332,
        trainingPersonTimesStated: 5812,
        eligiblePoorPersonsStated: 2093,
        trainedPoorPersonsStated: 1146,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        fundAllocated: 5000000,
        fundSpentStated: 4016000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.91,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// ---- ledgers/b94-l1-lechang: station inspection rounds + the government-site column copied page by page
(function l1() {
  // ① 站点巡查记录: one row per station per round; a station is one record (first appearance), 已撤站 is none.
  const W = 11;
  const st = {
    "LC-01": ["长来镇长来村电商服务站", "长来镇", "长来村委会", D("2020-06-18"), "2020-06-18"],
    "LC-02": ["北乡镇北乡村电商服务站", "北乡镇", "北乡村", "2020.6.22", "2020-06-22"],
    "LC-03": ["九峰镇茶料村电商服务站", "九峰镇", "茶料村", "2020年7月3日", "2020-07-03"],
    "LC-04": ["廊田镇龙山村电商服务站", "廊田镇", "龙山村", "20200815", "2020-08-15"],
    "LC-05": ["梅花镇大坪村电商服务站", "梅花镇", "大坪村民委员会", "2020/9/1", "2020-09-01"],
    "LC-06": ["坪石镇灵石坝村电商服务站", "坪石镇", "灵石坝村", "2020年10月", "2020-10"],
    "LC-07": ["三溪镇三溪村电商服务站", "三溪镇", "三溪村", D("2020-10-20"), "2020-10-20"],
    "LC-08": ["乐城街道新民社区电商服务点", "乐城街道", "新民社区", "2020.11.5", "2020-11-05"],
    "LC-09": ["黄圃镇黄圃村电商服务站", "黄圃镇", "黄圃村", "2020.11.12", null],
    "LC-10": ["九峰镇茶料村第二电商服务点", "九峰镇", "茶料村委会", "21.3.16", "2021-03-16"],
    "LC-11": ["五山镇五山村电商服务站", "五山镇", "五山村", "2020年11月28日", "2020-11-28"],
    "LC-12": ["白石镇白石村电商服务站", "白石镇", "白石村", D("2021-04-02"), "2021-04-02"],
    "LC-13": ["两江镇两江村电商服务站", "两江镇", "两江村", "2021.7.20", "2021-07-20"],
    "LC-14": ["沙坪镇沙坪村电商服务站", "沙坪镇", "沙坪村民委员会", "2021年8月30日", "2021-08-30"],
    "LC-15": ["云岩镇云岩村电商服务站", "云岩镇", "云岩村", "2021年9月2日", "2021-09-02"],
  };
  const seen = new Set();
  let seq = 0;
  const records = [];
  // visit: [date, code, status, problem, fix, inspector, opts]
  function visit(date, code, status, problem, fix, who, o) {
    const s = st[code];
    const first = !seen.has(code);
    seen.add(code);
    seq += 1;
    const name = (o && o.name) || s[0];
    if (first && s[4] !== null) records.push({ village: s[2], opened: s[4] });
    return [seq, date, code, name, s[1], s[2], first ? s[3] : "同前", status, problem, fix, who];
  }
  const sec = (t) => row(W, { 1: t });
  const rows = [
    row(W, { 1: "乐昌市村级电子商务服务站点巡查记录表" }),
    row(W, { 1: "巡查单位：乐昌市商务局电商股　　巡查方式：实地巡查为主，偏远站点视频连线" }),
    row(W, { 1: "说明：每轮巡查一站一行，同一站点每轮重复登记；挂牌日期只在站点第一次登记时填写，以后各轮写“同前”；巡查时已撤站的，运营状态写“已撤站”，该站点不再作为服务站点。" }),
    ["序号", "巡查日期", "站点编号", "站点名称", "所在镇（街道）", "所在村（社区）", "挂牌日期", "运营状态", "巡查发现问题", "整改情况", "巡查人"],
    sec("第一轮（2020年12月）"),
    visit("2020.12.8", "LC-01", "正常", "无", "—", "黄××、邓××"),
    visit("2020.12.8", "LC-02", "正常", "价目表未上墙", "已整改", "黄××、邓××"),
    visit("2020.12.9", "LC-03", "正常", "无", "—", "黄××、邓××"),
    visit("2020.12.9", "LC-04", "正常", "台账记录不全", "已补记", "黄××、邓××"),
    visit("2020.12.10", "LC-05", "正常", "无", "—", "黄××（视频）"),
    visit("2020.12.10", "LC-06", "正常", "网络不稳定", "已报电信维修", "黄××（视频）"),
    visit("2020.12.11", "LC-07", "正常", "无", "—", "邓××"),
    visit("2020.12.11", "LC-08", "正常", "无", "—", "邓××"),
    visit("2020.12.14", "LC-09", "正常", "营业时间不固定", "限期整改", "邓××"),
    sec("第二轮（2021年4月）"),
    visit("2021.4.12", "LC-01", "正常", "无", "—", "黄××"),
    visit("2021.4.12", "LC-02", "正常", "无", "—", "黄××"),
    visit("2021.4.13", "LC-03", "正常", "无", "—", "黄××"),
    visit("2021.4.13", "LC-04", "正常", "站名已更换为“益农电商服务站”，编号不变", "—", "黄××", { name: "廊田镇龙山村益农电商服务站（更名）" }),
    visit("2021.4.14", "LC-05", "正常", "无", "—", "邓××（视频）"),
    visit("2021.4.14", "LC-06", "暂停营业", "负责人外出，预计5月复业", "5月10日已复业", "邓××（视频）"),
    visit("2021.4.15", "LC-07", "正常", "无", "—", "邓××"),
    visit("2021.4.15", "LC-08", "正常", "无", "—", "邓××"),
    visit("2021.4.16", "LC-09", "已撤站", "2021年3月负责人退出，设备已收回", "不再作为站点", "邓××"),
    visit("2021.4.16", "LC-10", "正常", "同村第二个服务点（茶料村）", "—", "黄××"),
    visit("2021.4.19", "LC-11", "正常", "第一轮漏查，本轮补查", "—", "黄××"),
    visit("2021.4.19", "LC-12", "正常", "新挂牌，设备刚到位", "—", "黄××"),
    sec("第三轮（2021年8月）"),
    visit("2021.8.16", "LC-01", "正常", "无", "—", "黄××、邓××"),
    visit("2021.8.16", "LC-02", "正常", "无", "—", "黄××、邓××"),
    visit("2021.8.17", "LC-03", "正常", "无", "—", "黄××、邓××"),
    visit("2021.8.17", "LC-04", "正常", "无", "—", "黄××、邓××", { name: "廊田镇龙山村益农电商服务站" }),
    visit("2021.8.18", "LC-05", "正常", "无", "—", "黄××、邓××"),
    visit("2021.8.18", "LC-06", "正常", "无", "—", "黄××、邓××"),
    visit("2021.8.19", "LC-07", "正常", "无", "—", "邓××"),
    visit("2021.8.19", "LC-08", "正常", "无", "—", "邓××"),
    visit("2021.8.20", "LC-10", "正常", "无", "—", "邓××"),
    visit("2021.8.20", "LC-11", "正常", "无", "—", "邓××"),
    visit("2021.8.23", "LC-12", "正常", "无", "—", "黄××"),
    visit("2021.8.23", "LC-13", "正常", "新挂牌", "—", "黄××"),
    visit("2021.8.31", "LC-14", "正常", "8月30日刚挂牌", "—", "黄××"),
    sec("第四轮（2021年9月，截至9月10日）"),
    visit("2021.9.6", "LC-15", "正常", "新挂牌", "—", "黄××"),
    visit("2021.9.7", "LC-13", "正常", "无", "—", "黄××"),
    visit("2021.9.8", "LC-14", "正常", "无", "—", "黄××"),
    row(W, {}),
    row(W, { 1: "巡查人签字：黄××　邓××　　　　　　　　审核：乐昌市商务局电商股股长 李××　　　　2021年9月10日" }),
  ];
  const merges = ["A1:K1", "A2:K2", "A3:K3"];
  rows.forEach((r, i) => { if (typeof r[0] === "string" && /^第.轮/.test(r[0])) merges.push("A" + (i + 1) + ":K" + (i + 1)); });
  merges.push("A" + rows.length + ":K" + rows.length);
  assertEq(records.length, 14, "lechang station records");

  // ② 专栏网页列表，分页复制，置顶文章每页重复，第2页第1条与第1页末条重复
  const pinned = ["【置顶】乐昌市电子商务进农村综合示范创建工作方案", "2019-12-20"];
  const items = [
    ["乐昌市电子商务进农村综合示范项目建设进度（2021年8月）", "2021-09-02"],
    ["关于乐昌市电子商务进农村综合示范项目资金使用情况的公示", "2021-08-27"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2021年7月）", "2021-08-05"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2021年6月）", "2021-07-06"],
    ["乐昌市村级电子商务服务站点名单（第三批）公示", "2021-06-18"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2021年5月）", "2021-06-04"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2021年4月）", "2021-05-07"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2021年3月）", "2021-04-08"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2021年1—2月）", "2021-03-05"],
    ["乐昌市电子商务进农村综合示范项目（第一批）验收结果公示", "2021-01-22"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2020年12月）", "2021-01-06"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2020年11月）", "2020-12-04"],
    ["关于征求《乐昌市村级电商服务站点建设运营补助办法》意见的公告", "2020-11-20"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2020年10月）", "2020-11-05"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2020年9月）", "2020-10-09"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2020年8月）", "2020-09-07"],
    ["乐昌市电子商务公共服务中心运营服务项目中标结果公告", "2020-08-14"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2020年7月）", "2020-08-06"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2020年6月）", "2020-07-08"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2020年5月）", "2020-06-05"],
    ["乐昌市电子商务进农村综合示范项目基本信息公示", "2020-05-15"],
    ["乐昌市电子商务进农村综合示范项目建设进度（2020年3—4月）", "2020-05-06"],
    ["监督举报：乐昌市电子商务进农村综合示范项目监督举报渠道", "2020-04-28"],
    ["乐昌市电子商务进农村综合示范工作领导小组成立", "2020-03-20"],
    ["乐昌市电子商务进农村综合示范项目申报情况公示", "2019-11-08"],
  ];
  const W2 = 3;
  const li = (it) => ["· " + it[0], null, it[1]];
  const rows2 = [
    ["乐昌市人民政府门户网站　>　专题专栏　>　电子商务进农村综合示范", null, null],
    ["电商股注：专栏没有单独的更新登记，以下按网页列表分页复制（第1页9月3日复制，第2、3页9月6日复制）。9月6日网站新发了1条，列表整体后移一条，所以第2页第1条与第1页最后一条是同一篇；置顶文章每页都显示。", null, null],
    [null, null, null],
    ["【第1页】（2021年9月3日复制）", null, null],
    li(pinned),
    ...items.slice(0, 10).map(li),
    ["共 3 页　26 条　首页　上一页　1　2　3　下一页　尾页　第1页", null, null],
    [null, null, null],
    ["【第2页】（2021年9月6日复制）", null, null],
    li(pinned),
    ...items.slice(9, 19).map(li),
    ["共 3 页　27 条　首页　上一页　1　2　3　下一页　尾页　第2页", null, null],
    [null, null, null],
    ["【第3页】（2021年9月6日复制）", null, null],
    li(pinned),
    ...items.slice(19).map(li),
    ["共 3 页　27 条　首页　上一页　1　2　3　下一页　尾页　第3页", null, null],
  ];
  const merges2 = [];
  rows2.forEach((r, i) => { if (r[1] === null && r[2] === null && r[0] !== null) merges2.push("A" + (i + 1) + ":C" + (i + 1)); });
  const discRecords = [pinned, ...items].map((it) => ({ date: it[1] }));
  assertEq(discRecords.length, 26, "lechang disclosure records");

  const notes = [
    ["填表说明"],
    ["1. 《站点巡查记录》是电商股三轮（加9月补充一轮）实地和视频巡查的原始记录，按巡查顺序登记，不是站点清单；站点以“站点编号”区分。"],
    ["2. 《专栏网页（分页复制）》是市政府网站专栏文章列表的截取，日期为网页显示的发布日期。"],
    ["3. 两表均由电商股邓××整理，2021年9月10日。"],
  ];
  write("ledgers/b94-l1-lechang.json", {
    description: "乐昌市（韶关）商务局电商股交的两张表加填表说明：①《村级电子商务服务站点巡查记录表》当站点台账——按巡查轮次分节（第一轮2020年12月…第四轮2021年9月），每轮一站一行，同一站点每轮重复登记，以“站点编号”区分；挂牌日期只在首次登记时填（真日期、2020.6.22、2020年7月3日、20200815、2020/9/1、只到月的“2020年10月”、两位年份“21.3.16”），以后各轮写“同前”，“巡查日期”不是挂牌日期。读法：记录＝每个站点一次（按首次出现顺序）：LC-04第二轮更名仍是同一站；LC-09第二轮“已撤站”不是记录；LC-06暂停营业仍是站点；LC-11第一轮漏查、第二轮才出现但挂牌于2020年11月28日；LC-10与LC-03同在茶料村（两条）；新民社区站点照记；LC-15 9月2日挂牌照记；共14条。②《专栏网页（分页复制）》当专栏更新记录——网站专栏文章列表按页复制（面包屑、每页“【第n页】（复制日期）”、置顶文章每页重复、分页栏“共3页27条…”），第1页9月3日复制、第2—3页9月6日复制，期间网站新发一篇使列表后移，第2页第1条与第1页末条重复；记录＝每篇文章一次（置顶只记一次、重复那条只记一次），日期取网页发布日期（标题里的“（2021年7月）”是进度所属月份），9月2日那篇照记；共26条。③填表说明不是台账。",
    sheets: [
      sheet("站点巡查记录", rows, merges),
      sheet("专栏网页（分页复制）", rows2, merges2),
      sheet("填表说明", notes),
    ],
    expect: {
      sheets: {
        "站点巡查记录": { kind: "stations", records },
        "专栏网页（分页复制）": { kind: "disclosures", records: discRecords },
        "填表说明": { kind: null },
      },
    },
  });
})();

// ---- ledgers/b94-l2-fengxi: a Kingdee general journal (序时簿) + a monthly migrant-work monitoring table
(function l2() {
  // ① 序时簿：每张凭证借、贷各一行；省级专项资金支付 = 1002.01 贷方
  const BANK1 = ["1002.01", "银行存款—省级专项户"];
  const BANK2 = ["1002.02", "银行存款—区级配套户"];
  const SP1 = ["2314.01", "专项应付款—省级电商进农村资金"];
  const SP9 = ["2314.09", "专项应付款—区级配套资金"];
  const FEE = ["6603", "财务费用"];
  const jr = [];
  const records = [];
  let totalDr = 0;
  function v(date, no, text, dr, cr, amount, opts) {
    const o = opts || {};
    const shown = o.text ? String(Math.trunc(amount)).replace(/\B(?=(\d{3})+$)/g, ",") + "." + String(Math.round((amount % 1) * 100)).padStart(2, "0") : amount;
    jr.push([date, no, 1, text, dr[0], dr[1], shown, null, "陈××", "郑××", "是"]);
    jr.push([date, no, 2, text, cr[0], cr[1], null, shown, "陈××", "郑××", "是"]);
    totalDr += amount;
    if (cr[0] === "1002.01" && dr[0] === "2314.01") records.push({ date: o.iso, amount });
  }
  v(D("2020-06-12"), "记-3", "收到省级电子商务进农村综合示范专项资金（潮财工〔2020〕31号）", BANK1, SP1, 5000000);
  v(D("2020-06-12"), "记-4", "收到区级配套资金", BANK2, SP9, 1000000);
  v(D("2020-07-15"), "记-8", "支付区电商公共服务中心装修首付款（潮州枫华建筑装饰工程有限公司）", SP1, BANK1, 600000, { iso: "2020-07-15" });
  v(D("2020-07-31"), "记-15", "支付网银转账手续费", FEE, BANK1, 25);
  v(D("2020-08-20"), "记-6", "支付村级电商服务站点建设款（第一批）", SP1, BANK1, 486000, { iso: "2020-08-20", text: true });
  v(D("2020-09-21"), "记-9", "中心办公家具（区级配套资金）", SP9, BANK2, 128000);
  v(D("2020-09-30"), "记-18", "收到三季度存款利息", BANK1, FEE, 1562.5);
  v(D("2020-11-12"), "记-4", "支付电商培训服务费（第一期）", SP1, BANK1, 360000, { iso: "2020-11-12" });
  v(D("2020-12-28"), "记-21", "支付农村物流配送体系建设款", SP1, BANK1, 520000, { iso: "2020-12-28", text: true });
  v(D("2021-01-18"), "记-7", "支付农产品品牌推广及网络营销服务费", SP1, BANK1, 310000, { iso: "2021-01-18" });
  v(D("2021-03-18"), "记-14", "支付区电商公共服务中心建设进度款", SP1, BANK1, 700000, { iso: "2021-03-18" });
  v(D("2021-04-08"), "记-3", "村级站点运营补贴（区级配套资金）", SP9, BANK2, 150000);
  v(D("2021-06-25"), "记-19", "支付村级电商服务站点建设款（第二批）", SP1, BANK1, 394000, { iso: "2021-06-25", text: true });
  v(D("2021-08-31"), "记-30", "支付区电商公共服务中心运营服务费（第一年）", SP1, BANK1, 420000, { iso: "2021-08-31" });
  v(D("2021-09-07"), "记-4", "支付区电商公共服务中心建设尾款", SP1, BANK1, 300000, { iso: "2021-09-07" });
  const W = 11;
  const rows = [
    row(W, { 1: "序时簿" }),
    row(W, { 1: "核算单位：潮州市枫溪区经济发展局（电子商务进农村专项）　　会计期间：2020年第6期 至 2021年第9期　　本位币：人民币" }),
    row(W, { 1: "电商股注：本账套同时核算省级专项资金和区级配套资金。省级专项资金的拨付只看“1002.01 银行存款—省级专项户”的贷方（对方科目为2314.01）；“1002.02 银行存款—区级配套户”的收支不属省级专项资金。每张凭证借、贷各占一行，金额相同，一张凭证只算一笔。" }),
    ["日期", "凭证字号", "分录号", "摘要", "科目代码", "科目名称", "借方金额", "贷方金额", "制单", "审核", "过账"],
    ...jr,
    row(W, { 4: "合　　计", 7: totalDr, 8: totalDr }),
    row(W, { 1: "打印日期：2021-09-10　　制表：陈××　　审核：郑××" }),
  ];
  const merges = ["A1:K1", "A2:K2", "A3:K3", "A" + rows.length + ":K" + rows.length];
  assertEq(records.length, 9, "fengxi fund records");
  assertEq(records.filter((r) => r.date <= "2021-08-31").reduce((a, r) => a + r.amount, 0), 3790000, "fengxi spent by cut-off");

  // ② 务工动态监测：外出务工按2021年8月（代码3、4、5）；“—”为无劳动能力；已销户不是记录
  const AREA = "445102";
  const people = [
    // [village, household, name, id (as written), id (canonical), labour text, months[9], note, record?]
  ];
  const P = (village, hh, name, birth, seq, labour, months, note, opt) => {
    const o = opt || {};
    let id = o.x ? idWithX(AREA, birth, seq) : idcard(AREA, birth, seq);
    let shown = id;
    if (o.lower) shown = id.slice(0, 17) + "x";
    if (o.spaced) shown = id.slice(0, 6) + " " + id.slice(6, 14) + " " + id.slice(14);
    people.push({ village, hh, name, id, shown, labour, months, note: note || null, dead: !!o.dead });
  };
  const M = (...c) => c;
  const dash = M("—", "—", "—", "—", "—", "—", "—", "—", "—");
  P("英塘村", "FX-YT-01", "林少雄", "19680312", 13, "普通劳动力", M(2, 2, 2, 2, 2, 2, 2, 2, 2));
  P("英塘村", "FX-YT-01", "陈秀英", "19420705", 24, "无劳动力", dash, "老年人");
  P("英塘村", "FX-YT-01", "林俊杰", "19930121", 35, "技能劳动力", M(5, 5, 5, 5, 5, 5, 5, 5, 5), "深圳");
  P("长德村", "FX-CD-03", "许木生", "19710918", 41, "普通劳动力", M(1, 1, 1, 4, 4, 4, 4, 1, 1), "7月底从东莞返乡", { x: true, lower: true });
  P("长德村", "FX-CD-03", "许丽芳", "19750402", 52, "普通劳动力", M(1, 1, 1, 1, 1, 1, 1, 2, 4), "9月去广州");
  P("长德村", "FX-CD-03", "许文强", "19980611", 63, "技能劳动力", M(4, 4, 4, 4, 4, 4, 4, 4, 4), "广州");
  P("长德村", "FX-CD-07", "黄桂香", "19480203", 74, "丧失劳动力", dash, "重病");
  P("田头何村", "FX-TT-02", "何振雄", "19660827", 85, "普通劳动力", M(6, 6, 6, 6, 6, 6, 6, 6, 6), "村保洁员");
  P("田头何村", "FX-TT-02", "何美玲", "19900315", 96, "普通劳动力", M(3, 3, 3, 3, 3, 3, 3, 3, 3), "潮安区", { spaced: true });
  P("田头何村", "FX-TT-05", "何志明", "19850709", 107, "技能劳动力", M(2, 2, 2, 2, 2, 2, 2, 5, 5), "8月去福建");
  P("田头何村", "FX-TT-05", "何锦泉", "19510420", 118, "普通劳动力", M(1, 1, 1, 1, 1, "—", "—", "—", "—"), "已销户（2021年6月自然减少）", { dead: true });
  P("洋头村", "FX-YT2-01", "蔡汉生", "19640116", 129, "普通劳动力", M(1, 1, 1, 1, 1, 1, 1, 1, 1));
  P("洋头村", "FX-YT2-01", "蔡淑贞", "19390928", 130, "无劳动力", dash, "老年人");
  P("洋头村", "FX-YT2-04", "蔡伟东", "19880503", 141, "普通劳动力", M(5, 5, 5, 2, 2, 2, 2, 2, 2), "4月起在区内陶瓷厂", { x: true });
  P("全福村", "FX-QF-02", "陈木坤", "19700830", 152, "普通劳动力", M(2, 2, 2, 2, 2, 2, 2, 2, 2));
  P("全福村", "FX-QF-02", "陈雪梅", "19960214", 163, "普通劳动力", M(4, 4, 4, 4, 4, 4, 4, 4, 4), "汕头");
  P("全福村", "FX-QF-06", "陈伟鸿", "19820626", 174, "技能劳动力", M(1, 1, 1, 1, 1, 1, 1, 1, 1), "在家开网店");
  P("全福村", "FX-QF-06", "陈丽娟", "20080917", 185, "无劳动力", dash, "在校生");
  P("云步村", "FX-YB-01", "黄志强", "19770404", 196, "技能劳动力", M(2, 2, 2, 2, 2, 2, 2, 2, 2), null, { x: true, lower: true });
  P("云步村", "FX-YB-01", "黄秋菊", "19790721", 207, "普通劳动力", M(3, 3, 3, 3, 3, 3, 3, 3, 3), "湘桥区");
  P("云步村", "FX-YB-03", "黄建华", "19610110", 218, "丧失劳动力", dash, "残疾");
  P("云步村", "FX-YB-03", "黄晓东", "19920825", 229, "普通劳动力", M(5, 5, 5, 5, 5, 5, 5, 1, 1), "7月底从浙江返乡");
  const W2 = 17;
  const rows2 = [
    row(W2, { 1: "枫溪区脱贫劳动力务工情况动态监测表（2021年）" }),
    row(W2, { 1: "填报单位：枫溪区乡村振兴局（枫溪镇）　　　　数据更新至：2021年9月10日" }),
    row(W2, { 1: "说明：务工状态代码　1=在家务农　2=区内务工　3=市内区外务工　4=省内市外务工　5=省外务工　6=公益性岗位；“—”=无劳动能力，不统计务工。外出务工指代码3、4、5（离开本区务工）。考评按2021年8月的状态认定。已销户（自然减少）人员保留备查，不再计入建档立卡人口。" }),
    row(W2, { 1: "序号", 2: "镇（街）", 3: "村", 4: "户编号", 5: "姓名", 6: "身份证号", 7: "劳动能力", 8: "2021年务工状态（代码）", 17: "备注" }),
    row(W2, { 8: "1月", 9: "2月", 10: "3月", 11: "4月", 12: "5月", 13: "6月", 14: "7月", 15: "8月", 16: "9月" }),
  ];
  const merges2 = ["A1:Q1", "A2:Q2", "A3:Q3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:G5", "H4:P4", "Q4:Q5"];
  const poor = [];
  const firstData = rows2.length + 1;
  people.forEach((p, i) => {
    rows2.push([i + 1, i === 0 ? "枫溪镇" : null, null, p.hh, p.name, p.shown, p.labour, ...p.months, p.note]);
    if (!p.dead) {
      const labour = /普通|技能/.test(p.labour);
      const rec = { id: p.id, labour };
      if (labour) rec.migrant = [3, 4, 5].includes(p.months[7]);
      poor.push(rec);
    }
  });
  merges2.push("B" + firstData + ":B" + (firstData + people.length - 1));
  // village cells merged over their rows
  let start = 0;
  for (let i = 1; i <= people.length; i++) {
    if (i === people.length || people[i].village !== people[start].village) {
      const r0 = firstData + start, r1 = firstData + i - 1;
      rows2[r0 - 1][2] = people[start].village;
      if (r1 > r0) merges2.push("C" + r0 + ":C" + r1);
      start = i;
    }
  }
  // household cells merged over their rows
  start = 0;
  for (let i = 1; i <= people.length; i++) {
    if (i === people.length || people[i].hh !== people[start].hh) {
      const r0 = firstData + start, r1 = firstData + i - 1;
      for (let r = r0 + 1; r <= r1; r++) rows2[r - 1][3] = null;
      if (r1 > r0) merges2.push("D" + r0 + ":D" + r1);
      start = i;
    }
  }
  rows2.push(row(W2, { 1: "合计：22人（其中已销户1人，在册21人；有劳动能力16人，8月外出务工6人）" }));
  merges2.push("A" + rows2.length + ":Q" + rows2.length);
  rows2.push(row(W2, { 1: "填表人：许××　　审核：蔡××　　联系电话：0768-2xxxxxx" }));
  merges2.push("A" + rows2.length + ":Q" + rows2.length);
  assertEq(poor.length, 21, "fengxi poor records");
  assertEq(poor.filter((p) => p.labour).length, 16, "fengxi labour");
  assertEq(poor.filter((p) => p.migrant === true).length, 6, "fengxi migrants in August");

  const notes = [
    ["说明"],
    ["1. 《序时簿》由区经济发展局财务从金蝶KIS导出，电商股只加了表头上方第3行的注。"],
    ["2. 《务工动态监测》由区乡村振兴局每月更新，电商股9月10日取得。"],
  ];
  write("ledgers/b94-l2-fengxi.json", {
    description: "潮州市枫溪区经济发展局电商股交的两张“借来的表”加说明页：①财务从金蝶KIS导出的《序时簿》当资金台账——日期（真日期）|凭证字号|分录号|摘要|科目代码|科目名称|借方金额|贷方金额|制单|审核|过账，每张凭证借、贷各一行、金额相同（部分是“486,000.00”文本），账套同时核算区级配套资金；读法（第3行电商股注）：记录＝对方科目为2314.01、贷记“1002.01 银行存款—省级专项户”的每张凭证一笔，日期取凭证日期；收到省级资金和区级配套资金（借方银行）、网银手续费、季度结息、走“1002.02 区级配套户”的两笔都不是，不能按借贷两行各算一次；合计行不是记录；9月7日尾款照列；共9笔（截止日前3,790,000元）。②区乡村振兴局《脱贫劳动力务工情况动态监测表（2021年）》当贫困人口名单——两行表头（“2021年务工状态（代码）”合并在1月…9月之上），镇、村、户编号纵向合并，务工状态用代码（1在家务农、2区内、3市内区外、4省内市外、5省外、6公益性岗位，“—”无劳动能力）；读法：外出务工按8月那一格（3、4、5为外出），7月底返乡的不算外出、9月才外出的也不算，8月才外出的算；普通/技能劳动力为有劳动能力，无劳动力/丧失劳动力为无（migrant不判）；“已销户（2021年6月自然减少）”的不是记录；身份证有小写x（按大写X）和按6-8-4加空格的；合计、填表人行不是记录；共21人。③说明页不是台账。",
    sheets: [
      sheet("序时簿", rows, merges),
      sheet("务工动态监测", rows2, merges2),
      sheet("说明", notes),
    ],
    expect: {
      sheets: {
        "序时簿": { kind: "funds", records },
        "务工动态监测": { kind: "poorPersons", records: poor },
        "说明": { kind: null },
      },
    },
  });
})();

// ---- counties/b94-c1-chaonan: a whole workbook whose facts sheet is a balanced scorecard (BSC)
(function c1() {
  const CUT = "2021-08-31";
  // --- villages: 11 towns, 207 村委会 + 26 居委会
  const towns = [
    ["峡山街道", 28, 8], ["陈店镇", 24, 3], ["司马浦镇", 24, 2], ["两英镇", 30, 3], ["仙城镇", 22, 2], ["井都镇", 18, 2],
    ["陇田镇", 20, 1], ["雷岭镇", 14, 1], ["红场镇", 12, 1], ["胪岗镇", 20, 2], ["成田镇", 21, 1],
  ];
  const first = "东西南北新上下大仙溪港洋沙湖林陈李黄吴郑许蔡金美凤龙石和平宁华桥塘田山水青古云玉莲竹梅兰荣宝庆福安乐".split("");
  const second = "头尾美厝寮围埔田坑洋门乡寨沟埕岭墩园光兴明东西南北林湖塘山陇".split("");
  const used = new Set();
  let k = 0;
  function nextBase() {
    for (;;) {
      const a = first[(k * 7) % first.length], b = second[(k * 11 + Math.floor(k / 30)) % second.length];
      k += 1;
      if (a === b) continue;
      const n = a + b;
      if (used.has(n)) continue;
      used.add(n);
      return n;
    }
  }
  const villages = []; // {town, base, listName, admin, gi (index among admin villages), poor, express}
  let gi = 0;
  for (const [town, total, comm] of towns) {
    for (let j = 0; j < total; j++) {
      const base = nextBase();
      const admin = j < total - comm;
      const v = { town, base, admin, poor: false, express: admin };
      if (admin) {
        v.gi = gi++;
        v.listName = base + (v.gi % 9 === 4 ? "村民委员会" : "村委会");
      } else {
        v.listName = base + "社区居委会";
      }
      villages.push(v);
    }
  }
  assertEq(gi, 207, "admin villages");
  const admins = villages.filter((v) => v.admin);
  const byTown = (t) => admins.filter((v) => v.town === t);
  const covered0 = (v) => !(v.gi % 3 === 2 && v.gi !== 2); // by construction: covered by a station on or before the cut-off
  // poor villages: 14 covered + 1 not covered until September
  const poorPick = [["两英镇", 3], ["仙城镇", 2], ["陇田镇", 3], ["雷岭镇", 4], ["红场镇", 2]];
  const poorList = [];
  for (const [t, n] of poorPick) {
    const cand = byTown(t).filter(covered0);
    for (let i = 0; i < n; i++) { cand[i * 2].poor = true; poorList.push(cand[i * 2]); }
  }
  const lateFirst = byTown("红场镇").filter((v) => !covered0(v))[0];
  lateFirst.poor = true;
  poorList.push(lateFirst);
  assertEq(poorList.length, 15, "poor villages");
  // express: two mountain villages not reached
  const noExpress = [byTown("雷岭镇").filter((v) => !v.poor)[1], byTown("红场镇").filter((v) => !v.poor)[2]];
  for (const v of noExpress) v.express = false;

  // --- stations
  const people = "陈少鹏 林晓纯 郑伟强 黄丽娜 蔡少华 许佳敏 吴俊杰 李燕玲 马泽鸿 周小燕 姚建平 翁秀娟 杨振东 朱丽萍 谢志斌 方晓琳".split(" ");
  const fmtDate = (iso, style) => {
    const [y, m, d] = iso.split("-").map(Number);
    switch (style) {
      case 0: return D(iso);
      case 1: return y + "." + m + "." + d;
      case 2: return y + "年" + m + "月" + d + "日";
      case 3: return iso.replace(/-/g, "");
      case 4: return y + "/" + m + "/" + d;
      default: return y + "年" + m + "月";
    }
  };
  const addDays = (iso, n) => new Date(Date.parse(iso + "T00:00:00Z") + n * 86400000).toISOString().slice(0, 10);
  const stations = []; // {town, name, village (as written), opened (iso or YYYY-MM), cell, status, counted}
  let sn = 0;
  function station(v, villageText, iso, style, o) {
    const opt = o || {};
    sn += 1;
    let st = style;
    if (st === 5 && iso.slice(0, 7) >= "2021-08") st = 2;
    const cell = fmtDate(iso, st);
    const opened = st === 5 ? iso.slice(0, 7) : iso;
    stations.push({
      town: v.town, name: opt.name || (v.town.replace(/(街道|镇)$/, "") + villageText.replace(/(村委会|村民委员会|社区居委会|社区|村)$/, "") + (opt.suffix || "电商服务站")),
      village: villageText, opened, cell, status: opt.status || "运营中",
      person: people[sn % people.length], phone: "13" + String(800000000 + ((sn * 7919) % 99999999)).padStart(9, "0"),
      record: opt.record !== false,
    });
  }
  const dupTargets = new Set();
  admins.filter(covered0).forEach((v, i) => { if (i % 23 === 5) dupTargets.add(v.base); });
  assertEq(dupTargets.size, 6, "villages with two stations");
  let sk = 0;
  const revokedVillage = byTown("胪岗镇").filter((v) => !covered0(v))[0];
  const lateOthers = [byTown("陈店镇").filter((v) => !covered0(v))[1], byTown("成田镇").filter((v) => !covered0(v))[0]];
  const communityStations = villages.filter((v) => !v.admin && v.town === "峡山街道").slice(0, 3);
  for (const [town] of towns) {
    for (const v of villages.filter((x) => x.town === town)) {
      if (v.admin && covered0(v)) {
        sk += 1;
        const text = sk % 3 === 0 ? v.base + "村" : sk % 3 === 1 ? v.listName : v.base + "村民委员会";
        const iso = addDays("2020-05-06", (sk * 37) % 478);
        station(v, text, iso, sk % 6);
        if (dupTargets.has(v.base)) station(v, v.base + "村", addDays(iso, 40 + (sk % 30)), (sk + 2) % 5, { suffix: "电商服务站（第二服务点）" });
      } else if (v === revokedVillage) {
        station(v, v.base + "村", "2020-10-22", 1, { status: "已撤销（2021年3月）", record: false });
      } else if (v === lateFirst) {
        station(v, v.listName, "2021-09-08", 2);
      } else if (lateOthers.includes(v)) {
        station(v, v.base + "村", v === lateOthers[0] ? "2021-09-06" : "2021-09-10", 1);
      } else if (communityStations.includes(v)) {
        station(v, v.base + "社区", addDays("2020-08-03", communityStations.indexOf(v) * 61), 2, { suffix: "社区电商服务点" });
      }
    }
    if (town === "雷岭镇") {
      station({ town }, "大南山林场", "2020-12-18", 0, { name: "雷岭镇大南山林场电商服务点" });
    }
  }
  assertEq(stations.length, 153, "station rows");

  // self-check of coverage by an independent reading of the generated rows
  const norm = (s) => s.replace(/(村民委员会|村委会|社区居委会|社区|村)$/, "");
  const adminByBase = new Map(admins.map((v) => [v.base, v]));
  const coveredSet = new Set();
  for (const s of stations) {
    if (!s.record || s.opened > CUT) continue;
    const v = adminByBase.get(norm(s.village));
    if (v) coveredSet.add(v.base);
  }
  assertEq(coveredSet.size, 139, "covered admin villages");
  assertEq(poorList.filter((v) => coveredSet.has(v.base)).length, 14, "covered poor villages");

  // --- 附1 village list sheet
  const W1 = 7;
  const r1 = [
    row(W1, { 1: "潮南区村（居）民委员会名单" }),
    row(W1, { 1: "资料来源：区民政局（电商股转录，快递进村情况由区邮政管理部门核实）　　截至2021年8月" }),
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "快递进村", "备注"],
  ];
  const m1 = ["A1:G1", "A2:G2"];
  let vn = 0;
  for (const [town, total, comm] of towns) {
    const start = r1.length + 1;
    villages.filter((x) => x.town === town).forEach((v, i) => {
      vn += 1;
      r1.push([vn, i === 0 ? town : null, v.listName, v.admin ? "村委会" : "居委会",
        v.admin ? (v.poor ? "✓" : null) : "—",
        v.admin ? (v.express ? "✓" : "✗（村民到镇上取件）") : "—",
        v.poor ? "省定相对贫困村" : null]);
    });
    m1.push("B" + start + ":B" + (r1.length));
    r1.push(row(W1, { 2: town + "小计", 3: "村委会" + (total - comm) + "个、居委会" + comm + "个" }));
  }
  r1.push(row(W1, { 2: "合计", 3: "村委会207个、居委会26个，共233个；省定贫困村15个" }));
  r1.push(row(W1, { 1: "注：“✓”为是；居委会（社区）不填贫困村、快递栏。" }));
  m1.push("A" + r1.length + ":G" + r1.length);

  // --- 附2 stations sheet
  const W2 = 8;
  const r2 = [
    row(W2, { 1: "潮南区村级电子商务服务站点清单" }),
    row(W2, { 1: "序号", 2: "镇（街道）", 3: "站点信息", 5: "负责人", 6: "联系电话", 7: "运营情况" }),
    row(W2, { 3: "站点名称", 4: "所在村（居）", 7: "挂牌时间", 8: "运营状态" }),
  ];
  const m2 = ["A1:H1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "G2:H2"];
  let n2 = 0;
  for (const [town] of towns) {
    const list = stations.filter((s) => s.town === town);
    const start = r2.length + 1;
    list.forEach((s, i) => { n2 += 1; r2.push([n2, i === 0 ? town : null, s.name, s.village, s.person, s.phone, s.cell, s.status]); });
    if (list.length > 1) m2.push("B" + start + ":B" + r2.length);
  }
  r2.push(row(W2, { 1: "注：挂牌时间以镇（街道）报送为准；第二服务点与所在村主站同属一村。制表：区商务局电商股　2021年9月10日" }));
  m2.push("A" + r2.length + ":H" + r2.length);

  // --- 附3 training sessions
  const sessions = [
    [D("2020-06-18"), "2020-06-18", 180, 12], ["2020.7.9", "2020-07-09", 220, 8], ["2020年8月13日", "2020-08-13", 260, 15],
    ["2020.9.16", "2020-09-16", 200, 6], ["2020年10月21日", "2020-10-21", 310, 20], [D("2020-11-05"), "2020-11-05", 240, 9],
    ["2020.11.26-27", "2020-11-27", 180, 5], [D("2020-12-10"), "2020-12-10", 300, 18], ["2021.1.7", "2021-01-07", 150, 4],
    ["2021年3月4日", "2021-03-04", 280, 11], ["2021.3.25", "2021-03-25", "２２０", 7], [D("2021-04-15"), "2021-04-15", 260, 10],
    ["2021.5.11-12", "2021-05-12", 200, 6], ["2021年5月27日", "2021-05-27", 240, 9], [D("2021-06-17"), "2021-06-17", "300人次", 14],
    ["2021.7.8", "2021-07-08", 280, 12], ["2021年7月22日", "2021-07-22", 250, 8], ["2021.8.12", "2021-08-12", 230, 10],
    ["2021年8月26日", "2021-08-26", 300, 13], ["2021.8.30-31", "2021-08-31", 200, 7], ["2021.9.8", "2021-09-08", 600, 25],
  ];
  const topics = ["农村电商基础", "网店开设与运营", "直播带货实操", "农产品拍摄与美工", "短视频营销", "电商创业孵化", "农产品品牌打造"];
  const places = ["区电商公共服务中心", "两英镇文化站", "陈店镇政府会议室", "雷岭镇电商服务站", "仙城镇综合文化站", "成田镇政府礼堂"];
  const W3 = 7;
  const r3 = [
    row(W3, { 1: "潮南区电子商务培训登记表（按期次）" }),
    row(W3, { 1: "说明：本表登记普及性和增值培训，人次按签到表统计；贫困户专场另见附4（逐人签到），不含在本表人次内。" }),
    ["期次", "培训日期", "培训主题", "培训地点", "参训人次", "其中：贫困户（人次）", "备注"],
  ];
  const m3 = ["A1:G1", "A2:G2"];
  const trainRecs = [];
  sessions.forEach((s, i) => {
    r3.push(["第" + (i + 1) + "期", s[0], topics[i % topics.length], places[i % places.length], s[2], s[3], i === 20 ? "截止日后" : null]);
    const pt = typeof s[2] === "number" ? s[2] : Number(String(s[2]).replace(/[^\d０-９]/g, "").replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
    trainRecs.push({ date: s[1], personTimes: pt });
  });
  const sessTotal = trainRecs.reduce((a, r) => a + r.personTimes, 0);
  r3.push(row(W3, { 1: "合计", 5: sessTotal, 6: sessions.reduce((a, s) => a + s[3], 0) }));
  assertEq(trainRecs.filter((r) => r.date <= CUT).reduce((a, r) => a + r.personTimes, 0), 4800, "session person-times by cut-off");

  // --- 附5 poor persons (100) and 附4 special-session sign-ins
  const AREA = "440514";
  const surnames = "陈林郑黄蔡许吴李马周姚翁杨朱谢方".split("");
  const given = "少鹏 晓纯 伟强 丽娜 少华 佳敏 俊杰 燕玲 泽鸿 小燕 建平 秀娟 振东 丽萍 志斌 晓琳 木生 秀英 汉生 淑贞 文强 美玲 锦泉 雪梅 伟鸿 桂香 志明 秋菊 建华 晓东".split(" ");
  const persons = [];
  const poorVillagesForPeople = poorList.slice(0, 10);
  const forcedX = new Set([3, 8, 20]);
  let pn = 0;
  function person(kind) {
    pn += 1;
    const birthYear = 1955 + ((pn * 13) % 50);
    const birth = String(birthYear) + String(1 + (pn % 12)).padStart(2, "0") + String(1 + ((pn * 7) % 28)).padStart(2, "0");
    const v = poorVillagesForPeople[pn % poorVillagesForPeople.length];
    const p = { n: pn, kind, village: v, name: surnames[pn % 16] + given[(pn * 7) % given.length], birth, seq: 100 + pn * 3 };
    p.id = idcard(AREA, birth, p.seq);
    persons.push(p);
    return p;
  }
  // kinds interleaved: N when i % 7 == 3 (14), M for every fourth of the others (22), E otherwise (64)
  let nonN = 0;
  for (let i = 0; i < 100; i++) {
    if (i % 7 === 3) { person("N"); continue; }
    person(nonN % 4 === 1 ? "M" : "E");
    nonN += 1;
  }
  assertEq([persons.filter((p) => p.kind === "E").length, persons.filter((p) => p.kind === "M").length], [64, 22], "poor person kinds");
  const E = persons.filter((p) => p.kind === "E");
  const Mg = persons.filter((p) => p.kind === "M");
  const Nl = persons.filter((p) => p.kind === "N");
  // trained eligible T = E[0..30]; E[31] trains only in September
  const T = E.slice(0, 31);
  // households: sort people by village, group of 3-4 per household
  const byVillage = new Map();
  for (const p of persons) { if (!byVillage.has(p.village.base)) byVillage.set(p.village.base, []); byVillage.get(p.village.base).push(p); }
  const ordered = [];
  for (const v of poorVillagesForPeople) ordered.push(...(byVillage.get(v.base) || []));
  assertEq(ordered.length, 100, "poor persons ordered");
  const labourText = (p, i) => p.kind === "N" ? (i % 2 ? "丧失劳动力" : "无劳动力") : (i % 3 ? "普通劳动力" : "技能劳动力");
  const W5 = 10;
  const r5 = [
    row(W5, { 1: "潮南区建档立卡贫困人口名单（相对贫困村部分）" }),
    row(W5, { 1: "资料来源：区乡村振兴局　　更新时间：2021年8月" }),
    ["序号", "镇", "村", "户编号", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工情况", "务工地点"],
  ];
  const m5 = ["A1:J1", "A2:J2"];
  const poorRecs = [];
  const migrantPlaces = ["深圳", "广州", "东莞", "浙江义乌", "福建晋江"];
  let hhNo = 0;
  let prevVillage = null, vStart = 0, j = 0, hhRow = 0;
  const closeHousehold = () => { if (hhRow && r5.length > hhRow) m5.push("D" + hhRow + ":D" + r5.length); };
  ordered.forEach((p, i) => {
    const newVillage = p.village.base !== prevVillage;
    if (newVillage) {
      if (prevVillage !== null && r5.length > vStart) m5.push("B" + vStart + ":B" + r5.length, "C" + vStart + ":C" + r5.length);
      vStart = r5.length + 1;
      prevVillage = p.village.base;
      j = 0;
    }
    const hhStart = j % 3 === 0;
    if (hhStart) { closeHousehold(); hhNo += 1; hhRow = r5.length + 1; }
    // realistic household: head, spouse, child; the id is (re)made from the birth date
    const headYear = 1950 + ((hhNo * 7) % 26);
    const role = j % 3;
    const year = role === 0 ? headYear : role === 1 ? headYear + (hhNo % 3) : headYear + 24 + (i % 6);
    p.birth = String(year) + String(1 + ((i * 5) % 12)).padStart(2, "0") + String(1 + ((i * 11) % 28)).padStart(2, "0");
    p.id = forcedX.has(T.indexOf(p)) ? idWithX(AREA, p.birth, p.seq) : idcard(AREA, p.birth, p.seq);
    const sur = role === 1 ? surnames[(hhNo + 5) % 16] : surnames[hhNo % 16];
    p.name = sur + given[(i * 7 + 3) % given.length];
    const lab = labourText(p, i);
    const work = p.kind === "M" ? "区外务工" : p.kind === "N" ? "—" : (i % 4 === 0 ? "区内务工" : "在家务农");
    const where = p.kind === "M" ? migrantPlaces[i % migrantPlaces.length] : p.kind === "N" ? null : (work === "区内务工" ? "本区" : null);
    r5.push([i + 1, newVillage ? p.village.town : null, newVillage ? p.village.listName : null, hhStart ? "CN-" + String(hhNo).padStart(4, "0") : null,
      p.name, hhStart ? "户主" : (j % 3 === 1 ? "配偶" : "子女"), p.id, lab, work, where]);
    j += 1;
    const rec = { id: p.id, labour: p.kind !== "N" };
    if (p.kind !== "N") rec.migrant = p.kind === "M";
    poorRecs.push(rec);
  });
  if (r5.length > vStart) m5.push("B" + vStart + ":B" + r5.length, "C" + vStart + ":C" + r5.length);
  closeHousehold();
  r5.push(row(W5, { 1: "合计100人：有劳动能力86人（其中区外务工22人），无劳动能力14人。" }));
  m5.push("A" + r5.length + ":J" + r5.length);

  // sign-ins
  const X3 = [0, 1, 2].map((i) => ({ name: ["郑桂英", "陈松茂", "林雅琴"][i], id: idcard(AREA, ["19700312", "19851109", "19920605"][i], 700 + i * 5), kind: "X", village: poorList[i] }));
  const sess4 = [
    ["第1期", "2020年11月18日", "2020-11-18", [...T.slice(0, 17), Mg[0], Nl[0], X3[0]]],
    ["第2期", "2021年1月13日", "2021-01-13", [...T.slice(17, 31), Mg[1], X3[1], T[0], T[1]]],
    ["第3期", "2021年4月21日", "2021-04-21", [...T.slice(2, 14), X3[2], T[14], T[15], T[16]]],
    ["第4期", "2021年7月15日", "2021-07-15", [...T.slice(17, 31), T[0], T[1]]],
    ["第5期", "2021年9月9日", "2021-09-09", [E[31], ...T.slice(2, 13)]],
  ];
  const W4 = 6;
  const r4 = [row(W4, { 1: "潮南区建档立卡贫困户电商技能培训专场签到表（汇总）" }),
    row(W4, { 1: "说明：各期签到表按原件录入，一人一行；专场人次未计入附3。" })];
  const m4 = ["A1:F1", "A2:F2"];
  const signRecs = [];
  const writtenId = (p) => {
    if (forcedX.has(T.indexOf(p))) return p.id.slice(0, 17) + "x";
    if (p === T[25]) return p.id.slice(0, 6) + " " + p.id.slice(6, 14) + " " + p.id.slice(14);
    return p.id;
  };
  for (const [no, cn, iso, list] of sess4) {
    r4.push(row(W4, { 1: no + "　培训日期：" + cn + "　地点：区电商公共服务中心　主题：农产品网店运营与直播" }));
    m4.push("A" + r4.length + ":F" + r4.length);
    r4.push(["序号", "姓名", "身份证号码", "所在村", "人员类别", "签名"]);
    list.forEach((p, i) => {
      r4.push([i + 1, p.name, writtenId(p), p.village.base + "村", p.kind === "X" ? "监测户（非建档立卡）" : "建档立卡贫困户", "（已签）"]);
      signRecs.push({ date: iso, personTimes: 1, id: p.id });
    });
    r4.push(row(W4, { 1: "本期签到" + list.length + "人" }));
    m4.push("A" + r4.length + ":F" + r4.length);
  }
  const signByCut = signRecs.filter((r) => r.date <= CUT).length;
  assertEq(signByCut, 70, "sign-ins by cut-off");
  const eligibleIds = new Set(E.map((p) => p.id));
  const trainedIds = new Set(signRecs.filter((r) => r.date <= CUT && eligibleIds.has(r.id)).map((r) => r.id));
  assertEq(trainedIds.size, 31, "trained eligible");

  // --- 附6 enterprises
  const ent = [];
  const code = (i) => "91440514MA5" + String.fromCharCode(65 + (i % 26)) + String(1000 + i * 37).slice(-4) + "XQ".slice(i % 2, i % 2 + 1) + String(i % 10);
  const entNames = ["潮南区两英电子商务有限公司", "汕头市潮南区胪岗网络科技有限公司", "汕头市峡山优品贸易有限公司", "汕头市潮南区雷岭荔枝专业合作社",
    "汕头市仙城农业发展有限公司", "广东潮韵物流有限公司", "汕头市陈店内衣电商有限公司", "汕头市潮南直播传媒有限公司",
    "汕头市司马浦网货供应链有限公司", "汕头市成田乡味食品有限公司", "汕头市井都海产电子商务有限公司", "汕头市潮南区红场青梅合作社",
    "汕头市潮南区优选代运营服务有限公司", "汕头市陇田农特产品贸易有限公司", "韵达快递潮南分拨中心（汕头市达南物流有限公司）", "汕头市潮南云仓科技有限公司",
    "汕头市两英家纺网店", "汕头市潮南区乐购平台科技有限公司", "汕头市峡山美妆电商有限公司"];
  const entTypes = ["销售型", "平台型", "销售型", "销售型", "销售型", "物流企业", "销售型", "电商运营服务商", "电商运营服务商", "销售型",
    "销售型", "销售型", "电商运营服务商", "销售型", "物流企业", "物流企业", "销售型", "平台型", "销售型"];
  const entDates = [[D("2020-08-18"), "2020-08-18"], ["2020.8.18", "2020-08-18"], ["2020年9月1日", "2020-09-01"], ["20200915", "2020-09-15"],
    ["2020/10/8", "2020-10-08"], ["2020年10月", "2020-10"], [D("2020-11-02"), "2020-11-02"], ["2020.11.20", "2020-11-20"],
    ["2020年12月7日", "2020-12-07"], ["20210105", "2021-01-05"], ["2021/1/20", "2021-01-20"], [D("2021-03-01"), "2021-03-01"],
    ["2021.3.22", "2021-03-22"], ["2021年4月12日", "2021-04-12"], ["2021年5月", "2021-05"], [D("2021-06-01"), "2021-06-01"],
    ["2021.6.28", "2021-06-28"], ["20210719", "2021-07-19"], ["2021年8月16日", "2021-08-16"]];
  for (let i = 0; i < 19; i++) ent.push({ name: entNames[i], code: code(i), type: entTypes[i], cell: entDates[i][0], entered: entDates[i][1], leftCell: null, left: null, note: null });
  ent.push({ name: "汕头市潮南区仙城鲜果电子商务有限公司", code: ent[4].code, type: "销售型", cell: "2020/10/8", entered: "2020-10-08", leftCell: null, left: null, note: "原汕头市仙城农业发展有限公司，2021年3月更名，同一企业" });
  ent.push({ name: "汕头市潮南区好货优选商贸有限公司", code: code(21), type: "销售型", cell: "2020.9.10", entered: "2020-09-10", leftCell: "2021.3.15", left: "2021-03-15", note: "已退出" });
  ent.push({ name: "汕头市潮南区速达同城配送有限公司", code: code(22), type: "物流企业", cell: D("2020-12-01"), entered: "2020-12-01", leftCell: "2021年8月30日", left: "2021-08-30", note: "已退出" });
  ent.push({ name: "汕头市潮南区新农人直播工作室", code: code(23), type: "电商运营服务商", cell: "2021年1月8日", entered: "2021-01-08", leftCell: D("2021-08-31"), left: "2021-08-31", note: "8月31日办理退园" });
  ent.push({ name: "汕头市潮南区青创电商孵化有限公司", code: code(24), type: "平台型", cell: "2021.9.1", entered: "2021-09-01", leftCell: null, left: null, note: "9月新入驻" });
  const inPark = new Set(ent.filter((e) => e.entered <= CUT && !(e.left && e.left < CUT)).map((e) => e.code));
  assertEq(inPark.size, 20, "enterprises in the park at the cut-off");
  const W6 = 7;
  const r6 = [
    row(W6, { 1: "潮南电子商务产业园入驻企业清单" }),
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"],
    ...ent.map((e, i) => [i + 1, e.name, e.code, e.type, e.cell, e.leftCell, e.note]),
    row(W6, { 1: "注：本表共24行；产业园运营方：汕头市潮南直播传媒有限公司。" }),
  ];
  const m6 = ["A1:G1", "A" + r6.length + ":G" + r6.length];

  // --- 附7 funds
  const funds = [
    [D("2020-06-28"), "2020-06-28", "区电商公共服务中心装修（首付款）", "汕头市潮南建安装饰工程有限公司", "85万", 850000, "记-2020-06-11", null],
    ["2020.8.12", "2020-08-12", "村级电商服务站点建设（第一批）", "汕头市潮南区优选代运营服务有限公司", 620000, 620000, "记-2020-08-07", null],
    ["2020年10月30日", "2020-10-30", "农村物流配送车辆购置", "广东潮韵物流有限公司", "38万元", 380000, "记-2020-10-15", null],
    [D("2020-12-25"), "2020-12-25", "电商培训服务费（第一阶段）", "汕头市电商人才培训学校", "240,000.00", 240000, "记-2020-12-19", null],
    ["2021.1.18", "2021-01-18", "村级电商服务站点建设（第二批）", "汕头市潮南区优选代运营服务有限公司", 520000, 520000, "记-2021-01-09", null],
    ["2021.3.10", null, "村级电商服务站点建设（第二批）", "汕头市潮南区优选代运营服务有限公司", 520000, 520000, "记-2021-03-04", "作废：与1月18日重复录入，凭证已作废"],
    ["2021年4月22日", "2021-04-22", "农产品品牌营销推广", "汕头市潮南直播传媒有限公司", "28.6万", 286000, "记-2021-04-17", null],
    [D("2021-06-30"), "2021-06-30", "公共服务中心运营服务费", "汕头市潮南直播传媒有限公司", 316000, 316000, "记-2021-06-22", null],
    ["2021.8.20", "2021-08-20", "电商培训服务费（第二阶段）", "汕头市电商人才培训学校", "300,000.00", 300000, "记-2021-08-13", null],
    ["2021年9月10日", "2021-09-10", "村级电商服务站点建设（尾款）", "汕头市潮南区优选代运营服务有限公司", 400000, 400000, "记-2021-09-05", "截止日后"],
  ];
  const fundSpent = funds.filter((f) => f[1] && f[1] <= CUT).reduce((a, f) => a + f[5], 0);
  assertEq(fundSpent, 3512000, "funds by cut-off");
  const W7 = 7;
  const r7 = [
    row(W7, { 1: "潮南区省级电子商务进农村综合示范专项资金拨付台账" }),
    row(W7, { 1: "下达资金：500万元（粤财工〔2020〕88号）　　金额单位：元（注明“万”的按万元）" }),
    ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额（元）", "凭证号", "备注"],
    ...funds.map((f, i) => [f[1] ? i + 1 - (i > 5 ? 1 : 0) : "作废", f[0], f[2], f[3], f[4], f[6], f[7]]),
    row(W7, { 1: "合计", 5: "3,912,000.00", 7: "含9月10日拨付40万元，不含作废凭证" }),
  ];
  const m7 = ["A1:G1", "A2:G2"];

  // --- 附8 monthly reports
  const reps = [
    ["2020年8月", "2020.9.8", "2020-09-08", "是"], ["2020年9月", "2020.10.9", "2020-10-09", "是"], ["2020年10月", "2020.11.6", "2020-11-06", "否"],
    ["2020年11月", D("2020-12-08"), "2020-12-08", "是"], ["2020年12月", "2021.1.8", "2021-01-08", "是"], ["2021年1—2月（合并）", "2021.3.5", "2021-03-05", "是"],
    ["2021年3月", "2021年4月7日", "2021-04-07", "是"], ["2021年4月", D("2021-05-08"), "2021-05-08", "是"], ["2021年5月", "2021.6.7", "2021-06-07", "是"],
    ["2021年6月", "2021.7.8", "2021-07-08", "是"], ["2021年7月", "2021年8月6日", "2021-08-06", "是"], ["2021年8月", "2021.9.7", "2021-09-07", "是"],
  ];
  const W8 = 6;
  const r8 = [
    row(W8, { 1: "潮南区电子商务进农村工作月报报送登记" }),
    ["序号", "报送月份", "报送日期", "报送内容", "含电商扶贫统计", "报送对象"],
    ...reps.map((r, i) => [i + 1, r[0], r[1], "电子商务进农村综合示范工作进展月报" + (r[3] === "是" ? "及电商扶贫统计表" : ""), r[3], "汕头市商务局"]),
    row(W8, { 1: "注：2021年春节期间1月、2月月报合并于3月5日报送。" }),
  ];
  const m8 = ["A1:F1", "A" + r8.length + ":F" + r8.length];
  const repMonths = new Set(reps.filter((r) => r[2] <= CUT && r[2] >= "2020-09-01").map((r) => r[2].slice(0, 7)));
  assertEq(repMonths.size, 11, "report months in the window");

  // --- 附9 disclosures
  const disc = [
    ["2019.12.28", "2019-12-28", "潮南区电子商务进农村综合示范创建工作方案", "创建方案"],
    ["2020.5.20", "2020-05-20", "潮南区电子商务进农村综合示范项目基本信息公示", "项目公示"],
    [D("2020-09-10"), "2020-09-10", "项目建设进度（2020年8月）", "建设进度"], ["2020.10.12", "2020-10-12", "项目建设进度（2020年9月）", "建设进度"],
    ["2020年11月9日", "2020-11-09", "项目建设进度（2020年10月）", "建设进度"], ["2020.12.10", "2020-12-10", "项目建设进度（2020年11月）", "建设进度"],
    [D("2021-01-11"), "2021-01-11", "项目建设进度（2020年12月）", "建设进度"], ["2021.2.8", "2021-02-08", "项目建设进度（2021年1月）", "建设进度"],
    ["2021.3.10", "2021-03-10", "项目建设进度（2021年2月）", "建设进度"], ["2021年4月9日", "2021-04-09", "项目建设进度（2021年3月）", "建设进度"],
    ["2021.5.11", "2021-05-11", "项目建设进度（2021年4月）", "建设进度"], [D("2021-06-10"), "2021-06-10", "项目建设进度（2021年5月）", "建设进度"],
    ["2021.7.9", "2021-07-09", "项目建设进度（2021年6月）", "建设进度"], ["2021.8.10", "2021-08-10", "项目建设进度（2021年7月）", "建设进度"],
    ["2021年8月27日", "2021-08-27", "专项资金使用情况公示", "项目公示"], ["2021.9.8", "2021-09-08", "项目建设进度（2021年8月）", "建设进度"],
  ];
  const discMonths = new Set(disc.filter((d) => d[1] <= CUT && d[1] >= "2020-09-01").map((d) => d[1].slice(0, 7)));
  assertEq(discMonths.size, 12, "disclosure months in the window");
  const W9 = 5;
  const r9 = [
    row(W9, { 1: "区政府网站“电子商务进农村综合示范”专栏更新记录" }),
    ["序号", "发布日期", "标题", "子栏目", "网址"],
    ...disc.map((d, i) => [i + 1, d[0], d[2], d[3], "http://www.chaonan.gov.cn/dzsw/content/post_" + (2800000 + i * 1373) + ".html"]),
  ];
  const m9 = ["A1:E1"];

  // --- 附10 media, 附11 materials
  const W10 = 7;
  const r10 = [
    row(W10, { 1: "潮南区电商进农村宣传报道登记" }),
    ["序号", "报道日期", "媒体名称", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.10.15", "潮南区融媒体中心《潮南新闻》", "县级", "电视", "我区村级电商服务站建设全面铺开", "否"],
    [2, D("2021-01-20"), "汕头电视台《汕头新闻》", "市级", "电视", "潮南：电商进山村，贫困户网上卖青梅", "是"],
    [3, "2021年4月8日", "汕头日报", "市级", "报纸", "潮南电商产业园集聚效应显现", "否"],
    [4, "2021.9.3", "南方日报（汕头观察）", "省级", "报纸", "潮南：小网店撬动大产业", "否"],
    [5, "2021.9.6", "广东广播电视台珠江频道", "省级", "电视", "潮南雷岭：荔枝上网，脱贫路宽", "是"],
  ];
  const m10 = ["A1:G1"];
  const W11 = 5;
  const r11 = [
    row(W11, { 1: "经验材料报送登记" }),
    ["序号", "报送日期", "材料名称", "报送单位", "备注"],
    [1, "2021年6月18日", "潮南区“电商+扶贫”助力青梅、荔枝上行的经验做法", "汕头市商务局", "市局简报第12期采用"],
    [2, null, "潮南区电子商务进农村综合示范工作总结", "汕头市商务局", "拟9月中旬报送"],
  ];
  const m11 = ["A1:E1"];

  // --- the balanced scorecard (facts and self-assessment)
  const WB = 10;
  const rb = [
    row(WB, { 1: "潮南区电子商务进农村综合示范创建平衡计分卡（BSC）及自评表" }),
    row(WB, { 1: "县（市、区）", 2: "潮南区", 3: "编制单位", 4: "区商务局电商股", 5: "数据截至", 6: "2021年8月31日（省考评截止日）", 7: "版本", 8: "第3稿（2021年9月2日）" }),
    row(WB, { 1: "常住人口（七普）", 2: "131.89万人", 3: "户籍人口", 4: "146.2万人", 5: "行政村", 6: "207个", 7: "社区", 8: "26个", 9: "省定贫困村", 10: "15个" }),
    row(WB, { 1: "状态图例：● 已达成　◐ 接近（完成90%以上）　○ 未达成；目标值为2019年创建方案中的目标，不是完成数。" }),
    ["维度", "编号", "战略目标", "衡量指标", "单位", "目标值（创建方案）", "实际值（截至2021年8月31日）", "状态", "对应省考评指标", "备注"],
  ];
  const mb = ["A1:J1", "A4:J4"];
  const block = (dim, lines) => {
    const start = rb.length + 1;
    lines.forEach((l, i) => rb.push([i === 0 ? dim : null, ...l]));
    mb.push("A" + start + ":A" + rb.length);
  };
  block("财务维度", [
    ["F1", "用好省级专项资金", "下达省级专项资金", "万元", 500, 500, "●", "资金支出", "粤财工〔2020〕88号"],
    ["F2", "按进度拨付资金", "累计拨付资金", "万元", "350（70%）", 351.2, "●", "资金支出", null],
    ["F3", "按进度拨付资金", "资金支出率", "%", 70, 70.24, "●", "资金支出", "351.2÷500"],
    ["F4", "按期完成建设", "项目总体进度", "%", 100, 90, "◐", "一票否决项", null],
    ["F5", "带动农村网络销售", "2020年农村网络零售额", "亿元", 60, 66.1, "●", "农村产品上行", null],
    ["F6", "带动农村网络销售", "2019年农村网络零售额（基数）", "亿元", "—", 52.3, "—", "农村产品上行", null],
    ["F7", "带动农产品上行", "2020年农产品网络零售额", "亿元", 5, 5.48, "●", "农村产品上行", null],
    ["F8", "带动农产品上行", "2019年农产品网络零售额（基数）", "亿元", "—", 4.12, "—", "农村产品上行", null],
  ]);
  block("服务对象维度", [
    ["C1", "培训覆盖面", "电商培训人次", "人次", "5,000", "4,870", "◐", "电商人才培训", "含贫困户专场70人次"],
    ["C2", "精准帮扶", "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "—", 64, "—", "电商人才培训", null],
    ["C3", "精准帮扶", "参加培训的建档立卡贫困人口", "人", "32（50%）", 33, "●", "电商人才培训", null],
    ["C4", "服务到村", "已建站点覆盖行政村", "个", "145（70%）", 142, "◐", "服务体系建设", null],
    ["C5", "服务到村", "已建站点覆盖省定贫困村", "个", 15, 15, "●", "服务体系建设", null],
    ["C6", "物流到村", "行政村物流快递覆盖率", "%", 100, 100, "●", "农村产品上行", "邮政、快递企业合作"],
  ]);
  block("内部流程维度", [
    ["P1", "建好县级中心", "县级电子商务公共服务中心投入运营", "日期", "2020年10月底前", "2020年11月20日", "●", "服务体系建设", null],
    ["P2", "中心服务功能", "免费培训场所和培训设备（能组织电商基础培训）", "有/无", "有", "有", "●", "服务体系建设", "培训室80座"],
    ["P3", "中心服务功能", "特色农产品免费展示、销售服务", "有/无", "有", "有", "●", "服务体系建设", null],
    ["P4", "中心服务功能", "免费摄影、美工服务", "有/无", "有", "无（按成本收费）", "○", "服务体系建设", null],
    ["P5", "中心服务功能", "农产品统一推广、指导特色农产品品牌建设", "有/无", "有", "有", "●", "服务体系建设", null],
    ["P6", "中心服务功能", "其他衍生增值服务", "有/无", "有", "有（代办注册、金融对接）", "●", "服务体系建设", null],
    ["P7", "产业集聚", "建设或整合、优化当地电商产业园", "是/否", "是", "是（整合提升潮南电商产业园）", "●", "服务体系建设", null],
    ["P8", "产业集聚", "产业园入驻企业", "家", 20, 22, "●", "服务体系建设", null],
    ["P9", "专业运营", "专业第三方电子商务运营或服务商", "有/无", "有", "有", "●", "农村产品上行", null],
    ["P10", "政务公开", "专栏公示创建方案", "是/否", "是", "是", "●", "信息公开", null],
    ["P11", "政务公开", "专栏公示项目基本信息", "是/否", "是", "是", "●", "信息公开", null],
    ["P12", "政务公开", "专栏公示项目建设进度", "是/否", "是", "是", "●", "信息公开", null],
    ["P13", "政务公开", "专栏设立征求意见或监督举报窗口", "是/否", "是", "否（拟9月增设）", "○", "信息公开", null],
    ["P14", "按月报送", "向汕头市商务局报送月报", "次", 12, 11, "◐", "数据上报", null],
    ["P15", "按月报送", "统计电商扶贫情况", "是/否", "是", "是", "●", "数据上报", null],
  ]);
  block("学习与成长维度", [
    ["L1", "高位推动", "工作领导小组", "—", "主要领导牵头", "区委副书记、区长任组长；区商务局、区财政局、区农业农村局、区乡村振兴局等12个部门为成员", "●", "组织领导", null],
    ["L2", "制度先行", "正式印发创建工作方案", "是/否", "是", "是（潮南府办〔2019〕56号）", "●", "方案制定", null],
    ["L3", "制度先行", "出台支持农村电商发展的政策", "是/否", "是", "是（《潮南区促进农村电子商务发展扶持办法》）", "●", "政策支持", null],
    ["L4", "制度先行", "制定专项资金管理制度", "是/否", "是", "是", "●", "制度建立", null],
    ["L5", "制度先行", "建立资金专用台账", "是/否", "是", "是", "●", "资金台账", null],
    ["L6", "守住底线", "发生安全生产、质量事故或重大损失", "起", 0, 0, "●", "一票否决项", null],
    ["L7", "守住底线", "弄虚作假", "是/否", "否", "否", "●", "一票否决项", null],
  ]);
  rb.push(row(WB, {}));
  rb.push(row(WB, { 1: "五、主观评分项自评（按省考评评分标准）" }));
  mb.push("A" + rb.length + ":J" + rb.length);
  rb.push(row(WB, { 1: "序号", 2: "评分项", 4: "分值范围", 5: "自评分", 6: "自评依据" }));
  mb.push("B" + rb.length + ":C" + rb.length, "F" + rb.length + ":J" + rb.length);
  const judgedRows = [
    ["方案制定：工作方案因地制宜，可操作性较强", "1-2", 2, "方案经领导小组审定后印发"],
    ["政策支持：出台相关政策，且得到较好落实", "1-2", 1, "扶持办法已出台，兑现进度偏慢"],
    ["项目管理：建立项目管理制度，在建设、验收环节严格落实", "1-2", 2, "项目管理办法、验收办法"],
    ["项目管理：建立完整工作台账，详细记录项目建设情况", "1-2", 2, "附1—附11"],
    ["农村产品上行：网销调研并形成针对性建议", "1-2", 2, "调研报告已报市局"],
    ["农村产品上行：网络促销活动成效明显", "1-2", 2, "“青梅节”“荔枝节”网络促销"],
    ["农村产品上行：出台交易标准，建立冷链、溯源系统", "1-2", 1, "溯源系统已建，冷链未完善"],
    ["制度建立：资金管理制度科学有效", "1-5", 5, "专项资金管理办法"],
    ["资金台账：承建方建立资金专用台账", "1-5", 4, "个别凭证作废重录"],
    ["资金支出：及时拨付", "1-5", 4, "支出率70.24%"],
  ];
  judgedRows.forEach((j, i) => {
    rb.push(row(WB, { 1: i + 1, 2: j[0], 4: j[1], 5: j[2], 6: j[3] }));
    mb.push("B" + rb.length + ":C" + rb.length, "F" + rb.length + ":J" + rb.length);
  });
  rb.push(row(WB, {}));
  rb.push(row(WB, { 1: "六、省考评指标自评得分汇总" }));
  mb.push("A" + rb.length + ":J" + rb.length);
  rb.push(row(WB, { 1: "工作任务", 3: "评价指标", 5: "分值", 6: "自评得分" }));
  mb.push("A" + rb.length + ":B" + rb.length, "C" + rb.length + ":D" + rb.length);
  const claimedRows = [
    ["加强组织领导与统筹协调", "组织领导", 2, 2, "org.leadership"], [null, "方案制定", 2, 2, "org.plan"], [null, "政策支持", 2, 1, "org.policy"], [null, "项目管理", 4, 4, "org.management"],
    ["深入推动电子商务进农村工作", "服务体系建设（县级中心及产业园）", 15, 14, "work.center"], [null, "服务体系建设（村级站点）", 10, 10, "work.coverage"],
    [null, "农村产品上行", 10, 9, "work.upward"], [null, "电商人才培训", 20, 18, "work.training"],
    ["加强信息公开及报送", "信息公开", 4, 2, "info.disclosure"], [null, "数据上报", 6, 6, "info.reporting"],
    ["加强宣传推广", "案例总结", 2, 2, "promo.cases"], [null, "经验推广", 8, 8, "promo.media"],
    ["加强财政资金管理", "制度建立", 5, 5, "fund.system"], [null, "资金台账", 5, 4, "fund.ledger"], [null, "资金支出", 5, 4, "fund.spending"],
    ["加分项", "贫困人口培训率≥70%", 2, 0, "bonus.poorTraining"], [null, "电商扶贫典型案例获电视播报", 2, 1, "bonus.tvCase"],
  ];
  const claimed = {};
  let groupStart = 0;
  claimedRows.forEach((c, i) => {
    rb.push(row(WB, { 1: c[0], 3: c[1], 5: c[2], 6: c[3] }));
    claimed[c[4]] = c[3];
    if (c[0] !== null) groupStart = rb.length;
    mb.push("C" + rb.length + ":D" + rb.length);
    const next = claimedRows[i + 1];
    if (!next || next[0] !== null) {
      if (rb.length > groupStart) mb.push("A" + groupStart + ":B" + rb.length);
      else mb.push("A" + groupStart + ":B" + groupStart);
    }
  });
  rb.push(row(WB, { 1: "一票否决项", 3: "无（未发生安全生产、质量事故，无弄虚作假，总体进度90%）" }));
  mb.push("A" + rb.length + ":B" + rb.length, "C" + rb.length + ":J" + rb.length);
  rb.push(row(WB, { 1: "合计", 5: 104, 6: 92 }));
  mb.push("A" + rb.length + ":D" + rb.length);
  assertEq(Object.values(claimed).reduce((a, b) => a + b, 0), 92, "claimed total");

  const toc = [
    ["潮南区电子商务进农村综合示范考评工作簿　目录"],
    ["平衡计分卡：基础数据、主观评分项自评、自评得分汇总"],
    ["附1 村（居）民委员会名单　附2 村级站点清单　附3 培训登记　附4 贫困户专场签到　附5 贫困人口名单"],
    ["附6 入驻企业　附7 资金拨付　附8 月报报送　附9 专栏更新　附10 宣传报道　附11 经验材料"],
  ];

  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": 14, "work.coverage": 5, "work.upward": 8, "work.training": 16,
    "info.disclosure": 2, "info.reporting": 4, "promo.cases": 2, "promo.media": 4,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  write("counties/b94-c1-chaonan.json", {
    description: "汕头市潮南区商务局电商股的整本考评工作簿（13个表：目录、平衡计分卡、附1—附11），中等（77分，无加分、未否决；自评92分）：事实表是电商股按“平衡计分卡（BSC）”排的《创建平衡计分卡及自评表》——表头上方两行“标签|值”成对（县区、数据截至、常住人口/户籍人口、行政村/社区/贫困村），主体按财务、服务对象、内部流程、学习与成长四个维度（维度纵向合并）列 编号|战略目标|衡量指标|单位|目标值（创建方案）|实际值（截至2021年8月31日）|状态（●◐○）|对应省考评指标|备注，事实只取“实际值”栏（目标值5,000人次、500万元、“2020年10月底前”、145个等不是事实；“无（按成本收费）”“否（拟9月增设）”是否），下接“五、主观评分项自评”和“六、省考评指标自评得分汇总”（claimed）。台账：村（居）委会名单233个（207个村委会超过200、以200为基数，镇纵向合并、每镇小计行，贫困村✓、两村快递“✗”）；站点清单153行（两行表头，挂牌时间六种写法，同村第二服务点6个、社区服务点3个、大南山林场服务点、胪岗镇一个“已撤销（2021年3月）”、9月挂牌3个含1个省定贫困村），截至8月31日覆盖139个行政村＝69.5%；培训登记按期次（“２２０”“300人次”、日期区间、合计行含9月600人次）另加贫困户专场逐人签到（按期分块，身份证小写x和空格），截止日前4,800+70＝4,870人次（0.974%）；贫困人口名单100人（户编号三人一户纵向合并），有劳动能力且不外出64人、截止日前参训31人（48.4%；外出务工2人、无劳动能力1人、监测户3人、9月才参训1人都不算）；入驻企业24行在园20家（更名同一代码、3月和8月30日退出、8月31日退园仍算、9月入驻）；资金台账“85万”“38万元”“28.6万”与元混写、一行作废、合计含9月，截止日前351.2万元＝70.24%；月报1—2月合并3月报送（缺2月→不定时）；宣传报道省级两条都在9月。",
    sheets: [
      sheet("目录", toc),
      sheet("平衡计分卡", rb, mb),
      sheet("附1村居名单", r1, m1),
      sheet("附2站点清单", r2, m2),
      sheet("附3培训登记", r3, m3),
      sheet("附4贫困户专场签到", r4, m4),
      sheet("附5贫困人口名单", r5, m5),
      sheet("附6入驻企业", r6, m6),
      sheet("附7资金拨付", r7, m7),
      sheet("附8月报报送", r8, m8),
      sheet("附9专栏更新", r9, m9),
      sheet("附10宣传报道", r10, m10),
      sheet("附11经验材料", r11, m11),
    ],
    expect: {
      asOf: CUT,
      total: 77,
      bonus: 0,
      vetoed: false,
      points,
      claimed,
    },
    derivation: [
      "org.leadership: 学习与成长L1 区委副书记、区长任组长，区商务局、财政局、农业农村局、乡村振兴局都是成员 → 主要领导牵头且四部门齐全 → 2",
      "org.plan: 主观评分项自评“方案制定”2分（L2 已印发潮南府办〔2019〕56号）→ 2",
      "org.policy: 主观评分项自评“政策支持”1分（L3 已出台扶持办法）→ 1",
      "org.management: 项目管理制度2分 + 工作台账2分 → 4",
      "work.center: P1中心2020-11-20投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训（P2 有）→ 2；免费展示销售（P3 有）→ 1；免费摄影美工 P4“无（按成本收费）”→ 0；品牌推广（P5 有）→ 1；其他增值服务（P6 有）→ 1；产业园 P7 是 → 2；附6截至8月31日在园企业20家（24行：仙城鲜果与仙城农业同一信用代码、好货优选2021-03-15退出、速达同城2021-08-30退出、青创孵化2021-09-01入驻不算；新农人直播2021-08-31退园不早于截止日，仍算）≥20 → 2；类型有销售型、平台型、物流企业、电商运营服务商 ≥3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14",
      "work.coverage: 附1行政村207个（26个居委会不算）→ 基数 min(207,200)=200；附2截至8月31日有站点的行政村139个（同村第二服务点6个不重复计，峡山街道3个社区服务点、大南山林场服务点不在行政村名单，胪岗镇已撤销站点不算，9月6日、9月8日、9月10日挂牌的3个不算）→ 139/200 = 69.5% < 70% → 2；省定贫困村15个，截至8月31日有站点14个（红场镇那个贫困村9月8日才挂牌）→ 93.3%（80%–100%）→ 3；合计 5",
      "work.upward: 网销调研自评2 → 2；网络促销自评2 → 2；第三方运营服务商 P9 有 → 1；快递：附1有快递栏，两个行政村“✗（村民到镇上取件）”→ 0（C6写100%，与名单不符，按名单）；交易标准与冷链溯源自评1 → 1；增速：农产品网络零售额 5.48/4.12 − 1 = 33.0% ≥ 30% → 2（农村网络零售额 66.1/52.3 − 1 = 26.4% 不够，但二者有一即可）；合计 2+2+1+0+1+2 = 8",
      "work.training: 人次：附3截止日前20期合计4,800人次（9月8日第21期600人次与合计行不算）+ 附4截止日前4期贫困户专场签到70人次 = 4,870；常住人口131.89万人 > 50万 → 基数500,000；4,870/500,000 = 0.974%（0.8%–1%）→ 8。贫困人口培训率：附5有劳动能力且不外出务工64人，其中身份证号在截止日前签到中出现的31人（小写x、带空格的照样匹配；外出务工2人、无劳动能力1人、3名监测户不算；第5期2021-09-09才第一次参训的1人不算）→ 31/64 = 48.4%（40%–50%）→ 8；合计 16",
      "info.disclosure: 专栏内容缺征求意见或监督举报窗口（P13“否（拟9月增设）”）→ 0；附9在2020-09…2021-08每个月都有更新 → 按月更新 2；合计 2",
      "info.reporting: 附8报送日期落在2020-09、10、11、12、2021-01、03、04、05、06、07、08，2021年2月无报送（1—2月合并于3月5日报）→ 不定时 1；标记含电商扶贫统计（P15也为是）→ 3；合计 4",
      "promo.cases: 附11 2021-06-18向汕头市商务局报送经验做法 → 2（第2条“拟9月中旬报送”不算）",
      "promo.media: 截止日前有县级（潮南区融媒体中心 2020-10-15）→ 1、市级（汕头电视台2021-01-20、汕头日报2021-04-08）→ 3；省级的南方日报2021-09-03、珠江频道2021-09-06都在截止日后 → 0；合计 4",
      "fund.system: 主观评分项自评“资金管理制度”5分 → 5",
      "fund.ledger: 主观评分项自评“资金台账”4分 → 4",
      "fund.spending: 附7截止日前拨付 850,000（“85万”）+620,000+380,000（“38万元”）+240,000+520,000+286,000（“28.6万”）+316,000+300,000 = 3,512,000（3月10日作废凭证、9月10日尾款40万元、合计行3,912,000不算）；下达500万元 → 70.24% ≥ 70% → 按自评“及时拨付”4分 → 4",
      "bonus.poorTraining: 贫困人口培训率48.4% < 70% → 0",
      "bonus.tvCase: 截止日前的扶贫典型案例电视报道只有汕头电视台（市级），珠江频道（省级）那条在2021-09-06 → 0",
      "veto.incident: L6 发生安全生产、质量事故或重大损失0起 → 不否决 0",
      "veto.progress: 项目总体进度90%（F4）≥ 40% → 不否决 0",
      "veto.fraud: L7 弄虚作假“否” → 不否决 0",
      "total: 2+2+1+4+14+5+8+16+2+4+2+4+5+4+4 = 77，加分0，未否决 → 77（县自评汇总92分为claimed）",
    ],
  });
})();

// ---------------------------------------------------------------- run
process.stdout.write("b94: wrote " + written.length + " case(s)\n" + written.map((w) => "  " + w + "\n").join(""));
