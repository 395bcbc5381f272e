/** The inspection sample: reproducible from its seed, and always meeting the 30% / 50% / 5 / 2 rule. */
import fc from "fast-check";
import { drawSample, type SampleStation } from "../../src/review/sample";
import { sampleSheet } from "../../src/review/sample-sheet";

const stationList = (minLength: number) =>
  fc
    .array(fc.record({ poor: fc.oneof(fc.boolean(), fc.constant(true)), village: fc.string({ minLength: 1, maxLength: 4 }) }), { minLength, maxLength: 400 })
    .map((xs) => xs.map((x, i): SampleStation => ({ sheet: "站点台账", row: i + 3, village: x.village, poor: x.poor })));

const ceil = (x: number) => Math.ceil(x - 1e-9);

test("property: the draw always meets the rule, with fewer only when fewer exist (and then says so)", () => {
  fc.assert(
    fc.property(stationList(0), fc.string({ minLength: 1 }), (stations, seed) => {
      const d = drawSample(stations, seed);
      const n = stations.length;
      const p = stations.filter((s) => s.poor).length;
      const video = d.drawn.filter((s) => s.video);
      const site = d.drawn.filter((s) => s.onSite);
      expect(video).toHaveLength(Math.max(ceil(0.3 * n), ceil(0.5 * p)));
      expect(video.filter((s) => s.poor).length).toBeGreaterThanOrEqual(ceil(0.5 * p));
      expect(site).toHaveLength(Math.min(5, n));
      expect(site.filter((s) => s.poor).length).toBeGreaterThanOrEqual(Math.min(2, p));
      // Each drawn station is a real one, once.
      expect(new Set(d.drawn.map((s) => s.row)).size).toBe(d.drawn.length);
      if (n > 0 && n < 5) expect(d.shortfalls.join()).toContain(`站点只有 ${n} 个`);
      if (p < 2) expect(d.shortfalls.join()).toContain(`贫困村站点只有 ${p} 个`);
      if (n >= 5 && p >= 2) expect(d.shortfalls).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test("property: the same seed draws the same list; another seed draws another (40+ stations)", () => {
  fc.assert(
    fc.property(stationList(40), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (stations, a, b) => {
      fc.pre(a !== b);
      const first = drawSample(stations, a);
      expect(
        drawSample(
          stations.map((s) => ({ ...s })),
          a,
        ),
      ).toEqual(first);
      const other = drawSample(stations, b);
      expect(other.drawn.map((s) => `${s.row}${s.video}${s.onSite}`)).not.toEqual(first.drawn.map((s) => `${s.row}${s.video}${s.onSite}`));
    }),
    { numRuns: 200 },
  );
});

test("half of the poor-village stations is kept even when it is more than 30% of all", () => {
  const stations: SampleStation[] = Array.from({ length: 10 }, (_, i) => ({ sheet: "站点", row: i + 2, village: `村${i}`, poor: i < 9 }));
  const d = drawSample(stations, "1");
  expect(d.drawn.filter((s) => s.video)).toHaveLength(5);
  expect(d.drawn.filter((s) => s.video && s.poor).length).toBeGreaterThanOrEqual(5);
});

test("without poor-village information the sample says so and draws from all stations", () => {
  const stations: SampleStation[] = Array.from({ length: 12 }, (_, i) => ({ sheet: "站点", row: i + 2, village: `村${i}`, poor: null }));
  const d = drawSample(stations, "x");
  expect(d.shortfalls.join()).toContain("没有省定贫困村名单");
  expect(d.drawn.filter((s) => s.video)).toHaveLength(4);
  expect(d.drawn.filter((s) => s.onSite)).toHaveLength(5);
});

test("the sheet: a row per drawn station with its marks, a link to its ledger row, a 符合 / 不符合 list", () => {
  const stations: SampleStation[] = Array.from({ length: 20 }, (_, i) => ({
    sheet: "站点台账",
    row: i + 3,
    village: `村${i}`,
    name: `站${i}`,
    phone: "138",
    poor: i % 3 === 0,
  }));
  const d = drawSample(stations, "会议抽签 7");
  const m = sampleSheet(d);
  const header = m.rows[m.headerRow].map((c) => c.value);
  expect(header).toEqual([
    "序号",
    "站点名称",
    "所在村",
    "镇（街道）",
    "省定贫困村",
    "地址",
    "联系人",
    "联系电话",
    "视频抽查",
    "现场检查",
    "台账位置",
    "核查结果",
    "说明",
  ]);
  const body = m.rows.slice(m.headerRow + 1, m.headerRow + 1 + d.drawn.length);
  expect(body).toHaveLength(d.drawn.length);
  body.forEach((r, i) => {
    expect(r[1].value).toBe(d.drawn[i].name);
    expect(r[4].value).toBe(d.drawn[i].poor ? "是" : "否");
    expect(r[8].value).toBe(d.drawn[i].video ? "√" : "");
    expect(r[10].link).toEqual({ sheet: "站点台账", cell: `A${d.drawn[i].row}` });
  });
  expect(m.validations).toEqual([expect.objectContaining({ kind: "list", options: ["符合", "不符合"], range: `L4:L${3 + d.drawn.length}` })]);
  expect(String(m.rows[0][0].value)).toContain("种子 会议抽签 7");
});
