/**
 * Ledgers → facts: counts and sets the rubric's rules read (covered villages, eligible and trained
 * poor persons, person-times, park enterprises, report months…), with the rows behind each as
 * evidence. Where a ledger exists it wins over a number typed on the facts sheet, and a
 * disagreement is a warning.
 */
import { before, formatDate, onOrBefore, type LDate } from "../scoring/dates";
import type { Evidence, Fact, Facts } from "../scoring/facts";
import { Q } from "../scoring/rational";
import type { Diagnostics } from "../core/diagnostics";
import type { Ledgers, Source, TrainingRecord } from "./records";
import { EvidenceRows } from "./evidence-rows";
import { attendeeLists } from "./training-summary";
import { villageKeyUnlessResidents } from "./normalize/village";

/** Rows as evidence; with no rows, the sheets that were searched (a zero must link somewhere too). */
function rowsEvidence(sources: readonly Source[], searched: string[] = []): Evidence[] {
  const rows = new EvidenceRows();
  for (const s of sources) rows.add(s);
  return rows.evidence(searched);
}

/** A record's row as a row range ("12:12"), made only for a record that is said something of. */
const rowRange = (s: Source): string => `${s.row}:${s.row}`;

const n = (value: number | Q, sources: Source[], note?: string): Fact => {
  const f: Fact = { kind: "number", value: value instanceof Q ? value : Q.of(value), evidence: rowsEvidence(sources) };
  if (note) f.note = note;
  return f;
};

/** Dated on or before the cut-off; undated rows count (the caller notes how many). */
function inTime(d: LDate | null, asOf: LDate): boolean {
  return d === null || onOrBefore(d, asOf);
}

/** Use the ledger value, warn when a stated fact says otherwise. */
function preferLedger(facts: Facts, key: string, statedKey: string, ledger: Fact | undefined, label: string, diags: Diagnostics): void {
  const stated = facts[statedKey];
  if (ledger) {
    facts[key] = ledger;
    if (stated && stated.kind === "number" && ledger.kind === "number" && !stated.value.eq(ledger.value)) {
      const e = stated.evidence[0];
      diags.warn(`${label}：台账统计为 ${ledger.value.toDecimal(2)}，填报为 ${stated.value.toDecimal(2)}，以台账为准`, e?.sheet, e?.cell);
    }
  } else if (stated) {
    facts[key] = { ...stated, note: stated.note ?? "填报数" };
  }
}

function undatedNote(count: number): string | undefined {
  return count > 0 ? `其中 ${count} 条未填日期，按截止日前计` : undefined;
}

export function deriveVillageFacts(l: Ledgers, facts: Facts, asOf: LDate, diags: Diagnostics): void {
  const admin = new Map<string, Source>();
  const residents = new Set<string>();
  for (const v of l.villages) {
    if (v.type === "residents") {
      residents.add(v.key);
      continue;
    }
    if (admin.has(v.key)) {
      const first = admin.get(v.key) as Source;
      diags.repeated(
        "warning",
        `行政村“${v.name}”重复出现（另见第 ${first.row} 行），只计一次`,
        "行政村重复出现，只计一次",
        v.name,
        v.source.sheet,
        `${v.source.row}:${v.source.row}`,
      );
      continue;
    }
    admin.set(v.key, v.source);
  }
  // Poor villages: a separate list wins; otherwise the flag column of the village list.
  let poor: Map<string, Source> | undefined;
  // An empty list (a template not filled in yet) says nothing; "no poor villages" needs a village
  // list that has the flag column and flags none.
  if (l.poorVillages.length > 0) {
    poor = new Map(l.poorVillages.map((p) => [p.key, p.source]));
    const flagged = l.villages.filter((v) => v.poor === true).map((v) => v.key);
    const differ = flagged.filter((k) => !poor?.has(k));
    if ((l.columnsPresent.villages ?? []).includes("poor") && (differ.length > 0 || flagged.length !== poor.size)) {
      const first = l.poorVillages[0].source;
      diags.warn(`贫困村清单（${poor.size} 个）与行政村清单中的贫困村标记（${flagged.length} 个）不一致，以贫困村清单为准`, first.sheet, `${first.row}:${first.row}`);
    }
  } else if ((l.columnsPresent.villages ?? []).includes("poor") && admin.size > 0) {
    poor = new Map(l.villages.filter((v) => v.poor === true && v.type === "admin").map((v) => [v.key, v.source]));
  }
  if (admin.size > 0) {
    const note = residents.size > 0 ? `另有 ${residents.size} 个居委会/社区不计` : undefined;
    facts.adminVillages = n(admin.size, [...admin.values()], note);
  } else if (facts.adminVillagesStated) {
    facts.adminVillages = { ...facts.adminVillagesStated, note: "填报数（无行政村清单）" };
  }
  if (poor) facts.poorVillages = n(poor.size, [...poor.values()]);
  else if (facts.poorVillagesStated) facts.poorVillages = { ...facts.poorVillagesStated, note: "填报数（无贫困村清单）" };

  if (l.sheetsByKind.stations.length > 0 && admin.size > 0) {
    const covered = new Map<string, Source>();
    let undated = 0;
    for (const s of l.stations) {
      if (s.pending) {
        diags.repeated(
          "info",
          `站点“${s.name ?? s.village}”写明“${s.pending}”，尚未建成挂牌，不计入覆盖`,
          "尚未建成挂牌的站点不计入覆盖",
          s.pending,
          s.source.sheet,
          rowRange(s.source),
        );
        continue;
      }
      // (A station in 杨和社区 where the list has both 杨和村 and 杨和社区: the name says which, the community.)
      const inCommunity = residents.has(s.villageKey) && s.village !== undefined && villageKeyUnlessResidents(s.village) === "";
      if (!admin.has(s.villageKey) || inCommunity) {
        if (residents.has(s.villageKey))
          diags.repeated(
            "info",
            `站点所在“${s.village}”是居委会/社区，不计入行政村覆盖`,
            "站点所在地是居委会/社区，不计入行政村覆盖",
            s.village,
            s.source.sheet,
            rowRange(s.source),
          );
        else
          diags.repeated(
            "warning",
            `站点所在村“${s.village}”不在行政村清单中，未计入覆盖`,
            "站点所在村不在行政村清单中，未计入覆盖",
            s.village,
            s.source.sheet,
            rowRange(s.source),
          );
        continue;
      }
      if (s.opened && !onOrBefore(s.opened, asOf)) {
        diags.repeated(
          "info",
          `站点“${s.name ?? s.village}”建成于截止日之后，不计入`,
          "站点建成于截止日之后，不计入",
          s.name ?? s.village,
          s.source.sheet,
          rowRange(s.source),
        );
        continue;
      }
      if (!s.opened) undated++;
      if (!covered.has(s.villageKey)) covered.set(s.villageKey, s.source);
    }
    facts.coveredVillages = n(covered.size, [...covered.values()], undatedNote(undated));
    if (poor) {
      const cp = [...poor.keys()].filter((k) => covered.has(k));
      facts.coveredPoorVillages = n(
        cp.length,
        cp.map((k) => covered.get(k) as Source),
      );
      for (const [k, src] of poor) {
        if (!admin.has(k)) diags.warn(`省定贫困村不在行政村清单中，无法核对其站点`, src.sheet, `${src.row}:${src.row}`);
      }
    }
  }
  // Express coverage: the village list's column decides when it has one.
  if ((l.columnsPresent.villages ?? []).includes("express")) {
    const adminRows = l.villages.filter((v) => v.type === "admin");
    // (Delivery that began after the cut-off, "已通（2021年11月）" on a list made later: none at the cut-off.)
    const late = adminRows.filter((v) => v.express === true && v.expressSince && !onOrBefore(v.expressSince, asOf));
    for (const v of late)
      diags.repeated(
        "info",
        `行政村“${v.name}”${formatDate(v.expressSince as LDate)}才通快递，晚于考评截止日，按截止时未覆盖计`,
        "截止日后才通快递的行政村按未覆盖计",
        v.name,
        v.source.sheet,
        `${v.source.row}:${v.source.row}`,
      );
    const no = adminRows.filter((v) => v.express === false || late.includes(v));
    const blank = adminRows.filter((v) => v.express === null);
    const all = no.length === 0 && blank.length === 0 && adminRows.length > 0;
    for (const v of blank)
      diags.repeated(
        "warning",
        `行政村“${v.name}”的快递覆盖未填写，按未覆盖计`,
        "行政村的快递覆盖未填写，按未覆盖计",
        v.name,
        v.source.sheet,
        `${v.source.row}:${v.source.row}`,
      );
    const stated = facts.expressCoverage;
    if (stated && stated.kind === "bool" && stated.value !== all) {
      const e = stated.evidence[0];
      diags.warn(
        `“行政村物流快递覆盖率100%”填报为“${stated.value ? "是" : "否"}”，但行政村清单显示${all ? "全部覆盖" : `${no.length + blank.length} 个村未覆盖`}，以清单为准`,
        e?.sheet,
        e?.cell,
      );
    }
    facts.expressCoverage = {
      kind: "bool",
      value: all,
      evidence: rowsEvidence((all ? adminRows : [...no, ...blank]).map((v) => v.source)),
      note: all ? `清单中 ${adminRows.length} 个行政村均已覆盖` : `清单中 ${no.length + blank.length} 个行政村未覆盖或未填`,
    };
  }
}

/**
 * The person-times of training records, exact. A trainee's row counts Q.ONE: those are counted as a
 * whole number and added once (a bigint fraction added per row cost more than the rest of the sum).
 */
class PersonTimes {
  private ones = 0;
  private rest = Q.ZERO;
  add(t: TrainingRecord): void {
    if (t.personTimes === Q.ONE) this.ones++;
    else this.rest = this.rest.add(t.personTimes);
  }
  get sum(): Q {
    return this.ones === 0 ? this.rest : this.rest.add(Q.of(this.ones));
  }
}

export function personTimesOf(records: readonly TrainingRecord[]): Q {
  const times = new PersonTimes();
  for (const t of records) times.add(t);
  return times.sum;
}

/** The roster's persons a training can reach: those with labour at home, by ID number; what was left out, and why. */
interface EligiblePoor {
  eligible: Map<string, Source>;
  /** Persons without a usable ID number: counted, never matched. */
  unmatched: Source[];
  /** A person listed again (the same ID number): the row and the row first listing the number. */
  repeats: { source: Source; firstRow: number }[];
  migrants: number;
  noLabour: number;
}

function eligiblePoor(l: Ledgers): EligiblePoor {
  const out: EligiblePoor = { eligible: new Map(), unmatched: [], repeats: [], migrants: 0, noLabour: 0 };
  const labourSaid = (l.columnsPresent.poorPersons ?? []).includes("labour");
  for (const p of l.poorPersons) {
    if (labourSaid && p.labour !== true) {
      out.noLabour++;
      continue;
    }
    if (p.migrant === true) {
      out.migrants++;
      continue;
    }
    if (!p.id || p.id.masked) {
      out.unmatched.push(p.source);
      continue;
    }
    const first = out.eligible.get(p.id.text);
    if (first) out.repeats.push({ source: p.source, firstRow: first.row });
    else out.eligible.set(p.id.text, p.source);
  }
  return out;
}

export function deriveTrainingFacts(l: Ledgers, facts: Facts, asOf: LDate, diags: Diagnostics): void {
  let ledgerTimes: Fact | undefined;
  // The roster is read first, so that one pass over the ledger's 300,000 records does all a record
  // is asked: counts the late and the undated ones, sums and keeps the rows of those in time, and
  // finds the roster's persons among them (the ledger is not walked again, nor filtered).
  const roster = l.sheetsByKind.poorPersons.length > 0 ? eligiblePoor(l) : undefined;
  const lookedFor = roster?.eligible;
  // Only the roster's persons are looked for: a map of every trainee's first row is not made.
  const trainedIds = new Map<string, Source>();
  let late = 0;
  let undated = 0;
  const times = new PersonTimes();
  const rows = new EvidenceRows();
  // A list of a session table's attendees named again (./training-summary): its persons are looked for, its 人次 counted in the table.
  const lists = attendeeLists(l);
  for (const { sheet, table, persons } of lists)
    diags.info(
      `工作表“${sheet}”的 ${persons} 人都在工作表“${table}”同日的培训期次中（每天的人数不超过该期人次）：名单用于核对贫困人口参训，人次已计入“${table}”，不再另计`,
      sheet,
      "A1",
    );
  const named = lists.length > 0 ? new Set(lists.map((x) => x.sheet)) : undefined;
  const lookFor = (t: TrainingRecord) => {
    if (lookedFor && t.id && !t.id.masked && lookedFor.has(t.id.text) && !trainedIds.has(t.id.text)) trainedIds.set(t.id.text, t.source);
  };
  for (const t of l.training) {
    if (named?.has(t.source.sheet)) {
      if (inTime(t.date, asOf)) lookFor(t);
      continue;
    }
    if (!inTime(t.date, asOf)) {
      late++;
      continue;
    }
    if (!t.date) undated++;
    times.add(t);
    rows.add(t.source);
    lookFor(t);
  }
  if (l.sheetsByKind.training.length > 0) {
    const notes = [late > 0 ? `截止日后 ${late} 条不计` : "", undatedNote(undated) ?? ""].filter(Boolean).join("；");
    ledgerTimes = { kind: "number", value: times.sum, evidence: rows.evidence() };
    if (notes) ledgerTimes.note = notes;
  }
  preferLedger(facts, "trainingPersonTimes", "trainingPersonTimesStated", ledgerTimes, "培训人次", diags);

  // Poor-population training rate: persons, not person-times.
  if (!roster) {
    preferLedger(facts, "eligiblePoorPersons", "eligiblePoorPersonsStated", undefined, "", diags);
    preferLedger(facts, "trainedPoorPersons", "trainedPoorPersonsStated", undefined, "", diags);
    return;
  }
  const { eligible, unmatched, migrants, noLabour } = roster;
  // (Said here, after the person-times: the roster was read before the ledger only to walk it once.)
  for (const { source, firstRow } of roster.repeats)
    diags.repeated(
      "warning",
      `建档立卡贫困人口重复：身份证号与第 ${firstRow} 行相同，只计一次`,
      "建档立卡贫困人口重复（身份证号与前面的行相同），只计一次",
      `同第 ${firstRow} 行`,
      source.sheet,
      rowRange(source),
    );
  if (unmatched.length > 0) {
    const rows = unmatched
      .slice(0, 5)
      .map((u) => u.row)
      .join("、");
    diags.warn(
      `贫困人口名单中有 ${unmatched.length} 人没有可用的身份证号（第 ${rows}${unmatched.length > 5 ? " 等" : ""} 行），计入应培训人数，但无法核对是否参训`,
      unmatched[0].sheet,
      `${unmatched[0].row}:${unmatched[0].row}`,
    );
  }
  // A roster saying when its persons were trained (参训日期): trained by the cut-off, as the training ledger would say.
  for (const p of l.poorPersons)
    if (p.trainedOn?.some((d) => inTime(d, asOf)) && p.id && !p.id.masked && eligible.has(p.id.text) && !trainedIds.has(p.id.text)) trainedIds.set(p.id.text, p.source);
  const trained = [...eligible.keys()].filter((id) => trainedIds.has(id));
  const excluded = [noLabour ? `无劳动能力 ${noLabour} 人` : "", migrants ? `外出务工 ${migrants} 人` : ""].filter(Boolean).join("、");
  const eligibleFact = n(eligible.size + unmatched.length, [...eligible.values(), ...unmatched], excluded ? `已剔除${excluded}` : undefined);
  const trainedFact = n(
    trained.length,
    trained.flatMap((id) => [eligible.get(id) as Source, trainedIds.get(id) as Source]),
    "按身份证号去重，一人多次培训只计一次",
  );
  preferLedger(facts, "eligiblePoorPersons", "eligiblePoorPersonsStated", eligibleFact, "有劳动能力的建档立卡贫困人口", diags);
  preferLedger(facts, "trainedPoorPersons", "trainedPoorPersonsStated", trainedFact, "参加培训的建档立卡贫困人口", diags);
}

/** 平台型 / 销售型 / 电商运营商 / 物流企业; any other non-empty type counts as its own. */
export function enterpriseType(t: string): string {
  const s = t.replace(/\s+/g, "");
  if (/平台/.test(s)) return "平台型";
  if (/销售|零售|网店/.test(s)) return "销售型";
  if (/运营|代运营|服务商/.test(s)) return "电商运营商";
  if (/物流|快递|仓储/.test(s)) return "物流企业";
  return s;
}

export function deriveParkFacts(l: Ledgers, facts: Facts, asOf: LDate, diags: Diagnostics): void {
  if (l.sheetsByKind.enterprises.length === 0) return;
  const inPark = new Map<string, { source: Source; type?: string }>();
  for (const e of l.enterprises) {
    if (e.entered && !onOrBefore(e.entered, asOf)) continue;
    // Left *before* the cut-off: one that leaves on the cut-off day is still in the park that day.
    if ((e.left && before(e.left, asOf)) || (e.leftByStatus && !e.left)) continue;
    const key = e.creditCode ? `code:${e.creditCode}` : `name:${e.name.replace(/\s+/g, "")}`;
    if (inPark.has(key)) {
      diags.repeated(
        "warning",
        `入驻企业“${e.name}”重复出现（另见第 ${inPark.get(key)?.source.row} 行），只计一次`,
        "入驻企业重复出现，只计一次",
        e.name,
        e.source.sheet,
        rowRange(e.source),
      );
      continue;
    }
    const x: { source: Source; type?: string } = { source: e.source };
    if (e.type) x.type = enterpriseType(e.type);
    inPark.set(key, x);
  }
  const list = [...inPark.values()];
  facts.parkEnterprises = n(
    list.length,
    list.map((x) => x.source),
  );
  const types = [...new Set(list.map((x) => x.type).filter((t): t is string => !!t))];
  facts.parkEnterpriseTypes = n(
    types.length,
    list.map((x) => x.source),
    types.join("、") || undefined,
  );
  const stated = facts.parkBuilt;
  if (!stated || (stated.kind === "bool" && !stated.value && list.length > 0)) {
    facts.parkBuilt = { kind: "bool", value: list.length > 0, evidence: rowsEvidence(list.map((x) => x.source)), note: "依据入驻企业清单" };
  }
}

/** `mediaLevelAs`: media levels the rubric counts as another (Rubric.mediaLevelAs). */
export function deriveLogFacts(l: Ledgers, facts: Facts, asOf: LDate, mediaLevelAs: Record<string, string> = {}): void {
  const dated = <T extends { date: LDate | null; source: Source }>(rows: T[]) => rows.filter((r) => r.date !== null);
  if (l.sheetsByKind.disclosures.length > 0) {
    const d = dated(l.disclosures);
    facts.disclosureDates = {
      kind: "dates",
      value: d.map((r) => r.date as LDate),
      evidence: rowsEvidence(
        d.map((r) => r.source),
        l.sheetsByKind.disclosures,
      ),
    };
  }
  if (l.sheetsByKind.reports.length > 0) {
    const d = dated(l.reports);
    facts.reportDates = {
      kind: "dates",
      value: d.map((r) => r.date as LDate),
      evidence: rowsEvidence(
        d.map((r) => r.source),
        l.sheetsByKind.reports,
      ),
    };
  }
  const poverty = l.reports.filter((r) => r.poverty === true && inTime(r.date, asOf));
  const stated = facts.povertyStatisticsStated;
  if (poverty.length > 0) {
    facts.povertyStatistics = { kind: "bool", value: true, evidence: rowsEvidence(poverty.map((r) => r.source)), note: `报送记录中 ${poverty.length} 次含扶贫统计` };
  } else if (stated && stated.kind === "bool") {
    facts.povertyStatistics = stated;
  } else if ((l.columnsPresent.reports ?? []).includes("poverty")) {
    facts.povertyStatistics = { kind: "bool", value: false, evidence: rowsEvidence(l.reports.map((r) => r.source)), note: "报送记录均未含扶贫统计" };
  }
  if (l.sheetsByKind.materials.length > 0) {
    const ok = l.materials.filter((m) => inTime(m.date, asOf));
    const late = l.materials.length - ok.length;
    facts.materialsSubmitted = {
      ...n(
        ok.length,
        ok.map((m) => m.source),
        late > 0 ? `截止日后报送 ${late} 份不计` : undefined,
      ),
      evidence: rowsEvidence(
        ok.map((m) => m.source),
        l.sheetsByKind.materials,
      ),
    };
  }
  if (l.sheetsByKind.media.length > 0) {
    const ok = l.media.filter((m) => inTime(m.date, asOf));
    // A level the rubric counts as another (GD: a national report counts as 省级及以上).
    const levelOf = (lv: string | null) => (lv !== null && mediaLevelAs[lv]) || lv;
    const levels = [...new Set(ok.map((m) => levelOf(m.level)).filter((x): x is string => !!x))];
    facts.mediaLevels = {
      kind: "set",
      value: levels,
      evidence: rowsEvidence(
        ok.filter((m) => m.level).map((m) => m.source),
        l.sheetsByKind.media,
      ),
    };
    const tv = ok.filter((m) => m.tv && m.povertyCase === true && (m.level === "national" || m.level === "province"));
    facts.tvCaseLevels = {
      kind: "set",
      value: [...new Set(tv.map((m) => m.level as string))],
      evidence: rowsEvidence(
        tv.map((m) => m.source),
        l.sheetsByKind.media,
      ),
    };
  }
}

export function deriveFundFacts(l: Ledgers, facts: Facts, asOf: LDate, diags: Diagnostics): void {
  let ledger: Fact | undefined;
  if (l.sheetsByKind.funds.length > 0) {
    const ok = l.funds.filter((f) => inTime(f.date, asOf));
    const late = l.funds.length - ok.length;
    const sum = ok.reduce((a, f) => a.add(f.amount), Q.ZERO);
    const notes = [late > 0 ? `截止日后拨付 ${late} 笔不计` : "", undatedNote(ok.filter((f) => !f.date).length) ?? ""].filter(Boolean).join("；");
    ledger = n(
      sum,
      ok.map((f) => f.source),
      notes || undefined,
    );
  }
  preferLedger(facts, "fundSpent", "fundSpentStated", ledger, "累计拨付资金", diags);
}
