'use strict';
// Batch 35 (blind): 1 county workbook (化州市), 3 facts sheets (罗定市, 台山市, 榕城区),
// 2 ledger cases (佛冈县, 乳源瑶族自治县). Plain CommonJS, no dependencies, deterministic.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const D = (s) => ({ date: s });
function assert(cond, msg) {
  if (!cond) throw new Error('assertion failed: ' + msg);
}
const pad = (n, w) => String(n).padStart(w, '0');

// pretty printer: arrays of scalars / date cells on one line
function isScalarish(v) {
  return v === null || typeof v !== 'object' || (!Array.isArray(v) && Object.keys(v).length === 1 && 'date' in v);
}
function fmt(v, ind) {
  const sp = '  '.repeat(ind);
  const sp1 = '  '.repeat(ind + 1);
  if (isScalarish(v)) return JSON.stringify(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (v.every(isScalarish)) return '[' + v.map((x) => JSON.stringify(x)).join(', ') + ']';
    return '[\n' + v.map((x) => sp1 + fmt(x, ind + 1)).join(',\n') + '\n' + sp + ']';
  }
  const keys = Object.keys(v);
  if (keys.length === 0) return '{}';
  if (keys.every((k) => isScalarish(v[k])) && JSON.stringify(v).length < 160) {
    return '{ ' + keys.map((k) => JSON.stringify(k) + ': ' + JSON.stringify(v[k])).join(', ') + ' }';
  }
  return '{\n' + keys.map((k) => sp1 + JSON.stringify(k) + ': ' + fmt(v[k], ind + 1)).join(',\n') + '\n' + sp + '}';
}
function write(dir, file, obj) {
  const d = path.join(ROOT, dir);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, file), fmt(obj, 0) + '\n', 'utf8');
  written.push(path.join(dir, file));
}
const written = [];

// 18-digit ID with a valid check digit
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function checkDigit(s17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(s17[i]) * W[i];
  return '10X98765432'[s % 11];
}
function makeId(region, ymd, seq) {
  const s17 = region + ymd + pad(seq, 3);
  return s17 + checkDigit(s17);
}
// an ID whose check digit is X (or not X), searching seq with the right sex parity
function makeIdWith(region, ymd, male, wantX, start) {
  for (let k = 0; k < 500; k++) {
    let seq = (start + k) % 1000;
    if (seq === 0) continue;
    if ((seq % 2 === 1) !== male) continue;
    const id = makeId(region, ymd, seq);
    if ((id[17] === 'X') === wantX) return id;
  }
  throw new Error('no id');
}
function colName(n) {
  let s = '';
  n += 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function row(width, cells) {
  const r = cells.slice();
  while (r.length < width) r.push(null);
  return r;
}

// ===================================================================
// facts 1: 罗定市 — the provincial web form, select-all copied into Excel
// ===================================================================
function luoding() {
  const w = 4;
  const R = (...c) => row(w, c);
  const rows = [
    R('广东省商务厅 · 电子商务进农村综合示范考评管理系统'),
    R('首页  >  考评填报  >  2019年省级示范县  >  罗定市  >  编辑'),
    R('当前用户：罗定市商务局（ldsw_dzsw01）　　修改密码　|　退出'),
    R('① 基本情况  ——  ② 组织领导  ——  ③ 服务体系  ——  ④ 上行与培训  ——  ⑤ 公开与资金  ——  ⑥ 自评打分  ——  ⑦ 提交'),
    R('填报状态：暂存（未提交）　　最后保存：2021-09-03 16:42:15'),
    R(null),
    R('▾ 一、基本信息'),
    R('* 县（市、区）', '罗定市', '（系统自动带出，不可修改）'),
    R('* 考评截止日期', '2021-08-31', '（系统设定）'),
    R('* 常住人口', '96.15', '万人', '请填写第七次全国人口普查数据'),
    R('户籍人口', '请输入', '万人', '选填'),
    R('* 行政村数', '296', '个', '不含居委会、社区'),
    R('* 省定贫困村数', '45', '个'),
    R(null),
    R('▾ 二、组织领导'),
    R('* 牵头领导', '县（市、区）政府主要领导  ▼', null, '可选：政府主要领导／分管领导／其他'),
    R('  领导姓名及职务', '陈××　市委副书记、市长'),
    R('* 参与部门（多选）', '☑ 商务　☑ 财政　☑ 农业农村　☑ 扶贫（乡村振兴）　☐ 交通运输　☑ 邮政管理　☐ 其他'),
    R('* 示范县工作方案是否正式印发', '◉ 是　○ 否', '文号：罗府办〔2019〕61号'),
    R('  附件（工作方案）', '已上传：罗定市电子商务进农村综合示范县工作方案.pdf（1.86MB）　预览 | 删除'),
    R('* 是否出台支持农村电商发展的政策', '◉ 是　○ 否', '文号：罗府〔2020〕9号'),
    R(null),
    R('▾ 三、服务体系'),
    R('* 县级电商公共服务中心投入运营时间', '2020-07-16', '📅'),
    R('* 有免费培训场所、培训设备，能组织电商基础培训', '◉ 有　○ 无'),
    R('* 为特色农产品提供免费展示、销售服务', '◉ 有　○ 无'),
    R('* 为电子商务市场主体提供免费摄影、美工服务', '○ 有　◉ 无', null, '说明：摄影棚装修中，暂未对外'),
    R('* 组织农产品统一推广、指导特色农产品品牌建设', '◉ 有　○ 无'),
    R('* 为电子商务发展提供其他衍生增值服务', '◉ 有　○ 无'),
    R('* 是否建设或整合、优化当地电商产业园', '◉ 是　○ 否', '罗定市电子商务产业园（罗城街道）'),
    R('* 当地有专业第三方电子商务运营或服务商', '◉ 有　○ 无', '运营商：云浮市罗商电子商务有限公司'),
    R('* 行政村物流快递覆盖率', '100', '%'),
    R(null),
    R('▾ 四、农村产品上行'),
    R('* 2019年农村网络零售额', '186,420', '万元', '数据来源：省商务厅统计'),
    R('* 2020年农村网络零售额', '229,310', '万元'),
    R('  2020年农村网络零售额同比增速', '23.01', '%'),
    R('  2019年农产品网络零售额', '请输入', '万元', '选填'),
    R('  2020年农产品网络零售额', '58,760', '万元', '选填'),
    R('  2020年农产品网络零售额同比增速', '请输入', '%', '选填'),
    R(null),
    R('▾ 五、电商人才培训'),
    R('* 累计培训人次', '10,236', '人次', '截至考评截止日期'),
    R('* 有劳动能力的建档立卡贫困人口数（不含外出务工）', '4,812', '人', '以扶贫部门确认数为准'),
    R('* 参加培训的建档立卡贫困人口数', '2,655', '人'),
    R('  附件（培训签到表）', '已上传：培训台账汇总.xlsx（3.2MB）　预览 | 删除'),
    R(null),
    R('▾ 六、信息公开及报送'),
    R('* 政府网站专栏公示内容（多选）', '☑ 创建方案　☑ 项目基本信息　☑ 项目建设进度　☐ 征求意见或监督举报窗口'),
    R('  专栏网址', 'http://www.luoding.gov.cn/zwgk/ztzl/dzsw/'),
    R('* 能否统计电商扶贫情况', '◉ 能　○ 否'),
    R(null),
    R('▾ 七、财政资金管理'),
    R('* 下达省级专项资金', '500.00', '万元'),
    R('* 累计拨付资金', '412.36', '万元', '截至考评截止日期'),
    R('* 是否制定资金管理制度', '◉ 是　○ 否'),
    R('* 是否建立资金专用台账', '◉ 是　○ 否'),
    R('* 项目总体进度', '86', '%'),
    R(null),
    R('▾ 八、自评打分（主观指标，请下拉选择）'),
    R('* 方案制定（1-2分）', '2  ▼'),
    R('* 政策支持（1-2分）', '2  ▼'),
    R('* 项目管理制度（1-2分）', '2  ▼'),
    R('* 工作台账（1-2分）', '请选择  ▼'),
    R('* 网销调研（1-2分）', '1  ▼'),
    R('* 网络促销活动（1-2分）', '2  ▼'),
    R('* 交易标准与冷链溯源（1-2分）', '1  ▼'),
    R('* 资金管理制度（1-5分）', '5  ▼'),
    R('* 资金台账（1-5分）', '4  ▼'),
    R('* 资金及时拨付（1-5分）', '4  ▼'),
    R(null),
    R('▾ 九、一票否决'),
    R('* 是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响', '○ 是　◉ 否'),
    R('* 是否存在弄虚作假', '○ 是　◉ 否'),
    R(null),
    R('⚠ 提示：带 * 为必填项；当前有 1 项必填项未填写（工作台账），暂存后可继续填写，提交前须补齐。'),
    R('暂存', '提交', '返回'),
    R('© 广东省商务厅 版权所有　|　技术支持：广东省电子商务公共服务平台　|　建议使用Chrome浏览器'),
  ];
  write('facts', 'b35-f1-luoding.json', {
    description:
      '罗定市（云浮）商务局电商股在省考评管理系统网页上填完后“全选—复制”粘进Excel留底：面包屑导航、当前用户、步骤条、暂存状态、“▾ 一、…”折叠分组、带“*”必填标记的标签在A列、值在B列、单位在C列、提示在D列；单选写成“◉ 是　○ 否”、多选写成“☑ 商务　☐ 交通运输…”、下拉写成“2  ▼”、日期带“📅”、附件写“已上传：…pdf（1.86MB）　预览 | 删除”；没填的格子保留占位字“请输入”“请选择  ▼”（不是值）；页尾有必填项提示、暂存/提交/返回按钮和版权行。',
    sheets: [{ name: '系统填报页（网页复制）', rows, merges: [] }],
    expect: {
      facts: {
        county: '罗定市',
        asOf: '2021-08-31',
        residentPopulation: 961500,
        adminVillagesStated: 296,
        poorVillagesStated: 45,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-07-16',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1864200000,
        ruralRetail2020: 2293100000,
        ruralRetailGrowthStated: 0.2301,
        agriRetail2020: 587600000,
        trainingPersonTimesStated: 10236,
        eligiblePoorPersonsStated: 4812,
        trainedPoorPersonsStated: 2655,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4123600,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.86,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
        'org.management.system': 2,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
}

// ===================================================================
// facts 2: 台山市 — Word outline with dot leaders pasted into column A
// ===================================================================
function taishan() {
  const L = (s) => [s];
  const rows = [
    L('台山市电子商务进农村综合示范创建基本情况'),
    L('（数据截至2021年8月31日）'),
    L(null),
    L('一、基本县情'),
    L('　　1．县（市、区）名称 ………………………………………… 台山市'),
    L('　　2．常住人口 ……………………………………………………… 90.72万人（七普）'),
    L('　　3．户籍人口 ……………………………………………………… 100.58万人'),
    L('　　4．行政村 ………………………………………………………… 276个'),
    L('　　　　其中省定贫困村 ………………………………………… 23个'),
    L('　　5．社区（居委会） ……………………………………………… 36个'),
    L('二、组织领导'),
    L('　　6．领导小组组长 ·························· 副市长　李××（分管商务、农业）'),
    L('　　7．成员单位 ……… 市商务局、市财政局、市农业农村局、市乡村振兴局、'),
    L('　　　　市交通运输局、市市场监管局、市邮政管理局等12个单位'),
    L('　　8．示范县工作方案 …………………………………… 已印发（台府办函〔2019〕112号）'),
    L('　　9．扶持政策 …………………………………………… 已出台《台山市促进农村电子商务发展若干措施》'),
    L('三、服务体系'),
    L('　　10．县级电商公共服务中心投入运营 …………………… 2020年9月28日'),
    L('　　11．免费培训场所、设备 ……………………………… 有（300㎡培训室，可容纳120人）'),
    L('　　12．农特产品免费展示展销 …………………………… 有'),
    L('　　13．免费摄影、美工 …………………………………… 有'),
    L('　　14．统一推广、品牌建设指导 ………………………… 有（“台山大米”“台山鳗鱼”区域公用品牌）'),
    L('　　15．其他衍生增值服务 ………………………………… 有（代运营、金融对接）'),
    L('　　16．电商产业园 ………………………………………… 已建（台城电商产业园）'),
    L('　　17．第三方运营服务商 ………………………………… 有'),
    L('　　18．行政村物流快递覆盖率 …………………………… 100%'),
    L(null),
    L('— 1 —'),
    L(null),
    L('四、农村产品上行'),
    L('　　19．农村网络零售额 ……… 2019年31.26亿元 → 2020年39.84亿元，增长27.4%'),
    L('　　20．农产品网络零售额 ……… 2019年5.12亿元 → 2020年6.80亿元，增长32.8%'),
    L('五、人才培训'),
    L('　　21．累计开展电商培训 ………………………………… 58期　9,215人次'),
    L('　　22．有劳动能力贫困人口（不含外出务工） …………… 1,236人'),
    L('　　23．参训贫困人口 ……………………………………… 702人（累计1,046人次）'),
    L('六、信息公开及报送'),
    L('　　24．政府网站专栏 ………………………………………… 已设立'),
    L('　　　　公示内容：创建方案√　项目基本信息√　建设进度√　监督举报窗口（电话、邮箱）√'),
    L('　　25．电商扶贫统计 ……………………………………… 能（每月随月报统计）'),
    L('七、财政资金'),
    L('　　26．省级专项资金 ………………………………………'),
    L('　　　　下达500万元，已拨付372.5万元（拨付率74.5%）'),
    L('　　27．资金管理制度 ……………………………………… 已制定（台商务〔2020〕15号）'),
    L('　　28．资金专用台账 ……………………………………… 已建立'),
    L('　　29．项目总体进度 ……………………………………… 88%'),
    L('八、主观项自评'),
    L('　　30．方案制定 …………………………………………… 2分'),
    L('　　31．政策支持 …………………………………………… 2分'),
    L('　　32．项目管理制度 ……………………………………… 2分'),
    L('　　33．工作台账 …………………………………………… 1分'),
    L('　　34．网销调研 …………………………………………… 2分'),
    L('　　35．网络促销活动 ……………………………………… 1分'),
    L('　　36．交易标准及冷链溯源 ……………………………… 1分'),
    L('　　37．资金管理制度 ……………………………………… 4分'),
    L('　　38．资金台账 …………………………………………… 4分'),
    L('　　39．资金及时拨付 ……………………………………… 4分'),
    L('九、一票否决事项'),
    L('　　40．安全生产、质量事故或重大经济损失 …………… 无'),
    L('　　41．弄虚作假 …………………………………………… 无'),
    L(null),
    L('填报人：黄××　　联系电话：0750-55×××××　　2021年9月2日'),
    L('— 2 —'),
  ];
  write('facts', 'b35-f2-taishan.json', {
    description:
      '台山市（江门）商务局把Word版《创建基本情况》（目录式排版：标签后用“……”“·····”引导线接值）整篇粘进Excel的A列，一行一格：编号1．至41．、一至九分节、全角空格缩进，值和标签在同一格里由引导线隔开；成员单位和专项资金两处值折到下一行（续行只有缩进）；页码行“— 1 —”；零售额一行写“2019年…→2020年…，增长…”。陷阱：户籍人口100.58万、社区36个、参训贫困人口后括号里的“累计1,046人次”、拨付率74.5%都不是填报项。',
    sheets: [{ name: '基本情况（Word粘贴）', rows }],
    expect: {
      facts: {
        county: '台山市',
        asOf: '2021-08-31',
        residentPopulation: 907200,
        adminVillagesStated: 276,
        poorVillagesStated: 23,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 3126000000,
        ruralRetail2020: 3984000000,
        ruralRetailGrowthStated: 0.274,
        agriRetail2019: 512000000,
        agriRetail2020: 680000000,
        agriRetailGrowthStated: 0.328,
        trainingPersonTimesStated: 9215,
        eligiblePoorPersonsStated: 1236,
        trainedPoorPersonsStated: 702,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3725000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 2,
        'work.upward.promotion': 1,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'deputy',
    },
  });
}

// ===================================================================
// facts 3: 榕城区 — platform export of all submissions (returned, approved, draft)
// ===================================================================
function rongcheng() {
  const cols = [
    ['记录编号', 'RC20210901-001', 'RC20210903-002', 'RC20210907-003', 'RC20210908-004'],
    ['提交时间', '2021-09-01 09:15:30', '2021-09-03 11:40:03', '2021-09-07 16:05:12', '2021-09-08 09:02:47'],
    ['提交人', '林××', '林××', '林××', '郑××'],
    ['审核状态', '退回修改', '退回修改', '审核通过', '草稿（未提交）'],
    [
      '审核意见',
      '1.常住人口请按七普口径填报（所填为户籍人口）；2.参训贫困人口数大于有劳动能力贫困人口数，请核实',
      '1.网络零售额单位为万元，请勿按元填报；2.中心运营时间与台账不一致，请核对',
      '数据已核，同意。',
      null,
    ],
    ['县区', '榕城区', '榕城区', '榕城区', '榕城区'],
    ['考评截止日期', '2021-08-31', '2021-08-31', '2021-08-31', '2021-08-31'],
    ['常住人口(万人)', 82.15, 101.34, 101.34, null],
    ['行政村数(个)', 78, 78, 78, null],
    ['省定贫困村数(个)', 4, 4, 4, null],
    ['牵头领导', '区委副书记、区长', '区委副书记、区长', '区委副书记、区长', null],
    ['参与部门', '商务;财政;农业农村;乡村振兴', '商务;财政;农业农村;乡村振兴;市场监管', '商务;财政;农业农村;乡村振兴;市场监管', null],
    ['工作方案印发(是/否)', '是', '是', '是', null],
    ['支持政策出台(是/否)', '是', '是', '是', null],
    ['中心运营时间', '2020-12-01', '2020-12-01', '2020-11-20', null],
    ['免费培训场所(是/否)', '是', '是', '是', null],
    ['免费展示销售(是/否)', '是', '是', '是', null],
    ['免费摄影美工(是/否)', '是', '是', '是', null],
    ['品牌推广指导(是/否)', '是', '否', '否', null],
    ['其他增值服务(是/否)', '是', '是', '是', null],
    ['电商产业园(是/否)', '否', '否', '否', null],
    ['第三方运营商(是/否)', '是', '是', '是', null],
    ['快递行政村覆盖率(%)', 100, 100, 100, null],
    ['2019年农村网络零售额(万元)', 412350, 4123500000, 412350, null],
    ['2020年农村网络零售额(万元)', 498760, 4987600000, 498760, null],
    ['2019年农产品网络零售额(万元)', 21460, 214600000, 21460, null],
    ['2020年农产品网络零售额(万元)', 28930, 289300000, 28930, null],
    ['培训人次', 10380, 10380, 10380, 10512],
    ['有劳动能力贫困人口(人)', 526, 526, 526, null],
    ['参训贫困人口(人)', 560, 301, 301, null],
    ['专栏-创建方案(是/否)', '是', '是', '是', null],
    ['专栏-项目信息(是/否)', '是', '是', '是', null],
    ['专栏-建设进度(是/否)', '是', '是', '是', null],
    ['专栏-监督举报窗口(是/否)', '否', '否', '否', null],
    ['电商扶贫统计(是/否)', '是', '是', '是', null],
    ['下达资金(万元)', 500, 500, 500, null],
    ['累计拨付(万元)', 386.2, 401.8, 401.8, 423.6],
    ['资金管理制度(是/否)', '是', '是', '是', null],
    ['资金专用台账(是/否)', '是', '是', '是', null],
    ['总体进度(%)', 85, 88, 88, null],
    ['安全质量事故(是/否)', '否', '否', '否', null],
    ['弄虚作假(是/否)', '否', '否', '否', null],
    ['自评-方案制定', 2, 2, 2, null],
    ['自评-政策支持', 2, 2, 2, null],
    ['自评-项目管理制度', 2, 2, 2, null],
    ['自评-工作台账', 2, 2, 2, null],
    ['自评-网销调研', 2, 2, 1, null],
    ['自评-网络促销', 2, 2, 2, null],
    ['自评-标准及溯源', 1, 1, 1, null],
    ['自评-资金管理制度', 5, 5, 5, null],
    ['自评-资金台账', 5, 5, 5, null],
    ['自评-资金及时拨付', 5, 5, 4, null],
  ];
  const width = cols.length;
  const header = cols.map((c) => c[0]);
  const data = [1, 2, 3, 4].map((i) => cols.map((c) => c[i]));
  const rows = [
    row(width, ['揭阳市电子商务进农村示范创建数据报送平台 — 填报记录导出（单位：榕城区商务局）']),
    row(width, ['导出时间：2021-09-08 10:21:45　　导出人：rc_swj　　筛选条件：全部状态　　共4条记录']),
    header,
    ...data,
    row(width, [null]),
    row(width, ['注：1.同一单位多次填报的，以审核状态为“审核通过”的记录为准，退回修改及草稿记录不作为填报数据，仅供留痕。2.本表由平台导出，未经修改。']),
  ];
  const last = colName(width - 1);
  write('facts', 'b35-f3-rongcheng.json', {
    description:
      '榕城区（揭阳）商务局从揭阳市“电商进农村示范创建数据报送平台”导出的本单位全部填报记录：表头在第3行，一次提交一行（52列：记录编号|提交时间|提交人|审核状态|审核意见|县区|…|自评-资金及时拨付），按提交时间先后排列——两次“退回修改”（审核意见说明了错在哪：常住人口填成户籍人口82.15、零售额按元填、中心日期不对）、一次“审核通过”、最后一条是通过后又开的“草稿（未提交）”（只改了培训人次10512和累计拨付423.6）；表下注明以“审核通过”的记录为准。读法：只读“审核通过”那一行。',
    sheets: [{ name: '填报记录（导出）', rows, merges: ['A1:' + last + '1', 'A2:' + last + '2', 'A9:' + last + '9'] }],
    expect: {
      facts: {
        county: '榕城区',
        asOf: '2021-08-31',
        residentPopulation: 1013400,
        adminVillagesStated: 78,
        poorVillagesStated: 4,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-11-20',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: false,
        centerOther: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 4123500000,
        ruralRetail2020: 4987600000,
        agriRetail2019: 214600000,
        agriRetail2020: 289300000,
        trainingPersonTimesStated: 10380,
        eligiblePoorPersonsStated: 526,
        trainedPoorPersonsStated: 301,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4018000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 5,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
}

// ===================================================================
// ledgers 1: 佛冈县 — training work record (time+place one cell, numbers in sentences),
// monthly reports by channel columns, column updates ticked by sub-column
// ===================================================================
function fogang() {
  // ---- training record
  const tw = 7;
  const T = (...c) => row(tw, c);
  const tr = [
    T('佛冈县电子商务进农村培训工作记录（2020—2021年度）'),
    T('记录单位：佛冈县电子商务公共服务中心　　　　　　　　　　　　　　　　　　　　　　　　记录人：朱××'),
    T('序号', '培训名称', '时间、地点', '培训对象及人数', '授课内容', '承办单位', '备注'),
    T(1, '佛冈县2020年第一期农村电商普及培训班', '2020年9月17日　石角镇政府三楼会议室', '石角镇各村两委干部、电商带头人共86人', '农村电商政策、网店开设', '县电商中心', '签到表见附件1'),
    T(2, '电商直播带货实操培训', '2020.10.22 县电商公共服务中心', '全县网店店主、返乡青年，报名70人，实到63人', '直播脚本、选品、投流', '县电商中心', null),
    T(3, '汤塘镇贫困户电商技能培训', '2020年11月12日-13日　汤塘镇文化站', '汤塘镇建档立卡贫困户共41人', '微店开设、农产品拍照', '汤塘镇政府', '扶贫专场'),
    T(4, '农村电商基础知识培训（线上）', '2020年12月8日（线上·腾讯会议）', '迳头镇、水头镇村民在线参训，共计128人次', '电商基础', '县电商中心', '按在线签到计'),
    T('2020年小计：4期　318人次'),
    T(null),
    T(5, '龙山镇电商培训', '21.1.14 龙山镇人民政府', '村民、合作社社员58人，其中贫困户12人', '网店运营', '龙山镇政府', null),
    T(6, '高岗镇电商扶贫专题培训', '2021年3月4日—5日 高岗镇', '贫困户、村干部共72人次', '电商扶贫政策、产品上行', '高岗镇政府', null),
    T(7, '佛冈县农产品品牌与包装设计培训', '2021年4月21日 县电商中心二楼', '企业负责人、美工人员35名', '品牌设计、包装', '县商务局', null),
    T(8, '“粤菜师傅+电商”培训', D('2021-05-27'), '学员47人', '预制菜网销', '县人社局、县商务局', '地点：水头镇'),
    T(9, '电商客服与售后培训', '2021/6/24 石角镇', '参训46人（另有12人旁听，不计）', '客服话术、售后', '县电商中心', null),
    T(10, '迳头镇电商带头人培训', '2021年7月15日 迳头镇', '计划80人，实际参训77人', '带头人孵化', '迳头镇政府', null),
    T(11, '2021年电商直播大赛赛前培训', '2021年8月19日 县电商中心', '参赛选手52人', '直播技巧', '县商务局', null),
    T(12, '秋季电商普及培训（第一期）', '2021年9月9日 汤塘镇', '村民90人', '电商基础', '县电商中心', null),
    T(13, '秋季电商普及培训（第二期）', '2021年9月（待定）', null, null, null, '筹备中'),
    T('2021年合计：8期　477人次（截至9月10日）'),
    T(null),
    T('注：1.人数以当期签到表为准；2.线上培训按实际在线签到人次计；3.第13期尚未举办，不计入。'),
  ];
  // ---- monthly reports, channel columns
  const rw = 8;
  const P = (...c) => row(rw, c);
  const rp = [
    P('佛冈县电子商务进农村综合示范工作月报报送情况登记表'),
    P('报送对象：清远市商务局'),
    P('序号', '所属月份', '报送日期（按报送渠道填写）', null, null, '是否含电商扶贫数据', '报送人', '备注'),
    P(null, null, '粤政易', '政务邮箱', '纸质（盖章）', null, null, null),
    P(1, '2020年9月', null, '2020.10.9', null, '√', '朱××', null),
    P(2, '2020年10月', null, D('2020-11-06'), null, '√', '朱××', null),
    P(3, '2020年11月', '2020-12-07', null, null, '√', '朱××', null),
    P(4, '2020年12月', '2021年1月8日', null, null, '√', '朱××', null),
    P(5, '2021年1月', '2021/2/5', null, null, '否', '朱××', '春节前仅报进度'),
    P(6, '2021年2月', null, null, null, null, null, '与3月合并报送'),
    P(7, '2021年3月', null, null, '2021.4.8', '√', '何××', '粤政易故障，报纸质件'),
    P(8, '2021年4月', D('2021-05-10'), null, null, '√', '何××', null),
    P(9, '2021年5月', '2021.6.7', null, null, null, '何××', null),
    P(10, '2021年6月', '2021-07-06', null, null, '√', '何××', null),
    P(11, '2021年7月', null, '2021年8月5日', null, '√', '朱××', null),
    P(12, '2021年8月', '2021.9.6', null, null, '√', '朱××', null),
    P(null),
    P('填表说明：每月所报材料只登记一种渠道；所属月份指报告反映的月份，报送日期为实际发出日期。'),
  ];
  // ---- column updates, ticks by sub-column
  const dw = 9;
  const Q = (...c) => row(dw, c);
  const dp = [
    Q('佛冈县人民政府网站“电子商务进农村综合示范”专栏更新登记'),
    Q('序号', '更新日期', '更新栏目（打√）', null, null, null, '更新标题', '发布人', '备注'),
    Q(null, null, '创建方案', '项目信息', '建设进度', '意见征集/监督举报', null, null, null),
    Q(1, '2020.9.10', '√', null, null, null, '佛冈县电子商务进农村综合示范县工作方案', '朱××', null),
    Q(2, D('2020-10-15'), null, '√', null, null, '2019年省级电子商务进农村综合示范项目承办单位名单', '朱××', null),
    Q(3, '2020年11月20日', null, null, '√', null, '2020年10月项目建设进度', '朱××', null),
    Q(4, '2020/12/18', null, null, '√', null, '2020年11月项目建设进度', '朱××', null),
    Q(5, '2021.1.22', null, null, '√', '√', '2020年12月项目建设进度；关于设立监督举报电话的公告', '朱××', '同日发布两篇'),
    Q(6, '2021.3.19', null, null, '√', null, '2021年1—2月项目建设进度', '何××', null),
    Q(7, '2021年4月', null, null, '√', null, '2021年3月项目建设进度', '何××', '具体日期见网站'),
    Q(8, '21.5.21', null, null, '√', null, '2021年4月项目建设进度', '何××', null),
    Q(9, '2021.6.25', null, '√', '√', null, '项目调整公示；2021年5月项目建设进度', '何××', null),
    Q(10, D('2021-08-13'), null, null, '√', null, '2021年6—7月项目建设进度', '朱××', null),
    Q(11, '2021.9.10', null, null, '√', null, '2021年8月项目建设进度', '朱××', null),
  ];
  write('ledgers', 'b35-l1-fogang.json', {
    description:
      '佛冈县（清远）三张登记：①县电商中心的《培训工作记录》，“时间、地点”一格里写日期和地点（“2020年9月17日　石角镇政府三楼会议室”“21.1.14 龙山镇人民政府”“2021年3月4日—5日 高岗镇”按结束日；一期是真日期、地点写在备注），人次只在“培训对象及人数”的句子里（“报名70人，实到63人”取实到，“其中贫困户12人”不另加，“另有12人旁听，不计”不加），年度小计/合计写成一格文字，第13期“2021年9月（待定）…筹备中”未举办不是记录；②《月报报送情况登记表》每个所属月份一行，报送日期按渠道分三列（粤政易|政务邮箱|纸质（盖章）），只在所用渠道那一格有日期，2021年2月无报送（与3月合并）不是记录；③专栏更新登记，更新的栏目在四个子列里打√，一行一次更新。',
    sheets: [
      { name: '培训工作记录', rows: tr, merges: ['A1:G1', 'A2:G2', 'A8:G8', 'A19:G19', 'A21:G21'] },
      { name: '月报报送', rows: rp, merges: ['A1:H1', 'A2:H2', 'A3:A4', 'B3:B4', 'C3:E3', 'F3:F4', 'G3:G4', 'H3:H4', 'A18:H18'] },
      { name: '专栏更新', rows: dp, merges: ['A1:I1', 'A2:A3', 'B2:B3', 'C2:F2', 'G2:G3', 'H2:H3', 'I2:I3'] },
    ],
    expect: {
      sheets: {
        培训工作记录: {
          kind: 'training',
          records: [
            { date: '2020-09-17', personTimes: 86 },
            { date: '2020-10-22', personTimes: 63 },
            { date: '2020-11-13', personTimes: 41 },
            { date: '2020-12-08', personTimes: 128 },
            { date: '2021-01-14', personTimes: 58 },
            { date: '2021-03-05', personTimes: 72 },
            { date: '2021-04-21', personTimes: 35 },
            { date: '2021-05-27', personTimes: 47 },
            { date: '2021-06-24', personTimes: 46 },
            { date: '2021-07-15', personTimes: 77 },
            { date: '2021-08-19', personTimes: 52 },
            { date: '2021-09-09', personTimes: 90 },
          ],
        },
        月报报送: {
          kind: 'reports',
          records: [
            { date: '2020-10-09', poverty: true },
            { date: '2020-11-06', poverty: true },
            { date: '2020-12-07', poverty: true },
            { date: '2021-01-08', poverty: true },
            { date: '2021-02-05', poverty: false },
            { date: '2021-04-08', poverty: true },
            { date: '2021-05-10', poverty: true },
            { date: '2021-06-07', poverty: null },
            { date: '2021-07-06', poverty: true },
            { date: '2021-08-05', poverty: true },
            { date: '2021-09-06', poverty: true },
          ],
        },
        专栏更新: {
          kind: 'disclosures',
          records: [
            { date: '2020-09-10' },
            { date: '2020-10-15' },
            { date: '2020-11-20' },
            { date: '2020-12-18' },
            { date: '2021-01-22' },
            { date: '2021-03-19' },
            { date: '2021-04' },
            { date: '2021-05-21' },
            { date: '2021-06-25' },
            { date: '2021-08-13' },
            { date: '2021-09-10' },
          ],
        },
      },
    },
  });
  // self-checks on the subtotal text
  assert(86 + 63 + 41 + 128 === 318, 'fogang 2020 subtotal');
  assert(58 + 72 + 35 + 47 + 46 + 77 + 52 + 90 === 477, 'fogang 2021 subtotal');
}

// ===================================================================
// ledgers 2: 乳源 — poor households with members spread across the row,
// station acceptance notices stacked with the listing date only in the prose
// ===================================================================
function ruyuan() {
  const REG = '440232';
  // [name, male, birth, labour text, work text, wantX, spaced, lowerX]
  const hh = [
    ['王茶村', '盘石生', [
      ['盘石生', true, '19680415', '普通劳动力', '外出务工'],
      ['赵三妹', false, '19710922', '普通劳动力', '本村务农'],
      ['盘志强', true, '19940603', '技能劳动力', '外出务工'],
      ['盘秀英', false, '19970118', '普通劳动力', '县外务工（韶关市区）'],
      ['盘小军', true, '20090830', '无劳动力（在校生）', null],
    ]],
    ['王茶村', '赵金福', [
      ['赵金福', true, '19550307', '丧失劳动力', null],
      ['邓二妹', false, '19581112', '普通劳动力', '本村务农', 'X', false, true],
      ['赵德明', true, '19830526', '普通劳动力', '外出务工'],
    ]],
    ['桂坑村', '邓福生', [
      ['邓福生', true, '19720219', '普通劳动力', '本村务农'],
      ['盘四妹', false, '19750807', '普通劳动力', '镇内务工'],
      ['邓建华', true, '19991021', '技能劳动力', '外出务工'],
      ['邓丽娟', false, '20060314', '无劳动力（在校生）', '/'],
    ]],
    ['桂坑村', '李金花', [['李金花', false, '19490601', '无劳动力', null]]],
    ['半坑村', '冯水生', [
      ['冯水生', true, '19660923', '普通劳动力', '本村务农', null, true],
      ['黄六妹', false, '19680405', '普通劳动力', '本村务农'],
      ['冯国强', true, '19900717', '普通劳动力', '外出务工'],
      ['冯国平', true, '19920228', '技能劳动力', '外出务工'],
      ['冯小燕', false, '20120909', '无劳动力（在校生）', null],
      ['冯亚养', true, '19400116', '丧失劳动力', null],
    ]],
    ['半坑村', '盘桂英', [
      ['盘桂英', false, '19790520', '普通劳动力', '本村务农'],
      ['赵俊杰', true, '20040108', '普通劳动力', '外出务工'],
    ]],
    ['横坑村', '赵有才', [
      ['赵有才', true, '19610312', '普通劳动力', '本村务农'],
      ['邓秀兰', false, '19630725', '丧失劳动力', null],
      ['赵文彬', true, '19881130', '普通劳动力', '本村务农（护林员）'],
      ['赵文娟', false, '19910402', '普通劳动力', '外出务工'],
    ]],
    ['横坑村', '黄石古', [
      ['黄石古', true, '19580819', '普通劳动力', '本村务农'],
      ['冯五妹', false, '19600227', '普通劳动力', '本村务农'],
      ['黄志勇', true, '19861015', '技能劳动力', '外出务工'],
    ]],
    ['必背口村', '盘亚生', [
      ['盘亚生', true, '19700611', '普通劳动力', '外出务工'],
      ['邓金妹', false, '19730304', '普通劳动力', '本村务农', 'X'],
      ['盘家豪', true, '20010925', '普通劳动力', '外出务工'],
      ['盘家怡', false, '20100417', '无劳动力（在校生）', null],
    ]],
  ];
  const labourOf = (t) => (/无劳动力|丧失/.test(t) ? false : /劳动力/.test(t) ? true : null);
  const migrantOf = (t) => {
    if (t === null || t === '/') return null;
    if (/外出|县外/.test(t)) return true;
    if (/本村|镇内/.test(t)) return false;
    throw new Error('work ' + t);
  };
  const width = 4 + 4 * 4 + 1; // 21
  const rows = [
    row(width, ['乳源瑶族自治县必背镇建档立卡贫困户家庭成员劳动力情况表']),
    row(width, ['填报单位：必背镇乡村振兴办（盖章）　　　　　　　　填报时间：2021年7月　　　　　　　　数据来源：防返贫监测信息系统']),
    row(width, ['序号', '村委会', '户主', '家庭人口', '成员一（户主）', null, null, null, '成员二', null, null, null, '成员三', null, null, null, '成员四', null, null, null, '备注']),
    row(width, [null, null, null, null, ...Array(4).fill(['姓名', '公民身份号码', '劳动能力', '务工情况']).flat(), null]),
  ];
  const merges = ['A1:U1', 'A2:U2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:H3', 'I3:L3', 'M3:P3', 'Q3:T3', 'U3:U4'];
  const records = [];
  let seqStart = 11;
  let hno = 0;
  for (const [village, head, members] of hh) {
    hno++;
    const cells = members.map((m) => {
      const [name, male, birth, lab, work, wantX, spaced, lowerX] = m;
      const id = makeIdWith(REG, birth, male, wantX === 'X', seqStart);
      seqStart = (seqStart + 37) % 900 + 11;
      let shown = id;
      if (lowerX) shown = id.slice(0, 17) + 'x';
      if (spaced) shown = id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
      records.push({ id, labour: labourOf(lab), migrant: migrantOf(work) });
      return [name, shown, lab, work];
    });
    const first = cells.slice(0, 4);
    const rest = cells.slice(4);
    const r1 = [hno, village, head, members.length];
    for (let i = 0; i < 4; i++) r1.push(...(first[i] || [null, null, null, null]));
    r1.push(rest.length ? '成员较多，续下行' : null);
    rows.push(r1);
    if (rest.length) {
      const r2 = [null, '〃', '（接上行）', null];
      for (let i = 0; i < 4; i++) r2.push(...(rest[i] || [null, null, null, null]));
      r2.push(null);
      rows.push(r2);
    }
  }
  const nPersons = records.length;
  rows.push(row(width, ['合计', null, `${hh.length}户`, `${nPersons}人`]));
  rows.push(row(width, [null]));
  rows.push(row(width, ['说明：1.每户按户主、配偶、子女、其他成员顺序从左到右填写，一行填不下的在下一行续填（户主栏写“（接上行）”）；2.“本村务农”“镇内务工”为未外出，“外出务工”“县外务工”为外出；3.在校生、无劳动力人员务工情况不填。']));
  merges.push(`A${rows.length}:U${rows.length}`);
  assert(nPersons === 32, 'ruyuan persons ' + nPersons);

  // ---- station notices
  const sw = 6;
  const S = (...c) => row(sw, c);
  const sr = [];
  const sm = [];
  const stRecords = [];
  const addTitle = (t) => {
    sr.push(S(t));
    sm.push(`A${sr.length}:F${sr.length}`);
  };
  const addHeader = () => sr.push(S('序号', '镇', '村（社区）', '站点名称', '站长', '联系电话'));
  let phone = 13802100;
  const addStations = (list, opened) => {
    list.forEach(([town, vil, site, keeper], i) => {
      phone += 3517;
      sr.push(S(i + 1, town, vil, site, keeper, '13' + pad((phone * 97) % 1000000000, 9)));
      if (opened) stRecords.push({ village: vil, opened });
    });
  };
  addTitle('关于乳源瑶族自治县第一批村级电子商务服务站点验收结果的公示');
  addTitle('根据《乳源瑶族自治县村级电子商务服务站点建设标准（试行）》，县商务局会同承建单位于2020年9月下旬对第一批村级电商服务站点进行了验收。经验收，以下12个站点符合建设标准，自2020年10月15日起正式挂牌运营。公示期为2020年10月15日至10月21日，如有异议，请在公示期内向县商务局反映（电话：0751-5xxxxxx）。');
  addHeader();
  addStations([
    ['乳城镇', '云门村委会', '云门村电商服务站', '赵××'],
    ['乳城镇', '红云村', '红云村电商服务站', '李××'],
    ['一六镇', '一六村', '一六村邮乐购电商服务站', '邓××'],
    ['一六镇', '西京村', '西京村电商服务站', '黄××'],
    ['桂头镇', '桂头村委会', '桂头村电商服务站', '冯××'],
    ['桂头镇', '杨溪村', '杨溪村电商服务站', '盘××'],
    ['大桥镇', '大桥村', '大桥村电商服务站', '罗××'],
    ['大桥镇', '中冲村', '中冲村电商服务站', '谢××'],
    ['大布镇', '大布村', '大布村电商服务站', '何××'],
    ['洛阳镇', '洛阳村', '洛阳村电商服务站', '刘××'],
    ['游溪镇', '游溪村民委员会', '游溪村电商服务站', '赵××'],
    ['东坪镇', '东坪村', '东坪村电商服务站', '邓××'],
  ], '2020-10-15');
  sr.push(S(null, null, null, null, '乳源瑶族自治县商务局', null));
  sr.push(S(null, null, null, null, '2020年10月15日', null));
  sr.push(S(null));
  addTitle('关于乳源瑶族自治县第二批村级电子商务服务站点验收结果的公示');
  addTitle('县商务局于2020年12月28日组织对第二批村级电商服务站点进行验收。以下9个站点验收合格，于2021年1月8日统一授牌并对外提供服务；黄洞村站点因设备未配齐暂缓挂牌，整改完成后另行公示。');
  addHeader();
  addStations([
    ['乳城镇', '泉水村', '泉水村电商服务站', '陈××'],
    ['一六镇', '小洞村', '小洞村电商服务站', '盘××'],
    ['大桥镇', '深源村', '深源村电商服务站', '邓××'],
    ['大布镇', '白竹村委会', '白竹村电商服务站', '黄××'],
    ['洛阳镇', '横溪村', '横溪村电商服务站', '冯××'],
    ['必背镇', '王茶村', '王茶村电商服务站', '盘××'],
    ['必背镇', '桂坑村', '桂坑村电商服务站', '赵××'],
    ['游溪镇', '中心洞村', '中心洞村电商服务站', '邓××'],
    ['东坪镇', '新屋村', '新屋村电商服务站', '李××'],
  ], '2021-01-08');
  sr.push(S('暂缓挂牌站点：'));
  sr.push(S('序号', '镇', '村（社区）', '站点名称', '存在问题', null));
  sr.push(S(1, '桂头镇', '黄洞村', '黄洞村电商服务站', '电脑、打印机未到位，未接入网络', null));
  sr.push(S(null, null, null, null, '乳源瑶族自治县商务局', null));
  sr.push(S(null, null, null, null, '2021年1月5日', null));
  sr.push(S(null));
  addTitle('关于乳源瑶族自治县第三批村级电子商务服务站点验收结果的公示');
  addTitle('经2021年5月上旬验收（含第二批暂缓挂牌站点整改复验），以下4个站点符合建设标准，自2021年5月20日起挂牌运营。');
  addHeader();
  addStations([
    ['桂头镇', '黄洞村', '黄洞村电商服务站（整改复验）', '冯××'],
    ['乳城镇', '鹰峰社区', '鹰峰社区电商服务点', '朱××'],
    ['必背镇', '半坑村', '半坑村电商服务站', '盘××'],
    ['大桥镇', '大桥村', '大桥圩电商服务点（大桥村第二站点）', '罗××'],
  ], '2021-05-20');
  sr.push(S(null, null, null, null, '乳源瑶族自治县商务局', null));
  sr.push(S(null, null, null, null, '2021年5月14日', null));
  sr.push(S(null));
  addTitle('关于乳源瑶族自治县第四批村级电子商务服务站点验收结果的公示');
  addTitle('经验收，以下3个站点符合建设标准，自2021年9月10日起挂牌运营。');
  addHeader();
  addStations([
    ['必背镇', '必背口村', '必背口村电商服务站', '盘××'],
    ['必背镇', '横坑村', '横坑村电商服务站', '赵××'],
    ['洛阳镇', '坪田村', '坪田村电商服务站', '刘××'],
  ], '2021-09-10');
  sr.push(S(null, null, null, null, '乳源瑶族自治县商务局', null));
  sr.push(S(null, null, null, null, '2021年9月6日', null));
  assert(stRecords.length === 28, 'ruyuan stations');

  const note = [
    ['说明'],
    ['1.“站点验收公示”工作表由县政府网站发布的四批验收结果公示原文整理，挂牌时间以公示正文所写为准，落款日期为公示发布日期。'],
    ['2.“贫困户劳动力”工作表为必背镇乡村振兴办报送，其他镇另册。'],
    ['3.整理人：县商务局电商股　邓××　2021年9月8日'],
  ];
  write('ledgers', 'b35-l2-ruyuan.json', {
    description:
      '乳源瑶族自治县（韶关）商务局电商股的两张表加说明页：①必背镇乡村振兴办报的贫困户劳动力情况表按户一行、家庭成员横着排——“成员一（户主）…成员四”四组“姓名|公民身份号码|劳动能力|务工情况”（标题、填报单位两行下是两行表头，组名合并在四列之上），5人、6人的户在下一行续填（村委会写“〃”、户主栏“（接上行）”）；劳动能力写普通/技能劳动力、无劳动力（在校生）、丧失劳动力，务工写外出务工/县外务工（韶关市区）/本村务农/镇内务工/本村务农（护林员），在校生和无劳动力者务工栏空着（一处写“/”）；一人身份证末位小写x、一人身份证号带空格分段；末尾合计行和说明。②站点清单不是台账而是县政府网站四批《验收结果的公示》原文叠放：每批一个标题行、一段正文（挂牌日期只写在正文句子里：“自2020年10月15日起正式挂牌运营”“于2021年1月8日统一授牌”），下接站点表和落款（落款日期是公示发布日期，与挂牌日不同）；第二批下另有“暂缓挂牌站点”小表（黄洞村，不是站点记录，第三批整改复验后才挂牌）；含社区服务点、大桥村第二个站点和第四批截止日后（2021-09-10）挂牌的3个站点（照列）。③说明页不是台账。',
    sheets: [
      { name: '贫困户劳动力', rows, merges },
      { name: '站点验收公示', rows: sr, merges: sm },
      { name: '说明', rows: note },
    ],
    expect: {
      sheets: {
        贫困户劳动力: { kind: 'poorPersons', records },
        站点验收公示: { kind: 'stations', records: stRecords },
        说明: { kind: null },
      },
    },
  });
}

// ===================================================================
// county: 化州市 — whole workbook
// ===================================================================
function huazhou() {
  const rnd = mulberry32(3509);
  const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const REG = '440982';

  // ---------------- villages
  const towns = [
    ['河西街道', 8, 6], ['东山街道', 10, 5], ['下郭街道', 9, 4], ['石湾街道', 12, 2], ['南盛街道', 11, 2],
    ['杨梅镇', 22, 2], ['良光镇', 19, 1], ['笪桥镇', 18, 1], ['丽岗镇', 20, 1], ['新安镇', 17, 1],
    ['官桥镇', 16, 1], ['林尘镇', 21, 2], ['合江镇', 18, 1], ['那务镇', 14, 1], ['播扬镇', 15, 1],
    ['宝圩镇', 16, 1], ['平定镇', 19, 2], ['文楼镇', 17, 1], ['江湖镇', 16, 1], ['中垌镇', 18, 1],
    ['同庆镇', 17, 1], ['长岐镇', 20, 2], ['兰山镇', 15, 1],
  ];
  const townBases = new Set(towns.map((t) => t[0].slice(0, 2)));
  const c1 = '那垌岭坡塘陂石山水平良大小上下东西南北新长高龙凤鹤文宝合官杨梅兰林中同庆油竹榕樟荔禾谷田湾江河沙黄白红青金丰安和福寿利兴旺横岗仑洋潭茂化鉴罗';
  const c2 = '山岭垌塘坡头尾口角背面湾园寮屋埠坑田坝桥洞岗岸港冲窝根边堂楼铺圩美安和平兴丰福西东南北中龙凤';
  const used = new Set();
  const base = () => {
    for (;;) {
      const b = pick(c1) + pick(c2);
      if (b[0] === b[1] || used.has(b) || townBases.has(b)) continue;
      used.add(b);
      return b;
    }
  };
  const villages = []; // {town, base, admin, written}
  let vi = 0;
  for (const [town, nv, nj] of towns) {
    for (let i = 0; i < nv; i++) {
      const b = base();
      vi++;
      const written = vi % 9 === 0 ? b + '村民委员会' : b + '村委会';
      villages.push({ town, base: b, admin: true, written, poor: false });
    }
    for (let i = 0; i < nj; i++) {
      const b = base();
      const kind = town.endsWith('街道') ? (i % 2 === 0 ? '社区' : '居委会') : '居委会';
      const written = kind === '社区' ? (i % 4 === 0 ? b + '社区居委会' : b + '社区') : b + '居委会';
      villages.push({ town, base: b, admin: false, kind, written, poor: null });
    }
  }
  const adminV = villages.filter((v) => v.admin);
  const juV = villages.filter((v) => !v.admin);
  assert(adminV.length === 368 && juV.length === 41, 'village counts');
  // poor villages: 40, in towns (not streets)
  const ruralAdmin = adminV.filter((v) => !v.town.endsWith('街道'));
  const poorIdx = new Set();
  while (poorIdx.size < 40) poorIdx.add(Math.floor(rnd() * ruralAdmin.length));
  const poorList = [...poorIdx].sort((a, b) => a - b).map((i) => ruralAdmin[i]);
  poorList.forEach((v) => (v.poor = true));
  // keep village order of the list for poor sheet
  const poorOrdered = adminV.filter((v) => v.poor);

  // ---------------- stations: 139 admin villages covered by cut-off (37 poor + 102 others)
  const poorCovered = poorOrdered.slice(0, 37);
  const poorUncovered = poorOrdered.slice(37); // 3
  const nonPoorAdmin = adminV.filter((v) => !v.poor);
  // choose 102 non-poor villages deterministically
  const npIdx = new Set();
  while (npIdx.size < 102) npIdx.add(Math.floor(rnd() * nonPoorAdmin.length));
  const npCovered = [...npIdx].map((i) => nonPoorAdmin[i]);
  const coveredSet = new Set([...poorCovered, ...npCovered]);
  assert(coveredSet.size === 139, 'covered 139');
  // station rows in village-list order
  const stationVillages = adminV.filter((v) => coveredSet.has(v));
  const dupVillages = [stationVillages[20], stationVillages[88]]; // a second station each
  const lateVillage = poorUncovered[1];
  const commStation = juV.find((v) => v.town === '河西街道' && v.kind === '社区');
  const stationRows = [];
  // date pool between 2020-05-06 and 2021-08-27
  const start = Date.UTC(2020, 4, 6);
  const end = Date.UTC(2021, 7, 27);
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  function fmtDate(isoD, k) {
    const [y, m, d] = isoD.split('-').map(Number);
    switch (k % 6) {
      case 0: return [D(isoD), isoD];
      case 1: return [`${y}.${m}.${d}`, isoD];
      case 2: return [`${y}年${m}月${d}日`, isoD];
      case 3: return [`${String(y).slice(2)}.${m}.${d}`, isoD];
      case 4: return [`${y}/${m}/${d}`, isoD];
      default: return [`${y}年${m}月`, `${y}-${pad(m, 2)}`];
    }
  }
  const keepers = '陈李黄梁林张王吴杨刘何罗钟邓冯谢莫庞柯苏袁叶曾赖彭朱许潘周';
  let k = 0;
  for (const v of stationVillages) {
    const t = start + Math.floor(rnd() * (end - start));
    const isoD = iso(Math.floor(t / 86400000) * 86400000);
    const [cell, expD] = fmtDate(isoD, k++);
    const villageCell = k % 5 === 0 ? v.base + '村委会' : v.base + '村';
    const typ = pick(['村级电商服务站', '益农信息社', '邮乐购站点', '电商服务站']);
    const site = typ === '邮乐购站点' ? `化州邮政${v.base}村邮乐购站点` : typ === '益农信息社' ? `${v.base}村益农信息社` : `${v.base}村电商服务站`;
    stationRows.push({ town: v.town, vill: villageCell, site, typ, keeper: pick(keepers) + '××', cell, expD, v, note: null });
    if (dupVillages.includes(v)) {
      const dd = ri(2, 28);
      stationRows.push({ town: v.town, vill: v.base + '村', site: `${v.base}圩电商服务点（第二站点）`, typ: '电商服务站', keeper: pick(keepers) + '××', cell: `2021.6.${dd}`, expD: '2021-06-' + pad(dd, 2), v, note: '同村第二个站点' });
    }
  }
  stationRows.push({ town: commStation.town, vill: commStation.written, site: `${commStation.base}社区电商服务点`, typ: '电商服务站', keeper: '吴××', cell: '2021年4月16日', expD: '2021-04-16', v: commStation, note: '社区站点' });
  stationRows.push({ town: lateVillage.town, vill: lateVillage.base + '村', site: `${lateVillage.base}村电商服务站`, typ: '村级电商服务站', keeper: '邓××', cell: '2021.9.8', expD: '2021-09-08', v: lateVillage, note: '9月挂牌' });
  assert(stationRows.length === 143, 'station rows ' + stationRows.length);

  // ---------------- poor roster: 130 persons (80 eligible, 30 migrants, 20 no labour)
  const sur = '陈李黄梁林张王吴杨刘何罗钟邓冯谢莫庞柯苏袁叶曾赖彭朱许潘周';
  const givM = ['国强', '志明', '德华', '建国', '永福', '文光', '伟东', '家宝', '水生', '振华', '成就', '石养', '亚四', '锦标', '荣生', '卫平', '天佑', '耀辉', '日新', '光明', '汉成', '金水'];
  const givF = ['亚妹', '秀英', '桂芳', '金凤', '美玲', '少珍', '海燕', '丽娟', '春花', '二妹', '玉兰', '爱群', '小红', '木兰', '带娣', '月娥', '妹仔', '碧霞', '秀珍', '亚娇', '春梅', '彩霞'];
  const usedNames = new Set();
  const person = (male, surname) => {
    for (;;) {
      const n = (surname || pick(sur)) + pick(male ? givM : givF);
      if (!usedNames.has(n)) { usedNames.add(n); return n; }
    }
  };
  const md = () => `${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}`;
  const roster = [];
  const adultsQ = [];
  for (let i = 0; i < 80; i++) adultsQ.push('E');
  for (let i = 0; i < 30; i++) adultsQ.push('M');
  for (let i = adultsQ.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [adultsQ[i], adultsQ[j]] = [adultsQ[j], adultsQ[i]];
  }
  let nLeft = 20;
  const rosterVillages = poorOrdered.slice(0, 12);
  const usedIds = new Set();
  const households = [];
  while (adultsQ.length) {
    const hh = [];
    const headYear = ri(1960, 1980);
    hh.push({ cat: adultsQ.shift(), male: rnd() < 0.8, year: headYear, rel: '户主' });
    const extras = ri(1, 3);
    let spouse = false;
    for (let e = 0; e < extras; e++) {
      const takeN = nLeft > 0 && (adultsQ.length === 0 || rnd() < nLeft / (nLeft + adultsQ.length));
      if (takeN) {
        nLeft--;
        if (rnd() < 0.5) {
          const male = rnd() < 0.5;
          hh.push({ cat: 'N', male, year: ri(1936, Math.min(1952, headYear - 22)), rel: male ? '之父' : '之母' });
        } else {
          const male = rnd() < 0.5;
          hh.push({ cat: 'N', male, year: ri(2008, 2014), rel: headYear >= 1975 ? (male ? '之子' : '之女') : male ? '孙子' : '孙女' });
        }
      } else if (adultsQ.length) {
        if (!spouse) {
          spouse = true;
          hh.push({ cat: adultsQ.shift(), male: !hh[0].male, year: headYear + ri(-4, 3), rel: '配偶' });
        } else {
          const male = rnd() < 0.5;
          hh.push({ cat: adultsQ.shift(), male, year: Math.min(2001, headYear + ri(20, 28)), rel: male ? '之子' : '之女' });
        }
      }
    }
    households.push(hh);
  }
  // any no-labour persons left: elders in the last households
  for (let i = 0; nLeft > 0; i++, nLeft--) {
    const hh = households[households.length - 1 - i];
    const male = i % 2 === 0;
    hh.push({ cat: 'N', male, year: ri(1936, Math.min(1952, hh[0].year - 22)), rel: male ? '之父' : '之母' });
  }
  households.forEach((hh, hi) => {
    const v = rosterVillages[hi % rosterVillages.length];
    const hhNo = `HZ${pad(hi + 1, 4)}`;
    let headName = null;
    for (const m of hh) {
      const kin = hh[0].male && /之子|之女|孙子|孙女|之父/.test(m.rel);
      const name = person(m.male, kin ? headName[0] : null);
      if (m.rel === '户主') headName = name;
      const b = `${m.year}${md()}`;
      let id;
      do {
        id = makeIdWith(REG, b, m.male, false, ri(1, 998));
      } while (usedIds.has(id));
      usedIds.add(id);
      let lab, work;
      if (m.cat === 'E') { lab = pick(['普通劳动力', '普通劳动力', '技能劳动力']); work = pick(['未外出务工', '在家务农', '未外出务工']); }
      else if (m.cat === 'M') { lab = pick(['普通劳动力', '技能劳动力']); work = pick(['省外务工', '县外省内务工', '省外务工']); }
      else { lab = m.year >= 2008 ? '无劳动力' : pick(['无劳动力', '丧失劳动力']); work = null; }
      roster.push({ town: v.town, village: v.base + '村委会', hh: hhNo, head: headName, name, rel: m.rel, id, male: m.male, birth: b, cat: m.cat, lab, work });
    }
  });
  assert(roster.length === 130, 'roster size');
  // two eligible persons with an X check digit (shown lower-case in the sign-in)
  const eligible = roster.filter((p) => p.cat === 'E');
  for (const p of [eligible[5], eligible[33]]) {
    usedIds.delete(p.id);
    p.id = makeIdWith(REG, p.birth, p.male, true, 101);
    assert(!usedIds.has(p.id), 'dup X id');
    usedIds.add(p.id);
  }
  const xPersons = [eligible[5], eligible[33]];
  const migrants = roster.filter((p) => p.cat === 'M');
  const nolab = roster.filter((p) => p.cat === 'N');
  // trained eligible: 40 (incl. both X persons); 3 more eligible trained only in Sept
  const trainedE = eligible.filter((p, i) => i % 2 === 1).slice(0, 40);
  if (!trainedE.includes(xPersons[0])) trainedE[0] = xPersons[0];
  assert(trainedE.includes(xPersons[0]) && trainedE.includes(xPersons[1]), 'x persons trained');
  assert(new Set(trainedE).size === 40, 'trained 40');
  const lateE = eligible.filter((p) => !trainedE.includes(p)).slice(0, 3);
  const cadres = [];
  for (let i = 0; i < 12; i++) {
    const b = `${ri(1968, 1990)}${md()}`;
    const male = i % 3 !== 0;
    cadres.push({ name: person(male), id: makeIdWith(REG, b, male, false, ri(1, 998)), village: pick(poorOrdered).base + '村', cat: 'C' });
  }
  // sessions S1..S4 by cut-off: 72 rows = 40 first + 16 repeats + 6 migrants + 2 no-labour + 8 cadres
  const signRows = [[], [], [], [], []];
  trainedE.forEach((p, i) => signRows[i % 4].push(p));
  for (let i = 0; i < 16; i++) signRows[(i + 1) % 4].push(trainedE[(i * 7) % 40]);
  migrants.slice(0, 6).forEach((p, i) => signRows[i % 4].push(p));
  nolab.slice(0, 2).forEach((p, i) => signRows[i + 1].push(p));
  cadres.slice(0, 8).forEach((p, i) => signRows[i % 4].push(p));
  // Sept session: 3 late eligible + 5 repeats + 4 cadres
  signRows[4].push(...lateE, ...trainedE.slice(10, 15), ...cadres.slice(8, 12));
  // no person twice in one session
  for (const s of signRows) assert(new Set(s).size === s.length, 'dup in session');
  const signByCut = signRows.slice(0, 4).reduce((a, s) => a + s.length, 0);
  assert(signByCut === 72 && signRows[4].length === 12, 'sign rows ' + signByCut);

  // ---------------- training sessions (general): 42 by cut-off = 4,960 + one in Sept
  const sessTitles = ['农村电商普及培训班', '电商直播带货培训', '网店运营实操培训', '农产品品牌营销培训', '电商创业（增值）培训', '化橘红网销专题培训', '短视频拍摄剪辑培训', '电商客服培训'];
  const sessTowns = towns.map((t) => t[0]);
  const sessions = [];
  const sStart = Date.UTC(2020, 8, 2);
  const sEnd = Date.UTC(2021, 7, 26);
  const n = 42;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const t = sStart + Math.floor(((sEnd - sStart) * (i + rnd() * 0.8)) / n);
    const isoD = iso(Math.floor(t / 86400000) * 86400000);
    let pt = ri(80, 150);
    sessions.push({ isoD, pt, title: pick(sessTitles), town: pick(sessTowns) });
    total += pt;
  }
  // adjust to 4,960 exactly
  let diff = 4960 - total;
  for (let i = 0; diff !== 0; i = (i + 1) % n) {
    const step = Math.max(-20, Math.min(20, diff));
    const np = sessions[i].pt + step;
    if (np < 60 || np > 180) continue;
    sessions[i].pt = np;
    diff -= step;
  }
  assert(sessions.reduce((a, s) => a + s.pt, 0) === 4960, 'sessions 4960');

  // ---------------- enterprises
  const entNames = [
    ['化州市橘乡电子商务有限公司', '销售型电商企业'], ['广东化橘红网络科技有限公司', '平台型电商企业'], ['化州市鉴江优品贸易有限公司', '销售型电商企业'],
    ['茂名市南药电商运营服务有限公司', '电商运营服务商'], ['化州市中通快递有限公司', '物流快递企业'], ['化州市韵达速递服务部', '物流快递企业'],
    ['化州市香芋哥农业发展有限公司', '销售型电商企业'], ['化州市快农帮网络科技有限公司', '平台型电商企业'], ['化州市北岸文化传媒有限公司', '电商运营服务商'],
    ['化州市橘红堂药业销售有限公司', '销售型电商企业'], ['化州市邮政电商服务中心', '物流快递企业'], ['化州市佳禾农产品供应链有限公司', '销售型电商企业'],
    ['广东鉴江直播科技有限公司', '电商运营服务商'], ['化州市绿源生态农业有限公司', '销售型电商企业'], ['化州市极兔速递服务站', '物流快递企业'],
    ['化州市乡味优选电子商务有限公司', '销售型电商企业'], ['化州市云橘网络科技有限公司', '平台型电商企业'], ['化州市千里香食品有限公司', '销售型电商企业'],
    ['茂名市聚农电子商务有限公司', '电商运营服务商'], ['化州市南盛包装设计工作室', '电商运营服务商'],
    ['化州市宝圩山货电子商务有限公司', '销售型电商企业'], ['化州市百果园网络科技有限公司', '销售型电商企业'], ['化州市新农人直播基地有限公司', '电商运营服务商'],
  ];
  const ccode = (i) => {
    const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    let s = '91440982';
    let x = 7 + i * 131;
    for (let j = 0; j < 10; j++) { s += chars[(x * (j + 3) + j * 7) % 31]; x = (x * 17 + 5) % 997; }
    return s;
  };
  // rows: 0..19 present (20 unique), dup row of #3 after row 12, #20,#21 left, #22 entered after cut-off
  const entRows = [];
  const entDates = ['2020.6.18', D('2020-06-18'), '2020年6月', '2020/7/1', '2020.7.15', D('2020-08-03'), '2020年8月20日', '2020.9.1', '2020/9/16', '2020年10月',
    '2020.10.28', D('2020-11-12'), '2020.12.1', '2020年12月18日', '2021.1.6', '2021/3/2', D('2021-03-25'), '2021.4.20', '2021年5月', '2021.6.8'];
  const entIso = ['2020-06-18', '2020-06-18', '2020-06', '2020-07-01', '2020-07-15', '2020-08-03', '2020-08-20', '2020-09-01', '2020-09-16', '2020-10',
    '2020-10-28', '2020-11-12', '2020-12-01', '2020-12-18', '2021-01-06', '2021-03-02', '2021-03-25', '2021-04-20', '2021-05', '2021-06-08'];
  const entRecords = [];
  for (let i = 0; i < 20; i++) {
    entRows.push([entNames[i][0], ccode(i), entNames[i][1], entDates[i], null, null]);
    entRecords.push({ name: entNames[i][0], entered: entIso[i], left: null });
    if (i === 12) {
      entRows.push([entNames[3][0], ccode(3), entNames[3][1], '2021.6.18', null, '原协议到期续签，同一企业']);
      entRecords.push({ name: entNames[3][0], entered: '2021-06-18', left: null });
    }
  }
  entRows.splice(6, 0, [entNames[20][0], ccode(20), entNames[20][1], '2020.7.8', '2021.3.31', '已退出']);
  entRecords.splice(6, 0, { name: entNames[20][0], entered: '2020-07-08', left: '2021-03-31' });
  entRows.splice(11, 0, [entNames[21][0], ccode(21), entNames[21][1], '2020年9月', '2021年6月', '已退出']);
  entRecords.splice(11, 0, { name: entNames[21][0], entered: '2020-09', left: '2021-06' });
  entRows.push([entNames[22][0], ccode(22), entNames[22][1], '2021.9.3', null, '9月新入驻']);
  entRecords.push({ name: entNames[22][0], entered: '2021-09-03', left: null });
  assert(entRows.length === 24, 'ent rows');
  // present at cut-off, unique by code
  const present = new Set();
  entRows.forEach((r) => {
    const enteredIso = entRecords[entRows.indexOf(r)].entered;
    const left = entRecords[entRows.indexOf(r)].left;
    if (enteredIso <= '2021-08-31' && (left === null || left > '2021-08-31')) present.add(r[1]);
  });
  assert(present.size === 20, 'present ' + present.size);
  const kinds = new Set(entRows.map((r) => r[2]));
  assert(kinds.size >= 3, 'kinds');

  // ---------------- funds
  const funds = [
    ['一、县级电商公共服务中心建设及运营', [
      ['2020.6.12', '2020-06-12', '化州市橘乡电子商务有限公司', '中心建设首期款', 600000, '记-06-018'],
      [D('2020-12-28'), '2020-12-28', '化州市橘乡电子商务有限公司', '中心建设二期款', 360000, '记-12-041'],
      ['2021年6月30日', '2021-06-30', '化州市橘乡电子商务有限公司', '中心运营费', 240000, '记-06-052'],
    ]],
    ['二、村级电商服务站点建设', [
      ['2020/9/25', '2020-09-25', '中国邮政集团有限公司化州市分公司', '站点建设预付款', 450000, '记-09-033'],
      ['2021.1.20', '2021-01-20', '中国邮政集团有限公司化州市分公司', '站点建设进度款', 380000, '记-01-012'],
      ['20210518', '2021-05-18', '中国邮政集团有限公司化州市分公司', '站点建设进度款', 322000, '记-05-027'],
    ]],
    ['三、县乡村三级物流体系建设', [
      ['2020年10月16日', '2020-10-16', '化州市鉴江物流有限公司', '物流分拣中心设备款', 500000, '记-10-019'],
      ['2021/4/22', '2021-04-22', '化州市鉴江物流有限公司', '配送车辆及系统款', 286400, '记-04-030'],
    ]],
    ['四、电商人才培训', [
      [D('2020-11-30'), '2020-11-30', '茂名市南药电商运营服务有限公司', '培训服务首期款', 180000, '记-11-044'],
      ['2021.3.26', '2021-03-26', '茂名市南药电商运营服务有限公司', '培训服务二期款', 160000, '记-03-039'],
      ['2021.7.15', '2021-07-15', '茂名市南药电商运营服务有限公司', '培训服务三期款', 148000, '记-07-021'],
    ]],
    ['五、农产品上行及品牌建设', [
      ['2021.2.8', '2021-02-08', '广东鉴江直播科技有限公司', '品牌推广首期款', 150000, '记-02-006'],
      ['2021年8月20日', '2021-08-20', '广东鉴江直播科技有限公司', '促销活动费', 150000, '记-08-035'],
      ['2021.9.15', '2021-09-15', '广东鉴江直播科技有限公司', '品牌推广尾款', 300000, '记-09-017'],
    ]],
  ];
  const paidByCut = funds.flatMap((g) => g[1]).filter((p) => p[1] <= '2021-08-31').reduce((a, p) => a + p[4], 0);
  const paidAll = funds.flatMap((g) => g[1]).reduce((a, p) => a + p[4], 0);
  assert(paidByCut === 3926400 && paidAll === 4226400, 'funds ' + paidByCut);

  // ---------------- reports
  const reports = [
    ['2020.9.7', '2020-09-07', '8月工作进展及电商统计数据', '是'],
    [D('2020-10-12'), '2020-10-12', '9月工作进展及电商统计数据', '是'],
    ['2020年11月6日', '2020-11-06', '10月工作进展及电商统计数据', '是'],
    ['2020/12/7', '2020-12-07', '11月工作进展及电商统计数据', '是'],
    ['2021.1.8', '2021-01-08', '12月工作进展及全年总结', '是'],
    ['2021.2.5', '2021-02-05', '1月工作进展', '否'],
    [D('2021-03-05'), '2021-03-05', '2月工作进展及电商统计数据', '是'],
    ['2021年4月7日', '2021-04-07', '3月工作进展及电商统计数据', '是'],
    ['2021/5/10', '2021-05-10', '4月工作进展及电商统计数据', '是'],
    ['2021.6.7', '2021-06-07', '5月工作进展及电商统计数据', '是'],
    ['2021.7.6', '2021-07-06', '6月工作进展及电商统计数据', '是'],
    [D('2021-08-06'), '2021-08-06', '7月工作进展及电商统计数据', '是'],
    ['2021.9.6', '2021-09-06', '8月工作进展及电商统计数据', '是'],
  ];
  const repMonths = new Set(reports.map((r) => r[1].slice(0, 7)).filter((m) => m >= '2020-09' && m <= '2021-08'));
  assert(repMonths.size === 12, 'report months');

  // ---------------- disclosures
  const discl = [
    ['2020.6.28', '2020-06-28', '化州市电子商务进农村综合示范县工作方案', '创建方案'],
    ['2020.9.15', '2020-09-15', '示范项目承办单位及项目基本信息', '项目信息'],
    [D('2020-10-20'), '2020-10-20', '2020年9月项目建设进度', '建设进度'],
    ['2020年12月10日', '2020-12-10', '2020年10—11月项目建设进度', '建设进度'],
    ['2021/1/18', '2021-01-18', '2020年12月项目建设进度', '建设进度'],
    ['2021.3.12', '2021-03-12', '2021年1—2月项目建设进度', '建设进度'],
    ['2021.4.16', '2021-04-16', '关于公布电商项目监督举报方式的公告', '监督举报'],
    ['2021年6月9日', '2021-06-09', '2021年3—5月项目建设进度', '建设进度'],
    [D('2021-07-14'), '2021-07-14', '2021年6月项目建设进度', '建设进度'],
    ['2021.8.11', '2021-08-11', '2021年7月项目建设进度', '建设进度'],
    ['2021.9.10', '2021-09-10', '2021年8月项目建设进度', '建设进度'],
  ];
  const discMonths = new Set(discl.map((r) => r[1].slice(0, 7)).filter((m) => m >= '2020-09' && m <= '2021-08'));
  assert(discMonths.size === 9, 'disclosure months ' + discMonths.size);

  // ================= build sheets =================
  const sheets = [];
  // ---- 目录
  sheets.push({
    name: '目录',
    rows: [
      ['化州市2019年省级电子商务进农村综合示范创建考评资料目录', null],
      ['表名', '内容'],
      ['自评情况', '考评自评情况表（基本情况及分项自评）'],
      ['附1', '村（居）民委员会名单'],
      ['附2', '省定贫困村名单'],
      ['附3', '村级电子商务服务站点台账'],
      ['附4', '电子商务普及培训登记表（按期次）'],
      ['附5', '电商扶贫专场培训签到汇总表'],
      ['附6', '建档立卡贫困人口劳动力台账'],
      ['附7', '电商产业园入驻企业名单'],
      ['附8', '省级专项资金拨付台账'],
      ['附9', '向茂名市商务局报送工作情况登记'],
      ['附10', '政府网站专栏更新记录'],
      ['附11', '宣传报道登记'],
      ['附12', '经验材料报送登记'],
    ],
    merges: ['A1:B1'],
  });

  // ---- 自评情况 (captions carry max and self-score per indicator)
  const F = (a, b, c) => [a, b === undefined ? null : b, c === undefined ? null : c];
  const fr = [];
  const fm = [];
  const cap = (t) => { fr.push(F(t)); fm.push(`A${fr.length}:C${fr.length}`); };
  cap('化州市2019年省级电子商务进农村综合示范创建考评自评情况表');
  fr.push(F('填报单位：化州市商务局（电子商务股）', null, '考评数据截止：2021年8月31日'));
  cap('说明：按考评指标体系分项填写，每项标题行【】内为该项满分和我市自评分；佐证材料编号对应“附1—附12”。');
  fr.push(F(null));
  cap('一、加强组织领导与统筹协调');
  cap('1. 组织领导【满分2分｜自评2分】');
  fr.push(F('内容', '我市情况', '佐证材料'));
  fr.push(F('领导小组组长', '市委副书记、市长 李××', '化府办函〔2019〕88号'));
  fr.push(F('副组长', '分管副市长 黄××；市商务局局长 陈××', null));
  fr.push(F('成员单位', '市商务局、市财政局、市农业农村局、市乡村振兴局（原市扶贫办）、市交通运输局、市市场监管局、化州邮政分公司', null));
  cap('2. 方案制定【满分2分｜自评2分】');
  fr.push(F('示范县工作方案', '已正式印发（化府办〔2019〕56号）', '附件1-2'));
  cap('3. 政策支持【满分2分｜自评2分】');
  fr.push(F('支持农村电商发展政策', '已出台《化州市促进农村电子商务发展扶持办法（试行）》', '附件1-3'));
  cap('4. 项目管理【满分4分｜自评4分：管理制度2分、工作台账2分】');
  fr.push(F('项目管理制度', '已制定，建设、验收环节按制度执行', '自评2分'));
  fr.push(F('工作台账', '已建立（附1—附12）', '自评2分'));
  fr.push(F(null));
  cap('二、深入推动电子商务进农村工作');
  cap('5. 服务体系建设【满分25分｜自评24分（县级中心及产业园14分，村级站点覆盖10分）】');
  fr.push(F('内容', '我市情况', '佐证材料'));
  fr.push(F('县级电商公共服务中心投入运营时间', D('2020-06-18'), '运营方：化州市橘乡电子商务有限公司'));
  fr.push(F('免费培训场所、培训设备，能组织电商基础培训', '有（培训室2间，120座）', null));
  fr.push(F('为特色农产品提供免费展示、销售', '有（展厅300㎡，化橘红、化州香芋等）', null));
  fr.push(F('为电商主体提供免费摄影、美工', '否（摄影、美工按成本价收费）', null));
  fr.push(F('农产品统一推广、品牌建设指导', '有', '“化州橘红”区域公用品牌'));
  fr.push(F('其他衍生增值服务', '有（代运营、物流对接、小额信贷对接）', null));
  fr.push(F('电商产业园', '已建（化州市电子商务产业园）', '附7'));
  fr.push(F('园区入驻企业', '21家', '附7'));
  fr.push(F('行政村数', '368个（另有居委会、社区41个）', '附1'));
  fr.push(F('省定贫困村', '40个', '附2'));
  fr.push(F('已建站点的行政村', '145个，覆盖率72.5%（以200个为基数）', '附3'));
  fr.push(F('已建站点的省定贫困村', '40个，全覆盖', '附3'));
  cap('6. 农村产品上行【满分10分｜自评9分】');
  fr.push(F('网销调研并形成针对性建议', '已完成《化州市农产品网络销售情况调研报告》', '自评2分'));
  fr.push(F('网络促销活动', '举办“化橘红网购节”等促销活动6场', '自评2分'));
  fr.push(F('专业第三方电商运营服务商', '有（茂名市南药电商运营服务有限公司）', null));
  fr.push(F('行政村物流快递覆盖率', '100%', '市邮政管理局证明'));
  fr.push(F('农产品电商交易标准、冷链及溯源', '出台化橘红电商交易标准，溯源系统在建', '自评1分'));
  fr.push(F('农村网络零售额', '2019年28.62亿元；2020年35.21亿元；同比增长23.0%', '省商务厅数据'));
  fr.push(F('农产品网络零售额', '2019年6.42亿元；2020年8.51亿元；同比增长32.6%', '省商务厅数据'));
  cap('7. 电商人才培训【满分20分｜自评20分】');
  fr.push(F('常住人口', '119.83万人（第七次全国人口普查）', null));
  fr.push(F('累计培训人次', '5,032人次（普及培训4,960人次＋贫困户专场72人次）', '附4、附5'));
  fr.push(F('有劳动能力的建档立卡贫困人口（不含外出务工）', '80人', '附6'));
  fr.push(F('参加培训的建档立卡贫困人口', '40人，培训率50%', '附5'));
  fr.push(F(null));
  cap('三、加强信息公开及报送');
  cap('8. 信息公开【满分4分｜自评4分】');
  fr.push(F('政府网站专栏', '已在市政府门户网站设立“电子商务进农村综合示范”专栏', null));
  fr.push(F('专栏公示内容', '创建方案√　项目基本信息√　项目建设进度√　监督举报窗口√', null));
  fr.push(F('专栏更新', '按月更新', '附10'));
  cap('9. 数据上报【满分6分｜自评6分】');
  fr.push(F('每月向茂名市商务局报送', '是', '附9'));
  fr.push(F('电商扶贫情况统计', '能（随月报统计）', null));
  fr.push(F(null));
  cap('四、加强宣传推广');
  cap('10. 案例总结【满分2分｜自评2分】');
  fr.push(F('经验材料', '已向茂名市商务局报送2篇', '附12'));
  cap('11. 经验推广【满分8分｜自评8分】');
  fr.push(F('媒体报道', '省、市、县级媒体均有报道', '附11'));
  fr.push(F(null));
  cap('五、加强财政资金管理');
  cap('12. 制度建立【满分5分｜自评5分】');
  fr.push(F('资金管理制度', '已制定《化州市电子商务进农村综合示范专项资金管理办法》', null));
  cap('13. 资金台账【满分5分｜自评4分】');
  fr.push(F('资金专用台账', '已建立', '附8'));
  cap('14. 资金支出【满分5分｜自评5分】');
  fr.push(F('下达省级专项资金', '500万元', '粤财工〔2019〕xx号'));
  fr.push(F('累计拨付', '392.64万元（拨付率78.5%）', '附8'));
  fr.push(F('项目总体进度', '85%', null));
  fr.push(F(null));
  cap('六、加分项【自评1分】');
  fr.push(F('建档立卡贫困人口培训率70%及以上', '未达到（50%）', '自评0分'));
  fr.push(F('电商扶贫典型案例获国家级/省级电视媒体播报', '省级：广东广播电视台《广东新闻联播》2021年5月播出', '自评1分'));
  cap('七、一票否决项');
  fr.push(F('发生安全生产、质量事故，或造成重大经济损失和社会不良影响', '无', null));
  fr.push(F('项目建设进度严重滞后，总体进度不足40%', '否', null));
  fr.push(F('弄虚作假', '无', null));
  fr.push(F(null));
  cap('自评合计：97分；加分项1分；总计98分。');
  fr.push(F('填报人：梁××', '审核人：陈××', '填报日期：2021年9月6日'));
  sheets.push({ name: '自评情况', rows: fr, merges: fm });

  // ---- 附1 villages
  const vw = 7;
  const vr = [
    row(vw, ['附1　化州市村（居）民委员会名单']),
    row(vw, ['来源：市民政局2021年6月行政区划统计　　　　　　　　共计：村委会368个，居（社区）委会41个']),
    ['序号', '镇（街道）', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注'],
  ];
  const vm = ['A1:G1', 'A2:G2'];
  let seq = 0;
  for (const [town] of towns) {
    const list = villages.filter((v) => v.town === town);
    const first = vr.length + 1;
    list.forEach((v, i) => {
      seq++;
      const kindCell = v.admin ? '村委会' : v.kind;
      const poorCell = v.admin ? (v.poor ? '是' : '否') : null;
      const expCell = v.admin ? (seq % 11 === 0 ? '已通（邮政）' : '已通') : null;
      vr.push([seq, i === 0 ? town : null, v.written, kindCell, poorCell, expCell, v.admin && v.poor ? '省定贫困村（已出列）' : null]);
    });
    vm.push(`B${first}:B${vr.length}`);
  }
  vr.push(row(vw, ['合计', null, '409个', '村委会368个', '40个', null, null]));
  vr.push(row(vw, ['注：“快递进村”以市邮政管理局2021年7月核查为准；居委会、社区不填。']));
  vm.push(`A${vr.length}:G${vr.length}`);
  sheets.push({ name: '附1 村居名单', rows: vr, merges: vm });

  // ---- 附2 poor villages
  const pr = [
    ['附2　化州市省定贫困村名单', null, null, null, null],
    ['序号', '镇', '村委会', '帮扶单位', '出列年度'],
  ];
  const helpers = ['茂名市财政局', '茂名市自然资源局', '茂名市商务局', '化州市人民法院', '中国农业银行茂名分行', '茂名市交通运输局', '化州市供电局', '茂名市卫生健康局'];
  poorOrdered.forEach((v, i) => pr.push([i + 1, v.town, i % 6 === 5 ? v.base + '村' : v.base + '村委会', helpers[i % helpers.length], i % 3 === 0 ? '2019年' : '2020年']));
  pr.push(['注：共40个，均已于2020年底前出列。', null, null, null, null]);
  sheets.push({ name: '附2 贫困村', rows: pr, merges: ['A1:E1', `A${pr.length}:E${pr.length}`] });

  // ---- 附3 stations
  const sr = [
    row(9, ['附3　化州市村级电子商务服务站点台账']),
    row(9, ['填报单位：化州市商务局　　　　　　　　　　　　　　　　　　更新时间：2021年9月10日']),
    ['序号', '镇（街道）', '村（社区）', '站点名称', '站点类型', '负责人', '联系电话', '挂牌时间', '备注'],
  ];
  stationRows.forEach((s, i) => sr.push([i + 1, s.town, s.vill, s.site, s.typ, s.keeper, '13' + pad((i * 7919 + 1234567) % 1000000000, 9), s.cell, s.note]));
  sr.push(row(9, ['合计：143个站点（含社区服务点1个、9月新挂牌1个）']));
  sheets.push({ name: '附3 站点', rows: sr, merges: ['A1:I1', 'A2:I2', `A${sr.length}:I${sr.length}`] });

  // ---- 附4 training sessions
  const tw = 9;
  const tr = [
    row(tw, ['附4　化州市电子商务普及培训登记表（按期次）']),
    row(tw, ['说明：本表登记普及性、增值性培训；贫困户专场培训另见附5签到表，不在本表重复统计。']),
    ['期次', '培训班名称', '培训时间', '培训地点', '类型', '参训人次', '其中：贫困人口', '授课老师', '佐证'],
  ];
  const fmtS = (isoD, i) => {
    const [y, m, d] = isoD.split('-').map(Number);
    switch (i % 5) {
      case 0: return `${y}.${m}.${d}`;
      case 1: return D(isoD);
      case 2: return `${y}年${m}月${d}日`;
      case 3: return `${y}/${m}/${d}`;
      default: return `${y}年${m}月${d}日`;
    }
  };
  sessions.forEach((s, i) => {
    const ptCell = i % 7 === 3 ? `${s.pt}人次` : s.pt;
    tr.push([`第${i + 1}期`, `${s.town}${s.title}`, fmtS(s.isoD, i), `${s.town}${i % 3 === 0 ? '政府会议室' : '文化站'}`, i % 4 === 1 ? '增值' : '普及', ptCell, ri(3, 15), pick(['陈老师', '梁老师', '黄老师', '林老师']), `签到表P${i + 1}`]);
  });
  tr.push(['第43期', '秋季农村电商普及培训班', '2021年9月9日', '林尘镇文化站', '普及', 120, 10, '陈老师', '签到表P43']);
  tr.push(row(tw, ['合计', null, null, null, null, 5080, null, null, null]));
  tr.push(row(tw, ['注：截至2021年8月31日共42期4,960人次；第43期为9月培训。']));
  sheets.push({ name: '附4 培训登记', rows: tr, merges: ['A1:I1', 'A2:I2', `A${tr.length}:I${tr.length}`] });

  // ---- 附5 poor special session sign-ins
  const sDates = [['2020.11.26', '2020-11-26'], [D('2021-01-14'), '2021-01-14'], ['2021年3月18日', '2021-03-18'], ['2021/6/10', '2021-06-10'], ['2021.9.15', '2021-09-15']];
  const gr = [
    row(8, ['附5　化州市电商扶贫（贫困户）专场培训签到汇总表']),
    ['期次', '培训日期', '序号', '姓名', '身份证号码', '所在村', '类别', '签名'],
  ];
  const gm = ['A1:H1'];
  signRows.forEach((list, si) => {
    const first = gr.length + 1;
    list.forEach((p, i) => {
      let shownId = p.id;
      if (xPersons.includes(p)) shownId = p.id.slice(0, 17) + 'x';
      const vill = p.cat === 'C' ? p.village : p.village.replace('村委会', '村');
      gr.push([i === 0 ? `专场第${si + 1}期` : null, i === 0 ? sDates[si][0] : null, i + 1, p.name, shownId, vill, p.cat === 'C' ? '村干部' : '贫困户', '已签']);
    });
    gm.push(`A${first}:A${gr.length}`, `B${first}:B${gr.length}`);
  });
  gr.push(row(8, ['注：截至2021年8月31日专场4期72人次；专场第5期为9月举办。']));
  gm.push(`A${gr.length}:H${gr.length}`);
  sheets.push({ name: '附5 贫困户签到', rows: gr, merges: gm });

  // ---- 附6 poor roster
  const rr = [
    row(10, ['附6　化州市建档立卡贫困人口劳动力台账（市乡村振兴局提供）']),
    ['序号', '镇', '村', '户编号', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工状态'],
  ];
  roster.forEach((p, i) => rr.push([i + 1, p.town, p.village, p.hh, p.head, p.name, p.rel, p.id, p.lab, p.work]));
  rr.push(row(10, ['合计：130人，其中有劳动能力110人（外出务工30人），无劳动能力20人']));
  sheets.push({ name: '附6 贫困劳动力', rows: rr, merges: ['A1:J1', `A${rr.length}:J${rr.length}`] });

  // ---- 附7 enterprises
  const er = [
    row(7, ['附7　化州市电子商务产业园入驻企业名单']),
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注'],
  ];
  entRows.forEach((r, i) => er.push([i + 1, ...r]));
  er.push(row(7, ['注：截至2021年9月10日共登记24条，含续签1条、已退出2家。']));
  sheets.push({ name: '附7 园区企业', rows: er, merges: ['A1:G1', `A${er.length}:G${er.length}`] });

  // ---- 附8 funds
  const fw = 7;
  const fdr = [
    row(fw, ['附8　化州市省级电子商务进农村综合示范专项资金拨付台账']),
    row(fw, ['省级专项资金下达：500万元　　　　　　　　　　　　　　　　　　　　　　单位：元']),
    ['序号', '拨付日期', '项目类别', '收款单位', '摘要', '金额（元）', '凭证号'],
  ];
  const fdm = ['A1:G1', 'A2:G2'];
  let fs_ = 0;
  for (const [grp, pays] of funds) {
    fdr.push(row(fw, [grp]));
    fdm.push(`A${fdr.length}:G${fdr.length}`);
    let sub = 0;
    for (const p of pays) {
      fs_++;
      fdr.push([fs_, p[0], grp.replace(/^.、/, ''), p[2], p[3], fs_ % 4 === 2 ? p[4].toLocaleString('en-US') + '.00' : p[4], p[5]]);
      sub += p[4];
    }
    fdr.push([null, null, '小计', null, null, sub, null]);
  }
  fdr.push([null, null, '合计', null, null, paidAll, null]);
  fdr.push(row(fw, ['注：2021年9月15日一笔为考评截止后拨付。']));
  fdm.push(`A${fdr.length}:G${fdr.length}`);
  sheets.push({ name: '附8 资金拨付', rows: fdr, merges: fdm });

  // ---- 附9 reports
  const rpr = [
    row(6, ['附9　化州市向茂名市商务局报送工作情况登记']),
    ['序号', '报送日期', '报送内容', '报送对象', '报送方式', '是否含电商扶贫统计'],
  ];
  reports.forEach((r, i) => rpr.push([i + 1, r[0], r[2], '茂名市商务局', i % 3 === 0 ? '粤政易' : '电子邮件', r[3]]));
  sheets.push({ name: '附9 月报', rows: rpr, merges: ['A1:F1'] });

  // ---- 附10 disclosures
  const dr = [
    row(5, ['附10　化州市人民政府网站“电子商务进农村综合示范”专栏更新记录']),
    ['序号', '发布日期', '标题', '栏目', '链接'],
  ];
  discl.forEach((r, i) => dr.push([i + 1, r[0], r[2], r[3], `http://www.huazhou.gov.cn/zwgk/ztzl/dzsw/content/post_${9830 + i * 37}.html`]));
  sheets.push({ name: '附10 专栏', rows: dr, merges: ['A1:E1'] });

  // ---- 附11 media
  const mr = [
    row(7, ['附11　化州市电子商务进农村宣传报道登记']),
    ['序号', '日期', '媒体', '级别', '形式', '标题', '电商扶贫典型案例'],
    [1, '2020.10.23', '南方+客户端', '省级', '网络', '化州：小小服务站打通农产品上行“最后一公里”', '否'],
    [2, D('2020-12-16'), '茂名日报', '市级', '报纸', '化州橘红搭上电商快车', '否'],
    [3, '2021年1月20日', '化州市电视台《化州新闻》', '县级', '电视', '我市举办电商扶贫专场培训', '是'],
    [4, '2021.5.12', '广东广播电视台《广东新闻联播》', '省级', '电视', '化州：贫困户直播卖橘红 年收入翻番', '是'],
    [5, '2021/6/30', '人民网', '中央级', '网络', '广东化州：电商赋能乡村振兴', '否'],
    [6, '2021.9.8', '茂名电视台', '市级', '电视', '化州电商产业园新企业入驻', '否'],
  ];
  sheets.push({ name: '附11 宣传', rows: mr, merges: ['A1:G1'] });

  // ---- 附12 materials
  const matr = [
    ['附12　经验材料报送登记', null, null, null],
    ['序号', '报送日期', '材料名称', '报送单位'],
    [1, '2021.3.22', '化州市“服务站+合作社+贫困户”电商扶贫经验做法', '茂名市商务局'],
    [2, D('2021-07-09'), '化州市化橘红电商品牌建设典型案例', '茂名市商务局'],
  ];
  sheets.push({ name: '附12 经验材料', rows: matr, merges: ['A1:D1'] });

  // ================= independent re-count from the sheets themselves =================
  // stations: covered admin villages by cut-off
  const stIsoByCut = stationRows.filter((s) => s.expD <= '2021-08-31');
  const covAdmin = new Set(stIsoByCut.filter((s) => s.v.admin).map((s) => s.v.base));
  const covPoor = new Set(stIsoByCut.filter((s) => s.v.poor).map((s) => s.v.base));
  assert(covAdmin.size === 139, 'covAdmin ' + covAdmin.size);
  assert(covPoor.size === 37, 'covPoor ' + covPoor.size);
  // training person-times
  const ptByCut = sessions.reduce((a, s) => a + s.pt, 0) + signByCut;
  assert(ptByCut === 5032, 'pt');
  // trained eligible persons by cut-off
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set();
  signRows.slice(0, 4).forEach((l) => l.forEach((p) => { if (eligIds.has(p.id)) trainedIds.add(p.id); }));
  assert(eligIds.size === 80 && trainedIds.size === 40, 'poor rate');

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 14, 'work.coverage': 5, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const base_ = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  assert(base_ === 91, 'base ' + base_);

  write('counties', 'b35-c1-huazhou.json', {
    description:
      '化州市（茂名）商务局整本考评工作簿（14个表：目录、自评情况、附1—附12）。事实表《自评情况》按考评指标分项排成一个个小表：每项一个合并的标题行把满分和自评分写在【】里（“5. 服务体系建设【满分25分｜自评24分（县级中心及产业园14分，村级站点覆盖10分）】”“4. 项目管理【满分4分｜自评4分：管理制度2分、工作台账2分】”），其下是“内容|我市情况|佐证材料”行，判断项的分写在佐证栏（“自评2分”），加分项、一票否决项在后；中心运营为真日期、零售额两年和增速挤在一格。台账：村（居）委会名单409行（368个村委会超过200基数，镇名纵向合并，贫困村“是/否”、快递“已通/已通（邮政）”，居委会社区两栏空）；站点台账143行（挂牌时间六种写法，含两位年份、只到月，同村第二站点、社区服务点、9月挂牌各一）；培训分两张：按期次记人次的普及培训（“本表不含贫困户专场”）和贫困户专场签到（期次、日期纵向合并，身份证号逐人，两人末位小写x）；贫困人口劳动力台账130人；入驻企业24行（续签重复1行、退出2家、9月入驻1家）；资金按类别分节带小计、合计（一笔千分位文本、一笔8位数字日期、9月一笔）；月报、专栏、宣传（有级别列）、经验材料。中上（92分：91＋加分1），站点覆盖恰在70%线下（139/200）。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: 92,
      bonus: 1,
      vetoed: false,
      points,
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
        'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
        'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 5,
        'bonus.poorTraining': 0, 'bonus.tvCase': 1,
      },
    },
    derivation: [
      'asOf: 自评情况“考评数据截止：2021年8月31日” → 2021-08-31；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。',
      'org.leadership: 组长“市委副书记、市长”（政府主要领导），成员单位有商务、财政、农业农村、乡村振兴（原扶贫办） → 2',
      'org.plan: “2. 方案制定【满分2分｜自评2分】”，方案已正式印发 → 2',
      'org.policy: “3. 政策支持【…自评2分】”，政策已出台 → 2',
      'org.management: 项目管理制度“自评2分”＋工作台账“自评2分” → 4',
      'work.center: 中心 2020-06-18 运营（≤截止日 2，早于 2021-02-28 满6个月 2）；免费培训场所 有 2；免费展示销售 有 1；免费摄影美工“否（按成本价收费）” 0；品牌推广 有 1；其他增值服务 有 1；产业园已建 2；附7共24行：续签行与第4行同一信用代码只算一家，2家退出日（2021-03-31、2021-06）在截止日前，1家 2021-09-03 入驻在截止日后 → 在园 20 家 ≥20 → 2；类型有平台型、销售型、运营服务商、物流快递 4 种 ≥3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14（自评表写“21家”是把续签行也数进去）',
      'work.coverage: 附1 村委会 368 个（居委会、社区 41 个不计），基数取 200；附3 共143个站点：截止日前挂牌的站点覆盖 139 个不同的村委会（另有两村各有第二站点不重复计、河西街道社区服务点不是行政村、1个贫困村站点 2021.9.8 挂牌在截止日后不计） → 139/200 = 69.5% < 70% → 2（若把社区点或9月站点算进去就是 140/200 = 70% → 5）；省定贫困村 40 个（附1“是”与附2一致），截止日前有站点的 37 个 → 37/40 = 92.5%，在 80%–100%（不含）→ 3；合计 5（自评10分）',
      'work.upward: 网销调研 自评2分 → 2；促销活动 自评2分 → 2；第三方运营服务商 有 → 1；附1 全部村委会快递“已通/已通（邮政）” → 100% → 1；交易标准与冷链溯源 自评1分 → 1；农村网零 35.21/28.62 = 23.0% < 30%，但农产品网零 8.51/6.42 = 32.6% ≥ 30% → 2；合计 9',
      'work.training: 常住人口 119.83 万 → 基数取 500,000；附4 截至截止日 42 期 4,960 人次（第43期 2021-09-09 的120人次不计，合计行不计）＋附5 专场第1—4期签到 72 人次（第5期 2021.9.15 的12人不计） = 5,032 → 5,032/500,000 = 1.0064% ≥ 1% → 10（只算附4则 0.992% → 8）；附6 有劳动能力且未外出务工的 80 人（普通/技能劳动力且“未外出务工/在家务农”），其身份证号出现在截止日前专场签到里的 40 人（其中两人签到表末位写小写 x，与台账大写 X 为同一号码；外出务工者6人、无劳动能力者2人、村干部签到不计；3 人只参加了 9 月专场不计） → 40/80 = 50% ≥ 50% → 10；合计 20',
      'info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、监督举报窗口四项都打√ → 2；附10 更新日期在窗口内的月份：2020-09、10、12，2021-01、03、04、06、07、08 共 9 个月（缺 2020-11、2021-02、2021-05；2020-06-28、2021-09-10 在窗口外） → 不定时 → 1；合计 3（自评4分）',
      'info.reporting: 附9 报送日期覆盖 2020-09 至 2021-08 全部 12 个月（2021.9.6 一条在窗口外） → 按月 → 3；多数“是否含电商扶贫统计”为“是”，事实表也写“能” → 3；合计 6',
      'promo.cases: 附12 2021.3.22、2021-07-09 向茂名市商务局报送经验材料 → 2',
      'promo.media: 附11 截止日前有省级（南方+、广东新闻联播）和中央级（人民网，按省级及以上计）报道 4 ＋ 市级（茂名日报）3 ＋ 县级（化州市电视台）1 → 8（2021.9.8 茂名电视台在截止日后，不影响）',
      'fund.system: “12. 制度建立【…自评5分】”，制度已制定 → 5',
      'fund.ledger: “13. 资金台账【…自评4分】” → 4',
      'fund.spending: 附8 截止日前 12 笔共 3,926,400 元（2021.9.15 的 300,000 元不计，小计、合计行不计）÷ 下达 5,000,000 = 78.5% ≥ 70% → 取自评 5',
      'bonus.poorTraining: 50% < 70% → 0',
      'bonus.tvCase: 附11 2021.5.12 广东广播电视台《广东新闻联播》电视报道，标为电商扶贫典型案例 → 省级 → 1（县电视台的扶贫报道不计；无国家级电视）',
      'veto.incident: “无” → 0；veto.progress: 总体进度 85% ≥ 40% → 0；veto.fraud: “无” → 0',
      'total: 2+2+2+4+14+5+9+20+3+6+2+8+5+4+5 = 91，加分 1 → 92；未否决。县自评 97＋1 = 98。',
    ],
  });
}

// ---------------------------------------------------------------- run
luoding();
taishan();
rongcheng();
fogang();
ruyuan();
huazhou();
for (const f of written) console.log('wrote', f);
