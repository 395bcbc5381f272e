/**
 * A poor-population roster kept in sections, each section's title saying what its people are
 * ("一、有劳动能力、未外出务工（26人）", "二、有劳动能力、外出务工（9人）", "三、无劳动能力（10人）", "四、劳动能力待核实"),
 * the rows themselves saying neither. A reviewer reads each person's labour and work away from the
 * section they stand in; so does the reader: two columns are added after the sheet's last, filled from
 * the section over each row (blank under a section that leaves it open: 待核实, or work away under 无劳动能力).
 */
import type { CellValue, Sheet } from "../core/grid";
import { cellText, compact } from "./normalize/text";

/** A roster's ID column. */
const ID_HEADER = /^(?:公民)?身份(?:证)?(?:号码|号|证件号码)$|^证件号码$/;
/** Headers that already say labour, or work away: that much is read as it is. */
const LABOUR_HEADER = /劳动能力|劳动力|劳动技能/;
const MIGRANT_HEADER = /务工/;
/** A section's title: numbered, about labour or work away. */
const SECTION = /^[一二三四五六七八九十]+\s*[、.．]\s*(.*(?:劳动能力|劳动力|务工).*)$/;
/** Sections before a sheet is read so. */
const MIN_SECTIONS = 2;

function statusOf(title: string): { labour: string | null; migrant: string | null } {
  const t = compact(title);
  if (/待核实|待确认|不详/.test(t)) return { labour: null, migrant: null };
  if (/无劳动能力|丧失劳动能力|无劳动力|丧失劳动力/.test(t)) return { labour: "无劳动能力", migrant: null };
  const labour = /有劳动能力|有劳动力|半劳动力|弱劳动力|普通劳动力|技能劳动力/.test(t) ? "有劳动能力" : null;
  const migrant = /未外出|不外出|非外出|县内|区内|本地|在家/.test(t) ? "否" : /外出务工|县外|区外|省外/.test(t) ? "是" : null;
  return { labour, migrant };
}

export function withSectionStatus(sheet: Sheet): Sheet {
  const head = sheet.rows.slice(0, 10).findIndex((row) => row.some((v) => ID_HEADER.test(compact(cellText(v ?? null)))));
  if (head < 0) return sheet;
  // (A roster with its own 务工情况 column, sectioned only by labour: the sections give the labour alone.)
  const said = (re: RegExp) => (sheet.rows[head] ?? []).some((v) => re.test(cellText(v ?? null)));
  const labourSaid = said(LABOUR_HEADER);
  const migrantSaid = said(MIGRANT_HEADER);
  if (labourSaid && migrantSaid) return sheet;
  const oneText = (r: number) => {
    const texts = (sheet.rows[r] ?? []).map((v) => cellText(v ?? null).trim()).filter((t) => t !== "");
    return texts.length === 1 ? texts[0] : undefined;
  };
  // (The first section opens right under the header: a long ledger's rows are not walked for any.)
  const isSection = (r: number) => SECTION.test(oneText(r) ?? "");
  if (![1, 2, 3].some((d) => isSection(head + d))) return sheet;
  const sections = new Set(sheet.rows.flatMap((_, r) => (r > head && isSection(r) ? [r] : [])));
  if (sections.size < MIN_SECTIONS) return sheet;
  const width = sheet.rows.reduce((w, row) => Math.max(w, row.length), 0);
  /** The cells added to a row: the labour and the work away its section says, only what the header does not. */
  const added = (labour: CellValue, migrant: CellValue) => [...(labourSaid ? [] : [labour]), ...(migrantSaid ? [] : [migrant])];
  let status: ReturnType<typeof statusOf> | undefined;
  const rows: CellValue[][] = sheet.rows.map((row, r) => {
    if (r === head) return [...row, ...Array(width - row.length).fill(null), ...added("劳动能力（按所在分类）", "是否外出务工（按所在分类）")];
    if (r < head) return row;
    if (sections.has(r)) {
      status = statusOf(oneText(r) as string);
      return row;
    }
    if (!status || row.every((v) => cellText(v ?? null).trim() === "")) return row;
    return [...row, ...Array(width - row.length).fill(null), ...added(status.labour, status.migrant)];
  });
  return { ...sheet, rows };
}
