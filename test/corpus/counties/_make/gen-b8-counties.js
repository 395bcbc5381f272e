// Generator for b8-c1-enping.json and b8-c2-lianzhou.json (blind corpus cases).
// Run: node gen-b8-counties.js   (writes the two JSON files next to this script and prints counts
// that the hand derivations were checked against).
"use strict";
const fs = require("fs");
const path = require("path");

// ---------- deterministic helpers ----------
let seed = 20210831;
function rnd() {
  // mulberry32
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rnd() * a.length)];
const D = (s) => ({ date: s });
const uniq = (a) => new Set(a).size === a.length;
function assert(c, m) { if (!c) throw new Error("ASSERT: " + m); }

const SURN = "陈李黄张梁林何吴罗刘郑谭冯邓周关余叶钟朱杨蔡胡曾许苏卢彭潘赖温廖莫严司徒".split("");
SURN.pop(); SURN.pop(); // drop 司 徒 single chars
const GIV = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建文辉玲志新国荣金凤少珍德海燕妹坤彩球容添福带娣".split("");
function name() { return pick(SURN) + pick(GIV) + (rnd() < 0.7 ? pick(GIV) : ""); }
function phone() { return "1" + pick(["35", "37", "38", "39", "58", "59", "88", "36", "89"]) + String(Math.floor(rnd() * 1e8)).padStart(8, "0"); }

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = "10X98765432";
function idOf(area, y, m, d, seq) {
  const body = area + String(y) + String(m).padStart(2, "0") + String(d).padStart(2, "0") + String(seq).padStart(3, "0");
  let s = 0; for (let i = 0; i < 17; i++) s += Number(body[i]) * W[i];
  return body + CK[s % 11];
}
const usedIds = new Set();
function newId(area, wantX) {
  for (;;) {
    const y = 1958 + Math.floor(rnd() * 45), m = 1 + Math.floor(rnd() * 12), d = 1 + Math.floor(rnd() * 28);
    const id = idOf(area, y, m, d, Math.floor(rnd() * 1000));
    if (usedIds.has(id)) continue;
    if (wantX === true && !id.endsWith("X")) continue;
    if (wantX === false && id.endsWith("X")) continue;
    usedIds.add(id); return id;
  }
}
function textDate(iso, style) {
  const [y, m, d] = iso.split("-").map(Number);
  if (style === "dot") return `${y}.${m}.${d}`;
  if (style === "cn") return `${y}年${m}月${d}日`;
  if (style === "slash") return `${y}/${m}/${d}`;
  return D(iso);
}
function col(n) { let s = ""; n++; while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); } return s; }

// =====================================================================================
// CASE 1 — 恩平市 (high)
// =====================================================================================
function buildEnping() {
  const towns = [
    ["恩城街道", 6, ["新平", "锦城", "东门", "西门", "南门", "北门", "平石", "江南"]],
    ["横陂镇", 9, ["横陂"]],
    ["圣堂镇", 10, ["圣堂"]],
    ["良西镇", 7, []],
    ["沙湖镇", 9, ["沙湖"]],
    ["牛江镇", 8, []],
    ["君堂镇", 7, []],
    ["大槐镇", 6, []],
    ["东成镇", 6, []],
    ["大田镇", 6, ["大田"]],
    ["那吉镇", 6, []],
  ];
  const pool = ("塘龙 南坑 石岭 大岗 新安 联和 东安 西安 北联 上洞 下洞 黄角 鳌峰 朗底 横岭 石栏 沙冲 良东 大坑 白石 " +
    "凤山 长安 平塘 龙湾 锦江 三联 金塘 永安 岗坪 河排 莲塘 水楼 中和 冲口 田心 那西 龙塘 茶山 坑口 松柏 " +
    "黎塘 梅岭 福和 长岭 双龙 尖石 沙塘 蓢底 官堂 大湾 莲山 牛岗 狮山 安和 龙岗 北坑 高园 东和 西和 联安 " +
    "大石 木塘 湴冲 洞心 上坪 下坪 横塘 和平 仓步 石门 虾山 大塘 马山 西冲 东冲 岐岭 黄坭 竹林 甘棠 桥头").split(" ");
  assert(uniq(pool) && pool.length >= 80, "enping pool " + pool.length);
  const villages = []; // {town, name, admin, poor}
  let pi = 0;
  for (const [town, n, comm] of towns) {
    for (let i = 0; i < n; i++) villages.push({ town, name: pool[pi++], admin: true });
    for (const c of comm) villages.push({ town, name: c, admin: false });
  }
  const admins = villages.filter((v) => v.admin);
  assert(admins.length === 80, "80 admin");
  assert(villages.length - admins.length === 12, "12 communities");
  // poor villages: 8, spread
  const poorNames = ["石栏", "凤山", "永安", "那西", "福和", "官堂", "北坑", "岐岭"];
  for (const v of villages) v.poor = v.admin && poorNames.includes(v.name);
  assert(admins.filter((v) => v.poor).length === 8, "8 poor");

  // --- sheet: 村居名单
  const vrows = [
    ["恩平市村（居）民委员会基本情况表", null, null, null, null, null],
    ["填报单位：恩平市商务局（盖章）", null, null, null, "统计时间：2021年8月", null],
    ["序号", "镇（街道）", "村（居）委会名称", "性质", "是否省定贫困村", "快递物流是否通达"],
  ];
  let k = 0;
  let lastTown = null;
  for (const v of villages) {
    k++;
    vrows.push([k, v.town === lastTown ? null : v.town, v.admin ? v.name + "村委会" : v.name + "社区居委会",
      v.admin ? "村委会" : "居委会", v.admin ? (v.poor ? "是" : "否") : null, "是"]);
    lastTown = v.town;
  }
  vrows.push([null, "合计", "村委会80个，居委会12个", null, "8", null]);
  vrows.push(["注：省定贫困村为2016年认定的相对贫困村；快递物流通达以镇邮政支局、快递网点实际投递到村为准。", null, null, null, null, null]);
  vrows.push(["填表人：吴少华", null, null, "审核人：梁志明", null, null]);
  // town cells: merged blank below (typed only on first row) — leave as null without merges (clerk unmerged)

  // --- stations
  // uncovered admin villages (14): pick 14 non-poor
  const uncovered = ["鳌峰", "朗底", "大坑", "河排", "水楼", "茶山", "梅岭", "尖石", "莲山", "东和", "湴冲", "仓步", "虾山", "桥头"];
  for (const u of uncovered) assert(admins.find((v) => v.name === u && !v.poor), "uncov " + u);
  const covered = admins.filter((v) => !uncovered.includes(v.name));
  assert(covered.length === 66, "66 covered");
  const stations = []; // {town, village(label), opened(cell), iso}
  const baseDates = [];
  let dcur = new Date(Date.UTC(2020, 4, 8));
  for (let i = 0; i < 66; i++) {
    // spread 2020-05-08 .. ~2021-07
    baseDates.push(dcur.toISOString().slice(0, 10));
    dcur = new Date(dcur.getTime() + (5 + Math.floor(rnd() * 3)) * 86400000);
  }
  assert(baseDates[65] <= "2021-08-31", "last station date " + baseDates[65]);
  covered.forEach((v, i) => stations.push({ town: v.town, vname: v.name, label: v.name + "村", iso: baseDates[i] }));
  // duplicate station in 圣堂镇 first village
  const dupV = covered.find((v) => v.town === "圣堂镇");
  stations.splice(stations.findIndex((s) => s.vname === dupV.name) + 1, 0,
    { town: dupV.town, vname: dupV.name, label: dupV.name + "村委会", iso: "2021-03-15", nameOverride: `${dupV.name}村邮乐购电商服务点` });
  // community stations (2)
  stations.splice(3, 0, { town: "恩城街道", vname: "锦城", label: "锦城社区", iso: "2020-06-30", comm: true });
  stations.splice(40, 0, { town: "沙湖镇", vname: "沙湖", label: "沙湖社区", iso: "2020-12-18", comm: true });
  // September station in an uncovered village
  stations.push({ town: "良西镇", vname: uncovered.find((u) => admins.find((v) => v.name === u).town === "良西镇") || "大坑", label: null, iso: "2021-09-02", late: true });
  const late = stations[stations.length - 1];
  late.label = late.vname + "村";
  assert(admins.find((v) => v.name === late.vname && uncovered.includes(v.name)), "late in uncovered");

  const srows = [
    ["恩平市村级电子商务服务站点建设台账", null, null, null, null, null, null, null],
    ["序号", "所属镇（街）", "站点名称", "所在村（社区）", "地址", "站长", "联系电话", "建成时间"],
  ];
  const styles = ["dot", "date", "date", "cn", "dot", "date"];
  stations.forEach((s, i) => {
    const stname = s.nameOverride || (s.comm ? `恩平市${s.vname}社区电商服务站` : `${s.town}${s.vname}村电商服务站`);
    srows.push([i + 1, s.town, stname, s.label, `${s.town}${s.label}${pick(["村委会旁", "文化室一楼", "市场路" + (1 + Math.floor(rnd() * 30)) + "号", "邮政代办点内", "便利店"])}`,
      name(), phone(), textDate(s.iso, styles[i % styles.length])]);
  });
  srows.push(["注：1、站点以挂牌并开展代购代销、快递收发服务为建成标准；2、9月新建站点一并列入。", null, null, null, null, null, null, null]);
  srows.push(["制表：恩平市电子商务公共服务中心", null, null, null, null, "2021年9月3日", null, null]);

  // coverage check
  const covSet = new Set(stations.filter((s) => !s.comm && s.iso <= "2021-08-31").map((s) => s.vname));
  const cov = admins.filter((v) => covSet.has(v.name)).length;
  const covPoor = admins.filter((v) => v.poor && covSet.has(v.name)).length;

  // --- training sessions
  const sessions = [
    ["2019.12.12", "电子商务基础知识普及培训", "市电商公共服务中心", "个体户、农户", 120, 6],
    ["2019.12.26", "农村电商政策宣讲", "大田镇政府会议室", "村干部", 95, 0],
    [D("2020-06-24"), "电商基础知识普及培训（第一期）", "市电商公共服务中心", "农户、青年", 136, 12],
    [D("2020-07-09"), "网店开设与运营", "市电商公共服务中心", "创业青年", 88, 3],
    ["2020.7.21-23", "电商扶贫专题培训班", "圣堂镇文化站", "建档立卡贫困户", 150, 150],
    [D("2020-08-06"), "农产品摄影与美工", "市电商公共服务中心", "合作社、企业", 62, 0],
    [D("2020-08-20"), "直播带货实操", "市电商公共服务中心", "农户、青年", 104, 8],
    ["2020.9.3", "电商基础知识普及培训（第二期）", "沙湖镇政府", "农户", 142, 10],
    ["2020.9.17", "电商基础知识普及培训（第三期）", "牛江镇政府", "农户", 128, 9],
    [D("2020-09-29"), "微商营销技巧", "市电商公共服务中心", "个体户", 77, 0],
    [D("2020-10-15"), "电商扶贫专题培训班", "良西镇文化站", "建档立卡贫困户", 133, 133],
    [D("2020-10-28"), "农村青年电商创业培训", "市职业技术学校", "返乡青年", 116, 5],
    ["2020.11.16-18", "电商运营进阶培训（增值）", "市电商公共服务中心", "电商企业", 58, 0],
    ["2020.11.26", "电商基础知识普及培训（第四期）", "君堂镇政府", "农户", 131, 11],
    [D("2020-12-10"), "年货节直播带货培训", "市电商公共服务中心", "商家", 96, 0],
    [D("2020-12-22"), "电商基础知识普及培训（第五期）", "大槐镇政府", "农户", 124, 7],
    ["2021.1.7", "电商扶贫专题培训班", "东成镇文化站", "建档立卡贫困户", 118, 118],
    ["2021.1.21", "短视频制作培训", "市电商公共服务中心", "青年", 84, 2],
    [D("2021-03-04"), "电商基础知识普及培训（第六期）", "横陂镇政府", "农户", 139, 10],
    [D("2021-03-11"), "政府机关电商知识讲座", "市政府礼堂", "机关干部", 210, 0],
    ["2021.3.18", "电商基础知识普及培训（第七期）", "那吉镇政府", "农户", 127, 9],
    ["2021.3.25", "农产品品牌与包装设计", "市电商公共服务中心", "合作社", 66, 0],
    [D("2021-04-08"), "电商扶贫专题培训班", "大田镇文化站", "建档立卡贫困户", 141, 141],
    [D("2021-04-15"), "跨境电商入门", "市电商公共服务中心", "企业", 53, 0],
    ["2021.4.22", "电商基础知识普及培训（第八期）", "恩城街道办", "居民", 148, 3],
    ["2021.4.29", "直播带货实操（第二期）", "市电商公共服务中心", "农户、青年", 112, 6],
    [D("2021-05-13"), "妇女电商创业培训", "市妇联会议室", "农村妇女", 105, 9],
    [D("2021-05-20"), "电商基础知识普及培训（第九期）", "圣堂镇政府", "农户", 133, 12],
    ["2021.5.27", "退役军人电商培训", "市退役军人服务中心", "退役军人", 74, 0],
    ["2021.6.3", "电商扶贫专题培训班", "君堂镇文化站", "建档立卡贫困户", 126, 126],
    [D("2021-06-10"), "电商基础知识普及培训（第十期）", "良西镇政府", "农户", 121, 8],
    [D("2021-06-17"), "簕菜网销专题培训", "牛江镇簕菜基地", "种植户", 98, 14],
    ["2021.6.24", "农村电商物流知识", "市电商公共服务中心", "快递网点、站长", 81, 0],
    [D("2021-06-30"), "电商基础知识普及培训（恩城社区专场）", "恩城街道办", "居民", 140, 2],
    ["2021.7.1", "村级站点站长培训", "市电商公共服务中心", "站长", 70, 0],
    [D("2021-07-08"), "电商基础知识普及培训（第十一期）", "沙湖镇政府", "农户", 129, 10],
    [D("2021-07-15"), "青少年电商素养讲座", "恩平一中", "学生", 230, 0],
    ["2021.7.22", "电商扶贫专题培训班", "那吉镇文化站", "建档立卡贫困户", 109, 109],
    ["2021.7.29", "网络营销策划（增值）", "市电商公共服务中心", "电商企业", 61, 0],
    [D("2021-08-05"), "电商基础知识普及培训（第十二期）", "东成镇政府", "农户", 135, 9],
    [D("2021-08-12"), "直播带货实操（第三期）", "市电商公共服务中心", "农户、青年", 107, 5],
    ["2021.8.19", "电商基础知识普及培训（第十三期）", "大槐镇政府", "农户", 118, 8],
    ["2021.8.26", "电商扶贫专题培训班", "横陂镇文化站", "建档立卡贫困户", 0, 0], // count set below
    ["2021.9.2-3", "电商基础知识普及培训（第十四期）", "大田镇政府", "农户", 60, 4],
  ];
  const before = sessions.slice(0, sessions.length - 1);
  const partial = before.reduce((s, r) => s + r[4], 0);
  const lastCount = 4912 - partial;
  assert(lastCount > 60 && lastCount < 200, "last session count " + lastCount);
  before[before.length - 1][4] = lastCount; before[before.length - 1][5] = lastCount;
  const ptBefore = before.reduce((s, r) => s + r[4], 0);
  const ptAll = sessions.reduce((s, r) => s + r[4], 0);
  const poorPtAll = sessions.reduce((s, r) => s + r[5], 0);
  assert(ptBefore === 4912, "4912");
  const teachers = ["陈老师", "李讲师", "阿里巴巴讲师团", "黄XX", "京东讲师", "市电商中心", "邮政讲师"];
  const trows = [
    ["恩平市电子商务进农村综合示范培训情况登记表", null, null, null, null, null, null, null],
    ["填报单位：恩平市电子商务公共服务中心", null, null, null, null, null, "单位：人次", null],
    ["期次", "培训时间", "培训内容", "培训地点", "培训对象", "参训人次", "其中：建档立卡贫困户人次", "授课"],
  ];
  sessions.forEach((r, i) => trows.push([`第${i + 1}期`, r[0], r[1], r[2], r[3], r[4], r[5], pick(teachers)]));
  trows.push(["合计", null, null, null, null, ptAll, poorPtAll, null]);
  trows.push(["说明：1.参训人次按每期签到表人数统计，签到表另行存档；2.贫困户人次为参训人次中的建档立卡贫困户人次（同一人多次参训重复计算）。", null, null, null, null, null, null, null]);

  // --- enterprises
  const ents = [
    ["恩平市好物优选电子商务有限公司", "平台型", "2020.6.18", null],
    ["江门市簕菜电商科技有限公司", "销售型", "2020.6.18", null],
    ["恩平市邮政分公司电商运营中心", "电商运营商", "2020.6.18", null],
    ["恩平市顺通快递有限公司", "物流企业", "2020.6.28", null],
    ["恩平市锦江农产品网店", "销售型", "2020.7.6", null],
    ["广东恩农电子商务服务有限公司", "电商运营商", "2020.7.20", null],
    ["恩平市乡味农业专业合作社（网店）", "销售型", "2020.8.3", null],
    ["恩平市云仓仓储服务有限公司", "物流企业", "2020.8.17", null],
    ["恩平市小鲜直播文化传媒有限公司", "直播机构", "2020.9.1", null],
    ["恩平市濑粉人家食品有限公司", "销售型", "2020.9.14", "2021.3.31"],
    ["恩平市拼优选供应链管理有限公司", "平台型", "2020.10.12", null],
    ["恩平市大田山货网店", "销售型", "2020.10.26", null],
    ["恩平市创联网络科技有限公司", "电商运营商", "2020.11.9", null],
    ["恩平市温泉之乡旅游电商有限公司", "销售型", "2020.11.23", null],
    ["恩平市极速达物流有限公司", "物流企业", "2020.12.7", null],
    ["恩平市侨乡优品电子商务有限公司", "平台型", "2021.1.4", null],
    ["恩平市茶山茶叶网店", "销售型", "2021.1.18", null],
    ["恩平市青创电商孵化服务有限公司", "电商运营商", "2021.3.1", null],
    ["恩平市那吉土特产网店", "销售型", "2021.3.15", null],
    ["恩平市良品农业科技有限公司", "销售型", "2021.4.12", null],
    ["恩平市新媒体运营工作室", "电商运营商", "2021.5.10", null],
    ["恩平市乡村快线物流有限公司", "物流企业", "2021.6.7", null],
    ["恩平市鲜达冷链配送有限公司", "物流企业", "2021.7.5", null],
    ["恩平市丝苗米网销中心", "销售型", "2021.9.6", null],
  ];
  const erows = [
    ["恩平市电商产业园入驻企业名单", null, null, null, null, null],
    ["序号", "企业（商户）名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间"],
  ];
  ents.forEach((e, i) => {
    let code = "91440785MA5";
    for (let j = 0; j < 7; j++) code += "0123456789ABCDEFGHJKLMNPQRTUWXY"[Math.floor(rnd() * 31)];
    erows.push([i + 1, e[0], code, e[1], e[2], e[3]]);
  });
  erows.push(["注：濑粉人家食品有限公司于2021年3月底迁出园区；丝苗米网销中心9月新入驻。", null, null, null, null, null]);
  const entAt = ents.filter((e) => {
    const iso = (s) => s.split(".").map((x, i) => (i ? x.padStart(2, "0") : x)).join("-");
    return iso(e[2]) <= "2021-08-31" && !(e[3] && iso(e[3]) <= "2021-08-31");
  });
  const entTypes = new Set(entAt.map((e) => e[1]));

  // --- funds (元)
  const funds = [
    [D("2020-03-12"), "县级电商公共服务中心装修（首期）", "恩平市建工装饰有限公司", "600,000.00", "恩财（2020）45号"],
    [D("2020-05-20"), "服务中心设备采购", "江门市数联科技有限公司", 385600, "恩财（2020）88号"],
    ["2020.7.8", "村级站点建设（第一批）", "恩平市邮政分公司", "720,000.00", "恩财（2020）126号"],
    ["2020.9.15", "电商培训（第一阶段）", "广东恩农电子商务服务有限公司", 186500, "恩财（2020）171号"],
    [D("2020-11-30"), "县乡村物流配送体系建设", "恩平市顺通快递有限公司", "650,000.00", "恩财（2020）215号"],
    [D("2021-01-18"), "村级站点建设（第二批）", "恩平市邮政分公司", 540000, "恩财（2021）9号"],
    ["2021.3.25", "农产品品牌推广（恩平好物）", "恩平市好物优选电子商务有限公司", "298,000.00", "恩财（2021）52号"],
    ["2021.5.10", "电商培训（第二阶段）", "广东恩农电子商务服务有限公司", 212250, "恩财（2021）87号"],
    [D("2021-06-28"), "冷链仓储设施", "恩平市鲜达冷链配送有限公司", "360,000.00", "恩财（2021）113号"],
    [D("2021-08-20"), "公共服务中心运营补助", "恩平市好物优选电子商务有限公司", 316000, "恩财（2021）148号"],
    ["2021.9.15", "农产品溯源系统", "江门市数联科技有限公司", "280,000.00", "恩财（2021）167号"],
  ];
  const num = (x) => (typeof x === "number" ? x : Number(String(x).replace(/,/g, "")));
  const fundBefore = funds.filter((f, i) => i < 10).reduce((s, f) => s + num(f[3]), 0);
  const fundAll = funds.reduce((s, f) => s + num(f[3]), 0);
  const frows = [
    ["恩平市2019年省级电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null],
    ["下达资金：省级专项资金500万元（粤财工〔2019〕xx号）", null, null, null, "单位：元", null],
    ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "拨款文号"],
  ];
  funds.forEach((f, i) => frows.push([i + 1, f[0], f[1], f[2], f[3], f[4]]));
  frows.push(["合计", null, null, null, fundAll.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","), null]);
  frows.push(["经办人：谭丽娟", null, "复核：何国荣", null, "局领导：", null]);

  // --- disclosures
  const disc = [
    ["2020.1.9", "恩平市电子商务进农村综合示范县创建工作实施方案"],
    ["2020.4.16", "恩平市电子商务进农村综合示范项目基本信息公示"],
    ["2020.6.19", "恩平市电子商务公共服务中心正式运营"],
    ["2020.9.10", "示范创建项目建设进度（2020年8月）"],
    ["2020.10.12", "示范创建项目建设进度（2020年9月）"],
    ["2020.11.9", "示范创建项目建设进度（2020年10月）"],
    ["2020.11.27", "关于征集电子商务进农村工作意见建议的公告"],
    ["2020.12.8", "示范创建项目建设进度（2020年11月）"],
    ["2021.1.11", "示范创建项目建设进度（2020年12月）"],
    ["2021.2.22", "示范创建项目建设进度（2021年1月）"],
    ["2021.3.9", "示范创建项目建设进度（2021年2月）"],
    ["2021.4.12", "示范创建项目建设进度（2021年3月）"],
    ["2021.5.11", "示范创建项目建设进度（2021年4月）"],
    ["2021.6.8", "示范创建项目建设进度（2021年5月）"],
    ["2021.7.12", "示范创建项目建设进度（2021年6月）"],
    ["2021.8.10", "示范创建项目建设进度（2021年7月）"],
    ["2021.8.27", "第二批村级站点建设项目验收结果公示"],
  ];
  const drows = [
    ["恩平市人民政府网“电子商务进农村综合示范”专栏更新记录", null, null, null],
    ["序号", "发布日期", "标题", "所在栏目"],
  ];
  disc.forEach((d, i) => drows.push([i + 1, d[0], d[1], i === 0 ? "创建方案" : i === 1 ? "项目信息" : i === 6 ? "意见征集" : "工作动态"]));
  drows.push(["专栏网址：http://www.enping.gov.cn/（首页—专题专栏—电子商务进农村综合示范）", null, null, null]);
  const discMonths = new Set(disc.map((d) => d[0].split(".").slice(0, 2).join("-")).filter((m) => {
    const [y, mo] = m.split("-").map(Number); const v = y * 12 + mo; return v >= 2020 * 12 + 9 && v <= 2021 * 12 + 8;
  }));

  // --- reports: months as columns
  const months = [];
  for (let v = 2020 * 12 + 9; v <= 2021 * 12 + 8; v++) months.push([Math.floor((v - 1) / 12), ((v - 1) % 12) + 1]);
  const mh = months.map(([y, m]) => `${y}年${m}月`);
  const row1 = months.map(([y, m]) => (y === 2021 && m === 2 ? null : "✓"));
  const row2 = months.map(([y, m]) => ((m === 9 && y === 2020) || m === 12 || m === 3 || m === 6 ? "✓" : null));
  const rrows = [
    ["恩平市向江门市商务局报送电商进农村工作情况登记表（2020年9月—2021年8月）", ...Array(13).fill(null)],
    ["报送内容", ...mh, "备注"],
    ["示范创建工作进展月报", ...row1, "每月10日前报送"],
    ["电商扶贫情况统计表（含贫困户培训、带动增收）", ...row2, "按季度报送"],
    ["注：2021年2月因春节假期及人员调整，当月进展未单独报送，3月合并报送。", ...Array(13).fill(null)],
  ];
  const repMonths = months.filter((_, i) => row1[i] || row2[i]).length;

  // --- media
  const mrows = [
    ["恩平市电子商务进农村宣传报道统计表", null, null, null, null, null, null],
    ["序号", "报道时间", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.11.12", "南方日报", "省级", "报纸", "恩平：电商助力簕菜“出圈”", "否"],
    [2, D("2021-01-20"), "广东广播电视台《广东新闻联播》", "省级", "电视", "恩平簕菜搭上电商快车 贫困户家门口增收", "是"],
    [3, "2021.4.8", "恩平电视台《恩平新闻》", "县级", "电视", "我市举办直播带货技能培训", "否"],
    [4, D("2021-06-15"), "“恩平发布”微信公众号", "县级", "网络", "“恩平好物”618线上促销活动启动", "否"],
    [5, "2021.9.10", "江门日报", "市级", "报纸", "恩平电商进农村示范创建见成效", "否"],
  ];

  // --- materials
  const arows = [
    ["经验材料、典型案例报送登记", null, null, null],
    ["序号", "报送时间", "材料名称", "报送对象"],
    [1, "2020年12月28日", "恩平市电子商务进农村综合示范创建经验做法", "江门市商务局"],
    [2, "2021年7月5日", "小小簕菜“网”上走——恩平市电商扶贫典型案例", "江门市商务局"],
  ];

  // --- self-assessment report (paragraphs + short score table)
  const P = [];
  const merges = [];
  const para = (t) => { P.push([t, null, null, null, null, null]); merges.push(`A${P.length}:F${P.length}`); };
  para("恩平市2019年省级电子商务进农村综合示范创建工作自评报告");
  P.push([null, null, null, null, "恩平市商务局", "2021年9月6日"]);
  P.push([null, null, null, null, null, null]);
  para("一、基本情况");
  para("恩平市位于江门市西南部，辖10个镇、1个街道，共有80个村民委员会、12个社区居民委员会，常住人口48.6万人（第七次全国人口普查数），其中省定贫困村8个。2019年我市被确定为省级电子商务进农村综合示范县，获省级财政专项资金500万元。");
  para("二、主要工作及成效");
  para("（一）加强组织领导。成立了以市长为组长、分管副市长为常务副组长，市商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、市场监管局、邮政分公司等单位为成员的示范创建工作领导小组，办公室设在市商务局。2019年12月20日以恩府办函〔2019〕156号印发《恩平市电子商务进农村综合示范县创建工作实施方案》；2020年3月出台《恩平市促进农村电子商务发展若干扶持措施》，在场地租金、人才引进、网货开发等方面给予扶持。制定了《恩平市电子商务进农村综合示范项目管理办法》《项目验收办法》，建立了项目建设工作台账。");
  para("（二）公共服务中心和产业园建设。恩平市电子商务公共服务中心（恩城街道新平北路）于2020年6月18日正式投入运营，面积1500平方米，设有免费培训室（配投影、电脑40台），可常态化组织电商基础培训；设农特产品展示展销区，为本地特色农产品提供免费展示和销售；设摄影美工室，为电商企业和个人免费拍摄产品、做美工设计；组织“恩平好物”区域公用品牌统一推广，指导簕菜、濑粉等特色产品品牌建设；并提供网店代开、金融对接、直播间共享等其他增值服务。整合优化原恩平电商创业园为恩平市电商产业园，截至8月底在园企业22家，涵盖平台型、销售型、电商运营服务商、物流快递等类型。");
  para("（三）村级站点建设。截至8月31日，全市建成村级电商服务站点69个（含社区站点2个），覆盖行政村66个，覆盖率82.5%；8个省定贫困村全部建有站点，覆盖率100%。");
  para("（四）农村产品上行。委托第三方开展农产品网销调研，形成《恩平市农产品网络销售调研报告》并提出针对性建议；举办“恩平好物”网络年货节、簕菜节直播带货等促销活动12场；引进广东恩农电子商务服务有限公司为专业第三方运营服务商；全市80个行政村快递物流实现全覆盖（覆盖率100%）；制定了恩平簕菜、恩平濑粉网销产品标准，冷链和溯源系统正在建设中。2019年全市农村网络零售额8.62亿元，2020年11.35亿元，同比增长31.7%；农产品网络零售额2019年2.30亿元、2020年2.71亿元，同比增长17.8%。");
  para("（五）电商人才培训。截至2021年8月31日，累计开展电商培训43期4912人次，占常住人口的1.01%；全市有劳动能力的建档立卡贫困人口（不含外出务工人员）1236人，参加电商培训581人，培训率47.0%。");
  para("（六）信息公开与报送。在市政府门户网站开设“电子商务进农村综合示范”专栏，公开了创建实施方案、项目基本信息和项目建设进度，设立了意见征集和监督举报窗口，专栏按月更新。每月向江门市商务局报送创建工作进展，并按季度统计电商扶贫数据（含贫困户培训、带动增收情况）。");
  para("（七）宣传推广。向江门市商务局报送经验材料2篇；恩平簕菜电商扶贫案例获广东广播电视台《广东新闻联播》播报，南方日报、恩平电视台等媒体进行了报道。");
  para("三、资金使用及管理情况");
  para("省级专项资金500万元，截至2021年8月31日已拨付4268350.00元，支出率85.4%。制定了《恩平市电子商务进农村综合示范专项资金管理办法》，建立了资金专用台账，按项目进度拨付。项目总体进度约95%。");
  para("四、存在问题");
  para("一是冷链、溯源系统建设进度偏慢；二是部分偏远村站点业务量小，持续运营困难。");
  para("五、自评情况");
  para("对照《2019年省级电子商务进农村综合示范创建考评指标体系》逐项自评，自评总分93分（含加分1分）。创建期间未发生安全生产、质量事故，不存在弄虚作假情况。");
  P.push([null, null, null, null, null, null]);
  const tStart = P.length + 1;
  P.push(["序号", "考评内容", "分值", "自评分", "备注", null]);
  const T = [
    ["一", "组织领导与统筹协调", 10, 10, null],
    ["1", "组织领导", 2, 2, "市长任组长"],
    ["2", "方案制定", 2, 2, "恩府办函〔2019〕156号"],
    ["3", "政策支持", 2, 2, null],
    ["4", "项目管理", 4, 4, "管理制度2分，工作台账2分"],
    ["二", "电子商务进农村工作", 55, 52, null],
    ["5", "县级公共服务中心及产业园", 15, 15, null],
    ["6", "村级站点覆盖", 10, 10, "行政村82.5%，贫困村100%"],
    ["7", "农村产品上行", 10, 9, null],
    [null, "（1）网销调研及建议", 2, 2, null],
    [null, "（2）网络促销活动", 2, 2, null],
    [null, "（3）第三方运营服务商", 1, 1, null],
    [null, "（4）行政村快递覆盖", 1, 1, null],
    [null, "（5）交易标准及冷链溯源", 2, 1, "溯源在建"],
    [null, "（6）网络零售额增速", 2, 2, "31.7%"],
    ["8", "电商人才培训", 20, 18, "培训人次10分，贫困人口培训8分"],
    ["三", "信息公开及报送", 10, 10, null],
    ["9", "信息公开专栏", 4, 4, null],
    ["10", "数据上报", 6, 6, null],
    ["四", "宣传推广", 10, 7, null],
    ["11", "案例总结", 2, 2, null],
    ["12", "媒体宣传报道", 8, 5, "省级4分，县级1分"],
    ["五", "财政资金管理", 15, 13, null],
    ["13", "资金管理制度", 5, 5, null],
    ["14", "资金台账", 5, 4, null],
    ["15", "资金支出", 5, 4, "支出率85.4%"],
    ["加分", "电商扶贫案例获省级电视播报", 2, 1, "广东新闻联播"],
    ["合计", null, 100, 93, null],
  ];
  for (const r of T) P.push([...r, null]);
  P.push([null, null, null, null, null, null]);
  P.push(["审核人：梁志明", null, null, "填报人：吴少华", null, "联系电话：0750-7xxxxxx"]);

  // sanity on the table
  const leaf = T.filter((r) => /^\d+$/.test(r[0] || ""));
  assert(leaf.reduce((s, r) => s + r[3], 0) === 92, "leaf sum 92");

  const out = {
    description: "恩平市商务局（江门）自评报告：自评报告写成一段段编号正文，数字夹在句子里，末尾一张简短自评打分表（含上行分项）；另附村居名单、站点台账、按期培训登记（人次）、入驻企业、资金拨付（元）、专栏更新、按月打勾的报送登记、宣传报道、经验材料。",
    sheets: [
      { name: "自评报告", rows: P, merges },
      { name: "村居名单", rows: vrows, merges: ["A1:F1"] },
      { name: "站点台账", rows: srows, merges: ["A1:H1"] },
      { name: "培训登记", rows: trows, merges: ["A1:H1"] },
      { name: "产业园企业", rows: erows, merges: ["A1:F1"] },
      { name: "资金拨付", rows: frows, merges: ["A1:F1"] },
      { name: "专栏更新", rows: drows, merges: ["A1:D1"] },
      { name: "月报报送", rows: rrows, merges: ["A1:N1", "A5:N5"] },
      { name: "宣传报道", rows: mrows, merges: ["A1:G1"] },
      { name: "经验材料", rows: arows, merges: ["A1:D1"] },
    ],
  };
  const check = { admin: admins.length, poor: 8, cov, covPoor, ptBefore, ptAll, poorPtAll, entAt: entAt.length, entTypes: [...entTypes], fundBefore, fundAll, discMonths: discMonths.size, repMonths, stations: stations.length, tScoreStart: tStart };
  return { out, check };
}

// =====================================================================================
// CASE 2 — 连州市 (middling)
// =====================================================================================
function buildLianzhou() {
  const towns = [
    ["连州镇", 5, ["城南", "城北", "中山", "湟川", "燕喜", "北湖"]],
    ["西江镇", 5, []],
    ["东陂镇", 6, ["东陂"]],
    ["保安镇", 5, []],
    ["龙坪镇", 6, []],
    ["西岸镇", 6, []],
    ["星子镇", 6, ["星子"]],
    ["大路边镇", 5, []],
    ["九陂镇", 5, []],
    ["丰阳镇", 5, []],
    ["三水瑶族乡", 3, []],
    ["瑶安瑶族乡", 3, []],
  ];
  const pool = ("山塘 畔水 夏东 朱岗 卫民 大珠 斜磅 高山 卓家 水口 孔围 元璧 石兰 马带 清江 潭岭 黄家 沙坊 坪山 联山 " +
    "塘头 三古 东田 洛阳 金鸡 上草 下草 丰田 大坪 石角 白沙 新联 雷公 三江 岭头 东江 连江 塘坪 马鞍 凤头 " +
    "鸡公 横坑 古楼 冲头 油岭 南岗 军寮 盘石 大龙 石马 黄埠 大岭 新塘 田心 龙潭 上坪 松柏 小江 大洞 保丰").split(" ");
  assert(uniq(pool) && pool.length >= 60, "lz pool " + pool.length);
  const villages = [];
  let pi = 0;
  for (const [town, n, comm] of towns) {
    for (let i = 0; i < n; i++) villages.push({ town, name: pool[pi++], admin: true });
    for (const c of comm) villages.push({ town, name: c, admin: false });
  }
  const admins = villages.filter((v) => v.admin);
  assert(admins.length === 60 && villages.length === 68, "lz 60+8");
  const byTown = (t) => admins.filter((v) => v.town === t);
  const poorList = [byTown("西江镇")[2], byTown("东陂镇")[4], byTown("保安镇")[1], byTown("龙坪镇")[3], byTown("西岸镇")[5],
    byTown("大路边镇")[0], byTown("丰阳镇")[2], byTown("三水瑶族乡")[1], byTown("瑶安瑶族乡")[2]];
  poorList.forEach((v) => (v.poor = true));
  const noExpress = byTown("三水瑶族乡")[2];
  assert(!noExpress.poor, "noExpress not poor");

  const vrows = [
    ["连州市行政村（社区）名单", null, null, null, null],
    ["乡镇", "村（社区）名称", "类型", "快递是否进村", "备注"],
  ];
  for (const v of villages) {
    vrows.push([v.town, v.admin ? v.name + "村" : v.name + "社区", v.admin ? "行政村" : "社区",
      v === noExpress ? "否" : "是", v === noExpress ? "快递暂未进村，需到乡圩镇自取" : null]);
  }
  vrows.push(["共计：行政村60个，社区8个", null, null, null, null]);
  vrows.push(["资料来源：市民政局、市邮政管理（2021年6月）", null, null, null, null]);

  const prows = [
    ["连州市省定贫困村名单（9个）", null, null, null],
    ["序号", "镇（乡）", "村名", "帮扶单位"],
  ];
  const helpers = ["广州市黄埔区", "广州市黄埔区", "清远市直单位", "广州市黄埔区", "清远市直单位", "广州市黄埔区", "连州市直单位", "广州市黄埔区", "广州市黄埔区"];
  poorList.forEach((v, i) => prows.push([i + 1, v.town, v.name + "村委会", helpers[i]]));

  // stations: 40 distinct covered (8 poor except 瑶安 one)
  const lateVillage = poorList[8]; // 瑶安 poor village: station only in September
  const coveredPick = [];
  for (const v of poorList.slice(0, 8)) coveredPick.push(v);
  const others = admins.filter((v) => !v.poor && v !== noExpress);
  // deterministic choice of 32 others: skip every 5th roughly
  const skip = new Set();
  // others count
  const nOthers = others.length; // 60-9-1 = 50
  assert(nOthers === 50, "others 50");
  // we need 32 of 50 -> skip 18
  for (let i = 0; skip.size < 18; i += 3) skip.add(i % 50 === 49 ? 48 : i % 50);
  others.forEach((v, i) => { if (!skip.has(i)) coveredPick.push(v); });
  assert(coveredPick.length === 40, "40 covered pick " + coveredPick.length);
  // order by town order
  const order = (v) => admins.indexOf(v);
  coveredPick.sort((a, b) => order(a) - order(b));
  const stations = [];
  let dcur = new Date(Date.UTC(2020, 7, 3));
  coveredPick.forEach((v) => {
    stations.push({ town: v.town, v, label: v.name + "村委会", iso: dcur.toISOString().slice(0, 10) });
    dcur = new Date(dcur.getTime() + (6 + Math.floor(rnd() * 5)) * 86400000);
  });
  assert(stations[stations.length - 1].iso <= "2021-08-31", "lz last st " + stations[stations.length - 1].iso);
  // duplicate
  const dupIdx = 10;
  stations.splice(dupIdx + 1, 0, { town: stations[dupIdx].town, v: stations[dupIdx].v, label: stations[dupIdx].v.name + "村", iso: "2021-05-06", dup: true });
  // community
  stations.splice(1, 0, { town: "连州镇", comm: "中山", label: "中山社区", iso: "2020-08-12" });
  // late poor village
  stations.push({ town: lateVillage.town, v: lateVillage, label: lateVillage.name + "村委会", iso: "2021-09-15", late: true });

  const srows = [
    ["连州市村级电商服务站点清单", null, null, null, null, null, null, null],
    ["填报单位：连州市商务局", null, null, null, null, null, "截至2021年9月", null],
    ["序号", "站点名称", "乡镇", "所在行政村", "详细地址", "站长", "联系电话", "挂牌时间"],
  ];
  stations.forEach((s, i) => {
    const nm = s.comm ? `连州镇${s.comm}社区电商服务站` : s.dup ? `${s.v.name}村邮政便民服务站（电商）` : `${s.v.name}村电商服务站`;
    const dt = i % 4 === 0 ? D(s.iso) : i % 4 === 1 ? textDate(s.iso, "cn") : i % 4 === 2 ? textDate(s.iso, "dot") : textDate(s.iso, "slash");
    srows.push([i + 1, nm, s.town, s.label, `${s.town}${s.label.replace("委会", "")}${pick(["村委会一楼", "小卖部", "文化室", "圩镇路口", "邮政代办点"])}`, name(), phone(), dt]);
  });
  srows.push(["注：瑶安乡" + lateVillage.name + "村站点于9月中旬挂牌。", null, null, null, null, null, null, null]);

  const covSet = new Set(stations.filter((s) => s.v && s.iso <= "2021-08-31").map((s) => s.v.name));
  const cov = admins.filter((v) => covSet.has(v.name)).length;
  const covPoor = poorList.filter((v) => covSet.has(v.name)).length;

  // --- poor roster (120)
  const persons = [];
  for (let i = 0; i < 120; i++) {
    let cat;
    if (i % 10 === 3 || i % 10 === 7) cat = "nolab"; // 24
    else if (i % 10 === 5 && i < 60) cat = "migrant"; // 6
    else cat = "elig";
    persons.push({ i, cat });
  }
  // adjust to 80 eligible, 12 migrant, 28 nolab
  let nNol = persons.filter((p) => p.cat === "nolab").length;
  let nMig = persons.filter((p) => p.cat === "migrant").length;
  for (const p of persons) {
    if (p.cat !== "elig") continue;
    if (nNol < 28 && p.i % 10 === 9 && p.i > 70) { p.cat = "nolab"; nNol++; }
  }
  for (const p of persons) {
    if (p.cat !== "elig") continue;
    if (nMig < 12 && p.i % 10 === 1 && p.i > 40) { p.cat = "migrant"; nMig++; }
  }
  const elig = persons.filter((p) => p.cat === "elig");
  const mig = persons.filter((p) => p.cat === "migrant");
  const nol = persons.filter((p) => p.cat === "nolab");
  assert(elig.length === 80 && mig.length === 12 && nol.length === 28, `roster ${elig.length}/${mig.length}/${nol.length}`);
  const xIdx = elig[5].i;
  for (const p of persons) {
    p.id = newId("441882", p.i === xIdx ? true : false);
    p.name = name();
    p.village = pick(poorList);
    p.lab = p.cat === "nolab" ? pick(["无劳动力", "丧失劳动力", "无劳动力"]) : pick(["普通劳动力", "普通劳动力", "技能劳动力"]);
    p.migrant = p.cat === "migrant" ? "是" : "否";
  }
  // household grouping: every ~3 persons a household head
  const rrows = [
    ["连州市建档立卡贫困人口名单（抽取：有劳动能力及参训情况核对用）", null, null, null, null, null, null, null, null],
    ["数据来源：连州市乡村振兴局（原扶贫办）2021年6月导出", null, null, null, null, null, null, null, null],
    ["序号", "镇（乡）", "行政村", "户主姓名", "姓名", "与户主关系", "身份证号码", "劳动技能", "是否外出务工"],
  ];
  let head = null;
  persons.forEach((p, k) => {
    const isHead = k % 3 === 0;
    if (isHead) head = p;
    else p.village = head.village;
    rrows.push([k + 1, p.village.town, p.village.name + "村", head.name, p.name, isHead ? "户主" : pick(["配偶", "之子", "之女", "兄弟姐妹"]), p.id, p.lab, p.migrant]);
  });
  rrows.push(["说明：劳动技能按扶贫系统口径（普通劳动力、技能劳动力为有劳动能力）；外出务工指在县外务工。", null, null, null, null, null, null, null, null]);

  // --- training sign-in
  const sess = [
    ["2020-08-26", "电商基础知识普及班（第1期）", 96, "id"],
    ["2020-09-09", "电商基础知识普及班（第2期）", 88, "id"],
    ["2020-09-23", "农产品网店开设实操", 72, "id"],
    ["2020-10-14", "电商扶贫专题班（西江、东陂）", 64, "id", "poor"],
    ["2020-10-28", "电商基础知识普及班（第3期）", 110, "id"],
    ["2020-11-11", "直播带货入门", 85, "id"],
    ["2020-11-25", "电商基础知识普及班（第4期）", 104, "id"],
    ["2020-12-09", "线上直播培训（腾讯会议）", 186, "none"],
    ["2020-12-23", "电商扶贫专题班（龙坪、西岸）", 58, "id", "poor"],
    ["2021-01-13", "电商基础知识普及班（第5期）", 97, "id"],
    ["2021-01-27", "年货节网销培训", 76, "id"],
    ["2021-02-24", "春耕农资网购培训", 90, "id"],
    ["2021-03-10", "电商基础知识普及班（第6期）", 112, "id"],
    ["2021-03-24", "短视频拍摄与剪辑", 68, "id"],
    ["2021-04-07", "电商扶贫专题班（大路边、丰阳）", 61, "id", "poor"],
    ["2021-04-21", "电商基础知识普及班（第7期）", 105, "id"],
    ["2021-04-28", "青年电商创业训练营", 120, "id"],
    ["2021-05-12", "机关干部电商知识讲座", 132, "none"],
    ["2021-05-26", "电商基础知识普及班（第8期）", 99, "id"],
    ["2021-06-09", "连州菜心网销专题", 83, "id"],
    ["2021-06-23", "电商扶贫专题班（三水、瑶安）", 57, "id", "poor"],
    ["2021-07-07", "电商基础知识普及班（第9期）", 108, "id"],
    ["2021-07-21", "村级站长业务培训", 41, "id"],
    ["2021-07-28", "线上直播培训（抖音直播间）", 160, "none"],
    ["2021-08-04", "电商基础知识普及班（第10期）", 101, "id"],
    ["2021-08-18", "直播带货进阶", 79, "id"],
    ["2021-08-25", "电商基础知识普及班（第11期）", 0, "id"], // filled to reach total
    ["2021-09-08", "电商基础知识普及班（第12期）", 45, "id", "late"],
  ];
  const partial = sess.slice(0, -2).reduce((s, r) => s + r[2], 0);
  sess[sess.length - 2][2] = 2580 - partial;
  assert(sess[sess.length - 2][2] > 60 && sess[sess.length - 2][2] < 200, "lz last sess " + sess[sess.length - 2][2]);
  // poor assignment per session index
  const poorSessIdx = sess.map((s, i) => (s[4] === "poor" ? i : -1)).filter((i) => i >= 0);
  const assign = sess.map(() => []); // list of {p, idForm}
  const trainedElig = elig.slice(0, 34);
  trainedElig.forEach((p, k) => assign[poorSessIdx[k % 4]].push(p));
  // trained twice: first 10 also in a general session
  const generalIdx = sess.map((s, i) => (s[3] === "id" && !s[4] && s[0] <= "2021-08-31" ? i : -1)).filter((i) => i >= 0);
  assert(generalIdx.length >= 10, "general sessions");
  trainedElig.slice(0, 10).forEach((p, k) => assign[generalIdx[(k * 2) % generalIdx.length]].push(p));
  // eligible trained only in september
  assign[sess.length - 1].push(elig[34], elig[35]);
  // migrants trained before cut-off
  assign[poorSessIdx[0]].push(mig[0]); assign[poorSessIdx[2]].push(mig[1]); assign[poorSessIdx[3]].push(mig[2]);
  // no-labour trained
  assign[poorSessIdx[1]].push(nol[0]); assign[poorSessIdx[3]].push(nol[1]);
  // poor (self-declared) not on roster
  const strangers = [{ id: newId("441882", false), name: name(), stranger: true }, { id: newId("441881", false), name: name(), stranger: true }];
  assign[poorSessIdx[1]].push(strangers[0]); assign[poorSessIdx[2]].push(strangers[1]);

  const trows = [
    ["连州市电子商务培训学员签到汇总表", null, null, null, null, null, null, null],
    ["（根据各期纸质签到表录入）", null, null, null, null, null, null, null],
    ["序号", "培训日期", "培训班次", "姓名", "性别", "身份证号码", "联系电话", "是否建档立卡贫困户"],
  ];
  let seq = 0;
  let rowsBefore = 0, rowsAll = 0;
  const trainedIds = new Set(); // ids dated <= cutoff
  sess.forEach((s, si) => {
    const [iso, title, count, idMode] = s;
    const pre = assign[si];
    assert(pre.length <= count, "session too small " + title);
    const dateStyle = si % 3 === 0 ? "date" : si % 3 === 1 ? "dot" : "cn";
    for (let j = 0; j < count; j++) {
      seq++;
      let nm, id, poorFlag;
      if (j < pre.length) {
        const p = pre[j];
        nm = p.name;
        id = p.i === xIdx ? p.id.slice(0, 17) + "x" : p.id;
        poorFlag = "是";
        if (iso <= "2021-08-31") trainedIds.add(p.id);
      } else {
        nm = name();
        id = idMode === "none" ? null : newId(pick(["441882", "441882", "441882", "441881", "441802"]), false);
        poorFlag = s[4] === "poor" ? "否" : null;
      }
      const sex = id ? (Number(id[16]) % 2 === 1 ? "男" : "女") : rnd() < 0.5 ? "男" : "女";
      trows.push([seq, textDate(iso, dateStyle), title, nm, sex, id, phone(), poorFlag]);
      rowsAll++; if (iso <= "2021-08-31") rowsBefore++;
    }
  });
  trows.push(["备注：线上直播培训、机关干部讲座按平台/会议签到名单录入，未登记身份证号。", null, null, null, null, null, null, null]);
  const trainedEligCount = elig.filter((p) => trainedIds.has(p.id)).length;

  // --- enterprises
  const ents = [
    ["连州市连品汇电子商务有限公司", "平台型", "2020.3.16", null],
    ["连州菜心网店（卓家合作社）", "销售型", "2020.3.16", null],
    ["连州市邮政分公司（电商运营）", "运营服务商", "2020.4.1", null],
    ["清远市湟川电商服务有限公司", "运营服务商", "2020.4.20", null],
    ["连州市星子红薯网店", "销售型", "2020.5.8", null],
    ["连州市韵达快递服务部", "物流", "2020.6.1", null],
    ["连州市东陂腊味网店", "销售型", "2020.6.22", null],
    ["连州市瑶山优品商贸有限公司", "销售型", "2020.8.3", "2021.5.31"],
    ["连州市溪谷直播工作室", "直播", "2020.9.14", null],
    ["连州市丰阳柑橘电商专业合作社", "销售型", "2020.10.19", null],
    ["连州市乡村云仓物流有限公司", "物流", "2020.11.16", null],
    ["连州市地下河旅游电商部", "销售型", "2021.1.11", null],
    ["广东连农网络科技有限公司", "平台型", "2021.3.8", null],
    ["连州市青创电商运营工作室", "运营服务商", "2021.4.26", null],
    ["连州市水晶梨网店", "销售型", "2021.6.7", null],
    ["连州市龙坪优选农产品网店", "销售型", "2021.7.19", null],
    ["连州市保安米业电商部", "销售型", "2021.9.10", null],
  ];
  const erows = [
    ["连州电商创业园入驻企业清单", null, null, null, null, null, null],
    ["序号", "企业名称", "统一社会信用代码", "类型", "入驻日期", "退出日期", "备注"],
  ];
  ents.forEach((e, i) => {
    let code = "92441882MA5";
    for (let j = 0; j < 7; j++) code += "0123456789ABCDEFGHJKLMNPQRTUWXY"[Math.floor(rnd() * 31)];
    erows.push([i + 1, e[0], code, e[1], e[2], e[3], e[3] ? "已搬离" : i === 16 ? "9月新入驻" : null]);
  });
  const iso = (s) => s.split(".").map((x, i) => (i ? x.padStart(2, "0") : x)).join("-");
  const entAt = ents.filter((e) => iso(e[2]) <= "2021-08-31" && !(e[3] && iso(e[3]) <= "2021-08-31"));

  // --- funds (万元)
  const funds = [
    ["2020.1.16", "县级电商公共服务中心建设（首期）", 85],
    ["2020.6.30", "村级站点建设", 62.4],
    ["2020.10.22", "电商培训", 48.6],
    ["2021.1.12", "县乡村物流体系建设", 55],
    ["2021.3.30", "服务中心装修尾款", 40.26],
    ["2021.6.18", "农产品品牌推广", 36],
    ["2021.8.26", "服务中心运营补助", 24],
    ["2021.9.28", "农产品溯源系统", 48.5],
  ];
  const fBefore = Math.round(funds.slice(0, 7).reduce((s, f) => s + f[2] * 10000, 0));
  const fAll = Math.round(funds.reduce((s, f) => s + f[2] * 10000, 0));
  const frows = [
    ["连州市电子商务进农村综合示范专项资金拨付明细", null, null, null, null, null],
    ["省级下达：500万元", null, null, null, "单位：万元", null],
    ["序号", "拨付时间", "项目", "收款单位", "拨付金额", "累计拨付"],
  ];
  let cum = 0;
  const payees = ["连州市连品汇电子商务有限公司", "连州市邮政分公司", "清远市湟川电商服务有限公司", "连州市乡村云仓物流有限公司", "连州市建安装饰工程有限公司", "广东连农网络科技有限公司", "连州市连品汇电子商务有限公司", "清远市数智科技有限公司"];
  funds.forEach((f, i) => { cum = Math.round((cum + f[2]) * 100) / 100; frows.push([i + 1, f[0], f[1], payees[i], f[2], cum]); });
  frows.push([null, "合计", null, null, Math.round(fAll / 100) / 100, null]);
  frows.push(["制表：连州市商务局财务室  2021年9月30日", null, null, null, null, null]);

  // --- disclosures
  const disc = [
    [D("2020-04-28"), "连州市电子商务进农村综合示范县创建实施方案"],
    [D("2020-06-15"), "连州市电子商务进农村综合示范项目基本信息"],
    [D("2020-10-20"), "示范项目建设进度（三季度）"],
    [D("2020-12-30"), "示范项目建设进度（四季度）"],
    [D("2021-03-18"), "示范项目建设进度（一季度）"],
    [D("2021-05-26"), "县级公共服务中心开业运营"],
    [D("2021-07-14"), "示范项目建设进度（二季度）"],
  ];
  const drows = [
    ["连州市政府网“电子商务进农村”专栏更新情况", null, null, null],
    ["序号", "更新日期", "标题", "网址"],
  ];
  disc.forEach((d, i) => drows.push([i + 1, d[0], d[1], "http://www.lianzhou.gov.cn/zwgk/ztzl/dzsw/"]));

  // --- reports
  const reps = [
    [D("2020-07-10"), "6月份电商进农村工作进展", "否"],
    [D("2020-09-08"), "8月份工作进展及电商统计数据", "是"],
    [D("2020-10-12"), "9月份工作进展", "否"],
    [D("2020-12-09"), "11月份工作进展及电商扶贫数据", "是"],
    [D("2021-01-11"), "2020年工作总结", "是"],
    [D("2021-03-10"), "1-2月工作进展", "否"],
    [D("2021-04-08"), "一季度工作进展及电商扶贫数据", "是"],
    [D("2021-06-09"), "5月份工作进展", "否"],
    [D("2021-08-10"), "上半年工作总结及电商扶贫数据", "是"],
    [D("2021-09-09"), "8月份工作进展", "否"],
  ];
  const rprows = [
    ["连州市电子商务进农村信息报送台账", null, null, null, null],
    ["序号", "报送时间", "报送内容", "报送对象", "是否含电商扶贫统计"],
  ];
  reps.forEach((r, i) => rprows.push([i + 1, r[0], r[1], "清远市商务局", r[2]]));
  const repMonths = new Set(reps.map((r) => r[0].date.slice(0, 7)).filter((m) => m >= "2020-09" && m <= "2021-08"));
  const discMonths = new Set(disc.map((r) => r[0].date.slice(0, 7)).filter((m) => m >= "2020-09" && m <= "2021-08"));

  // --- media
  const mrows = [
    ["宣传报道情况", null, null, null, null, null, null],
    ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.12.8", "清远日报", "市级", "报纸", "连州：村级电商站点让山货“飞”出大山", "否"],
    [2, "2021.3.22", "连州电视台", "县级", "电视", "我市举办电商扶贫专题培训", "否"],
    [3, "2021.5.19", "清远广播电视台", "市级", "电视", "连州县级电商公共服务中心开业", "否"],
  ];

  // --- materials
  const arows = [
    ["经验材料报送", null, null],
    ["日期", "材料名称", "报送单位"],
    ["2021年6月18日", "连州市推进电子商务进农村工作经验材料", "清远市商务局"],
  ];

  // --- 基本情况表
  const B = [];
  const bm = ["A1:F1"];
  B.push(["连州市电子商务进农村综合示范县基本情况表", null, null, null, null, null]);
  B.push(["填报单位（盖章）：连州市商务局", null, null, null, "填报日期：2021年9月8日", null]);
  B.push(["类别", "序号", "项目", "单位", "填报情况", "备注"]);
  const groups = [
    ["一、基本县情", [
      ["县（市、区）", null, "连州市", null],
      ["常住人口", "万人", 37.2, "七普数据"],
      ["行政村（村委会）", "个", 60, null],
      ["社区（居委会）", "个", 8, "不计入行政村"],
      ["省定贫困村", "个", 9, "名单见“省定贫困村”表"],
      ["统计截止时间", null, "2021年8月31日", null],
    ]],
    ["二、组织保障", [
      ["领导小组组长", null, "副市长 黄建文", "分管商务工作"],
      ["成员单位", null, "商务局、财政局、农业农村局、乡村振兴局、市场监管局、交通运输局、邮政分公司", null],
      ["创建方案", null, "已印发", "连府办〔2019〕88号"],
      ["扶持政策", null, "已出台", "《连州市农村电商发展扶持办法（试行）》，落实情况一般"],
    ]],
    ["三、服务体系", [
      ["县级电商公共服务中心运营时间", null, "2021年4月20日", "原址改造，2021年4月20日正式开业"],
      ["免费培训场地及设备", null, "有", "培训室1间，电脑30台"],
      ["农特产品免费展示展销", null, "有", null],
      ["免费摄影、美工服务", null, "无", "拟引入服务商"],
      ["区域品牌推广、品牌指导", null, "有", "“连州菜心”区域公用品牌"],
      ["其他增值服务", null, "有", "代开网店、代办证照"],
      ["电商产业园", null, "已整合", "连州电商创业园"],
      ["园区在园企业", "家", 15, "截至8月底"],
      ["村级站点", "个", 42, "截至8月底；9月新增1个"],
    ]],
    ["四、上行与物流", [
      ["第三方电商运营服务商", null, "有", "清远市湟川电商服务有限公司"],
      ["行政村快递覆盖率", "%", 98.3, "59/60"],
      ["2019年农村网络零售额", "亿元", 3.2, null],
      ["2020年农村网络零售额", "亿元", 3.9, "增长21.9%"],
      ["2019年农产品网络零售额", "亿元", 1.12, null],
      ["2020年农产品网络零售额", "亿元", 1.49, "增长33.0%"],
    ]],
    ["五、人才培训", [
      ["累计培训人次（截至8月底）", "人次", 2580, "不含9月"],
      ["有劳动能力建档立卡贫困人口（不含外出务工）", "人", 80, "乡村振兴局核定"],
      ["其中参加电商培训", "人", 34, "按身份证号去重"],
    ]],
    ["六、信息公开与报送", [
      ["政府网站专栏", null, "已设立", "市政府网—专题专栏"],
      ["公示创建方案", null, "√", null],
      ["公示项目基本信息", null, "√", null],
      ["公示项目建设进度", null, "√", "按季度"],
      ["征求意见/监督举报窗口", null, "×", "未单独设置"],
      ["电商扶贫情况统计", null, "有", "随月报报送"],
    ]],
    ["七、资金管理", [
      ["省级财政资金下达", "万元", 500, null],
      ["累计拨付（截至8月31日）", "万元", 351.26, "支出率70.25%"],
      ["资金管理制度", null, "已制定", "《专项资金管理办法》"],
      ["资金专用台账", null, "已建立", null],
      ["项目总体进度", "%", 72, null],
    ]],
    ["八、否决事项", [
      ["安全生产、质量事故或重大损失", null, "无", null],
      ["弄虚作假", null, "无", null],
    ]],
  ];
  let no = 0;
  for (const [g, items] of groups) {
    const start = B.length + 1;
    items.forEach((it, j) => { no++; B.push([j === 0 ? g : null, no, it[0], it[1], it[2], it[3]]); });
    bm.push(`A${start}:A${B.length}`);
  }
  B.push(["填表人：李秀玲", null, null, "审核人：陈志强", "联系电话：0763-6622xxx", null]);

  // --- 自评打分
  const S = [];
  S.push(["连州市省级电子商务进农村综合示范县创建自评打分表", null, null, null, null, null]);
  S.push(["序号", "考核项目", "考核要点", "满分", "自评分", "自评依据"]);
  const SS = [
    ["一", "组织保障", null, 10, 7, null],
    ["1", "领导机制", "领导小组、部门参与", 2, 1, "副市长任组长"],
    ["2", "实施方案", "正式印发方案", 2, 2, "连府办〔2019〕88号"],
    ["3", "扶持政策", "资金、土地、人才政策", 2, 1, null],
    ["4", "项目管理", "制度+台账", 4, 3, null],
    [null, "①管理制度及执行", null, 2, 1, null],
    [null, "②工作台帐", null, 2, 2, null],
    ["二", "体系建设与产品上行", null, 55, 37, null],
    ["5", "县级服务中心及电商园", "中心运营、园区企业", 15, 12, "中心4月开业，至考评时已满6个月"],
    ["6", "村级站点", "行政村、贫困村覆盖", 10, 5, "40/60；贫困村8/9"],
    ["7", "农产品上行", null, 10, 6, null],
    [null, "①摸底调研及建议", null, 2, 1, null],
    [null, "②网络促销活动", null, 2, 1, null],
    [null, "③第三方服务商", null, 1, 1, null],
    [null, "④快递进村", null, 1, 0, "1个村未通"],
    [null, "⑤交易标准、冷链溯源", null, 2, 1, null],
    [null, "⑥网络零售额增长", null, 2, 2, "农产品增长33%"],
    ["8", "电商培训", "培训人次、贫困人口培训", 20, 14, "人次0.69%得6分；贫困人口42.5%得8分"],
    ["三", "信息公开报送", null, 10, 7, null],
    ["9", "政府网站专栏", "设立及更新", 4, 3, null],
    ["10", "按月报送", "报送及扶贫统计", 6, 4, null],
    ["四", "宣传", null, 10, 6, null],
    ["11", "经验总结报送", null, 2, 2, null],
    ["12", "媒体报道", null, 8, 4, "市级、县级"],
    ["五", "资金管理", null, 15, 10, null],
    ["13", "资金管理制度", null, 5, 4, null],
    ["14", "资金台账", null, 5, 3, null],
    ["15", "资金拨付进度", null, 5, 3, "支出率70.25%"],
    ["加分", "贫困人口培训率70%以上", null, 2, 0, null],
    ["加分", "电商扶贫案例电视播报", null, 2, 0, null],
    ["合计", null, null, 100, 67, null],
  ];
  for (const r of SS) S.push(r);
  S.push(["自评人：李秀玲", null, null, "审核：陈志强", null, null]);
  const leaf = SS.filter((r) => /^\d+$/.test(r[0] || ""));
  assert(leaf.reduce((s, r) => s + r[4], 0) === 67, "lz leaf 67");

  const out = {
    description: "连州市商务局（清远）：基本情况表按自己的八大类分组（类别合并单元格、序号、项目、单位、填报情况、备注），另有自评打分表（自拟考核项目名、分项）；台账有行政村名单（带快递列）、省定贫困村名单、站点清单、逐人签到培训汇总（身份证号）、建档立卡贫困人口名单、入驻企业、资金拨付（万元）、专栏更新、信息报送、宣传报道、经验材料。",
    sheets: [
      { name: "基本情况表", rows: B, merges: bm },
      { name: "自评打分", rows: S, merges: ["A1:F1"] },
      { name: "行政村名单", rows: vrows, merges: ["A1:E1"] },
      { name: "省定贫困村", rows: prows, merges: ["A1:D1"] },
      { name: "站点清单", rows: srows, merges: ["A1:H1"] },
      { name: "培训签到汇总", rows: trows, merges: ["A1:H1", "A2:H2"] },
      { name: "贫困人口名单", rows: rrows, merges: ["A1:I1", "A2:I2"] },
      { name: "入驻企业", rows: erows, merges: ["A1:G1"] },
      { name: "资金拨付", rows: frows, merges: ["A1:F1"] },
      { name: "专栏更新", rows: drows, merges: ["A1:D1"] },
      { name: "信息报送", rows: rprows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mrows, merges: ["A1:G1"] },
      { name: "经验材料", rows: arows, merges: ["A1:C1"] },
    ],
  };
  const check = {
    admin: admins.length, poor: poorList.length, cov, covPoor, noExpress: noExpress.name,
    rowsBefore, rowsAll, elig: elig.length, trainedElig: trainedEligCount,
    entAt: entAt.length, entTypes: [...new Set(entAt.map((e) => e[1]))], fBefore, fAll,
    repMonths: [...repMonths].sort(), discMonths: [...discMonths].sort(), stations: stations.length,
    lateVillage: lateVillage.name, xPerson: persons[xIdx].id,
  };
  return { out, check };
}

module.exports = { buildEnping, buildLianzhou };
if (require.main === module) {
  const a = buildEnping();
  const b = buildLianzhou();
  console.log(JSON.stringify(a.check));
  console.log(JSON.stringify(b.check));
  const dir = path.join(__dirname, "..");
  const fin = (o, name, expect, derivation) => {
    o.expect = expect; o.derivation = derivation;
    // one sheet row per line, the rest indented
    const rowsTok = [];
    const clone = JSON.parse(JSON.stringify(o));
    clone.sheets.forEach((sh) => { sh.rows = sh.rows.map((r) => { rowsTok.push(JSON.stringify(r)); return "@@ROW" + (rowsTok.length - 1) + "@@"; }); });
    let txt = JSON.stringify(clone, null, 2);
    txt = txt.replace(/"@@ROW(\d+)@@"/g, (_, i) => rowsTok[Number(i)]);
    JSON.parse(txt);
    fs.writeFileSync(path.join(dir, name), txt + "\n");
  };
  const E = {
    enping: {
      expect: {
        asOf: "2021-08-31", total: 91, bonus: 1, vetoed: false,
        points: {
          "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4,
          "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 18,
          "info.disclosure": 4, "info.reporting": 4, "promo.cases": 2, "promo.media": 5,
          "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
          "bonus.poorTraining": 0, "bonus.tvCase": 1,
          "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
        },
        claimed: {
          "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4,
          "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 18,
          "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5,
          "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.tvCase": 1,
        },
      },
      derivation: [
        "org.leadership: 自评报告（一）领导小组以市长为组长（主要领导），成员有市商务局、财政局、农业农村局、乡村振兴局（原扶贫办）等 → 2",
        "org.plan: 恩府办函〔2019〕156号正式印发实施方案；自评表“方案制定”2分 → 2",
        "org.policy: 2020年3月出台《恩平市促进农村电子商务发展若干扶持措施》；自评表“政策支持”2分 → 2",
        "org.management: 自评表“项目管理”4分（备注：管理制度2分，工作台账2分）→ 2+2 = 4",
        "work.center: 中心2020-06-18投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训室及设备 → 2；农特产品免费展示销售 → 1；免费摄影美工 → 1；“恩平好物”品牌推广指导 → 1；网店代开、金融对接等增值服务 → 1；整合优化电商产业园 → 2；产业园企业表24家，濑粉人家2021.3.31退出、丝苗米网销中心2021.9.6入驻均不计 → 在园22家 ≥ 20 → 2；类型平台型、销售型、电商运营商、物流企业、直播机构共5种 ≥ 3 → 1；合计15",
        "work.coverage: 村居名单80个村委会（12个居委会不计）；站点台账70行，锦城社区、沙湖社区2个社区站点不计，石栏村2个站点算1村，良西镇河排村站点2021.9.2建成（截止日后）不计 → 覆盖66村，66/80 = 82.5% ≥ 70% → 5；省定贫困村8个（石栏、凤山、永安、那西、福和、官堂、北坑、岐岭）全部有站点 → 100% → 5；合计10",
        "work.upward: 网销调研2（自评分项）+ 网络促销2（自评分项）+ 第三方运营服务商（广东恩农）1 + 村居名单“快递物流是否通达”80个村委会全为“是”→ 1 + 交易标准及冷链溯源自评1 + 2020年农村网络零售额11.35亿元/2019年8.62亿元 = +31.7% ≥ 30% → 2；合计9",
        "work.training: 常住人口48.6万 → 基数486000；培训登记为按期人次，截止日前43期参训人次合计4912（第44期2021.9.2-3的60人次在截止日后不计，合计行4972不计）→ 4912/486000 = 1.011% ≥ 1% → 10；无贫困人口名单和逐人签到，按自评报告所述：有劳动能力不含外出务工的建档立卡贫困人口1236人、参训581人 → 47.0%（40%-50%）→ 8（“其中贫困户人次”1076为人次，不是人数）；合计18",
        "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，设意见征集和监督举报窗口 → 2；专栏更新记录2020年9月至2021年8月每月都有更新 → 按月 2；合计4",
        "info.reporting: 月报报送登记表2021年2月两行都空（注明春节未报送），12个月中11个月有报送 → 不定时 1；“电商扶贫情况统计表”按季度报送，正文亦称统计电商扶贫数据 → 3；合计4（自评6分）",
        "promo.cases: 经验材料登记2篇（2020年12月28日、2021年7月5日）报江门市商务局 → 2",
        "promo.media: 截止日前：南方日报（省级）、广东广播电视台（省级）、恩平电视台（县级）、恩平发布（县级）→ 省级4 + 县级1 = 5；江门日报（市级）2021.9.10在截止日后不计",
        "fund.system: 已制定专项资金管理办法；自评表“资金管理制度”5分 → 5",
        "fund.ledger: 已建立资金专用台账；自评表“资金台账”4分 → 4",
        "fund.spending: 资金拨付台账截止日前10笔合计4,268,350.00元（2021.9.15溯源系统280,000元不计）/ 下达5,000,000元 = 85.37% ≥ 70% → 自评及时拨付4分 → 4",
        "bonus.poorTraining: 贫困人口培训率47.0% < 70% → 0",
        "bonus.tvCase: 广东广播电视台《广东新闻联播》2021-01-20播报恩平簕菜电商扶贫典型案例（省级电视，标注为典型案例）→ 1",
        "veto.incident: 自评报告称未发生安全生产、质量事故 → 不否决，0",
        "veto.progress: 项目总体进度约95% ≥ 40% → 不否决，0",
        "veto.fraud: 自评报告称不存在弄虚作假 → 不否决，0",
      ],
    },
    lianzhou: {
      expect: {
        asOf: "2021-08-31", total: 63, bonus: 0, vetoed: false,
        points: {
          "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 3,
          "work.center": 10, "work.coverage": 5, "work.upward": 6, "work.training": 14,
          "info.disclosure": 1, "info.reporting": 4, "promo.cases": 2, "promo.media": 4,
          "fund.system": 4, "fund.ledger": 3, "fund.spending": 3,
          "bonus.poorTraining": 0, "bonus.tvCase": 0,
          "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
        },
        claimed: {
          "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 3,
          "work.center": 12, "work.coverage": 5, "work.upward": 6, "work.training": 14,
          "info.disclosure": 3, "info.reporting": 4, "promo.cases": 2, "promo.media": 4,
          "fund.system": 4, "fund.ledger": 3, "fund.spending": 3,
          "bonus.poorTraining": 0, "bonus.tvCase": 0,
        },
      },
      derivation: [
        "org.leadership: 基本情况表领导小组组长为副市长（分管领导）→ 1（成员单位齐全也只能得1分）",
        "org.plan: 创建方案已印发（连府办〔2019〕88号）；自评打分“实施方案”2分 → 2",
        "org.policy: 已出台农村电商扶持办法；自评打分“扶持政策”1分 → 1",
        "org.management: 自评打分“①管理制度及执行”1分 + “②工作台帐”2分 → 3",
        "work.center: 中心2021年4月20日运营 ≤ 2021-08-31 → 2；晚于2021-02-28，截至8月31日未满6个月 → 0（自评依据“至考评时已满6个月”不算）；免费培训场地设备“有”→ 2；免费展示展销“有”→ 1；免费摄影美工“无”→ 0；品牌推广“有”→ 1；其他增值服务“有”→ 1；电商产业园已整合 → 2；入驻企业清单17家，瑶山优品2021.5.31退出、保安米业2021.9.10入驻 → 在园15家 < 20 → 0；类型平台型、销售型、运营服务商、物流、直播 ≥ 3 → 1；合计10（自评12）",
        "work.coverage: 行政村名单60个行政村（8个社区不计）；站点清单43行，中山社区站点不计，1个村有2个站点算1村，瑶安乡保丰村站点2021年9月15日挂牌（截止日后）不计 → 覆盖40村，40/60 = 66.7%（50%-70%）→ 2；省定贫困村9个，保丰村截至8月31日无站点 → 8/9 = 88.9%（80%-100%）→ 3；合计5",
        "work.upward: 摸底调研自评1 + 网络促销自评1 + 第三方服务商“有”1 + 行政村名单三水瑶族乡松柏村快递“否”→ 0（情况表98.3%也不是100%）+ 交易标准冷链溯源自评1 + 农产品网络零售额1.12亿→1.49亿 = +33.0% ≥ 30% → 2（农村网络零售额+21.9%未达，但任一达标即可）；合计6",
        "work.training: 常住人口37.2万 → 基数372000；培训签到汇总截止日前签到2580行（2021-09-08第12期45行不计）→ 2580/372000 = 0.694%（0.6%-0.8%）→ 6；贫困人口名单120人，去掉无劳动力/丧失劳动力28人、外出务工12人 → 应培训80人；其身份证号在截止日前签到中出现的34人（10人参训两次只算1次，身份证尾号小写x的一人照样对上；2人只参加9月8日培训、3名外出务工、2名无劳动力、2名名单外自报贫困户均不计）→ 34/80 = 42.5%（40%-50%）→ 8；合计14",
        "info.disclosure: 专栏有方案、项目信息、进度，但征求意见/监督举报窗口“×”未设置 → 内容不全 0；更新记录近一年（2020-09~2021-08）只有2020年10、12月和2021年3、5、7月 → 不定时 1；合计1（自评3）",
        "info.reporting: 信息报送台账近一年有报送的月份为2020年9、10、12月，2021年1、3、4、6、8月共8个月（2020年7月在窗口前，2021年9月在截止日后）→ 不定时 1；多条标“含电商扶贫统计：是”，情况表“电商扶贫情况统计：有”→ 3；合计4",
        "promo.cases: 2021年6月18日向清远市商务局报送经验材料 → 2",
        "promo.media: 清远日报（市级）、清远广播电视台（市级）、连州电视台（县级），均在截止日前 → 市级3 + 县级1 = 4",
        "fund.system: 已制定专项资金管理办法；自评打分“资金管理制度”4分 → 4",
        "fund.ledger: 已建立资金专用台账；自评打分“资金台账”3分 → 3",
        "fund.spending: 资金拨付明细（万元）截止日前7笔合计351.26万元 = 3,512,600元（2021.9.28溯源系统48.5万不计）/ 下达500万元 = 70.25% ≥ 70% → 自评拨付进度3分 → 3",
        "bonus.poorTraining: 贫困人口培训率42.5% < 70% → 0",
        "bonus.tvCase: 宣传报道中无电商扶贫典型案例的国家级或省级电视播报 → 0",
        "veto.incident: 情况表“安全生产、质量事故或重大损失：无” → 0",
        "veto.progress: 项目总体进度72% ≥ 40% → 0",
        "veto.fraud: 情况表“弄虚作假：无” → 0",
      ],
    },
  };
  fin(a.out, "b8-c1-enping.json", E.enping.expect, E.enping.derivation);
  fin(b.out, "b8-c2-lianzhou.json", E.lianzhou.expect, E.lianzhou.derivation);
}
