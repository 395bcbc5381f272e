/**
 * A ledger of more records than a JavaScript call takes arguments (some 120,000 on Node 20): records
 * are gathered by a loop, never spread into one call, so a county's 160,000 distinct stations are
 * read, not a "Maximum call stack size exceeded".
 */
import type { CellValue } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const STATIONS = 160000;

test(`${STATIONS.toLocaleString("en")} distinct stations are read, every one`, () => {
  const rows: CellValue[][] = [["站点台账"], ["序号", "站点名称", "所在镇", "所在村", "挂牌时间"]];
  for (let i = 1; i <= STATIONS; i++) rows.push([i, `第${i}号电商服务站`, `第${i % 50}镇`, `第${i}村`, new Date(Date.UTC(2020, 5, 1 + (i % 28)))]);
  const { ledgers } = readLedgers({ sheets: [{ name: "站点台账", rows }] }, GD_2019);
  expect(ledgers.stations.length).toBe(STATIONS);
  expect(ledgers.stations[STATIONS - 1].village).toBe(`第${STATIONS}村`);
}, 120000);
