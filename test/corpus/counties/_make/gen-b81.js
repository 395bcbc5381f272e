"use strict";
// Batch 81 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");
const assert = require("assert");

// ---------------------------------------------------------------- helpers
const D = (iso) => ({ date: iso });

function colName(n) { // 1-based
  let s = "";
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
function colNum(s) { let n = 0; for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64); return n; }
function parseRef(ref) { const m = /^([A-Z]+)(\d+)$/.exec(ref); assert(m, "bad ref " + ref); return { c: colNum(m[1]), r: +m[2] }; }

// pad every row of a sheet to the same width
function pad(rows, width) {
  return rows.map((r) => {
    const row = r.slice();
    assert(row.length <= width, "row wider than sheet: " + JSON.stringify(r));
    while (row.length < width) row.push(null);
    return row;
  });
}

function checkSheet(sheet) {
  const nRows = sheet.rows.length;
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const seen = new Set();
  for (const m of sheet.merges || []) {
    const [a, b] = m.split(":");
    const p = parseRef(a), q = parseRef(b);
    assert(p.r <= q.r && p.c <= q.c, `merge ${m} inverted in ${sheet.name}`);
    assert(q.r <= nRows && q.c <= width, `merge ${m} outside grid (${nRows}x${width}) in ${sheet.name}`);
    for (let r = p.r; r <= q.r; r++) for (let c = p.c; c <= q.c; c++) {
      const k = r + ":" + c;
      assert(!seen.has(k), `overlapping merge ${m} in ${sheet.name}`);
      seen.add(k);
      if (r !== p.r || c !== p.c) {
        const v = sheet.rows[r - 1][c - 1];
        assert(v === null || v === undefined, `non-anchor cell ${colName(c)}${r} of merge ${m} not empty in ${sheet.name}: ${JSON.stringify(v)}`);
      }
    }
  }
  for (const row of sheet.rows) for (const v of row) {
    const t = typeof v;
    assert(v === null || t === "string" || t === "number" || t === "boolean" || (t === "object" && typeof v.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.date)), `bad cell in ${sheet.name}: ${JSON.stringify(v)}`);
  }
}

function writeCase(folder, file, obj) {
  for (const s of obj.sheets) checkSheet(s);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
}

// deterministic pseudo random
function rng(seed) { let s = seed >>> 0; return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; }; }

function idCheck(base17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0; for (let i = 0; i < 17; i++) s += +base17[i] * w[i];
  return "10X98765432"[s % 11];
}

const SURN = "陈李黄张刘林罗何梁邓曾谢华朱邱温钟廖赖徐叶吴蓝彭周";
const GIVN = ["志强", "秀英", "国华", "桂兰", "建平", "丽娟", "永红", "金凤", "伟明", "春梅", "海燕", "德胜", "玉珍", "文辉", "小红", "振华", "美玲", "添福", "水娣", "亚妹", "石生", "冬梅", "锦荣", "翠兰", "木生", "秋菊", "观保", "月娇", "新民", "少芳"];

// ---------------------------------------------------------------- parsing used only for self-checks
function isoOf(cell) {
  if (cell && typeof cell === "object") return cell.date;
  const s = String(cell).trim().replace(/\s+/g, "");
  let m;
  if ((m = /^(\d{4})[.\/-](\d{1,2})[.\/-](\d{1,2})$/.exec(s))) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  if ((m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s))) return `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{2})\.(\d{1,2})\.(\d{1,2})$/.exec(s))) return `20${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  if ((m = /^(\d{4})年(\d{1,2})月$/.exec(s))) return `${m[1]}-${m[2].padStart(2, "0")}`;
  if ((m = /^(\d{4})\.(\d{2})$/.exec(s))) return `${m[1]}-${m[2]}`;
  // a range: read at its end
  if ((m = /^(\d{4})\.(\d{1,2})\.(\d{1,2})-(\d{1,2})\.(\d{1,2})$/.exec(s))) return `${m[1]}-${m[4].padStart(2, "0")}-${m[5].padStart(2, "0")}`;
  throw new Error("unparsed date " + JSON.stringify(cell));
}
const ASOF = "2021-08-31";
const leq = (iso, cut) => (iso.length === 7 ? iso + "-01" : iso) <= cut; // a month counts at its first day for ≤ comparisons below (only used where unambiguous)
function monthOf(iso) { return iso.slice(0, 7); }
const WINDOW = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
function vkey(v) {
  let s = String(v).trim().replace(/\s+/g, "");
  if (s.endsWith("村民委员会")) return s.slice(0, -5);
  if (s.endsWith("村委会")) return s.slice(0, -3);
  if (s.endsWith("居民委员会")) return s.slice(0, -5);
  if (s.endsWith("社区居委会")) return s.slice(0, -3);
  if (s.endsWith("村")) return s.slice(0, -1);
  return s;
}

// ======================================================================
// facts f1 — 河源市源城区：电商公共服务中心服务事项及收费标准公示
// ======================================================================
function caseF1() {
  const W = 7;
  const rows = [
    ["源城区电子商务公共服务中心服务事项及收费标准公示"],
    ["（2021年3月修订版）"],
    ["运营单位：河源市源商汇电子商务有限公司（区商务局经公开招标委托的第三方专业电商运营服务商）    地址：源城区源南镇埔前大道××号电商产业园一楼"],
    ["本中心于2020年10月28日揭牌并投入运营。开放时间：周一至周五 8:30—12:00，14:30—17:30（法定节假日除外）"],
    [],
    ["序号", "服务类别", "服务项目", "服务对象", "收费标准", "办理方式", "备注"],
    ["一、电商培训"],
    [1, "电商培训", "电商基础知识普及培训（网店开设、手机拍摄、物流发货）", "全区农户、合作社、返乡青年、建档立卡贫困户", "免费", "提前3天电话或扫码报名", "中心二楼培训室，可容纳80人，配电脑40台、直播设备2套"],
    [2, null, "直播带货实操培训", "同上", "免费", "每月第二周开班", null],
    [3, null, "电商运营高级研修班（5天）", "已开设网店的企业、个体户", "980元/人", "报名缴费", "建档立卡贫困户凭证减免"],
    ["二、农特产品展示及销售"],
    [4, "展示销售", "源城区特色农产品展厅陈列展示", "本区农产品生产经营主体", "免费", "提交产品资料，审核后上架", "每期展示3个月，可续展"],
    [5, null, "线上代销（“源味源城”网店）", "同上", "免费（不收佣金，快递费由买家承担）", "签订代销协议", null],
    ["三、摄影美工"],
    [6, "摄影美工", "产品静物拍摄（白底图、场景图）", "电商市场主体", "60元/款（入驻企业8折）", "预约", null],
    [7, null, "详情页、海报设计", "同上", "200元/套", "预约", null],
    [8, null, "短视频拍摄剪辑", "同上", "500元/条起", "预约", "按时长、脚本另议"],
    ["四、品牌推广"],
    [9, "品牌推广", "“源城好物”区域公用品牌授权使用及品牌建设指导", "符合标准的农产品企业、合作社", "免费", "申请、审核", null],
    [10, null, "统一组织参加农博会、年货节等展销推广活动", "同上", "免费（展位费由中心承担）", "中心统一通知", null],
    ["五、其他增值服务"],
    [11, "增值服务", "网店开设、商标注册、食品经营许可办理咨询及代办", "全区电商市场主体", "免费（政府规费由申请人承担）", "窗口办理", null],
    [12, null, "快递物流资源、供应链对接", "同上", "免费", "窗口办理", null],
    [13, null, "小额信贷对接（与区农商银行合作）", "同上", "免费", "窗口办理", null],
    ["六、电商产业园入驻"],
    [14, "产业园", "产业园办公工位、仓储场地租用", "电商企业、团队", "首年免租，第二年起15元/㎡·月", "申请、评审、签订入驻协议", "产业园位于中心二至三楼，现有入驻企业23家"],
    [],
    ["注：1.标注“免费”的服务面向全区电商市场主体、农户及合作社，不收取任何费用；2.收费项目标准经区商务局审核同意，收入用于中心运营；3.本公示自2021年3月1日起执行，原2020年11月版同时废止。"],
    ["监督电话：区商务局 0762-33×××××    中心服务热线：0762-33×××××    [二维码] 扫码预约服务"],
    [null, null, null, "源城区商务局（章）", null, "河源市源商汇电子商务有限公司（章）"],
    [null, null, null, null, null, "2021年2月26日"],
  ];
  const sheet = {
    name: "中心服务公示",
    rows: pad(rows, W),
    merges: ["A1:G1", "A2:G2", "A3:G3", "A4:G4", "A7:G7", "A11:G11", "A14:G14", "A18:G18", "A21:G21", "A25:G25",
      "B8:B10", "B12:B13", "B15:B17", "B19:B20", "B22:B24", "A28:G28", "A29:G29", "D30:E30", "F30:G30", "F31:G31"],
  };
  return {
    description: "河源市源城区电子商务公共服务中心挂在服务大厅墙上的《服务事项及收费标准公示》（2021年3月修订版）被区商务局当作中心情况的佐证表交来：标题、修订版次、运营单位一行、运营日期和开放时间一行，下面 序号|服务类别|服务项目|服务对象|收费标准|办理方式|备注，按“一、电商培训…六、电商产业园入驻”分节（节标题整行合并，服务类别纵向合并），表下是注、监督电话和双落款。读法：中心投入运营日期只在第4行句子里（2020年10月28日）——“2021年3月修订版”“自2021年3月1日起执行”“原2020年11月版”“2021年2月26日”落款都不是运营日期；运营单位一行写明是区商务局招标委托的第三方专业运营服务商；基础培训、直播培训免费（高级研修班收费不影响“有免费培训、能组织基础培训”）→有；展示和线上代销都免费→有；摄影、详情页、短视频全部标价收费→免费摄影美工服务为否；品牌授权与统一参展免费→有；代办咨询、供应链和信贷对接免费→其他增值服务有；产业园在中心二至三楼、已有入驻企业→产业园已建。表里没有常住人口、资金、领导等，不能多读。",
    sheets: [sheet],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "源城区",
        centerOpened: "2020-10-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
      },
      judged: {},
    },
  };
}

// ======================================================================
// facts f2 — 云浮市云城区：政府网站第三方测评问题清单及整改
// ======================================================================
function caseF2() {
  const W = 9;
  const rows = [
    ["云城区人民政府门户网站2021年第二季度第三方测评问题清单及整改落实情况表"],
    ["测评机构：广东省××信息技术研究院    测评时间：2021年6月21日—25日    整改反馈时间：2021年9月3日"],
    ["填报单位：云城区经济促进局（商务）    联系人：梁××    电话：0766-88×××××"],
    ["序号", "栏目名称", "测评指标", "测评要点", "测评结果", "问题描述", "责任单位", "整改情况", "整改完成时间"],
    [1, "首页—要闻动态", "信息更新", "要闻动态两周内是否有更新", "符合", "—", "区政府办", "—", "—"],
    [2, "政民互动—区长信箱", "互动回应", "群众留言是否在15个工作日内答复", "不符合", "2件留言超过15个工作日未答复", "区信访局", "已答复", "2021年7月2日"],
    [3, "专题专栏—云城区电子商务进农村综合示范", "专栏设置", "是否设立电子商务进农村综合示范公开专栏", "符合", "专栏设于“专题专栏”，子栏目：创建方案、项目公示、建设进度、政策文件", "区经济促进局", "—", "—"],
    [4, null, "创建方案公开", "是否公开示范创建工作方案", "符合", "已公开《云城区电子商务进农村综合示范工作方案》全文", "区经济促进局", "—", "—"],
    [5, null, "项目信息公开", "是否公开已确定的财政资金扶持项目基本信息（项目名称、承办单位、资金额度、建设内容等）", "不符合", "“项目公示”子栏目仅有承办单位名单，未公开项目名称、资金额度和建设内容", "区经济促进局", "整改中：正在收集各承办单位项目资料，拟于2021年9月底前补充公开", "（未完成）"],
    [6, null, "建设进度公开", "是否每月更新项目建设进度", "部分符合", "已设“建设进度”子栏目并发布进度信息，但2021年4月、5月未更新", "区经济促进局", "已落实每月5日前更新上月进度", "2021年7月5日"],
    [7, null, "互动渠道", "是否设立征求意见窗口或监督举报窗口", "不符合", "专栏未设意见征集入口，未公布监督举报电话", "区经济促进局", "已增设“意见征集”子栏目，并在专栏首页公布监督举报电话0766-88×××××", "2021年7月12日"],
    [8, null, "链接可用性", "栏目内链接是否可正常访问", "符合", "—", "区经济促进局", "—", "—"],
    [9, "专题专栏—乡村振兴", "互动渠道", "是否设立征求意见窗口或监督举报窗口", "不符合", "专栏未设监督举报窗口", "区农业农村局", "整改中", "（未完成）"],
    [10, "专题专栏—优化营商环境", "信息更新", "专栏是否定期更新", "不符合", "超过6个月未更新", "区发展和改革局", "已更新", "2021年7月20日"],
    [11, "政务公开—财政资金", "专项资金信息", "专项资金分配及使用情况是否公开", "符合", "已公开省级电子商务进农村综合示范专项资金下达文件（下达我区500万元）", "区财政局", "—", "—"],
    [12, "政务公开—政策解读", "解读材料", "重要政策文件是否同步发布解读", "部分符合", "3份政策文件解读发布滞后", "区司法局", "已补发", "2021年7月30日"],
    [],
    ["注：1.测评结果分“符合”“部分符合”“不符合”三类；2.本表只列出涉及我区各单位的测评项，“—”表示无问题、无需整改；3.整改完成时间以网站发布时间为准；4.第3—8项为区经济促进局负责的电商进农村专栏。"],
    ["填表人：梁××", null, null, "审核人：黄××", null, null, "填报日期：2021年9月3日"],
  ];
  const sheet = {
    name: "网站测评整改（电商专栏）",
    rows: pad(rows, W),
    merges: ["A1:I1", "A2:I2", "A3:I3", "B7:B12", "A18:I18", "A19:C19", "D19:F19", "G19:I19"],
  };
  return {
    description: "云浮市云城区经济促进局（商务）交来的信息公开佐证不是自填表，而是区政府门户网站2021年第二季度第三方测评的《问题清单及整改落实情况表》（涉区属各单位部分）：序号|栏目名称|测评指标|测评要点|测评结果（符合/部分符合/不符合）|问题描述|责任单位|整改情况|整改完成时间，电商进农村专栏占第3—8行（栏目名称纵向合并），其余是首页、区长信箱、乡村振兴专栏、营商环境专栏、财政资金、政策解读等别的栏目。读法：只看电商专栏的行——创建方案“符合”→公示了创建方案；项目信息“不符合”且“整改中…拟9月底前补充”“（未完成）”→项目基本信息未公示（false）；建设进度“部分符合”只是4、5月没更新，子栏目和进度信息都有→公示了建设进度（true，更新是否按月另由更新记录判断）；互动渠道测评时“不符合”，但2021年7月12日（截止日前）已增设意见征集并公布举报电话→有窗口（true）。第9行乡村振兴专栏“未设监督举报窗口”是别的专栏，不能套到电商专栏上。财政资金一行写明下达我区省级电商进农村专项资金500万元→下达资金500万元。表里没有“工作方案已正式印发”这一项（公开了方案不等于填报了印发情况），也没有人口、领导、考评截止日期（测评时间、整改反馈时间、填报日期都不是）。",
    sheets: [sheet],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "云城区",
        disclosurePlan: true,
        disclosureProjects: false,
        disclosureProgress: true,
        disclosureWindow: true,
        fundAllocated: 5000000,
      },
      judged: {},
    },
  };
}

// ======================================================================
// facts f3 — 江门市蓬江区：市局汇总表（各市区自评情况）蓬江区核对稿
// ======================================================================
function caseF3() {
  const W = 9;
  // columns: A 类别 | B 项目 | C 单位/分值 | D 蓬江区 | E 江海区 | F 新会区 | G 鹤山市 | H 全市合计 | I 核对意见（蓬江区填）
  const rows = [
    ["江门市2019年省级电子商务进农村综合示范县（区）考评自评情况汇总表"],
    ["（市商务局8月27日汇总。请各地核对本地区数据，有误的在“核对意见”栏注明正确数据，9月1日前反馈）"],
    ["反馈单位：蓬江区商务局    核对人：区商务局电商股 谭××    反馈日期：2021年8月30日"],
    ["类别", "项目", "单位/分值", "各县（市、区）填报情况", null, null, null, "全市合计", "核对意见（蓬江区填）"],
    [null, null, null, "蓬江区", "江海区", "新会区", "鹤山市", null, null],
    ["一、基础数据", "常住人口", "万人", 101.69, 57.01, 92.43, 53.34, 304.47, "无误"],
    [null, "行政村数", "个", 41, 11, 222, 86, 360, "无误"],
    [null, "省定贫困村数", "个", 0, 0, 5, 4, 9, "无误"],
    [null, "县级电商公共服务中心投入运营时间", "年.月.日", "2020.9.28", "2020.6.16", "2020.8.8", "2020.12.1", "—", "无误"],
    [null, "领导小组组长", "职务", "区长", "区长", "副区长", "副市长", "—", "无误"],
    [null, "参与部门", "—", "商务、财政、农业农村、乡村振兴、市场监管", "商务、财政、农业农村", "商务、财政、农业农村、乡村振兴", "商务、财政、农业农村、乡村振兴、交通运输", "—", "无误"],
    [null, "电商培训人次", "人次", 5163, 2980, 9820, 5640, 23603, "应为5236（原报漏计第14期73人次）"],
    [null, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 112, 36, 1286, 642, 2076, "无误"],
    [null, "参加培训的建档立卡贫困人口", "人", 71, 20, 703, 388, 1182, "无误"],
    [null, "2020年农村网络零售额同比增速", "%", 18.6, 22.4, 27.9, 33.1, "—", "无误"],
    [null, "2020年农产品网络零售额同比增速", "%", 31.2, 12.5, 35.6, 29.8, "—", "无误"],
    [null, "省级专项资金下达", "万元", 500, 500, 500, 500, 2000, "无误"],
    [null, "累计拨付（截至2021年8月31日）", "万元", 412.36, 298.5, 455.2, 371.08, 1537.14, "应为418.86（8月30日支付6.5万元未计入）"],
    [null, "项目总体进度", "%", 88, 65, 95, 80, "—", "无误"],
    [null, "发生安全生产、质量事故或重大损失", "是/否", "否", "否", "否", "否", "—", "无误"],
    [null, "弄虚作假", "是/否", "否", "否", "否", "否", "—", "无误"],
    ["二、自评得分", "组织领导", 2, 2, 2, 1, 1, "—", "无误"],
    [null, "方案制定", 2, 2, 2, 2, 2, "—", "无误"],
    [null, "政策支持", 2, 1, 1, 2, 2, "—", "无误"],
    [null, "项目管理（制度＋台账）", 4, "4（2＋2）", "3（2＋1）", "4（2＋2）", "3（1＋2）", "—", "无误"],
    [null, "服务体系建设—县级中心与产业园", 15, 14, 11, 15, 13, "—", "无误"],
    [null, "服务体系建设—村级站点覆盖", 10, 10, 10, 8, 10, "—", "无误"],
    [null, "农村产品上行", 10, 8, 6, 9, 9, "—", "无误"],
    [null, "电商人才培训", 20, 20, 16, 20, 20, "—", "无误"],
    [null, "信息公开", 4, 4, 3, 4, 4, "—", "无误"],
    [null, "数据上报", 6, 6, 6, 6, 4, "—", "无误"],
    [null, "案例总结", 2, 2, 0, 2, 2, "—", "无误"],
    [null, "经验推广", 8, 7, 4, 8, 5, "—", "应为5（原报含9月10日江门日报报道，在截止日之后）"],
    [null, "制度建立", 5, 5, 4, 5, 5, "—", "无误"],
    [null, "资金台账", 5, 4, 4, 5, 4, "—", "无误"],
    [null, "资金支出", 5, 4, 3, 5, 4, "—", "无误"],
    [null, "加分项：贫困人口培训率≥70%", 2, 0, 0, 0, 2, "—", "无误"],
    [null, "加分项：电商扶贫典型案例电视播报", 2, 0, 0, 1, 0, "—", "无误"],
    [null, "自评合计", 100, 93, 72, 95, 88, "—", "相应调整为91"],
    [],
    ["注：1.常住人口为第七次全国人口普查数；2.全市合计栏由市商务局计算；3.“核对意见”栏只由蓬江区填写，其他县（市、区）的数据以其各自反馈为准。"],
  ];
  const sheet = {
    name: "自评汇总（蓬江核对）",
    rows: pad(rows, W),
    merges: ["A1:I1", "A2:I2", "A3:I3", "A4:A5", "B4:B5", "C4:C5", "D4:G4", "H4:H5", "I4:I5", "A6:A21", "A22:A39", "A41:I41"],
  };
  return {
    description: "江门市蓬江区商务局交来的事实表是江门市商务局汇总后发回各地核对的《各县（市、区）考评自评情况汇总表》（蓬江区核对稿）：两行表头，“各县（市、区）填报情况”合并在 蓬江区|江海区|新会区|鹤山市 四列之上，另有“全市合计”列和只由蓬江区填的“核对意见”列；类别“一、基础数据”“二、自评得分”纵向合并，单位/分值一列（万人、个、%、万元，自评得分行是满分）。读法：只读蓬江区那一列（别的县区和全市合计都不是本区的数），并按“核对意见”改正：培训人次原报5163、应为5236；累计拨付原报412.36万元、应为418.86万元；经验推广原报7分、应为5分（合计相应调整为91）。常住人口101.69万人→1016900；省定贫困村0个是一个填报数；运营时间“2020.9.28”；组长“区长”且参与部门有商务、财政、农业农村、乡村振兴→principal-all（江海区只有三个部门、新会区是副区长，都不是本区）；增速18.6、31.2的单位是%；项目管理写“4（2＋2）”，即制度2分、台账2分；资金支出自评4分即支出率达标后的及时拨付判定分；否决两项填“否”。",
    sheets: [sheet],
    expect: {
      facts: {
        residentPopulation: 1016900,
        adminVillagesStated: 41,
        poorVillagesStated: 0,
        centerOpened: "2020-09-28",
        trainingPersonTimesStated: 5236,
        eligiblePoorPersonsStated: 112,
        trainedPoorPersonsStated: 71,
        ruralRetailGrowthStated: 0.186,
        agriRetailGrowthStated: 0.312,
        fundAllocated: 5000000,
        fundSpentStated: 4188600,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 1,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 1,
        "org.management": 4,
        "work.center": 14,
        "work.coverage": 10,
        "work.upward": 8,
        "work.training": 20,
        "info.disclosure": 4,
        "info.reporting": 6,
        "promo.cases": 2,
        "promo.media": 5,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
        "bonus.poorTraining": 0,
        "bonus.tvCase": 0,
      },
    },
  };
}

// ======================================================================
// ledgers l1 — 佛山市南海区：农村集体经济组织赋码名单（当村居名单）+ 电商网点布局交叉表
// ======================================================================
function caseL1() {
  // ---- sheet 1: 集体经济组织登记赋码（节选）
  // village-level (联合社) rows correspond to 村（居）委会; group-level (经济社) rows are 村民小组
  const orgs = [
    // [code, orgName, level, town, committee, committeeType, certDate]
    ["N2440605MF0100101A", "佛山市南海区九江镇璜矶村股份合作经济联合社", "村级", "九江镇", "璜矶村委会", "村民委员会", "2018.11.20"],
    ["N2440605MF0100102B", "佛山市南海区九江镇璜矶村第一股份合作经济社", "组级", "九江镇", "璜矶村委会", "村民委员会", "2018.11.20"],
    ["N2440605MF0100103C", "佛山市南海区九江镇璜矶村第二股份合作经济社", "组级", "九江镇", "璜矶村委会", "村民委员会", "2018.11.20"],
    ["N2440605MF0100201D", "佛山市南海区九江镇烟南村股份合作经济联合社", "村级", "九江镇", "烟南村委会", "村民委员会", "2018.11.20"],
    ["N2440605MF0100202E", "佛山市南海区九江镇烟南村大社股份合作经济社", "组级", "九江镇", "烟南村委会", "村民委员会", "2018.11.21"],
    ["N2440605MF0100301F", "佛山市南海区九江镇上西村股份合作经济联合社", "村级", "九江镇", "上西村委会", "村民委员会", "2018.11.21"],
    ["N2440605MF0100401G", "佛山市南海区九江镇下西村股份合作经济联合社", "村级", "九江镇", "下西村委会", "村民委员会", "2018.11.21"],
    ["N2440605MF0100402H", "佛山市南海区九江镇下西村北约股份合作经济社", "组级", "九江镇", "下西村委会", "村民委员会", "2018.11.21"],
    ["N2440605MF0100501J", "佛山市南海区九江镇沙头村股份合作经济联合社", "村级", "九江镇", "沙头村委会", "村民委员会", "2018.11.22"],
    ["N2440605MF0100601K", "佛山市南海区九江镇南金村股份合作经济联合社", "村级", "九江镇", "南金村委会", "村民委员会", "2018.11.22"],
    ["N2440605MF0100602L", "佛山市南海区九江镇南金村第三股份合作经济社", "组级", "九江镇", "南金村委会", "村民委员会", "2018.11.22"],
    ["N2440605MF0100701M", "佛山市南海区九江镇九江社区股份合作经济联合社", "村级", "九江镇", "九江社区居委会", "社区居民委员会", "2018.12.03"],
    ["N2440605MF0100801N", "佛山市南海区九江镇儒林社区股份合作经济联合社", "村级", "九江镇", "儒林社区居委会", "社区居民委员会", "2018.12.03"],
    ["N2440605MF0100802P", "佛山市南海区九江镇儒林社区东便股份合作经济社", "组级", "九江镇", "儒林社区居委会", "社区居民委员会", "2018.12.03"],
    ["N2440605MF0200101Q", "佛山市南海区西樵镇百西村股份合作经济联合社", "村级", "西樵镇", "百西村委会", "村民委员会", "2018.12.10"],
    ["N2440605MF0200102R", "佛山市南海区西樵镇百西村头村股份合作经济社", "组级", "西樵镇", "百西村委会", "村民委员会", "2018.12.10"],
    ["N2440605MF0200201T", "佛山市南海区西樵镇太平村股份合作经济联合社", "村级", "西樵镇", "太平村委会", "村民委员会", "2018.12.10"],
    ["N2440605MF0200301U", "佛山市南海区西樵镇新田村股份合作经济联合社", "村级", "西樵镇", "新田村委会", "村民委员会", "2018.12.11"],
    ["N2440605MF0200302W", "佛山市南海区西樵镇新田村第五股份合作经济社", "组级", "西樵镇", "新田村委会", "村民委员会", "2018.12.11"],
    ["N2440605MF0200401X", "佛山市南海区西樵镇民乐村股份合作经济联合社", "村级", "西樵镇", "民乐村委会", "村民委员会", "2018.12.11"],
    ["N2440605MF0200402Y", "佛山市南海区西樵镇民乐村程边股份合作经济社", "组级", "西樵镇", "民乐村委会", "村民委员会", "2018.12.12"],
    ["N2440605MF0200501A", "佛山市南海区西樵镇樵园社区股份合作经济联合社", "村级", "西樵镇", "樵园社区居委会", "社区居民委员会", "2018.12.12"],
    ["N2440605MF0200601B", "佛山市南海区西樵镇西樵社区股份合作经济联合社", "村级", "西樵镇", "西樵社区居委会", "社区居民委员会", "2018.12.12"],
    ["N2440605MF0200602C", "佛山市南海区西樵镇西樵社区简村股份合作经济社", "组级", "西樵镇", "西樵社区居委会", "社区居民委员会", "2018.12.12"],
  ];
  const W1 = 8;
  const rows1 = [
    ["南海区农村集体经济组织登记赋码情况表（九江镇、西樵镇节选）"],
    ["数据来源：南海区农业农村局农村集体经济组织登记赋码系统    导出日期：2021-08-16    排序：统一社会信用代码"],
    ["说明（区经济促进局电商办加注）：村级“股份合作经济联合社”与村（居）委会一一对应，本办据此作村（居）委会名单使用；组级“股份合作经济社”是村民小组一级，不是村，不计入行政村数。"],
    ["序号", "统一社会信用代码", "组织名称", "组织级别", "所在镇（街道）", "对应村（居）委会", "村（居）委会类型", "发证日期"],
  ];
  orgs.forEach((o, i) => rows1.push([i + 1, ...o]));
  rows1.push([]);
  rows1.push(["小计：村级组织14个（村民委员会10个、社区居民委员会4个），组级组织10个。"]);
  const n1 = rows1.length;
  const sheet1 = { name: "村居名单（集体经济组织）", rows: pad(rows1, W1), merges: ["A1:H1", "A2:H2", "A3:H3", `A${n1}:H${n1}`] };
  const villageRecords = orgs.filter((o) => o[2] === "村级").map((o) => ({ name: o[4], admin: o[5] === "村民委员会", poor: null, express: null }));
  assert.strictEqual(villageRecords.length, 14);
  assert.strictEqual(villageRecords.filter((v) => v.admin).length, 10);
  assert.strictEqual(orgs.filter((o) => o[2] === "组级").length, 10);

  // ---- sheet 2: 网点布局交叉表 (rows = villages, columns = 网点类型, cells = 挂牌/开通日期)
  const typesHdr = ["区电商服务站（政府扶持）", "邮政“邮乐购”服务站", "供销“供销e家”服务点", "京东帮服务店"];
  const X = "—";
  const grid = [
    // [town, village, d1, d2, d3, d4, remark]
    ["九江镇", "璜矶村", "2020.9.16", "2019年11月", X, X, null],
    [null, "烟南村", "2020年10月22日", X, X, X, null],
    [null, "上西村", X, D("2020-06-30"), X, X, null],
    [null, "下西村", "筹建中", X, X, X, "计划2021年10月挂牌"],
    [null, "沙头村委会", "20201127", null, "2021.4.8", null, null],
    [null, "南金村", "2021.9.10", X, X, X, "9月补录"],
    [null, "九江社区", "2020.12.3", X, X, "2021年3月8日", "社区，不计入行政村覆盖"],
    [null, "儒林社区", X, X, X, X, null],
    ["西樵镇", "百西村", D("2020-08-18"), "2020年5月", X, X, null],
    [null, "太平村", "2020.11.5", X, X, X, null],
    [null, "新田村", null, null, "2021/1/20", null, null],
    [null, "民乐村", "2021.6.3", X, X, "2021.7.15", null],
    [null, "樵园社区", X, "2020.10", X, X, "社区"],
    [null, "西樵社区", X, X, X, X, null],
  ];
  const W2 = 9;
  const rows2 = [
    ["南海区九江镇、西樵镇村（社区）电子商务服务网点布局一览表"],
    ["统计时间：截至2021年8月31日    格内填写挂牌（开通）日期，“—”或空白为无此类网点"],
    ["序号", "镇（街道）", "村（社区）", "电商服务网点类型", null, null, null, "网点数（个）", "备注"],
    [null, null, null, ...typesHdr, null, null],
  ];
  const records2 = [];
  const colTotals = [0, 0, 0, 0];
  grid.forEach((g, i) => {
    const cells = g.slice(2, 6);
    let n = 0;
    cells.forEach((c, j) => {
      if (c === null || c === X || c === "筹建中") return;
      n++; colTotals[j]++;
      records2.push({ village: g[1], opened: isoOf(c) });
    });
    rows2.push([i + 1, g[0], g[1], ...cells, n, g[6]]);
  });
  rows2.push(["合计", null, null, ...colTotals, records2.length, null]);
  rows2.push([]);
  rows2.push(["注：1.邮乐购、供销e家、京东帮网点经区经济促进局认定具备电商代购代销、快递收发功能，一并作为村级电子商务服务站点；2.下西村站点尚在筹建；3.社区网点不计入行政村覆盖。"]);
  rows2.push(["填表人：区经济促进局电商办 何××", null, null, null, null, "审核：区经济促进局 冯××"]);
  const nTot = 4 + grid.length + 1;
  const merges2 = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4", "I3:I4", "B5:B12", "B13:B18", `A${nTot}:C${nTot}`, `A${nTot + 2}:I${nTot + 2}`, `A${nTot + 3}:E${nTot + 3}`, `F${nTot + 3}:I${nTot + 3}`];
  const sheet2 = { name: "电商网点布局", rows: pad(rows2, W2), merges: merges2 };
  assert.strictEqual(records2.length, 16);
  assert.deepStrictEqual(colTotals, [8, 4, 2, 2]);

  const sheet3 = {
    name: "说明",
    rows: pad([
      ["南海区电子商务进农村台账（村居、站点部分）说明"],
      ["1.区民政局未能提供带类型的村（居）委会名单，本办以区农业农村局集体经济组织赋码名单中的村级联合社对应村（居）委会。"],
      ["2.站点按村（社区）排列，同一村有几类网点的分别填日期，一个日期即一个网点。"],
      ["3.本工作簿为节选，其余镇（街道）另册。"],
      ["区经济促进局电商办  2021年9月1日"],
    ], 1),
  };

  return {
    description: "佛山市南海区经济促进局电商办的两张“借来的”表加一页说明：①区农业农村局《农村集体经济组织登记赋码情况表》（九江、西樵两镇节选，按统一社会信用代码排序）当村（居）委会名单——村级“股份合作经济联合社”对应一个村（居）委会，组级“股份合作经济社”是村民小组、夹在各村之间，“对应村（居）委会”一栏也照填所属村，不是另一个村；类型看“村（居）委会类型”（村民委员会→行政村，社区居民委员会→社区），无贫困村、快递列；表尾一句小计。记录＝14个村级组织（组级10行不读），名称取“对应村（居）委会”。②《电商服务网点布局一览表》是交叉表：一村（社区）一行（镇纵向合并），两行表头“电商服务网点类型”合并在 区电商服务站|邮政“邮乐购”|供销“供销e家”|京东帮 四列之上，格内是挂牌（开通）日期，“—”或空白＝没有，“筹建中”不是站点；“网点数”列和合计行是数不是日期。记录＝每个有日期的格子一个站点，按阅读顺序（逐行、从左到右），同一村两类网点是两条记录（覆盖时只算一次）；日期写法有“2019年11月”（只到月）、“2020.10”（文本，十月）、“20201127”、真日期、“2021/1/20”等，南金村“2021.9.10”在标题所写截止日之后补录，仍是一条记录；社区网点也是记录（是否算覆盖由村居名单判断）。③说明页不是台账。",
    sheets: [sheet1, sheet2, sheet3],
    expect: {
      sheets: {
        "村居名单（集体经济组织）": { kind: "villages", records: villageRecords },
        "电商网点布局": { kind: "stations", records: records2 },
        "说明": { kind: null },
      },
    },
  };
}

// ======================================================================
// ledgers l2 — 汕头市濠江区：宣传报道登记（代码式级别/形式）+ 经验材料报送签收回执
// ======================================================================
function caseL2() {
  const W1 = 8;
  const media = [
    // [no, date cell, outlet, levelCode, formCode, title, isCase, remark]
    ["BH-01", "2020.9.23", "汕头日报", "C", 1, "濠江区启动电子商务进农村综合示范创建", "否", "第3版"],
    ["BH-02", D("2020-11-12"), "濠江区融媒体中心《濠江新闻》", "D", 2, "电商培训走进河浦街道", "否", null],
    ["BH-03", "2020年12月30日", "南方+客户端", "B", 4, "濠江：海产品搭上“电商快车”", "否", null],
    ["BH-04", "2021.1.15", "汕头广播电视台新闻综合广播FM102.5《汕头新闻》", "C", 3, "濠江电商服务站开进渔村", "否", "广播"],
    ["BH-05", "21.3.18", "广东广播电视台珠江频道《今日关注》", "B", 2, "达濠渔村的电商增收路", "是", null],
    ["BH-06", "2021/4/7", "人民网", "A", 4, "汕头濠江：小渔村里的大电商", "否", null],
    ["BH-07", "2021年5月20日", "学习强国汕头学习平台", "C", 4, "濠江区“电商+合作社”带动渔民增收", "否", null],
    ["BH-08", "2021.8.12", "汕头广播电视台《汕头新闻》", "C", 2, "濠江电商帮扶户网上卖鱼干", "是", null],
    ["BH-09", "2021.9.2", "中央广播电视总台CCTV-17《乡村振兴》", "A", 2, "海岛渔村的电商帮扶", "是", "截止日后播出，补登"],
  ];
  const rows1 = [
    ["濠江区电子商务进农村综合示范宣传报道登记表"],
    ["级别代码：A—中央级  B—省级  C—市级  D—区级；形式代码：1—报纸  2—电视  3—广播  4—网络及新媒体"],
    ["编号", "刊播日期", "媒体（栏目）", "级别代码", "形式代码", "标题", "电商扶贫典型案例", "备注"],
  ];
  media.forEach((m) => rows1.push(m));
  rows1.push(["合计", "共9篇（条）：A级2、B级2、C级4、D级1；其中电视4条"]);
  rows1.push([]);
  rows1.push(["注：级别以首发媒体为准，转载不另登记；登记人：区商务局电商股 郑××"]);
  const n1 = rows1.length;
  const sheet1 = { name: "宣传报道登记", rows: pad(rows1, W1), merges: ["A1:H1", "A2:H2", `B${n1 - 2}:H${n1 - 2}`, `A${n1}:H${n1}`] };
  const LV = { A: "national", B: "province", C: "city", D: "county" };
  const mediaRecords = media.map((m) => ({ date: isoOf(m[1]), level: LV[m[3]], tv: m[4] === 2 }));
  assert.strictEqual(mediaRecords.filter((r) => r.tv).length, 4);

  // ---- sheet 2: 签收回执 blocks
  const W2 = 4;
  const receipts = [
    { title: "关于报送濠江区电子商务进农村综合示范工作经验材料的函", no: "濠商函〔2021〕12号", sent: "2021-03-12 16:05", signed: "2021-03-16 10:22", material: true },
    { title: "关于报送2021年7月份电子商务进农村工作进展情况的报告", no: "濠商报〔2021〕31号", sent: "2021-08-05 09:40", signed: "2021-08-05 15:18", material: false },
    { title: "关于报送濠江区电商助农典型案例（“渔村电商＋合作社”）的函", no: "濠商函〔2021〕47号", sent: "2021-08-30 17:46", signed: "2021-09-01 09:05", material: true },
    { title: "关于报送濠江区电子商务进农村工作总结及经验做法的函", no: "濠商函〔2021〕53号", sent: "2021-09-10 11:12", signed: "2021-09-13 08:57", material: true },
  ];
  const CN = ["一", "二", "三", "四"];
  const rows2 = [["濠江区商务局报送市商务局材料签收回执（粤政易公文交换）"], ["电商股按回执原样摘录，作为案例总结佐证"], []];
  const merges2 = ["A1:D1", "A2:D2"];
  receipts.forEach((r, i) => {
    const top = rows2.length + 1;
    rows2.push([`【回执${CN[i]}】汕头市商务局 公文交换签收回执`]);
    merges2.push(`A${top}:D${top}`);
    rows2.push(["发文单位", "濠江区商务局", "发文字号", r.no]);
    rows2.push(["文件标题", r.title]);
    merges2.push(`B${top + 2}:D${top + 2}`);
    rows2.push(["发送时间", r.sent, "签收时间", r.signed]);
    rows2.push(["签收单位", "汕头市商务局电子商务科", "状态", "已签收"]);
    rows2.push([]);
  });
  rows2.push(["注：发送时间为我局在粤政易发出的时间，签收时间为市商务局签收的时间。"]);
  merges2.push(`A${rows2.length}:D${rows2.length}`);
  const sheet2 = { name: "材料报送回执", rows: pad(rows2, W2), merges: merges2 };
  const matRecords = receipts.filter((r) => r.material).map((r) => ({ date: r.sent.slice(0, 10) }));
  assert.deepStrictEqual(matRecords.map((r) => r.date), ["2021-03-12", "2021-08-30", "2021-09-10"]);

  return {
    description: "汕头市濠江区商务局电商股交的宣传推广两张表：①《宣传报道登记表》——级别和形式都只填代码，代码含义写在标题下一行（A中央级/B省级/C市级/D区级；1报纸/2电视/3广播/4网络及新媒体），媒体名称里带栏目；“电商扶贫典型案例”是/否；刊播日期有“2020.9.23”、真日期、“2020年12月30日”、两位年份“21.3.18”、“2021/4/7”；表尾合计行是一句话不是报道。读法：级别按代码（人民网A→国家级；珠江频道B→省级），电视只看形式代码2——汕头广播电视台FM102.5是广播（3），不是电视；BH-09央视节目2021年9月2日播出，仍是一条记录（date 2021-09-02，是否计分由截止日判断）。②《材料报送回执》——粤政易公文交换签收回执逐份摘录，每份一块（【回执n】标题行、发文单位/字号、文件标题、发送时间/签收时间、签收单位/状态两两成对）。读法：材料的日期是本局“发送时间”，不是市局“签收时间”（回执三8月30日发出、9月1日签收，是截止日前报送的）；回执二是7月份工作进展月报，不是经验材料或案例，不作记录。",
    sheets: [sheet1, sheet2],
    expect: {
      sheets: {
        "宣传报道登记": { kind: "media", records: mediaRecords },
        "材料报送回执": { kind: "materials", records: matRecords },
      },
    },
  };
}

// ======================================================================
// county c1 — 韶关市浈江区：整本考评工作簿（事实表是借用的《考评评分表》考评组用表）
// ======================================================================
function caseC1() {
  const R = rng(81081);
  const pick = (arr) => arr[Math.floor(R() * arr.length)];

  // ---------------- villages
  // [town, village base, poor, express(true/false), written form]
  const towns = [
    ["犁市镇", ["犁市村", "黄坑村", "下廊村", "水口村", "梅花村", "大坪村", "塘头村", "中村村"]],
    ["花坪镇", ["花坪村", "田心村", "长坝村", "黄竹村", "大窝村", "罗坑村", "水源村", "石下村"]],
    ["乐园镇", ["乐园村", "塘湾村", "高岭村", "新山村", "石陂村", "上岗村", "坝仔村", "莲塘村"]],
    ["十里亭镇", ["十里亭村", "沙园村", "东联村", "凤田村", "周田村", "白土村", "坪田村", "岭头村"]],
    ["新韶镇", ["新韶村", "韶东村", "平圃村", "大塘村", "东岗村", "上洞村", "湾头村", "芙蓉村"]],
  ];
  const POOR = new Set(["黄坑村", "罗坑村", "大窝村", "高岭村", "岭头村", "上洞村"]);
  const NOEXPRESS = new Set(["大窝村"]);
  const COMMUNITIES = [["东河街道", ["东堤社区", "曲仔坝社区"]], ["车站街道", ["站前社区", "建设社区"]], ["风采街道", ["风采社区", "和平社区"]], ["犁市镇", ["犁市社区"]], ["新韶镇", ["新韶社区"]]];
  const villages = []; // {town, base, written, admin, poor, express}
  let vi = 0;
  for (const [town, list] of towns) {
    for (const base of list) {
      const style = vi % 3;
      const written = style === 0 ? base.slice(0, -1) + "村委会" : style === 1 ? base.slice(0, -1) + "村民委员会" : base;
      villages.push({ town, base, written, admin: true, poor: POOR.has(base), express: !NOEXPRESS.has(base) });
      vi++;
    }
  }
  // communities listed after the villages of their town (犁市、新韶) or under 街道 at the end
  const vrows = [];
  let seq = 0;
  const vMerges = [];
  const VW = 7;
  const vsheetRows = [
    ["浈江区村（居）民委员会名单"],
    ["填报单位：浈江区科技工业商务和信息化局    截至2021年8月31日"],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "是否省定贫困村", "快递进村", "备注"],
  ];
  const townBlocks = [];
  for (const [town] of towns) {
    const vs = villages.filter((v) => v.town === town);
    const cs = (COMMUNITIES.find((c) => c[0] === town) || [null, []])[1];
    townBlocks.push([town, vs.map((v) => ({ ...v })).concat(cs.map((c) => ({ town, base: c, written: c + "居委会", admin: false, poor: false, express: null })))]);
  }
  for (const [street, cs] of COMMUNITIES) if (!towns.some((t) => t[0] === street)) townBlocks.push([street, cs.map((c) => ({ town: street, base: c, written: c + "居委会", admin: false, poor: false, express: null }))]);
  for (const [town, list] of townBlocks) {
    const start = vsheetRows.length + 1;
    list.forEach((v, i) => {
      seq++;
      const remark = v.base === "大窝村" ? "快递由镇邮政所代投，未设村级收发点" : v.base === "中村村" ? "2020年由原中村、上村合并" : null;
      vsheetRows.push([seq, i === 0 ? town : null, v.written, v.admin ? "行政村" : "社区", v.admin ? (v.poor ? "是" : null) : null, v.admin ? (v.express ? "√" : "否") : null, remark]);
      vrows.push(v);
    });
    const end = vsheetRows.length;
    if (end > start) vMerges.push(`B${start}:B${end}`);
  }
  vsheetRows.push(["合计", null, "行政村40个，社区8个；省定贫困村6个"]);
  vsheetRows.push(["注：“是否省定贫困村”只在省定贫困村填“是”；“快递进村”√为有快递企业在村设点或按址投递。"]);
  const vn = vsheetRows.length;
  vMerges.push("A1:G1", "A2:G2", `A${vn - 1}:B${vn - 1}`, `C${vn - 1}:G${vn - 1}`, `A${vn}:G${vn}`);
  const admin = vrows.filter((v) => v.admin);
  assert.strictEqual(admin.length, 40);
  assert.strictEqual(vrows.length - admin.length, 8);
  assert.strictEqual(admin.filter((v) => v.poor).length, 6);

  // ---------------- stations
  const UNCOVERED = new Set(["岭头村", "石下村", "塘头村", "中村村", "黄竹村", "水源村", "坝仔村", "莲塘村", "坪田村", "白土村", "芙蓉村", "湾头村"]);
  const dateStyles = [
    (iso) => D(iso),
    (iso) => { const [y, m, d] = iso.split("-"); return `${y}.${+m}.${+d}`; },
    (iso) => { const [y, m, d] = iso.split("-"); return `${y}年${+m}月${+d}日`; },
    (iso) => iso.replace(/-/g, ""),
    (iso) => { const [y, m, d] = iso.split("-"); return `${y.slice(2)}.${+m}.${+d}`; },
    (iso) => { const [y, m, d] = iso.split("-"); return `${y}/${+m}/${+d}`; },
  ];
  const addDays = (iso, n) => { const t = new Date(iso + "T00:00:00Z"); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); };
  const stations = []; // {name, town, villageWritten, cell, iso}
  let day = 0;
  admin.forEach((v, i) => {
    if (UNCOVERED.has(v.base)) return;
    const iso = addDays("2020-08-20", day); day += 11;
    const villageWritten = i % 4 === 1 ? v.base.slice(0, -1) + "村委会" : i % 4 === 3 ? v.base.slice(0, -1) + "村民委员会" : v.base;
    stations.push({ name: `${v.base}电商服务站`, town: v.town, village: villageWritten, cell: dateStyles[stations.length % dateStyles.length](iso), iso, base: v.base });
  });
  assert.strictEqual(stations.length, 28);
  const extra = [
    { name: "邮乐购下廊村服务点", town: "犁市镇", village: "下廊村", iso: "2021-04-12", cell: "2021/4/12", base: "下廊村" },
    { name: "乐园村供销e家服务点", town: "乐园镇", village: "乐园村委会", iso: "2021-05-20", cell: "2021.5.20", base: "乐园村" },
    { name: "犁市社区电商服务点", town: "犁市镇", village: "犁市社区", iso: "2020-10-16", cell: D("2020-10-16"), base: "犁市社区" },
    { name: "东堤社区电商服务点", town: "东河街道", village: "东堤社区", iso: "2020-12-08", cell: "2020年12月8日", base: "东堤社区" },
    { name: "新江村电商服务站", town: "十里亭镇", village: "新江村", iso: "2021-01-15", cell: "2021.1.15", base: "新江村" },
    { name: "岭头村电商服务站", town: "十里亭镇", village: "岭头村", iso: "2021-09-06", cell: "2021.9.6", base: "岭头村" },
    { name: "石下村电商服务站", town: "花坪镇", village: "石下村", iso: "2021-09", cell: "2021年9月", base: "石下村" },
  ];
  // insert extras at plausible places (by town) — keep simple: append after their town's stations
  const allStations = [];
  for (const [town] of [...towns, ["东河街道"]]) {
    allStations.push(...stations.filter((s) => s.town === town), ...extra.filter((s) => s.town === town));
  }
  assert.strictEqual(allStations.length, 35);
  const SW = 8;
  const ssheet = [
    ["浈江区村级电子商务服务站点台账"],
    ["填报单位：浈江区科技工业商务和信息化局（盖章）", null, null, null, null, "更新日期：2021年9月8日"],
    ["序号", "站点名称", "所在镇（街道）", "所在村（社区）", "站长", "联系电话", "挂牌时间", "运营情况"],
  ];
  allStations.forEach((s, i) => {
    const phone = "13" + String(Math.floor(R() * 1e9)).padStart(9, "0");
    ssheet.push([i + 1, s.name, s.town, s.village, pick(SURN.split("")) + pick(GIVN), phone, s.cell, s.iso > ASOF ? "新建" : "正常"]);
  });
  ssheet.push([]);
  ssheet.push(["注：新江村于2020年并入十里亭村，站点仍按原村名登记；岭头村、石下村站点为9月新挂牌。"]);
  ssheet.push(["填表人：邓××", null, null, "审核人：朱××"]);
  const sn = ssheet.length;
  const sMerges = ["A1:H1", "A2:E2", "F2:H2", `A${sn - 1}:H${sn - 1}`, `A${sn}:C${sn}`, `D${sn}:H${sn}`];

  // ---------------- training sessions (普及)
  const sessionPT = [186, 152, 210, 175, 168, 240, 195, 160, 225, 178, 190, 205, 142, 188, 170, 215, 149, 0];
  const target = 3318;
  sessionPT[17] = target - sessionPT.slice(0, 17).reduce((a, b) => a + b, 0);
  assert(sessionPT[17] > 100 && sessionPT[17] < 300);
  const topics = ["电商基础知识普及", "手机拍摄与短视频", "网店开设实操", "直播带货入门", "农产品网络营销", "微信小店运营", "电商物流与包装", "社区团购运营"];
  const places = ["区电商公共服务中心", "犁市镇政府会议室", "花坪镇文化站", "乐园镇政府会议室", "十里亭镇综合文化站", "新韶镇党群服务中心"];
  const sessDates = ["2020-09-17", "2020-10-15", "2020-10-29", "2020-11-12", "2020-11-26", "2020-12-10", "2020-12-24", "2021-01-14", "2021-01-28", "2021-03-11", "2021-03-25", "2021-04-15", "2021-04-29", "2021-05-13", "2021-05-27", "2021-06-17", "2021-07-08", "2021-07-22"];
  const TW = 7;
  const tsheet = [
    ["浈江区农村电商普及培训台账（按期次）"],
    ["说明：贫困户电商技能专场培训另见《4-贫困户专场签到》，未列入本表。", null, null, null, null, "单位：人次"],
    ["期次", "培训时间", "培训主题", "培训地点", "承办单位", "培训人次", "备注"],
  ];
  const tDateStyle = [(iso) => D(iso), (iso) => dateStyles[1](iso), (iso) => dateStyles[2](iso)];
  sessDates.forEach((iso, i) => {
    const pt = sessionPT[i];
    tsheet.push([`第${i + 1}期`, tDateStyle[i % 3](iso), topics[i % topics.length], places[i % places.length], "韶关市××网络科技有限公司", i % 5 === 2 ? `${pt}人次` : pt, null]);
  });
  tsheet.push(["第19期", "2021.8.30-9.1", "电商创业青年增值培训（三天班）", "区电商公共服务中心", "韶关市××网络科技有限公司", 86, "8月30日开班，9月1日结业"]);
  tsheet.push(["第20期", D("2021-09-14"), "农产品品牌与包装设计", "区电商公共服务中心", "韶关市××网络科技有限公司", 60, null]);
  const tTotal = target + 86 + 60;
  tsheet.push(["合计", null, null, null, null, tTotal, null]);
  tsheet.push(["填表人：区电商公共服务中心 何××"]);
  const tn = tsheet.length;
  const tMerges = ["A1:G1", "A2:E2", `A${tn - 1}:E${tn - 1}`, `A${tn}:G${tn}`];

  // ---------------- poor persons
  const persons = []; // {name, id, labour, migrant, town, village}
  let seqNo = 101;
  function makeId(wantX) {
    for (;;) {
      const y = 1960 + Math.floor(R() * 40), m = 1 + Math.floor(R() * 12), d = 1 + Math.floor(R() * 28);
      const base = "440204" + y + String(m).padStart(2, "0") + String(d).padStart(2, "0") + String(seqNo++ % 1000).padStart(3, "0");
      const c = idCheck(base);
      if (wantX === undefined ? c !== "X" : wantX ? c === "X" : c !== "X") return base + c;
    }
  }
  const poorTowns = [["犁市镇", "黄坑村"], ["花坪镇", "罗坑村"], ["花坪镇", "大窝村"], ["乐园镇", "高岭村"], ["十里亭镇", "岭头村"], ["新韶镇", "上洞村"]];
  const nameUsed = new Set();
  function uname() { for (;;) { const n = pick(SURN.split("")) + pick(GIVN); if (!nameUsed.has(n)) { nameUsed.add(n); return n; } } }
  // 30 eligible, 10 labour+migrant, 10 no labour
  for (let i = 0; i < 50; i++) {
    const kind = i % 5 === 3 ? "mig" : i % 5 === 4 ? "nolab" : "elig";
    const [town, village] = poorTowns[i % poorTowns.length];
    const id = makeId(kind === "elig" && i === 7 ? true : false);
    persons.push({ name: uname(), id, kind, town, village, sex: +id[16] % 2 ? "男" : "女" });
  }
  const elig = persons.filter((p) => p.kind === "elig");
  const mig = persons.filter((p) => p.kind === "mig");
  const nolab = persons.filter((p) => p.kind === "nolab");
  assert.strictEqual(elig.length, 30); assert.strictEqual(mig.length, 10); assert.strictEqual(nolab.length, 10);
  const xPerson = persons[7];
  assert(xPerson.kind === "elig" && xPerson.id.endsWith("X"));
  const PW = 9;
  const psheet = [
    ["浈江区建档立卡贫困人口劳动力状况名单（省定贫困村部分）"],
    ["数据来源：区乡村振兴局（2021年6月核定）"],
    ["序号", "镇", "村", "姓名", "性别", "身份证号", "劳动能力", "是否外出务工", "备注"],
  ];
  persons.forEach((p, i) => {
    const labour = p.kind === "nolab" ? (i % 2 ? "无劳动能力" : "丧失劳动能力") : (i % 3 ? "有劳动能力" : "普通劳动力");
    const migrant = p.kind === "mig" ? "是" : p.kind === "elig" ? "否" : null;
    const remark = p.kind === "mig" ? pick(["深圳务工", "东莞务工", "广州务工", "佛山务工"]) : null;
    psheet.push([i + 1, p.town, p.village, p.name, p.sex, i === 12 ? p.id + " " : p.id, labour, migrant, remark]);
  });

  // ---------------- poor sign-in
  // ≤ cut-off 38 rows: 12 distinct eligible (4 of them twice) = 16, migrants 6, no-labour 4, outsiders 12
  const trainedElig = [xPerson, ...elig.filter((p) => p !== xPerson).slice(0, 11)];
  assert.strictEqual(new Set(trainedElig).size, 12);
  const outsiders = [];
  const outPlaces = [["犁市镇", "犁市村"], ["犁市镇", "下廊村"], ["花坪镇", "花坪村"], ["花坪镇", "田心村"], ["乐园镇", "乐园村"], ["乐园镇", "塘湾村"]];
  for (let i = 0; i < 15; i++) { const [town, village] = outPlaces[i % outPlaces.length]; outsiders.push({ name: uname(), id: makeId(false), town, village }); }
  const s1 = [], s2 = [], s3 = [];
  // session 1 (2020-11-19): 8 eligible, 3 migrants, 2 nolab, 7 outsiders = 20
  trainedElig.slice(0, 8).forEach((p) => s1.push(p));
  mig.slice(0, 3).forEach((p) => s1.push(p)); nolab.slice(0, 2).forEach((p) => s1.push(p)); outsiders.slice(0, 7).forEach((p) => s1.push(p));
  // session 2 (2021-04-22): 4 repeat (from s1) + 4 new eligible, 3 migrants, 2 nolab, 5 outsiders = 18
  trainedElig.slice(4, 12).forEach((p) => s2.push(p));
  mig.slice(3, 6).forEach((p) => s2.push(p)); nolab.slice(2, 4).forEach((p) => s2.push(p)); outsiders.slice(7, 12).forEach((p) => s2.push(p));
  // session 3 (2021-09-08, after cut-off): 2 untrained eligible + 3 outsiders
  const lateElig = elig.filter((p) => !trainedElig.includes(p)).slice(0, 2);
  lateElig.forEach((p) => s3.push(p)); outsiders.slice(12, 15).forEach((p) => s3.push(p));
  assert.strictEqual(s1.length, 20); assert.strictEqual(s2.length, 18); assert.strictEqual(s3.length, 5);
  const GW = 7;
  const gsheet = [
    ["浈江区建档立卡贫困户电商技能专场培训签到表"],
    ["序号", "姓名", "身份证号", "所在镇", "所在村", "培训日期", "签名"],
  ];
  let gseq = 0;
  const gDate = { s1: "2020年11月19日", s2: "2021.4.22", s3: "2021-09-08" };
  for (const [key, list] of [["s1", s1], ["s2", s2], ["s3", s3]]) {
    list.forEach((p) => {
      gseq++;
      const idText = p === xPerson ? p.id.slice(0, 17) + "x" : p.id;
      gsheet.push([gseq, p.name, idText, p.town, p.village, key === "s3" ? D(gDate[key]) : gDate[key], "已签"]);
    });
  }
  gsheet.push([]);
  gsheet.push(["注：第1期2020年11月19日（区电商中心），第2期2021年4月22日（花坪镇），第3期2021年9月8日（乐园镇）。"]);
  const gn = gsheet.length;
  const gMerges = ["A1:G1", `A${gn}:G${gn}`];

  // ---------------- enterprises
  const entTypes = ["平台型电商企业", "销售型企业", "电商运营服务商", "物流快递企业"];
  const entNames = ["韶关浈品汇电子商务有限公司", "韶关市韶农优选贸易有限公司", "浈江区乐园山货网店", "韶关市犁市农庄农产品有限公司", "韶关市丹韶供应链管理有限公司", "韶关市云农电商运营有限公司",
    "浈江区花坪土特产商行", "韶关市中通快递浈江分部", "韶关市韵达速递十里亭网点", "韶关市北江鲜果贸易有限公司", "韶关市浈播直播电商有限公司", "浈江区新韶茶叶网店", "韶关市粤北农品汇科技有限公司",
    "韶关市顺韶物流有限公司", "浈江区塘湾蜂蜜合作社网店", "韶关市巧手美工设计工作室", "韶关市浈农云仓储服务有限公司", "韶关市岭南果业电子商务有限公司", "韶关市和乐电商运营服务有限公司"];
  const entTypeOf = [0, 1, 1, 1, 3, 2, 1, 3, 3, 1, 2, 1, 0, 3, 1, 2, 3, 1, 2];
  const CC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const code6 = () => { let t = ""; for (let k = 0; k < 7; k++) t += CC[Math.floor(R() * CC.length)]; return t; };
  const ents = entNames.map((n, i) => ({ name: n, code: "91440204MA5" + code6(), type: entTypes[entTypeOf[i]], entered: addDays("2020-09-01", i * 13), left: null }));
  const entRows = ents.map((e) => ({ ...e }));
  // renamed: same code as #4, second row
  entRows.push({ name: "韶关市犁市农庄电子商务有限公司", code: ents[3].code, type: "销售型企业", entered: "2021-04-16", left: null, remark: "2021年4月由“韶关市犁市农庄农产品有限公司”更名，统一社会信用代码不变" });
  entRows.push({ name: "浈江区十里亭腊味网店", code: "92440204MA5" + code6(), type: "销售型企业", entered: "2020-10-20", left: "2021-03-15", remark: "已退园" });
  entRows.push({ name: "韶关市快邦同城配送有限公司", code: "91440204MA5" + code6(), type: "物流快递企业", entered: "2020-11-02", left: "2021-06-30", remark: "合同到期退出" });
  entRows.push({ name: "韶关市浈游文旅电商有限公司", code: "91440204MA5" + code6(), type: "平台型电商企业", entered: "2021-09-03", left: null, remark: "9月新入驻" });
  assert.strictEqual(entRows.length, 23);
  for (const e of entRows) assert.strictEqual(e.code.length, 18, e.code);
  assert.strictEqual(new Set(entRows.map((e) => e.code)).size, 22);
  const entDateCell = (iso, i) => (i % 3 === 0 ? D(iso) : i % 3 === 1 ? dateStyles[1](iso) : dateStyles[2](iso));
  const EW = 7;
  const esheet = [["浈江区电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  entRows.forEach((e, i) => esheet.push([i + 1, e.name, e.code, e.type, entDateCell(e.entered, i), e.left ? entDateCell(e.left, i + 1) : null, e.remark || null]));
  esheet.push(["合计", "登记23户（含更名重登1户），截至8月31日在园20家"]);
  const en = esheet.length;
  const eMerges = ["A1:G1", `B${en}:G${en}`];

  // ---------------- funds
  const funds = [
    ["2020-06-28", D("2020-06-28"), "区电商公共服务中心建设（首期款）", "韶关市浈商汇电子商务有限公司", 800000, 800000],
    ["2020-09-30", "2020.9.30", "公共服务中心装修及设备采购", "韶关市鸿达装饰工程有限公司", "62.5万", 625000],
    ["2020-11-20", D("2020-11-20"), "村级电商服务站点建设（第一批）", "中国邮政集团有限公司韶关市浈江区分公司", 480000, 480000],
    ["2020-12-25", "2020年12月25日", "区镇村三级物流配送体系建设", "韶关市顺韶物流有限公司", "560,000.00", 560000],
    ["2021-01-28", D("2021-01-28"), "电商培训服务费（第一期）", "韶关市××网络科技有限公司", 186400, 186400],
    ["2021-03-12", "2021.3.12", "村级电商服务站点建设（第二批）", "中国邮政集团有限公司韶关市浈江区分公司", "31.2万元", 312000],
    ["2021-04-30", D("2021-04-30"), "农产品区域公用品牌推广", "韶关市粤北农品汇科技有限公司", 215060, 215060],
    ["2021-06-18", "20210618", "冷链及溯源系统建设（首付款）", "韶关市浈农云仓储服务有限公司", 264000, 264000],
    ["2021-07-20", D("2021-07-20"), "电商培训服务费（第二期）", "韶关市××网络科技有限公司", "170,000.00", 170000],
    ["2021-08-26", "2021/8/26", "区镇村三级物流配送体系建设（二期）", "韶关市顺韶物流有限公司", 200000, 200000],
    ["2021-09-15", D("2021-09-15"), "村级电商服务站点建设（尾款）", "中国邮政集团有限公司韶关市浈江区分公司", 500000, 500000],
  ];
  const FW = 6;
  const fsheet = [["浈江区省级电子商务进农村综合示范专项资金拨付台账"], ["填报单位：浈江区科技工业商务和信息化局", null, null, null, "单位：元"], ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额（元）", "凭证号"]];
  funds.forEach((f, i) => fsheet.push([i + 1, f[1], f[2], f[3], f[4], `记-${f[0].slice(0, 4)}-${String(i * 3 + 8).padStart(3, "0")}`]));
  const fundTotal = funds.reduce((a, f) => a + f[5], 0);
  fsheet.push(["合计", null, null, null, fundTotal.toLocaleString("en-US") + ".00", null]);
  fsheet.push(["注：省级下达资金500万元（粤商务电函〔2019〕29号）；第11笔为9月拨付。"]);
  const fn = fsheet.length;
  const fMerges = ["A1:F1", "A2:D2", `A${fn - 1}:D${fn - 1}`, `A${fn}:F${fn}`];

  // ---------------- reports
  const reports = [["2020-08-06", false], ["2020-09-08", false], ["2020-10-09", true], ["2020-11-06", false], ["2020-12-07", true], ["2021-01-08", false], ["2021-02-05", false], ["2021-03-08", true], ["2021-04-07", false], ["2021-05-08", false], ["2021-06-07", true], ["2021-07-06", false], ["2021-08-06", true], ["2021-09-07", false]];
  const rsheet = [["浈江区电商进农村工作月报报送记录（报韶关市商务局）"], ["序号", "所属月份", "报送日期", "报送内容", "含电商扶贫统计"]];
  reports.forEach(([iso, pov], i) => {
    const [y, m] = iso.split("-").map(Number);
    const pm = m === 1 ? 12 : m - 1, py = m === 1 ? y - 1 : y;
    rsheet.push([i + 1, `${py}年${pm}月`, i % 2 ? dateStyles[1](iso) : D(iso), `${pm}月份电商进农村示范创建工作进展${pov ? "及电商扶贫统计表" : ""}`, pov ? "√" : null]);
  });

  // ---------------- disclosures
  const discl = ["2020-07-15", "2020-09-18", "2020-10-20", "2020-11-17", "2020-12-22", "2021-02-05", "2021-03-16", "2021-04-20", "2021-05-18", "2021-06-22", "2021-07-19", "2021-08-24", "2021-09-03"];
  const dsheet = [["浈江区人民政府网“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "子栏目"]];
  discl.forEach((iso, i) => {
    const [y, m] = iso.split("-").map(Number);
    const title = i === 0 ? "浈江区电子商务进农村综合示范工作方案" : i === 1 ? "浈江区电商进农村项目承办单位及项目基本信息公示" : `${m === 1 ? 12 : m - 1}月份项目建设进度`;
    dsheet.push([i + 1, i % 3 === 2 ? dateStyles[2](iso) : D(iso), title, i === 0 ? "创建方案" : i === 1 ? "项目公示" : "建设进度"]);
  });

  // ---------------- media & materials
  const msheet = [["浈江区电子商务进农村宣传报道清单"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.12.18", "浈江发布（微信公众号）", "县级", "网络", "我区首批村级电商服务站挂牌", "否"],
    [2, D("2021-03-26"), "韶关日报", "市级", "报纸", "浈江：电商服务站开到家门口", "否"],
    [3, "2021年6月9日", "韶关广播电视台《韶关新闻》", "市级", "电视", "浈江罗坑村：贫困户网上卖出高山茶", "是"],
    [4, "2021.9.10", "南方日报", "省级", "报纸", "浈江区电商进农村扎实推进", "否"],
  ];
  const matsheet = [["浈江区电商进农村经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象"],
    [1, "2021年5月20日", "浈江区“电商＋合作社＋农户”助农增收经验材料", "韶关市商务局"]];

  // ---------------- the facts sheet: 考评组评分表 reused
  const AW = 9;
  const A = [
    ["2019年省级电子商务进农村综合示范创建考评评分表"],
    ["被考评县（市、区）：浈江区（盖章）        考评时间：    年  月  日        数据截止时间：2021年8月31日"],
    ["序号", "工作任务", "评价指标", "分值", "评分标准（摘要）", "考评组填写", null, "浈江区填写", null],
    [null, null, null, null, null, "考评得分", "扣分原因", "自评分", "自评依据及佐证材料"],
    [1, "加强组织领导与统筹协调（10分）", "组织领导", 2, "主要领导牵头且商务、财政、农业、扶贫等部门参与2分；分管领导牵头1分", null, null, 2, "成立以区委副书记、区长为组长的示范创建工作领导小组（浈府办〔2019〕41号），成员单位：区科工商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、中国邮政浈江区分公司【1-1】"],
    [2, null, "方案制定", 2, "工作方案因地制宜，可操作性较强（1-2分）", null, null, 2, "《浈江区电子商务进农村综合示范工作方案》已正式印发【1-2】"],
    [3, null, "政策支持", 2, "出台相关政策，且得到较好落实（1-2分）", null, null, 1, "出台《浈江区促进农村电子商务发展若干措施》，部分奖补尚未兑现【1-3】"],
    [4, null, "项目管理", 4, "项目管理制度并严格落实（1-2分）；完整工作台账（1-2分）", null, null, 3, "制度2分：出台项目管理办法、验收办法并执行；台账1分：工作台账已建立，部分记录不完整【1-4】"],
    [5, "深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心、产业园）", 15, "建成中心2分；运行满6个月2分；免费培训2分；免费展示销售1分；免费摄影美工1分；统一推广及品牌1分；其他增值服务1分；产业园2分；入驻≥20家2分；≥3种类型1分", null, null, 15, "区电商公共服务中心2020年11月18日揭牌运营；设免费培训室（电脑50台）；为农户和企业提供免费农产品展示销售、摄影美工、品牌推广、开店代办等服务；区电商产业园已建成，入驻企业20家，含平台、销售、运营、物流等类型【2-1】"],
    [6, null, "服务体系建设（村级站点）", 10, "行政村覆盖≥70% 5分，50%-70% 2分；贫困村覆盖100% 5分，80%-100% 3分", null, null, 10, "全区行政村40个（另有社区8个）、省定贫困村6个；村级站点覆盖30个行政村（75%），6个省定贫困村全覆盖【2-2】"],
    [7, null, "农村产品上行", 10, "网销调研1-2分；促销活动1-2分；第三方运营商1分；快递覆盖100% 1分；交易标准及冷链溯源1-2分；网零增速≥30% 2分", null, null, 8, "网销调研报告已报市商务局（自评2分）；开展“浈品上行”促销（自评1分）；引入第三方运营商韶关市云农电商运营有限公司（1分）；行政村快递覆盖率100%（1分）；出台2项交易标准，冷链溯源系统在建（自评1分）；农村网络零售额2019年5.12亿元、2020年6.43亿元，农产品网络零售额2019年1.05亿元、2020年1.41亿元（2分）【2-3】"],
    [8, null, "电商人才培训", 20, "培训人次≥常住人口1% 10分，0.8%-1% 8分，0.6%-0.8% 6分；贫困人口培训率≥50% 10分，40%-50% 8分，30%-40% 6分", null, null, 18, "常住人口41.73万人（七普）；累计开展普及培训和贫困户专场培训，培训人次达常住人口1%以上（10分）；有劳动能力的建档立卡贫困人口（不含外出务工）30人，已参训12人（8分）【2-4】"],
    [9, "加强信息公开及报送（10分）", "信息公开", 4, "专栏设立且内容全面2分；近一年按月更新2分，不定时1分", null, null, 4, "区政府网设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、建设进度，设监督举报电话；每月更新【3-1】"],
    [10, null, "数据上报", 6, "近一年每月报送3分，不定时1分；能统计电商扶贫情况3分", null, null, 6, "每月向韶关市商务局报送工作进展，能统计电商扶贫情况【3-2】"],
    [11, "加强宣传推广（10分）", "案例总结", 2, "向市商务局报送经验材料2分", null, null, 2, "报送经验材料1篇【4-1】"],
    [12, null, "经验推广", 8, "省级及以上4分；市级3分；县级1分", null, null, 4, "韶关日报、韶关电视台（市级），浈江发布（县级）【4-2】"],
    [13, "加强财政资金管理（15分）", "制度建立", 5, "建立科学有效的资金管理制度且得到有效落实（1-5分）", null, null, 4, "制定《浈江区省级电子商务进农村综合示范专项资金管理办法》【5-1】"],
    [14, null, "资金台账", 5, "承建方建立资金专用台账，账目完整（1-5分）", null, null, 4, "承建单位均建立专用台账，个别凭证归档不及时【5-2】"],
    [15, null, "资金支出", 5, "支出率70%以上且及时拨付1-5分；支出率低于70%倒扣5分", null, null, 3, "下达省级专项资金500万元，截至2021年8月31日累计拨付3,812,460元，支出率76.2%，部分项目验收后才拨付（自评3分）【5-3】"],
    ["加分项", null, "贫困人口培训率≥70%", 2, "建档立卡贫困人口培训率70%及以上2分", null, null, 0, "培训率40%，未达到"],
    [null, null, "电商扶贫典型案例电视播报", 2, "国家级电视2分，省级1分（不累加）", null, null, 0, "仅韶关电视台（市级）播报"],
    ["一票否决项", null, "安全生产、质量事故", null, "发生安全生产、质量事故或造成重大经济损失和社会不良影响", null, null, "无", "创建期间未发生安全生产、质量事故"],
    [null, null, "总体进度", null, "总体进度不足40%", null, null, "无", "项目总体进度85%"],
    [null, null, "弄虚作假", null, "弄虚作假", null, null, "无", "无弄虚作假行为"],
    ["合计", null, null, 100, null, null, null, 86, null],
    [],
    ["注：1.“考评组填写”两栏由省考评组现场填写，被考评地区不得填写；2.【】内为《浈江区考评佐证材料汇编》盒号—序号。"],
    ["填表人：邓××", null, null, "审核人：朱××", null, null, "填表日期：2021年9月2日"],
  ];
  const an = A.length;
  const aMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:I3",
    "B5:B8", "B9:B12", "B13:B14", "B15:B16", "B17:B19", "A20:B21", "A22:B24", `A${an - 3}:C${an - 3}`, `A${an - 1}:I${an - 1}`, `A${an}:C${an}`, `D${an}:F${an}`, `G${an}:I${an}`];

  // ===================================================== scoring (self-check)
  const P = {};
  const lines = [];
  // coverage
  const adminKeys = new Map(admin.map((v) => [vkey(v.written), v]));
  const covered = new Set(), coveredPoor = new Set();
  for (const s of allStations) {
    const v = adminKeys.get(vkey(s.village));
    if (!v) continue;
    if (!leq(s.iso, ASOF) || s.iso.length === 7 && s.iso > "2021-08") continue;
    covered.add(v.base); if (v.poor) coveredPoor.add(v.base);
  }
  assert.strictEqual(covered.size, 28);
  assert.strictEqual(coveredPoor.size, 5);
  assert(covered.size * 100 >= 40 * 70);
  P["work.coverage"] = 5 + 3;
  // training
  const S1 = sessDates.reduce((a, _, i) => a + sessionPT[i], 0);
  assert.strictEqual(S1, 3318);
  const S2 = s1.length + s2.length;
  const PT = S1 + S2;
  const base = 417300;
  assert(PT * 1000 >= base * 8 && PT * 100 < base);
  const ptPoints = 8;
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedIds = new Set([...s1, ...s2].map((p) => p.id).filter((id) => eligIds.has(id)));
  assert.strictEqual(trainedIds.size, 12);
  assert(trainedIds.size * 10 >= elig.length * 4 && trainedIds.size * 2 < elig.length);
  P["work.training"] = ptPoints + 8;
  // center
  const asOfDate = ASOF;
  const inPark = new Map();
  for (const e of entRows) if (e.entered <= asOfDate && !(e.left && e.left < asOfDate)) inPark.set(e.code, e.type);
  assert.strictEqual(inPark.size, 19);
  const nTypes = new Set(inPark.values()).size;
  assert(nTypes >= 3);
  P["work.center"] = 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1;
  // upward: express list column has 否 → 0; agri growth
  const agriG = (1.41 - 1.05) / 1.05, ruralG = (6.43 - 5.12) / 5.12;
  assert(agriG >= 0.3 && ruralG < 0.3);
  P["work.upward"] = 2 + 1 + 1 + 0 + 1 + 2;
  // disclosure
  const dMonths = new Set(discl.map(monthOf).filter((m) => WINDOW.includes(m)));
  assert.strictEqual(dMonths.size, 11);
  P["info.disclosure"] = 2 + 1;
  const rMonths = new Set(reports.map((r) => monthOf(r[0])).filter((m) => WINDOW.includes(m)));
  assert.strictEqual(rMonths.size, 12);
  P["info.reporting"] = 3 + 3;
  P["promo.cases"] = 2;
  P["promo.media"] = 3 + 1;
  // funds
  const spent = funds.filter((f) => f[0] <= ASOF).reduce((a, f) => a + f[5], 0);
  assert.strictEqual(spent, 3812460);
  assert(spent * 10 >= 5000000 * 7);
  P["fund.spending"] = 3;
  P["org.leadership"] = 2; P["org.plan"] = 2; P["org.policy"] = 1; P["org.management"] = 3;
  P["fund.system"] = 4; P["fund.ledger"] = 4;
  P["bonus.poorTraining"] = 0; P["bonus.tvCase"] = 0;
  P["veto.incident"] = 0; P["veto.progress"] = 0; P["veto.fraud"] = 0;
  const scored = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending"];
  const total = scored.reduce((a, k) => a + P[k], 0) + Math.min(4, P["bonus.poorTraining"] + P["bonus.tvCase"]);
  assert.strictEqual(total, 78);
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8, "work.training": 18, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 4, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 0 };
  // claimed must match the sheet's 自评分 column
  const sheetClaims = A.slice(4, 21).map((r) => r[7]);
  assert.deepStrictEqual(sheetClaims, Object.values(claimed));
  assert.strictEqual(scored.reduce((a, k) => a + claimed[k], 0), 86);

  const points = {};
  for (const k of [...scored, "bonus.poorTraining", "bonus.tvCase", "veto.incident", "veto.progress", "veto.fraud"]) points[k] = P[k];

  const derivation = [
    "asOf: 评分表表头“数据截止时间：2021年8月31日”（与规则默认同）；近一年窗口 2020-09…2021-08，运行满6个月的界线 2021-02-28。",
    "org.leadership: 组长为区委副书记、区长（主要领导），成员单位有区科工商务局、区财政局、区农业农村局、区乡村振兴局 → 主要领导牵头且四部门都参与 → 2",
    "org.plan: 判定项，自评分栏2（方案已正式印发） → 2",
    "org.policy: 判定项，自评分栏1 → 1",
    "org.management: 自评依据写明“制度2分…台账1分” → 2＋1 = 3",
    `work.center: ①中心2020-11-18揭牌运营 ≤ 截止日 → 2；②2020-11-18 ≤ 2021-02-28，满6个月 → 2；③免费培训室 → 2；④免费展示销售 → 1；⑤免费摄影美工 → 1；⑥品牌推广 → 1；⑦开店代办等增值服务 → 1；⑧产业园已建（入驻企业表非空） → 2；⑨入驻企业表23行：按统一社会信用代码，“韶关市犁市农庄电子商务有限公司”是第4行企业更名后重登（代码相同，算1家），2021-03-15、2021-06-30退出的2家不在园，2021-09-03入驻的1家在截止日后 → 在园 ${inPark.size} 家 < 20 → 0（表尾“在园20家”是把更名重登算了两次）；⑩在园企业类型 平台型、销售型、电商运营服务商、物流快递 共${nTypes}种 ≥ 3 → 1；合计 2+2+2+1+1+1+1+2+0+1 = 13（自评15）`,
    `work.coverage: 村居名单48行＝行政村40个＋社区8个（社区不计），基数 min(40,200) = 40；站点台账35行，按村名归一（“黄坑村委会”“下廊村民委员会”＝黄坑村、下廊村）后，截止日前建成的站点覆盖 ${covered.size} 个行政村（下廊村、乐园村各有2个站点只算一次；犁市社区、东堤社区2个站点在社区，不计；新江村不在名单（已并入十里亭村，仍按原名登记），不计；岭头村2021.9.6、石下村“2021年9月”挂牌，在截止日后，不计） → 28/40 = 70.0% ≥ 70%（恰在下限，含） → 5；省定贫困村6个（黄坑、罗坑、大窝、高岭、岭头、上洞），岭头村站点9月才挂牌 → 5/6 = 83.3%，在80%–100% → 3；合计 8（自评10，自评写“覆盖30个行政村”）`,
    "work.upward: 网销调研 自评2 → 2；促销活动 自评1 → 1；第三方运营商 有 → 1；快递：村居名单有“快递进村”列，大窝村（行政村）为“否” → 0（评分表写“100%”与名单不符，以名单为准并提示）；交易标准及冷链溯源 自评1 → 1；增速：农村网络零售额 6.43÷5.12−1 = 25.6% < 30%，农产品网络零售额 1.41÷1.05−1 = 34.3% ≥ 30%，任一达到即可 → 2；合计 2+1+1+0+1+2 = 7（自评8）",
    `work.training: 普及培训台账第1—18期（均 ≤ 截止日，其中4期写成“210人次”之类文本）合计 ${S1} 人次；第19期“2021.8.30-9.1”按结束日 2021-09-01 计，在截止日后，不计；第20期 2021-09-14 不计；“合计”行不计。贫困户专场签到表截止日前 ${S2} 行（2020年11月19日 ${s1.length} 行、2021.4.22 ${s2.length} 行；2021-09-08 的 ${s3.length} 行不计）。人次 = ${S1} + ${S2} = ${PT}，÷ min(417300, 500000) = ${(PT / base * 100).toFixed(3)}%，在 0.8%（3338.4）–1%（4173）之间 → 8（只算按期台账 ${S1} 人次则不到0.8%）。贫困人口名单50人：有劳动能力（含“普通劳动力”）且未外出务工 ${elig.length} 人（外出务工${mig.length}人、无/丧失劳动能力${nolab.length}人不计）；其中身份证号出现在截止日前签到行的 ${trainedIds.size} 人（4人两期都来只算一次；${xPerson.name}的身份证号签到表末位写小写x，名单为X，是同一人；签到表里的外出务工者、无劳动能力者和名单外人员不计；9月8日才签到的2名合格人员不计） → ${trainedIds.size}/${elig.length} = 40.0%，在40%–50% → 8；合计 8+8 = 16（自评18）`,
    `info.disclosure: 评分表写明专栏公示创建方案、项目基本信息、建设进度并设监督举报电话 → 2；专栏更新记录在 2020-09…2021-08 中有 ${dMonths.size} 个月有更新，2021年1月无（2020-07-15、2021-09-03 两条在窗口外） → 不定时 → 1；合计 3（自评4）`,
    "info.reporting: 月报报送记录 2020-09…2021-08 每月都有报送（2020-08-06、2021-09-07 在窗口外） → 3；有“含电商扶贫统计”打√的报送，评分表也写能统计 → 3；合计 6",
    "promo.cases: 经验材料1篇 2021年5月20日报韶关市商务局 ≤ 截止日 → 2",
    "promo.media: 截止日前：韶关日报（市级）、韶关广播电视台（市级） → 3；浈江发布（县级） → 1；南方日报 2021.9.10 在截止日后，不计省级 → 3+1 = 4",
    "fund.system: 判定项，自评4 → 4",
    "fund.ledger: 判定项，自评4 → 4",
    `fund.spending: 资金台账截止日前10笔 800000+625000（“62.5万”）+480000+560000+186400+312000（“31.2万元”）+215060+264000+170000+200000 = ${spent.toLocaleString("en-US")} 元（2021-09-15 的 500,000 元和合计行不计） ÷ 5,000,000 = 76.2% ≥ 70% → 取判定的及时拨付分 自评3 → 3`,
    "bonus.poorTraining: 贫困人口培训率 12/30 = 40% < 70% → 0",
    "bonus.tvCase: 唯一的电商扶贫案例电视报道是韶关广播电视台（市级），无国家级、省级电视 → 0",
    "veto.incident: 评分表“无”，未发生安全生产、质量事故 → 不否决，0",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决，0",
    "veto.fraud: “无” → 0",
    `total: 2+2+1+3+13+8+7+16+3+6+2+4+4+4+3 = ${total}，加分 0 → ${total}；未否决。区自评合计86，差在中心（入驻企业19家）、站点覆盖（28个行政村、贫困村5/6）、快递覆盖、培训人次和信息公开更新。`,
  ];

  const sheets = [
    { name: "考评评分表", rows: pad(A, AW), merges: aMerges },
    { name: "1-村居名单", rows: pad(vsheetRows, VW), merges: vMerges },
    { name: "2-站点台账", rows: pad(ssheet, SW), merges: sMerges },
    { name: "3-普及培训", rows: pad(tsheet, TW), merges: tMerges },
    { name: "4-贫困户专场签到", rows: pad(gsheet, GW), merges: gMerges },
    { name: "5-贫困人口", rows: pad(psheet, PW) },
    { name: "6-产业园企业", rows: pad(esheet, EW), merges: eMerges },
    { name: "7-资金台账", rows: pad(fsheet, FW), merges: fMerges },
    { name: "8-月报报送", rows: pad(rsheet, 5), merges: ["A1:E1"] },
    { name: "9-专栏更新", rows: pad(dsheet, 4), merges: ["A1:D1"] },
    { name: "10-宣传报道", rows: pad(msheet, 7), merges: ["A1:G1"] },
    { name: "11-经验材料", rows: pad(matsheet, 4), merges: ["A1:D1"] },
  ];
  for (const s of sheets) assert(s.rows.length <= 62, `${s.name} too long: ${s.rows.length}`);

  return {
    description: "韶关市浈江区科技工业商务和信息化局的整本考评工作簿（12个表），中等（78分，无加分、未否决；区自评86分）。事实表不是自填表，而是借用省考评组现场用的《考评评分表》：两行表头，“考评组填写”合并在 考评得分|扣分原因 之上（留空，不得填写），“浈江区填写”合并在 自评分|自评依据及佐证材料 之上，事实都写在自评依据句子里（组长区委副书记、区长，成员单位，中心运营日期，常住人口41.73万人，零售额亿元，累计拨付3,812,460元，总体进度85%），判断项分数也在句子里（“制度2分…台账1分”“自评2分”）。台账的难点：站点覆盖恰好70%（28/40，村名村委会/村民委员会/村混写，社区站点、名单外的新江村、9月挂牌的站点不算），贫困村5/6；入驻企业23行里有一家更名重登（信用代码相同），在园只有19家；普及培训第19期“2021.8.30-9.1”按结束日在截止日后，培训人次要加上贫困户专场签到行才到0.8%；贫困户签到一人身份证末位小写x、名单里一人身份证带尾空格，培训率恰为40%；快递进村列有一个行政村“否”；专栏更新缺2021年1月；资金台账元与“62.5万”“31.2万元”混写、9月一笔不计。",
    sheets,
    expect: {
      asOf: "2021-08-31",
      total,
      bonus: 0,
      vetoed: false,
      points,
      claimed,
    },
    derivation,
  };
}

// ======================================================================
const f1 = caseF1(), f2 = caseF2(), f3 = caseF3(), l1 = caseL1(), l2 = caseL2(), c1 = caseC1();

// f3 self-checks: claimed = 蓬江区 column after corrections; typed total 93 → 91
{
  const rows = f3.sheets[0].rows;
  const scoreRows = rows.filter((r) => typeof r[2] === "number" && r[1] && !/合计/.test(r[1]) && rows.indexOf(r) >= 21);
  const typed = scoreRows.map((r) => (typeof r[3] === "number" ? r[3] : parseInt(r[3], 10)));
  const main15 = typed.slice(0, 15);
  assert.strictEqual(main15.reduce((a, b) => a + b, 0), 93);
  const corrected = main15.slice(); corrected[11] = 5;
  assert.strictEqual(corrected.reduce((a, b) => a + b, 0), 91);
  const ids = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending"];
  ids.forEach((id, i) => assert.strictEqual(f3.expect.claimed[id], corrected[i], id));
  assert.strictEqual(f3.expect.claimed["bonus.poorTraining"], typed[15]);
  assert.strictEqual(f3.expect.claimed["bonus.tvCase"], typed[16]);
  // 全市合计 column consistent for the numeric rows it sums
  for (const r of rows.slice(5, 21)) if (typeof r[7] === "number" && ["万人", "个", "人次", "人", "万元"].includes(r[2])) {
    const s = r[3] + r[4] + r[5] + r[6];
    assert(Math.abs(s - r[7]) < 0.005, "全市合计 " + r[1] + " " + s + " vs " + r[7]);
  }
  assert(Math.abs(4188600 / 5000000 - 0.83772) < 1e-9);
}

// ---- c1: re-derive the computed measures from the sheet cells themselves (not from the generator's data)
{
  const sh = (n) => c1.sheets.find((x) => x.name === n).rows;
  const money = (v) => {
    if (typeof v === "number") return v;
    let t = String(v).replace(/[,，\s元]/g, "");
    if (t.endsWith("万")) return Math.round(parseFloat(t) * 10000);
    return parseFloat(t);
  };
  // villages
  const vr = sh("1-村居名单").slice(3).filter((r) => typeof r[0] === "number");
  const adminV = vr.filter((r) => r[3] === "行政村");
  const poorV = new Set(adminV.filter((r) => r[4] === "是").map((r) => vkey(r[2])));
  const adminSet = new Set(adminV.map((r) => vkey(r[2])));
  assert.strictEqual(adminSet.size, 40);
  assert(adminV.some((r) => r[5] === "否"));
  // stations
  const st = sh("2-站点台账").slice(3).filter((r) => typeof r[0] === "number");
  assert.strictEqual(st.length, 35);
  const cov = new Set();
  for (const r of st) {
    const k = vkey(r[3]); const iso = isoOf(r[6]);
    const ok = iso.length === 7 ? iso <= "2021-08" : iso <= ASOF;
    if (ok && adminSet.has(k)) cov.add(k);
  }
  assert.strictEqual(cov.size, 28);
  assert.strictEqual([...poorV].filter((k) => cov.has(k)).length, 5);
  // training person-times
  const tr = sh("3-普及培训").slice(3).filter((r) => /^第\d+期$/.test(String(r[0])));
  let pt = 0;
  for (const r of tr) if (isoOf(r[1]) <= ASOF) pt += typeof r[5] === "number" ? r[5] : parseInt(r[5], 10);
  const sg = sh("4-贫困户专场签到").slice(2).filter((r) => typeof r[0] === "number");
  const sgIn = sg.filter((r) => isoOf(r[5]) <= ASOF);
  pt += sgIn.length;
  assert.strictEqual(pt, 3356);
  assert(pt * 1000 >= 417300 * 8 && pt * 100 < 417300);
  // poor persons
  const pp = sh("5-贫困人口").slice(3).filter((r) => typeof r[0] === "number");
  const eligIds = new Set(pp.filter((r) => /有劳动能力|普通劳动力|技能劳动力/.test(r[6]) && r[7] === "否").map((r) => String(r[5]).trim().toUpperCase()));
  assert.strictEqual(eligIds.size, 30);
  const trained = new Set(sgIn.map((r) => String(r[2]).trim().toUpperCase()).filter((id) => eligIds.has(id)));
  assert.strictEqual(trained.size, 12);
  // enterprises
  const er = sh("6-产业园企业").slice(2).filter((r) => typeof r[0] === "number");
  const park = new Map();
  for (const r of er) { const ein = isoOf(r[4]); const eout = r[5] ? isoOf(r[5]) : null; if (ein <= ASOF && !(eout && eout < ASOF)) park.set(r[2], r[3]); }
  assert.strictEqual(park.size, 19);
  assert.strictEqual(new Set(park.values()).size, 4);
  // funds
  const fr = sh("7-资金台账").slice(3).filter((r) => typeof r[0] === "number");
  const spentS = fr.filter((r) => isoOf(r[1]) <= ASOF).reduce((a, r) => a + money(r[4]), 0);
  assert.strictEqual(spentS, 3812460);
  assert.strictEqual(fr.reduce((a, r) => a + money(r[4]), 0), money(sh("7-资金台账").find((r) => r[0] === "合计")[4]));
  // reports / disclosures / media / materials
  const rp = sh("8-月报报送").slice(2).map((r) => monthOf(isoOf(r[2])));
  assert.strictEqual(WINDOW.filter((m) => rp.includes(m)).length, 12);
  const dl = sh("9-专栏更新").slice(2).map((r) => monthOf(isoOf(r[1])));
  assert.strictEqual(WINDOW.filter((m) => dl.includes(m)).length, 11);
  const md = sh("10-宣传报道").slice(2).filter((r) => isoOf(r[1]) <= ASOF).map((r) => r[3]);
  assert.deepStrictEqual([...new Set(md)].sort(), ["县级", "市级"].sort());
  // county total = sum of points
  const P = c1.expect.points;
  const sum15 = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending"].reduce((a, k) => a + P[k], 0);
  assert.strictEqual(c1.expect.total, sum15 + Math.min(4, P["bonus.poorTraining"] + P["bonus.tvCase"]));
  assert.strictEqual(c1.expect.bonus, P["bonus.poorTraining"] + P["bonus.tvCase"]);
  // one derivation line per indicator
  for (const k of Object.keys(P)) assert(c1.derivation.some((l) => l.startsWith(k + ":")), "no derivation for " + k);
}
// ledgers: record counts re-derived from the cells
{
  const st = l1.sheets[1].rows.slice(4).filter((r) => typeof r[0] === "number");
  let n = 0; for (const r of st) for (const c of r.slice(3, 7)) if (c !== null && c !== "—" && c !== "筹建中") n++;
  assert.strictEqual(n, l1.expect.sheets["电商网点布局"].records.length);
  assert.strictEqual(st.reduce((a, r) => a + r[7], 0), n);
  const vv = l1.sheets[0].rows.slice(4).filter((r) => typeof r[0] === "number" && r[3] === "村级");
  assert.strictEqual(vv.length, l1.expect.sheets["村居名单（集体经济组织）"].records.length);
  const mm = l2.sheets[0].rows.filter((r) => /^BH-\d+$/.test(String(r[0])));
  assert.strictEqual(mm.length, l2.expect.sheets["宣传报道登记"].records.length);
}

writeCase("facts", "b81-f1-yuancheng.json", f1);
writeCase("facts", "b81-f2-yuncheng.json", f2);
writeCase("facts", "b81-f3-pengjiang.json", f3);
writeCase("ledgers", "b81-l1-nanhai.json", l1);
writeCase("ledgers", "b81-l2-haojiang.json", l2);
writeCase("counties", "b81-c1-zhenjiang.json", c1);
console.log("written 6 cases");
