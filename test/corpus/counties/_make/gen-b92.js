"use strict";
// Batch 92 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------- helpers

/** A real Excel date cell. */
function D(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error("bad date " + iso);
  return { date: iso };
}

function colIndex(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function colLetters(i) {
  let s = "";
  i += 1;
  while (i > 0) {
    const m = (i - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}
function parseRange(a1) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error("bad range " + a1);
  return { c1: colIndex(m[1]), r1: +m[2] - 1, c2: colIndex(m[3]), r2: +m[4] - 1 };
}
function rangeA1(r1, c1, r2, c2) {
  return colLetters(c1) + (r1 + 1) + ":" + colLetters(c2) + (r2 + 1);
}

/** A grid one writes into by (row, col), 0-based; merges are registered with the top-left value. */
class Grid {
  constructor() {
    this.cells = [];
    this.merges = [];
    this.width = 0;
  }
  set(r, c, v) {
    while (this.cells.length <= r) this.cells.push([]);
    const row = this.cells[r];
    while (row.length <= c) row.push(null);
    row[c] = v;
    if (c + 1 > this.width) this.width = c + 1;
    return this;
  }
  /** Put a row of values starting at (r, c). */
  row(r, c, values) {
    values.forEach((v, i) => this.set(r, c + i, v));
    return this;
  }
  merge(r1, c1, r2, c2, v) {
    if (v !== undefined) this.set(r1, c1, v);
    this.set(r2, c2, this.get(r2, c2));
    this.merges.push(rangeA1(r1, c1, r2, c2));
    return this;
  }
  get(r, c) {
    return (this.cells[r] && this.cells[r][c] !== undefined) ? this.cells[r][c] : null;
  }
  get height() {
    return this.cells.length;
  }
  toRows(width) {
    const w = Math.max(width || 0, this.width);
    return this.cells.map((row) => {
      const out = row.slice();
      while (out.length < w) out.push(null);
      return out;
    });
  }
}

/** Build a sheet from plain rows (padded to the widest row). */
function sheet(name, rows, merges, hidden) {
  const w = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => {
    const out = r.map((v) => (v === undefined ? null : v));
    while (out.length < w) out.push(null);
    return out;
  });
  const s = { name, rows: padded };
  if (merges && merges.length) s.merges = merges;
  if (hidden) s.hidden = true;
  return s;
}
function gridSheet(name, g, width, hidden) {
  return sheet(name, g.toRows(width), g.merges, hidden);
}

function isCell(v) {
  if (v === null) return true;
  if (typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v === "object" && !Array.isArray(v)) {
    const keys = Object.keys(v);
    return keys.length === 1 && keys[0] === "date" && /^\d{4}-\d{2}-\d{2}$/.test(v.date) &&
      !Number.isNaN(Date.parse(v.date + "T00:00:00Z")) &&
      new Date(v.date + "T00:00:00Z").toISOString().slice(0, 10) === v.date;
  }
  return false;
}

function validateSheet(s, where) {
  const tag = where + " / " + s.name;
  if (typeof s.name !== "string" || !s.name) throw new Error(tag + ": no name");
  if (s.name.length > 31) throw new Error(tag + ": sheet name longer than 31");
  if (/[\\/?*\[\]:]/.test(s.name)) throw new Error(tag + ": bad char in sheet name");
  if (!Array.isArray(s.rows) || s.rows.length === 0) throw new Error(tag + ": no rows");
  const w = s.rows[0].length;
  s.rows.forEach((r, i) => {
    if (!Array.isArray(r) || r.length !== w) throw new Error(tag + ": row " + (i + 1) + " not rectangular");
    r.forEach((v, j) => {
      if (!isCell(v)) throw new Error(tag + ": bad cell " + colLetters(j) + (i + 1) + " " + JSON.stringify(v));
    });
  });
  const covered = new Set();
  for (const m of s.merges || []) {
    const { r1, c1, r2, c2 } = parseRange(m);
    if (r2 < r1 || c2 < c1) throw new Error(tag + ": inverted merge " + m);
    if (r2 >= s.rows.length || c2 >= w) throw new Error(tag + ": merge outside grid " + m);
    if (r1 === r2 && c1 === c2) throw new Error(tag + ": single-cell merge " + m);
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const key = r + "," + c;
        if (covered.has(key)) throw new Error(tag + ": overlapping merge " + m);
        covered.add(key);
        if ((r !== r1 || c !== c1) && s.rows[r][c] !== null) {
          throw new Error(tag + ": covered cell " + colLetters(c) + (r + 1) + " of " + m + " not empty");
        }
      }
    }
  }
}

function isoOk(v) {
  return typeof v === "string" && (/^\d{4}-\d{2}-\d{2}$/.test(v) || /^\d{4}-\d{2}$/.test(v));
}

function validateCase(folder, obj, file) {
  const where = folder + "/" + file;
  if (typeof obj.description !== "string" || obj.description.length < 10) throw new Error(where + ": description");
  if (!Array.isArray(obj.sheets) || !obj.sheets.length) throw new Error(where + ": sheets");
  const names = new Set();
  for (const s of obj.sheets) {
    validateSheet(s, where);
    if (names.has(s.name)) throw new Error(where + ": duplicate sheet " + s.name);
    names.add(s.name);
  }
  const e = obj.expect;
  if (!e) throw new Error(where + ": expect");
  if (folder === "ledgers") {
    for (const [name, spec] of Object.entries(e.sheets)) {
      if (!names.has(name)) throw new Error(where + ": expect names unknown sheet " + name);
      if (spec.kind !== null && !Array.isArray(spec.records)) throw new Error(where + ": records of " + name);
    }
    for (const n of names) if (!(n in e.sheets)) throw new Error(where + ": sheet without expectation " + n);
  }
  if (folder === "facts") {
    for (const [k, v] of Object.entries(e.facts)) {
      if (["centerOpened", "asOf"].includes(k) && !isoOk(v)) throw new Error(where + ": date fact " + k);
    }
  }
  if (folder === "counties") {
    const ids = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage",
      "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media",
      "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase",
      "veto.incident", "veto.progress", "veto.fraud"];
    for (const id of ids) if (typeof e.points[id] !== "number") throw new Error(where + ": points." + id);
    const scored = ids.slice(0, 15).reduce((a, id) => a + e.points[id], 0);
    const bonus = Math.min(4, e.points["bonus.poorTraining"] + e.points["bonus.tvCase"]);
    if (bonus !== e.bonus) throw new Error(where + ": bonus " + bonus + " != " + e.bonus);
    const total = e.vetoed ? 0 : scored + bonus;
    if (total !== e.total) throw new Error(where + ": total " + total + " != " + e.total);
    if (!Array.isArray(obj.derivation) || obj.derivation.length < ids.length) throw new Error(where + ": derivation");
    for (const id of ids) {
      if (!obj.derivation.some((l) => l.startsWith(id + ":"))) throw new Error(where + ": derivation for " + id);
    }
  }
}

const written = [];
function emit(folder, file, obj) {
  validateCase(folder, obj, file);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(folder + "/" + file);
}

/** Sum helper that works in integer fen (avoids float drift). */
function sumYuan(list) {
  return Math.round(list.reduce((a, x) => a + Math.round(x * 100), 0)) / 100;
}

// ---------------------------------------------------------------- cases

const cases = [];

// ---- facts/b92-f1-doumen: a Traditional-Chinese / Portuguese fact sheet for a Macau delegation
cases.push(function f1Doumen() {
  const g = new Grid();
  const W = 6;
  let r = 0;
  g.merge(r, 0, r, W - 1, "珠海市斗門區電子商務進農村綜合示範創建基本情況 ／ Ficha Informativa: Demonstração Integrada do Comércio Electrónico nas Zonas Rurais — Distrito de Doumen, Zhuhai");
  r++;
  g.merge(r, 0, r, W - 1, "供澳門特別行政區經濟及科技發展局考察團參閱 ／ Para a delegação da Direcção dos Serviços de Economia e Desenvolvimento Tecnológico (DSEDT) de Macau　　編製：斗門區商務局 ／ Elaborado pela Secretaria do Comércio do Distrito de Doumen　　Setembro de 2021");
  r++;
  g.merge(r, 0, r, W - 1, "說明 ／ Notas：① 數字按葡文寫法：千位用「.」、小數用「,」（例：1.234,5 即一千二百三十四點五）；② 日期按 日/月/年（例：09/11/2020 即 2020年11月9日）；③ 金額均為人民幣，「milhões」＝百萬元，「mil milhões」＝十億元；④ Sim＝是，Não＝否。");
  r++;
  g.row(r, 0, ["N.º", "項目", "Item", "數據 / Dados", "單位 / Unidade", "備註 / Observações"]);
  r++;
  let n = 0;
  const section = (zh) => { g.merge(r, 0, r, W - 1, zh); r++; };
  const item = (zh, pt, val, unit, obs) => {
    n++;
    g.row(r, 0, [n, zh, pt, val, unit === undefined ? null : unit, obs === undefined ? null : obs]);
    r++;
  };
  section("I. 概況 ／ Perfil do distrito");
  item("區名", "Distrito", "斗門區", "—", "Doumen");
  item("數據截止日期", "Data de referência dos dados", "31/08/2021", "—", "省考評截止日 ／ data-limite da avaliação provincial");
  item("常住人口（第七次全國人口普查）", "População residente (7.º Recenseamento Nacional)", "604.466", "pessoas 人", "戶籍人口 421.730 人，不作培訓基數 ／ população registada, não usada como base");
  item("行政村", "Aldeias administrativas (comités de aldeia)", "103", "aldeias 個", "另有社區 20 個 ／ mais 20 comunidades urbanas");
  item("省定相對貧困村", "Aldeias pobres designadas pela província", "7", "aldeias 個", null);
  section("II. 組織領導 ／ Organização e liderança");
  item("牽頭領導（領導小組組長）", "Líder do grupo de trabalho", "區委副書記、區長", "—", "Vice-Secretário do Comité Distrital e Presidente do Governo Distrital");
  item("參與部門（成員單位）", "Serviços participantes", "區商務局、區財政局、區農業農村局、區鄉村振興局、區市場監管局、區交通運輸局", "—", "Comércio, Finanças, Agricultura e Assuntos Rurais, Revitalização Rural, Supervisão do Mercado, Transportes");
  item("已正式印發示範縣工作方案", "Plano de trabalho oficialmente publicado", "Sim／是", "—", "斗府辦函〔2020〕15號，印發於 20/03/2020");
  item("已出台支持農村電商發展的政策", "Políticas de apoio ao comércio electrónico rural", "Sim／是", "—", "《斗門區促進農村電子商務發展若干措施》");
  section("III. 公共服務中心及產業園 ／ Centro público de serviços e parque industrial");
  item("縣級電子商務公共服務中心投入運營日期", "Início de funcionamento do centro público de serviços", "09/11/2020", "—", "位於白蕉鎮 ／ situado na vila de Baijiao");
  item("有免費培訓場所、培訓設備，能組織電商基礎培訓", "Sala e equipamento de formação gratuitos; formação básica", "Sim／是", "—", null);
  item("為特色農產品提供免費展示、銷售服務", "Exposição e venda gratuitas de produtos agrícolas típicos", "Sim／是", "—", null);
  item("為電子商務市場主體提供免費攝影、美工服務", "Fotografia e design gráfico gratuitos", "Sim／是", "—", null);
  item("組織農產品統一推廣、指導特色農產品品牌建設", "Promoção unificada e apoio à criação de marcas", "Sim／是", "—", "「斗門鮮」區域公用品牌 ／ marca regional «Doumen Xian»");
  item("為電子商務發展提供其他衍生增值服務", "Outros serviços de valor acrescentado", "Não／否", "—", null);
  item("建設或整合、優化當地電商產業園", "Parque industrial de comércio electrónico (construído ou integrado)", "Sim／是", "—", "整合白藤湖電商園 ／ integração do parque de Baitenghu");
  item("有專業第三方電子商務運營或服務商", "Operador ou prestador profissional terceirizado", "Sim／是", "—", null);
  section("IV. 農村產品上行 ／ Venda online de produtos rurais");
  item("行政村物流快遞覆蓋率", "Cobertura de entregas expresso nas aldeias administrativas", "100%", "—", "103／103");
  item("2019年農村網絡零售額", "Vendas a retalho online rurais, 2019", "1.236.500.000,00", "RMB 元", null);
  item("2020年農村網絡零售額", "Vendas a retalho online rurais, 2020", "1,584", "mil milhões RMB 十億元", null);
  item("2020年農村網絡零售額同比增速", "Crescimento homólogo das vendas online rurais, 2020", "28,1", "%", null);
  item("2019年農產品網絡零售額", "Vendas online de produtos agrícolas, 2019", "286,4", "milhões RMB 百萬元", null);
  item("2020年農產品網絡零售額", "Vendas online de produtos agrícolas, 2020", "372,9", "milhões RMB 百萬元", null);
  item("2020年農產品網絡零售額同比增速", "Crescimento homólogo das vendas online agrícolas, 2020", "30,2", "%", null);
  section("V. 電商人才培訓 ／ Formação em comércio electrónico");
  item("電商培訓人次（2019.9—2021.8）", "Participações em formação (pessoas-vezes)", "6.215", "pessoas-vezes 人次", null);
  item("有勞動能力的建檔立卡貧困人口（不含外出務工）", "População pobre registada com capacidade de trabalho (excl. trabalhadores migrantes)", "1.072", "pessoas 人", null);
  item("參加培訓的建檔立卡貧困人口", "População pobre registada que participou na formação", "598", "pessoas 人", "按身份證號去重 ／ contadas uma só vez");
  section("VI. 信息公開及報送 ／ Transparência e reporte");
  item("政府網站專欄公示創建方案", "Coluna no portal: plano de trabalho", "Sim／是", "—", null);
  item("專欄公示項目基本信息", "Coluna: informação básica dos projectos", "Sim／是", "—", null);
  item("專欄公示項目建設進度", "Coluna: progresso das obras", "Sim／是", "—", null);
  item("專欄設立征求意見或監督舉報窗口", "Coluna: janela de consulta ou de denúncia", "Não／否", "—", "計劃10月開通 ／ prevista para Outubro");
  item("能統計電商扶貧情況", "Estatísticas do comércio electrónico contra a pobreza", "Sim／是", "—", null);
  section("VII. 財政資金 ／ Fundos públicos");
  item("下達省級專項資金總額", "Fundos provinciais atribuídos", "5.000.000,00", "RMB 元", null);
  item("累計撥付資金（截至 31/08/2021）", "Fundos desembolsados (até 31/08/2021)", "3.874.260,50", "RMB 元", null);
  item("已制定資金管理制度", "Regulamento de gestão dos fundos", "Sim／是", "—", null);
  item("已建立資金專用台賬", "Livro-razão próprio dos fundos", "Sim／是", "—", null);
  item("項目總體進度", "Progresso global do projecto", "86,5", "%", null);
  section("VIII. 一票否決項 ／ Itens de veto");
  item("發生安全生產、質量事故或造成重大損失", "Acidentes de segurança ou de qualidade, ou perdas graves", "Não／否", "—", null);
  item("弄虛作假", "Falsificação de dados", "Não／否", "—", null);
  section("IX. 主觀評分項自評 ／ Autoavaliação dos itens qualitativos");
  item("方案制定（1—2分）", "Plano de trabalho (1–2 pontos)", "2,0", "pontos 分", null);
  item("政策支持（1—2分）", "Políticas de apoio (1–2 pontos)", "2,0", "pontos 分", null);
  item("項目管理制度（1—2分）", "Regras de gestão dos projectos (1–2 pontos)", "2,0", "pontos 分", null);
  item("工作台賬（1—2分）", "Registos de trabalho (1–2 pontos)", "1,0", "pontos 分", null);
  item("網銷調研並形成針對性建議（1—2分）", "Estudo das vendas online e recomendações (1–2 pontos)", "2,0", "pontos 分", null);
  item("網絡促銷活動成效（1—2分）", "Campanhas de promoção online (1–2 pontos)", "1,0", "pontos 分", null);
  item("交易標準、冷鏈及溯源系統（1—2分）", "Normas de transacção, cadeia de frio e rastreabilidade (1–2 pontos)", "1,0", "pontos 分", null);
  item("資金管理制度（1—5分）", "Regulamento dos fundos (1–5 pontos)", "5,0", "pontos 分", null);
  item("資金台賬（1—5分）", "Livro-razão dos fundos (1–5 pontos)", "4,0", "pontos 分", null);
  item("資金及時撥付（1—5分）", "Desembolso atempado (1–5 pontos)", "4,0", "pontos 分", null);
  g.merge(r, 0, r, W - 1, "資料來源 ／ Fonte: 斗門區商務局 Secretaria do Comércio do Distrito de Doumen");

  emit("facts", "b92-f1-doumen.json", {
    description: "珠海市斗门区商务局为澳门经济及科技发展局考察团编的繁体中文／葡萄牙文对照《Ficha Informativa》：N.º|項目|Item|數據 / Dados|單位 / Unidade|備註 / Observações，分九节；数字按葡文写法（千位用点、小数用逗号：604.466人、1.072人、6.215人次、5.000.000,00元、3.874.260,50元、28,1%、86,5%），零售额单位各异（RMB元、「1,584 mil milhões」＝15.84亿元、「286,4 milhões」＝2.864亿元），日期为日/月/年（中心运营 09/11/2020＝2020年11月9日），是否写“Sim／是”“Não／否”，主观项自评分写“2,0”；户籍人口只在备注里，监督举报窗口“Não（計劃10月開通）”。",
    sheets: [gridSheet("Ficha Informativa 基本情況", g, W)],
    expect: {
      facts: {
        county: "斗門區",
        asOf: "2021-08-31",
        residentPopulation: 604466,
        adminVillagesStated: 103,
        poorVillagesStated: 7,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-11-09",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1236500000,
        ruralRetail2020: 1584000000,
        ruralRetailGrowthStated: 0.281,
        agriRetail2019: 286400000,
        agriRetail2020: 372900000,
        agriRetailGrowthStated: 0.302,
        trainingPersonTimesStated: 6215,
        eligiblePoorPersonsStated: 1072,
        trainedPoorPersonsStated: 598,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3874260.5,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.865,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 2,
        "org.management.system": 2,
        "org.management.ledger": 1,
        "work.upward.research": 2,
        "work.upward.promotion": 1,
        "work.upward.standards": 1,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
});

// ---- facts/b92-f2-panyu: the bureau's Microsoft Project plan copied from the task sheet
const WEEK = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
/** MS Project's Chinese short date: "周一 20/12/28". */
function pj(iso) {
  const d = new Date(iso + "T00:00:00Z");
  const yy = String(d.getUTCFullYear()).slice(2);
  return WEEK[d.getUTCDay()] + " " + yy + "/" + (d.getUTCMonth() + 1) + "/" + d.getUTCDate();
}

cases.push(function f2Panyu() {
  const g = new Grid();
  const W = 12;
  g.merge(0, 0, 0, W - 1, "说明：本表是从 Microsoft Project 2016 文件《番禺区电商进农村示范创建项目计划（第7版）.mpp》的“任务工作表”视图全选、复制后粘贴的，未作改动。项目状态日期（即考评截止日）：" + pj("2021-08-31") + "。日期显示为“周几 年/月/日”（两位年份）。“文本1”列记关键数据；“数字1”列记自评分，Project 中没有填的数字域一律显示 0，0 不是分数。完成百分比 100% 为已完成；项目总体进度取标识号 0（项目摘要任务）的完成百分比。");
  g.row(1, 0, ["标识号", "WBS", "任务模式", "任务名称", "工期", "开始时间", "完成时间", "完成百分比", "前置任务", "资源名称", "文本1", "数字1"]);
  let r = 2;
  const t = (id, wbs, mode, name, dur, start, finish, pct, pre, res, text1, num1) => {
    g.row(r, 0, [id, wbs, mode, name, dur, pj(start), pj(finish), pct, pre || null, res || null, text1 || null, num1 || 0]);
    r++;
  };
  const A = "自动计划", M = "手动计划", Z = "0 个工作日";
  t(0, "0", A, "番禺区电子商务进农村综合示范创建", "497 个工作日", "2019-11-04", "2021-09-30", "87%");
  t(1, "1", M, "基础数据（里程碑，只记数，不占工期）", Z, "2021-08-31", "2021-08-31", "100%");
  t(2, "1.1", M, "县（市、区）名称", Z, "2021-08-31", "2021-08-31", "100%", null, null, "番禺区");
  t(3, "1.2", M, "常住人口（第七次人口普查）", Z, "2021-08-31", "2021-08-31", "100%", null, "区统计局", "279.85万人");
  t(4, "1.3", M, "行政村数", Z, "2021-08-31", "2021-08-31", "100%", null, "区民政局", "177个");
  t(5, "1.4", M, "省定贫困村数", Z, "2021-08-31", "2021-08-31", "100%", null, "区乡村振兴局", "0个（本区无省定贫困村）");
  t(6, "1.5", M, "2019年农村网络零售额", Z, "2021-08-31", "2021-08-31", "100%", null, "区统计局", "86.27亿元");
  t(7, "1.6", M, "2020年农村网络零售额", Z, "2021-08-31", "2021-08-31", "100%", null, "区统计局", "103.50亿元");
  t(8, "1.7", M, "2020年农村网络零售额同比增速", Z, "2021-08-31", "2021-08-31", "100%", null, "区统计局", "20.0%");
  t(9, "1.8", M, "2019年农产品网络零售额", Z, "2021-08-31", "2021-08-31", "100%", null, "区统计局", "9.86亿元");
  t(10, "1.9", M, "2020年农产品网络零售额", Z, "2021-08-31", "2021-08-31", "100%", null, "区统计局", "13.01亿元");
  t(11, "1.10", M, "2020年农产品网络零售额同比增速", Z, "2021-08-31", "2021-08-31", "100%", null, "区统计局", "31.9%");
  t(12, "2", A, "组织领导与统筹协调", "121 个工作日", "2019-11-04", "2020-04-24", "100%");
  t(13, "2.1", A, "成立示范创建工作领导小组", "10 个工作日", "2019-11-04", "2019-11-15", "100%", null, "区政府办", "组长：区长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、区邮政管理局");
  t(14, "2.2", A, "印发《番禺区电子商务进农村综合示范工作方案》", "60 个工作日", "2020-01-20", "2020-04-17", "100%", "13", "区商务局", "番府办〔2020〕21号", 2);
  t(15, "2.3", A, "出台支持农村电商发展的政策措施", "40 个工作日", "2020-02-24", "2020-04-17", "100%", "13", "区商务局,区财政局", "番商务〔2020〕9号", 2);
  t(16, "2.4", A, "制定项目管理制度（建设、验收）", "20 个工作日", "2020-03-30", "2020-04-24", "100%", "14", "区商务局", null, 2);
  t(17, "2.5", A, "建立工作台账", "5 个工作日", "2020-04-20", "2020-04-24", "100%", "14", "区商务局", null, 1);
  t(18, "3", A, "县级电子商务公共服务中心", "192 个工作日", "2020-04-27", "2021-01-18", "95%");
  t(19, "3.1", A, "中心场地装修及设备采购", "150 个工作日", "2020-04-27", "2020-11-20", "100%", "14", "番禺区电商服务中心运营方");
  t(20, "3.2", A, "中心投入运营", Z, "2020-12-28", "2020-12-28", "100%", "19", null, "位于沙湾街");
  t(21, "3.3", A, "开设免费培训室（含培训设备），组织电商基础培训", "5 个工作日", "2020-12-28", "2021-01-01", "100%", "20");
  t(22, "3.4", A, "为特色农产品提供免费展示、销售服务", "5 个工作日", "2020-12-28", "2021-01-01", "100%", "20");
  t(23, "3.5", A, "为电商市场主体提供免费摄影、美工服务", "5 个工作日", "2020-12-28", "2021-01-01", "100%", "20");
  t(24, "3.6", A, "组织农产品统一推广、指导特色农产品品牌建设", "10 个工作日", "2021-01-04", "2021-01-15", "100%", "20");
  t(25, "3.7", M, "其他衍生增值服务（代办证照、金融对接）", "10 个工作日", "2021-01-05", "2021-01-18", "40%", "20", null, "未开通");
  t(26, "4", A, "电商产业园", "250 个工作日", "2020-05-04", "2021-04-16", "92%");
  t(27, "4.1", A, "整合、优化番禺农村电商产业园", "120 个工作日", "2020-05-04", "2020-10-16", "100%", "14", "区商务局");
  t(28, "4.2", A, "产业园招商入驻", "130 个工作日", "2020-10-19", "2021-04-16", "85%", "27", "园区运营方", "已入驻17家（目标20家）");
  t(29, "5", A, "农村产品上行", "310 个工作日", "2020-05-04", "2021-07-09", "100%");
  t(30, "5.1", A, "农产品网络销售调研并形成针对性建议", "45 个工作日", "2020-05-04", "2020-07-03", "100%", "14", "第三方调研机构", "调研报告1份", 1);
  t(31, "5.2", A, "开展农村产品网络促销活动", "200 个工作日", "2020-09-01", "2021-06-07", "100%", "30", "区商务局", "促销活动6场", 2);
  t(32, "5.3", A, "引入专业第三方电商运营服务商", "30 个工作日", "2020-06-01", "2020-07-10", "100%", "14", "广州禺商云电子商务有限公司");
  t(33, "5.4", A, "行政村物流快递全覆盖", "120 个工作日", "2020-06-01", "2020-11-13", "100%", null, "区邮政管理局", "覆盖率100%");
  t(34, "5.5", A, "出台农产品电商交易标准，建设冷链、溯源系统", "150 个工作日", "2020-12-14", "2021-07-09", "100%", "20", "区农业农村局", null, 1);
  t(35, "6", A, "电商人才培训", "414 个工作日", "2020-03-02", "2021-09-30", "90%");
  t(36, "6.1", A, "普及性及增值培训（累计）", "380 个工作日", "2020-03-02", "2021-08-13", "100%", null, "番禺区电商服务中心运营方", "累计5,326人次");
  t(37, "6.2", A, "第36期培训（9月）", "3 个工作日", "2021-09-14", "2021-09-16", "0%", "36", null, "计划200人次");
  t(38, "6.3", M, "有劳动能力的建档立卡贫困人口（不含外出务工）", Z, "2021-08-31", "2021-08-31", "100%", null, "区乡村振兴局", "412人");
  t(39, "6.4", M, "参加培训的建档立卡贫困人口（按身份证号去重）", Z, "2021-08-31", "2021-08-31", "100%", null, "区商务局", "238人");
  t(40, "7", A, "信息公开及报送", "370 个工作日", "2020-04-20", "2021-09-17", "97%");
  t(41, "7.1", A, "区政府网站专栏公示创建方案", "5 个工作日", "2020-04-20", "2020-04-24", "100%", "14", "区商务局");
  t(42, "7.2", A, "专栏公示项目基本信息", "5 个工作日", "2020-07-13", "2020-07-17", "100%", "41", "区商务局");
  t(43, "7.3", A, "专栏每月更新项目建设进度（周期性任务）", "295 个工作日", "2020-08-03", "2021-09-17", "100%", "42", "区商务局");
  t(44, "7.4", A, "专栏设立监督举报窗口", "5 个工作日", "2020-07-13", "2020-07-17", "100%", "41", "区商务局", "监督举报电话及邮箱");
  t(45, "7.5", A, "按月向市商务局报送工作进展（周期性任务）", "370 个工作日", "2020-04-20", "2021-09-10", "100%", null, "区商务局");
  t(46, "7.6", A, "建立电商扶贫统计（贫困户培训、带动增收）", "10 个工作日", "2020-06-01", "2020-06-12", "100%", null, "区商务局,区乡村振兴局");
  t(47, "8", A, "资金管理", "380 个工作日", "2020-03-16", "2021-09-30", "80%");
  t(48, "8.1", A, "制定省级专项资金管理办法", "20 个工作日", "2020-03-16", "2020-04-10", "100%", null, "区财政局,区商务局", "番财〔2020〕33号", 5);
  t(49, "8.2", A, "建立资金专用台账", "5 个工作日", "2020-04-13", "2020-04-17", "100%", "48", "区商务局", null, 4);
  t(50, "8.3", M, "省级专项资金下达", Z, "2020-03-16", "2020-03-16", "100%", null, "区财政局", "500万元");
  t(51, "8.4", A, "专项资金拨付（按进度及时拨付）", "360 个工作日", "2020-05-11", "2021-09-30", "77%", "50", "区财政局", "累计拨付386.42万元", 4);

  emit("facts", "b92-f2-panyu.json", {
    description: "广州市番禺区商务局电商科交来的事实表是 Microsoft Project 2016 项目计划《番禺区电商进农村示范创建项目计划（第7版）.mpp》“任务工作表”视图全选复制粘贴的结果：标识号|WBS|任务模式|任务名称|工期|开始时间|完成时间|完成百分比|前置任务|资源名称|文本1|数字1，第1行说明写明状态日期（考评截止日）、日期格式“周一 20/12/28”（两位年份带星期）、文本1为关键数据、数字1为自评分（未填的数字域显示0，不是分数）、100%为已完成、项目总体进度取标识号0行（87%）；基础数据是“1 基础数据”下的零工期里程碑（数值在文本1），中心运营日期是里程碑“中心投入运营”的完成时间，中心其他衍生增值服务完成40%且文本1“未开通”（否），9月第36期培训0%、文本1“计划200人次”不计，WBS“1.10”不是数字，“已入驻17家（目标20家）”不是输入。",
    sheets: [gridSheet("任务_表1", g, W)],
    expect: {
      facts: {
        county: "番禺区",
        asOf: "2021-08-31",
        residentPopulation: 2798500,
        adminVillagesStated: 177,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-12-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 8627000000,
        ruralRetail2020: 10350000000,
        ruralRetailGrowthStated: 0.2,
        agriRetail2019: 986000000,
        agriRetail2020: 1301000000,
        agriRetailGrowthStated: 0.319,
        trainingPersonTimesStated: 5326,
        eligiblePoorPersonsStated: 412,
        trainedPoorPersonsStated: 238,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3864200,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.87,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 2,
        "org.management.system": 2,
        "org.management.ledger": 1,
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
});

// ---- facts/b92-f3-jinping: triples exported from the district's "city knowledge graph" platform
cases.push(function f3Jinping() {
  const T = (ts) => ts + "+08:00";
  const LG = "金平区电子商务进农村综合示范工作领导小组";
  const CENTER = "金平区电子商务公共服务中心";
  const COL = "金平区人民政府网站“电子商务进农村”专栏";
  const FUND = "省级电子商务进农村综合示范专项资金";
  const PROJ = "金平区电子商务进农村综合示范项目";
  const SELF = "金平区考评自评（2021年）";
  // [created, head, headType, predicate, tail, valueType, unit, timeQualifier, source, confidence, status]
  const triples = [
    ["2020-03-12T09:20:41", "金平区", "行政区划", "县级区划名称", "金平区", "字符串", "—", "—", "区民政局", "1.00", "有效"],
    ["2020-03-12T09:20:41", "金平区", "行政区划", "常住人口", "83.86", "数值", "万人", "2019-12-31", "《金平统计年鉴2020》", "0.95", "已失效"],
    ["2020-03-12T09:20:42", "金平区", "行政区划", "下辖行政村数", "23", "整数", "个", "2020-03-01", "区民政局", "1.00", "有效"],
    ["2020-03-12T09:20:42", "金平区", "行政区划", "省定相对贫困村数", "0", "整数", "个", "2020-03-01", "区乡村振兴局", "1.00", "有效"],
    ["2020-03-16T14:02:10", LG, "议事协调机构", "组长", "常务副区长", "职务", "—", "2020-03-10", "金府办〔2020〕9号", "1.00", "已失效"],
    ["2020-03-16T14:02:11", LG, "议事协调机构", "成员单位", "区商务局", "组织机构", "—", "2020-03-10", "金府办〔2020〕9号", "1.00", "有效"],
    ["2020-03-16T14:02:11", LG, "议事协调机构", "成员单位", "区财政局", "组织机构", "—", "2020-03-10", "金府办〔2020〕9号", "1.00", "有效"],
    ["2020-03-16T14:02:11", LG, "议事协调机构", "成员单位", "区农业农村局", "组织机构", "—", "2020-03-10", "金府办〔2020〕9号", "1.00", "有效"],
    ["2020-03-16T14:02:12", LG, "议事协调机构", "成员单位", "区乡村振兴局", "组织机构", "—", "2020-03-10", "金府办〔2020〕9号", "1.00", "有效"],
    ["2020-03-16T14:02:12", LG, "议事协调机构", "成员单位", "区市场监督管理局", "组织机构", "—", "2020-03-10", "金府办〔2020〕9号", "1.00", "有效"],
    ["2020-04-07T10:44:03", "《金平区电子商务进农村综合示范创建工作方案》", "政策文件", "印发状态", "已印发", "枚举", "—", "2020-04-02", "金府办函〔2020〕11号", "1.00", "有效"],
    ["2020-06-22T16:31:27", "《金平区支持农村电子商务发展的若干措施》", "政策文件", "印发状态", "已印发", "枚举", "—", "2020-06-18", "金商务〔2020〕26号", "1.00", "有效"],
    ["2020-06-22T16:35:02", "《金平区电子商务进农村综合示范专项资金管理办法》", "制度文件", "印发状态", "已印发", "枚举", "—", "2020-06-19", "金财〔2020〕41号", "1.00", "有效"],
    ["2020-07-08T11:12:55", CENTER, "公共服务设施", "计划投入运营日期", "2020-08-31T00:00:00+08:00", "日期", "—", "—", "创建工作方案", "0.90", "有效"],
    ["2020-07-08T11:13:40", "金平区", "行政区划", "第三方电商运营服务商", "汕头市金凤凰电子商务有限公司", "组织机构", "—", "2020-07-01", "服务采购合同", "0.97", "有效"],
    ["2020-07-20T09:05:18", "专项资金专用台账", "台账", "建立状态", "已建立", "枚举", "—", "2020-07-15", "区商务局", "1.00", "有效"],
    ["2020-07-20T09:06:00", FUND, "财政资金", "下达金额", "500", "数值", "万元", "2020-03-05", "汕头市财政局转下达文件", "1.00", "有效"],
    ["2020-09-15T17:48:36", LG, "议事协调机构", "组长", "区委副书记、区长", "职务", "—", "2020-09-15", "金府办〔2020〕27号（调整领导小组）", "1.00", "有效"],
    ["2020-10-30T18:20:09", CENTER, "公共服务设施", "投入运营日期", "2020-10-30T00:00:00+08:00", "日期", "—", "—", "区商务局", "1.00", "有效"],
    ["2020-10-30T18:21:44", CENTER, "公共服务设施", "提供服务", "免费电商基础培训（设培训室及培训设备）", "服务", "—", "2020-10-30", "中心服务清单", "0.98", "有效"],
    ["2020-10-30T18:21:44", CENTER, "公共服务设施", "提供服务", "特色农产品免费展示、销售", "服务", "—", "2020-10-30", "中心服务清单", "0.98", "有效"],
    ["2020-10-30T18:21:45", CENTER, "公共服务设施", "提供服务", "免费摄影、美工", "服务", "—", "2020-10-30", "中心服务清单", "0.98", "已失效"],
    ["2020-10-30T18:21:45", CENTER, "公共服务设施", "提供服务", "农产品统一推广、特色农产品品牌建设指导", "服务", "—", "2020-10-30", "中心服务清单", "0.98", "有效"],
    ["2020-10-30T18:21:46", CENTER, "公共服务设施", "提供服务", "其他衍生增值服务（网店代运营、金融对接）", "服务", "—", "2020-10-30", "中心服务清单", "0.96", "有效"],
    ["2020-11-09T10:02:31", "金平区农村电商产业园", "产业园区", "建设方式", "整合、优化现有园区", "枚举", "—", "2020-11-06", "区商务局", "0.97", "有效"],
    ["2020-11-09T10:03:02", COL, "网站栏目", "公开内容", "创建方案", "内容类别", "—", "2020-04-10", "区政务服务数据管理局", "1.00", "有效"],
    ["2020-11-09T10:03:02", COL, "网站栏目", "公开内容", "项目基本信息", "内容类别", "—", "2020-08-03", "区政务服务数据管理局", "1.00", "有效"],
    ["2020-11-09T10:03:03", COL, "网站栏目", "公开内容", "项目建设进度（按月）", "内容类别", "—", "2020-09-07", "区政务服务数据管理局", "1.00", "有效"],
    ["2020-11-09T10:03:03", COL, "网站栏目", "互动窗口", "监督举报邮箱", "内容类别", "—", "2020-09-07", "区政务服务数据管理局", "1.00", "有效"],
    ["2020-12-01T15:40:19", "电商扶贫统计", "统计制度", "建立状态", "已建立", "枚举", "—", "2020-11-30", "区商务局、区乡村振兴局", "1.00", "有效"],
    ["2021-03-01T09:30:00", CENTER, "公共服务设施", "提供服务", "摄影、美工（按件收费）", "服务", "—", "2021-03-01", "中心服务清单（2021年修订）", "0.98", "有效"],
    ["2021-03-18T11:26:50", "金平区农村网络零售额", "统计指标", "数值", "42.60", "数值", "亿元", "2019年", "区统计局", "0.99", "有效"],
    ["2021-03-18T11:26:51", "金平区农村网络零售额", "统计指标", "数值", "51.31", "数值", "亿元", "2020年", "区统计局", "0.99", "有效"],
    ["2021-03-18T11:26:51", "金平区农产品网络零售额", "统计指标", "数值", "3.58", "数值", "亿元", "2019年", "区统计局", "0.99", "有效"],
    ["2021-03-18T11:26:52", "金平区农产品网络零售额", "统计指标", "数值", "4.71", "数值", "亿元", "2020年", "区统计局", "0.99", "有效"],
    ["2021-03-18T11:26:52", "金平区农产品网络零售额", "统计指标", "同比增速", "31.6", "数值", "%", "2020年", "区统计局", "0.99", "有效"],
    ["2021-05-24T08:58:13", "金平区", "行政区划", "常住人口", "81.42", "数值", "万人", "2020-11-01", "《金平区第七次全国人口普查公报》", "0.99", "有效"],
    ["2021-05-24T08:58:14", "金平区", "行政区划", "户籍人口", "77.18", "数值", "万人", "2020-12-31", "区公安分局", "0.98", "有效"],
    ["2021-07-02T16:12:07", FUND, "财政资金", "累计拨付金额", "3516200.00", "数值", "元", "截至2021-06-30", "区财政局", "1.00", "已失效"],
    ["2021-09-01T10:05:47", "金平区", "行政区划", "考评数据截止日期", "2021-08-31T00:00:00+08:00", "日期", "—", "—", "汕头市商务局考评通知", "1.00", "有效"],
    ["2021-09-01T10:09:12", "金平区农村网络零售额", "统计指标", "数值", "36.02", "数值", "亿元", "2021年1—8月", "区统计局", "0.93", "有效"],
    ["2021-09-01T10:11:30", "金平区", "行政区划", "电商培训人次", "8266", "整数", "人次", "2019-09-01/2021-08-31", "区商务局培训台账", "0.97", "有效"],
    ["2021-09-01T10:12:05", "建档立卡贫困人口", "人群", "有劳动能力且未外出务工人数", "96", "整数", "人", "截至2021-08-31", "区乡村振兴局", "0.99", "有效"],
    ["2021-09-01T10:12:06", "建档立卡贫困人口", "人群", "参加电商培训人数（按身份证号去重）", "61", "整数", "人", "截至2021-08-31", "区商务局培训台账", "0.97", "有效"],
    ["2021-09-01T10:14:40", FUND, "财政资金", "累计拨付金额", "4128650.00", "数值", "元", "截至2021-08-31", "区财政局", "1.00", "有效"],
    ["2021-09-01T10:15:02", PROJ, "项目", "总体进度", "91", "数值", "%", "截至2021-08-31", "区商务局", "0.95", "有效"],
    ["2021-09-01T10:15:40", PROJ, "项目", "安全生产、质量事故或重大损失", "无", "枚举", "—", "截至2021-08-31", "区商务局", "1.00", "有效"],
    ["2021-09-01T10:15:41", PROJ, "项目", "弄虚作假情况", "无", "枚举", "—", "截至2021-08-31", "区商务局", "1.00", "有效"],
    ["2021-09-01T10:16:05", "金平区", "行政区划", "行政村物流快递覆盖率", "100", "数值", "%", "截至2021-08-31", "汕头市邮政管理局", "0.99", "有效"],
    ["2021-09-02T09:41:00", SELF, "自评记录", "自评分—方案制定", "2", "数值", "分", "—", "区商务局", "1.00", "有效"],
    ["2021-09-02T09:41:01", SELF, "自评记录", "自评分—政策支持", "2", "数值", "分", "—", "区商务局", "1.00", "已失效"],
    ["2021-09-02T09:41:02", SELF, "自评记录", "自评分—项目管理制度", "2", "数值", "分", "—", "区商务局", "1.00", "有效"],
    ["2021-09-02T09:41:02", SELF, "自评记录", "自评分—工作台账", "2", "数值", "分", "—", "区商务局", "1.00", "有效"],
    ["2021-09-02T09:41:03", SELF, "自评记录", "自评分—网销调研", "2", "数值", "分", "—", "区商务局", "1.00", "有效"],
    ["2021-09-02T09:41:03", SELF, "自评记录", "自评分—网络促销活动", "2", "数值", "分", "—", "区商务局", "1.00", "有效"],
    ["2021-09-02T09:41:04", SELF, "自评记录", "自评分—交易标准及冷链溯源", "1", "数值", "分", "—", "区商务局", "1.00", "有效"],
    ["2021-09-02T09:41:04", SELF, "自评记录", "自评分—资金管理制度", "5", "数值", "分", "—", "区商务局", "1.00", "有效"],
    ["2021-09-02T09:41:05", SELF, "自评记录", "自评分—资金台账", "5", "数值", "分", "—", "区商务局", "1.00", "有效"],
    ["2021-09-02T09:41:05", SELF, "自评记录", "自评分—资金及时拨付", "4", "数值", "分", "—", "区商务局", "1.00", "有效"],
    ["2021-09-03T17:22:31", SELF, "自评记录", "自评分—政策支持", "1", "数值", "分", "—", "区商务局（局务会审定）", "1.00", "有效"],
  ];
  // the platform lists triples by ID; IDs follow the order of creation
  const sorted = triples.map((t, i) => ({ t, i })).sort((a, b) => (a.t[0] < b.t[0] ? -1 : a.t[0] > b.t[0] ? 1 : a.i - b.i));
  const rows = [];
  rows.push(["金平区城市知识图谱 · 三元组导出（主题：电子商务进农村综合示范）"]);
  rows.push(["导出平台：汕头市金平区政务大数据中心“城市知识图谱”　导出账号：区商务局 王××　导出时间：2021-09-06T15:20:11+08:00　筛选条件：主题＝电子商务进农村；状态＝全部；排序：三元组ID升序"]);
  rows.push(["说明：一行一个三元组（头实体—关系—尾实体／属性值）。“状态”为“已失效”的三元组已被后来的三元组替代，只作留痕；“置信度”是平台抽取的可信程度，不是数据；时间为 ISO 8601 格式。"]);
  rows.push(["三元组ID", "头实体", "头实体类型", "关系（谓词）", "尾实体／属性值", "值类型", "单位", "时间限定", "数据来源", "置信度", "状态", "更新时间"]);
  sorted.forEach(({ t }, k) => {
    const id = "KG-DSNC-" + String(101 + k).padStart(5, "0");
    rows.push([id, t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], T(t[0])]);
  });
  rows.push(["共 " + triples.length + " 条"]);
  const W = 12;
  const merges = [0, 1, 2].map((i) => rangeA1(i, 0, i, W - 1));
  merges.push(rangeA1(rows.length - 1, 0, rows.length - 1, 1));
  const padded = rows.map((r) => { const o = r.slice(); while (o.length < W) o.push(null); return o; });

  emit("facts", "b92-f3-jinping.json", {
    description: "汕头市金平区商务局交来的事实表是区政务大数据中心“城市知识图谱”平台的三元组导出（主题：电子商务进农村）：三元组ID|头实体|头实体类型|关系（谓词）|尾实体／属性值|值类型|单位|时间限定|数据来源|置信度|状态|更新时间，按ID（即创建先后）排列，同一事项的事实分散在各处；日期是ISO 8601（“2020-10-30T00:00:00+08:00”）；“已失效”的三元组被后来的替代（常住人口83.86万→81.42万、组长常务副区长→区委副书记、区长、免费摄影美工→“摄影、美工（按件收费）”、累计拨付351.62万→4,128,650元、政策支持自评2→1分）；“计划投入运营日期”、户籍人口、2021年1—8月零售额、入驻企业数、置信度都不是输入；省定贫困村数为0；领导小组成员单位一单位一行。",
    sheets: [sheet("三元组导出", padded, merges)],
    expect: {
      facts: {
        county: "金平区",
        asOf: "2021-08-31",
        residentPopulation: 814200,
        adminVillagesStated: 23,
        poorVillagesStated: 0,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-10-30",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 4260000000,
        ruralRetail2020: 5131000000,
        agriRetail2019: 358000000,
        agriRetail2020: 471000000,
        agriRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 8266,
        eligiblePoorPersonsStated: 96,
        trainedPoorPersonsStated: 61,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4128650,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.91,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 1,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 2,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 5,
        "fund.ledger": 5,
        "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  });
});

// ---- ledgers/b92-l1-xiashan: a station-subsidy payment sheet and a co-working desk register
cases.push(function l1Xiashan() {
  // ① 村级电商服务站点运营补贴发放明细（按季度）
  const g = new Grid();
  const W = 12;
  g.merge(0, 0, 0, W - 1, "霞山区村级电子商务服务站点运营补贴发放明细表");
  g.merge(1, 0, 1, W - 1, "（2020年第四季度—2021年第三季度）　　　　单位：元");
  const h1 = ["序号", "街道", "站点名称", "所在村（社区）", "挂牌日期", "运营补贴（元）", null, null, null, "小计", "收款人", "备注"];
  const h2 = [null, null, null, null, null, "2020年第四季度", "2021年第一季度", "2021年第二季度", "2021年第三季度（7—8月）", null, null, null];
  g.row(2, 0, h1);
  g.row(3, 0, h2);
  for (const c of [0, 1, 2, 3, 4, 9, 10, 11]) g.merge(2, c, 3, c);
  g.merge(2, 5, 2, 8);
  let r = 4;
  let seq = 0;
  const records = [];
  const blocks = [
    ["海头街道", [
      ["海头街道南柳村电商服务站", "南柳村", D("2020-06-18"), "2020-06-18", [1500, 1500, 1500, 1000], "陈××", null],
      ["北月村电商服务站", "北月村委会", "2020.7.3", "2020-07-03", [1500, 1500, 1500, 1000], "黄××", null],
      ["海头村电商服务站", "海头村", "2020年9月25日", "2020-09-25", [1500, 1500, 1500, 1000], "庞××", null],
      ["东风村电商服务站", "东风村", "20201116", "2020-11-16", ["—", 1500, 1500, 1000], "梁××", null],
      ["北月村第二服务点（北月市场）", "北月村", "2021/3/26", "2021-03-26", ["—", "—", 1500, 1000], "黄××", "同村第二个站点"],
    ]],
    ["东新街道", [
      ["西厅村电商服务站", "西厅村民委员会", D("2020-08-12"), "2020-08-12", [1500, 1500, 1500, 1000], "莫××", null],
      ["新园村电商服务站", "新园村", "2020.10.15", "2020-10-15", ["—", 1500, 1500, 1000], "邓××", null],
      ["大塘村电商服务站", "大塘村", "2020年12月", "2020-12", ["—", 1500, 1500, 1000], "林××", "挂牌日期只记到月"],
      ["东新社区电商服务点", "东新社区", D("2021-01-08"), "2021-01-08", ["—", "—", 1000, 700], "周××", "社区服务点"],
    ]],
    ["爱国街道", [
      ["洪屋村电商服务站", "洪屋村", "2020/9/1", "2020-09-01", [1500, 1500, 1500, 1000], "洪××", null],
      ["百蓬村电商服务站", "百蓬村", "2020年11月2日", null, ["—", 1500, "停发", "停发"], "何××", "2021年4月撤站，停发补贴，已撤销，不再作为站点"],
      ["百蓬村电商服务站（新址）", "百蓬村", D("2021-06-10"), "2021-06-10", ["—", "—", "—", 1000], "何××", "原站撤销后在村委会一楼重新挂牌"],
      ["湖光村电商服务站", "湖光村", D("2021-08-20"), "2021-08-20", ["—", "—", "—", "—"], "钟××", "8月挂牌，补贴自2021年第四季度起发放"],
      ["菉塘村电商服务站", "菉塘村", "2021年9月3日", "2021-09-03", ["—", "—", "—", "—"], "陈××", "9月新挂牌，列入下期补贴"],
    ]],
  ];
  const grand = [0, 0, 0, 0];
  for (const [street, stations] of blocks) {
    const first = r;
    const sub = [0, 0, 0, 0];
    for (const [name, village, shown, opened, q, payee, note] of stations) {
      seq++;
      const nums = q.map((x) => (typeof x === "number" ? x : 0));
      nums.forEach((x, i) => { sub[i] += x; grand[i] += x; });
      g.row(r, 0, [seq, r === first ? street : null, name, village, shown, q[0], q[1], q[2], q[3], nums.reduce((a, b) => a + b, 0), payee, note]);
      if (opened) records.push({ village, opened });
      r++;
    }
    g.merge(first, 1, r - 1, 1);
    g.row(r, 0, [null, null, street + "小计（" + stations.length + "个）", null, null, sub[0], sub[1], sub[2], sub[3], sub.reduce((a, b) => a + b, 0), null, null]);
    r++;
  }
  g.row(r, 0, [null, null, "合计", null, null, grand[0], grand[1], grand[2], grand[3], grand.reduce((a, b) => a + b, 0), null, null]);
  r++;
  g.merge(r, 0, r, W - 1, "注：1.补贴标准：行政村站点1500元/季度，社区服务点1000元/季度，自挂牌的次季度起发放；2021年第三季度只发7—8月（行政村1000元、社区700元）。2.已撤销的站点停发补贴，不再作为站点；撤站后重新挂牌的按新站点登记。");
  r++;
  g.merge(r, 0, r, W - 1, "制表：区商务局电商股　李××　　　审核：　　　　　　　2021年9月8日");
  if (grand.reduce((a, b) => a + b, 0) !== 46200) throw new Error("xiashan subsidy total drifted");

  // ② 电商众创空间共享工位租用登记表
  const desks = [
    ["A-01", "湛江霞味海产电子商务有限公司", "91440803MA55A1K21X", "网店销售", D("2020-08-03"), "—", 300, "吴××", null],
    ["A-02", "湛江霞味海产电子商务有限公司", "91440803MA55A1K21X", "网店销售", "2020.11.2", "2021.4.30", 300, "吴××", "第二个工位，4月退回"],
    ["A-03", "湛江南海云仓物流有限公司", "91440803MA54Y7QH3B", "仓储物流", "2020年8月17日", "—", 300, "杨××", null],
    ["A-04", "个人创客　陈××", "—", "直播带货", D("2020-09-01"), "—", 150, "陈××", "无营业执照"],
    ["A-05", "湛江港城优选网络科技有限公司", "91440803MA55C0LT6P", "电商平台", "20200915", "20210630", 300, "许××", "退园"],
    ["A-06", "湛江市鲜渔记直播电商有限公司", "91440803MA55D8UR2E", "直播电商", "2020/10/12", "2021/5/10", 300, "梁××", "换至C-03"],
    ["B-01", "湛江蓝湾电商代运营服务有限公司", "91440803MA55E3WN9K", "代运营服务", D("2020-10-20"), "—", 300, "谢××", null],
    ["B-02", "湛江蓝湾电商代运营服务有限公司", "91440803MA55E3WN9K", "代运营服务", D("2021-01-04"), "—", 300, "谢××", "增租一个工位"],
    ["B-03", "湛江市霞山区聚海农产品专业合作社", "93440803MA55F6PD1Q", "农产品网销", "2020.11.16", "—", 300, "符××", null],
    ["B-04", "湛江市百味坊食品有限公司", "91440803MA55G2AX7W", "农产品加工及网销", "2020年12月1日", "2021年3月31日", 300, "冯××", "退园"],
    ["B-05", "湛江市百味坊食品有限公司", "91440803MA55G2AX7W", "农产品加工及网销", "2020年12月1日", "2021年3月31日", 300, "冯××", "退园"],
    ["B-06", "湛江速达同城配送有限公司", "91440803MA55H9BY4C", "快递物流", D("2021-01-18"), "—", 300, "麦××", null],
    ["B-07", "个人创客　林××", "—", "短视频制作", "2021.2.1", "2021.5.31", 150, "林××", "无营业执照"],
    ["B-08", "（空置）", null, null, null, null, null, null, null],
    ["C-01", "湛江港湾直播基地运营有限公司", "91440803MA55K4CE8M", "直播电商", "2021/3/8", "—", 300, "张××", null],
    ["C-02", "湛江市海之味贸易有限公司", "91440803MA55L7DF2R", "网店销售", "20210406", "—", 300, "蔡××", null],
    ["C-03", "湛江市鲜渔记直播电商有限公司", "91440803MA55D8UR2E", "直播电商", "2021/5/10", "—", 300, "梁××", "由A-06换入"],
    ["C-04", "湛江粤西农品汇网络科技有限公司", "91440803MA55M1GH5T", "电商平台", D("2021-06-21"), "—", 300, "李××", null],
    ["C-05", "湛江市渔港冷链物流有限公司", "91440803MA55N8JK3U", "仓储物流", "2021年9月1日", "—", 300, "邓××", "9月新入驻"],
    ["C-06", "（空置）", null, null, null, null, null, null, null],
  ];
  for (const d of desks) if (d[2] && d[2] !== "—" && d[2].length !== 18) throw new Error("credit code length " + d[2]);
  const ent = [
    { name: "湛江霞味海产电子商务有限公司", type: "网店销售", entered: "2020-08-03", left: null },
    { name: "湛江南海云仓物流有限公司", type: "仓储物流", entered: "2020-08-17", left: null },
    { name: "湛江港城优选网络科技有限公司", type: "电商平台", entered: "2020-09-15", left: "2021-06-30" },
    { name: "湛江市鲜渔记直播电商有限公司", type: "直播电商", entered: "2020-10-12", left: null },
    { name: "湛江蓝湾电商代运营服务有限公司", type: "代运营服务", entered: "2020-10-20", left: null },
    { name: "湛江市霞山区聚海农产品专业合作社", type: "农产品网销", entered: "2020-11-16", left: null },
    { name: "湛江市百味坊食品有限公司", type: "农产品加工及网销", entered: "2020-12-01", left: "2021-03-31" },
    { name: "湛江速达同城配送有限公司", type: "快递物流", entered: "2021-01-18", left: null },
    { name: "湛江港湾直播基地运营有限公司", type: "直播电商", entered: "2021-03-08", left: null },
    { name: "湛江市海之味贸易有限公司", type: "网店销售", entered: "2021-04-06", left: null },
    { name: "湛江粤西农品汇网络科技有限公司", type: "电商平台", entered: "2021-06-21", left: null },
    { name: "湛江市渔港冷链物流有限公司", type: "仓储物流", entered: "2021-09-01", left: null },
  ];
  const dw = 9;
  const drows = [];
  drows.push(["霞山区电子商务众创空间（电商产业园孵化区）共享工位租用登记表"]);
  drows.push(["运营单位：湛江市霞创孵化器管理有限公司　　　登记截至：2021年9月10日"]);
  drows.push(["说明：1.一家企业租用多个工位的，每个工位登记一行；企业入驻日期以其最早一个工位的起租日期为准，全部工位退租之日为该企业退出日期，换工位不是退出。2.个人创客（无营业执照）只租工位，不属入驻企业。3.空置工位只登记工位号。"]);
  drows.push(["工位号", "使用单位", "统一社会信用代码", "经营类别", "起租日期", "退租日期", "月租（元）", "联系人", "备注"]);
  for (const d of desks) drows.push(d);
  drows.push(["截至9月10日在租工位12个（其中个人创客1个），空置工位2个"]);
  drows.push(["登记人：黎××　　　　　　园区运营部（盖章）"]);
  const dm = [0, 1, 2].map((i) => rangeA1(i, 0, i, dw - 1));
  dm.push(rangeA1(drows.length - 2, 0, drows.length - 2, dw - 1));
  dm.push(rangeA1(drows.length - 1, 0, drows.length - 1, dw - 1));

  const notes = [
    ["说　明"],
    ["1.本册是霞山区商务局电商股整理的“代用台账”，两张表都不是按考评台账格式专门登记的。"],
    ["2.《站点运营补贴发放明细表》由区财政局按季度发放补贴时形成，当作村级电商服务站点清单使用：一个站点一行，挂牌日期即建站日期；补贴金额、小计、合计不是站点数据。"],
    ["3.《共享工位租用登记表》由众创空间运营方登记，当作电商产业园入驻企业清单使用：一个工位一行，同一企业可有几行。"],
    ["4.填表人：李××　联系电话：0759-22×××××"],
  ];

  emit("ledgers", "b92-l1-xiashan.json", {
    description: "湛江市霞山区商务局电商股交的两张“代用台账”加说明页：①区财政局按季度发放的《村级电子商务服务站点运营补贴发放明细表》当站点台账——两行表头（“运营补贴（元）”合并在2020年第四季度…2021年第三季度（7—8月）四列之上，其余列纵向合并），街道列按街道纵向合并，每街道后一行“××街道小计（n个）”，末行合计，表下补贴标准注和制表行；记录是站点（村取“所在村（社区）”，日期取“挂牌日期”：真日期、2020.7.3、2020年9月25日、20201116、2021/3/26、只到月的“2020年12月”），补贴金额不是日期或站点数；百蓬村原站“2021年4月撤站…不再作为站点”不是记录、其新址重挂的是；北月村两站、东新社区服务点、8月20日挂牌尚未领补贴的湖光村站和9月3日挂牌的菉塘村站都照记，共13条。②众创空间运营方的《共享工位租用登记表》当入驻企业清单——一工位一行（工位号|使用单位|统一社会信用代码|经营类别|起租日期|退租日期|月租|联系人|备注），按表头说明一家企业只记一次（按首次出现顺序）：入驻日取最早工位起租日，全部工位退租才算退出（霞味退回第二个工位仍在园，鲜渔记A-06换到C-03不是退出，百味坊两个工位同日退租即2021-03-31退出），个人创客两行和“（空置）”工位不是企业；9月1日入驻的渔港冷链照记；共12家。③说明页不是台账。",
    sheets: [
      gridSheet("站点运营补贴发放明细", g, W),
      sheet("共享工位租用登记", drows, dm),
      sheet("说明", notes),
    ],
    expect: {
      sheets: {
        "站点运营补贴发放明细": { kind: "stations", records },
        "共享工位租用登记": { kind: "enterprises", records: ent },
        "说明": { kind: null },
      },
    },
  });
});

// ---- ledgers/b92-l2-shunde: a training-provider settlement sheet and a QQ group file list
cases.push(function l2Shunde() {
  // ① 培训服务费结算汇总表
  const g = new Grid();
  const W = 9;
  g.merge(0, 0, 0, W - 1, "顺德区电子商务进农村培训服务费结算汇总表");
  g.merge(1, 0, 1, W - 1, "服务单位：佛山市顺德区粤通职业培训学校　　合同编号：SDSW-2020-PX01　　结算单价：40元/人次（按实到人次结算）");
  g.row(2, 0, ["结算批次", "培训情况", null, null, null, null, "结算情况", null, "备注"]);
  g.row(3, 0, [null, "期次", "培训日期", "培训地点", "培训内容", "实到人次", "结算金额（元）", "审核意见", null]);
  g.merge(2, 0, 3, 0);
  g.merge(2, 1, 2, 5);
  g.merge(2, 6, 2, 7);
  g.merge(2, 8, 3, 8);
  const batches = [
    ["第一次结算\n（2020年12月21日）", [
      ["第1期", "2020年9月24日", "大良街道", "农村电商基础", 126, "2020-09-24", null],
      ["第2期", "2020.10.15", "勒流街道", "网店开设与运营", "98人次", "2020-10-15", null],
      ["第3期", "2020.11.3-4", "龙江镇", "直播带货实操", 152, "2020-11-04", "两天班，人次为两天合计"],
      ["第4期", D("2020-12-10"), "杏坛镇", "农产品网络销售", "１１０", "2020-12-10", null],
    ]],
    ["第二次结算\n（2021年4月28日）", [
      ["第5期", "2021年1月14日", "均安镇", "电商扶贫专场（建档立卡贫困户）", 85, "2021-01-14", "贫困户专场"],
      ["第6期", "2021年2月4日", "伦教街道", "社区团购运营", "—", null, "取消，未开班，不结算"],
      ["第7期", "2021/3/18", "北滘镇", "跨境电商入门", 143, "2021-03-18", null],
      ["第8期", D("2021-04-15"), "陈村镇", "花卉电商", 121, "2021-04-15", null],
    ]],
    ["第三次结算\n（2021年9月17日）", [
      ["第9期", "2021年5月20日", "乐从镇", "家具电商与直播", 167, "2021-05-20", null],
      ["第10期", "2021.6.17-18", "容桂街道", "短视频营销", 188, "2021-06-18", "两天班"],
      ["第11期", D("2021-07-22"), "龙江镇", "农村电商带头人研修", 134, "2021-07-22", null],
      ["第12期", "2021年8月26日", "均安镇", "电商扶贫专场（二）", 76, "2021-08-26", "贫困户专场"],
      ["第13期", "2021年9月9日", "杏坛镇", "农产品直播", 140, "2021-09-09", null],
    ]],
  ];
  const num = (v) => (typeof v === "number" ? v : /^\d+人次$/.test(v) ? parseInt(v, 10) : /^[０-９]+$/.test(v) ? parseInt(v.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)), 10) : 0);
  let r = 4;
  const records = [];
  let totalPT = 0;
  let totalAmt = 0;
  for (const [label, sessions] of batches) {
    const first = r;
    let pt = 0;
    for (const [no, shown, place, topic, times, date, note] of sessions) {
      const n = num(times);
      const amt = n ? n * 40 : "—";
      const ok = date ? "同意" : "—";
      g.row(r, 0, [r === first ? label : null, no, shown, place, topic, times, amt, ok, note]);
      if (date) records.push({ date, personTimes: n });
      pt += n;
      r++;
    }
    g.merge(first, 0, r - 1, 0);
    g.row(r, 0, [null, "小计", null, null, null, pt, pt * 40, null, null]);
    totalPT += pt;
    totalAmt += pt * 40;
    r++;
  }
  g.row(r, 0, ["合计", null, null, null, null, totalPT, totalAmt, null, null]);
  r++;
  g.merge(r, 0, r, W - 1, "注：结算金额＝实到人次×40元；第6期因疫情防控要求取消，未开班，不结算。第13期于9月9日举办，已列入第三次结算。");
  r++;
  g.merge(r, 0, r, W - 1, "服务单位（盖章）：　　　　　　区商务局经办：何××　　　复核：　　　　　财务：");
  if (totalPT !== 1540) throw new Error("shunde settlement person-times drifted: " + totalPT);

  // ② QQ 群文件列表
  const SD = "顺德区商务局-何××";
  const files = [
    // [uploaded ISO date-time, file name, folder, size, uploader, downloads, clerk note, record?]
    ["2020-08-20 09:12", "关于按月报送电商进农村工作进展的通知.pdf", "通知文件", "386KB", "佛山市商务局-梁××", 23, null, undefined],
    ["2020-09-08 15:40", "顺德区2020年8月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "48KB", SD, 3, null, true],
    ["2020-09-09 10:02", "南海区2020年8月电商进农村月报.xlsx", "各区月报", "51KB", "南海区经促局-陈××", 2, null, undefined],
    ["2020-10-09 16:22", "顺德区2020年9月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "49KB", SD, 2, null, true],
    ["2020-10-10 11:30", "高明区9月工作月报.xlsx", "各区月报", "37KB", "高明区经科局-区××", 2, null, undefined],
    ["2020-11-06 17:05", "顺德区2020年10月电商进农村工作月报.xlsx", "各区月报", "45KB", SD, 2, null, null],
    ["2020-11-06 17:09", "顺德区2020年10月电商进农村工作月报(1).xlsx", "各区月报", "45KB", SD, 1, "与上一份相同，重复上传，不另计", "dup"],
    ["2020-12-08 10:26", "顺德区2020年11月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "52KB", SD, 2, null, true],
    ["2020-12-15 15:03", "顺德区电商进农村经验做法（报市局）.docx", "各区材料", "1.2MB", SD, 5, "经验材料，不是月报", undefined],
    ["2021-01-08 09:47", "顺德区2020年12月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "55KB", SD, 2, null, true],
    ["2021-02-20 14:18", "顺德区2021年1月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "50KB", SD, 2, "春节后补报", true],
    ["2021-03-08 16:30", "顺德区2021年2月电商进农村工作月报（不含扶贫数据）.xlsx", "各区月报", "41KB", SD, 2, null, false],
    ["2021-03-10 09:55", "三水区2月月报.xlsx", "各区月报", "39KB", "三水区经科局-莫××", 1, null, undefined],
    ["2021-04-08 11:12", "顺德区2021年3月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "53KB", SD, 2, null, true],
    ["2021-04-20 17:41", "顺德区第8期电商培训班报名表.xlsx", "培训资料", "22KB", SD, 6, "培训报名表，不是月报", undefined],
    ["2021-05-10 10:08", "顺德区2021年4月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "54KB", SD, 2, null, true],
    ["2021-06-08 15:27", "顺德区2021年5月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "56KB", SD, 2, null, true],
    ["2021-07-07 09:36", "顺德区2021年6月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "58KB", SD, 3, null, true],
    ["2021-07-08 16:50", "关于报送上半年电商进农村工作总结的通知.docx", "通知文件", "27KB", "佛山市商务局-梁××", 19, null, undefined],
    ["2021-08-09 11:03", "顺德区2021年7月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "57KB", SD, 2, null, true],
    ["2021-09-07 14:44", "顺德区2021年8月电商进农村工作月报（含扶贫统计）.xlsx", "各区月报", "60KB", SD, 1, null, true],
    ["2021-09-08 10:20", "禅城区8月份月报.xlsx", "各区月报", "43KB", "禅城区经科局-冯××", 1, null, undefined],
  ];
  // QQ lists the newest file first; files of the current year (2021) show no year
  const shown = (ts) => (ts.startsWith("2021-") ? ts.slice(5) : ts);
  const qrows = [];
  qrows.push(["QQ群“佛山市电商进农村工作群”群文件列表"]);
  qrows.push(["导出时间：2021-09-10 10:05　导出人：顺德区商务局 何××（电脑版QQ群文件“全选—复制”后粘贴；QQ对今年上传的文件只显示“月-日 时:分”，不显示年份）"]);
  qrows.push(["说明：只有顺德区商务局上传到“各区月报”文件夹的月报才是我区报市商务局的月报；“电商股补记”一栏为电商股核对时补写。"]);
  qrows.push(["文件名", "所在文件夹", "大小", "上传者", "上传时间", "下载次数", "电商股补记"]);
  const rep = [];
  for (const f of files.slice().reverse()) {
    qrows.push([f[1], f[2], f[3], f[4], shown(f[0]), f[5], f[6]]);
    const flag = f[7];
    if (flag === true || flag === false || flag === null) rep.push({ date: f[0].slice(0, 10), poverty: flag });
  }
  qrows.push(["共 " + files.length + " 个文件"]);
  const qm = [0, 1, 2].map((i) => rangeA1(i, 0, i, 6));
  qm.push(rangeA1(qrows.length - 1, 0, qrows.length - 1, 6));

  const cover = [
    ["顺德区电子商务进农村综合示范"],
    ["考评台账"],
    ["第五册　培训结算　月报报送"],
    [null],
    ["佛山市顺德区经济和科技促进局（商务）"],
    ["2021年9月"],
  ];

  emit("ledgers", "b92-l2-shunde.json", {
    description: "佛山市顺德区经济和科技促进局电商股交的台账第五册（封面+两张表）：①培训机构的《培训服务费结算汇总表》当培训台账——按三次结算分块（“第一次结算（2020年12月21日）”等结算批次纵向合并，结算日期不是培训日期），两行表头（“培训情况”合并在 期次|培训日期|培训地点|培训内容|实到人次 之上，“结算情况”合并在 结算金额（元）|审核意见 之上），一期一行，人次取“实到人次”（有“98人次”文本和全角“１１０”），结算金额是钱不是人次；日期有“2020年9月24日”“2020.10.15”、真日期、“2021/3/18”和两天班区间“2020.11.3-4”“2021.6.17-18”（取结束日）；第6期“取消，未开班”不是记录；每批小计、合计、注和签字行不是记录；9月9日第13期照记；共12条 session 记录。②电脑版QQ群“佛山市电商进农村工作群”的群文件列表复制粘贴当月报台账——文件名|所在文件夹|大小|上传者|上传时间|下载次数|电商股补记，按上传时间倒序（最新在上），今年的文件只显示“09-07 14:44”（年份要按导出时间2021-09-10推为2021年），2020年的显示完整“2020-11-06 17:05”；记录＝顺德区商务局上传到“各区月报”的月报（按表中顺序，日期取上传日），扶贫统计看文件名：“（含扶贫统计）”为是、“（不含扶贫数据）”为否、没写的为空；市局通知、其他区的月报、顺德上传的经验材料和培训报名表、补记“重复上传，不另计”的“(1)”文件都不是记录；9月7日那份照记；共13条。③封面不是台账。",
    sheets: [
      gridSheet("培训服务费结算汇总", g, W),
      sheet("群文件（导出）", qrows, qm),
      sheet("封面", cover),
    ],
    expect: {
      sheets: {
        "培训服务费结算汇总": { kind: "training", records },
        "群文件（导出）": { kind: "reports", records: rep },
        "封面": { kind: null },
      },
    },
  });
});

// ---- counties/b92-c1-shanweichengqu: a whole workbook whose fact sheet is a 3×3 "九宫格" display board
/** 18-digit resident ID with a valid ISO 7064 MOD 11-2 check character. */
function residentId(region, birth, seq) {
  const body = region + birth + String(seq).padStart(3, "0");
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += (+body[i]) * w[i];
  return body + "10X98765432"[s % 11];
}

cases.push(function c1Shanweichengqu() {
  const ASOF = "2021-08-31";
  const derivation = [];

  // ------------------------------------------------ 九宫格（展板文字稿）
  const g = new Grid();
  const W = 11;
  g.merge(0, 0, 0, W - 1, "汕尾市城区电子商务进农村综合示范创建成效“九宫格”（迎检展板文字稿）");
  g.merge(1, 0, 1, W - 1, "按展板位置录入：每一格是展板上的一块（自左至右、自上而下共九块，中间一块是区情和总分）；每块左列为项目、中列为内容、右列为说明，“自评｜”开头的行是该项自评分。");
  const blocks = [
    // row 1
    ["①　组织领导与统筹协调（10分）", [
      ["领导小组组长", "区委副书记、区长", null],
      ["成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局", null],
      ["示范创建工作方案", "已正式印发", "汕城府办〔2020〕6号"],
      ["支持农村电商发展政策", "已出台", "《城区促进农村电商发展十条措施》"],
      ["项目管理制度（自评）", "2分", "建设、验收环节严格执行"],
      ["工作台账（自评）", "1分", "台账部分内容不完整"],
      ["自评｜组织领导", "2分", "满分2分"],
      ["自评｜方案制定", "2分", "满分2分"],
      ["自评｜政策支持", "1分", "满分2分"],
      ["自评｜项目管理", "3分", "满分4分"],
    ]],
    ["②　县级电商公共服务中心及产业园（15分）", [
      ["公共服务中心投入运营", "2020年11月26日", "区电商公共服务中心（凤山街道）"],
      ["免费培训场所、培训设备", "✓", null],
      ["特色农产品免费展示、销售", "✓", null],
      ["免费摄影、美工服务", "✓", null],
      ["农产品统一推广、品牌建设指导", "✓", "“汕尾鲜”区域公用品牌"],
      ["其他衍生增值服务", "✗", "拟于10月开通代办营业执照服务"],
      ["建设或整合、优化电商产业园", "✓", "城区电商产业园（整合原凤山创客空间）"],
      ["产业园入驻企业", "23家", "见附6"],
      ["入驻企业类型", "平台型、销售型、电商运营商、物流企业、直播电商", null],
      ["自评｜服务体系建设（县级中心及产业园）", "14分", "满分15分"],
    ]],
    ["③　村级电商服务站点（10分）", [
      ["行政村", "40个", "另有社区（居委会）11个，见附1"],
      ["省定贫困村", "6个", null],
      ["已建站行政村", "29个（72.5%）", "见附2"],
      ["省定贫困村覆盖", "6／6（100%）", null],
      ["自评｜服务体系建设（村级站点）", "10分", "满分10分"],
    ]],
    // row 2
    ["④　农村产品上行（10分）", [
      ["网销调研并形成针对性建议（自评）", "2分", "《城区农产品网络销售调研报告》"],
      ["网络促销活动（自评）", "2分", "“渔港开海节”等促销活动5场"],
      ["专业第三方电商运营服务商", "✓", "汕尾市汕商云电子商务有限公司"],
      ["行政村物流快递覆盖率", "100%", "见附1“快递进村”栏"],
      ["交易标准、冷链及溯源系统（自评）", "1分", "冷链溯源系统在建"],
      ["2019年农村网络零售额", "6.82亿元", null],
      ["2020年农村网络零售额", "8.47亿元", "同比增长24.2%"],
      ["2019年农产品网络零售额", "1.36亿元", null],
      ["2020年农产品网络零售额", "1.83亿元", "同比增长34.6%"],
      ["自评｜农村产品上行", "9分", "满分10分"],
    ]],
    ["⑤　区情及总分", [
      ["县（市、区）", "汕尾市城区", null],
      ["数据截止日期", "2021年8月31日", null],
      ["常住人口", "48.37万人", "第七次人口普查"],
      ["户籍人口", "51.94万人", "仅供参考"],
      ["下达省级专项资金", "500万元", null],
      ["项目总体进度", "90%", null],
      ["安全生产、质量事故或重大损失", "无", null],
      ["弄虚作假", "无", null],
      ["自评总分", "97分", "含加分3分"],
    ]],
    ["⑥　电商人才培训（20分）", [
      ["累计培训", "5,034人次", "2020.9—2021.9，含贫困户专场"],
      ["有劳动能力的建档立卡贫困人口（不含外出务工）", "26人", "见附5"],
      ["参训建档立卡贫困人口", "19人（73.1%）", "见附4"],
      ["自评｜电商人才培训", "20分", "满分20分"],
      ["自评｜加分：贫困人口培训率≥70%", "2分", "满分2分"],
    ]],
    // row 3
    ["⑦　信息公开及报送（10分）", [
      ["区政府网站电商进农村专栏", "已设立", null],
      ["专栏公示创建方案", "✓", null],
      ["专栏公示项目基本信息", "✓", null],
      ["专栏按月更新项目建设进度", "✓", "见附9"],
      ["专栏监督举报窗口", "✓", "监督举报电话、邮箱"],
      ["每月向市商务局报送工作情况", "✓", "见附8"],
      ["电商扶贫统计", "✓", "月报附电商扶贫统计表"],
      ["自评｜信息公开", "4分", "满分4分"],
      ["自评｜数据上报", "6分", "满分6分"],
    ]],
    ["⑧　宣传推广（10分）", [
      ["向市商务局报送经验材料", "2篇", "见附11"],
      ["媒体报道", "省级、市级、区级", "见附10"],
      ["电商扶贫典型案例电视播报", "广东广播电视台珠江频道", "2021年1月"],
      ["自评｜案例总结", "2分", "满分2分"],
      ["自评｜经验推广", "8分", "满分8分"],
      ["自评｜加分：典型案例电视播报", "1分", "省级电视"],
    ]],
    ["⑨　财政资金管理（15分）", [
      ["资金管理制度", "已制定", "汕城财〔2020〕18号"],
      ["资金专用台账", "已建立", "见附7"],
      ["资金管理制度（自评）", "5分", null],
      ["资金台账（自评）", "4分", "个别凭证后补"],
      ["累计拨付", "397.6万元（79.5%）", null],
      ["资金及时拨付（自评）", "4分", null],
      ["自评｜制度建立", "5分", "满分5分"],
      ["自评｜资金台账", "4分", "满分5分"],
      ["自评｜资金支出", "4分", "满分5分"],
    ]],
  ];
  let top = 3;
  for (let br = 0; br < 3; br++) {
    const trio = blocks.slice(br * 3, br * 3 + 3);
    const height = 1 + Math.max(...trio.map((b) => b[1].length));
    trio.forEach(([title, lines], bc) => {
      const c0 = bc * 4;
      g.merge(top, c0, top, c0 + 2, title);
      lines.forEach((ln, i) => g.row(top + 1 + i, c0, ln));
    });
    top += height;
    if (br < 2) top += 1; // a blank row between rows of blocks
  }
  g.merge(top, 0, top, W - 1, "汕尾市城区商务局电商股　2021年9月");
  const boardRows = g.toRows(W);

  // ------------------------------------------------ 附1 村（居）委会名单
  const towns = [
    ["凤山街道", [], ["凤苑社区", "凤湖社区", "新园社区"], ""],
    ["新港街道", [], ["新港社区", "海滨社区", "品清湖社区"], ""],
    ["香洲街道", [], ["香洲社区", "汕尾港社区", "红光社区"], ""],
    ["马宫街道", ["金町", "马宫", "后江", "港尾", "龙头", "下埔", "盐屿", "赤岭"], ["海港社区"], "村委会"],
    ["东涌镇", ["东涌", "品清", "新寮", "田墘", "后湖", "湖东", "金湖", "石角", "上寮", "东溪"], [], "村委会"],
    ["红草镇", ["红草", "埔边", "三驾", "新湖", "长沙", "晨洲", "新华", "尖山", "埔上", "凤池", "新埔", "西湖"], [], "村民委员会"],
    ["捷胜镇", ["沙坑", "南门", "东门", "西门", "北门", "东坑", "新街", "东洲", "后寮", "虎地"], ["捷胜社区"], "村"],
  ];
  const POOR = new Set(["赤岭", "田墘", "石角", "埔边", "尖山", "东坑"]);
  const vg = new Grid();
  vg.merge(0, 0, 0, 6, "附1　汕尾市城区村（居）民委员会名单");
  vg.row(1, 0, ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "快递进村", "备注"]);
  let vr = 2;
  let vs = 0;
  const adminVillages = [];
  const expressNote = { "港尾": "√（邮政代投）", "上寮": "√（邮政代投）", "西湖": "√（邮政代投）", "后寮": "√（邮政代投）" };
  for (const [town, vils, comms, suffix] of towns) {
    const first = vr;
    for (const v of vils) {
      vs++;
      adminVillages.push(v);
      vg.row(vr, 0, [vs, vr === first ? town : null, v + suffix, "村委会", POOR.has(v) ? "★" : null, expressNote[v] || "√", null]);
      vr++;
    }
    for (const c of comms) {
      vs++;
      vg.row(vr, 0, [vs, vr === first ? town : null, c + "居民委员会", "居委会", "—", "—", null]);
      vr++;
    }
    if (vr - 1 > first) vg.merge(first, 1, vr - 1, 1);
  }
  vg.merge(vr, 0, vr, 6, "合计：村委会40个、居委会11个；★为省定相对贫困村（6个）。");
  vr++;
  vg.merge(vr, 0, vr, 6, "注：“快递进村”√为有快递物流企业（含邮政代投）到村；居委会不填。");
  if (adminVillages.length !== 40) throw new Error("villages: " + adminVillages.length);

  // ------------------------------------------------ 附2 站点清单
  // [town, station, village cell, shown date, iso date or null, counts as village (name in list)]
  const stations = [
    ["马宫街道", "金町村电商服务站", "金町村", D("2020-07-16"), "2020-07-16"],
    ["马宫街道", "马宫村电商服务站", "马宫村委会", "2020.8.20", "2020-08-20"],
    ["马宫街道", "后江村电商服务站", "后江村", "2020年9月8日", "2020-09-08"],
    ["马宫街道", "龙头村电商服务站", "龙头村", D("2020-10-22"), "2020-10-22"],
    ["马宫街道", "盐屿村电商服务站", "盐屿村委会", "2021/1/12", "2021-01-12"],
    ["马宫街道", "下埔村电商服务站", "下埔村", "2021.4.7", "2021-04-07"],
    ["马宫街道", "赤岭村电商服务站", "赤岭村", "2021年8月31日", "2021-08-31"],
    ["马宫街道", "马宫渔港电商服务点", "马宫渔港", "2021.5.18", "2021-05-18"],
    ["马宫街道", "港尾村电商服务站", "港尾村", "2021年9月10日", "2021-09-10"],
    ["东涌镇", "东涌村电商服务站", "东涌村", D("2020-06-30"), "2020-06-30"],
    ["东涌镇", "品清村电商服务站", "品清村", "2020.9.15", "2020-09-15"],
    ["东涌镇", "田墘村电商服务站", "田墘村委会", "2020年10月9日", "2020-10-09"],
    ["东涌镇", "后湖村电商服务站", "后湖村", "2020/11/20", "2020-11-20"],
    ["东涌镇", "石角村电商服务站", "石角村", "2020.12.18", "2020-12-18"],
    ["东涌镇", "金湖村电商服务站", "金湖村", D("2021-03-05"), "2021-03-05"],
    ["东涌镇", "东溪村电商服务站", "东溪村", "2021年5月", "2021-05"],
    ["红草镇", "红草村电商服务站", "红草村", D("2020-06-12"), "2020-06-12"],
    ["红草镇", "埔边村电商服务站", "埔边村", "2020.7.28", "2020-07-28"],
    ["红草镇", "三驾村电商服务站", "三驾村委会", "2020年8月26日", "2020-08-26"],
    ["红草镇", "新湖村电商服务站", "新湖村", D("2020-10-14"), "2020-10-14"],
    ["红草镇", "长沙村电商服务站", "长沙村", "2020/12/3", "2020-12-03"],
    ["红草镇", "晨洲村电商服务站", "晨洲村", "2021.2.24", "2021-02-24"],
    ["红草镇", "尖山村电商服务站", "尖山村民委员会", D("2021-03-16"), "2021-03-16"],
    ["红草镇", "凤池村电商服务站", "凤池村", "2021年6月18日", "2021-06-18"],
    ["捷胜镇", "沙坑村电商服务站", "沙坑村委会", D("2020-08-05"), "2020-08-05"],
    ["捷胜镇", "南门村电商服务站", "南门村", "2020.9.29", "2020-09-29"],
    ["捷胜镇", "东门村电商服务站", "东门村", "2020年11月11日", "2020-11-11"],
    ["捷胜镇", "东门村第二电商服务站（东门市场）", "东门村", "2021.3.22", "2021-03-22"],
    ["捷胜镇", "东坑村电商服务站", "东坑村", "2021/4/15", "2021-04-15"],
    ["捷胜镇", "东洲村电商服务站", "东洲村", D("2021-05-20"), "2021-05-20"],
    ["捷胜镇", "捷胜社区电商服务点", "捷胜社区", "2021.6.1", "2021-06-01"],
    ["捷胜镇", "虎地村电商服务站", "虎地村", "2021年7月9日", "2021-07-09"],
    ["凤山街道", "凤苑社区电商服务点", "凤苑社区", D("2021-01-15"), "2021-01-15"],
  ];
  const sg = new Grid();
  sg.merge(0, 0, 0, 8, "附2　汕尾市城区村级电子商务服务站点清单");
  sg.row(1, 0, ["序号", "镇（街道）", "站点名称", "所在村（社区）", "地址", "负责人", "联系电话", "挂牌时间", "服务内容"]);
  let sr = 2;
  let prevTown = null;
  let townStart = 2;
  stations.forEach((s, i) => {
    if (s[0] !== prevTown) {
      if (prevTown !== null && sr - 1 > townStart) sg.merge(townStart, 1, sr - 1, 1);
      prevTown = s[0];
      townStart = sr;
    }
    const vil = s[2];
    sg.row(sr, 0, [i + 1, sr === townStart ? s[0] : null, s[1], vil, (/社区$/.test(vil) ? s[0] + vil + "居委会一楼" : /渔港$/.test(vil) ? s[0] + vil + "码头" : s[0] + vil.replace(/(村委会|村民委员会|村)$/, "") + "村委会办公楼一楼"), ["陈", "黄", "林", "吴", "郑", "蔡"][i % 6] + "××", "1390660" + String(1200 + i * 37).slice(-4), s[3], "代购代销、快递收发、缴费、电商宣传"]);
    sr++;
  });
  if (sr - 1 > townStart) sg.merge(townStart, 1, sr - 1, 1);
  sg.merge(sr, 0, sr, 8, "注：马宫渔港服务点设在渔港码头，不属任何村；港尾村站点2021年9月10日挂牌。");
  sr++;
  sg.merge(sr, 0, sr, 8, "填表人：区商务局电商股　　　　2021年9月12日");

  // ------------------------------------------------ 附5 贫困人口名单 (people first: the sign-in sheet uses their IDs)
  const surnames = ["陈", "黄", "林", "吴", "郑", "蔡", "刘", "李", "张", "杨", "许", "彭", "钟", "曾", "卓", "庄", "余", "叶", "詹", "洪"];
  const given = ["亚妹", "海生", "水娣", "石头", "阿妹", "金福", "秀英", "木生", "亚强", "美娟", "潮生", "丽华", "亚东", "春娇", "伟明", "月娥", "细妹", "志雄", "玉兰", "少华"];
  const poorVillages = ["田墘村", "石角村", "埔边村", "尖山村", "东坑村", "赤岭村"];
  const poorTown = { "田墘村": "东涌镇", "石角村": "东涌镇", "埔边村": "红草镇", "尖山村": "红草镇", "东坑村": "捷胜镇", "赤岭村": "马宫街道" };
  // categories: E eligible (labour, not migrant), M labour + migrant, N no labour
  const plan = [];
  for (let i = 1; i <= 26; i++) plan.push(["E", i]);
  for (let i = 1; i <= 8; i++) plan.push(["M", i]);
  for (let i = 1; i <= 6; i++) plan.push(["N", i]);
  // interleave so that the list is in household order, not by category
  const order = [];
  const e = plan.filter((p) => p[0] === "E"), m = plan.filter((p) => p[0] === "M"), n = plan.filter((p) => p[0] === "N");
  let ie = 0, im = 0, inn = 0;
  for (let k = 0; k < 40; k++) {
    if (k % 5 === 1 && im < m.length) order.push(m[im++]);
    else if (k % 7 === 3 && inn < n.length) order.push(n[inn++]);
    else if (ie < e.length) order.push(e[ie++]);
    else if (im < m.length) order.push(m[im++]);
    else order.push(n[inn++]);
  }
  const people = {};
  order.forEach(([cat, i], k) => {
    const vil = poorVillages[k % 6];
    const year = 1962 + ((k * 7) % 38);
    const month = String(1 + ((k * 5) % 12)).padStart(2, "0");
    const day = String(1 + ((k * 11) % 28)).padStart(2, "0");
    let seq = 101 + k * 13;
    let id = residentId("441502", "" + year + month + day, seq);
    if (cat === "E" && i === 7) {
      while (!id.endsWith("X")) { seq++; id = residentId("441502", "" + year + month + day, seq); }
    }
    const name = surnames[(k * 3) % 20] + given[(k * 7 + 3 + Math.floor(k / 20) * 2) % 20];
    const labour = cat === "N" ? (i % 3 === 0 ? "丧失劳动力" : "无劳动力") : (k % 4 === 0 ? "技能劳动力" : "普通劳动力");
    const migrant = cat === "M" ? "是" : "否";
    people[cat + i] = { cat, name, id, vil, town: poorTown[vil], labour, migrant };
  });
  const pg = new Grid();
  pg.merge(0, 0, 0, 8, "附5　汕尾市城区建档立卡贫困人口名单（劳动力及务工情况）");
  pg.merge(1, 0, 1, 8, "提供单位：区乡村振兴局　　数据时点：2021年8月31日");
  pg.row(2, 0, ["序号", "镇（街道）", "村", "姓名", "身份证号码", "劳动能力", "是否外出务工", "务工地点", "备注"]);
  order.forEach(([cat, i], k) => {
    const p = people[cat + i];
    pg.row(3 + k, 0, [k + 1, p.town, p.vil, p.name, p.id, p.labour, p.migrant, p.migrant === "是" ? ["深圳", "东莞", "广州", "惠州"][k % 4] : null, null]);
  });
  const pLast = 3 + order.length;
  pg.merge(pLast, 0, pLast, 8, "合计40人：有劳动能力34人（其中外出务工8人），无劳动能力6人。");

  // ------------------------------------------------ 附4 贫困户专场签到
  const sessions = [
    ["第一期", "2020年12月17日", "2020-12-17", "东涌镇", ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "M1"]],
    ["第二期", "2021.5.13", "2021-05-13", "红草镇", ["E9", "E10", "E11", "E12", "E13", "E14", "E15", "E1", "N1"]],
    ["第三期", D("2021-08-12"), "2021-08-12", "马宫街道", ["E16", "E17", "E18", "E5", "M2"]],
    ["第四期", "2021年9月9日", "2021-09-09", "捷胜镇", ["E19", "E2", "E3", "E9"]],
  ];
  const tg = new Grid();
  tg.merge(0, 0, 0, 6, "附4　建档立卡贫困户电商培训专场签到表");
  tg.merge(1, 0, 1, 6, "说明：专场学员逐人签到；专场人次未计入附3。");
  tg.row(2, 0, ["序号", "期次", "培训日期", "姓名", "身份证号", "所在镇村", "签名"]);
  let tr = 3;
  let tseq = 0;
  for (const [no, shownDate, , place, who] of sessions) {
    const first = tr;
    for (const key of who) {
      const p = people[key];
      tseq++;
      let idShown = p.id;
      if (key === "E7") idShown = p.id.slice(0, 17) + "x";
      if (key === "E12") idShown = p.id.slice(0, 6) + " " + p.id.slice(6, 14) + " " + p.id.slice(14);
      tg.row(tr, 0, [tseq, tr === first ? no + "（" + place + "）" : null, tr === first ? shownDate : null, p.name, idShown, p.town + p.vil, p.name]);
      tr++;
    }
    tg.merge(first, 1, tr - 1, 1);
    tg.merge(first, 2, tr - 1, 2);
  }

  // ------------------------------------------------ 附3 培训登记（按期次）
  const ts = [
    ["第1期", "2020年9月17日", "2020-09-17", "区电商公共服务中心", "农村电商基础", 280, 12],
    ["第2期", D("2020-10-15"), "2020-10-15", "马宫街道", "网店开设", 310, 8],
    ["第3期", "2020.10.29", "2020-10-29", "东涌镇", "海产品网销", 260, 10],
    ["第4期", "2020.11.12-13", "2020-11-13", "区电商公共服务中心", "直播带货实操（两天）", 342, 6],
    ["第5期", "2020/11/26", "2020-11-26", "红草镇", "农产品包装与品牌", 255, 9],
    ["第6期", "2020年12月10日", "2020-12-10", "捷胜镇", "短视频营销", 298, 7],
    ["第7期", D("2020-12-24"), "2020-12-24", "区电商公共服务中心", "电商物流与冷链", 276, 5],
    ["第8期", "2021.1.14", "2021-01-14", "凤山街道", "社区团购", 231, 3],
    ["—", "2021年2月", null, "—", "春节期间暂停线下培训", "—", "—"],
    ["第9期", "2021年3月11日", "2021-03-11", "马宫街道", "跨境电商入门", 305, 6],
    ["第10期", "2021/3/25", "2021-03-25", "东涌镇", "网店运营提升", 268, 9],
    ["第11期", "2021.4.15-16", "2021-04-16", "区电商公共服务中心", "直播电商（两天）", 336, 11],
    ["第12期", D("2021-04-29"), "2021-04-29", "红草镇", "农村电商带头人", 247, 8],
    ["第13期", "2021年5月20日", "2021-05-20", "捷胜镇", "渔获网销", 289, 10],
    ["第14期", "2021.6.10", "2021-06-10", "新港街道", "电商客服", 262, 4],
    ["第15期", "2021/6/24", "2021-06-24", "区电商公共服务中心", "短视频拍摄剪辑", "２７４", 7],
    ["第16期", D("2021-07-15"), "2021-07-15", "马宫街道", "海产品直播", 251, 9],
    ["第17期", "2021年8月19日", "2021-08-19", "东涌镇", "电商营销推广", 223, 6],
    ["第18期", "2021年9月8日", "2021-09-08", "区电商公共服务中心", "迎检专题培训", 300, 5],
  ];
  const fw = (v) => (typeof v === "number" ? v : /^[０-９]+$/.test(v) ? +v.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : 0);
  const sessTotal = ts.reduce((a, s) => a + fw(s[5]), 0);
  const sessBefore = ts.filter((s) => s[2] && s[2] <= ASOF).reduce((a, s) => a + fw(s[5]), 0);
  const trows = [["附3　汕尾市城区电商培训登记表（按期次）"], ["说明：一期一行，记参训人次；贫困户专场另见附4（逐人签到），人次不在本表重复登记。"],
    ["期次", "培训日期", "培训地点", "培训主题", "参训人次", "其中贫困户（人次）", "备注"]];
  for (const s of ts) trows.push([s[0], s[1], s[3], s[4], s[5], s[6], null]);
  trows.push(["合计", null, null, null, sessTotal, ts.reduce((a, s) => a + (typeof s[6] === "number" ? s[6] : 0), 0), "含9月第18期"]);
  const tm = [rangeA1(0, 0, 0, 6), rangeA1(1, 0, 1, 6), rangeA1(trows.length - 1, 0, trows.length - 1, 3)];

  // ------------------------------------------------ 附6 入驻企业
  const firms = [
    ["汕尾市城区海鲜汇电子商务有限公司", "91441502MA4UK1A20N", "销售型", D("2020-07-01"), "2020-07-01", null, null],
    ["汕尾市品清湖电商运营服务有限公司", "91441502MA4UK3B41P", "电商运营商", "2020.7.1", "2020-07-01", null, null],
    ["汕尾市凤山物流有限公司", "91441502MA4UK5C62Q", "物流企业", "2020年7月15日", "2020-07-15", null, null],
    ["汕尾市渔家乐网络科技有限公司", "91441502MA4UK7D83R", "平台型", "2020/8/3", "2020-08-03", null, null],
    ["汕尾市城区红草农产品专业合作社", "93441502MA4UK9E04T", "销售型", D("2020-08-20"), "2020-08-20", null, null],
    ["汕尾市捷胜海味食品有限公司", "91441502MA4UL1F25U", "销售型", "2020.9.1", "2020-09-01", "2021.5.31", "2021-05-31"],
    ["汕尾市马宫水产贸易有限公司", "91441502MA4UL3G46W", "销售型", "20200910", "2020-09-10", null, null],
    ["汕尾市汕尾港直播电商有限公司", "91441502MA4UL5H67X", "直播电商", "2020年9月28日", "2020-09-28", null, null],
    ["汕尾市东涌优选供应链有限公司", "91441502MA4UL7J88Y", "物流企业", D("2020-10-12"), "2020-10-12", null, null],
    ["汕尾市城区小海螺电子商务有限公司", "91441502MA4UL9K09A", "销售型", "2020.10.26", "2020-10-26", null, null],
    ["汕尾市蓝海云仓储有限公司", "91441502MA4UM1L20B", "物流企业", "2020/11/9", "2020-11-09", null, null],
    ["汕尾市善美农品网络科技有限公司", "91441502MA4UM3M41C", "平台型", "2020年11月23日", "2020-11-23", null, null],
    ["汕尾市新港跨境电商有限公司", "91441502MA4UM5N62D", "销售型", D("2020-12-07"), "2020-12-07", null, null],
    ["汕尾市粤东鲜生电商运营有限公司", "91441502MA4UM7P83E", "电商运营商", "2021.1.4", "2021-01-04", null, null],
    ["汕尾市城区海鲜汇供应链有限公司", "91441502MA4UK1A20N", "销售型", "2021.3.15", "2021-03-15", null, null, "原“汕尾市城区海鲜汇电子商务有限公司”，2021年3月更名，同一企业"],
    ["汕尾市品清湖文创电商有限公司", "91441502MA4UM9Q04F", "销售型", "2021年3月22日", "2021-03-22", null, null],
    ["汕尾市红光快递服务有限公司", "91441502MA4UN1R25G", "物流企业", D("2021-04-06"), "2021-04-06", null, null],
    ["汕尾市晨洲蚝业电商有限公司", "91441502MA4UN3T46H", "销售型", "2021/5/10", "2021-05-10", null, null],
    ["汕尾市海滨直播基地运营有限公司", "91441502MA4UN5U67J", "电商运营商", "2021.6.1", "2021-06-01", "2021年8月31日", "2021-08-31"],
    ["汕尾市金町海产电商有限公司", "91441502MA4UN7W88K", "销售型", D("2021-06-21"), "2021-06-21", null, null],
    ["汕尾市城区乡村振兴电商服务有限公司", "91441502MA4UN9X09L", "电商运营商", "2021年7月19日", "2021-07-19", null, null],
    ["汕尾市汕尾港鱼丸食品有限公司", "91441502MA4UP1Y20M", "销售型", "2021.8.31", "2021-08-31", null, null],
    ["汕尾市东洲渔业科技有限公司", "91441502MA4UP3A41N", "销售型", "2021年9月6日", "2021-09-06", null, null],
  ];
  for (const f of firms) if (f[1].length !== 18) throw new Error("credit code " + f[1]);
  const erows = [["附6　汕尾市城区电商产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  firms.forEach((f, i) => erows.push([i + 1, f[0], f[1], f[2], f[3], f[5] || "—", f[7] || null]));
  erows.push(["注：截至2021年9月10日共登记23家（含更名重复登记1家、已退出2家）。"]);
  const em = [rangeA1(0, 0, 0, 6), rangeA1(erows.length - 1, 0, erows.length - 1, 6)];

  // ------------------------------------------------ 附7 资金拨付
  const pays = [
    ["2020-07-15", D("2020-07-15"), "区电商公共服务中心建设（首期款）", "汕尾市汕商云电子商务有限公司", 960000, "记-2020-07-031", null],
    ["2020-09-28", "2020.9.28", "村级电商服务站点建设（一期）", "汕尾市汕商云电子商务有限公司", 480000, "记-2020-09-052", null],
    ["2020-11-20", "2020年11月20日", "区电商公共服务中心建设（二期款）", "汕尾市汕商云电子商务有限公司", "640,000.00", "记-2020-11-018", null],
    ["2020-12-25", D("2020-12-25"), "电商培训服务（首期）", "汕尾市城区职业技能培训中心", 300000, "记-2020-12-077", null],
    ["2021-03-12", "2021/3/12", "村级电商服务站点建设（二期）", "汕尾市汕商云电子商务有限公司", 420000, "记-2021-03-024", null],
    ["2021-06-18", "2021.6.18", "农产品网络销售调研服务费", "广东海丝智库咨询有限公司", 120000, "记-2021-06-033", null],
    ["2021-06-25", "2021.6.25", "农产品网络销售调研服务费（退回）", "广东海丝智库咨询有限公司", -120000, "记-2021-06-041", "收款账号有误，银行退回"],
    ["2021-06-28", "2021.6.28", "农产品网络销售调研服务费（重新支付）", "广东海丝智库咨询有限公司", 120000, "记-2021-06-045", null],
    ["2021-07-20", "2021年7月20日", "村级电商服务站点建设（三期）", "汕尾市汕商云电子商务有限公司", "38.6万", "记-2021-07-016", null],
    ["2021-08-27", D("2021-08-27"), "区电商公共服务中心运营服务费", "汕尾市汕商云电子商务有限公司", 250000, "记-2021-08-058", null],
    ["2021-09-06", "2021年9月6日", "区电商公共服务中心建设（尾款）", "汕尾市汕商云电子商务有限公司", 420000, "记-2021-09-007", null],
  ];
  const amt = (v) => (typeof v === "number" ? v : /万$/.test(v) ? Math.round(parseFloat(v) * 10000) : +v.replace(/,/g, ""));
  const payTotal = pays.reduce((a, p) => a + amt(p[4]), 0);
  const payBefore = pays.filter((p) => p[0] <= ASOF).reduce((a, p) => a + amt(p[4]), 0);
  const frows = [["附7　汕尾市城区省级电子商务进农村综合示范专项资金拨付台账"], ["下达资金：500万元　　　　　金额单位：元"],
    ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => frows.push([i + 1, p[1], p[2], p[3], p[4], p[5], p[6]]));
  frows.push(["合计", null, null, null, payTotal, null, null]);
  frows.push(["经办：区商务局　陈××　　　复核：区财政局　吴××"]);
  const fm = [rangeA1(0, 0, 0, 6), rangeA1(1, 0, 1, 6), rangeA1(frows.length - 2, 0, frows.length - 2, 3), rangeA1(frows.length - 1, 0, frows.length - 1, 6)];

  // ------------------------------------------------ 附8 月报报送
  const reps = [
    [D("2020-09-08"), "2020年8月工作进展月报", "√"],
    ["2020.10.9", "2020年9月工作进展月报", "√"],
    ["2020年11月6日", "2020年10月工作进展月报", "√"],
    ["2020/12/8", "2020年11月工作进展月报", "√"],
    [D("2021-01-08"), "2020年12月工作进展月报", "√"],
    ["2021年2月22日", "2021年1月工作进展月报（春节后补报）", "√"],
    ["2021.3.8", "2021年2月工作进展月报", null],
    ["2021/4/8", "2021年3月工作进展月报", "√"],
    [D("2021-05-10"), "2021年4月工作进展月报", "√"],
    ["2021年6月8日", "2021年5月工作进展月报", "√"],
    ["2021.7.8", "2021年6月工作进展月报", "√"],
    [D("2021-08-09"), "2021年7月工作进展月报", "√"],
    ["2021年9月7日", "2021年8月工作进展月报", "√"],
  ];
  const rrows = [["附8　向汕尾市商务局报送工作情况登记表"], ["序号", "报送时间", "报送内容", "报送方式", "是否附电商扶贫统计表"]];
  reps.forEach((x, i) => rrows.push([i + 1, x[0], x[1], i % 3 === 0 ? "粤政易" : "电子邮件", x[2]]));
  const rm = [rangeA1(0, 0, 0, 4)];

  // ------------------------------------------------ 附9 专栏更新
  const discl = [
    ["2020.6.15", "汕尾市城区电子商务进农村综合示范创建工作方案", "创建方案"],
    [D("2020-08-03"), "城区电子商务进农村综合示范项目基本信息公示", "项目公示"],
    ["2020年9月7日", "8月份项目建设进度", "建设进度"],
    ["2020/10/12", "9月份项目建设进度", "建设进度"],
    ["2020.10.20", "关于设立电商进农村示范项目监督举报电话和邮箱的公告", "监督举报"],
    [D("2020-11-09"), "10月份项目建设进度", "建设进度"],
    ["2020年12月7日", "11月份项目建设进度", "建设进度"],
    ["2021.1.11", "12月份项目建设进度", "建设进度"],
    ["2021/2/23", "1月份项目建设进度", "建设进度"],
    [D("2021-03-09"), "2月份项目建设进度", "建设进度"],
    ["2021年4月12日", "3月份项目建设进度", "建设进度"],
    ["2021.5.11", "4月份项目建设进度", "建设进度"],
    ["2021/6/9", "5月份项目建设进度", "建设进度"],
    [D("2021-07-12"), "6月份项目建设进度", "建设进度"],
    ["2021年8月10日", "7月份项目建设进度", "建设进度"],
    ["2021.9.6", "8月份项目建设进度", "建设进度"],
  ];
  const drows = [["附9　区政府网站“电子商务进农村”专栏更新记录"], ["序号", "发布日期", "标题", "子栏目", "链接"]];
  discl.forEach((x, i) => drows.push([i + 1, x[0], x[1], x[2], "http://www.swcq.gov.cn/zwgk/dsjnc/content/post_" + (681200 + i * 317) + ".html"]));
  const dm = [rangeA1(0, 0, 0, 4)];

  // ------------------------------------------------ 附10 宣传报道
  const media = [
    ["2020.10.16", "汕尾日报", "市级", "报纸", "城区电商服务站开进渔村", "否"],
    [D("2020-12-02"), "南方日报", "省级", "报纸", "汕尾城区：电商让海味“游”出渔港", "否"],
    ["2021年1月20日", "广东广播电视台珠江频道《今日关注》", "省级", "电视", "汕尾城区：电商带贫困户把海鲜卖向全国", "是"],
    ["2021/4/8", "汕尾广播电视台《汕尾新闻》", "市级", "电视", "红草镇贫困户直播卖蚝", "是"],
    [D("2021-06-17"), "南方+", "省级", "网络", "汕尾城区农村电商“一村一品”见闻", "否"],
    ["2021年9月3日", "城区融媒体中心", "区级", "网络", "城区迎接省电商进农村示范考评", "否"],
    ["2021.9.15", "中央广播电视总台CCTV-17《三农长短说》", "国家级", "电视", "渔村来了电商站", "是"],
  ];
  const mrows = [["附10　宣传报道登记表"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  media.forEach((x, i) => mrows.push([i + 1, ...x]));
  const mm = [rangeA1(0, 0, 0, 6)];

  // ------------------------------------------------ 附11 经验材料
  const xrows = [["附11　经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "备注"],
    [1, "2021年3月18日", "汕尾市城区“渔村电商”经验做法", "汕尾市商务局", null],
    [2, D("2021-07-23"), "电商扶贫典型案例：红草镇埔边村蚝民直播增收", "汕尾市商务局", null]];
  const xm = [rangeA1(0, 0, 0, 4)];

  // ------------------------------------------------ self-check of the numbers the derivation relies on
  const listed = new Set(adminVillages);
  const canon = (v) => v.replace(/(村民委员会|村委会|村)$/, "");
  const covered = new Set(stations.filter((s) => s[4] <= ASOF && listed.has(canon(s[2]))).map((s) => canon(s[2])));
  const coveredPoor = [...covered].filter((v) => POOR.has(v));
  if (covered.size !== 28 || coveredPoor.length !== 6) throw new Error("coverage " + covered.size + " / poor " + coveredPoor.length);
  const signBefore = sessions.filter((s) => s[2] <= ASOF).reduce((a, s) => a + s[4].length, 0);
  const pt = sessBefore + signBefore;
  if (sessBefore !== 4707 || signBefore !== 23 || pt !== 4730) throw new Error("training " + sessBefore + "+" + signBefore);
  if (!(pt * 1000 >= 483700 * 8 && pt * 100 < 483700)) throw new Error("training tier");
  const trained = new Set(sessions.filter((s) => s[2] <= ASOF).flatMap((s) => s[4]).filter((k) => k.startsWith("E")));
  if (trained.size !== 18) throw new Error("trained " + trained.size);
  const inPark = new Set(firms.filter((f) => f[4] <= ASOF && !(f[6] && f[6] < ASOF)).map((f) => f[1]));
  if (inPark.size !== 20) throw new Error("park " + inPark.size);
  if (payBefore !== 3556000 || payTotal !== 3976000) throw new Error("funds " + payBefore + " / " + payTotal);

  derivation.push(
    "org.leadership: 九宫格①组长“区委副书记、区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 方案已正式印发（汕城府办〔2020〕6号），①“自评｜方案制定 2分” → 2",
    "org.policy: 政策已出台，①“自评｜政策支持 1分” → 1",
    "org.management: ①项目管理制度（自评）2分 + 工作台账（自评）1分 → 3",
    "work.center: 中心2020年11月26日投入运营（≤2021-08-31 → 2；≤2021-02-28 → 2）；免费培训2 + 展示销售1 + 摄影美工1 + 品牌1；其他衍生增值服务✗（“拟于10月开通”）→ 0；产业园✓ → 2；附6截至8月31日在园20家（23行：海鲜汇更名重复同一信用代码、捷胜海味2021.5.31退出、东洲渔业2021-09-06入驻不计；海滨直播8月31日退出当天仍在园、鱼丸食品8月31日入驻计入）→ 2；类型有销售型、电商运营商、物流企业、平台型、直播电商 ≥3 → 1；合计 2+2+2+1+1+1+0+2+2+1 = 14",
    "work.coverage: 附1行政村40个（居委会11个不计）；附2截至8月31日有站点的行政村28个（村委会/村民委员会/村写法归并；东门村两站算一村；赤岭村2021年8月31日挂牌计入；港尾村9月10日、马宫渔港（不在名单）、捷胜社区、凤苑社区不计）= 28/40 = 70% → 5；省定贫困村6个全部有站点（赤岭村截止日当天）→ 5；合计 10",
    "work.upward: 网销调研自评2 + 促销活动自评2 + 第三方运营服务商✓ 1 + 附1快递进村40个行政村全为√ → 1 + 交易标准及冷链溯源自评1 + 2020年农产品网络零售额1.83亿/1.36亿 = +34.6% ≥30%（农村网零+24.2%不够，但任一即可）→ 2；合计 9",
    "work.training: 培训人次 = 附3截至8月31日17期 4,707人次（第18期2021-09-08的300人次、2月停训行、合计行不计）+ 附4贫困户专场签到前三期23人次 = 4,730；基数 min(48.37万, 50万) = 483,700；4,730/483,700 = 0.978%（0.8%–1%）→ 8（九宫格的5,034人次含9月）；贫困人口：附5有劳动能力且未外出务工26人，截至8月31日参训的其中18人（去重；小写x、带空格的身份证号照认；外出务工2人、无劳动能力1人参训不计；第四期9月9日的新学员不计）= 69.2% ≥50% → 10；合计 18",
    "info.disclosure: 九宫格⑦创建方案、项目基本信息、建设进度、监督举报窗口四项齐全 → 2；附9专栏2020年9月—2021年8月每月都有更新 → 2；合计 4",
    "info.reporting: 附8报送记录2020年9月—2021年8月每月都有（2021年2月22日补报1月）→ 3；能统计电商扶贫情况（⑦✓，附8多数附扶贫统计表）→ 3；合计 6",
    "promo.cases: 附11截至8月31日向汕尾市商务局报送经验材料2篇 → 2",
    "promo.media: 附10截至8月31日有省级（南方日报、珠江频道、南方+）和市级（汕尾日报、汕尾广播电视台）报道 → 4+3；区级（城区融媒体中心2021-09-03）和国家级（CCTV-17 2021-09-15）都在截止日后 → 7",
    "fund.system: 已制定资金管理制度，⑨自评5分 → 5",
    "fund.ledger: 已建立资金专用台账，⑨自评4分 → 4",
    "fund.spending: 附7截至8月31日拨付 960,000+480,000+640,000+300,000+420,000+120,000−120,000+120,000+386,000（“38.6万”）+250,000 = 3,556,000元 ÷ 下达500万元 = 71.1% ≥70%（9月6日尾款42万不计；漏读“38.6万”会跌到63.4%倒扣5分）→ 自评及时拨付4分 → 4",
    "bonus.poorTraining: 贫困人口培训率69.2% <70% → 0（九宫格自报19人、73.1%含9月第四期）",
    "bonus.tvCase: 电商扶贫典型案例获广东广播电视台珠江频道（省级电视）播报，2021-01-20 → 1；汕尾广播电视台是市级；CCTV-17在截止日后 → 不加2分",
    "veto.incident: 九宫格⑤安全生产、质量事故或重大损失“无” → 0",
    "veto.progress: 项目总体进度90% ≥40% → 0",
    "veto.fraud: 弄虚作假“无” → 0",
    "total: 2+2+1+3+14+10+9+18+4+6+2+7+5+4+4 = 91，加分1 → 92（县自评97）",
  );

  emit("counties", "b92-c1-shanweichengqu.json", {
    description: "汕尾市城区商务局整本考评工作簿（12个表），中上（92分，含加分1分，未否决；九宫格自评97分）。事实表是迎检展板《创建成效“九宫格”》的文字稿：按展板位置录入成3×3块（每块三列 项目|内容|说明，块间空一列、块行之间空一行，阅读顺序自左至右、自上而下），中间一块是区情和总分（县名、截止日期、常住人口48.37万、户籍人口51.94万仅供参考、下达500万元、总体进度90%、否决项“无”），其余八块各是一组指标，事实行用✓/✗、“已正式印发”“2020年11月26日”“6.82亿元”等，判断项写成“××（自评）| 2分”，每个指标的自评分写成“自评｜组织领导 | 2分”（服务体系建设分“县级中心及产业园”“村级站点”两行，加分两行）。台账：附1村（居）委会名单（镇列纵向合并，村名按镇写成××村委会/××村民委员会/××村，★贫困村，快递进村√）、附2站点清单（村名写法与名单不同、同村两站、渔港服务点、社区站点、截止日当天和9月挂牌）、附3培训按期次登记人次（区间日期、全角人次、春节停训行、合计含9月）、附4贫困户专场签到（期次日期纵向合并、小写x和带空格身份证号、9月第四期）、附5贫困人口名单、附6入驻企业（更名同一信用代码、8月31日退出和入驻、9月入驻）、附7资金拨付（千分位文本、“38.6万”、退回负数与重新支付、9月尾款）、附8月报、附9专栏更新、附10宣传报道、附11经验材料。陷阱：行政村覆盖28/40恰好70%（村名写法归并、赤岭村8月31日挂牌）；培训4,730人次=0.978%（算进9月第18期和第四期专场就过1%）；贫困人口培训18/26=69.2%（算进9月新学员就到73.1%拿加分）；在园企业恰好20家（把8月31日退出的当作已退出就只剩19家）；资金71.1%（漏读“38.6万”就低于70%倒扣）；区级报道在截止日后。",
    sheets: [
      sheet("九宫格（展板文字稿）", boardRows, g.merges),
      gridSheet("附1 村（居）委会名单", vg, 7),
      gridSheet("附2 站点清单", sg, 9),
      sheet("附3 培训登记", trows, tm),
      gridSheet("附4 贫困户专场签到", tg, 7),
      gridSheet("附5 贫困人口名单", pg, 9),
      sheet("附6 入驻企业", erows, em),
      sheet("附7 资金拨付", frows, fm),
      sheet("附8 月报报送", rrows, rm),
      sheet("附9 专栏更新", drows, dm),
      sheet("附10 宣传报道", mrows, mm),
      sheet("附11 经验材料", xrows, xm),
    ],
    expect: {
      asOf: ASOF,
      total: 92,
      bonus: 1,
      vetoed: false,
      points: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 1,
        "org.management": 3,
        "work.center": 14,
        "work.coverage": 10,
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
        "bonus.tvCase": 1,
        "veto.incident": 0,
        "veto.progress": 0,
        "veto.fraud": 0,
      },
      claimed: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 1,
        "org.management": 3,
        "work.center": 14,
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
        "bonus.tvCase": 1,
      },
    },
    derivation,
  });
});

// ---------------------------------------------------------------- run

for (const make of cases) make();
process.stdout.write("b92: wrote " + written.length + " case(s)\n" + written.map((w) => "  " + w + "\n").join(""));
