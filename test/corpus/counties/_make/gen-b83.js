"use strict";
// Batch 83 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------- helpers
function assert(cond, msg) {
  if (!cond) throw new Error("SELF-CHECK FAILED: " + msg);
}
function eq(a, b, msg) {
  const sa = JSON.stringify(a);
  const sb = JSON.stringify(b);
  if (sa !== sb) throw new Error("SELF-CHECK FAILED: " + msg + "\n  got      " + sa + "\n  expected " + sb);
}
function colLetter(n) {
  // 1-based
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function colNumber(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function D(iso) {
  return { date: iso };
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
    assert(row.length <= this.width, `${this.name}: row wider than ${this.width}: ${JSON.stringify(row)}`);
    while (row.length < this.width) row.push(null);
    this.rows.push(row);
    return this.rows.length; // 1-based row number
  }
  blank() {
    return this.add([]);
  }
  merge(c1, r1, c2, r2) {
    this.merges.push(`${colLetter(c1)}${r1}:${colLetter(c2)}${r2}`);
  }
  // full-width text row merged across the sheet
  line(text) {
    const r = this.add([text]);
    this.merge(1, r, this.width, r);
    return r;
  }
  toJSON() {
    const o = { name: this.name, rows: this.rows };
    if (this.merges.length) o.merges = this.merges;
    return o;
  }
}

function checkMerges(sheet) {
  const rows = sheet.rows;
  const height = rows.length;
  const width = Math.max(...rows.map((r) => r.length));
  const seen = new Set();
  for (const m of sheet.merges || []) {
    const mm = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
    assert(mm, `${sheet.name}: bad merge ${m}`);
    const c1 = colNumber(mm[1]);
    const r1 = +mm[2];
    const c2 = colNumber(mm[3]);
    const r2 = +mm[4];
    assert(c1 <= c2 && r1 <= r2, `${sheet.name}: merge ${m} reversed`);
    assert(r2 <= height && c2 <= width, `${sheet.name}: merge ${m} outside grid ${width}x${height}`);
    assert(!(c1 === c2 && r1 === r2), `${sheet.name}: single-cell merge ${m}`);
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const k = r + ":" + c;
        assert(!seen.has(k), `${sheet.name}: overlapping merge at ${m}`);
        seen.add(k);
        if (!(r === r1 && c === c1)) {
          const v = rows[r - 1][c - 1];
          assert(v === null || v === undefined, `${sheet.name}: merge ${m} hides a value at ${colLetter(c)}${r}: ${JSON.stringify(v)}`);
        }
      }
    }
  }
}

const FW = "０１２３４５６７８９";
function halfDigits(s) {
  return s.replace(/[０-９]/g, (ch) => String(FW.indexOf(ch)));
}
function pad2(n) {
  return String(n).padStart(2, "0");
}
// parses what the clerk typed (only the styles used in this batch) -> canonical
function parseDisp(v) {
  if (v && typeof v === "object" && v.date) return v.date;
  if (typeof v !== "string") return null;
  const s = halfDigits(v.trim());
  let m;
  if ((m = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/.exec(s))) return `${m[1]}-${pad2(m[2])}-${pad2(m[3])}`;
  if ((m = /^(\d{4})[.](\d{1,2})[.](\d{1,2})-(\d{1,2})$/.exec(s))) return `${m[1]}-${pad2(m[2])}-${pad2(m[4])}`;
  if ((m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s))) return `${m[1]}-${pad2(m[2])}-${pad2(m[3])}`;
  if ((m = /^(\d{4})年(\d{1,2})月$/.exec(s))) return `${m[1]}-${pad2(m[2])}`;
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{2})\.(\d{1,2})\.(\d{1,2})$/.exec(s))) return `20${m[1]}-${pad2(m[2])}-${pad2(m[3])}`;
  return null;
}
function addDays(iso, n) {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
const WEEK = "日一二三四五六";
function weekday(iso) {
  return "星期" + WEEK[new Date(iso + "T00:00:00Z").getUTCDay()];
}

// ID numbers (GB 11643 check digit)
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CC = "10X98765432";
function checkDigit(body) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += +body[i] * W[i];
  return CC[s % 11];
}
// the 17th digit is odd for men, even for women
function makeId(region, birth, seq, wantX, female) {
  for (let n = seq; n < seq + 1000; n++) {
    const body = region + birth + String(n % 1000).padStart(3, "0");
    if (female !== undefined && (+body[16] % 2 === 0) !== !!female) continue;
    const ch = checkDigit(body);
    if (wantX ? ch === "X" : ch !== "X") return body + ch;
  }
  throw new Error("no id");
}
const FEMALE = new Set(
  "林秀梅 黄二妹 冯亚娣 梁晓燕 何丽娟 关亚妹 莫月英 郑小凤 黎玉珍 杨带娣 朱桂兰 卢四妹 甘美玲 林秀娥 郑木兰 庄丽君 余秀容 叶亚妹 黄少玲 许桂香 刘美娟 罗亚娣 陈丽芳 蔡秀琼 彭亚桂 郑晓燕 钟玉梅 罗秀兰 余亚英 卢秀梅 许亚春 陈美华".split(" ")
);
function validId(id) {
  return /^\d{17}[\dX]$/.test(id) && checkDigit(id.slice(0, 17)) === id[17];
}
// deterministic phone numbers
let phoneSeed = 83083;
function phone(prefix) {
  phoneSeed = (phoneSeed * 1103515245 + 12345) % 2147483648;
  const n = 11 - prefix.length;
  return prefix + String(phoneSeed % 10 ** n).padStart(n, "0");
}

function write(folder, file, obj) {
  for (const s of obj.sheets) checkMerges(s);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(path.join(folder, file));
}
const written = [];
const yuan = (n) => n.toLocaleString("en-US");

// =====================================================================
// facts f1 — 茂名市电白区：区领导直播带货的《直播脚本（流程单）》
// =====================================================================
function factsF1() {
  const F = {
    pop: 158.62,
    villages: 373,
    poorVillages: 23,
    coveredVillages: 277,
    center: "2020-10-16",
    rr2019: 48.1,
    rr2020: 62.3,
    agri2020: 21.7,
    agriGrowth: 34.2,
    training: 1.26,
    eligible: 3951,
    trained: 2315,
  };
  const growth = Math.round((F.rr2020 / F.rr2019 - 1) * 1000) / 10;
  eq(growth, 29.5, "f1 rural growth matches the two amounts");

  const s = new Sheet("直播脚本", 8);
  s.line("茂名市“县区长直播带货”活动 直播脚本（流程单·审定稿）");
  s.add(["县（市、区）", "电白区", "直播主题", "“电白好物·区长带你买”助农专场", "直播日期", "2021年9月9日 19:30—21:30"]);
  s.add(["直播平台", "抖音“电白发布”、淘宝“电白农品馆”", "主播", "林××（电白区副区长）、阿珍（达人主播）", "场控／运营", "区电商公共服务中心 陈××"]);
  s.line(
    "说明：开场“电白电商这两年”口播中的数字已由区商务局电商股逐项核对，与报省考评自评材料的口径一致，主播不得临场改动数字；商品价格、库存以后台为准。"
  );
  s.blank();
  s.add(["序号", "时间", "环节", "出镜", "话术要点", "商品／链接", "画面／道具", "备注"]);
  s.add([
    1,
    "19:30—19:33",
    "暖场",
    "阿珍",
    "家人们晚上好！欢迎来到“电白好物·区长带你买”助农专场，今晚我们区领导亲自来到直播间！先点个关注，左上角福袋9.9元抽沉香手串，一共888份，手慢无！",
    "福袋",
    "直播间全景、产品堆头",
    "福袋888份",
  ]);
  s.add([
    2,
    "19:33—19:36",
    "开场致辞",
    "林副区长",
    `大家好，我是电白区副区长林××，欢迎大家来到电白！我们电白区常住人口${F.pop}万，有行政村${F.villages}个，其中省定贫困村${F.poorVillages}个，好山好海出好货。`,
    "—",
    "区领导站位，背景板“电白好物”",
    "人口为第七次人口普查数",
  ]);
  s.add([
    3,
    "19:36—19:40",
    "电白电商这两年①",
    "林副区长",
    "2019年电白被确定为省级电子商务进农村综合示范县（区）。区委、区政府成立了由区委副书记、区长任组长，区商务局、区财政局、区农业农村局、区乡村振兴局等部门参加的领导小组，正式印发了创建工作方案，还出台了《电白区扶持农村电子商务发展若干措施》，在资金、场地、人才上给大家真金白银的支持。",
    "—",
    "字幕条“领导小组”“工作方案”",
    null,
  ]);
  s.add([
    4,
    "19:40—19:44",
    "电白电商这两年②",
    "林副区长",
    "我们的区电子商务公共服务中心在2020年10月16日正式投入运营。中心有免费的培训教室和电脑设备，能开电商基础培训班；农户、合作社的荔枝、龙眼、海鸭蛋、沉香可以免费进展厅展示、上架销售；中心还免费帮大家拍产品照片、做详情页；组织大家统一用“电白好物”区域公用品牌推广，指导合作社做品牌。",
    "—",
    "插播中心实景视频30秒",
    null,
  ]);
  s.add([
    5,
    "19:44—19:47",
    "电白电商这两年③",
    "林副区长",
    `现在全区有${F.coveredVillages}个行政村建了电商服务站，${F.poorVillages}个省定贫困村全部覆盖；“四通一达”、邮政、顺丰、京东都进了村，行政村快递覆盖率100%。`,
    "—",
    "站点分布地图动画",
    null,
  ]);
  s.add([
    6,
    "19:47—19:51",
    "电白电商这两年④",
    "林副区长",
    `成效怎么样？2020年全区农村网络零售额${F.rr2020}亿元，2019年是${F.rr2019}亿元，增长了${growth}%；农产品网络零售额${F.agri2020}亿元，同比增长${F.agriGrowth}%。光是荔枝一样，去年网上就卖了3.8亿元！`,
    "—",
    "数据大字幕",
    null,
  ]);
  s.add([
    7,
    "19:51—19:54",
    "电白电商这两年⑤",
    "林副区长",
    `人才是关键。两年来我们累计开展电商培训${F.training}万人次；有劳动能力、没有外出务工的建档立卡贫困人口${yuan(F.eligible)}人，已经有${yuan(F.trained)}人参加了电商培训，很多人现在自己开网店、做直播。`,
    "—",
    "插播学员直播片段",
    null,
  ]);
  s.add([
    8,
    "19:54—20:10",
    "带货① 电白沉香",
    "林副区长、阿珍",
    "这款沉香手串是观珠镇沉香基地的，手工打磨，戴着有淡淡的香味。直播间到手价199元，前200单再送沉香香囊一个！",
    "1号链接 沉香手串",
    "试戴、火烧闻香",
    "库存500单",
  ]);
  s.add([
    9,
    "20:10—20:25",
    "带货② 红树林海鸭蛋",
    "阿珍",
    "电白红树林海鸭蛋，红心流油！20枚装到手价39.9元，这个链接我们上个月已经卖出2万单了，今晚再加1万单库存！",
    "2号链接 海鸭蛋20枚",
    "切蛋、流油特写",
    "库存3000单",
  ]);
  s.add([
    10,
    "20:25—20:40",
    "带货③ 博贺虾干",
    "阿珍",
    "博贺港的南美白对虾虾干，250克装到手价59元，拍两件再减10元。",
    "3号链接 虾干250克",
    "撕虾、试吃",
    null,
  ]);
  s.add([
    11,
    "20:40—20:55",
    "连线村站点",
    "林副区长、黎站长",
    "我们连线一下观珠镇黎屋村的电商服务站！黎姐，这个站是2020年12月挂牌的吧？（站长：是的，现在一个月帮村民寄出去3000多单。）",
    "—",
    "站点实时画面（手机连麦）",
    "连线前10分钟测试网络",
  ]);
  s.add([
    12,
    "20:55—21:20",
    "带货④ 返场",
    "阿珍",
    "龙眼干、番薯干返场，每样再上500单，库存不多了，家人们抓紧！",
    "4、5号链接",
    "产品堆头",
    null,
  ]);
  s.add([
    13,
    "21:20—21:30",
    "收尾",
    "林副区长",
    "感谢大家对电白的支持！下一场9月23日我们到博贺渔港直播，不见不散！",
    "—",
    "全体挥手",
    null,
  ]);
  s.blank();
  const r1 = s.add(["合计时长：120分钟　　预计成交（GMV）：50万元　　福袋：888份"]);
  s.merge(1, r1, 8, r1);
  const r2 = s.add(["脚本撰写：区电商公共服务中心 陈××　　数据核对：区商务局电商股 梁××　　审定：区商务局 2021年9月7日"]);
  s.merge(1, r2, 8, r2);

  const expect = {
    facts: {
      county: "电白区",
      residentPopulation: Math.round(F.pop * 10000),
      adminVillagesStated: F.villages,
      poorVillagesStated: F.poorVillages,
      planIssued: true,
      policyIssued: true,
      centerOpened: F.center,
      centerFreeTraining: true,
      centerDisplay: true,
      centerPhoto: true,
      centerBrand: true,
      expressCoverage: true,
      ruralRetail2019: Math.round(F.rr2019 * 1e8),
      ruralRetail2020: Math.round(F.rr2020 * 1e8),
      agriRetail2020: Math.round(F.agri2020 * 1e8),
      ruralRetailGrowthStated: Math.round(growth * 10) / 1000,
      agriRetailGrowthStated: Math.round(F.agriGrowth * 10) / 1000,
      trainingPersonTimesStated: Math.round(F.training * 10000),
      eligiblePoorPersonsStated: F.eligible,
      trainedPoorPersonsStated: F.trained,
    },
    judged: {},
    leadership: "principal-all",
  };
  eq(expect.facts.residentPopulation, 1586200, "f1 population");
  eq(expect.facts.ruralRetail2019, 4810000000, "f1 rr2019");
  eq(expect.facts.ruralRetail2020, 6230000000, "f1 rr2020");
  eq(expect.facts.agriRetail2020, 2170000000, "f1 agri2020");
  eq(expect.facts.trainingPersonTimesStated, 12600, "f1 training");
  eq(expect.facts.ruralRetailGrowthStated, 0.295, "f1 growth");
  eq(expect.facts.agriRetailGrowthStated, 0.342, "f1 agri growth");

  write("facts", "b83-f1-dianbai.json", {
    description:
      "茂名市电白区商务局电商股交来的事实表是茂名市“县区长直播带货”活动的《直播脚本（流程单·审定稿）》：表头块成对填写（县（市、区）｜电白区、直播主题、直播日期、平台、主播、场控），主体为 序号|时间|环节|出镜|话术要点|商品／链接|画面／道具|备注，表头下说明写明开场“电白电商这两年”五段口播的数字经电商股核对、与报省考评口径一致——事实全在口播句子里，夹在暖场、带货、连线、收尾话术中间。读法：主播“林××（电白区副区长）”只是出镜人，领导小组组长是口播里的区委副书记、区长，商务、财政、农业农村、乡村振兴四部门齐全→principal-all；常住人口158.62万（七普）、行政村373个、省定贫困村23个；“277个行政村建了电商服务站”不是输入；方案已正式印发、政策已出台；中心2020年10月16日运营，免费培训教室和设备、免费展示销售、免费拍照做详情页（摄影美工）、统一品牌推广都有，其他增值服务没提（不列）；快递覆盖100%；农村网零2019年48.1亿、2020年62.3亿、增速29.5%，农产品网零只有2020年21.7亿和增速34.2%；“光是荔枝一样…3.8亿元”是单品，不是农产品网零；“1.26万人次”→12600；贫困人口3,951人、参训2,315人；福袋、到手价、库存、“已经卖出2万单”、站点“一个月寄出3000多单”、预计GMV 50万元都不是输入；没有判断项自评分，也没有考评截止日期。",
    sheets: [s.toJSON()],
    expect,
  });
}

// =====================================================================
// facts f2 — 清远市英德市：省考评与清远市考核两套指标对照自评表
// =====================================================================
function factsF2() {
  const s = new Sheet("省市考核对照自评", 9);
  s.line("英德市电子商务工作省级考评与清远市考核指标对照自评表");
  s.line("县（市、区）：英德市　　填报单位：英德市商务局（盖章）　　填报日期：2021年9月3日");
  s.line(
    "说明：1.左侧为2019年省级电子商务进农村综合示范创建考评指标（满分100分，另有加分项4分），右侧为《清远市县域电子商务发展考核办法》指标（满分100分）；2.“完成情况”两套指标共用；3.一个市考核指标对应几个省考评指标的，市考核栏合并填写；4.只在一套指标中有的，另一套填“—”。"
  );
  const h1 = s.add(["序号", "省级示范创建考评", null, null, "完成情况", "清远市县域电商考核", null, null, "备注"]);
  const h2 = s.add([null, "评价指标", "分值", "自评分", null, "考核指标", "分值", "自评分", null]);
  s.merge(1, h1, 1, h2);
  s.merge(2, h1, 4, h1);
  s.merge(5, h1, 5, h2);
  s.merge(6, h1, 8, h1);
  s.merge(9, h1, 9, h2);

  // province rows: [seq, name, max, self, text]; city: [name, max, self, span]
  const rows = [
    ["〇", "基本情况", "—", "—", "常住人口94.52万人（第七次人口普查）；户籍人口119.63万人；行政村233个、社区29个；省定贫困村40个", ["—", "—", "—", 1], null],
    [1, "组织领导", 2, 2, "成立英德市电子商务进农村综合示范工作领导小组，市长任组长，市委常委、常务副市长和分管副市长任副组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监管局、市交通运输局、邮政英德市分公司为成员单位", ["组织保障", 8, 8, 3], "市考核“组织保障”含工作机制、方案、政策三项"],
    [2, "方案制定", 2, 2, "《英德市电子商务进农村综合示范工作实施方案》（英府办〔2019〕58号）已正式印发", null, null],
    [3, "政策支持", 2, 1, "已出台《英德市促进农村电子商务发展扶持办法》（英府办〔2020〕21号），第二批奖补资金尚未兑现", null, null],
    [4, "项目管理", 4, 3, "制定项目管理办法、验收办法并严格执行（自评2分）；工作台账已建立，部分台账更新滞后（自评1分）", ["项目管理", 5, 4, 1], null],
    [5, "服务体系建设—县级中心与产业园", 15, 13, "英德市电子商务公共服务中心2020年12月26日投入运营；设免费培训室（电脑50台），能组织电商基础培训；为英德红茶、麻竹笋、砂糖橘等特色农产品提供免费展示、销售服务；提供免费摄影、美工服务；组织“英德红茶”区域公用品牌统一推广、指导品牌建设；提供代办注册、金融对接等其他增值服务；英德市电商产业园已建成，在园企业18家（平台型、销售型、运营服务商、物流企业4类）", ["电商公共服务体系（县镇村三级）", 15, 14, 2], "省：在园企业未达20家，该项不得分"],
    [6, "服务体系建设—村级站点覆盖", 10, 10, "建成村级电商服务站点183个，覆盖行政村176个（75.5%）；省定贫困村全覆盖", null, null],
    [7, "农村产品上行", 10, 7, "完成农产品网络销售调研并形成报告报清远市商务局（2分）；开展“英德红茶网上节”等网络促销活动，成效明显（2分）；有专业第三方电商运营服务商（广东英茶数字科技有限公司）；行政村快递覆盖率100%；出台英德红茶电商交易标准，冷链、溯源系统在建（1分）；2020年农村网络零售额41.26亿元，同比增长21.8%；农产品网络零售额12.75亿元，同比增长27.4%（增速均未达30%）", ["农产品上行", 10, 8, 1], null],
    ["—", "—", "—", "—", "2021年1—8月全市网络零售额31.52亿元，同比增长18.3%；农产品网络零售额9.86亿元，同比增长22.1%", ["网络零售额增长", 15, 12, 1], "市考核按当年1—8月数据"],
    ["—", "—", "—", "—", "新增网商（含个体网店）320家，培育年网络销售额超千万元电商企业6家", ["电商市场主体培育", 10, 8, 1], null],
    [8, "电商人才培训", 20, 20, "累计开展电商培训9,680人次（常住人口超50万，以50万为基数，达1.94%）；有劳动能力的建档立卡贫困人口（不含外出务工）4,236人，已参训2,517人（59.4%）", ["电商人才培训", 10, 10, 1], null],
    [9, "信息公开", 4, 4, "市政府门户网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报窗口；近一年按月更新", ["信息公开与报送", 7, 7, 2], null],
    [10, "数据上报", 6, 6, "每月向清远市商务局报送工作进展及统计数据；能统计电商扶贫情况（参训贫困人口、带动增收）", null, null],
    [11, "案例总结", 2, 2, "2021年5月向清远市商务局报送《英德红茶“电商+合作社”带贫经验》", ["宣传推广", 5, 5, 2], null],
    [12, "经验推广", 8, 8, "人民网、南方日报、清远日报、英德市融媒体中心等报道我市做法", null, null],
    [13, "制度建立", 5, 5, "制定《英德市省级电子商务进农村综合示范专项资金管理办法》并执行", ["资金管理", 15, 13, 3], null],
    [14, "资金台账", 5, 4, "承办单位均建立资金专用台账，个别凭证归档不及时", null, null],
    [15, "资金支出", 5, 4, "省级下达专项资金500万元，累计拨付421.38万元（84.3%），按项目进度及时拨付", null, null],
    ["加1", "加分：建档立卡贫困人口培训率≥70%", 2, 0, "参训率59.4%，未达到", ["—", "—", "—", 1], null],
    ["加2", "加分：电商扶贫典型案例获电视播报", 2, 1, "《茶香铺就致富路》获广东广播电视台《广东新闻联播》播报（省级）", ["—", "—", "—", 1], null],
    ["否", "一票否决项", "—", "—", "未发生安全生产、质量事故或重大损失；项目总体进度93%；无弄虚作假", ["—", "—", "—", 1], null],
  ];
  let cityOpen = 0;
  let provTotal = 0;
  let provMax = 0;
  let cityTotal = 0;
  let cityMax = 0;
  for (const [seq, name, max, self, text, city, note] of rows) {
    let cells;
    if (city) {
      cells = [seq, name, max, self, text, city[0], city[1], city[2], note];
      if (typeof city[1] === "number") {
        cityTotal += city[2];
        cityMax += city[1];
      }
      const r = s.add(cells);
      if (city[3] > 1) {
        for (const c of [6, 7, 8]) s.merge(c, r, c, r + city[3] - 1);
      }
      cityOpen = city[3] - 1;
    } else {
      assert(cityOpen > 0, "f2 city merge bookkeeping");
      cityOpen--;
      cells = [seq, name, max, self, text, null, null, null, note];
      s.add(cells);
    }
    if (typeof seq === "number") {
      provTotal += self;
      provMax += max;
    }
  }
  eq(provMax, 100, "f2 province max");
  eq(cityMax, 100, "f2 city max");
  eq(provTotal, 91, "f2 province self total");
  eq(cityTotal, 89, "f2 city self total");
  s.add(["合计", null, 100, 92, "省考评自评91分，另加分1分，共92分；清远市考核自评89分", null, 100, cityTotal, null]);
  s.blank();
  s.line("填表人：市商务局电商股 罗××　　联系电话：0763-22×××××　　审核：市商务局副局长 邓××");

  const claimed = {
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 1,
    "org.management": 3,
    "work.center": 13,
    "work.coverage": 10,
    "work.upward": 7,
    "work.training": 20,
    "info.disclosure": 4,
    "info.reporting": 6,
    "promo.cases": 2,
    "promo.media": 8,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": 4,
    "bonus.poorTraining": 0,
    "bonus.tvCase": 1,
  };
  // claimed must be the province column, in table order
  const provSelf = rows.filter((r) => typeof r[0] === "number").map((r) => r[3]);
  eq(provSelf, Object.values(claimed).slice(0, 15), "f2 claimed = province column");
  eq(Math.round((4213800 / 5000000) * 1000) / 10, 84.3, "f2 disbursement rate text");

  write("facts", "b83-f2-yingde.json", {
    description:
      "清远市英德市商务局的《省级考评与清远市考核指标对照自评表》：一张表并排两套考核——左侧省级示范创建考评（评价指标|分值|自评分），中间“完成情况”两套共用，右侧《清远市县域电子商务发展考核办法》（考核指标|分值|自评分，满分也是100），两行表头；一个市考核指标对应几个省指标时，市考核三格纵向合并跨几行（组织保障跨组织领导/方案/政策三行，资金管理跨三行），另有两行只属市考核（省栏“—”：2021年1—8月网络零售额及增速、网商培育）。读法：claimed 只取省“自评分”列（2、2、1、3、13、10、7、20、4、6、2、8、5、4、4，加分0和1），不取市考核分；判断项：项目管理拆为制度2、台账1，上行的调研2、促销2、交易标准1写在完成情况括号里，方案2、政策1、资金制度5、台账4、支出4取省自评分；事实全在完成情况：常住人口94.52万（户籍人口119.63万不是输入）、行政村233、省定贫困村40；市长任组长，四部门齐全→principal-all；中心2020年12月26日运营，五项服务都有、产业园已建；第三方运营商、快递100%；2020年农村网零41.26亿元（增速21.8%）、农产品网零12.75亿元（增速27.4%），2019年金额没给；“2021年1—8月”两个增速只属市考核，不是2020年增速；培训9,680人次、贫困人口4,236/2,517；专栏四项、扶贫统计、资金制度与专用台账；下达500万元、拨付421.38万元；总体进度93%，两项否决均否；百分比（75.5%、1.94%、59.4%、84.3%）都不是输入。",
    sheets: [s.toJSON()],
    expect: {
      facts: {
        county: "英德市",
        residentPopulation: 945200,
        adminVillagesStated: 233,
        poorVillagesStated: 40,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-12-26",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 4126000000,
        agriRetail2020: 1275000000,
        ruralRetailGrowthStated: 0.218,
        agriRetailGrowthStated: 0.274,
        trainingPersonTimesStated: 9680,
        eligiblePoorPersonsStated: 4236,
        trainedPoorPersonsStated: 2517,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4213800,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.93,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 1,
        "org.management.system": 2,
        "org.management.ledger": 1,
        "work.upward.research": 2,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  });
}

// =====================================================================
// facts f3 — 河源市和平县：基层政务公开标准目录（电商进农村领域）及落实情况
// =====================================================================
function factsF3() {
  const s = new Sheet("公开目录及落实情况", 15);
  s.line("和平县基层政务公开标准目录（电子商务进农村综合示范领域）及落实情况");
  s.line(
    "县（市、区）：和平县　　编制单位：和平县商务局　　依据：《广东省基层政务公开标准目录》及省商务厅考评指标体系“信息公开”条款　　“落实情况”栏由县商务局电商股填写　　填表日期：2021年9月2日"
  );
  const h1 = s.add(["序号", "公开事项", null, "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", null, "公开方式", null, "公开层级", null, "落实情况"]);
  const h2 = s.add([null, "一级事项", "二级事项", null, null, null, null, null, "全社会", "特定群体", "主动", "依申请", "县级", "乡级", null]);
  s.merge(1, h1, 1, h2);
  s.merge(2, h1, 3, h1);
  for (const c of [4, 5, 6, 7, 8, 15]) s.merge(c, h1, c, h2);
  s.merge(9, h1, 10, h1);
  s.merge(11, h1, 12, h1);
  s.merge(13, h1, 14, h1);

  const T = "√";
  const ZL = "县政府门户网站“电子商务进农村综合示范”专栏";
  const groups = [
    [
      "组织领导",
      [
        ["领导机构", "领导小组组成人员及职责分工", "《中华人民共和国政府信息公开条例》第二十条", "信息形成或变更之日起20个工作日内", "县商务局", ZL, [T, null, T, null, T, null], "已公开（2021年4月更新）：县委副书记、县长任组长，分管副县长任副组长，县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、邮政和平县分公司为成员单位"],
        ["创建方案", "示范县创建工作方案", "省商务厅《关于印发2019年省级电子商务进农村综合示范重点工作任务的通知》", "印发之日起20个工作日内", "县商务局", ZL, [T, null, T, null, T, null], "已公开：《和平县电子商务进农村综合示范工作实施方案》（和府办〔2019〕31号，2019年12月正式印发）"],
        ["扶持政策", "支持农村电商发展的政策文件及解读", "同上", "印发之日起20个工作日内", "县商务局", ZL + "、“和平发布”公众号", [T, null, T, null, T, null], "已公开：《和平县支持农村电子商务发展若干措施》（和府办〔2020〕9号）及政策解读"],
      ],
    ],
    [
      "项目实施",
      [
        ["项目基本信息", "财政资金扶持项目名称、承办单位、建设内容、资金安排", "省商务厅考评指标体系“信息公开”条款", "项目确定之日起20个工作日内", "县商务局", ZL, [T, null, T, null, T, null], "已公开（2020年9月）：7个项目基本信息"],
        ["项目建设进度", "各项目月度建设进度", "同上", "每月10日前更新上月进度", "县商务局", ZL, [T, null, T, null, T, null], "已公开：2020年9月起按月更新"],
        ["公共服务中心", "中心地址、开放时间、免费服务项目", "同上", "信息变更之日起20个工作日内", "县电商公共服务中心", "专栏、中心公示栏", [T, null, T, null, T, null], "已公开：县电子商务公共服务中心2020年7月18日投入运营，免费提供培训场地及设备（可组织电商基础培训）、特色农产品展示销售、摄影美工、品牌推广服务"],
        ["村级站点名录", "站点名称、地址、联系人及电话", "同上", "信息变更之日起20个工作日内", "各镇人民政府", "专栏、村务公开栏", [T, null, T, null, T, T], "已公开：全县236个行政村中建站覆盖168个，站点名录已公开；17个省定贫困村全覆盖"],
        ["电商培训", "培训通知、培训计划、培训结果", "同上", "培训结束后10个工作日内", "县商务局", ZL, [T, null, T, null, T, null], "已公开：培训通知及结果，累计培训7,820人次"],
        ["站点服务事项", "代购代销、代收代寄、代缴费等服务事项及收费标准", "同上", "常态公开", "各村（社区）", "站点店内公示栏", [null, T, T, null, null, T], "由各镇督促站点在店内公示，县级不汇总"],
      ],
    ],
    [
      "资金管理",
      [
        ["资金管理办法", "专项资金管理办法", "《广东省省级财政专项资金管理办法》", "印发之日起20个工作日内", "县财政局、县商务局", ZL, [T, null, T, null, T, null], "已公开：《和平县省级电子商务进农村综合示范专项资金管理办法》（和财〔2020〕15号）"],
        ["资金分配", "省级专项资金下达及分配结果", "同上", "分配结果确定之日起20个工作日内", "县财政局", ZL, [T, null, T, null, T, null], "已公开：省级专项资金下达500万元及分配方案"],
        ["资金拨付", "资金拨付进度", "同上", "每季度", "县财政局", ZL, [T, null, T, null, T, null], "部分公开：已公开2020年第四季度、2021年第一季度拨付情况，第二季度未按时公开（拟9月补公开）"],
      ],
    ],
    [
      "监督与反馈",
      [
        ["意见征集与监督举报", "征求意见渠道、监督举报电话及邮箱", "《中华人民共和国政府信息公开条例》", "常态公开", "县商务局", "专栏首页", [T, null, T, null, T, null], "已公开：专栏首页设“意见征集”栏目及监督举报电话0762-57×××××、电子邮箱"],
        ["电商扶贫", "电商扶贫统计（参训建档立卡贫困人口、带动增收）", "考评指标体系“数据上报”条款", "每季度", "县商务局、县乡村振兴局", ZL, [T, null, T, null, T, null], "已公开：县商务局按季度统计电商扶贫情况（参训贫困人口、带动增收）并公开"],
        ["考评结果", "示范创建考评自评报告及考评结果", "省商务厅考评通知", "考评结束后20个工作日内", "县商务局", ZL, [T, null, T, null, T, null], "未公开（省考评结束后公开）"],
        ["依申请公开", "其他电商进农村相关信息", "《中华人民共和国政府信息公开条例》", "收到申请之日起20个工作日内答复", "县商务局", "书面／网上申请", [null, T, null, T, T, null], "创建以来未收到申请"],
      ],
    ],
  ];
  let seq = 0;
  for (const [g, items] of groups) {
    const first = s.rows.length + 1;
    items.forEach((it, i) => {
      seq++;
      const [sub, content, basis, limit, subject, channel, marks, done] = it;
      s.add([seq, i === 0 ? g : null, sub, content, basis, limit, subject, channel, ...marks, done]);
    });
    if (items.length > 1) s.merge(2, first, 2, first + items.length - 1);
  }
  s.blank();
  s.line("注：1.“√”表示该事项的公开对象、公开方式和公开层级（按省标准目录），不是落实情况；2.专栏位置：县政府门户网站—专题专栏—电子商务进农村综合示范；3.“落实情况”为填表时情况。");
  s.line("填表：县商务局电商股 曾××　　审核：县商务局副局长 叶××　　县政务公开办复核：黄××");

  write("facts", "b83-f3-heping.json", {
    description:
      "河源市和平县商务局交的是按《广东省基层政务公开标准目录》格式编的《基层政务公开标准目录（电子商务进农村综合示范领域）及落实情况》：序号|公开事项（一级纵向合并、二级）|公开内容（要素）|公开依据|公开时限|公开主体|公开渠道和载体|公开对象（全社会/特定群体）|公开方式（主动/依申请）|公开层级（县级/乡级）|落实情况，两行表头；中间六个小栏全是标准目录规定的“√”（不是落实情况，表下注也说明），事实只在最右“落实情况”句子里。读法：县长任组长、四部门齐全→principal-all；方案2019年12月正式印发并在专栏公开（planIssued、disclosurePlan）；政策已出台；项目基本信息、按月更新的建设进度、监督举报窗口都已在专栏公开；中心2020年7月18日运营，免费培训场地设备、展示销售、摄影美工、品牌推广（其他增值服务未提）；“236个行政村中建站覆盖168个”只取行政村236，省定贫困村17；培训7,820人次；资金管理办法已制定；省级下达500万元；按季度统计并公开电商扶贫情况→povertyStatisticsStated；“资金拨付”只说部分公开、没有金额，“考评结果”“未公开”、站点服务事项由镇公示、依申请“未收到申请”都不产生输入；公开时限里的“20个工作日”“每月10日前”、文号数字都不是输入；没有判断项自评分，没有常住人口。",
    sheets: [s.toJSON()],
    expect: {
      facts: {
        county: "和平县",
        adminVillagesStated: 236,
        poorVillagesStated: 17,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-07-18",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        trainingPersonTimesStated: 7820,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSystemIssued: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
}

// =====================================================================
// ledgers l1 — 梅州市五华县：融媒体“一稿多发”采用登记（宣传报道）+ 产业园物业水电收费台账（入驻企业）+ 封面
// =====================================================================
function ledgersL1() {
  // ---- ① 一稿多发
  const s = new Sheet("稿件采用登记", 11);
  s.line("五华县电子商务进农村宣传稿件“一稿多发”采用登记表");
  s.line(
    "登记单位：五华县融媒体中心、县商务局电商股　　说明：稿件由县融媒体中心首发，上级媒体采用情况按“媒体｜日期”登记；日期栏“同日”指与首发同一天，“次日”指首发后一天；“未采用”表示已推送但未被采用。"
  );
  const h1 = s.add(["序号", "稿件标题", "首发（县级）", null, "市级媒体采用", null, "省级及以上媒体采用", null, null, null, "备注"]);
  const h2 = s.add([null, null, "媒体", "日期", "媒体", "日期", "媒体", "日期", "媒体", "日期", null]);
  s.merge(1, h1, 1, h2);
  s.merge(2, h1, 2, h2);
  s.merge(3, h1, 4, h1);
  s.merge(5, h1, 6, h1);
  s.merge(7, h1, 10, h1);
  s.merge(11, h1, 11, h2);

  const TVWH = "五华县融媒体中心《五华新闻》（电视）";
  const WX = "五华发布（微信公众号）";
  // outlet -> [level, tv]
  const OUT = {
    [TVWH]: ["county", true],
    [WX]: ["county", false],
    梅州日报: ["city", false],
    客家新闻网: ["city", false],
    梅州网: ["city", false],
    "梅州广播电视台《梅州新闻联播》": ["city", true],
    "南方+客户端": ["province", false],
    南方日报: ["province", false],
    羊城晚报: ["province", false],
    "广东广播电视台《广东新闻联播》": ["province", true],
    人民网: ["national", false],
    新华网: ["national", false],
    中国新闻网: ["national", false],
  };
  // [title, [outlet, disp, iso], city|null|"none", prov1|null, prov2|null, note]
  const stories = [
    ["五华县首批村级电商服务站挂牌运营", [WX, "2020.10.16", "2020-10-16"], ["梅州日报", "次日"], null, null, null],
    ["五华：电商培训进村入户", [TVWH, D("2020-11-20"), "2020-11-20"], ["梅州广播电视台《梅州新闻联播》", "次日"], ["南方+客户端", "2020.11.23"], null, null],
    ["五华红薯“触网”走俏大湾区", [WX, "2020年12月18日", "2020-12-18"], ["客家新闻网", "同日"], ["南方日报", "2020.12.22"], ["人民网", "2020.12.28"], null],
    ["电商直播助力五华茶叶销售", [TVWH, "2021/1/8", "2021-01-08"], "none", null, null, "市级已推送未采用"],
    ["五华：电商公共服务中心孵化网店超百家", [WX, "20210305", "2021-03-05"], ["梅州日报", "2021.3.9"], ["广东广播电视台《广东新闻联播》", "2021.3.12"], ["新华网", D("2021-03-15")], null],
    ["“五华金柚”线上订单破万", [WX, "2021.4.20", "2021-04-20"], ["梅州网", "次日"], null, null, null],
    ["五华：电商扶贫带动贫困户稳定增收", [TVWH, D("2021-05-27"), "2021-05-27"], ["梅州广播电视台《梅州新闻联播》", "2021.5.28"], ["中国新闻网", "2021年6月3日"], null, "电商扶贫典型案例"],
    ["五华：快递进村打通农产品上行“最后一公里”", [WX, "2021年6月18日", "2021-06-18"], ["梅州日报", "2021.6.22"], ["羊城晚报", "2021.6.25"], null, null],
    ["五华县举办首届农村电商直播大赛", [TVWH, "2021.7.30", "2021-07-30"], ["客家新闻网", "同日"], null, null, null],
    ["五华：电商进农村示范创建成效显著", [WX, "2021.8.30", "2021-08-30"], ["梅州日报", "2021.9.1"], ["南方+客户端", "2021.9.2"], null, "省级采用在9月"],
  ];
  const mediaRecords = [];
  let nCity = 0;
  let nProv = 0;
  function rec(outlet, iso) {
    const [level, tv] = OUT[outlet];
    mediaRecords.push({ date: iso, level, tv });
  }
  function resolve(disp, firstIso) {
    if (disp === "同日") return firstIso;
    if (disp === "次日") return addDays(firstIso, 1);
    const iso = parseDisp(disp);
    assert(iso, "l1 unparsable date " + JSON.stringify(disp));
    return iso;
  }
  stories.forEach(([title, first, city, p1, p2, note], i) => {
    const [fo, fdisp, fiso] = first;
    eq(parseDisp(fdisp), fiso, "l1 first date " + title);
    const row = [i + 1, title, fo, fdisp];
    rec(fo, fiso);
    if (city === "none") {
      row.push("未采用", "—");
    } else if (city) {
      row.push(city[0], city[1]);
      rec(city[0], resolve(city[1], fiso));
      nCity++;
    } else {
      row.push("—", "—");
    }
    for (const p of [p1, p2]) {
      if (p) {
        row.push(p[0], p[1]);
        rec(p[0], resolve(p[1], fiso));
        nProv++;
      } else {
        row.push(p === null && p1 === null ? "—" : null, p === null && p1 === null ? "—" : null);
      }
    }
    row.push(note);
    s.add(row);
  });
  const rt = s.add(["合计", `稿件${stories.length}篇`, `首发${stories.length}次`, null, `采用${nCity}次`, null, `采用${nProv}次`, null, null, null, null]);
  s.merge(3, rt, 4, rt);
  s.merge(5, rt, 6, rt);
  s.merge(7, rt, 10, rt);
  s.blank();
  s.line("注：媒体级别按采用媒体主办单位确定（县融媒体中心为县级；梅州日报、梅州网、客家新闻网、梅州广播电视台为市级；南方日报、南方+、羊城晚报、广东广播电视台为省级；人民网、新华网、中国新闻网为中央级）。");
  s.line("登记：县融媒体中心 张××　　核对：县商务局电商股 钟××");
  eq(mediaRecords.length, stories.length + nCity + nProv, "l1 media record count");
  eq(mediaRecords.length, 27, "l1 media 27 records");

  // ---- ② 物业及水电费收费台账
  const e = new Sheet("物业水电收费台账", 13);
  e.line("五华县电子商务产业园物业及水电费收费台账（分户）");
  e.line("管理单位：五华县电商产业园运营中心（物业部）　　抄表周期：每月25日　　登记日期：2021年9月3日");
  const g1 = e.add(["户号", "房号", "户名", "业态", "面积（㎡）", "进场日期", "退场日期", "2021年用电量（度）", null, null, "欠费（元）", "联系人", "备注"]);
  const g2 = e.add([null, null, null, null, null, null, null, "6月", "7月", "8月", null, null, null]);
  for (const c of [1, 2, 3, 4, 5, 6, 7, 11, 12, 13]) e.merge(c, g1, c, g2);
  e.merge(8, g1, 10, g1);
  // [户号, 房号, 户名, 业态, 面积, 进场disp, 进场iso, 退场disp, 退场iso, kwh[3], 欠费, 联系人, 备注, isEnterprise]
  const units = [
    ["WH-001", "101-103", "五华县电子商务公共服务中心（自用）", "公共服务", 860, "2020.10.18", "2020-10-18", null, null, [3120, 3355, 3410], 0, "李××", "县商务局公共服务平台，非入驻企业，免收物业费", false],
    ["WH-002", "104", "梅州市五华县客都优品电子商务有限公司", "平台型", 120, "2020.11.2", "2020-11-02", null, null, [612, 655, 701], 0, "陈××", null, true],
    ["WH-003", "105", "五华县长乐烧酒网店", "网店销售", 60, "2020年11月16日", "2020-11-16", null, null, [208, 231, 240], 0, "魏××", null, true],
    ["WH-004", "106", "五华县顺捷快递服务有限公司", "快递物流", 200, D("2020-12-01"), "2020-12-01", null, null, [1180, 1246, 1302], 0, "古××", null, true],
    ["WH-005", "201", "梅州市华城电商代运营有限公司", "代运营", 80, "2020.12.15", "2020-12-15", null, null, [342, 360, 388], 0, "张××", null, true],
    ["WH-006", "202", "五华县金柚农业发展有限公司", "网店销售", 60, "2021/1/6", "2021-01-06", null, null, [190, 205, 214], 0, "曾××", null, true],
    ["WH-007", "203", "五华县红薯妹电子商务有限公司", "网店销售", 60, "2021.1.18", "2021-01-18", "2021.3.31", "2021-03-31", ["—", "—", "—"], 0, "温××", "2021年4月1日搬至305室（见WH-015）", true],
    ["WH-008", "204", "五华县茶韵电子商务有限公司", "网店销售", 60, "2021.1.25", "2021-01-25", null, null, [221, 236, 250], 0, "钟××", null, true],
    ["WH-009", "205", "（空置）", "—", 60, "—", null, "—", null, [0, 0, 0], "—", null, "待招租", false],
    ["WH-010", "206", "梅州市云仓物流有限公司五华分公司", "快递物流", 150, "20210203", "2021-02-03", null, null, [980, 1033, 1090], 0, "刘××", null, true],
    ["WH-011", "207", "五华县乡味直播文化传媒有限公司", "直播服务", 80, "2021.3.2", "2021-03-02", "2021.6.30", "2021-06-30", [410, "—", "—"], 0, "黄××", "合同提前解除，押金已退", true],
    ["WH-012", "301", "五华县农淘网络科技有限公司", "平台型", 120, "2021年3月10日", "2021-03-10", null, null, [530, 566, 590], 0, "朱××", null, true],
    ["WH-013", "302", "五华县安流镇农产品专业合作社（网店）", "网店销售", 60, "2021.3.22", "2021-03-22", null, null, [176, 182, 199], 120.5, "邱××", "8月电费未缴", true],
    ["WH-014", "303", "梅州市客商通供应链管理有限公司", "快递物流", 100, D("2021-04-08"), "2021-04-08", null, null, [702, 745, 768], 0, "李××", null, true],
    ["WH-015", "305", "五华县红薯妹电子商务有限公司", "网店销售", 60, "2021.4.1", "2021-04-01", null, null, [233, 248, 262], 0, "温××", "由203室搬入（原户号WH-007）", true],
    ["WH-016", "306", "五华县岐岭电商运营服务有限公司", "代运营", 80, "2021.5.6", "2021-05-06", null, null, [301, 322, 340], 0, "彭××", null, true],
    ["WH-017", "307", "五华县水寨优品网店", "网店销售", 40, "2021年6月15日", "2021-06-15", null, null, [88, 156, 170], 0, "罗××", null, true],
    ["WH-018", "308", "梅州市五华县易拍摄影工作室", "摄影美工", 40, "2021.7.12", "2021-07-12", null, null, ["—", 95, 143], 0, "谢××", null, true],
    ["WH-019", "309", "五华县橙香电子商务有限公司", "网店销售", 60, "2021.9.1", "2021-09-01", null, null, ["—", "—", "—"], "—", "赖××", "9月1日新进场，9月起抄表", true],
    ["WH-020", "—", "公共区域（走廊、电梯、门岗）", "—", "—", "—", null, "—", null, [980, 1020, 1105], "—", null, "公摊，按面积分摊", false],
  ];
  const entRecords = [];
  const kwhTot = [0, 0, 0];
  let entInPark = 0;
  for (const u of units) {
    const [no, room, name, kind, area, ind, iniso, outd, outiso, kwh, owe, who, note, isEnt] = u;
    if (iniso) eq(parseDisp(ind), iniso, "l1 entered " + name);
    if (outiso) eq(parseDisp(outd), outiso, "l1 left " + name);
    e.add([no, room, name, kind, area, ind, outd, kwh[0], kwh[1], kwh[2], owe, who, note]);
    kwh.forEach((k, i) => {
      if (typeof k === "number") kwhTot[i] += k;
    });
    if (isEnt) {
      entRecords.push({ name, entered: iniso, left: outiso });
      if (!outiso) entInPark++;
    }
  }
  const rt2 = e.add(["合计", null, `在园企业${new Set(entRecords.filter((r) => !r.left).map((r) => r.name)).size}户`, null, null, null, null, kwhTot[0], kwhTot[1], kwhTot[2], 120.5, null, null]);
  e.merge(1, rt2, 2, rt2);
  e.blank();
  e.line("注：1.本表按户号登记，一户一行；同一企业换房的按新户号另起一行；2.用电量为分户电表读数差；3.五华县电子商务公共服务中心为县商务局公共服务平台，不计入入驻企业；4.公共区域用电按面积分摊。");
  e.line("制表：园区物业部 古××　　审核：园区运营中心 陈××　　2021年9月3日");
  eq(entRecords.length, 17, "l1 17 enterprise rows");

  // ---- ③ 封面
  const c = new Sheet("封面", 1);
  c.add(["五华县电子商务进农村综合示范县创建"]);
  c.add(["台账资料"]);
  c.add(["第三册　宣传推广　产业园"]);
  c.add([null]);
  c.add(["内容：一、宣传稿件“一稿多发”采用登记表；二、电商产业园物业及水电费收费台账（分户）"]);
  c.add([null]);
  c.add(["五华县商务局"]);
  c.add(["二〇二一年九月"]);

  write("ledgers", "b83-l1-wuhua.json", {
    description:
      "梅州市五华县商务局电商股台账第三册（封面+两张表）：①县融媒体中心的《宣传稿件“一稿多发”采用登记表》——一篇稿件一行，一行里有几条报道：首发（县级）媒体|日期、市级媒体采用 媒体|日期、省级及以上采用两组 媒体|日期（两行表头，分组表头合并），采用日期有的写“同日”“次日”（表头下说明：相对首发日期），有的写“未采用”“—”；级别按列组（首发=县级、市级列=市级），“省级及以上”两组要按媒体分省级（南方+、南方日报、羊城晚报、广东台）和中央级（人民网、新华网、中国新闻网）；标《五华新闻》（电视）、梅州台、广东台的为电视；合计行不是记录；按行、从左到右共27条报道，9月的两条照记。②园区物业部的《电商产业园物业及水电费收费台账（分户）》当入驻企业清单——户号|房号|户名|业态|面积|进场日期|退场日期|6—8月用电量|欠费|联系人|备注，两行表头；县电商公共服务中心（自用、备注“非入驻企业”）、空置房、公共区域公摊三行不是企业；红薯妹公司从203换到305，按台账规则新户号另起一行，两行都照记（203行有退场日期2021-03-31）；进场、退场日期写法各异（真日期、2020.11.2、2020年11月16日、20210203），未退场的left为null；9月1日新进场的一户照记；合计行不是记录；共17条。③封面，不是台账。",
    sheets: [s.toJSON(), e.toJSON(), c.toJSON()],
    expect: {
      sheets: {
        稿件采用登记: { kind: "media", records: mediaRecords },
        物业水电收费台账: { kind: "enterprises", records: entRecords },
        封面: { kind: null },
      },
    },
  });
}

// =====================================================================
// ledgers l2 — 汕尾市陆丰市：贫困户专场培训乘车及到课签到表 + 年份省略的月报登记 + 填表说明
// =====================================================================
function ledgersL2() {
  const REG = "441581";
  let seqBase = 211;
  const people = {};
  function person(name, birth, wantX) {
    if (!people[name]) {
      seqBase += 17;
      people[name] = makeId(REG, birth, seqBase, !!wantX, FEMALE.has(name));
      assert(validId(people[name]), "l2 id valid");
    }
    return people[name];
  }
  const s = new Sheet("乘车及到课签到", 8);
  s.line("陆丰市农村电商（贫困户）专场培训班学员乘车及到课签到表");
  s.line(
    "培训地点：陆丰市电子商务公共服务中心（东海街道）　　组织单位：陆丰市商务局、陆丰市乡村振兴局　　说明：各镇学员统一乘车到中心培训，“上车确认”由带队干部勾选，“到课签名”由学员本人在中心签到台签名，未到的注明原因。"
  );
  // session: [label, dateDisp, iso, bus, leader, rows]
  // row kinds: ["t", 乘车点, name, birth, opts] trainee ; opts: {absent:"原因", swap:true, lowerX:true, self:true}
  //            ["w", role, 乘车点, name, birth, note] staff
  const sessions = [
    ["第一期", "2020年11月26日", "2020-11-26", "1号车：碣石镇—甲子镇", "带队：碣石镇乡村振兴办 郑××", [
      ["t", "碣石镇政府", "林秀娥", "19700312"],
      ["t", "碣石镇政府", "蔡亚松", "19650821"],
      ["t", "碣石镇政府", "郑木兰", "19781105"],
      ["t", "碣石镇政府", "吴阿水", "19590204", { absent: "生病请假" }],
      ["t", "甲子镇政府", "庄丽君", "19830917"],
      ["t", "甲子镇政府", "彭振华", "19760630"],
      ["t", "甲子镇政府", "余秀容", "19690119"],
      ["t", "甲子镇政府", "叶亚妹", "19721224"],
      ["w", "带队", "碣石镇政府", "郑伟明", "19850402", "工作人员（带队干部）"],
      ["w", "司机", "—", "陈国强", "19800815", "工作人员（司机）"],
    ]],
    ["第二期", "2021.3.18", "2021-03-18", "2号车：博美镇—桥冲镇—潭西镇", "带队：博美镇乡村振兴办 黄××", [
      ["t", "博美镇政府", "黄少玲", "19820508"],
      ["t", "博美镇政府", "卓亚平", "19740722", { swap: true }],
      ["t", "博美镇政府", "林秀娥", "19700312"],
      ["t", "桥冲镇政府", "许桂香", "19680913"],
      ["t", "桥冲镇政府", "曾德胜", "19630301"],
      ["t", "桥冲镇政府", "刘美娟", "19880610", { absent: "外出务工未返" }],
      ["t", "潭西镇政府", "罗亚娣", "19710127"],
      ["t", "潭西镇政府", "李振兴", "19790416"],
      ["t", "自行到场", "陈丽芳", "19860923", { self: true }],
      ["w", "带队", "博美镇政府", "黄志伟", "19870711", "工作人员（带队干部）"],
    ]],
    ["第三期", "2021年6月24日", "2021-06-24", "3号车：南塘镇—八万镇", "带队：南塘镇乡村振兴办 蔡××", [
      ["t", "南塘镇政府", "蔡秀琼", "19750805"],
      ["t", "南塘镇政府", "彭亚桂", "19661012", { lowerX: true }],
      ["t", "南塘镇政府", "郑晓燕", "19890227"],
      ["t", "南塘镇政府", "蔡亚松", "19650821"],
      ["t", "八万镇政府", "温亚木", "19600714"],
      ["t", "八万镇政府", "钟玉梅", "19770318"],
      ["t", "八万镇政府", "黄伟杰", "19910529"],
      ["t", "八万镇政府", "罗秀兰", "19730906"],
      ["w", "带队", "南塘镇政府", "蔡少鹏", "19880103", "工作人员（带队干部）"],
      ["w", "司机", "—", "陈国强", "19800815", "工作人员（司机）"],
    ]],
    ["第四期", "2021/9/9", "2021-09-09", "4号车：甲东镇—湖东镇", "带队：甲东镇乡村振兴办 余××", [
      ["t", "甲东镇政府", "余亚英", "19710611"],
      ["t", "甲东镇政府", "叶振东", "19840930"],
      ["t", "甲东镇政府", "庄丽君", "19830917"],
      ["t", "湖东镇政府", "卢秀梅", "19670425", { absent: "家中有事" }],
      ["t", "湖东镇政府", "许亚春", "19620817"],
      ["t", "湖东镇政府", "陈美华", "19800102"],
      ["w", "带队", "甲东镇政府", "余建华", "19860519", "工作人员（带队干部）"],
    ]],
  ];
  const trainRecords = [];
  let sIdx = 0;
  for (const [label, disp, iso, bus, leader, rows] of sessions) {
    if (sIdx++ > 0) s.blank();
    eq(parseDisp(disp), iso, "l2 session date " + label);
    const hr = s.add([`${label}　${disp}（${weekday(iso)}）　${bus}　${leader}`]);
    s.merge(1, hr, 8, hr);
    s.add(["序号", "乘车点", "姓名", "身份证号码", "联系电话", "上车确认", "到课签名", "备注"]);
    let n = 0;
    for (const r of rows) {
      if (r[0] === "w") {
        const [, role, stop, name, birth, note] = r;
        s.add([role, stop, name, person(name, birth), phone("137"), "√", "—", note]);
        continue;
      }
      const [, stop, name, birth, opts = {}] = r;
      const id = person(name, birth, opts.lowerX);
      if (opts.lowerX) assert(id.endsWith("X"), "l2 lowerX person must end with X");
      const tel = phone(opts.swap ? "159" : "13");
      n++;
      let idCell = opts.lowerX ? id.slice(0, 17) + "x" : id;
      let telCell = tel;
      if (opts.swap) [idCell, telCell] = [telCell, idCell];
      if (opts.absent) {
        s.add([n, stop, name, idCell, telCell, "×", "未到", opts.absent]);
        continue;
      }
      s.add([n, stop, name, idCell, telCell, opts.self ? "—" : "√", name, opts.self ? "未乘车，直接到中心签到" : null]);
      trainRecords.push({ date: iso, personTimes: 1, id });
    }
  }
  s.blank();
  s.line("注：1.带队干部、司机为随车工作人员（登记身份证号用于购买乘车意外险），不是学员；2.学员以“到课签名”为准，未到的不计；3.第四期为9月培训，照记。");
  s.line("登记：市电商公共服务中心 林××　　核对：市乡村振兴局 卓××");
  eq(trainRecords.length, 28, "l2 28 training records");
  // ids of swapped and lowerX rows are proper
  for (const r of trainRecords) assert(validId(r.id), "l2 record id valid " + r.id);

  // ---- ② 月报报送登记（日期不写年份）
  const m = new Sheet("月报报送登记", 6);
  m.line("陆丰市电子商务进农村工作月报报送登记（2020年9月—2021年9月）");
  m.line("登记人：市商务局电商股 卓××　　报送对象：汕尾市商务局电子商务科");
  m.add(["序号", "报送日期", "报送内容", "报送方式", "经办人", "附扶贫统计"]);
  // [disp, iso, content, way, poverty mark]
  const reps = [
    ["9月7日", "2020-09-07", "2020年8月份电商进农村工作月报", "粤政易", "√"],
    ["10月10日", "2020-10-10", "2020年9月份电商进农村工作月报", "粤政易", "√"],
    ["１１月６日", "2020-11-06", "2020年10月份电商进农村工作月报", "粤政易", "√"],
    ["12月8日", "2020-12-08", "2020年11月份电商进农村工作月报", "电子邮件", "×"],
    ["1月7日", "2021-01-07", "2020年12月份电商进农村工作月报", "粤政易", "√"],
    "NOTE",
    ["3月8日", "2021-03-08", "2021年1—2月份电商进农村工作月报", "粤政易", "√"],
    ["4月7日", "2021-04-07", "2021年3月份电商进农村工作月报", "粤政易", "√"],
    ["5月10日", "2021-05-10", "2021年4月份电商进农村工作月报", "粤政易", null],
    ["6月7日", "2021-06-07", "2021年5月份电商进农村工作月报", "粤政易", "√"],
    ["7月7日", "2021-07-07", "2021年6月份电商进农村工作月报", "粤政易", "√"],
    ["8月6日", "2021-08-06", "2021年7月份电商进农村工作月报", "粤政易", "√"],
    ["9月6日", "2021-09-06", "2021年8月份电商进农村工作月报", "粤政易", "√"],
  ];
  const repRecords = [];
  let k = 0;
  let prev = "2020-08-31";
  for (const r of reps) {
    if (r === "NOTE") {
      const nr = m.add([null, "（2021年2月：春节期间未单独报送，2月份工作并入3月份月报）"]);
      m.merge(2, nr, 6, nr);
      continue;
    }
    const [disp, iso, content, way, mark] = r;
    const mm = /^(\d+)月(\d+)日$/.exec(halfDigits(disp));
    assert(mm && iso.slice(5) === `${pad2(mm[1])}-${pad2(mm[2])}`, "l2 report month/day " + disp);
    assert(iso > prev && iso >= "2020-09-01" && iso <= "2021-09-30", "l2 report chronological in title range");
    prev = iso;
    k++;
    m.add([k, disp, content, way, "卓××", mark]);
    repRecords.push({ date: iso, poverty: mark === "√" ? true : mark === "×" ? false : null });
  }
  m.blank();
  m.line("注：报送日期按收到汕尾市商务局回执的日期登记；“附扶贫统计”栏√为随月报附电商扶贫统计表，×为未附。");
  eq(repRecords.length, 12, "l2 12 reports");

  // ---- ③ 填表说明
  const t = new Sheet("填表说明", 1);
  t.add(["填表说明"]);
  t.add(["一、本册收录陆丰市电商进农村贫困户专场培训签到和月报报送登记两张表。"]);
  t.add(["二、签到表按期次分块，每期一辆车，块头写明期次、日期、车次和带队干部。"]);
  t.add(["三、月报登记表日期只写月、日，年份见表名（2020年9月—2021年9月），按报送先后排列。"]);
  t.add(["四、本说明页不作为台账。"]);
  t.add(["陆丰市商务局　2021年9月"]);

  write("ledgers", "b83-l2-lufeng.json", {
    description:
      "汕尾市陆丰市商务局交的两张表加填表说明：①《农村电商（贫困户）专场培训班学员乘车及到课签到表》——各镇学员坐大巴到市电商中心培训，四期上下分块（块头合并一行写期次、日期（“2020年11月26日”“2021.3.18”“2021/9/9”等）、星期、车次、带队干部），块内 序号|乘车点|姓名|身份证号码|联系电话|上车确认|到课签名|备注；学员以“到课签名”为准：“未到”的3行不是记录，“自行到场”（上车确认“—”、有签名）的是记录，带队干部和司机（序号栏写“带队”“司机”，也登记了身份证号）不是学员；第二期卓亚平一行身份证号和电话填反了（身份证号在电话栏），第三期彭亚桂的身份证号末位写成小写x——id都按18位身份证号、大写X；9月第四期照记；共28条签到记录，每条1人次，日期取块头。②《月报报送登记（2020年9月—2021年9月）》——报送日期只写“9月7日”“１１月６日”（全角）之类的月日，年份要按表名区间和先后顺序推：第一条9月为2020年、最后一条9月为2021年，“1月7日”起为2021年；2月那一行是合并的说明（春节未单独报送、并入3月），不是记录；“附扶贫统计”√→true、×→false、空白→null；共12条。③填表说明，不是台账。",
    sheets: [s.toJSON(), m.toJSON(), t.toJSON()],
    expect: {
      sheets: {
        乘车及到课签到: { kind: "training", records: trainRecords },
        月报报送登记: { kind: "reports", records: repRecords },
        填表说明: { kind: null },
      },
    },
  });
}

// =====================================================================
// county c1 — 阳江市海陵区：《责任泳道图（完成情况及自评）》+ 附1—附10
// =====================================================================
function countyC1() {
  const ASOF = "2021-08-31";
  const WIN = [];
  for (let i = 0; i < 12; i++) {
    const d = new Date(Date.UTC(2020, 8 + i, 1));
    WIN.push(d.toISOString().slice(0, 7));
  }
  const POP = 93800;

  // ------------------------------------------------ 泳道图 (facts + claimed)
  const f = new Sheet("泳道图", 9);
  f.line("海陵区电子商务进农村综合示范创建工作责任泳道图（完成情况及自评）");
  f.line("县（市、区）：海陵区　　考评截止日期：2021年8月31日　　制图：区商务局电商股　　审核：区电子商务进农村综合示范工作领导小组办公室");
  f.line("图例：▶ 已完成　▷ 未完成或部分完成　→ 转下一行继续；一列一个责任单位（泳道），一行一个工作阶段，最右列为对应考评指标和区自评分。");
  f.add(["阶段", "区政府（领导小组）", "区商务局", "区财政局", "区农业农村局", "区乡村振兴局", "区电商公共服务中心（运营方）", "各镇", "对应考评指标及区自评分"]);
  let r = f.add(["〇、区情", "常住人口9.38万人（第七次全国人口普查）；辖闸坡、溪头、平章、海陵4个镇，行政村37个、社区6个，其中省定贫困村3个（大澳村、那格村、鸡笼村）", null, null, null, null, null, null, "—"]);
  f.merge(2, r, 8, r);
  r = f.add([
    "一、组织发动",
    "▶ 2019年11月成立区电子商务进农村综合示范工作领导小组：区委副书记、区长任组长，分管副区长任常务副组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区市场监管局、区交通运输局、邮政海陵区分公司",
    "▶ 领导小组办公室设在区商务局\n▶《海陵区电子商务进农村综合示范工作实施方案》（海府办〔2019〕46号）正式印发",
    "▶ 成员单位，参加领导小组会议4次",
    "▶ 成员单位",
    "▶ 成员单位（2021年4月区扶贫办更名为区乡村振兴局）",
    "—",
    "▶ 4个镇成立电商工作专班",
    "①组织领导（2分）：自评2分\n②方案制定（2分）：自评2分\n③政策支持（2分）：自评1分\n④项目管理（4分）：自评3分",
  ]);
  f.add([
    null,
    "→",
    "▶《海陵区促进农村电子商务发展扶持办法》已出台；▷ 第二批奖补资金未兑现\n▶ 制定项目管理办法、验收办法并严格执行（自评2分）\n▷ 工作台账已建立，部分月份更新不及时（自评1分）",
    "▶ 参与项目验收",
    null,
    null,
    null,
    null,
    null,
  ]);
  f.merge(1, r, 1, r + 1);
  f.merge(9, r, 9, r + 1);
  r = f.add([
    "二、服务体系建设",
    null,
    "▶ 整合闸坡渔港电商产业园，入驻企业21家（见附5）",
    null,
    "▶ 配合核定省定贫困村名单（见附1）",
    "▶ 配合核定省定贫困村名单（见附1）",
    "▶ 2020年11月18日区电子商务公共服务中心投入运营\n▶ 设免费培训室（电脑30台），能组织电商基础培训\n▶ 为虾干、鱿鱼干、咸鱼等海陵特色农（海）产品提供免费展示、销售\n▷ 摄影、美工服务按次收费（非免费）\n▶ 组织“海陵岛礼”区域公用品牌统一推广，指导品牌建设\n▶ 提供代办证照、直播间共享等其他增值服务",
    "▶ 村级电商服务站点建设（见附2）",
    "⑤服务体系建设—区级中心及产业园（15分）：自评13分\n⑥服务体系建设—村级站点（10分）：自评10分",
  ]);
  f.add([null, null, "→ 站点覆盖行政村、省定贫困村情况见附1、附2", null, null, null, null, "▶ 各镇负责站点选址、挂牌", null]);
  f.merge(1, r, 1, r + 1);
  f.merge(9, r, 9, r + 1);
  f.add([
    "三、农村产品上行",
    null,
    "▶ 完成海陵海产品网络销售调研，形成报告报阳江市商务局（自评2分）\n▶ 开展“海陵岛礼网购节”等网络促销活动，成效明显（自评2分）\n▷ 出台海陵虾干电商交易标准，冷链、溯源系统未建成（自评1分）\n▶ 2020年农村网络零售额8.62亿元（2019年6.93亿元）；农产品网络零售额2.41亿元（2019年1.78亿元）",
    null,
    null,
    null,
    "▶ 运营方阳江市海陵岛礼电子商务有限公司为专业第三方电商运营服务商",
    "▶ 行政村物流快递覆盖率100%（见附1快递栏）",
    "⑦农村产品上行（10分）：自评9分",
  ]);
  f.add([
    "四、人才培训",
    null,
    "▶ 会同中心组织普及培训和贫困户专场培训",
    null,
    null,
    "▶ 核定有劳动能力的建档立卡贫困人口名单（不含外出务工，见附4）",
    "▶ 普及培训（见附3-1）\n▶ 贫困户专场培训（见附3-2）",
    "▶ 组织学员报名",
    "⑧电商人才培训（20分）：自评20分\n加分：贫困人口培训率≥70%（2分）：自评2分",
  ]);
  f.add([
    "五、信息公开与报送",
    null,
    "▶ 区政府门户网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报窗口（电话、邮箱），按月更新（见附7）\n▶ 每月向阳江市商务局报送工作进展（见附6），月报附电商扶贫统计，能统计电商扶贫情况",
    null,
    null,
    null,
    null,
    null,
    "⑨信息公开（4分）：自评4分\n⑩数据上报（6分）：自评6分",
  ]);
  f.add([
    "六、宣传推广",
    null,
    "▶ 2021年4月向阳江市商务局报送经验材料（见附10）\n▶ 媒体宣传报道（见附8）",
    null,
    null,
    null,
    null,
    null,
    "⑪案例总结（2分）：自评2分\n⑫经验推广（8分）：自评8分\n加分：电商扶贫典型案例获电视播报（2分）：自评0分",
  ]);
  f.add([
    "七、资金管理",
    null,
    "▶ 督促承建单位建立资金专用台账，账目完整（自评4分）",
    "▶ 省级专项资金500万元已下达\n▶ 制定《海陵区省级电子商务进农村综合示范专项资金管理办法》并执行（自评5分）\n▶ 按项目进度及时拨付（见附9），自评4分",
    null,
    null,
    null,
    null,
    "⑬制度建立（5分）：自评5分\n⑭资金台账（5分）：自评4分\n⑮资金支出（5分）：自评4分",
  ]);
  f.add([
    "八、底线要求",
    "▶ 创建期间未发生安全生产、质量事故或重大损失（7月台风“查帕卡”致2个站点门头受损，属自然灾害，已修复）\n▶ 项目总体进度95%\n▶ 无弄虚作假",
    null,
    null,
    null,
    null,
    null,
    null,
    "一票否决项：无",
  ]);
  r = f.add(["合计", "—", null, null, null, null, null, null, "区自评：93分＋加分2分＝95分"]);
  f.merge(2, r, 8, r);
  f.blank();
  f.line("注：各阶段“▶”事项佐证见附1—附10；本图由区商务局电商股绘制，经领导小组办公室审核。");

  const claimed = {
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 1,
    "org.management": 3,
    "work.center": 13,
    "work.coverage": 10,
    "work.upward": 9,
    "work.training": 20,
    "info.disclosure": 4,
    "info.reporting": 6,
    "promo.cases": 2,
    "promo.media": 8,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": 4,
    "bonus.poorTraining": 2,
    "bonus.tvCase": 0,
  };
  const claimedScored = Object.entries(claimed).filter(([k2]) => !k2.startsWith("bonus")).reduce((a, [, v]) => a + v, 0);
  eq(claimedScored, 93, "c1 claimed scored total = 93 as written");

  // ------------------------------------------------ 附1 村居名单
  const TOWNS = [
    ["闸坡镇", ["北洛村", "那洋村", "马尾村", "石角村", "东岸村", "灯笼坪村", "渔港村", "大角村", "山外村", "南海村"], ["海滨社区", "新城社区"]],
    ["溪头镇", ["溪头村", "红光村", "石塘村", "大澳村", "丹载村", "高村", "坡尾村", "沙湾村", "新围村", "旧村", "那湾村"], ["溪头社区"]],
    ["平章镇", ["平章村", "南沙村", "北沙村", "长乐村", "塘围村", "那格村", "三山村", "沙朗村"], ["平章社区"]],
    ["海陵镇", ["海陵村", "石兴村", "东山村", "鸡笼村", "福湖村", "平岚村", "上塘村", "下塘村"], ["海陵社区", "中心社区"]],
  ];
  const POOR = new Set(["大澳村", "那格村", "鸡笼村"]);
  const NO_EXPRESS = new Set(["三山村"]);
  const v = new Sheet("附1 村居名单", 7);
  v.line("附1　海陵区村（居）民委员会名单");
  v.line("资料来源：区民政局（2021年6月）；省定贫困村由区乡村振兴局核定；快递进村情况由区邮政管理部门核实");
  v.add(["序号", "镇", "村（居）委会", "类别", "是否省定贫困村", "快递进村", "备注"]);
  const villages = []; // {name, admin, poor, express}
  let vn = 0;
  for (const [town, vills, comms] of TOWNS) {
    const first = v.rows.length + 1;
    let i = 0;
    for (const name of vills) {
      vn++;
      const poor = POOR.has(name);
      const noEx = NO_EXPRESS.has(name);
      v.add([vn, i++ === 0 ? town : null, name, "行政村", poor ? "是" : "否", noEx ? "否（无快递网点，需到镇上自取）" : "是", poor ? "省定贫困村" : null]);
      villages.push({ name, admin: true, poor, express: !noEx });
    }
    for (const name of comms) {
      vn++;
      v.add([vn, i++ === 0 ? town : null, name, "社区", "—", "—", "城镇社区，不属行政村"]);
      villages.push({ name, admin: false, poor: null, express: null });
    }
    v.merge(2, first, 2, v.rows.length);
  }
  const nAdmin = villages.filter((x) => x.admin).length;
  const nComm = villages.filter((x) => !x.admin).length;
  v.add(["合计", null, `行政村${nAdmin}个，社区${nComm}个，其中省定贫困村${POOR.size}个`]);
  v.merge(1, v.rows.length, 2, v.rows.length);
  v.merge(3, v.rows.length, 7, v.rows.length);
  eq([nAdmin, nComm], [37, 6], "c1 37 villages + 6 communities");

  // ------------------------------------------------ 附2 站点清单
  const st = new Sheet("附2 站点清单", 8);
  st.line("附2　海陵区村级电子商务服务站点清单");
  st.line("填报单位：海陵区商务局　　更新日期：2021年9月10日");
  st.add(["序号", "站点名称", "所在镇", "所在村（社区）", "负责人", "联系电话", "挂牌时间", "备注"]);
  // [name, town, villageWritten, person, dateDisp, iso, note]
  const stations = [
    ["北洛村电商服务站", "闸坡镇", "北洛村", "陈海燕", "2020.12.3", "2020-12-03", null],
    ["那洋村电商服务站", "闸坡镇", "那洋村", "林志雄", D("2020-12-10"), "2020-12-10", null],
    ["马尾村电商服务站", "闸坡镇", "马尾村", "冯秀英", "2020年12月17日", "2020-12-17", null],
    ["石角村电商服务站", "闸坡镇", "石角村委会", "梁国强", "2021.1.12", "2021-01-12", null],
    ["渔港村电商服务站", "闸坡镇", "渔港村", "关丽华", "20210115", "2021-01-15", null],
    ["大角村电商服务站", "闸坡镇", "大角村", "黄永坚", "2021/3/2", "2021-03-02", null],
    ["南海村电商服务站", "闸坡镇", "南海村", "吴少芬", "2021年4月", "2021-04", null],
    ["北洛村邮乐购服务点", "闸坡镇", "北洛村", "陈亚妹", "2021.5.11", "2021-05-11", "与北洛村站同村"],
    ["海滨社区电商服务点", "闸坡镇", "海滨社区", "何建明", "2021.1.20", "2021-01-20", "社区站点"],
    ["东岸村电商服务站", "闸坡镇", "东岸村", "谭月娥", "2021.9.7", "2021-09-07", "9月新挂牌"],
    ["渔港电商产业园服务站", "闸坡镇", "闸坡渔港电商产业园", "叶振华", "2020.11.18", "2020-11-18", "设在产业园内"],
    ["溪头村电商服务站", "溪头镇", "溪头村", "莫志强", "2020.12.8", "2020-12-08", null],
    ["红光村电商服务站", "溪头镇", "红光村", "岑美玲", "2020年12月24日", "2020-12-24", null],
    ["石塘村电商服务站", "溪头镇", "石塘村", "钟家旺", D("2021-01-07"), "2021-01-07", null],
    ["大澳村电商服务站", "溪头镇", "大澳村", "梁水娣", "2020.12.15", "2020-12-15", "省定贫困村"],
    ["丹载村电商服务站", "溪头镇", "丹载村", "许伟文", "21.3.16", "2021-03-16", null],
    ["高村电商服务站", "溪头镇", "高村", "杨带好", "2021.3.23", "2021-03-23", null],
    ["坡尾村电商服务站", "溪头镇", "坡尾村", "朱桂芳", "2021年4月13日", "2021-04-13", null],
    ["沙湾村电商服务站", "溪头镇", "沙湾村民委员会", "卢振东", "2021.5.25", "2021-05-25", null],
    ["平章村电商服务站", "平章镇", "平章村", "甘丽萍", "2020.12.1", "2020-12-01", null],
    ["南沙村电商服务站", "平章镇", "南沙村", "吴海生", D("2021-01-19"), "2021-01-19", null],
    ["北沙村电商服务站", "平章镇", "北沙村", "关秀琼", "2021.2.26", "2021-02-26", null],
    ["长乐村电商服务站", "平章镇", "长乐村", "何志坚", "2021年3月3日", "2021-03-03", null],
    ["塘围村电商服务站", "平章镇", "塘围村", "冯亚娣", "2021/4/27", "2021-04-27", null],
    ["那格村电商服务站", "平章镇", "那格村民委员会", "关文辉", "2021.3.9", "2021-03-09", "省定贫困村"],
    ["海陵村电商服务站", "海陵镇", "海陵村", "谭家荣", "2020.12.22", "2020-12-22", null],
    ["石兴村电商服务站", "海陵镇", "石兴村", "郑小玲", "2021.1.26", "2021-01-26", null],
    ["东山村电商服务站", "海陵镇", "东山村委会", "许国良", "2021年2月5日", "2021-02-05", null],
    ["鸡笼村电商服务站", "海陵镇", "鸡笼村", "莫月娥", "2021年8月31日", "2021-08-31", "省定贫困村，8月31日挂牌"],
    ["福湖村电商服务站", "海陵镇", "福湖村", "黎振华", "2021.6.8", "2021-06-08", null],
    ["平岚村电商服务站", "海陵镇", "平岚村", "岑少华", D("2021-07-13"), "2021-07-13", null],
  ];
  stations.forEach(([name, town, vil, who, disp, iso, note], i) => {
    eq(parseDisp(disp), iso, "c1 station date " + name);
    st.add([i + 1, name, town, vil, who, phone("139"), disp, note]);
  });
  st.blank();
  st.line("注：挂牌时间以区商务局授牌日期为准；联系电话为站点负责人手机。");

  const norm = (x) => x.replace(/(村民委员会|村委会)$/, "村");
  const adminSet = new Set(villages.filter((x) => x.admin).map((x) => x.name));
  const covered = new Set();
  for (const [, , vil, , , iso] of stations) {
    const n = norm(vil);
    if (adminSet.has(n) && iso <= ASOF) covered.add(n);
  }
  const coveredPoor = [...POOR].filter((p) => covered.has(p));
  eq(covered.size, 27, "c1 27 covered villages");
  eq(coveredPoor.length, 3, "c1 3 covered poor villages");
  assert(covered.size * 100 >= Math.min(nAdmin, 200) * 70, "c1 coverage >= 70%");
  const coverageAdmin = covered.size * 100 >= Math.min(nAdmin, 200) * 70 ? 5 : covered.size * 100 >= Math.min(nAdmin, 200) * 50 ? 2 : 0;
  const coveragePoor = coveredPoor.length === POOR.size ? 5 : coveredPoor.length * 100 >= POOR.size * 80 ? 3 : 0;
  // the trap: without name normalisation 23 villages (62.2%) → 2
  const coveredRaw = new Set(stations.filter((x) => adminSet.has(x[2]) && x[5] <= ASOF).map((x) => x[2]));
  eq(coveredRaw.size, 23, "c1 trap: unnormalised names give 23");

  // ------------------------------------------------ people (附4 / 附3-2)
  const REG = "441702";
  const households = [
    ["溪头镇", "大澳村", [
      ["陈亚福", "户主", "19650412", "E1", "有劳动能力", "在家务农"],
      ["林秀梅", "配偶", "19680923", "E2", "有劳动能力", "本地务工（区内）"],
      ["陈志强", "之子", "19920107", "M1", "有劳动能力", "外出务工（广州）"],
      ["黄二妹", "之母", "19410318", "N1", "丧失劳动能力", "—"],
    ]],
    ["溪头镇", "大澳村", [
      ["梁水生", "户主", "19700815", "E3", "有劳动能力", "在家务农"],
      ["冯亚娣", "配偶", "19720301", "E4", "有劳动能力", "在家务农"],
      ["梁晓燕", "之女", "19960622", "M2", "有劳动能力", "外出务工（深圳）"],
    ]],
    ["平章镇", "那格村", [
      ["吴石保", "户主", "19480210", "N2", "无劳动能力", "—"],
      ["吴海明", "之子", "19750527", "E5", "有劳动能力", "本地务工（区内）"],
      ["何丽娟", "之媳", "19780914", "E6", "有劳动能力", "在家务农"],
      ["吴俊杰", "之孙", "20080506", "N3", "无（在校学生）", "—"],
    ]],
    ["平章镇", "那格村", [
      ["关亚妹", "户主", "19690727", "E7", "有劳动能力", "在家务农"],
      ["关文健", "之子", "19940219", "M3", "有劳动能力", "外出务工（佛山）"],
    ]],
    ["海陵镇", "鸡笼村", [
      ["谭家旺", "户主", "19661103", "E8", "有劳动能力", "在家务农"],
      ["莫月英", "配偶", "19690408", "E9", "有劳动能力", "在家务农"],
      ["谭老四", "之父", "19380925", "N4", "丧失劳动能力", "—"],
    ]],
    ["海陵镇", "鸡笼村", [
      ["许国华", "户主", "19730616", "E10", "有劳动能力", "本地务工（区内）"],
      ["郑小凤", "配偶", "19760130", "E11", "有劳动能力", "在家务农"],
      ["许伟", "之子", "19980811", "M4", "有劳动能力", "外出务工（东莞）"],
    ]],
    ["闸坡镇", "马尾村", [
      ["黎玉珍", "户主", "19620922", "E12", "有劳动能力", "在家务农"],
      ["黎振东", "之子", "19870305", "E13", "有劳动能力", "在家务农"],
    ]],
    ["闸坡镇", "那洋村", [
      ["岑亚二", "户主", "19450717", "N5", "无劳动能力", "—"],
      ["杨带娣", "配偶", "19580614", "E14", "有劳动能力", "在家务农"],
    ]],
    ["溪头镇", "石塘村", [
      ["钟亚水", "户主", "19671019", "E15", "有劳动能力", "在家务农"],
      ["朱桂兰", "配偶", "19700228", "E16", "有劳动能力", "本地务工（区内）"],
      ["钟家豪", "之子", "19950905", "M5", "有劳动能力", "外出务工（广州）"],
    ]],
    ["平章镇", "南沙村", [
      ["甘胜利", "户主", "19640501", "E17", "有劳动能力", "在家务农"],
      ["卢四妹", "配偶", "19660812", "N6", "无劳动能力", "—"],
      ["甘永健", "之子", "19890120", "E18", "有劳动能力", "在家务农"],
      ["甘美玲", "之女", "19931130", "E19", "有劳动能力", "在家务农"],
    ]],
  ];
  const P = {}; // tag -> {name,id,...}
  let seq = 317;
  for (const [town, vil, members] of households) {
    for (const [name, rel, birth, tag, lab, mig] of members) {
      seq += 23;
      const id = makeId(REG, birth, seq, tag === "E7" || tag === "E12", FEMALE.has(name));
      assert(validId(id), "c1 id valid");
      P[tag] = { name, id, town, vil, rel, lab, mig, tag };
    }
  }
  const pp = new Sheet("附4 贫困人口名单", 10);
  pp.line("附4　海陵区建档立卡贫困人口劳动力情况名单");
  pp.line("资料来源：区乡村振兴局（国扶系统2021年6月数据）　　说明：“务工情况”中“外出务工”指到区外务工，“本地务工”指在区内务工");
  pp.add(["序号", "镇", "村", "户主", "姓名", "与户主关系", "身份证号", "劳动能力", "务工情况", "备注"]);
  let pn = 0;
  const persons = [];
  for (const [town, vil, members] of households) {
    const first = pp.rows.length + 1;
    members.forEach((mbr, i) => {
      const p = P[mbr[3]];
      pn++;
      pp.add([pn, i === 0 ? town : null, i === 0 ? vil : null, i === 0 ? members[0][0] : null, p.name, p.rel, p.id, p.lab, p.mig, null]);
      persons.push(p);
    });
    if (members.length > 1) for (const c of [2, 3, 4]) pp.merge(c, first, c, first + members.length - 1);
  }
  eq(persons.length, 30, "c1 30 poor persons");
  const isLabour = (p) => p.lab === "有劳动能力";
  const isMigrant = (p) => p.mig.startsWith("外出务工");
  const eligible = persons.filter((p) => isLabour(p) && !isMigrant(p));
  eq(eligible.length, 19, "c1 19 eligible");
  eq(eligible.map((p) => p.tag).sort(), Array.from({ length: 19 }, (_, i) => "E" + (i + 1)).sort(), "c1 eligible are E1..E19");

  // ------------------------------------------------ 附3-1 普及培训（按期次）
  const t1 = new Sheet("附3-1 普及培训", 6);
  t1.line("附3-1　海陵区农村电商普及培训台账（按期次）");
  t1.add(["期次", "培训日期", "培训内容", "培训地点", "培训人次", "授课单位"]);
  const sess = [
    ["2020.9.17", "2020-09-17", "电商基础知识普及", "区电商公共服务中心", 62],
    ["2020.10.22", "2020-10-22", "手机拍摄与短视频", "闸坡镇文化站", 58],
    [D("2020-11-19"), "2020-11-19", "网店开设实操", "溪头镇政府会议室", 71],
    ["2020年12月10日", "2020-12-10", "直播带货入门", "平章镇党群服务中心", 65],
    ["2021.1.14", "2021-01-14", "海产品网络营销", "海陵镇文化站", 60],
    ["2021.3.30-31", "2021-03-31", "电商创业增值培训（两天）", "区电商公共服务中心", 84],
    ["2021/4/15", "2021-04-15", "社区团购运营", "闸坡镇文化站", 66],
    ["2021年4月28日", "2021-04-28", "微信小店运营", "溪头镇政府会议室", 59],
    [D("2021-05-20"), "2021-05-20", "网店美工设计", "区电商公共服务中心", 73],
    ["2021.6.17", "2021-06-17", "直播带货进阶", "平章镇党群服务中心", 68],
    ["2021.7.8", "2021-07-08", "电商物流与包装", "海陵镇文化站", 57],
    ["2021年7月22日", "2021-07-22", "农（海）产品品牌建设", "区电商公共服务中心", 61],
    ["2021.8.12", "2021-08-12", "手机拍摄与短视频", "闸坡镇文化站", 54],
    ["2021.8.26", "2021-08-26", "电商基础知识普及", "溪头镇政府会议室", 52],
    ["2021.9.2", "2021-09-02", "电商基础知识普及", "区电商公共服务中心", 48],
  ];
  let total31 = 0;
  let pre31 = 0;
  sess.forEach(([disp, iso, topic, place, n], i) => {
    eq(parseDisp(disp), iso, "c1 session date " + disp);
    t1.add([`第${i + 1}期`, disp, topic, place, n, "阳江市海陵岛礼电子商务有限公司"]);
    total31 += n;
    if (iso <= ASOF) pre31 += n;
  });
  t1.add(["合计", null, null, null, total31, null]);
  t1.blank();
  t1.line("注：贫困户专场培训签到见附3-2，人次不重复计入本表。");
  eq([pre31, total31], [890, 938], "c1 session sums");

  // ------------------------------------------------ 附3-2 贫困户专场签到
  const t2 = new Sheet("附3-2 贫困户专场签到", 6);
  t2.line("附3-2　海陵区建档立卡贫困户电商专场培训签到表");
  t2.add(["序号", "培训日期", "姓名", "身份证号", "所在村", "签到"]);
  const signSessions = [
    ["2020年12月22日", "2020-12-22", ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "M1"]],
    ["2021.4.20", "2021-04-20", ["E8", "E9", "E10", "E11", "E12", "E13", "E1", "E3", "E5"]],
    [D("2021-07-15"), "2021-07-15", ["E14", "E15", "E2", "E4", "E6", "E8", "E10", "E12", "M3", "E9", "E11", "E13", "E5"]],
    ["2021.9.8", "2021-09-08", ["E16", "E17", "E3"]],
  ];
  let sn = 0;
  const signRows = [];
  for (const [disp, iso, tags] of signSessions) {
    eq(parseDisp(disp), iso, "c1 sign date");
    const first = t2.rows.length + 1;
    tags.forEach((tag, i) => {
      const p = P[tag];
      sn++;
      let idCell = p.id;
      if (tag === "E7") {
        assert(p.id.endsWith("X"), "E7 ends with X");
        idCell = p.id.slice(0, 17) + "x";
      }
      if (tag === "E14") idCell = `${p.id.slice(0, 6)} ${p.id.slice(6, 14)} ${p.id.slice(14)}`;
      t2.add([sn, i === 0 ? disp : null, p.name, idCell, p.vil, p.name]);
      signRows.push({ iso, id: p.id, tag });
    });
    t2.merge(2, first, 2, first + tags.length - 1);
  }
  t2.blank();
  t2.line("注：专场培训由区乡村振兴局组织学员、区电商公共服务中心授课；签到栏为学员本人签名。");
  const signPre = signRows.filter((x) => x.iso <= ASOF);
  eq(signPre.length, 30, "c1 30 sign-in rows before cut-off");
  const personTimes = pre31 + signPre.length;
  eq(personTimes, 920, "c1 person-times 920");
  const base = Math.min(POP, 500000);
  let trainingTimesPts;
  if (personTimes * 100 >= base) trainingTimesPts = 10;
  else if (personTimes * 1000 >= base * 8) trainingTimesPts = 8;
  else if (personTimes * 1000 >= base * 6) trainingTimesPts = 6;
  else trainingTimesPts = 0;
  eq(trainingTimesPts, 8, "c1 person-times 0.98% → 8");
  assert((pre31 + 48 + signPre.length) * 100 >= base, "c1 trap: counting the 9月 session would reach 1%");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trained = new Set(signPre.map((x) => x.id).filter((id) => eligIds.has(id)));
  eq(trained.size, 15, "c1 15 eligible trained");
  const poorRate = trained.size / eligible.length;
  const trainingPoorPts = trained.size * 100 >= eligible.length * 50 ? 10 : trained.size * 100 >= eligible.length * 40 ? 8 : trained.size * 100 >= eligible.length * 30 ? 6 : 0;
  eq(trainingPoorPts, 10, "c1 poor training 10");
  const bonusPoor = trained.size * 100 >= eligible.length * 70 ? 2 : 0;
  eq(bonusPoor, 2, "c1 bonus poor 2");
  assert((trained.size - 2) * 100 < eligible.length * 70, "c1 trap: losing the x and spaced IDs drops below 70%");

  // ------------------------------------------------ 附5 产业园企业
  const en = new Sheet("附5 产业园企业", 7);
  en.line("附5　闸坡渔港电商产业园入驻企业清单");
  en.add(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]);
  const code = (i, p) => `${p}441700MA5${"1234"[i % 4]}${String(1000 + i * 37).slice(-4)}${"ABCDEFGHJK"[i % 10]}${(i * 7) % 10}`;
  const ents = [
    ["阳江市海陵岛礼电子商务有限公司", code(1, "91"), "平台型电商企业", "2020.11.18", "2020-11-18", null, null, null],
    ["阳江市闸坡渔港海产品销售有限公司", code(2, "91"), "销售型企业", "2020.11.20", "2020-11-20", null, null, null],
    ["海陵区渔家女网店", code(3, "92"), "销售型企业", D("2020-12-02"), "2020-12-02", null, null, null],
    ["阳江市海陵顺通快递有限公司", code(4, "91"), "物流企业", "2020年12月9日", "2020-12-09", null, null, null],
    ["阳江市蓝海电商代运营有限公司", code(5, "91"), "电商运营服务商", "2020.12.16", "2020-12-16", null, null, null],
    ["阳江市海陵鲜到家供应链有限公司", code(6, "91"), "物流企业", "2021.1.5", "2021-01-05", null, null, null],
    ["海陵区大角湾特产商行", code(7, "92"), "销售型企业", "2021/1/13", "2021-01-13", null, null, null],
    ["阳江市岛礼优选网络科技有限公司", code(8, "91"), "平台型电商企业", "20210120", "2021-01-20", null, null, null],
    ["海陵区溪头虾干专业合作社（网店）", code(9, "93"), "销售型企业", "2021.2.3", "2021-02-03", null, null, null],
    ["阳江市海风直播文化传媒有限公司", code(10, "91"), "电商运营服务商", "2021年3月1日", "2021-03-01", null, null, null],
    ["海陵区平章咸鱼网店", code(11, "92"), "销售型企业", "2021.3.10", "2021-03-10", "2021.6.30", "2021-06-30", "已退出"],
    ["阳江市海陵冷链仓储有限公司", code(12, "91"), "物流企业", D("2021-03-18"), "2021-03-18", null, null, null],
    ["海陵区那格村电商服务社", code(13, "92"), "销售型企业", "2021.3.25", "2021-03-25", null, null, null],
    ["阳江市渔港优品电子商务有限公司", code(14, "91"), "销售型企业", "2021.4.7", "2021-04-07", null, null, null],
    ["阳江市海陵岛礼电子商务有限公司", code(1, "91"), "平台型电商企业", "2021.4.15", "2021-04-15", null, null, "续签入驻协议（同一企业，扩租二楼）"],
    ["海陵区鱿鱼干网店", code(16, "92"), "销售型企业", "2021年5月6日", "2021-05-06", null, null, null],
    ["阳江市海陵图文设计工作室", code(17, "92"), "电商运营服务商", "2021.5.20", "2021-05-20", null, null, null],
    ["海陵区石角村海味店", code(18, "92"), "销售型企业", "2021/6/2", "2021-06-02", null, null, null],
    ["阳江市岛上优品物流有限公司", code(19, "91"), "物流企业", "2021.6.21", "2021-06-21", "2021.9.15", "2021-09-15", "9月15日退出"],
    ["海陵区东山海鸭蛋网店", code(20, "92"), "销售型企业", "2021.7.6", "2021-07-06", null, null, null],
    ["阳江市海陵渔获直播电商有限公司", code(21, "91"), "电商运营服务商", "2021.8.10", "2021-08-10", null, null, null],
    ["阳江市海岛鲜生电子商务有限公司", code(22, "91"), "销售型企业", "2021.9.3", "2021-09-03", null, null, "9月新入驻"],
  ];
  ents.forEach(([name, cc, type, ind, iniso, outd, outiso, note], i) => {
    eq(parseDisp(ind), iniso, "c1 ent in " + name);
    if (outd) eq(parseDisp(outd), outiso, "c1 ent out " + name);
    assert(cc.length === 18, "c1 credit code 18 chars " + cc);
    en.add([i + 1, name, cc, type, ind, outd, note]);
  });
  en.blank();
  en.line(`注：截至2021年8月31日入驻企业${ents.filter((x) => x[4] <= ASOF).length}家（含已退出、续签）。`);
  const inPark = new Map();
  for (const [name, cc, type, , iniso, , outiso] of ents) {
    if (iniso <= ASOF && !(outiso && outiso < ASOF)) inPark.set(cc, type);
  }
  eq(inPark.size, 19, "c1 19 distinct enterprises in park");
  const typeOf = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const nTypes = new Set([...inPark.values()].map(typeOf)).size;
  eq(nTypes, 4, "c1 4 types");
  eq(new Set(ents.map((x) => x[1])).size, 21, "c1 21 distinct codes overall");

  // ------------------------------------------------ 附6 月报报送
  const rp = new Sheet("附6 月报报送", 5);
  rp.line("附6　海陵区电商进农村工作月报报送登记（报阳江市商务局）");
  rp.add(["序号", "报送时间", "报送内容", "报送方式", "是否附电商扶贫统计"]);
  const reports = [
    ["2020.8.7", "2020-08-07", "7月份工作进展", "粤政易", "是"],
    ["2020.9.8", "2020-09-08", "8月份工作进展", "粤政易", "是"],
    [D("2020-10-12"), "2020-10-12", "9月份工作进展", "粤政易", "是"],
    ["2020年11月6日", "2020-11-06", "10月份工作进展", "粤政易", "是"],
    ["2020.12.7", "2020-12-07", "11月份工作进展", "粤政易", "否"],
    ["2021.1.8", "2021-01-08", "12月份工作进展", "粤政易", "是"],
    ["2021.3.2", "2021-03-02", "1—2月份工作进展（春节合并报送）", "粤政易", "是"],
    ["2021/4/7", "2021-04-07", "3月份工作进展", "粤政易", "是"],
    [D("2021-05-08"), "2021-05-08", "4月份工作进展", "粤政易", "是"],
    ["2021.6.7", "2021-06-07", "5月份工作进展", "粤政易", "是"],
    ["2021年7月6日", "2021-07-06", "6月份工作进展", "粤政易", "是"],
    ["2021.8.6", "2021-08-06", "7月份工作进展", "粤政易", "是"],
    ["2021.9.7", "2021-09-07", "8月份工作进展", "粤政易", "是"],
  ];
  reports.forEach(([disp, iso, c, w, pov], i) => {
    eq(parseDisp(disp), iso, "c1 report date");
    rp.add([i + 1, disp, c, w, pov]);
  });
  const repMonths = new Set(reports.map((x) => x[1].slice(0, 7)).filter((mm) => WIN.includes(mm)));
  eq(repMonths.size, 11, "c1 reports in 11 of 12 months");
  const reportingPts = (repMonths.size === 12 ? 3 : repMonths.size > 0 ? 1 : 0) + (reports.some((x) => x[4] === "是") ? 3 : 0);
  eq(reportingPts, 4, "c1 reporting 1+3");

  // ------------------------------------------------ 附7 专栏更新
  const dc = new Sheet("附7 专栏更新", 4);
  dc.line("附7　海陵区人民政府门户网站“电子商务进农村综合示范”专栏更新记录");
  dc.add(["序号", "发布日期", "标题", "子栏目"]);
  const discl = [
    ["2020.8.20", "2020-08-20", "海陵区电商进农村项目承办单位及项目基本信息公示", "项目公示"],
    ["2020.9.15", "2020-09-15", "8月份项目建设进度", "建设进度"],
    ["2020年10月14日", "2020-10-14", "9月份项目建设进度", "建设进度"],
    [D("2020-11-16"), "2020-11-16", "10月份项目建设进度", "建设进度"],
    ["2020.12.15", "2020-12-15", "11月份项目建设进度", "建设进度"],
    ["2021.1.15", "2021-01-15", "12月份项目建设进度", "建设进度"],
    ["2021.2.9", "2021-02-09", "1月份项目建设进度", "建设进度"],
    ["2021年3月15日", "2021-03-15", "2月份项目建设进度", "建设进度"],
    ["2021/4/14", "2021-04-14", "3月份项目建设进度", "建设进度"],
    [D("2021-05-17"), "2021-05-17", "4月份项目建设进度", "建设进度"],
    ["2021.6.15", "2021-06-15", "5月份项目建设进度", "建设进度"],
    ["2021.7.15", "2021-07-15", "6月份项目建设进度", "建设进度"],
    ["2021年8月16日", "2021-08-16", "7月份项目建设进度", "建设进度"],
    ["2021.9.15", "2021-09-15", "8月份项目建设进度", "建设进度"],
  ];
  discl.forEach(([disp, iso, title, sub], i) => {
    eq(parseDisp(disp), iso, "c1 disclosure date");
    dc.add([i + 1, disp, title, sub]);
  });
  dc.blank();
  dc.line("注：创建方案（海府办〔2019〕46号）2019年12月已在专栏公示；监督举报电话0662-38×××××、邮箱常设于专栏首页。");
  const dMonths = new Set(discl.map((x) => x[1].slice(0, 7)).filter((mm) => WIN.includes(mm)));
  eq(dMonths.size, 12, "c1 disclosures every month");

  // ------------------------------------------------ 附8 宣传报道
  const md = new Sheet("附8 宣传报道", 7);
  md.line("附8　海陵区电子商务进农村宣传报道清单");
  md.add(["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]);
  const media = [
    ["2020.12.25", "2020-12-25", "海陵区融媒体中心（“海陵发布”）", "区级", "网络", "我区首批村级电商服务站挂牌运营", "否", "county", false],
    ["2021.3.18", "2021-03-18", "阳江日报", "市级", "报纸", "海陵：电商服务站开进渔村", "否", "city", false],
    ["2021年6月10日", "2021-06-10", "阳江广播电视台《阳江新闻》", "市级", "电视", "渔嫂直播卖虾干 电商助力脱贫增收", "是", "city", true],
    ["2021.9.10", "2021-09-10", "南方+客户端", "省级", "网络", "海陵岛：电商进农村扎实推进", "否", "province", false],
  ];
  media.forEach(([disp, iso, outlet, lv, form, title, caseMark], i) => {
    eq(parseDisp(disp), iso, "c1 media date");
    md.add([i + 1, disp, outlet, lv, form, title, caseMark]);
  });
  const lv = new Set(media.filter((x) => x[1] <= ASOF).map((x) => x[7]));
  const mediaPts = (lv.has("national") || lv.has("province") ? 4 : 0) + (lv.has("city") ? 3 : 0) + (lv.has("county") ? 1 : 0);
  eq(mediaPts, 4, "c1 media 3+1");
  const tvBonus = media.some((x) => x[1] <= ASOF && x[8] && x[6] === "是" && x[7] === "national") ? 2 : media.some((x) => x[1] <= ASOF && x[8] && x[6] === "是" && x[7] === "province") ? 1 : 0;
  eq(tvBonus, 0, "c1 tv bonus 0");

  // ------------------------------------------------ 附9 资金台账
  const fd = new Sheet("附9 资金台账", 7);
  fd.line("附9　海陵区省级电子商务进农村综合示范专项资金拨付台账");
  fd.line("填报单位：海陵区财政局、区商务局　　单位：元　　省级下达资金：5,000,000.00元");
  fd.add(["序号", "拨付日期", "项目", "收款单位", "金额", "凭证号", "备注"]);
  const funds = [
    ["2020.6.30", "2020-06-30", "区电商公共服务中心建设（首期款）", "阳江市海陵岛礼电子商务有限公司", 900000, 900000],
    ["2020.10.20", "2020-10-20", "村级电商服务站点建设（第一批）", "中国邮政集团有限公司阳江市海陵区分公司", "62.5万", 625000],
    [D("2020-12-28"), "2020-12-28", "区电商公共服务中心建设（验收款）", "阳江市海陵岛礼电子商务有限公司", 600000, 600000],
    ["2021.1.20", "2021-01-20", "电商培训服务（第一期）", "阳江市海陵岛礼电子商务有限公司", 180000, 180000],
    ["2021年3月25日", "2021-03-25", "区镇村物流配送体系建设", "阳江市海陵顺通快递有限公司", 720000, 720000],
    ["2021.5.18", "2021-05-18", "村级电商服务站点建设（第二批）", "中国邮政集团有限公司阳江市海陵区分公司", "458,600.00", 458600],
    ["2021/6/30", "2021-06-30", "农（海）产品品牌推广及网络促销", "阳江市蓝海电商代运营有限公司", 240000, 240000],
    ["2021.8.20", "2021-08-20", "电商培训服务（第二期）", "阳江市海陵岛礼电子商务有限公司", 138800, 138800],
    ["2021.9.6", "2021-09-06", "冷链及溯源系统建设（首付款）", "阳江市海陵冷链仓储有限公司", 300000, 300000],
  ];
  let fTotal = 0;
  let fPre = 0;
  funds.forEach(([disp, iso, item, payee, shown, amt], i) => {
    eq(parseDisp(disp), iso, "c1 fund date");
    fd.add([i + 1, disp, item, payee, shown, `海商记-${String(i + 3).padStart(3, "0")}`, null]);
    fTotal += amt;
    if (iso <= ASOF) fPre += amt;
  });
  fd.add(["合计", null, null, null, fTotal, null, null]);
  fd.merge(1, fd.rows.length, 4, fd.rows.length);
  fd.blank();
  fd.line("经办：区商务局 黄××　　复核：区财政局 陈××");
  eq([fPre, fTotal], [3862400, 4162400], "c1 fund sums");
  assert(fPre * 100 >= 5000000 * 70, "c1 disbursement >= 70%");
  const fTrap = fPre - 625000 + 62.5;
  assert(fTrap * 100 < 5000000 * 70, "c1 trap: reading 62.5万 as 62.5 drops below 70%");

  // ------------------------------------------------ 附10 经验材料
  const mt = new Sheet("附10 经验材料", 4);
  mt.line("附10　海陵区电商进农村经验材料报送登记");
  mt.add(["序号", "报送日期", "材料名称", "报送单位"]);
  mt.add([1, "2021年4月23日", "海陵区“电商＋渔港”助力渔民增收经验材料", "阳江市商务局"]);
  eq(parseDisp("2021年4月23日"), "2021-04-23", "c1 material date");

  // order of sheets
  const ordered = [f, v, st, t1, t2, pp, en, rp, dc, md, fd, mt];

  // ------------------------------------------------ points
  const center = { opened: 2, sixMonths: 2, training: 2, display: 1, photo: 0, brand: 1, other: 1, park: 2, twenty: inPark.size >= 20 ? 2 : 0, types: nTypes >= 3 ? 1 : 0 };
  assert("2020-11-18" <= "2021-02-28", "c1 center 6 months");
  const workCenter = Object.values(center).reduce((a, b) => a + b, 0);
  eq(workCenter, 12, "c1 work.center 12");
  const expressOk = villages.filter((x) => x.admin).every((x) => x.express === true);
  const agriGrowthOk = 2.41 * 100 >= 1.78 * 130; // ≥30%
  const ruralGrowthOk = 8.62 * 100 >= 6.93 * 130;
  assert(agriGrowthOk && !ruralGrowthOk, "c1 growth: only agri ≥ 30%");
  const workUpward = 2 + 2 + 1 + (expressOk ? 1 : 0) + 1 + 2;
  eq(workUpward, 8, "c1 work.upward 8");
  const fundRate = fPre / 5000000;
  const points = {
    "org.leadership": 2,
    "org.plan": 2,
    "org.policy": 1,
    "org.management": 3,
    "work.center": workCenter,
    "work.coverage": coverageAdmin + coveragePoor,
    "work.upward": workUpward,
    "work.training": trainingTimesPts + trainingPoorPts,
    "info.disclosure": 2 + (dMonths.size === 12 ? 2 : dMonths.size > 0 ? 1 : 0),
    "info.reporting": reportingPts,
    "promo.cases": 2,
    "promo.media": mediaPts,
    "fund.system": 5,
    "fund.ledger": 4,
    "fund.spending": fundRate < 0.7 ? -5 : 4,
    "bonus.poorTraining": bonusPoor,
    "bonus.tvCase": tvBonus,
    "veto.incident": 0,
    "veto.progress": 0,
    "veto.fraud": 0,
  };
  const scored = Object.entries(points)
    .filter(([k2]) => !k2.startsWith("bonus") && !k2.startsWith("veto"))
    .reduce((a, [, x]) => a + x, 0);
  const bonus = Math.min(points["bonus.poorTraining"] + points["bonus.tvCase"], 4);
  const total = scored + bonus;
  eq([scored, bonus, total], [83, 2, 85], "c1 totals");

  const pct = (x) => (Math.round(x * 1000) / 10).toFixed(1) + "%";
  const derivation = [
    "asOf: 泳道图表头“考评截止日期：2021年8月31日”（与规则默认相同）；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。",
    "org.leadership: 区政府泳道“区委副书记、区长任组长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局（各自泳道也写“成员单位”）→ 主要领导牵头且四部门齐全 → 2",
    "org.plan: 判定项，最右列“②方案制定（2分）：自评2分”，商务局泳道写方案已正式印发 → 2",
    "org.policy: 判定项，“③政策支持（2分）：自评1分”，扶持办法已出台 → 1",
    "org.management: 商务局泳道“项目管理办法、验收办法…（自评2分）”“工作台账…（自评1分）”→ 2+1 = 3（最右列自评3分）",
    `work.center: ①中心2020-11-18投入运营 ≤ 截止日 → 2；②2020-11-18 ≤ 2021-02-28 → 2；③免费培训室 → 2；④免费展示、销售 → 1；⑤摄影、美工“按次收费（非免费）”（▷）→ 0；⑥“海陵岛礼”品牌推广 → 1；⑦代办证照、直播间共享 → 1；⑧产业园已整合（附5非空）→ 2；⑨附5共22行：平章咸鱼网店2021.6.30已退出不计，海岛鲜生2021.9.3入驻在截止日后不计，岛上优品物流2021.9.15才退出、截止日仍在园，海陵岛礼公司两行（续签）信用代码相同只算一家 → 在园${inPark.size}家 < 20 → 0（泳道写“入驻企业21家”是把退出、续签都数上了）；⑩在园类型 平台型、销售型、电商运营服务商、物流企业 4种 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+0+1 = ${workCenter}（自评13）`,
    `work.coverage: 附1 ${nAdmin}个行政村＋${nComm}个社区（社区不计），基数 min(${nAdmin},200) = ${nAdmin}；附2 站点31行：北洛村两站只算一次，海滨社区站点在社区不计，“闸坡渔港电商产业园”不在村名单（警告）不计，东岸村2021.9.7挂牌在截止日后不计；“石角村委会”“沙湾村民委员会”“那格村民委员会”“东山村委会”按村名归一，鸡笼村“2021年8月31日”为截止日当天计入，南海村“2021年4月”只写到月也在截止日前 → 覆盖行政村${covered.size}个，${covered.size}/${nAdmin} = ${pct(covered.size / nAdmin)} ≥ 70% → ${coverageAdmin}（不归一村名只有23个、62.2%，会误得2分）；省定贫困村 大澳村（2020.12.15）、那格村（2021.3.9）、鸡笼村（2021.8.31）${coveredPoor.length}/${POOR.size} = 100% → ${coveragePoor}；合计 ${coverageAdmin + coveragePoor}（自评10）`,
    `work.upward: 网销调研 自评2 → 2；促销活动 自评2 → 2；第三方运营服务商（阳江市海陵岛礼电子商务有限公司）→ 1；快递：附1有“快递进村”列，三山村写“否（无快递网点，需到镇上自取）”→ 不是每个行政村都覆盖 → 0（泳道写100%，与名单不符，警告）；交易标准有、冷链溯源未建成 自评1 → 1；增速：农村网零 8.62÷6.93−1 = 24.4% < 30%，农产品网零 2.41÷1.78−1 = 35.4% ≥ 30% → 2；合计 2+2+1+0+1+2 = ${workUpward}（自评9）`,
    `work.training: 人次 = 附3-1 按期次“培训人次”截止日前第1—14期合计 ${pre31}（第6期“2021.3.30-31”按结束日2021-03-31计；第15期2021.9.2的48人次在截止日后不计；合计行${total31}不计）＋附3-2 专场签到截止日前 ${signPre.length} 行（第4场2021.9.8的3行不计）= ${personTimes}；${personTimes} ÷ min(${POP},500000) = ${(personTimes / base * 100).toFixed(3)}%，在0.8%（750.4）—1%（938）之间 → ${trainingTimesPts}（把9月那期算进去才到1%）；贫困人口：附4共30人，有劳动能力且非外出务工 ${eligible.length} 人（“本地务工（区内）”不是外出务工，照算；丧失/无劳动能力6人、外出务工5人除外），其中在截止日前签到过的 ${trained.size} 人（关亚妹签到表身份证末位小写x、杨带娣身份证号中间有空格，都按同一号码匹配；重复参训只算一次；陈志强、关文健是外出务工不计；9月专场的朱桂兰、甘胜利不计）→ ${trained.size}/${eligible.length} = ${pct(poorRate)} ≥ 50% → ${trainingPoorPts}；合计 ${trainingTimesPts}+${trainingPoorPts} = ${trainingTimesPts + trainingPoorPts}（自评20）`,
    `info.disclosure: 商务局泳道写专栏公示创建方案、项目基本信息、项目建设进度并设监督举报窗口 → 2；附7在2020-09…2021-08每个月都有更新（2020-08-20、2021-09-15在窗口外）→ 按月 → 2；合计 4（自评4）`,
    `info.reporting: 附6在窗口内只有${repMonths.size}个月有报送，2021年2月没有（1—2月3月2日合并报送；2020-08-07、2021-09-07在窗口外）→ 不定时 → 1；多次报送“是否附电商扶贫统计”为“是”，泳道也写能统计 → 3；合计 ${reportingPts}（自评6）`,
    "promo.cases: 附10 2021年4月23日向阳江市商务局报送经验材料 ≤ 截止日 → 2",
    `promo.media: 截止日前 海陵区融媒体中心（区级）→ 1，阳江日报、阳江广播电视台（市级）→ 3；南方+客户端2021.9.10在截止日后，不计省级 → 3+1 = ${mediaPts}（自评8）`,
    "fund.system: 判定项，“⑬制度建立（5分）：自评5分” → 5",
    "fund.ledger: 判定项，“⑭资金台账（5分）：自评4分” → 4",
    `fund.spending: 附9截止日前8笔 900000+625000（写作“62.5万”）+600000+180000+720000+458600（写作“458,600.00”）+240000+138800 = ${yuan(fPre)}元（2021.9.6的300,000元和合计行不计）÷ 5,000,000 = ${pct(fundRate)} ≥ 70% → 取判定的及时拨付 自评4 → 4（把“62.5万”当62.5元会只有64.7%，误扣−5）`,
    `bonus.poorTraining: 贫困人口培训率 ${trained.size}/${eligible.length} = ${pct(poorRate)} ≥ 70% → 2（自评2）`,
    "bonus.tvCase: 唯一的电视典型案例报道是阳江广播电视台（市级），不是国家级或省级电视 → 0",
    "veto.incident: 泳道“创建期间未发生安全生产、质量事故或重大损失”（台风致站点门头受损属自然灾害）→ 0，不否决",
    "veto.progress: 项目总体进度95% ≥ 40% → 0，不否决",
    "veto.fraud: “无弄虚作假” → 0",
    `total: 2+2+1+3+${workCenter}+${coverageAdmin + coveragePoor}+${workUpward}+${trainingTimesPts + trainingPoorPts}+4+${reportingPts}+2+${mediaPts}+5+4+4 = ${scored}，加分 ${bonus} → ${total}，未否决。区自评93＋2＝95分，差在产业园在园企业未达20家、快递覆盖（三山村）、培训人次（9月一期）、月报2月断报、媒体省级报道在9月。`,
  ];
  const derivIds = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase", "veto.incident", "veto.progress", "veto.fraud"];
  for (const id of derivIds) assert(derivation.some((l) => l.startsWith(id + ":")), "c1 derivation line for " + id);
  eq(Object.keys(points).sort(), derivIds.slice().sort(), "c1 points keys");

  write("counties", "b83-c1-hailing.json", {
    description:
      "阳江市海陵区商务局整本考评工作簿（12个表：泳道图、附1—附10，附3分3-1、3-2），中等偏上（85分，含加分2分，未否决；区自评95分）。事实表不是填报表，而是电商股画的《创建工作责任泳道图（完成情况及自评）》：一列一个责任单位（区政府（领导小组）｜区商务局｜区财政局｜区农业农村局｜区乡村振兴局｜区电商公共服务中心（运营方）｜各镇），一行一个工作阶段（〇区情、一组织发动…八底线要求，阶段纵向合并），格内逐条“▶已完成／▷未完成”，判断项自评分写在事项后的括号里，最右列“对应考评指标及区自评分”一格写几个指标（“①组织领导（2分）：自评2分”，满分在括号里、自评在冒号后）；“→”格只是流转符号。台账难点：村名单社区6个、快递列一村“否”；站点同村两站、社区站、产业园站、9月新站、四种“村委会／村民委员会”写法、截止日当天挂牌的贫困村站；普及培训按期次记人次，合计938恰好是1%但含9月一期（实际920人次、0.98%）；贫困户专场逐人签到，一个身份证小写x、一个带空格；贫困人口名单“本地务工（区内）”不是外出务工；产业园一家续签两行（同一信用代码）、一家6月退出、一家9月入驻、一家9月退出（截止日仍在园），在园19家；月报2月断报；资金台账元里夹“62.5万”“458,600.00”；省级报道在9月。",
    sheets: ordered.map((x) => x.toJSON()),
    expect: {
      asOf: ASOF,
      total,
      bonus,
      vetoed: false,
      points,
      claimed,
    },
    derivation,
  });
}

// ---------------------------------------------------------------- run
factsF1();
factsF2();
factsF3();
ledgersL1();
ledgersL2();
countyC1();

// final re-read check: every file parses and has the expected shape
for (const rel of written) {
  const o = JSON.parse(fs.readFileSync(path.join(ROOT, rel), "utf8"));
  assert(typeof o.description === "string" && o.description.length > 20, rel + " description");
  assert(Array.isArray(o.sheets) && o.sheets.length > 0, rel + " sheets");
  for (const s of o.sheets) {
    assert(typeof s.name === "string" && Array.isArray(s.rows), rel + " sheet shape");
    for (const row of s.rows)
      for (const cell of row)
        assert(
          cell === null || typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean" || (cell && typeof cell.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(cell.date)),
          rel + " bad cell " + JSON.stringify(cell)
        );
  }
  if (rel.startsWith("ledgers")) {
    const names = o.sheets.map((s) => s.name).sort();
    eq(Object.keys(o.expect.sheets).sort(), names, rel + " every sheet has an expectation");
  }
  if (rel.startsWith("counties")) {
    const e = o.expect;
    const sum = Object.entries(e.points).filter(([k]) => !k.startsWith("bonus") && !k.startsWith("veto")).reduce((a, [, x]) => a + x, 0);
    const b = Math.min(4, e.points["bonus.poorTraining"] + e.points["bonus.tvCase"]);
    eq(e.total, e.vetoed ? 0 : sum + b, rel + " total = sum of points");
    eq(e.bonus, b, rel + " bonus");
  }
}
console.log("wrote:\n  " + written.join("\n  "));
