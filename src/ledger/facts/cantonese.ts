/**
 * A clerk in Zhanjiang or Foshan keeps her own follow-up list in Cantonese: 方案印咗未, 冇, 行政村几多个,
 * 2020年10月尾, 通晒未. A reviewer from the province reads it as the Mandarin it means; so does the
 * reader, word for word, before any label or answer is matched (after the characters are simplified).
 * Only words with no other reading in a ledger are turned; a cell without one is left as it is.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { withEachCell } from "./corrections";

/** Cantonese word → the Mandarin a reviewer reads; longer words first. */
const WORDS: [RegExp, string][] = [
  [/有冇/g, "有无"],
  [/几多/g, "多少"],
  [/几时/g, "何时"],
  [/边个/g, "谁"],
  [/唔系/g, "不是"],
  [/唔使/g, "不用"],
  [/唔好/g, "不要"],
  [/唔计/g, "不计"],
  [/搞掂/g, "完成"],
  [/(\d{1,2})月尾/g, "$1月底"],
  // The clerk's own words for what was done: money 落咗 (allocated), 拨咗 (paid), put up in the 专栏 (放).
  [/落咗/g, "下达了"],
  [/拨咗/g, "拨付了"],
  [/放咗|放(?=进度)/g, "公示"],
  [/通晒/g, "全部通"],
  [/出去打工/g, "外出务工"],
  [/影相/g, "摄影"],
  [/帮手/g, "帮助"],
  [/开门/g, "运营"],
  [/仲/g, "还"],
  // (…and a clerk's shorthand that goes with them: 公服中心 is the 公共服务中心, 运作 its running.)
  [/公服中心/g, "公共服务中心"],
  [/咗/g, "了"],
  [/冇/g, "无"],
  [/嘅/g, "的"],
  [/喺/g, "在"],
  [/畀/g, "给"],
  [/睇/g, "看"],
  [/唔/g, "不"],
];
/** Any of the words, at a glance (most sheets hold none). */
const ANY = /有冇|几多|几时|边个|搞掂|月尾|通晒|打工|影相|帮手|开门|公服中心|[咗冇嘅喺畀睇唔仲]/;

function mandarin(v: CellValue): CellValue {
  if (typeof v !== "string" || !ANY.test(v)) return v;
  let t = v;
  for (const [word, said] of WORDS) t = t.replace(word, said);
  return t;
}

export function withMandarin(sheet: Sheet): Sheet {
  return withEachCell(sheet, mandarin);
}
