/**
 * The gd-2019 official texts are verbatim from the indicator table at the end of
 * test/reference/lechang-self-assessment-2021.txt (a real county's self-assessment, PDF-extracted: wrapped lines, spaces around
 * digits). Whitespace is not part of the official words, so texts are compared with all whitespace
 * removed on both sides.
 */
import * as fs from "fs";
import * as path from "path";
import type { OfficialTexts } from "../src/scoring/rubric";
import { GD2019_GROUP_NAMES, GD2019_TABLE_TITLE, GD2019_TEXTS } from "../src/scoring/rubrics/gd-2019-texts";
import { INDICATOR_IDS } from "./support/ids";

const REFERENCE = path.resolve(__dirname, "reference/lechang-self-assessment-2021.txt");
const TABLE_START = "2019 年省级电子商务进农村综合示范创建考评指标体系";

function readTable(): string {
  if (!fs.existsSync(REFERENCE)) {
    throw new Error(`rubric-texts: the reference file is missing: ${REFERENCE} ` + "(the gd-2019 official texts are checked against its indicator table)");
  }
  const raw = fs.readFileSync(REFERENCE, "utf8");
  const start = raw.indexOf(TABLE_START);
  if (start < 0) {
    throw new Error(`rubric-texts: "${TABLE_START}" not found in ${REFERENCE}`);
  }
  return raw.slice(start);
}

const strip = (s: string): string => s.replace(/\s+/g, "");
const TABLE = strip(readTable());

const GROUP_IDS = ["org", "work", "info", "promo", "fund", "bonus", "veto"];

const FIELDS: (keyof OfficialTexts)[] = ["name", "explanation", "criteria", "evidence"];

/**
 * Texts the PDF extraction interleaves with other columns, so that they are not contiguous in the
 * extracted table: these are checked clause by clause ("\n"-separated). Every text of this table
 * turned out contiguous, so the list is empty; a test below keeps it honest if entries are added.
 */
const INTERLEAVED = new Set<string>([]); // "id.field"

/** Empty texts the table itself leaves empty (no such column for these rows). */
const EMPTY_ALLOWED = new Set<string>([
  "bonus.poorTraining.explanation",
  "bonus.tvCase.explanation",
  "veto.incident.explanation",
  "veto.incident.evidence",
  "veto.progress.explanation",
  "veto.progress.evidence",
  "veto.fraud.explanation",
  "veto.fraud.evidence",
]);

const CJK = "\\p{Script=Han}";
const SPACE_BETWEEN_CJK = new RegExp(`${CJK}[^\\S\\n]+${CJK}`, "u");

const cases = INDICATOR_IDS.flatMap((id) => FIELDS.map((field) => [id, field] as const));

describe("gd-2019 official texts", () => {
  test("the table title is the reference's, normalised", () => {
    expect(GD2019_TABLE_TITLE).toBe("2019年省级电子商务进农村综合示范创建考评指标体系");
    expect(TABLE.startsWith(strip(GD2019_TABLE_TITLE))).toBe(true);
  });

  test("every group id is present, with the 工作任务 as printed", () => {
    expect(Object.keys(GD2019_GROUP_NAMES).sort()).toEqual([...GROUP_IDS].sort());
    for (const id of GROUP_IDS) {
      const name = GD2019_GROUP_NAMES[id];
      expect(name).toBeTruthy();
      expect(name).not.toMatch(/\s/);
      if (!TABLE.includes(strip(name))) throw new Error(`group ${id}: "${name}" is not in the table`);
    }
    expect(GD2019_GROUP_NAMES.bonus).toBe("加分项（4分）");
    expect(GD2019_GROUP_NAMES.veto).toBe("一票否决项");
  });

  test("every indicator id is present, and no others", () => {
    expect(Object.keys(GD2019_TEXTS).sort()).toEqual([...INDICATOR_IDS].sort());
  });

  test.each(cases)("%s.%s is verbatim", (id, field) => {
    const text = GD2019_TEXTS[id][field];
    const key = `${id}.${field}`;
    if (EMPTY_ALLOWED.has(key)) {
      expect(text).toBe("");
      return;
    }
    if (!text) throw new Error(`${key} is empty`);
    if (INTERLEAVED.has(key)) {
      for (const clause of text.split("\n")) {
        if (!TABLE.includes(strip(clause))) {
          throw new Error(`${key}: clause "${clause}" is not in the reference table`);
        }
      }
    } else if (!TABLE.includes(strip(text))) {
      throw new Error(`${key}: "${text}" is not (contiguously) in the reference table`);
    }
  });

  test.each(cases)("%s.%s has no extraction spaces and clean line breaks", (id, field) => {
    const text = GD2019_TEXTS[id][field];
    const key = `${id}.${field}`;
    if (SPACE_BETWEEN_CJK.test(text)) throw new Error(`${key} has a space between CJK characters`);
    // No horizontal whitespace at all: every space in the extraction is an artefact.
    if (/[^\S\n]/.test(text)) throw new Error(`${key} contains a space: "${text}"`);
    if (text !== text.trim() || text.includes("\n\n")) {
      throw new Error(`${key} has stray line breaks`);
    }
    if (field === "name") expect(text).not.toContain("\n");
  });

  test("interleaved texts really are non-contiguous (the exception is not a loophole)", () => {
    for (const key of INTERLEAVED) {
      const dot = key.lastIndexOf(".");
      const text = GD2019_TEXTS[key.slice(0, dot)][key.slice(dot + 1) as keyof OfficialTexts];
      expect(TABLE.includes(strip(text))).toBe(false);
    }
  });

  test("服务体系建设 spans work.center (11-point block) and work.coverage", () => {
    expect(GD2019_TEXTS["work.center"].name).toBe("服务体系建设");
    expect(GD2019_TEXTS["work.coverage"].name).toBe("服务体系建设");
    expect(GD2019_TEXTS["work.center"].explanation).toMatch(/^建设县级电子商务公共服务中心/);
    expect(GD2019_TEXTS["work.coverage"].explanation).toMatch(/^辖区内行政村建设村级电子商务服务站点/);
    expect(GD2019_TEXTS["work.center"].criteria.split("\n")).toHaveLength(10);
    expect(GD2019_TEXTS["work.coverage"].evidence.split("\n")[1]).toMatch(/^注：/);
  });

  test("numbered points and scoring clauses are on their own lines", () => {
    for (const id of INDICATOR_IDS) {
      const t = GD2019_TEXTS[id];
      for (const field of ["explanation", "evidence"] as const) {
        const parts = t[field].split("\n");
        // A numbered point starts every line once the text is numbered, and only there.
        if (/^1、/.test(t[field])) {
          parts.forEach((p, i) => expect(p.startsWith(`${i + 1}、`)).toBe(true));
        }
        expect(t[field]).not.toMatch(/[^\n]\d、/);
      }
      // A clause of 评分标准 ends at "；": one clause per line.
      for (const clause of t.criteria.split("\n")) {
        expect(clause.slice(0, -1)).not.toContain("；");
      }
    }
  });

  /**
   * Completeness: the indicator table, with whitespace removed, is exactly the texts in table
   * order plus the parts that are not texts (column headers, 权重, self-scores, a page number,
   * the total). Nothing was dropped from or added to any text.
   */
  test("the texts, in table order, rebuild the whole indicator table", () => {
    const T = GD2019_TEXTS;
    const G = GD2019_GROUP_NAMES;
    const row = (id: string, weight: string, selfScore: string): string[] => [T[id].name, weight, T[id].explanation, T[id].criteria, T[id].evidence, selfScore];
    const block = (id: string, selfScore: string): string[] => [T[id].explanation, T[id].criteria, T[id].evidence, selfScore];
    const pieces: string[] = [
      GD2019_TABLE_TITLE,
      "工作任务评价指标指标解释评分标准评价方式及佐证材料自评得分名称权重（%）",
      G.org,
      ...row("org.leadership", "2", "2"),
      ...row("org.plan", "2", "2"),
      ...row("org.policy", "2", "2"),
      ...row("org.management", "4", "4"),
      G.work,
      T["work.center"].name,
      "25",
      ...block("work.center", "11"),
      ...block("work.coverage", "10"),
      G.work, // repeated at the top of the next page
      ...row("work.upward", "10", "9"),
      ...row("work.training", "20", "20"),
      G.info,
      ...row("info.disclosure", "4", "4"),
      ...row("info.reporting", "6", "6"),
      G.promo,
      ...row("promo.cases", "2", "0"),
      ...row("promo.media", "8", "5"),
      "21", // page number
      G.fund,
      ...row("fund.system", "5", "5"),
      ...row("fund.ledger", "5", "4"),
      ...row("fund.spending", "5", "5"),
      G.bonus,
      T["bonus.poorTraining"].criteria,
      T["bonus.poorTraining"].evidence,
      T["bonus.tvCase"].criteria,
      T["bonus.tvCase"].evidence,
      G.veto,
      T["veto.incident"].criteria,
      T["veto.progress"].criteria,
      T["veto.fraud"].criteria,
      "合计得分89",
    ];
    expect(strip(pieces.join(""))).toBe(TABLE);
  });
});
