/**
 * Evidence photos kept as the ledger: a list of pictures and their captions (图号 | 照片 | 照片说明, the picture
 * itself a ［图片］ placeholder), each caption saying what the ledger's row would: "古丁镇榕桥村电商服务站挂牌
 * （2020年3月5日）", "2020年9月6日，长坡镇农村电商普及培训班开班，参训139人次。", "2021年3月9日，《茂名日报》（市级）
 * 第3版：《…》". A reviewer reads each caption as that row. So does the reader: what a caption says is written in
 * columns of the ledger's own (所在镇 | 所在村 | 挂牌时间, 培训日期 | 参训人次, 报道日期 | 媒体 | 级别 | 形式 | 是否电商扶贫典型案例)
 * appended after the sheet's last column, each on its caption's row, so the sheet is read as the ledger the
 * sheet's name says it is (站点挂牌照片, 培训现场照片, 媒体报道截图).
 */
import type { CellValue, Sheet } from "../core/grid";
import { findDateInText } from "./normalize/date";
import { cellText, spacelessText } from "./normalize/text";
import { formatDate } from "../scoring/dates";

const HEADER_SCAN = 5;
const CAPTION_HEADER = /^(?:照片说明|图片说明|截图说明|说明|图注|照片内容|内容说明)$/;
const PICTURE = /^[［[【]?\s*(?:图片|照片|截图)\s*[］\]】]?$/;
/** Fewest captions that make a ledger. */
const MIN_CAPTIONS = 3;

type Kind = "stations" | "training" | "media";

function kindOf(sheet: Sheet): Kind | undefined {
  const said = spacelessText(sheet.name) + spacelessText(sheet.rows[0]?.find((v) => cellText(v ?? null) !== "") ?? null);
  if (!/照片|截图|图片/.test(said)) return undefined;
  if (/站点|服务站/.test(said)) return "stations";
  if (/培训/.test(said)) return "training";
  if (/报道|媒体|宣传/.test(said)) return "media";
  return undefined;
}

const HEADERS: Record<Kind, string[]> = {
  stations: ["所在镇", "所在村", "挂牌时间"],
  training: ["培训日期", "参训人次"],
  media: ["报道日期", "媒体", "媒体级别", "形式", "是否电商扶贫典型案例"],
};

/** A caption's village: the 村 (or 社区) its station is named by, after its town. */
const STATION_VILLAGE = /([\u4e00-\u9fff]{1,6}?(?:村|社区))(?:委会|民委员会)?(?:电子商务|电商)?(?:综合)?服务(?:站|点)/;
const PERSON_TIMES = /(\d+)\s*人次|(?:参训|学员|培训)\s*(\d+)\s*人/;
const LEVEL = /[（(]\s*(国家级|中央|省级|市级|县级|区级)(?:电视|媒体)?\s*[)）]/;
const OUTLET = /《([^《》]{2,16})》|([\u4e00-\u9fff]{2,16}?(?:电视台|广播电视台|融媒体中心|日报|晚报|网|频道))/;

function fields(kind: Kind, caption: string): CellValue[] {
  const day = findDateInText(caption);
  const date = day ? formatDate(day) : null;
  if (kind === "stations") {
    const named = STATION_VILLAGE.exec(caption)?.[1] ?? "";
    const town = /^.*(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2})/.exec(named)?.[0] ?? null;
    return [town, named.slice(town?.length ?? 0) || null, date];
  }
  if (kind === "training") {
    const m = PERSON_TIMES.exec(caption);
    return [date, m ? Number(m[1] ?? m[2]) : null];
  }
  const level = LEVEL.exec(caption)?.[1] ?? null;
  const outlet = OUTLET.exec(caption.replace(/^截图\s*\d+\s*/, ""));
  const tv = /电视|广播电视台|频道/.test(caption);
  return [date, outlet?.[1] ?? outlet?.[2] ?? null, level, tv ? "电视" : null, /典型案例/.test(caption) ? "是" : null];
}

/** The sheet with each caption's row read out in columns of its own; the same sheet when it is no such list. */
export function withPhotoCaptionsRead(sheet: Sheet): Sheet {
  const kind = kindOf(sheet);
  if (!kind) return sheet;
  for (let h = 0; h < Math.min(sheet.rows.length, HEADER_SCAN); h++) {
    const texts = (sheet.rows[h] ?? []).map((v) => spacelessText(v ?? null));
    const captionCol = texts.findIndex((t) => CAPTION_HEADER.test(t));
    if (captionCol < 0) continue;
    // (Pictures beside their captions: the placeholder in a column of its own.)
    const pictures = sheet.rows.slice(h + 1).filter((row) => (row ?? []).some((v) => PICTURE.test(cellText(v ?? null).trim()))).length;
    if (pictures < MIN_CAPTIONS) return sheet;
    const width = sheet.rows.reduce((w, row) => Math.max(w, row.length), 0);
    const rows: CellValue[][] = sheet.rows.map((row, r) => {
      if (r < h) return row;
      const padded = [...row, ...Array<CellValue>(width - row.length).fill(null)];
      if (r === h) return [...padded, ...HEADERS[kind]];
      const caption = cellText(row[captionCol] ?? null);
      // (A note under the list, 说明：照片按挂牌时间排列…, has no picture: no row of the ledger.)
      const pictured = row.some((v) => PICTURE.test(cellText(v ?? null).trim()));
      return caption === "" || !pictured ? row : [...padded, ...fields(kind, caption)];
    });
    return { ...sheet, rows };
  }
  return sheet;
}
