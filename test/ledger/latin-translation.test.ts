/**
 * 斗门's fact sheet for a Macau delegation: each line in Chinese with its Portuguese beside it, numbers and
 * days written the Portuguese way as its notes say (604.466, 28,1, 09/11/2020), amounts in 十亿元 / 百万元.
 */
import type { Sheet } from "../../src/core/grid";
import { withLatinTranslationLeftOut } from "../../src/ledger/facts/latin-translation";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const NOTES = "说明 ／ Notas：① 数字按葡文写法：千位用「.」、小数用「,」；② 日期按 日/月/年；③ Sim＝是，Não＝否。";
const sheet: Sheet = {
  name: "Ficha Informativa 基本情况",
  rows: [
    ["珠海市斗門區基本情況 ／ Ficha Informativa — Distrito de Doumen", null, null, null, null, null],
    [NOTES, null, null, null, null, null],
    ["N.º", "項目", "Item", "數據 / Dados", "單位 / Unidade", "備註 / Observações"],
    [1, "區名", "Distrito", "斗門區", "—", "Doumen"],
    [2, "數據截止日期", "Data de referência dos dados", "31/08/2021", "—", "省考評截止日 ／ data-limite da avaliação provincial"],
    [3, "常住人口", "População residente", "604.466", "pessoas 人", null],
    [4, "行政村", "Aldeias administrativas", "103", "aldeias 個", null],
    [5, "已正式印發示範縣工作方案", "Plano de trabalho oficialmente publicado", "Sim／是", "—", null],
    [6, "為電子商務發展提供其他衍生增值服務", "Outros serviços de valor acrescentado", "Não／否", "—", null],
    [7, "2020年農村網絡零售額", "Vendas a retalho online rurais, 2020", "1,584", "mil milhões RMB 十億元", null],
    [8, "累計撥付資金（截至 31/08/2021）", "Fundos desembolsados", "3.874.260,50", "RMB 元", null],
  ],
};

test("the Portuguese is left out and the figures read as the notes say", () => {
  const rows = withLatinTranslationLeftOut(sheet).rows;
  expect(rows[2]).toEqual(["N.º", "項目", null, "數據", "單位", "備註"]);
  expect(rows.slice(4, 10).map((r) => [r[3], r[4]])).toEqual([
    ["2021年8月31日", "—"],
    ["604466", "人"],
    ["103", "個"],
    ["是", "—"],
    ["否", "—"],
    [15.84, "亿元"],
  ]);
  // A Chinese sheet with an export's English headers is no bilingual sheet.
  const export_: Sheet = {
    name: "t",
    rows: [
      ["Title", "Kind", "Content"],
      ["核实常住人口", "TEXT", "七普常住人口31.92万人"],
    ],
  };
  expect(withLatinTranslationLeftOut(export_)).toBe(export_);
});

test("read as the Chinese table: the county as written, the figures in full", () => {
  const facts = Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));
  expect(facts).toMatchObject({ county: "斗門區", residentPopulation: "604466", planIssued: "是", centerOther: "否", fundSpentStated: "3874260.50" });
});
