/**
 * A fact sheet in Chinese and a European language side by side, for a delegation from Macau (斗门: N.º | 项目 |
 * Item | 数据 / Dados | 单位 / Unidade | 备注 / Observações; "Sim／是", "pessoas 人", "mil milhões RMB 十亿元"),
 * its notes saying how it writes numbers and days ("千位用「.」、小数用「,」", "日期按 日/月/年"). A reviewer reads
 * the Chinese and the figures as the notes say; so does the reader: a column in the other language left out,
 * in the other cells each part in it (after ／, a word before a unit) taken away, "604.466" read as 604466 and
 * "28,1" as 28.1, "09/11/2020" as 2020年11月9日, and a figure in 十亿元 as ten times as many 亿元.
 * Only on a sheet with many lines in both scripts.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { inChinese } from "./english-labels";
import { translationColumns } from "./translation-columns";

const HAN = /[\u4e00-\u9fff]/;
/** A word of a European language: three letters at least ("Sim", "pessoas"), accents included. */
const LATIN_WORD = /[A-Za-zÀ-ÿ]{3,}/;
/** Cells in both languages a sheet has to be read so. */
const MIN_CELLS = 5;
/** A column is a translation when this share of its texts have no Chinese. */
const TRANSLATION_SHARE = 0.6;
/** The notes' conventions. */
const DECIMAL_COMMA = /千位用「\.」|小数用「,」|千位用“\.”|小数用“,”/;
const DAY_FIRST = /日\s*\/\s*月\s*\/\s*年/;
const PART = /\s*(?:／|\s\/\s)\s*/;

const foreignOnly = (t: string) => !HAN.test(t) && LATIN_WORD.test(t);

export function withLatinTranslationLeftOut(sheet: Sheet): Sheet {
  // (Bilingual cells tell it: "Sim／是", "数据 / Dados" — an export's English headers and codes do not.)
  let both = 0;
  for (const row of sheet.rows)
    for (const v of row ?? [])
      if (typeof v === "string" && PART.test(v)) {
        const parts = v.split(PART);
        if (parts.some(foreignOnly) && parts.some((p) => HAN.test(p))) both++;
      }
  if (both < MIN_CELLS) return sheet;
  const notes = sheet.rows.slice(0, 8).flatMap((row) => (row ?? []).filter((v): v is string => typeof v === "string"));
  const decimalComma = notes.some((t) => DECIMAL_COMMA.test(t));
  const dayFirst = notes.some((t) => DAY_FIRST.test(t));
  // (Words, not figures: "RMB 28.35 billion" in a value column is the figure itself.)
  const translation = translationColumns(sheet, (t) => foreignOnly(t) && !/\d/.test(t), TRANSLATION_SHARE);
  const rows = sheet.rows.map((row) =>
    Array.from(row ?? [], (v, c): CellValue => (translation.has(c) ? null : typeof v === "string" ? chinesePart(v, decimalComma, dayFirst) : (v ?? null))),
  );
  // A figure in 十亿元 (mil milhões) as 亿元: ten times as many.
  for (const row of rows) {
    const at = row.findIndex((v) => typeof v === "string" && /^十[亿億]元$/.test(v.trim()));
    const figure = at > 0 ? Number(String(row[at - 1] ?? "").replace(/,/g, "")) : NaN;
    if (at > 0 && Number.isFinite(figure)) [row[at - 1], row[at]] = [Number((figure * 10).toPrecision(12)), "亿元"];
  }
  return { ...sheet, rows };
}

/** The cell's Chinese: its parts in the other language gone, its figures and days as the notes say to read them. */
function chinesePart(v: string, decimalComma: boolean, dayFirst: boolean): CellValue {
  let t = v;
  // "创建方案、项目基本信息…\nWork plan, project details…": a line in the other language under its Chinese.
  if (t.includes("\n") && HAN.test(t))
    t = t
      .split("\n")
      .filter((line) => !foreignOnly(line))
      .join("\n");
  // "2,020,400 persons": the figure with its unit in Chinese.
  t = t.replace(/^([\d.,]+)\s*(persons|people|pessoas|person-times|pessoas-vezes)$/i, (_all, n: string, u: string) => `${n}${/times|vezes/i.test(u) ? "人次" : "人"}`);
  if (PART.test(t)) {
    const parts = t.split(PART);
    const kept = parts.filter((p) => !foreignOnly(p));
    if (kept.length < parts.length) t = kept.join("／");
  }
  // "pessoas 人", "milhões RMB 百万元": a unit's words before it.
  // ("是 Yes — integrated and upgraded": the answer.)
  if (HAN.test(t) && t.length <= 40 && LATIN_WORD.test(t) && !/[，。；]/.test(t))
    t = t
      .replace(/[A-Za-zÀ-ÿ.º-]+/g, (w) => (/^[A-Za-zÀ-ÿ.º-]{3,}$/.test(w) || /^RMB$/i.test(w) ? "" : w))
      .replace(/\s+[—–-]+(?:\s+|$)/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  // "RMB 28.35 billion", "RMB 5 million": an amount the English way, in 亿元 and 万元.
  const amount = /^(?:RMB|CNY)\s*([\d.,]+)\s*(billion|million)$/i.exec(t.trim());
  // (Worked out as the English-only sheet's are, exactly: ./english-labels.)
  const inYuan = amount && !decimalComma ? inChinese(amount[1], /^b/i.test(amount[2]) ? "bn" : "m") : undefined;
  if (inYuan) t = inYuan.join("");
  if (decimalComma && /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^[+-]?\d+,\d+$/.test(t.trim())) t = t.trim().replace(/\./g, "").replace(",", ".");
  if (dayFirst) t = t.replace(/(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?!\d)/g, (_all, d: string, m: string, y: string) => `${y}年${Number(m)}月${Number(d)}日`);
  if (t === v) return v;
  return t.trim() === "" ? null : t;
}
