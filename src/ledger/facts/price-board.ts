/**
 * A centre's posted board of its services and prices, typed up from a photo (连平: 楼层 | 功能区 | 服务项目 |
 * 服务对象 | 收费标准 | 说明). The rubric asks whether the centre gives its services free; the board says
 * it in its 收费标准: 免费, or a price ("产品拍摄30元／款"). A reviewer reads each line as the service it
 * offers, free or charged; so does the reader: a line naming one of the centre's services is read in the
 * rubric's words with 是 or 否（收费） in its price's cell. Value-added services (快递代收, 贷款对接) and a floor
 * of the park are there whatever they cost: the rubric asks that they exist, not that they be free.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { spacelessText } from "../normalize/text";
import { withTablesRewritten } from "./table-end";

const SERVICE = /^(?:服务项目|服务内容|服务事项)$/;
const PRICE = /^(?:收费标准|收费情况|收费|价格|收费标准（元）)$/;

/** A line's service, by its words, in the rubric's words (the first kind it names), and whether its price counts. */
const KINDS: { words: RegExp; label: string; priced: boolean }[] = [
  { words: /产业园/, label: "电商产业园", priced: false },
  { words: /摄影|美工|拍摄|详情页/, label: "为电子商务市场主体提供免费摄影、美工服务", priced: true },
  { words: /培训/, label: "有免费培训场所、培训设备，能组织电商基础培训", priced: true },
  { words: /展示|展销|代销/, label: "为特色农产品提供免费展示、销售服务", priced: true },
  { words: /品牌/, label: "组织农产品统一推广、指导特色农产品品牌建设", priced: true },
  { words: /贷款|金融|代办|快递|物流|仓储|增值/, label: "为电子商务发展提供其他衍生增值服务", priced: false },
];

function firstNamed(said: string): (typeof KINDS)[number] | undefined {
  let best: { kind: (typeof KINDS)[number]; at: number } | undefined;
  for (const kind of KINDS) {
    const at = said.search(kind.words);
    if (at >= 0 && (best === undefined || at < best.at)) best = { kind, at };
  }
  return best?.kind;
}

interface Board {
  service: number;
  price: number;
}

function boardOf(row: readonly CellValue[]): Board | undefined {
  const keys = row.map((v) => spacelessText(v ?? null));
  const service = keys.findIndex((k) => SERVICE.test(k));
  const price = keys.findIndex((k) => PRICE.test(k));
  // (A table that asks 是否免费 itself is ./free-columns'.)
  return service >= 0 && price > service && !keys.some((k) => /^是否/.test(k)) ? { service, price } : undefined;
}

/** The board's head line: when the centre opened ("开业运营：2020年10月16日\u3000\u3000运营单位：…"). */
const OPENED = /^开业(?:运营|时间|日期)?\s*[:：]/;

/**
 * The lines above a board's header, its head line's 开业 said in the rubric's words: on a centre's own
 * board, 开业 is the day the centre opened. (Not a synonym for every sheet: 运营单位 beside it is no day.)
 */
function withOpeningHead(sheet: Sheet): Sheet {
  const header = sheet.rows.findIndex((row) => boardOf(row ?? []) !== undefined);
  if (header < 0) return sheet;
  let rows: CellValue[][] | undefined;
  for (let r = 0; r < header; r++) {
    const row = sheet.rows[r] ?? [];
    row.forEach((v, c) => {
      if (typeof v !== "string" || !OPENED.test(v.trim())) return;
      rows ??= sheet.rows.map((x) => x);
      rows[r] = [...(rows[r] ?? [])];
      rows[r][c] = v.trim().replace(OPENED, "公共服务中心投入运营：");
    });
  }
  return rows ? { ...sheet, rows } : sheet;
}

export function withPriceBoard(sheet: Sheet): Sheet {
  return withTablesRewritten(
    withOpeningHead(sheet),
    boardOf,
    (row, b) => {
      const said = row
        .slice(0, b.price)
        .map((v) => spacelessText(v ?? null))
        .join(" ");
      // (The kind named first: "电商培训 | 电商基础知识普及培训（网店开设、手机拍摄…）" is a course, whatever it teaches.)
      const kind = firstNamed(said);
      const price = spacelessText(row[b.price] ?? null);
      if (!kind || price === "") return [...row];
      const free = /^免费/.test(price);
      const charged = !free && /元|收费|有偿|面议|按[^，。]{0,8}价/.test(price);
      if (kind.priced && !free && !charged) return [...row];
      // The line as a label and its answer: the service in the rubric's words, the answer where the price was.
      const out: CellValue[] = row.map((v, c) => (c === b.price ? v : null));
      out[b.service] = kind.label;
      out[b.price] = !kind.priced || free ? "是" : "否（收费）";
      return out;
    },
    (row, b) => row.map((v, c) => (c === b.price ? "是否免费提供" : c === b.service ? v : null)),
  );
}
