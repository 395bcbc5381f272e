"use strict";
// Batch 69 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 69 — layout corpus cases written blind (see ../README.md).
// Run from /work/main:  node test/corpus/batch69/gen.js
const fs = require("fs");

// ---------------------------------------------------------------- helpers
function fmt(v, ind) {
  const flat = (x) => x === null || typeof x !== "object" || (!Array.isArray(x) && Object.keys(x).every((k) => x[k] === null || typeof x[k] !== "object"));
  if (Array.isArray(v)) {
    if (v.every(flat)) return JSON.stringify(v);
    return "[\n" + v.map((x) => ind + "  " + fmt(x, ind + "  ")).join(",\n") + "\n" + ind + "]";
  }
  if (v && typeof v === "object") {
    const keys = Object.keys(v);
    if (keys.every((k) => flat(v[k]) && !Array.isArray(v[k]))) return JSON.stringify(v);
    return "{\n" + keys.map((k) => ind + "  " + JSON.stringify(k) + ": " + fmt(v[k], ind + "  ")).join(",\n") + "\n" + ind + "}";
  }
  return JSON.stringify(v);
}
function out(sub, name, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), fmt(obj, "") + "\n", "utf8");
}
function check(c, msg) {
  if (!c) throw new Error("self-check failed: " + msg);
}
const D = (s) => ({ date: s });
const pad2 = (n) => String(n).padStart(2, "0");
const iso = (y, m, d) => `${y}-${pad2(m)}-${pad2(d)}`;
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function idWithCheck(p17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(p17[i]) * w[i];
  return p17 + "10X98765432"[s % 11];
}
const UC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function uscc(p17) {
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let s = 0;
  for (let i = 0; i < 17; i++) s += UC.indexOf(p17[i]) * w[i];
  const c = (31 - (s % 31)) % 31;
  return p17 + UC[c];
}
function colName(i) {
  let s = "";
  i++;
  while (i > 0) {
    const r = (i - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}
function addDays(isoStr, n) {
  const t = new Date(isoStr + "T00:00:00Z");
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
function ymd(isoStr) {
  const [y, m, d] = isoStr.split("-").map(Number);
  return [y, m, d];
}
function dateAs(isoStr, style) {
  const [y, m, d] = ymd(isoStr);
  switch (style) {
    case "real":
      return D(isoStr);
    case "dot":
      return `${y}.${m}.${d}`;
    case "cn":
      return `${y}年${m}月${d}日`;
    case "slash":
      return `${y}/${m}/${d}`;
    case "compact":
      return `${y}${pad2(m)}${pad2(d)}`;
    case "short":
      return `${y % 100}.${m}.${d}`;
    case "iso":
      return isoStr;
    default:
      throw new Error(style);
  }
}

const SURN = "陈李黄林梁杨吴张庞欧易钟揭柯莫许全孙袁苏邓冯何罗叶谢卢周郑彭曾肖蔡潘杜".split("");
const GIV = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅金凤国荣志文海燕德成春水亚妹妹带娣亮辉财富生才贵荣彩连莲清".split("");
function makeNamer(rng) {
  const used = new Set();
  return function () {
    for (;;) {
      const s = SURN[Math.floor(rng() * SURN.length)];
      const n = rng() < 0.75 ? 2 : 1;
      let g = "";
      for (let i = 0; i < n; i++) g += GIV[Math.floor(rng() * GIV.length)];
      const nm = s + g;
      if (!used.has(nm)) {
        used.add(nm);
        return nm;
      }
    }
  };
}
function makeIdGen(area, rng) {
  const used = new Set();
  return function (birthIso, male, wantX) {
    const [y, m, d] = ymd(birthIso);
    for (let k = 0; k < 2000; k++) {
      let seq = Math.floor(rng() * 500) * 2 + (male ? 1 : 0);
      const p = area + y + pad2(m) + pad2(d) + String(seq).padStart(3, "0");
      const id = idWithCheck(p);
      if (used.has(id)) continue;
      if (wantX === true && !id.endsWith("X")) continue;
      if (wantX === false && id.endsWith("X")) continue;
      used.add(id);
      return id;
    }
    throw new Error("id gen");
  };
}
function randDate(rng, fromIso, toIso) {
  const a = new Date(fromIso + "T00:00:00Z").getTime(),
    b = new Date(toIso + "T00:00:00Z").getTime();
  const days = Math.round((b - a) / 86400000);
  return addDays(fromIso, Math.floor(rng() * (days + 1)));
}
function shuffle(rng, arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function phone(rng) {
  return ["138", "139", "135", "137", "136", "150", "188", "159"][Math.floor(rng() * 8)] + String(Math.floor(rng() * 1e8)).padStart(8, "0");
}
function yuan(n) {
  const [i, f] = n.toFixed(2).split(".");
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + "." + f;
}

// ======================================================================
// 1. COUNTY — 吴川市商务局 (湛江)
// ======================================================================
function county() {
  const rng = mulberry32(690101);
  const CUT = "2021-08-31";

  // ---------------- villages
  const towns = [
    ["梅菉街道", 4, 8],
    ["博铺街道", 8, 4],
    ["海滨街道", 6, 4],
    ["塘尾街道", 10, 3],
    ["大山江街道", 12, 2],
    ["长岐镇", 20, 2],
    ["浅水镇", 14, 2],
    ["覃巴镇", 17, 2],
    ["吴阳镇", 18, 2],
    ["黄坡镇", 16, 2],
    ["振文镇", 15, 1],
    ["樟铺镇", 10, 1],
    ["塘㙟镇", 15, 1],
    ["王村港镇", 11, 1],
    ["兰石镇", 12, 1],
  ];
  const JU =
    "城东 城西 城南 城北 中山 解放 人民 新华 沿江 建设 梅岭 文化 海港 振兴 光明 和平 向阳 东风 朝阳 新民 红星 鉴江 车站 同心 龙湾 长堤 南华 北街 西街 东街 河西 富民 太平 金鸡 新桥 盛安".split(
      " ",
    );
  const C1 = "山塘旧新大小上下东西南北中前后长高黄石水沙龙凤蛤吉那博梅平河竹莲田林陈李杨庞欧梁文官三六双丰兆利麻禾茅樟榕蓝白赤乌金福安宁和兴盛富鉴覃".split("");
  const C2 = "基尾头坡岭垌塘港湾桥铺墩埠营寮屋园江坑洋门口边背角岸田美阳垠堂圩埇浦湖洲仔岗".split("");
  const forbidden = new Set(["黄坡", "塘尾", "博铺", "樟铺", "兰石", "覃巴", "海滨", "梅菉", "长岐", "浅水", "吴阳", "振文", "塘㙟", ...JU]);
  const usedV = new Set(forbidden);
  function vname() {
    for (;;) {
      const a = C1[Math.floor(rng() * C1.length)],
        b = C2[Math.floor(rng() * C2.length)];
      if (a === b) continue;
      const n = a + b;
      if (usedV.has(n)) continue;
      usedV.add(n);
      return n;
    }
  }
  const villages = []; // {town, base, admin, cell}
  let juIdx = 0;
  for (const [t, nc, nj] of towns) {
    const list = [];
    for (let i = 0; i < nc; i++) {
      const base = vname();
      const r = rng();
      const cell = r < 0.7 ? base + "村委会" : r < 0.9 ? base + "村民委员会" : base + "村";
      list.push({ town: t, base, admin: true, cell });
    }
    for (let i = 0; i < nj; i++) {
      const base = JU[juIdx++];
      const cell = rng() < 0.6 ? base + "居委会" : base + "社区居委会";
      // insert 居委会 near the front for 街道 (urban first), at the end for 镇
      if (t.endsWith("街道")) list.splice(i, 0, { town: t, base, admin: false, cell });
      else list.push({ town: t, base, admin: false, cell });
    }
    villages.push(...list);
  }
  const admins = villages.filter((v) => v.admin);
  check(admins.length === 188, "188 admin");
  check(villages.length - admins.length === 36, "36 ju");

  // poor villages: 24, none in 梅菉街道; one designated in 兰石镇 (station only after cut-off)
  const ruralAdmins = admins.filter((v) => v.town !== "梅菉街道" && v.town !== "博铺街道");
  const lanshi = admins.filter((v) => v.town === "兰石镇");
  const pStar = lanshi[7];
  const poorPool = shuffle(
    rng,
    ruralAdmins.filter((v) => v !== pStar),
  );
  const poor = [pStar, ...poorPool.slice(0, 23)];
  poor.forEach((v) => (v.poor = true));
  admins.forEach((v) => {
    if (!v.poor) v.poor = false;
  });

  // coverage: 23 poor (all except pStar) + 118 non-poor
  const nonPoor = shuffle(
    rng,
    admins.filter((v) => !v.poor),
  );
  const coveredNonPoor = nonPoor.slice(0, 118);
  const uncoveredNonPoor = nonPoor.slice(118);
  check(uncoveredNonPoor.length === 46, "46 uncovered non-poor");
  coveredNonPoor.forEach((v) => (v.covered = true));
  poor.forEach((v) => {
    if (v !== pStar) v.covered = true;
  });
  const septVillage = uncoveredNonPoor[3]; // station opened 2021-09-08
  const noExpress = uncoveredNonPoor[10]; // 快递“否”
  check(septVillage !== noExpress, "distinct");
  const coveredCount = admins.filter((v) => v.covered).length;
  check(coveredCount === 141, "141 covered");

  const vSheet = {
    name: "附表1 村居名单",
    rows: [
      ["吴川市村（居）民委员会名单", null, null, null, null, null, null],
      ["数据来源：市民政局行政区划资料；省定相对贫困村以市乡村振兴局名单为准；快递进村情况经市邮政管理局核实（2021年8月）", null, null, null, null, null, null],
      ["序号", "镇（街道）", "村（居）委会名称", "类型", "是否省定相对贫困村", "快递是否进村", "备注"],
    ],
    merges: ["A1:G1", "A2:G2"],
  };
  let seq = 0;
  for (const [t] of towns) {
    const list = villages.filter((v) => v.town === t);
    const r0 = vSheet.rows.length + 1;
    list.forEach((v, i) => {
      seq++;
      let poorCell,
        exp,
        note = null;
      if (v.admin) {
        poorCell = v.poor ? "是" : "否";
        if (v === noExpress) {
          exp = "否";
          note = "偏远，快递需到镇上自提";
        } else exp = rng() < 0.15 ? "是（邮政）" : "是";
      } else {
        poorCell = "—";
        exp = "是";
      }
      vSheet.rows.push([seq, i === 0 ? t : null, v.cell, v.admin ? "村委会" : "居委会", poorCell, exp, note]);
    });
    const r1 = vSheet.rows.length;
    if (r1 > r0) vSheet.merges.push(`B${r0}:B${r1}`);
  }
  vSheet.rows.push([null, "合计", "村委会188个，居委会36个", null, "24个", null, null]);
  vSheet.rows.push(["注：“类型”栏村委会即行政村；居委会（社区）不参与省定贫困村认定，贫困村栏填“—”。", null, null, null, null, null, null]);
  vSheet.merges.push(`A${vSheet.rows.length}:G${vSheet.rows.length}`);

  // ---------------- stations
  const styles = ["real", "real", "dot", "cn", "slash", "dot", "compact", "short"];
  const pickStyle = () => styles[Math.floor(rng() * styles.length)];
  const namer = makeNamer(rng);
  function stationName(b, kind) {
    const k = Math.floor(rng() * 4);
    if (kind === "ju") return `${b}社区电商服务点`;
    return [`${b}村电商服务站`, `${b}村级电子商务服务站`, `吴川邮乐购${b}站`, `${b}村益农电商服务点`][k];
  }
  const stRows = [];
  const stationsExpected = []; // {village, opened}
  const second = new Set(
    shuffle(
      rng,
      admins.filter((v) => v.covered),
    ).slice(0, 3),
  );
  const juStations = [villages.find((v) => v.town === "梅菉街道" && !v.admin), villages.find((v) => v.town === "长岐镇" && !v.admin)];
  const stSheet = {
    name: "附表2 站点清单",
    rows: [
      ["吴川市村级电子商务服务站点清单", null, null, null, null, null, null, null, null, null, null, null],
      ["填报单位：吴川市商务局　　　　　　　　　　　　统计截至：2021年9月10日", null, null, null, null, null, null, null, null, null, null, null],
      ["序号", "镇（街道）", "站点名称", "所在村（居）", "站长", "联系电话", "挂牌时间", "服务内容", null, null, null, "备注"],
      [null, null, null, null, null, null, null, "网购代购", "农产品代销", "快递收发", "便民缴费", null],
    ],
    merges: ["A1:L1", "A2:L2", "H3:K3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "L3:L4"],
  };
  let sseq = 0;
  function pushStation(t, vcell, opened, note, kind) {
    sseq++;
    const style = pickStyle();
    const ticks = [rng() < 0.9 ? "✓" : null, rng() < 0.8 ? "✓" : null, "✓", rng() < 0.6 ? "✓" : null];
    const base = vcell.replace(/(村委会|村民委员会|村|社区居委会|居委会)$/, "");
    stSheet.rows.push([sseq, t, stationName(base, kind), vcell, namer(), phone(rng), dateAs(opened, style), ...ticks, note]);
    stationsExpected.push({ village: vcell, opened });
  }
  for (const [t] of towns) {
    const before = stSheet.rows.length;
    for (const v of villages.filter((x) => x.town === t)) {
      const stCell = (v) => (rng() < 0.6 ? v.base + "村" : v.base + "村委会");
      if (v.admin && v.covered) {
        pushStation(t, stCell(v), randDate(rng, "2020-03-10", "2021-08-25"), v.poor ? "省定贫困村" : null);
        if (second.has(v)) pushStation(t, v.base + "村", randDate(rng, "2020-09-01", "2021-08-20"), "同村第二个站点（圩镇商超）");
      } else if (v === pStar) {
        pushStation(t, v.base + "村", "2021-09-06", "省定贫困村；9月新挂牌");
      } else if (v === septVillage) {
        pushStation(t, v.base + "村委会", "2021-09-08", "新建");
      } else if (!v.admin && juStations.includes(v)) {
        pushStation(t, v.cell, randDate(rng, "2020-05-01", "2021-05-30"), "社区", "ju");
      }
    }
    if (t === "塘㙟镇") pushStation(t, "国营吴川农场", "2020-12-18", "农场生活区服务点");
    const n = stSheet.rows.length - before;
    stSheet.rows.push([null, `${t}小计`, `${n}个站点`, null, null, null, null, null, null, null, null, null]);
  }
  stSheet.rows.push([null, "合计", `${sseq}个站点`, null, null, null, null, null, null, null, null, null]);
  stSheet.rows.push(["注：挂牌时间以镇（街道）报送的挂牌照片日期为准；9月份新挂牌站点一并列出。", null, null, null, null, null, null, null, null, null, null, null]);
  stSheet.merges.push(`A${stSheet.rows.length}:L${stSheet.rows.length}`);
  check(sseq === 149, "149 stations, got " + sseq);
  // self-check coverage from the station rows
  const norm = (s) => s.replace(/(村委会|村民委员会|社区居委会|居委会|村)$/, "");
  const adminBase = new Map(admins.map((v) => [v.base, v]));
  const cov = new Set(),
    covPoor = new Set();
  for (const s of stationsExpected) {
    if (s.opened > CUT) continue;
    const v = adminBase.get(norm(s.village));
    if (!v) continue;
    cov.add(v.base);
    if (v.poor) covPoor.add(v.base);
  }
  check(cov.size === 141 && covPoor.size === 23, "coverage " + cov.size + "/" + covPoor.size);

  // ---------------- general training (sessions)
  const sess = [
    ["2019-12-18", "2019.12.18", 120, "农村电商基础知识（首期）", "长岐镇"],
    ["2020-01-09", D("2020-01-09"), 148, "网店开设与运营", "市电商中心"],
    ["2020-04-23", "2020年4月23日", 96, "疫情期间农产品线上销售", "市电商中心"],
    ["2020-05-14", "2020.5.14", 132, "微信小程序开店实操", "吴阳镇"],
    ["2020-06-12", "2020.6.11-12", 150, "电商创业带头人培训（两天）", "市电商中心"],
    ["2020-06-30", D("2020-06-30"), 110, "农产品包装与品牌", "黄坡镇"],
    ["2020-07-16", "2020年7月16日", 145, "短视频拍摄与剪辑", "市电商中心"],
    ["2020-07-29", "2020/7/29", 128, "直播带货入门", "覃巴镇"],
    ["2020-08-13", D("2020-08-13"), 160, "网络营销推广", "市电商中心"],
    ["2020-08-27", "2020.8.27", 142, "电商物流与快递", "塘㙟镇"],
    ["2020-09-10", "2020年9月10日", 150, "农村电商政策宣讲", "振文镇"],
    ["2020-09-24", D("2020-09-24"), 138, "拼多多店铺运营", "市电商中心"],
    ["2020-10-16", "2020.10.15-16", 170, "吴川月饼网销专题（两天）", "市电商中心"],
    ["2020-10-29", "2020.10.29", 116, "海产品冷链电商", "王村港镇"],
    ["2020-11-12", "2020年11月12日", 150, "直播带货进阶", "市电商中心"],
    ["2020-11-26", D("2020-11-26"), 122, "农产品电商标准化", "樟铺镇"],
    ["2020-12-10", "2020.12.10", 168, "年货节网络促销", "市电商中心"],
    ["2020-12-24", "2020/12/24", 134, "电商客服技巧", "浅水镇"],
    ["2021-01-14", "2021.1.14", 146, "社区团购与私域流量", "市电商中心"],
    ["2021-03-04", D("2021-03-04"), 158, "春季农产品上行", "兰石镇"],
    ["2021-03-18", "2021年3月18日", 127, "网店美工设计", "市电商中心"],
    ["2021-04-08", "21.4.8", 140, "抖音小店开设", "大山江街道"],
    ["2021-04-22", "2021.4.22", 150, "线上直播公开课（线上）", "线上"],
    ["2021-05-13", D("2021-05-13"), 118, "电商创业孵化", "市电商中心"],
    ["2021-05-27", "2021年5月27日", 136, "吴川羽绒制品网销", "兰石镇"],
    ["2021-06-10", "2021.6.10", 144, "618网络促销", "市电商中心"],
    ["2021-06-24", "2021/6/24", 121, "农村电商金融服务", "塘尾街道"],
    ["2021-07-08", D("2021-07-08"), 152, "直播间搭建实操", "市电商中心"],
    ["2021-07-22", "2021.7.22", 130, "农特产品品牌打造", "博铺街道"],
    ["2021-08-19", "2021年8月19日", 0, "电商人才提升班", "市电商中心"],
    ["2021-09-09", "2021.9.9", 160, "中秋网络促销", "市电商中心"],
  ];
  const sumFirst29 = sess.slice(0, 29).reduce((a, s) => a + s[2], 0);
  sess[29][2] = 4150 - sumFirst29;
  check(sess[29][2] >= 80 && sess[29][2] <= 250, "session 30 size " + sess[29][2]);
  const sessionPT = sess.filter((s) => s[0] <= CUT).reduce((a, s) => a + s[2], 0);
  check(sessionPT === 4150, "4150");
  const trSheet = {
    name: "附表3 普及培训",
    rows: [
      ["吴川市电子商务普及培训台账（按期次）", null, null, null, null, null, null, null],
      ["说明：贫困户专场培训另见附表4签到表，不在本表统计。", null, null, null, null, null, "单位：人次", null],
      ["期次", "培训时间", "培训地点", "培训主题", "培训对象", "参训人次", "承办单位", "备注"],
    ],
    merges: ["A1:H1", "A2:F2"],
  };
  sess.forEach((s, i) => {
    const obj = ["电商创业者、合作社", "农户、返乡青年", "镇村干部、站点站长", "电商企业员工"][i % 4];
    const pt = i % 5 === 3 ? `${s[2]}人次` : s[2];
    trSheet.rows.push([
      `第${i + 1}期`,
      s[1],
      s[4] === "线上" ? "线上（视频号直播）" : s[4] === "市电商中心" ? "市电商公共服务中心" : `${s[4]}政府会议室`,
      s[3],
      obj,
      pt,
      "广东粤西优品电子商务有限公司",
      s[0] > CUT ? "截止日后" : null,
    ]);
  });
  trSheet.rows.push(["合计", null, null, null, null, sess.reduce((a, s) => a + s[2], 0), null, null]);

  // ---------------- poor roster + special sign-ins
  const idGen = makeIdGen("440883", rng);
  const persons = [];
  const cats = shuffle(rng, [...Array(300).fill("E"), ...Array(60).fill("M"), ...Array(140).fill("N")]);
  function birthFor(cat) {
    if (cat === "E") return randDate(rng, "1958-01-01", "2002-12-31");
    if (cat === "M") return randDate(rng, "1975-01-01", "2002-12-31");
    const r = rng();
    if (r < 0.45) return randDate(rng, "1932-01-01", "1955-12-31");
    if (r < 0.75) return randDate(rng, "2006-01-01", "2015-12-31");
    return randDate(rng, "1960-01-01", "1992-12-31");
  }
  const poorVillBases = poor.map((v) => v);
  const otherVill = admins.filter((v) => !v.poor);
  let ci = 0,
    hh = 0;
  while (ci < 500) {
    hh++;
    const size = Math.min(500 - ci, [1, 2, 2, 3, 3, 4, 4, 5][Math.floor(rng() * 8)]);
    const vill = rng() < 0.75 ? poorVillBases[Math.floor(rng() * poorVillBases.length)] : otherVill[Math.floor(rng() * otherVill.length)];
    const mem = [];
    for (let k = 0; k < size; k++) {
      const cat = cats[ci++];
      mem.push({ cat, birth: birthFor(cat), male: rng() < 0.5 });
    }
    // head: oldest adult aged 20-80 preferred
    mem.sort((a, b) => (a.birth < b.birth ? -1 : 1));
    let hi = mem.findIndex((m) => m.birth >= "1941-01-01" && m.birth <= "2000-12-31");
    if (hi < 0) hi = 0;
    const head = mem.splice(hi, 1)[0];
    mem.unshift(head);
    const surname = SURN[Math.floor(rng() * SURN.length)];
    let spouse = false;
    mem.forEach((m, k) => {
      m.hh = hh;
      m.village = vill;
      let rel;
      if (k === 0) rel = "户主";
      else {
        const diff = Number(m.birth.slice(0, 4)) - Number(head.birth.slice(0, 4));
        if (diff >= 38) rel = m.male ? "之孙子" : "之孙女";
        else if (diff >= 17) rel = m.male ? "之子" : "之女";
        else if (diff <= -17) rel = m.male ? "之父" : "之母";
        else if (!spouse) {
          rel = "配偶";
          spouse = true;
          m.male = !head.male;
        } else rel = m.male ? "之兄弟" : "之姐妹";
      }
      m.rel = rel;
      m.name =
        (rel === "配偶" || rel === "之母" ? SURN[Math.floor(rng() * SURN.length)] : surname) +
        GIV[Math.floor(rng() * GIV.length)] +
        (rng() < 0.7 ? GIV[Math.floor(rng() * GIV.length)] : "");
      m.id = idGen(m.birth, m.male);
      if (m.cat === "N") {
        const adult = m.birth >= "1956-01-01" && m.birth <= "2005-12-31";
        m.labour = adult ? "丧失劳动能力" : "无劳动能力";
        m.work = "/";
      } else {
        m.labour = "有劳动能力";
        m.work = m.cat === "M" ? "外出务工" : rng() < 0.6 ? "在家务农" : "本地务工";
      }
      m.place = m.cat === "M" ? ["广州市", "深圳市", "东莞市", "佛山市", "湛江市赤坎区"][Math.floor(rng() * 5)] : null;
      persons.push(m);
    });
  }
  check(persons.length === 500, "500 persons");
  const E = persons.filter((p) => p.cat === "E"),
    M = persons.filter((p) => p.cat === "M"),
    N = persons.filter((p) => p.cat === "N");
  check(E.length === 300 && M.length === 60 && N.length === 140, "cats");

  const pSheet = {
    name: "附表5 贫困人口名单",
    rows: [
      ["吴川市建档立卡贫困人口名单（劳动力状况）", null, null, null, null, null, null, null, null, null, null],
      ["数据来源：吴川市乡村振兴局（国扶系统，2021年7月更新）", null, null, null, null, null, null, null, null, null, null],
      ["序号", "镇（街道）", "村", "户编号", "姓名", "与户主关系", "性别", "身份证号码", "劳动能力", "务工状况", "务工地点"],
    ],
    merges: ["A1:K1", "A2:K2"],
  };
  persons.forEach((p, i) => {
    pSheet.rows.push([
      i + 1,
      p.village.town,
      p.village.base + "村",
      `WC${String(p.hh).padStart(4, "0")}`,
      p.name,
      p.rel,
      p.male ? "男" : "女",
      p.id,
      p.labour,
      p.work,
      p.place,
    ]);
  });
  pSheet.rows.push(["注：劳动能力、务工状况按国扶系统口径；“/”为无劳动能力人员，不填务工状况。", null, null, null, null, null, null, null, null, null, null]);
  pSheet.merges.push(`A${pSheet.rows.length}:K${pSheet.rows.length}`);

  // sign-ins
  const Es = shuffle(rng, E);
  const T = Es.slice(0, 132),
    EnotT = Es.slice(132);
  const twice = T.slice(0, 30),
    maskedP = T.slice(30, 38);
  const NE = [
    ...shuffle(rng, M).slice(0, 12),
    ...shuffle(
      rng,
      N.filter((p) => p.labour === "丧失劳动能力"),
    ).slice(0, 8),
  ];
  check(NE.length === 20, "20 non-eligible");
  const idGen2 = makeIdGen("440883", mulberry32(777));
  const NP = [];
  for (let i = 0; i < 40; i++) {
    const male = rng() < 0.5;
    const b = randDate(rng, "1970-01-01", "2001-12-31");
    let id;
    do {
      id = idGen2(b, male);
    } while (persons.some((p) => p.id === id));
    NP.push({ name: namer(), male, id, village: admins[Math.floor(rng() * admins.length)], np: true });
  }
  const sessions = [[], [], [], [], [], []];
  const sAt = (p, s) => sessions[s].push({ p, masked: false });
  for (const p of T) {
    if (twice.includes(p)) {
      const s = Math.floor(rng() * 3);
      sAt(p, s === 0 ? 0 : s === 1 ? 1 : 2);
      sAt(p, (s === 0 ? 0 : s === 1 ? 1 : 2) + 3);
    } else if (maskedP.includes(p)) {
      sAt(p, [0, 1, 2, 4, 5][Math.floor(rng() * 5)]);
      sessions[3].push({ p, masked: true });
    } else sAt(p, Math.floor(rng() * 6));
  }
  for (const p of NE) sAt(p, Math.floor(rng() * 6));
  for (const p of NP) sAt(p, Math.floor(rng() * 6));
  const total = sessions.reduce((a, s) => a + s.length, 0);
  check(total === 230, "230 sign-ins");
  const after = [...EnotT.slice(0, 8), ...T.slice(40, 44)].map((p) => ({ p, masked: false }));
  // self-check trained / eligible
  const eligibleIds = new Set(E.map((p) => p.id));
  const trainedIds = new Set();
  sessions.forEach((s) =>
    s.forEach((r) => {
      if (!r.masked && eligibleIds.has(r.p.id)) trainedIds.add(r.p.id);
    }),
  );
  check(trainedIds.size === 132, "132 trained, got " + trainedIds.size);
  sessions.forEach((s) => {
    const ids = s.map((r) => r.p.id);
    check(new Set(ids).size === ids.length, "no dup in a session");
  });

  const sdates = [
    ["2020-10-22", "2020年10月22日", "吴阳镇政府三楼会议室"],
    ["2020-12-03", D("2020-12-03"), "长岐镇政府会议室"],
    ["2021-01-21", "2021.1.21", "市电商公共服务中心"],
    ["2021-04-16", "2021年4月15日—16日", "覃巴镇党群服务中心"],
    ["2021-06-17", "2021/6/17", "振文镇政府会议室"],
    ["2021-08-05", "2021.8.5", "市电商公共服务中心"],
    ["2021-09-15", "2021年9月15日", "兰石镇政府会议室"],
  ];
  const sgSheet = {
    name: "附表4 贫困户专场签到",
    rows: [
      ["吴川市建档立卡贫困户电子商务专场培训签到汇总表", null, null, null, null, null, null, null, null, null],
      ["（按签到表原件录入；第4期部分学员身份证号由镇公示名单抄录，已脱敏）", null, null, null, null, null, null, null, null, null],
      ["期次", "培训日期", "序号", "姓名", "性别", "身份证号码", "镇（街道）", "村（居）", "是否建档立卡贫困户", "签名"],
    ],
    merges: ["A1:J1", "A2:J2"],
  };
  let lowerX = 0,
    spaced = 0;
  const allS = [...sessions, after];
  allS.forEach((s, si) => {
    const rows = shuffle(rng, s);
    const r0 = sgSheet.rows.length + 1;
    rows.forEach((r, k) => {
      const p = r.p;
      let idCell = p.id;
      if (r.masked) idCell = p.id.slice(0, 6) + "********" + p.id.slice(14);
      else if (p.id.endsWith("X") && lowerX < 2) {
        idCell = p.id.slice(0, 17) + "x";
        lowerX++;
      } else if (!p.np && spaced < 1 && si === 2) {
        idCell = p.id.slice(0, 6) + " " + p.id.slice(6, 14) + " " + p.id.slice(14);
        spaced++;
      }
      sgSheet.rows.push([
        k === 0 ? `专场第${si + 1}期` : null,
        k === 0 ? sdates[si][1] : null,
        k + 1,
        p.name,
        p.male ? "男" : "女",
        idCell,
        p.village.town,
        p.village.base + "村",
        p.np ? "否" : "是",
        "（已签）",
      ]);
    });
    const r1 = sgSheet.rows.length;
    sgSheet.merges.push(`A${r0}:A${r1}`, `B${r0}:B${r1}`);
    sgSheet.rows.push([null, null, "小计", `实到${rows.length}人`, null, null, `地点：${sdates[si][2]}`, null, null, null]);
    sgSheet.rows.push([null, null, null, null, null, null, null, null, null, null]);
  });
  // make sure at least one lowercase x appeared (else force on a plain 18-char id ending X) — realism only
  const signInPT = sessions.reduce((a, s) => a + s.length, 0);

  // ---------------- enterprises
  const ent = [
    ["吴川市粤西优品电子商务有限公司", "平台型", "2020-11-18", D("2020-11-18"), null, null, "中心及产业园运营方"],
    ["吴川市鉴江农产品网络销售有限公司", "销售型", "2020-11-20", "2020.11.20", null, null, null],
    ["湛江市吴阳海味电子商务有限公司", "销售型", "2020-11-25", "2020年11月25日", null, null, null],
    ["吴川市建华网络科技有限公司", "电商运营服务商", "2020-12-01", D("2020-12-01"), null, null, "代运营"],
    ["中国邮政集团有限公司吴川市分公司", "物流快递", "2020-12-08", "2020.12.8", null, null, "电商仓配"],
    ["吴川市兰石羽绒制品网销部", "销售型", "2020-12-15", "2020/12/15", null, null, "个体工商户"],
    ["吴川市塘㙟月饼电子商务有限公司", "销售型", "2020-12-22", D("2020-12-22"), null, null, null],
    ["吴川市梅菉网红直播有限公司", "直播电商", "2021-01-06", "2021.1.6", null, null, "2021年5月更名为吴川市梅菉直播电商有限公司"],
    ["湛江市优农冷链物流有限公司", "物流快递", "2021-01-12", "2021年1月12日", null, null, "冷链"],
    ["吴川市振文番薯网销专业合作社", "销售型", "2021-01-19", D("2021-01-19"), null, null, null],
    ["吴川市博铺鞋业电子商务有限公司", "销售型", "2021-02-02", "2021.2.2", null, null, null],
    ["广东吴川云仓供应链管理有限公司", "仓储物流", "2021-03-01", D("2021-03-01"), null, null, null],
    ["吴川市乐购生活平台科技有限公司", "平台型", "2021-03-09", "2021.3.9", null, null, "本地生活平台"],
    ["吴川市黄坡农副产品电子商务有限公司", "销售型", "2020-12-10", "2020.12.10", "2021-03-31", "2021.3.31", "经营不善退园"],
    ["吴川市小鲜网络科技有限公司", "电商运营服务商", "2021-03-22", "2021年3月22日", null, null, null],
    ["吴川市覃巴海产品网销有限公司", "销售型", "2021-01-08", D("2021-01-08"), "2021-06", "2021年6月", "迁出园区"],
    ["吴川市快拍摄影设计工作室", "摄影美工服务", "2021-04-06", "2021.4.6", null, null, "收费服务"],
    ["吴川市长岐电商创业孵化有限公司", "电商运营服务商", "2021-04-20", D("2021-04-20"), null, null, null],
    ["吴川市浅水虾苗网销有限公司", "销售型", "2021-05-06", "2021.5.6", "2021-09-20", "2021.9.20", "9月退园"],
    ["吴川市王村港海鲜电子商务有限公司", "销售型", "2021-06-15", "2021年6月15日", null, null, null],
    ["吴川市吉兆湾旅游电商有限公司", "销售型", "2021-07-12", D("2021-07-12"), null, null, null],
    ["吴川市梅菉直播电商有限公司", "直播电商", "2021-05-10", "2021.5.10", null, null, "更名（原吴川市梅菉网红直播有限公司），同一企业"],
    ["吴川市樟铺农业科技有限公司", "销售型", "2021-09-03", "2021.9.3", null, null, "9月新入驻"],
  ];
  const codeOf = {};
  const usedCodes = new Set();
  function newCode(prefix) {
    for (;;) {
      let s = prefix;
      while (s.length < 17) s += UC.replace(/[IOSVZ]/g, "")[Math.floor(rng() * 30)];
      const c = uscc(s);
      if (!usedCodes.has(c)) {
        usedCodes.add(c);
        return c;
      }
    }
  }
  const enSheet = {
    name: "附表6 入驻企业",
    rows: [
      ["吴川市电子商务产业园入驻企业名单", null, null, null, null, null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "企业类型", "主营业务", "入驻时间", "退出时间", "备注"],
    ],
    merges: ["A1:H1"],
  };
  const mainBiz = {
    平台型: "电商平台运营",
    销售型: "农特产品网络销售",
    电商运营服务商: "网店代运营、培训",
    物流快递: "快递物流",
    直播电商: "直播带货",
    仓储物流: "仓储配送",
    摄影美工服务: "商品摄影、美工设计",
  };
  ent.forEach((e, i) => {
    let code;
    if (i === 21) code = codeOf["吴川市梅菉网红直播有限公司"];
    else code = newCode(e[0].includes("个体") || e[6] === "个体工商户" ? "92440883MA5" : e[0].includes("合作社") ? "93440883MA5" : "91440883MA5");
    codeOf[e[0]] = code;
    enSheet.rows.push([i + 1, e[0], code, e[1], mainBiz[e[1]], e[3], e[5], e[6]]);
  });
  // self-check park count at cut-off
  const atCut = new Set();
  ent.forEach((e) => {
    if (e[2] <= CUT && !(e[4] && e[4] <= "2021-08")) atCut.add(codeOf[e[0]]);
  });
  check(atCut.size === 19, "19 enterprises at cut-off, got " + atCut.size);

  // ---------------- funds
  const fundSecs = [
    [
      "一、县级电子商务公共服务中心建设及运营",
      "广东粤西优品电子商务有限公司",
      1200000,
      [
        ["2020-07-15", D("2020-07-15"), 358600, "记-0712"],
        ["2020-11-30", "2020.11.30", 478150, "记-1136"],
        ["2021-06-18", "2021年6月18日", 239075, "记-0621"],
      ],
    ],
    [
      "二、村级电商服务站点建设",
      "吴川市邮政分公司",
      1500000,
      [
        ["2020-08-20", "20200820", 449400, "记-0826"],
        ["2020-12-25", D("2020-12-25"), 524300, "记-1258"],
        ["2021-04-28", "2021.4.28", 299600, "记-0433"],
        ["2021-09-10", "2021.9.10", 224700, "记-0915"],
      ],
    ],
    [
      "三、县镇村物流配送体系建设",
      "湛江市优农冷链物流有限公司",
      980000,
      [
        ["2020-09-25", "2020年9月25日", 292680, "记-0931"],
        ["2021-01-20", D("2021-01-20"), 390240, "记-0118"],
      ],
    ],
    [
      "四、农村电商人才培训",
      "广东粤西优品电子商务有限公司",
      420000,
      [
        ["2020-10-15", "2020.10.15", 125400, "记-1022"],
        ["2021-03-12", D("2021-03-12"), 167200, "记-0315"],
        ["2021-08-27", "2021/8/27", 83600, "记-0830"],
      ],
    ],
    [
      "五、农产品上行及品牌推广",
      "吴川市建华网络科技有限公司",
      560000,
      [
        ["2020-12-10", "2020.12.10", 165900, "记-1119"],
        ["2021-05-20", "2021年5月20日", 221200, "记-0527"],
      ],
    ],
    ["六、农产品冷链及溯源系统", "湛江市优农冷链物流有限公司", 340000, [["2021-08-16", D("2021-08-16"), 101415, "记-0820"]]],
  ];
  const fuSheet = {
    name: "附表7 资金台账",
    rows: [
      ["吴川市省级电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null, null, null, null],
      ["下达资金：省级专项资金500万元（粤财工〔2019〕xx号）", null, null, null, null, null, null, "单位：元", null],
      ["序号", "拨付日期", "项目名称", "承建单位", "合同金额", "本次拨付金额", "该项目累计拨付", "凭证号", "备注"],
    ],
    merges: ["A1:I1", "A2:G2"],
  };
  let fseq = 0,
    cum = 0,
    spentCut = 0,
    grand = 0;
  for (const [title, firm, contract, pays] of fundSecs) {
    fuSheet.rows.push([title, null, null, null, null, null, null, null, null]);
    fuSheet.merges.push(`A${fuSheet.rows.length}:I${fuSheet.rows.length}`);
    let sub = 0;
    cum = 0;
    pays.forEach((p, k) => {
      fseq++;
      cum += p[2];
      sub += p[2];
      grand += p[2];
      if (p[0] <= CUT) spentCut += p[2];
      const amt = fseq % 3 === 1 ? yuan(p[2]) : p[2];
      fuSheet.rows.push([
        fseq,
        p[1],
        k === 0 ? title.replace(/^[一二三四五六]、/, "") : "〃",
        firm,
        k === 0 ? contract : null,
        amt,
        cum,
        p[3],
        p[0] > CUT ? "截止日后拨付" : null,
      ]);
    });
    fuSheet.rows.push([null, "小计", null, null, contract, sub, null, null, null]);
  }
  fuSheet.rows.push([null, "合计", null, null, 5000000, grand, null, null, null]);
  fuSheet.rows.push(["制表：吴川市商务局财务室　　复核：市财政局经建股", null, null, null, null, null, null, null, null]);
  check(spentCut === 3896760, "spent " + spentCut);

  // ---------------- reports
  const repDates = [
    "2020-07-06",
    "2020-08-05",
    "2020-09-04",
    "2020-10-09",
    "2020-11-05",
    "2020-12-04",
    "2021-01-06",
    "2021-02-03",
    "2021-03-04",
    "2021-04-06",
    "2021-05-08",
    "2021-06-04",
    "2021-07-05",
    "2021-08-04",
    "2021-09-03",
  ];
  const reSheet = {
    name: "附表8 月报登记",
    rows: [
      ["吴川市电子商务进农村工作月报报送登记表", null, null, null, null, null, null],
      ["序号", "所属月份", "报送日期", "报送内容", "报送方式", "是否含电商扶贫统计", "经办人"],
    ],
    merges: ["A1:G1"],
  };
  repDates.forEach((d, i) => {
    const [y, m] = ymd(d);
    const pm = m === 1 ? 12 : m - 1,
      py = m === 1 ? y - 1 : y;
    reSheet.rows.push([
      i + 1,
      `${py}年${pm}月`,
      D(d),
      `${pm}月份电子商务进农村工作进展、统计数据`,
      i % 4 === 2 ? "粤政易" : "电子邮件",
      d >= "2020-10-01" ? "是" : "否",
      "黄××",
    ]);
  });

  // ---------------- disclosures
  const disc = [
    ["2020-06-28", "吴川市电子商务进农村综合示范县创建工作方案", "创建方案"],
    ["2020-07-15", "吴川市电子商务进农村综合示范项目基本信息公示", "项目公示"],
    ["2020-08-26", "项目建设进度（2020年8月）", "建设进度"],
    ["2020-09-23", "项目建设进度（2020年9月）", "建设进度"],
    ["2020-10-27", "项目建设进度（2020年10月）", "建设进度"],
    ["2020-11-25", "市电子商务公共服务中心投入运营", "工作动态"],
    ["2020-12-29", "项目建设进度（2020年12月）", "建设进度"],
    ["2021-01-26", "项目建设进度（2021年1月）", "建设进度"],
    ["2021-03-10", "项目建设进度（2021年2月）", "建设进度"],
    ["2021-03-30", "项目建设进度（2021年3月）", "建设进度"],
    ["2021-04-27", "项目建设进度（2021年4月）", "建设进度"],
    ["2021-05-28", "项目建设进度（2021年5月）", "建设进度"],
    ["2021-06-29", "项目建设进度（2021年6月）", "建设进度"],
    ["2021-07-27", "项目建设进度（2021年7月）", "建设进度"],
    ["2021-08-26", "项目建设进度（2021年8月）", "建设进度"],
  ];
  const diSheet = {
    name: "附表9 专栏更新",
    rows: [
      ["吴川市人民政府网站“电子商务进农村综合示范”专栏更新记录", null, null, null, null],
      ["专栏地址：http://www.gdwc.gov.cn/ztzl/dzswjnc/　　监督举报电话：0759-5555xxx", null, null, null, null],
      ["序号", "发布日期", "信息标题", "子栏目", "备注"],
    ],
    merges: ["A1:E1", "A2:E2"],
  };
  disc.forEach((d, i) => diSheet.rows.push([i + 1, i % 3 === 0 ? D(d[0]) : d[0].replace(/-0?/g, ".").replace(/^(\d{4})\./, "$1."), d[1], d[2], null]));
  const discMonths = new Set(disc.map((d) => d[0].slice(0, 7)).filter((m) => m >= "2020-09" && m <= "2021-08"));
  check(discMonths.size === 11 && !discMonths.has("2021-02"), "disclosure months");

  // ---------------- media
  const meSheet = {
    name: "附表10 宣传报道",
    rows: [
      ["吴川市电子商务进农村宣传报道统计表", null, null, null, null, null, null],
      ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "报道标题", "是否电商扶贫典型案例"],
      [1, "2020.10.22", "吴川发布（吴川市融媒体中心）", "县级", "网络", "吴川月饼“触网”销往全国", "否"],
      [2, D("2020-12-15"), "南方+客户端", "省级", "网络", "吴川：电商服务站开到家门口", "否"],
      [3, "2021年1月8日", "吴川电视台《吴川新闻》", "县级", "电视", "我市举办年货节网络促销活动", "否"],
      [4, D("2021-04-21"), "广东广播电视台珠江频道《珠江新闻眼》", "省级", "电视", "贫困户直播卖海鸭蛋 日销千单", "是"],
      [5, "2021.6.30", "吴川市融媒体中心", "县级", "网络", "吴川电商人才培训成效显著", "否"],
      [6, "2021.9.12", "湛江日报", "市级", "报纸", "吴川电商进农村两年见实效", "否"],
    ],
    merges: ["A1:G1"],
  };
  // ---------------- materials
  const maSheet = {
    name: "附表11 经验材料",
    rows: [
      ["经验材料报送登记", null, null, null, null],
      ["序号", "报送日期", "材料标题", "报送对象", "报送方式"],
      [1, D("2021-03-25"), "吴川市“电商+月饼”带动农户增收的做法", "湛江市商务局", "公文（吴商函〔2021〕21号）"],
      [2, "2021年7月16日", "吴川市电商扶贫典型案例：海鸭蛋直播助农", "湛江市商务局", "电子邮件"],
    ],
    merges: ["A1:E1"],
  };

  // ---------------- the facts sheet: Word 目录 pasted into Excel
  const toc = {
    name: "报告目录",
    rows: [
      ["吴川市2019年省级电子商务进农村综合示范创建", null],
      ["自　评　报　告", null],
      ["（数据截至2021年8月31日）", null],
      ["吴川市商务局　　2021年9月", null],
      [null, null],
      ["目　　录", null],
      [null, null],
      ["前言", 1],
      ["一、吴川市基本情况", 1],
      ["（一）辖5个街道、10个镇，常住人口92.73万人（第七次全国人口普查）", 1],
      ["（二）村（居）委会224个，其中行政村188个、社区（居委会）36个；省定相对贫困村24个", 2],
      ["（三）有劳动能力的建档立卡贫困人口（不含外出务工人员）300人", 2],
      ["二、加强组织领导与统筹协调", 3],
      ["（一）成立以市长为组长，市商务局、市财政局、市农业农村局、市乡村振兴局等14个单位为成员的领导小组", 3],
      ["（二）2019年12月正式印发《吴川市电子商务进农村综合示范县创建工作方案》", 4],
      ["（三）出台《吴川市支持农村电子商务发展若干措施》", 4],
      ["（四）建立项目管理制度和项目建设工作台账", 5],
      ["三、县域电子商务公共服务体系建设", 6],
      ["（一）市电子商务公共服务中心于2020年11月18日投入运营", 6],
      ["（二）中心免费提供培训场所和设备、农特产品展示展销、统一推广和品牌指导及其他衍生增值服务", 7],
      ["（三）免费摄影、美工服务尚未开展（目前按成本价收费）", 7],
      ["（四）整合建设吴川市电子商务产业园，已签约入驻企业22家", 8],
      ["（五）村级电商服务站点覆盖141个行政村，24个省定贫困村全覆盖", 9],
      ["四、农村产品上行", 10],
      ["（一）引入专业第三方运营服务商（广东粤西优品电子商务有限公司）运营中心和产业园", 10],
      ["（二）行政村物流快递覆盖率达100%", 11],
      ["（三）2020年农村网络零售额18.62亿元，同比增长27.4%", 11],
      ["（四）2020年农产品网络零售额4.15亿元，同比增长33.8%", 12],
      ["五、电子商务人才培训", 13],
      ["（一）开展普及培训30期、贫困户专场6期，累计4,380人次", 13],
      ["（二）建档立卡贫困人口参训132人，培训率44%", 14],
      ["六、信息公开与数据报送", 15],
      ["（一）市政府门户网站设立“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、建设进度，开通监督举报窗口", 15],
      ["（二）每月向湛江市商务局报送工作进展，统计电商扶贫数据", 16],
      ["七、宣传推广", 17],
      ["（一）向湛江市商务局报送经验材料2篇", 17],
      ["（二）南方+、广东广播电视台、吴川市融媒体中心等媒体宣传报道", 17],
      ["八、资金管理与使用", 18],
      ["（一）省级专项资金500万元，截至2021年8月31日累计拨付389.676万元，支出率77.9%", 18],
      ["（二）制定《吴川市电子商务进农村综合示范专项资金管理办法》，项目承建方建立资金专用台账", 19],
      ["（三）项目总体进度85%", 19],
      ["九、自评情况（自评合计89分）", 20],
      ["（一）方案制定自评2分，政策支持自评1分，项目管理制度自评2分，工作台账自评2分", 20],
      ["（二）网销调研自评2分，网络促销活动自评2分，交易标准与冷链溯源自评1分", 21],
      ["（三）资金管理制度自评5分，资金台账自评4分，资金及时拨付自评4分", 21],
      ["（四）未发生安全生产、质量事故和重大损失，无弄虚作假", 22],
      ["十、存在问题及下步工作", 22],
      ["附件：考评台账（附表1—附表11）", 23],
    ],
    merges: ["A1:B1", "A2:B2", "A3:B3", "A4:B4", "A6:B6"],
  };

  const ptTotal = sessionPT + signInPT;
  check(ptTotal === 4380, "4380");
  check(1000 * ptTotal >= 500000 * 8 && 1000 * ptTotal < 500000 * 10, "0.8%-1%");
  check(132 * 100 >= 300 * 40 && 132 * 100 < 300 * 50, "40-50%");
  check(spentCut * 10 >= 5000000 * 7, ">=70%");

  const points = {
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 1,
    "org.management": 4,
    "work.center": 12,
    "work.coverage": 8,
    "work.upward": 8,
    "work.training": 16,
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
  };
  const scored = Object.entries(points)
    .filter(([k]) => !k.startsWith("bonus.") && !k.startsWith("veto."))
    .reduce((a, [, v]) => a + v, 0);
  const bonus = points["bonus.poorTraining"] + points["bonus.tvCase"];
  check(scored === 82 && bonus === 1, "82 + 1");

  const sheets = [toc, vSheet, stSheet, trSheet, sgSheet, pSheet, enSheet, fuSheet, reSheet, diSheet, meSheet, maSheet];
  out("counties", "b69-c1-wuchuan.json", {
    description:
      "吴川市（湛江）商务局整本考评工作簿（12个表：报告目录、附表1—附表11）。事实表不是填报表，而是《自评报告》的Word自动目录原样粘进Excel：标题块下“目　　录”，一行一个标题，A列是两级标题（“一、”级和“（一）”级，按政府报告“标题即结论”的写法，事实都写在标题里：常住人口、村居和贫困村数、领导小组、方案政策、中心运营日期与免费服务、产业园、上行、培训、专栏、资金、总体进度、判断项自评分、否决声明），制表位引导线粘贴时被当作分列符，B列只剩页码（数字，不是任何数据）；“已签约入驻企业22家”“24个省定贫困村全覆盖”“快递覆盖率100%”“自评合计89分”是县里的说法，以台账为准。台账：村居名单（镇纵向合并、村委会/居委会类型列、贫困村是/否/—、快递列一村“否”）、站点清单（两行表头服务内容✓、每镇小计、日期六种写法、同村两站、社区站、不在名单的农场服务点、9月挂牌两站）、普及培训按期人次（两天班按结束日、一格“人次”文本、9月一期）、贫困户专场签到（期次和日期纵向合并、每期小计行、部分身份证脱敏、小写x、带空格）、贫困人口名单500人、入驻企业（更名重复一行、两家截止日前退园、一家9月退园、一家9月入驻）、资金台账（元、分节小计、累计列、千分位文本、9月一笔）、月报登记、专栏更新（缺2021年2月）、宣传报道（湛江日报在截止日后）、经验材料。中等偏上（83分，含加分1分，未否决；县自评89分）。",
    sheets,
    expect: { asOf: "2021-08-31", total: 83, bonus: 1, vetoed: false, points },
    derivation: [
      "org.leadership: 目录二（一）“以市长为组长，市商务局、市财政局、市农业农村局、市乡村振兴局等为成员” → 主要领导牵头且商务、财政、农业农村、乡村振兴齐全 → 2",
      "org.plan: 二（二）2019年12月正式印发工作方案；九（一）方案制定自评2分 → 2",
      "org.policy: 二（三）已出台《若干措施》；九（一）政策支持自评1分 → 1",
      "org.management: 九（一）项目管理制度自评2分 + 工作台账自评2分 → 4",
      "work.center: 中心2020-11-18运营（≤2021-08-31，且≤2021-02-28）2+2；免费培训2、展示1、品牌1、其他增值1（三（二））；摄影美工“尚未开展（按成本价收费）”→0；产业园已建2；截止日在园企业：附表6共23行，第22行与第8行信用代码相同（更名），第23行2021-09-03入驻不计，第14行2021-03-31、第16行2021年6月退园 → 21−2=19家 <20 → 0（目录“22家”不采信）；类型平台型/销售型/运营服务商/物流等≥3 → 1；合计 2+2+2+1+0+1+1+2+0+1 = 12",
      "work.coverage: 附表1行政村188个（居委会36个不计），截止日前有站点的行政村141个：141/188 = 75.0% ≥70% → 5；省定贫困村24个，兰石镇一村站点2021-09-06挂牌在截止日后，覆盖23/24 = 95.8%（80%–100%）→ 3；农场服务点不在名单、社区站点不计；合计 8",
      "work.upward: 网销调研自评2 + 网络促销自评2 + 第三方运营服务商1 + 快递：村居名单有快递列且一村“否” → 0（目录“100%”与台账不符，以台账为准）+ 交易标准与冷链溯源自评1 + 增速：农村27.4%未达30%，农产品33.8% ≥30% → 2；合计 8",
      "work.training: 人次 = 普及培训截止日前30期4,150人次 + 贫困户专场截止日前签到230行 = 4,380；÷ min(927,300, 500,000) = 0.876%（0.8%–1%）→ 8；贫困人口：名单500人中有劳动能力且非外出务工300人，截止日前签到中身份证可比对的其中132人（脱敏的8行另有完整身份证行，9月15日专场不计）→ 132/300 = 44%（40%–50%）→ 8；合计 16",
      "info.disclosure: 专栏公示方案、项目基本信息、建设进度，设监督举报窗口 → 2；更新记录2020-09—2021-08缺2021年2月 → 不定时 1；合计 3",
      "info.reporting: 月报登记2020-09—2021-08每月都有报送日期 → 3；登记表“是否含电商扶贫统计”有“是” → 3；合计 6",
      "promo.cases: 2021-03-25、2021-07-16向湛江市商务局报送经验材料 → 2",
      "promo.media: 截止日前有省级（南方+、广东广播电视台珠江频道）4 + 县级（吴川融媒体、吴川电视台）1；湛江日报2021-09-12在截止日后不计 → 5",
      "fund.system: 资金管理制度自评5分 → 5",
      "fund.ledger: 资金台账自评4分 → 4",
      "fund.spending: 截止日前拨付3,896,760.00元（2021-09-10一笔224,700元不计）÷ 5,000,000 = 77.9% ≥70% → 及时拨付自评4分 → 4",
      "bonus.poorTraining: 44% <70% → 0",
      "bonus.tvCase: 2021-04-21广东广播电视台珠江频道电视报道、标为电商扶贫典型案例（省级电视）→ 1",
      "veto.incident: 目录九（四）声明未发生安全生产、质量事故和重大损失 → 不否决",
      "veto.progress: 总体进度85% ≥40% → 不否决",
      "veto.fraud: 声明无弄虚作假 → 不否决",
      "total: 2+2+1+4+12+8+8+16+3+6+2+5+5+4+4 = 82，加分1 → 83",
    ],
  });
}

// ======================================================================
// 2. FACTS — f1 海丰县: 政务短信平台“已发送短信”导出
// ======================================================================
function factsSms() {
  const m1 =
    "【海丰县商务局】陈县长：海丰县省级电子商务进农村综合示范县考评数据（截至2021年8月31日）已核定：全县常住人口70.43万人（七普，户籍人口87.92万人），行政村212个、社区29个，省定贫困村21个。县领导小组由县委副书记、县长任组长，县商务局、财政局、农业农村局、乡村振兴局、市场监管局、邮政分公司为成员单位。专此报告。电商股";
  const m2a = "(1/3)【海丰县商务局】张科长：补报我县服务体系和上行数据。县电商公共服务中心2020年10月26日投入运营，免费提供培训场地及设备、农特产品展示展销、摄影美工、";
  const m2b =
    "(2/3)统一推广及品牌指导服务；县电商产业园已建成，由专业第三方（海丰县粤东优选电子商务有限公司）运营；行政村快递物流覆盖率100%。2020年农村网络零售额21.36亿元（2019年16.";
  const m2c = "(3/3)88亿元），农产品网络零售额3.92亿元（2019年3.27亿元）。";
  const m3 =
    "【海丰县商务局】陈县长：截至8月31日，全县累计开展电商培训6,215人次（按50万人基数占1.24%）；经县乡村振兴局确认，有劳动能力的建档立卡贫困人口（不含外出务工）2,864人，已参加电商培训1,309人。电商股";
  const m4 =
    "【海丰县商务局】陈县长：省级专项资金下达500万元，截至8月31日累计拨付412.6万元，拨付率82.5%，项目总体进度90%。已制定《海丰县电子商务进农村综合示范专项资金管理办法》，各承建单位均建立资金专用台账。";
  const m5 =
    "【海丰县商务局】林科长：县政府门户网站“电子商务进农村”专栏已公示创建方案、项目基本信息和项目建设进度，并设监督举报电话0660-6xxxxxx。每月按时向汕尾市商务局报送工作进展，已统计电商扶贫数据。";
  const m6 =
    "【海丰县商务局】陈县长：创建工作方案已于2019年12月正式印发（海府办函〔2019〕418号），出台《海丰县支持农村电子商务发展若干措施》。主观项拟自评：方案制定2分、政策支持2分、项目管理制度2分、工作台账2分、资金管理制度5分、资金台账5分、资金及时拨付4分。未发生安全生产、质量事故，不存在弄虚作假。";
  const m7 = "【海丰县商务局】张科长：8月份月报已通过邮箱报送。2021年1-8月全县农村网络零售额15.27亿元，同比增长12.6%；8月份开展培训3期286人次。";
  const m8 = "【海丰县商务局】更正：9月1日短信“已参加电商培训1,309人”含9月2日贫困户专场19人，按截至8月31日口径应为1,290人，其余数据不变。电商股";
  const rows = [
    ["海丰县商务局　政务短信平台　已发送短信查询结果", null, null, null, null, null, null, null, null],
    ["查询条件：发送时间 2021-09-01 00:00 至 2021-09-03 23:59　发送账号：hfswj_dsg（电商股）　共 12 条", null, null, null, null, null, null, null, null],
    ["序号", "批次号", "接收人", "接收号码", "短信内容", "提交时间", "发送状态", "计费条数", "操作员"],
    [1, "20210901093012", "县政府　陈县长", "138****2106", m1, "2021-09-01 09:30:12", "成功", 3, "黄晓玲"],
    [2, "20210901093012", "县府办　林科长", "137****5531", m1, "2021-09-01 09:30:12", "成功", 3, "黄晓玲"],
    [3, "20210901101545", "市商务局　张科长", "135****0978", m2a, "2021-09-01 10:15:45", "成功", 1, "黄晓玲"],
    [4, "20210901101545", "市商务局　张科长", "135****0978", m2b, "2021-09-01 10:15:45", "成功", 1, "黄晓玲"],
    [5, "20210901101545", "市商务局　张科长", "135****0978", m2c, "2021-09-01 10:15:46", "成功", 1, "黄晓玲"],
    [6, "20210901160233", "县政府　陈县长", "138****2106", m3, "2021-09-01 16:02:33", "成功", 2, "黄晓玲"],
    [7, "20210902100210", "县政府　陈县长", "138****2106", m4, "2021-09-02 10:02:10", "失败（用户关机）", 2, "黄晓玲"],
    [8, "20210902103518", "县政府　陈县长", "138****2106", m4, "2021-09-02 10:35:18", "成功", 2, "黄晓玲"],
    [9, "20210902111907", "县府办　林科长", "137****5531", m5, "2021-09-02 11:19:07", "成功", 2, "黄晓玲"],
    [10, "20210902152240", "县政府　陈县长", "138****2106", m6, "2021-09-02 15:22:40", "成功", 3, "黄晓玲"],
    [11, "20210903090501", "市商务局　张科长", "135****0978", m7, "2021-09-03 09:05:01", "成功", 2, "郑志强"],
    [12, "20210903143026", "县政府　陈县长", "138****2106", m8, "2021-09-03 14:30:26", "成功", 2, "黄晓玲"],
    ["说明：长短信超过67字时平台按“(n/m)”拆条记录，接收方手机上合并显示。", null, null, null, null, null, null, null, null],
  ];
  out("facts", "b69-f1-haifeng.json", {
    description:
      "海丰县（汕尾）商务局电商股把政务短信平台“已发送短信”查询结果导出当基础数据交：标题和查询条件两行，表头 序号|批次号|接收人|接收号码|短信内容|提交时间|发送状态|计费条数|操作员，一条短信一行，事实全在“【海丰县商务局】…”短信正文里。读法：同一条发给两人（第1、2行）或发送失败后重发（第7行“失败（用户关机）”、第8行成功）内容相同，只算一次；第3—5行是一条长短信按“(1/3)(2/3)(3/3)”拆成三行，必须拼起来读——2019年农村网络零售额“16.”与“88亿元”被拆在两行，是16.88亿元；第12行“更正”把参训贫困人口1,309人改为1,290人（截至8月31日口径）。陷阱：户籍人口87.92万人；社区29个；“按50万人基数占1.24%”“拨付率82.5%”是算出来的比率，不是输入；第11行2021年1-8月零售额、同比12.6%和8月份286人次都不是考评数据；提交时间和电话号码不是日期或数字事实。县委副书记、县长任组长，商务、财政、农业农村、乡村振兴齐全 → principal-all。未说中心“其他增值服务”，不列。",
    sheets: [{ name: "短信发送记录", rows, merges: ["A1:I1", "A2:I2", "A16:I16"] }],
    expect: {
      facts: {
        county: "海丰县",
        asOf: "2021-08-31",
        residentPopulation: 704300,
        adminVillagesStated: 212,
        poorVillagesStated: 21,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-10-26",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1688000000,
        ruralRetail2020: 2136000000,
        agriRetail2019: 327000000,
        agriRetail2020: 392000000,
        trainingPersonTimesStated: 6215,
        eligiblePoorPersonsStated: 2864,
        trainedPoorPersonsStated: 1290,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.9,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 2,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "fund.system": 5,
        "fund.ledger": 5,
        "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
}

// ======================================================================
// 3. FACTS — f2 罗定市: 钉钉“日志”导出（日报/周报，按提交时间倒序）
// ======================================================================
function factsDingTalk() {
  const L = [
    // [提交人, 提交时间, 模板, 今日完成, 未完成, 需协调, 本周完成, 下周计划, 评论]
    [
      "黄嘉欣",
      "2021-08-16 18:05",
      "日报",
      "1.开始整理考评基础数据（省考评截止日2021年8月31日）；\n2.常住人口先按《罗定统计年鉴2020》取88.92万人（2019年末数）；\n3.行政村287个、社区18个，省定贫困村31个（民政局、乡村振兴局口径）。",
      "领导小组调整文件未找到",
      "统计局七普分县数据",
      null,
      null,
      null,
    ],
    [
      "陈志豪",
      "2021-08-17 17:52",
      "日报",
      "1.核实市电商公共服务中心：2020年9月28日开门营业（揭牌照片、运营日志为证）；\n2.中心培训室和电脑设备在用，能办基础培训；农特产品展厅免费展示展销；摄影棚、美工对入驻主体免费开放；已组织“罗定稻米”“罗定肉桂”统一推广和品牌指导。",
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "黄嘉欣",
      "2021-08-18 18:30",
      "日报",
      "1.找到创建工作方案原件（罗府办〔2019〕37号，2019年11月正式印发）和《罗定市促进农村电子商务发展扶持办法》；\n2.领导小组调整文件已印发：市长任组长，市商务局、财政局、农业农村局、乡村振兴局、市场监管局、交通运输局、邮政分公司为成员单位。",
      null,
      null,
      null,
      null,
      "梁局长：好，文件复印两份装盒。",
    ],
    [
      "陈志豪",
      "2021-08-19 17:40",
      "日报",
      "1.产业园：罗定电商产业园（整合原物流园区）已挂牌运营；\n2.第三方运营：中心及产业园由广东南江电子商务有限公司专业运营；\n3.快递进村：邮政管理局数据行政村快递覆盖283/287，覆盖率98.6%，尚有4个村未通。",
      "4个未通快递村的情况说明",
      "邮政管理局出证明",
      null,
      null,
      null,
    ],
    [
      "黄嘉欣",
      "2021-08-20 18:10",
      "日报",
      "1.专栏检查：市政府网站“电子商务进农村”专栏已公示创建方案、项目基本信息、项目建设进度；\n2.专栏未设监督举报窗口，已联系网管。",
      "监督举报窗口待上线",
      "信息中心（网管）",
      null,
      null,
      null,
    ],
    [
      "黄嘉欣",
      "2021-08-23 17:55",
      "日报",
      "1.统计局回复：常住人口按七普90.57万人（户籍人口125.30万人），考评用七普数，16日日志里的88.92万作废；\n2.乡村振兴局确认：有劳动能力的建档立卡贫困人口（不含外出务工）3,540人。",
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "陈志豪",
      "2021-08-24 18:02",
      "日报",
      "1.商务厅平台数据：2020年农村网络零售额同比增长18.7%，农产品网络零售额同比增长31.2%。",
      "两年零售额绝对数待商务厅回复",
      null,
      null,
      null,
      null,
    ],
    ["黄嘉欣", "2021-08-27 17:35", "日报", "1.专栏已增设监督举报电话和邮箱（8月26日上线）；\n2.财政局核对：省级专项资金下达500万元。", null, null, null, null, null],
    [
      "陈志豪",
      "2021-08-27 18:20",
      "周报",
      null,
      null,
      null,
      "1.资金管理办法（罗商〔2020〕15号）已印发，各承建单位资金专用台账已收齐；\n2.主观项自评初稿（报局长审定）：方案制定2、政策支持1、项目管理制度2、工作台账2、网销调研1、网络促销2、交易标准及冷链溯源1、资金管理制度4、资金台账4、资金及时拨付3。",
      "迎检材料装盒；自评表定稿",
      "梁局长：主观分就按这个报。另：摄影棚是运营方按次收费的，不算免费，自评表上报“无”。",
    ],
    [
      "黄嘉欣",
      "2021-09-01 18:00",
      "日报",
      "1.培训人次：截至8月31日累计5,102人次（9月1日第28期216人次不计入考评）；\n2.参训建档立卡贫困人口1,652人（按身份证号去重）；\n3.财政局确认：截至8月31日累计拨付381.5万元。",
      null,
      null,
      null,
      null,
      null,
    ],
    ["陈志豪", "2021-09-02 17:45", "日报", "1.按局长意见，“免费摄影、美工服务”改报“无”；\n2.自评表、基础数据表定稿。", null, null, null, null, null],
    ["黄嘉欣", "2021-09-03 11:20", "日报", "1.罗定市考评基础数据（数据截至2021年8月31日）已报云浮市商务局。", null, null, null, null, "梁局长：收到。"],
  ];
  const rows = [
    [
      "日志数据导出　模板：日报、周报　范围：罗定市商务局／电商股　时间：2021-08-16 至 2021-09-03　导出人：梁××　导出时间：2021-09-03 17:48",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    ["序号", "提交人", "所在部门", "提交时间", "日志模板", "今日完成工作", "未完成工作", "需协调工作", "本周完成工作", "下周工作计划", "评论"],
  ];
  const desc = L.slice().reverse();
  desc.forEach((e, i) => rows.push([i + 1, e[0], "罗定市商务局/电商股", e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8]]));
  out("facts", "b69-f2-luoding.json", {
    description:
      "罗定市（云浮）商务局电商股交来的“事实表”是钉钉“日志”统计导出（WPS打开原样）：第1行导出信息，第2行表头 序号|提交人|所在部门|提交时间|日志模板|今日完成工作|未完成工作|需协调工作|本周完成工作|下周工作计划|评论，日报和周报两个模板混在一张表，各用各的列（周报一行只有“本周完成工作/下周工作计划”）；按钉钉默认按提交时间倒序排，事实都写在日志正文的编号短句里（单元格内换行），局长的话在“评论”列。读法要按提交时间先后取最新：常住人口16日先写年鉴88.92万（2019年末），23日改为七普90.57万人并注明作废前者；专栏监督举报窗口20日“未设”，27日“已增设（8月26日上线）”→ true；免费摄影美工17日写“免费开放”，27日周报评论里局长说按次收费报“无”，9月2日日志照改 → false。陷阱：户籍人口125.30万人；社区18个；快递覆盖98.6%（283/287，不足100%）→ false；9月1日第28期216人次不计入；零售额只有增速没有绝对数。市长任组长，商务、财政、农业农村、乡村振兴齐全 → principal-all。",
    sheets: [{ name: "日志导出", rows, merges: ["A1:K1"] }],
    expect: {
      facts: {
        county: "罗定市",
        asOf: "2021-08-31",
        residentPopulation: 905700,
        adminVillagesStated: 287,
        poorVillagesStated: 31,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-09-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetailGrowthStated: 0.187,
        agriRetailGrowthStated: 0.312,
        trainingPersonTimesStated: 5102,
        eligiblePoorPersonsStated: 3540,
        trainedPoorPersonsStated: 1652,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        fundAllocated: 5000000,
        fundSpentStated: 3815000,
        fundSystemIssued: true,
        fundLedgerKept: true,
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
}

// ======================================================================
// 4. LEDGER — l1 阳春市: 培训班学员微信群“群成员导出”，一期一张表
// ======================================================================
function ledgerWechat() {
  const rng = mulberry32(6901);
  const idGen = makeIdGen("441781", rng);
  const mk = (name, birth, male, wantX) => ({ name, id: idGen(birth, male, wantX) });
  const p = {
    a: mk("陈美玲", "1988-04-12", false),
    b: mk("李国强", "1979-09-03", true),
    c: mk("黄志明", "1992-01-26", true, true),
    d: mk("梁秀娟", "1985-06-30", false),
    e: mk("刘伟东", "1990-11-08", true),
    f: mk("谭丽华", "1983-02-17", false),
    g: mk("何俊杰", "1996-07-21", true),
    h: mk("吴小燕", "1994-03-05", false),
    i: mk("邓家豪", "1987-12-14", true),
    j: mk("莫桂英", "1975-08-09", false),
    k: mk("冯志坚", "1981-05-27", true),
    l: mk("叶晓敏", "1998-10-02", false),
    m: mk("钟永福", "1972-03-19", true),
    // 第6期
    n: mk("严淑贞", "1980-12-01", false, true),
    o: mk("罗伟强", "1986-02-25", true),
    q: mk("苏丽萍", "1991-09-16", false),
    r: mk("容志雄", "1977-07-07", true),
    s: mk("郑海燕", "1989-05-11", false),
    t: mk("姚国平", "1984-01-30", true),
    // 第9期
    u: mk("关美华", "1993-08-22", false),
    v: mk("植建新", "1982-04-04", true),
    w: mk("袁春梅", "1987-03-15", false),
    x: mk("梁永健", "1995-12-09", true),
    y: mk("陈秋菊", "1978-10-28", false),
    z: mk("黄少华", "1991-03-05", true),
    aa: mk("杨惠玲", "1990-06-18", false),
    ab: mk("刘春来", "1973-11-23", true),
    ac: mk("林嘉怡", "1999-01-04", false),
    ad: mk("卢文辉", "1983-09-12", true),
    // 第12期
    ae: mk("邱月娥", "1986-05-05", false),
    af: mk("司徒明", "1979-02-14", true),
    ag: mk("何翠玲", "1992-07-19", false),
    ah: mk("谢志远", "1997-04-30", true),
    ai: mk("麦丽珍", "1984-10-10", false),
  };
  const head = ["序号", "微信昵称", "群昵称", "微信号", "入群时间", "邀请人", "群身份", "真实姓名", "身份证号", "备注"];
  const wx = (n) =>
    "wxid_" +
    Math.floor(rng() * 36 ** 8)
      .toString(36)
      .padStart(8, "0");
  function sheet(name, title, timeLine, exportLine, members, date) {
    const rows = [
      [title, null, null, null, null, null, null, null, null, null],
      [timeLine, null, null, null, null, null, null, null, null, null],
      [exportLine, null, null, null, null, null, null, null, null, null],
      head,
    ];
    const records = [];
    members.forEach((m, i) => {
      rows.push([i + 1, m.nick, m.gnick, m.wxid || wx(), m.joined, m.inviter || null, m.role, m.real, m.idCell, m.note || null]);
      if (m.rec) records.push({ date, personTimes: 1, id: m.recId });
    });
    return { sheet: { name, rows, merges: ["A1:J1", "A2:J2", "A3:J3"] }, records };
  }
  const owner = { nick: "阳春电商中心-小李", gnick: "中心-李敏", wxid: "yc_dszx_lm", role: "群主", real: "李敏", idCell: null, note: "中心工作人员" };
  const T = (person, nick, gnick, joined, extra) =>
    Object.assign(
      {
        nick,
        gnick,
        joined,
        wxid: person.wx || (person.wx = wx()),
        inviter: "阳春电商中心-小李",
        role: "成员",
        real: person.name,
        idCell: person.id,
        rec: true,
        recId: person.id,
      },
      extra || {},
    );

  const s5 = sheet(
    "第5期学员群",
    "群聊名称：阳春市农村电商直播带货培训班（第5期）学员群",
    "培训时间：2020年11月19日—20日　　培训地点：阳春市电子商务公共服务中心三楼培训室",
    "导出时间：2020-11-21 10:32:18　　群成员：15人",
    [
      Object.assign({}, owner, { joined: "2020-11-12 15:20" }),
      {
        nick: "梁sir",
        gnick: "授课-梁志强",
        wxid: "liangzq1985",
        joined: "2020-11-12 15:22",
        inviter: "阳春电商中心-小李",
        role: "管理员",
        real: "梁志强",
        idCell: null,
        note: "授课老师",
      },
      T(p.a, "玲玲春砂仁", "春城街道-陈美玲", "2020-11-12 16:03"),
      T(p.b, "国强", "潭水镇-李国强", "2020-11-12 16:10"),
      T(p.c, "志明农场", "八甲镇-黄志明", "2020-11-12 19:45", { idCell: p.c.id.slice(0, 17) + "x" }),
      T(p.d, "娟娟", "河朗镇-梁秀娟", "2020-11-13 08:21"),
      T(p.e, "东仔", "松柏镇-刘伟东", "2020-11-13 09:02"),
      T(p.f, "丽华", "马水镇-谭丽华", "2020-11-13 12:37", { note: "未到课（家中有事请假）", rec: false }),
      T(p.g, "Jay", "春湾镇-何俊杰", "2020-11-14 20:15"),
      T(p.h, "小燕子", "合水镇-吴小燕", "2020-11-16 07:58"),
      T(p.i, "豪哥", "圭岗镇-邓家豪", "2020-11-16 21:05"),
      T(p.j, "桂英", "石望镇-莫桂英", "2020/11/18 08:12"),
      T(p.k, "坚", "岗美镇-冯志坚", "2020/11/18 20:40"),
      T(p.l, "敏敏", "陂面镇-叶晓敏", "2020-11-19 07:30"),
      T(p.m, "永福", "永宁镇-钟永福", "2020-11-23 09:41", { note: "课后入群，仅领取课件", rec: false }),
    ],
    "2020-11-20",
  );
  const s6 = sheet(
    "第6期学员群",
    "群聊名称：阳春市电商助农·春砂仁网销培训班（第6期）",
    "培训时间：2020.12.16",
    "导出时间：2020-12-17 09:05:44　　群成员：11人",
    [
      Object.assign({}, owner, { joined: "2020-12-08 10:00" }),
      {
        nick: "晓雯老师",
        gnick: "授课-陈晓雯",
        wxid: "cxw_teacher",
        joined: "2020-12-08 10:02",
        inviter: "阳春电商中心-小李",
        role: "管理员",
        real: "陈晓雯",
        idCell: null,
        note: "授课老师",
      },
      T(p.a, "玲玲春砂仁", "陈美玲（春城）", "2020-12-08 11:16"),
      T(p.n, "淑贞", "双滘镇-严淑贞", "2020-12-08 14:30", { idCell: p.n.id.slice(0, 17) + "x" }),
      T(p.o, "罗生", "春湾镇-罗伟强", "2020-12-09 09:12"),
      T(p.q, "萍萍", "河口镇-苏丽萍", "2020-12-09 18:44", { idCell: "（未提供）", recId: null }),
      T(p.r, "容志雄", "三甲镇-容志雄", "2020-12-10 07:50"),
      T(p.s, "海燕", "潭水镇-郑海燕", "2020-12-12 21:03"),
      T(p.t, "国平", "八甲镇-姚国平", "2020-12-15 16:26"),
      T(p.e, "东仔", "松柏-刘伟东", "2020-12-15 20:11"),
      T(p.d, "娟娟", "河朗-梁秀娟", "2020-12-16 08:05"),
    ],
    "2020-12-16",
  );
  const s9 = sheet(
    "第9期学员群",
    "群聊名称：阳春市电商创业带头人培训班（第9期）",
    "培训时间：2021年3月25日（星期四）",
    "导出时间：2021-03-26 15:18:02　　群成员：13人",
    [
      Object.assign({}, owner, { joined: "2021-03-15 09:30" }),
      T(p.u, "美华", "春城-关美华", "2021-03-15 10:12"),
      T(p.v, "建新", "岗美-植建新", "2021-03-15 10:40", { idCell: p.v.id.slice(0, 6) + " " + p.v.id.slice(6, 14) + " " + p.v.id.slice(14) }),
      T(p.w, "春梅", "合水-袁春梅", "2021-03-16 08:33"),
      T(p.x, "阿健", "圭岗-梁永健", "2021-03-16 19:20"),
      T(p.y, "秋菊", "马水-陈秋菊", "2021-03-17 12:05", {
        idCell: p.y.id.slice(0, 6) + "********" + p.y.id.slice(14),
        recId: p.y.id.slice(0, 6) + "********" + p.y.id.slice(14),
      }),
      T(p.z, "少华", "永宁-黄少华", "2021-03-18 21:47"),
      T(p.aa, "惠玲", "陂面-杨惠玲", "2021-03-19 09:00"),
      T(p.ab, "春来", "石望-刘春来", "2021-03-20 10:10"),
      T(p.ac, "嘉怡", "河口-林嘉怡", "2021-03-22 14:55"),
      T(p.ad, "文辉", "三甲-卢文辉", "2021-03-24 20:30"),
      T(p.g, "Jay", "春湾-何俊杰", "2021-03-24 22:02"),
      {
        nick: "河口镇电商专干",
        gnick: "河口镇-张主任",
        wxid: "hkz_zhang",
        joined: "2021-03-16 08:00",
        inviter: "阳春电商中心-小李",
        role: "管理员",
        real: "张卫民",
        idCell: null,
        note: "镇电商专干，负责组织本镇学员",
      },
    ],
    "2021-03-25",
  );
  const s12 = sheet(
    "第12期学员群",
    "群聊名称：阳春市中秋网货促销实操培训班（第12期）",
    "培训时间：2021年9月8日",
    "导出时间：2021-09-09 08:40:51　　群成员：7人",
    [
      Object.assign({}, owner, { joined: "2021-09-01 09:00" }),
      T(p.ae, "月娥", "春城-邱月娥", "2021-09-01 10:20"),
      T(p.af, "司徒", "潭水-司徒明", "2021-09-02 11:35"),
      T(p.ag, "翠玲", "八甲-何翠玲", "2021-09-03 15:00"),
      T(p.ah, "远哥", "松柏-谢志远", "2021-09-06 19:12"),
      T(p.ai, "丽珍", "合水-麦丽珍", "2021-09-07 08:48"),
      T(p.c, "志明农场", "八甲-黄志明", "2021-09-07 21:30"),
    ],
    "2021-09-08",
  );
  const note = {
    name: "说明",
    rows: [
      ["阳春市电子商务公共服务中心培训班学员微信群成员导出（培训台账佐证）"],
      ["1. 每期培训建一个学员群，培训结束后用“群成员导出”工具导出，一期一张表；入群时间是学员扫码进群的时间，不是培训时间。"],
      ["2. “真实姓名”“身份证号”两列由电商股按报名表补录，报名表没有身份证号的写“未提供”。"],
      ["3. 群主、管理员为中心工作人员、授课老师和镇电商专干；备注写“未到课”“课后入群”的只在群里，没有参加培训。"],
      ["4. 第12期（2021年9月8日）在考评截止日之后，一并附上。"],
      ["阳春市商务局电商股　2021年9月10日"],
    ],
  };
  const cnt = s5.records.length + s6.records.length + s9.records.length + s12.records.length;
  check(s5.records.length === 11 && s6.records.length === 9 && s9.records.length === 11 && s12.records.length === 6, "wechat record counts " + cnt);
  check(p.c.id.endsWith("X") && p.n.id.endsWith("X"), "X ids");
  out("ledgers", "b69-l1-yangchun.json", {
    description:
      "阳春市（阳江）商务局电商股交的培训台账是各期培训班学员微信群的“群成员导出”：一期一张表（第5、6、9、12期），表头上方三行是群聊名称、培训时间（“2020年11月19日—20日”区间、“2020.12.16”、“2021年3月25日（星期四）”、“2021年9月8日”）和导出时间/群成员数，表头 序号|微信昵称|群昵称|微信号|入群时间|邀请人|群身份|真实姓名|身份证号|备注，姓名和身份证号是电商股按报名表补录的。读法：一名“成员”一行是一名学员一次参训（personTimes 1），日期取表头上方的培训时间（区间取结束日2020-11-20），不取“入群时间”（多在培训前几天，也有“2020/11/18 08:12”斜杠写法）；群主（中心工作人员）、管理员（授课老师、第9期末行的镇电商专干）不是学员；备注“未到课（请假）”“课后入群，仅领取课件”（入群时间在培训后）的不是记录。同一人参加两期各算一条（陈美玲、刘伟东、梁秀娟、何俊杰、黄志明）；身份证小写x读作X，带空格分段的去掉空格，“（未提供）”为null，第9期一人打码照写；第12期在截止日后照列。另有“说明”页（非台账）。",
    sheets: [note, s5.sheet, s6.sheet, s9.sheet, s12.sheet],
    expect: {
      sheets: {
        说明: { kind: null },
        第5期学员群: { kind: "training", records: s5.records },
        第6期学员群: { kind: "training", records: s6.records },
        第9期学员群: { kind: "training", records: s9.records },
        第12期学员群: { kind: "training", records: s12.records },
      },
    },
  });
}

// ======================================================================
// 5. LEDGER — l2 蕉岭县: 政府网站监测平台“栏目更新”导出
// ======================================================================
function ledgerWebMonitor() {
  const base = "http://www.jiaoling.gov.cn";
  const ec = (sub) => `首页>专题专栏>电子商务进农村综合示范>${sub}`;
  // [栏目, 标题, 发布时间, 采集时间, 来源, path, isRecord]
  const items = [
    ["首页>专题专栏>疫情防控", "蕉岭县新冠病毒疫苗接种点及服务时间（9月）", "2021-09-08 17:02:11", "2021-09-09 01:14:20", "县卫健局", "yqfk", false],
    ["首页>政务公开>通知公告", "蕉岭县2021年秋季学期义务教育阶段招生工作公告", "2021-09-06 09:30:00", "2021-09-06 23:40:18", "县教育局", "tzgg", false],
    [ec("工作动态"), "蕉岭县召开电子商务进农村综合示范项目验收工作会", "2021-09-03 10:25:41", "2021-09-03 23:12:08", "县商务局", "dsjnc/gzdt", true],
    ["首页>专题专栏>乡村振兴", "蕉岭县2021年8月乡村振兴工作简报", "2021-08-30 16:40:05", "2021-08-31 02:03:55", "县乡村振兴局", "xczx", false],
    [ec("项目公示"), "蕉岭县电子商务进农村综合示范项目建设进度（2021年8月）", "2021-08-25 15:10:20", "2021-08-26 00:45:31", "县商务局", "dsjnc/xmgs", true],
    ["首页>政务公开>通知公告", "蕉岭县电子商务进农村综合示范项目（第二批）验收结果公示", "2021-08-12 11:00:00", "2021-08-12 22:18:44", "县商务局", "tzgg", false],
    [ec("项目公示"), "蕉岭县电子商务进农村综合示范项目建设进度（2021年7月）", "2021-07-28 09:45:12", "2021-07-28 23:50:02", "县商务局", "dsjnc/xmgs", true],
    ["首页>专题专栏>党史学习教育", "县商务局开展“我为群众办实事”实践活动", "2021-07-15 10:12:40", "2021-07-16 01:22:19", "县商务局", "dsxxjy", false],
    [ec("项目公示"), "蕉岭县电子商务进农村综合示范项目建设进度（2021年6月）", "2021-06-29 16:30:00", "2021-06-30 00:31:47", "县商务局", "dsjnc/xmgs", true],
    [ec("资金使用"), "蕉岭县省级电子商务进农村综合示范专项资金使用情况（截至2021年5月）", "2021-05-27 14:20:36", "2021-05-28 01:05:12", "县商务局", "dsjnc/zjsy", true],
    ["首页>专题专栏>乡村振兴", "蕉岭县农村人居环境整治提升工作推进会召开", "2021-05-14 17:45:09", "2021-05-15 02:40:33", "县乡村振兴局", "xczx", false],
    [ec("项目公示"), "蕉岭县电子商务进农村综合示范项目建设进度（2021年4月）", "2021-04-28 10:05:55", "2021-04-28 22:57:40", "县商务局", "dsjnc/xmgs", true],
    [ec("工作动态"), "蕉岭县举办2021年第一期电商直播带货培训班", "2021-03-30 18:12:27", "2021-03-31 01:30:05", "县电商公共服务中心", "dsjnc/gzdt", true],
    ["首页>专题专栏>党史学习教育", "蕉岭县党史学习教育动员大会召开", "2021-03-05 11:20:00", "2021-03-06 00:08:16", "县委宣传部", "dsxxjy", false],
    [ec("项目公示"), "蕉岭县电子商务进农村综合示范项目建设进度（2021年2月）", "2021-02-25 17:58:03", "2021-03-01 02:11:40", "县商务局", "dsjnc/xmgs", true],
    ["首页>专题专栏>疫情防控", "蕉岭县关于春节期间疫情防控工作的通告", "2021-02-05 20:00:00", "2021-02-06 03:12:08", "县疫情防控指挥部", "yqfk", false],
    [ec("项目公示"), "蕉岭县电子商务进农村综合示范项目建设进度（2021年1月）", "2021-01-27 15:33:21", "2021-01-28 00:27:54", "县商务局", "dsjnc/xmgs", true],
    [ec("工作动态"), "蕉岭县“年货节”农产品网络促销活动启动", "2020-12-29 10:40:10", "2020-12-29 23:15:36", "县商务局", "dsjnc/gzdt", true],
    ["首页>专题专栏>乡村振兴", "蕉岭县2020年省定贫困村脱贫出列情况公示", "2020-12-18 09:00:00", "2020-12-18 22:44:01", "县乡村振兴局", "xczx", false],
    [ec("项目公示"), "蕉岭县电子商务进农村综合示范项目建设进度（2020年11月）", "2020-11-26 16:15:48", "2020-11-27 01:02:29", "县商务局", "dsjnc/xmgs", true],
    ["首页>政务公开>通知公告", "关于征集蕉岭县“十四五”商务发展规划意见建议的公告", "2020-11-10 10:00:00", "2020-11-10 23:36:12", "县商务局", "tzgg", false],
    [ec("项目公示"), "蕉岭县电子商务进农村综合示范项目建设进度（2020年10月）", "2020-10-28 11:22:30", "2020-10-28 23:59:58", "县商务局", "dsjnc/xmgs", true],
    [ec("工作动态"), "蕉岭县电子商务公共服务中心开展农产品直播推介", "2020-09-25 17:06:42", "2020-09-26 00:20:10", "县电商公共服务中心", "dsjnc/gzdt", true],
    ["首页>专题专栏>疫情防控", "蕉岭县秋冬季疫情防控提示", "2020-09-18 15:00:00", "2020-09-19 01:48:37", "县卫健局", "yqfk", false],
    [ec("项目公示"), "蕉岭县电子商务进农村综合示范项目建设进度（2020年8月）", "2020-09-10 09:50:19", "2020-09-10 22:05:44", "县商务局", "dsjnc/xmgs", true],
    ["首页>政务公开>通知公告", "蕉岭县商务局关于开展2020年电子商务进农村培训的通知", "2020-09-03 08:30:00", "2020-09-03 21:19:25", "县商务局", "tzgg", false],
  ];
  const rows = [
    ["栏目信息明细（导出）", null, null, null, null, null, null],
    [
      "导出条件：栏目＝专题专栏（含子栏目）、政务公开>通知公告；发布时间＝2020-09-01至2021-09-10；排序＝发布时间降序；共 " + items.length + " 条",
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    ["序号", "所属栏目", "标题", "发布时间", "首次采集时间", "信息来源", "页面地址"],
  ];
  const records = [];
  items.forEach((it, i) => {
    const url = `${base}/zwgk/${it[5]}/content/post_${2139000 + (items.length - i) * 37}.html`;
    rows.push([i + 1, it[0], it[1], it[2], it[3], it[4], url]);
    if (it[6]) records.push({ date: it[2].slice(0, 10) });
  });
  rows.push(["注：本表由蕉岭县政务服务数据管理局网站监测平台导出，“首次采集时间”为监测程序抓取到该页面的时间。", null, null, null, null, null, null]);
  check(records.length === 14, "14 ec updates");
  const summary = {
    name: "监测概况",
    rows: [
      ["蕉岭县人民政府门户网站　栏目更新情况监测报告", null, null, null, null, null, null],
      ["网站标识码：4414270001　　监测周期：2020-09-01至2021-09-10　　生成时间：2021-09-10 09:15:22", null, null, null, null, null, null],
      [null, null, null, null, null, null, null],
      ["序号", "栏目名称", "栏目类型", "监测期内更新（条）", "最近更新日期", "最长未更新间隔（天）", "监测结论"],
      [1, "专题专栏>电子商务进农村综合示范", "信息发布类", 14, "2021-09-03", 33, "正常"],
      [2, "专题专栏>乡村振兴", "信息发布类", 22, "2021-08-30", 28, "正常"],
      [3, "专题专栏>疫情防控", "信息发布类", 41, "2021-09-08", 19, "正常"],
      [4, "专题专栏>党史学习教育", "信息发布类", 18, "2021-07-15", 57, "预警：超过6周未更新"],
      [5, "政务公开>通知公告", "信息发布类", 96, "2021-09-06", 9, "正常"],
      ["注：栏目更新条数含子栏目；“最长未更新间隔”按发布日期计算。", null, null, null, null, null, null],
    ],
    merges: ["A1:G1", "A2:G2", "A10:G10"],
  };
  out("ledgers", "b69-l2-jiaoling.json", {
    description:
      "蕉岭县（梅州）商务局电商股没有自己登记专栏更新，交的是县政务服务数据管理局“政府网站监测平台”的两张导出：①《监测概况》各栏目一行（更新条数、最近更新日期、最长未更新间隔、监测结论）——是汇总，不是逐条记录（kind null）；②《栏目信息明细》按“专题专栏（含子栏目）＋政务公开>通知公告”条件导出、按发布时间降序，表头 序号|所属栏目|标题|发布时间|首次采集时间|信息来源|页面地址。读法：只有“所属栏目”在“首页>专题专栏>电子商务进农村综合示范>…”（工作动态、项目公示、资金使用三个子栏目）下的行才是专栏更新记录，日期取“发布时间”的日期部分（“2021-09-03 10:25:41”→2021-09-03），不取“首次采集时间”（2021-02-25发布的一条次日后才采集到“2021-03-01 02:11:40”，跨月）；乡村振兴、疫情防控、党史学习教育专栏和通知公告里的行不是——包括标题带“电子商务进农村综合示范项目（第二批）验收结果公示”“开展2020年电子商务进农村培训的通知”的两条通知公告，它们发在通知公告栏目，不是专栏更新；2021-09-03一条在截止日后照列。记录按表内顺序（降序）。",
    sheets: [summary, { name: "栏目信息明细", rows, merges: ["A1:G1", "A2:G2", `A${rows.length}:G${rows.length}`] }],
    expect: { sheets: { 监测概况: { kind: null }, 栏目信息明细: { kind: "disclosures", records } } },
  });
}

// ======================================================================
// 6. LEDGER — l3 五华县: 行政村光纤/4G覆盖统计表 + 省定贫困村新农村示范村资金分配表
// ======================================================================
function ledgerFibreAndFunding() {
  const towns = [
    [
      "河东镇",
      [
        ["大田村", 12],
        ["油田村委会", 9],
        ["新桥村", 15],
        ["北琴村", 11],
        ["石坑村", 8],
        ["黎明村委会", 10],
        ["锡坪村", 7],
        ["塘湖村", 13],
        ["上坝村", 6],
        ["联新村", 9],
      ],
    ],
    [
      "潭下镇",
      [
        ["潭下村", 14],
        ["大坑村", 10],
        ["东楼村", 8],
        ["新华村委会", 12],
        ["凤凰村", 9],
        ["吉水村", 11],
        ["双下村", 6],
        ["中和村", 10],
        ["盘石村", 7],
      ],
    ],
    [
      "长布镇",
      [
        ["长布村", 16],
        ["塘坑村", 9],
        ["洋田村", 8],
        ["官田村委会", 11],
        ["水口村", 10],
        ["坪上村", 7],
        ["青溪村", 6],
        ["梅林村", 12],
        ["大布村", 9],
        ["高塘村", 8],
        ["桥头村", 10],
      ],
    ],
    [
      "周江镇",
      [
        ["周江村", 13],
        ["龙石村", 9],
        ["岗背村", 11],
        ["田心村", 10],
        ["上山村", 7],
        ["下山村", 8],
        ["白石村", 6],
        ["新陂村委会", 9],
      ],
    ],
  ];
  const rows = [
    ["五华县行政村光纤和4G网络覆盖情况统计表", null, null, null, null, null, null, null, null],
    ["填报单位：五华县工业和信息化局（通信发展办公室）　　　　　　　　统计时间：2020年12月", null, null, null, null, null, null, null, null],
    ["序号", "镇", "行政村", "20户以上自然村（个）", "光纤网络", null, "4G网络", null, "备注"],
    [null, null, null, null, "是否通达", "接入运营商", "是否覆盖", "覆盖运营商", null],
  ];
  const merges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:I4"];
  const records = [];
  let n = 0;
  const ops = ["电信、移动", "电信、移动、联通", "移动", "电信"];
  towns.forEach(([t, vs], ti) => {
    const r0 = rows.length + 1;
    let zr = 0;
    vs.forEach(([v, z], i) => {
      n++;
      zr += z;
      let fibre = "是",
        note = null;
      if (t === "长布镇" && v === "青溪村") {
        fibre = "否（在建）";
        note = "预计2021年3月通达";
      }
      if (t === "周江镇" && v === "白石村") note = "2020年9月新通光纤";
      rows.push([n, i === 0 ? t : null, v, z, fibre, ops[(n + ti) % 4], "是", ops[(n + 1) % 4], note]);
      records.push({ name: v, admin: true, poor: null, express: null });
    });
    const r1 = rows.length;
    merges.push(`B${r0}:B${r1}`);
    rows.push([
      null,
      `${t}小计`,
      `${vs.length}个`,
      zr,
      `${vs.filter(([v]) => v !== "青溪村" || t !== "长布镇").length}/${vs.length}`,
      null,
      `${vs.length}/${vs.length}`,
      null,
      null,
    ]);
  });
  rows.push([null, "合计", `${n}个`, null, `${n - 1}/${n}`, null, `${n}/${n}`, null, null]);
  rows.push([null, null, null, null, null, null, null, null, null]);
  rows.push(["附：城镇社区（光纤、4G已全覆盖，不纳入行政村统计）", null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:I${rows.length}`);
  rows.push([1, "潭下镇", "潭下社区居委会", null, "是", "电信、移动、联通", "是", "电信、移动、联通", null]);
  rows.push([2, "长布镇", "长布社区居委会", null, "是", "电信、移动", "是", "电信、移动、联通", null]);
  records.push({ name: "潭下社区居委会", admin: false, poor: null, express: null });
  records.push({ name: "长布社区居委会", admin: false, poor: null, express: null });
  rows.push(["填表人：刘××　　审核：曾××　　联系电话：0753-44xxxxx", null, null, null, null, null, null, null, null]);
  check(n === 38, "38 villages");

  const poor = [
    [
      "河东镇",
      [
        ["北琴村", "广州市天河区商务和金融工作局", 50, 80, 120, 30],
        ["锡坪村", "广州市天河区卫生健康局", 50, 60, 150, 20],
      ],
    ],
    [
      "潭下镇",
      [
        ["吉水村", "广州市天河区教育局", 40, 100, 100, 40],
        ["双下村", "广州市天河区住房建设和园林局", 50, 70, 130, 25],
        ["盘石村", "广东省农业农村厅", 60, 90, 110, 35],
      ],
    ],
    [
      "长布镇",
      [
        ["洋田村", "广州市天河区民政局", 50, 80, 120, 30],
        ["青溪村", "广州市天河区市场监督管理局", 45, 75, 140, 20],
        ["高塘村", "梅州市财政局", 50, 60, 100, 50],
      ],
    ],
    [
      "周江镇",
      [
        ["龙石村", "广州市天河区司法局", 55, 85, 115, 25],
        ["白石村", "五华县人民法院", 40, 70, 120, 30],
      ],
    ],
  ];
  const pr = [
    ["五华县省定贫困村社会主义新农村示范村建设资金分配表", null, null, null, null, null, null, null, null, null],
    ["（河东、潭下、长布、周江四镇）", null, null, null, null, null, null, null, "单位：万元", null],
    ["序号", "镇", "省定贫困村", "帮扶单位", "2017年", "2018年", "2019年", "2020年", "合计", "备注"],
  ];
  const pm = ["A1:J1", "A2:H2"];
  const prec = [];
  let k = 0,
    grand = 0;
  poor.forEach(([t, vs]) => {
    const r0 = pr.length + 1;
    let sub = [0, 0, 0, 0];
    vs.forEach(([v, unit, a, b, c, d], i) => {
      k++;
      const tot = a + b + c + d;
      grand += tot;
      sub = [sub[0] + a, sub[1] + b, sub[2] + c, sub[3] + d];
      pr.push([k, i === 0 ? t : null, v, unit, a, b, c, d, tot, "2020年脱贫出列"]);
      prec.push({ name: v });
    });
    pm.push(`B${r0}:B${pr.length}`);
    pr.push([null, "小计", `${vs.length}个村`, null, ...sub, sub.reduce((x, y) => x + y, 0), null]);
  });
  pr.push([null, "总计", `${k}个村`, null, null, null, null, null, grand, null]);
  pr.push(["说明：资金由县财政按年度下达到镇，用于村道硬化、人居环境整治、村级公共服务设施等，镇级统筹使用。", null, null, null, null, null, null, null, null, null]);
  pm.push(`A${pr.length}:J${pr.length}`);
  out("ledgers", "b69-l3-wuhua.json", {
    description:
      "五华县（梅州）商务局电商股手上没有正式的村居名单和贫困村名单，交的是两张“借来的表”：①县工信局（通信发展办）《行政村光纤和4G网络覆盖情况统计表》当行政村名单——标题、填报单位/统计时间一行，两行表头（“光纤网络”“4G网络”各合并在 是否通达/接入运营商、是否覆盖/覆盖运营商 之上），镇列按镇纵向合并，每镇一行“××镇小计”（“10个”“10/10”）和末尾合计行都不是村；表下另起“附：城镇社区（…不纳入行政村统计）”两行社区居委会（admin=false）；表里没有贫困村和快递栏（poor、express都为null）——“光纤是否通达”“4G是否覆盖”不是快递进村，不能当express读。②《省定贫困村社会主义新农村示范村建设资金分配表》当省定贫困村名单：“单位：万元”在第2行右侧，镇纵向合并，每镇小计行、总计行和说明行都不是记录，一行一个省定贫困村（10个）。",
    sheets: [
      { name: "光纤4G覆盖", rows, merges },
      { name: "贫困村示范村资金", rows: pr, merges: pm },
    ],
    expect: { sheets: { 光纤4G覆盖: { kind: "villages", records }, 贫困村示范村资金: { kind: "poorVillages", records: prec } } },
  });
}

county();
factsSms();
factsDingTalk();
ledgerWechat();
ledgerWebMonitor();
ledgerFibreAndFunding();
console.log("batch69: written under " + ROOT);
