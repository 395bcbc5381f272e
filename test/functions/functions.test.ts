/**
 * The ECOM custom functions with Excel-shaped inputs: numbers, numeric text, 2-D ranges with
 * blanks and error values, boundary values of every tier, and wrong input → #VALUE! with a
 * Chinese message (never a wrong number).
 */
import { toExcelSerial } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import * as F from "../../src/functions/functions";
import { ErrorCode, installCustomFunctionsMock, MockCustomFunctionError, valueError } from "./custom-functions-mock";

beforeAll(installCustomFunctionsMock);

/** A column range as Excel passes it: [[a], [b], …]. */
const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const m = (x: unknown): unknown[][] => [[x]];

describe("TRAINING_RATE_SCORE / TRAINING_RATE", () => {
  test("Lechang: 4385 of 420000 → 10", () => {
    expect(F.trainingRateScore(m(4385), 420000)).toBe(10);
    expect(F.trainingRateScore(m("4,385"), "42万")).toBe(10);
    expect(F.trainingRateScore(m("４３８５"), "42万人")).toBe(10);
  });

  test("tiers are inclusive at the lower bound, compared exactly", () => {
    expect(F.trainingRateScore(m(4200), 420000)).toBe(10); // exactly 1%
    expect(F.trainingRateScore(m(4199), 420000)).toBe(8);
    expect(F.trainingRateScore(m(3360), 420000)).toBe(8); // exactly 0.8%
    expect(F.trainingRateScore(m(3359), 420000)).toBe(6);
    expect(F.trainingRateScore(m(2520), 420000)).toBe(6); // exactly 0.6%
    expect(F.trainingRateScore(m(2519), 420000)).toBe(0);
    expect(F.trainingRateScore(m(0), 420000)).toBe(0);
  });

  test("the population base is capped at 500000", () => {
    expect(F.trainingRateScore(m(5000), 612300)).toBe(10); // 5000 / 500000 = 1%
    expect(F.trainingRateScore(m(4999), 612300)).toBe(8);
    expect(F.trainingRate(m(5000), 612300)).toBeCloseTo(0.01, 12);
  });

  test("a column of per-session person-times is added up; blanks are ignored", () => {
    expect(F.trainingRateScore(col(1200, "", null, "2,000", 1000), 420000)).toBe(10);
    expect(
      F.trainingRateScore(
        [
          [1200, ""],
          [2000, 999],
        ],
        420000,
      ),
    ).toBe(8); // 4199: just under 1%
  });

  test("rates", () => {
    expect(F.trainingRate(m(4200), 420000)).toBe(0.01);
    expect(F.trainingRate(m(4385), "42万")).toBeCloseTo(4385 / 420000, 12);
    expect(F.trainingRate(m(900000), 420000)).toBe(1); // capped at 100%
  });

  test("bad input → #VALUE! saying what is wrong", () => {
    expect(valueError(() => F.trainingRateScore(m(4385), 0)).message).toMatch(/常住人口为 0/);
    expect(valueError(() => F.trainingRateScore(m("abc"), 420000)).message).toMatch(/培训人次应为数字.*abc/);
    expect(valueError(() => F.trainingRateScore(m(true), 420000)).message).toMatch(/培训人次应为数字，不是逻辑值 TRUE/);
    expect(valueError(() => F.trainingRateScore(m(-5), 420000)).message).toMatch(/培训人次不能为负数/);
    expect(valueError(() => F.trainingRateScore(m(4385), "70%")).message).toMatch(/常住人口应为数量，不是百分比/);
    expect(valueError(() => F.trainingRateScore(m(""), 420000)).message).toMatch(/缺少培训人次/);
    expect(valueError(() => F.trainingRateScore(m(4385), null)).message).toMatch(/缺少常住人口/);
    expect(valueError(() => F.trainingRateScore(m("约4000"), 420000)).message).toMatch(/不是确定的数值/);
  });

  test("error values inside a range name the cell", () => {
    const e = valueError(() => F.trainingRateScore(col(1000, { error: "#N/A" }, 3385), 420000));
    expect(e.message).toBe("培训人次（所选区域第 2 行第 1 列）是错误值 #N/A");
    expect(
      valueError(() =>
        F.trainingRateScore(
          [
            [1, 2],
            [3, "#REF!"],
          ],
          420000,
        ),
      ).message,
    ).toBe("培训人次（所选区域第 2 行第 2 列）是错误值 #REF!");
    const cfErr = new MockCustomFunctionError(ErrorCode.divisionByZero);
    expect(valueError(() => F.trainingRateScore(col(1, cfErr), 420000)).message).toMatch(/第 2 行第 1 列）是错误值 #DIV\/0!/);
    expect(valueError(() => F.trainingRateScore(col({ type: "Error", errorType: "NotAvailable" }, 1), 420000)).message).toMatch(/第 1 行第 1 列）是错误值 #N\/A/);
    expect(valueError(() => F.trainingRateScore(m(4385), "#VALUE!")).message).toBe("常住人口是错误值 #VALUE!");
  });
});

describe("POOR_TRAINING_SCORE / POOR_TRAINING_RATE / POOR_TRAINING_BONUS", () => {
  test("tiers 50% / 40% / 30%", () => {
    expect(F.poorTrainingScore(m(3450), m(6330))).toBe(10);
    expect(F.poorTrainingScore(m(50), m(100))).toBe(10);
    expect(F.poorTrainingScore(m(49), m(100))).toBe(8);
    expect(F.poorTrainingScore(m(40), m(100))).toBe(8);
    expect(F.poorTrainingScore(m(39), m(100))).toBe(6);
    expect(F.poorTrainingScore(m(30), m(100))).toBe(6);
    expect(F.poorTrainingScore(m(29), m(100))).toBe(0);
    expect(F.poorTrainingScore(m("3,450"), m("6330人"))).toBe(10);
  });

  test("bonus at 70%", () => {
    expect(F.poorTrainingBonus(m(70), m(100))).toBe(2);
    expect(F.poorTrainingBonus(m(69), m(100))).toBe(0);
    expect(F.poorTrainingBonus(m(3450), m(6330))).toBe(0);
  });

  test("ID lists: persons counted once, only those on the eligible list", () => {
    const eligible = col("440281199001011234", "440281198502023456", "440281197003035678", "440281196004047890", "");
    // Lower-case x, spaces and duplicates are the same person; someone not eligible does not count.
    const trained = col("440281199001011234", "4402 8119 9001 0112 34", "440281198502023456", "440281200001019999");
    expect(F.poorTrainingRate(trained, eligible)).toBe(0.5);
    expect(F.poorTrainingScore(trained, eligible)).toBe(10);
    expect(F.poorTrainingRate(m(2), eligible)).toBe(0.5);
  });

  test("bad input", () => {
    expect(valueError(() => F.poorTrainingScore(m(120), m(100))).message).toMatch(/参加培训的贫困人口（120）多于有劳动能力的建档立卡贫困人口（100）/);
    expect(valueError(() => F.poorTrainingScore(m(0), m(0))).message).toMatch(/有劳动能力的建档立卡贫困人口.*为 0/);
    expect(valueError(() => F.poorTrainingScore(m(10.5), m(100))).message).toMatch(/应为整数个数/);
  });
});

describe("COVERAGE_SCORE and its parts", () => {
  test("行政村: 70% → 5, 50% → 2, below → 0 (Lechang 137/195 = 70.3%)", () => {
    expect(F.adminCoverageScore(m(195), m(137))).toBe(5);
    expect(F.adminCoverageScore(m(100), m(70))).toBe(5);
    expect(F.adminCoverageScore(m(100), m(69))).toBe(2);
    expect(F.adminCoverageScore(m(100), m(50))).toBe(2);
    expect(F.adminCoverageScore(m(100), m(49))).toBe(0);
  });

  test("more than 200 villages count as 200", () => {
    expect(F.adminCoverageScore(m(236), m(140))).toBe(5); // 140 / 200 = 70%
    expect(F.adminCoverageScore(m(236), m(139))).toBe(2);
    expect(F.adminCoverageScore(m(236), m(100))).toBe(2); // 50%
    expect(F.adminCoverageScore(m(236), m(99))).toBe(0);
    expect(F.coverageRate(m(236), m(140))).toBe(0.7);
    expect(F.coverageRate(m(236), m(220))).toBe(1); // capped
  });

  test("省定贫困村: 100% → 5, 80% → 3, below → 0; none → 5", () => {
    expect(F.poorCoverageScore(m(39), m(39))).toBe(5);
    expect(F.poorCoverageScore(m(10), m(9))).toBe(3);
    expect(F.poorCoverageScore(m(10), m(8))).toBe(3);
    expect(F.poorCoverageScore(m(10), m(7))).toBe(0);
    expect(F.poorCoverageScore(m(0), m(0))).toBe(5);
    expect(F.poorCoverageRate(m(10), m(8))).toBe(0.8);
  });

  test("both together, at most 10", () => {
    expect(F.coverageScore(m(195), m(137), m(39), m(39))).toBe(10);
    expect(F.coverageScore(m(195), m(100), m(39), m(32))).toBe(5); // 51.3% → 2, 82% → 3
    expect(F.coverageScore(m(195), m(137), m(0))).toBe(10); // no poor villages
  });

  test("names: committees and 居委会/社区 handled, covered = distinct listed villages", () => {
    const villages = col("长来村委会", "小坪村", "大坪村民委员会", "城南社区", "河南居委会", "", "新村村");
    const stations = col("长来村", "长来村委会", "小坪", "城南社区", "外县某村", "");
    // 4 行政村 (长来, 小坪, 大坪, 新村); covered 长来 + 小坪 = 2 → 50% → 2.
    expect(F.coverageRate(villages, stations)).toBe(0.5);
    expect(F.adminCoverageScore(villages, stations)).toBe(2);
    // Poor villages derived from the station list when both are names.
    expect(F.coverageScore(villages, stations, col("小坪村", "大坪村"))).toBe(2 + 0);
    expect(F.coverageScore(villages, stations, col("小坪村"))).toBe(2 + 5);
    expect(F.poorCoverageScore(col("小坪村", "长来村"), stations)).toBe(5);
    // A list against a count.
    // A list against a count: the distinct 行政村 of the list (社区 left out): 长来, 小坪, 外县某 = 3 of 4.
    expect(F.adminCoverageScore(m(4), stations)).toBe(5);
  });

  test("bad input", () => {
    expect(valueError(() => F.coverageScore(m(195), m(137), m(null))).message).toMatch(/缺少省定贫困村/);
    expect(valueError(() => F.coverageScore(m(195), m(137), m(39))).message).toMatch(/缺少有站点的省定贫困村数/);
    expect(valueError(() => F.adminCoverageScore(m(100), m(101))).message).toBe("有站点的行政村（101）多于行政村（100）");
    expect(valueError(() => F.adminCoverageScore(m(0), m(0))).message).toMatch(/行政村.*为 0/);
    expect(valueError(() => F.adminCoverageScore(col("长来村", { error: "#REF!" }), m(1))).message).toBe("行政村（所选区域第 2 行第 1 列）是错误值 #REF!");
    expect(valueError(() => F.adminCoverageScore(col("长来村", true), m(1))).message).toMatch(/不是逻辑值 TRUE/);
  });
});

describe("FUND_SPENDING_SCORE / FUND_SPENDING_RATE", () => {
  test("Lechang: 4,167,785.00 of 5,000,000 = 83.4%, timely 5 → 5", () => {
    expect(F.fundSpendingScore(m("4,167,785.00"), 5000000, 5)).toBe(5);
    expect(F.fundSpendingScore(m(4167785), "500万", "4")).toBe(4);
    expect(F.fundSpendingRate(m(4167785), 5000000)).toBeCloseTo(0.833557, 6);
  });

  test("70% exactly passes the gate; below deducts 5 whatever the timeliness", () => {
    expect(F.fundSpendingScore(m(3500000), 5000000, 3)).toBe(3);
    expect(F.fundSpendingScore(m("3,499,999.99"), 5000000, 5)).toBe(-5);
    expect(F.fundSpendingScore(m(3499999.99), 5000000)).toBe(-5);
    expect(F.fundSpendingScore(m(0), 5000000)).toBe(-5);
  });

  test("a column of disbursements is added up", () => {
    expect(F.fundSpendingScore(col(1000000, "", "2,000,000.00", "50万", null), 5000000, 3)).toBe(3); // 3,500,000 = 70%
    expect(F.fundSpendingScore(col(1000000, "", "2,000,000.00", "49万"), 5000000)).toBe(-5);
    expect(F.fundSpendingRate(col(1000000, "", "2,000,000.00", "50万"), 5000000)).toBe(0.7);
    expect(F.fundSpendingScore(col(1000000, "2,000,000.00", "50万"), 5000000, 2)).toBe(2);
  });

  test("bad input", () => {
    expect(valueError(() => F.fundSpendingScore(m(4167785), 5000000)).message).toMatch(/支出率 83.4% ≥ 70%.*及时拨付自评分（1-5 分）/);
    expect(valueError(() => F.fundSpendingScore(m(4167785), 5000000, 6)).message).toBe("及时拨付自评分 6 不在 1-5 分之内");
    expect(valueError(() => F.fundSpendingScore(m(4167785), 0, 5)).message).toMatch(/下达资金为 0/);
    expect(valueError(() => F.fundSpendingScore(col(1, "待定"), 5000000, 5)).message).toMatch(/已拨付资金（所选区域第 2 行第 1 列）应为数字/);
  });
});

describe("MEDIA_SCORE / TV_CASE_SCORE", () => {
  test("levels are added up: 省级及以上 4, 市级 3, 县级 1", () => {
    expect(F.mediaScore(col("省级", "县级", ""))).toBe(5); // Lechang
    expect(F.mediaScore(col("国家", "韶关市级", "县"))).toBe(8);
    expect(F.mediaScore(col("中央"))).toBe(4);
    expect(F.mediaScore(col("市级", "市级", "韶关市"))).toBe(3);
    expect(F.mediaScore(col("省级", "国家级"))).toBe(4); // one level, not twice
    expect(F.mediaScore(col("县级"))).toBe(1);
  });

  test("with dates: after the cut-off or undated rows do not count", () => {
    const levels = col("省级", "市级", "县级");
    expect(F.mediaScore(levels, col("2021-05-01", "2021-09-01", "2021-08-31"))).toBe(5);
    expect(F.mediaScore(levels, col("2021-05-01", "", toExcelSerial({ y: 2021, m: 8, d: 31 })))).toBe(5);
    expect(F.mediaScore(levels, col("2021-05-01", "2021-09-01", "2021-08-31"), "2021-12-31")).toBe(8);
  });

  test("bad input", () => {
    expect(valueError(() => F.mediaScore(col("省级", "网红"))).message).toBe("媒体级别（所选区域第 2 行第 1 列）无法识别：“网红”（应为 国家级、省级、市级 或 县级）");
    expect(valueError(() => F.mediaScore(col("省级", "县级"), col("2021-05-01"))).message).toMatch(/大小相同/);
    expect(valueError(() => F.mediaScore(col("省级"), col("明年"))).message).toMatch(/报道日期不是日期/);
    expect(valueError(() => F.mediaScore(m(""))).message).toMatch(/缺少媒体级别/);
  });

  test("TV case: best level only", () => {
    expect(F.tvCaseScore(col("中央电视台", "省级"))).toBe(2);
    expect(F.tvCaseScore(col("省级"))).toBe(1);
  });
});

describe("MONTHLY_REGULARITY_SCORE / MONTHS_COVERED", () => {
  const months = (from: number, n: number, day = 15): string[] =>
    Array.from({ length: n }, (_, i) => {
      const idx = 2020 * 12 + (from - 1) + i;
      return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    });

  test("12 of 12 months → 3 (full), 11 → 1 (partial), none → 0", () => {
    expect(F.monthlyRegularityScore(col(...months(9, 12)))).toBe(3); // 2020-09 … 2021-08
    expect(F.monthlyRegularityScore(col(...months(9, 12).filter((_, i) => i !== 5)))).toBe(1);
    expect(F.monthlyRegularityScore(col("2019-01-01", "2020-08-31"))).toBe(0); // before the window
    expect(F.monthlyRegularityScore(col("2021-09-01"))).toBe(0); // after the cut-off
    expect(F.monthsCovered(col(...months(9, 12).filter((_, i) => i !== 5)))).toBe(11);
  });

  test("Excel serials, month-only text, blanks and a 2-D range", () => {
    const serials = months(9, 12).map((d) => {
      const [y, mo, da] = d.split("-").map(Number);
      return toExcelSerial({ y, m: mo, d: da });
    });
    expect(F.monthlyRegularityScore([serials.slice(0, 6), [...serials.slice(6), ""]] as unknown[][])).toBe(3);
    const zh = Array.from({ length: 12 }, (_, i) => (i < 4 ? `2020年${9 + i}月` : `2021年${i - 3}月`));
    expect(F.monthlyRegularityScore(col(...zh, "", null))).toBe(3);
  });

  test("the cut-off moves the window; points can be given (disclosure: 2 / 1)", () => {
    const year = col(...months(9, 12));
    expect(F.monthlyRegularityScore(year, "2021-09-30")).toBe(1); // 2020-10 … 2021-09: September missing
    expect(F.monthlyRegularityScore(year, toExcelSerial({ y: 2021, m: 8, d: 31 }))).toBe(3);
    expect(F.monthlyRegularityScore(year, null, 2, 1)).toBe(2);
    expect(F.monthlyRegularityScore(col("2021-01-05"), null, 2, "0.5")).toBe(0.5);
    expect(F.monthlyRegularityScore(year, "2021年8月31日")).toBe(3);
  });

  test("bad input", () => {
    expect(valueError(() => F.monthlyRegularityScore(col("2021-01-01", "下个月"))).message).toMatch(/^日期（所选区域第 2 行第 1 列）不是日期/);
    expect(valueError(() => F.monthlyRegularityScore(col("2021-01-01"), "昨天")).message).toMatch(/^考评截止日期不是日期/);
    expect(valueError(() => F.monthlyRegularityScore(col("2021-01-01"), null, 1, 2)).message).toMatch(/不定时得分（2）不应高于按月满分（1）/);
    expect(valueError(() => F.monthlyRegularityScore(col("2021-01-01", { error: "#N/A" }))).message).toBe("日期（所选区域第 2 行第 1 列）是错误值 #N/A");
  });
});

describe("PARK_SCORE", () => {
  test("≥ 20 enterprises → 2, ≥ 3 types → 1", () => {
    expect(F.parkScore(m(20), m(3))).toBe(3);
    expect(F.parkScore(m(19), m(3))).toBe(1);
    expect(F.parkScore(m(20), m(2))).toBe(2);
    expect(F.parkScore(m(17), m(4))).toBe(1); // Lechang
  });

  test("names and types as ranges: distinct names, normalised types", () => {
    const names = col(...Array.from({ length: 20 }, (_, i) => `企业${i + 1}`), "企业1", "");
    expect(F.parkScore(names, col("平台", "快递", "网店", "代运营"))).toBe(3);
    expect(F.parkScore(names, col("平台", "平台型", "电商平台"))).toBe(2); // one type
    expect(F.parkScore(col(...Array.from({ length: 19 }, (_, i) => `企业${i}`), "企业0"), col("平台", "物流", "零售"))).toBe(1);
    expect(F.parkScore(names, col("平台", "物流", "农业合作社"))).toBe(3); // another non-empty type is its own
  });
});

describe("GROWTH_SCORE / GROWTH_RATE / GROWTH_RATE_SCORE", () => {
  test("either figure growing ≥ 30% → 2", () => {
    expect(F.growthScore(100, 130)).toBe(2); // exactly 30%
    expect(F.growthScore(100, "129.99")).toBe(0);
    expect(F.growthScore("1.28亿", "1.72亿")).toBe(2); // Lechang agri 34.4%
    expect(F.growthScore(100, 110, 100, 135)).toBe(2);
    expect(F.growthScore(100, 110, 100, 125)).toBe(0);
    expect(F.growthRate(100, 130)).toBe(0.3);
    expect(F.growthRate(200, 150)).toBe(-0.25);
  });

  test("stated rates", () => {
    expect(F.growthRateScore("30%")).toBe(2);
    expect(F.growthRateScore("29.9%")).toBe(0);
    expect(F.growthRateScore(0.35)).toBe(2);
    expect(F.growthRateScore("-5%", "31%")).toBe(2);
    expect(F.growthRateScore(null, "31%")).toBe(2);
  });

  test("bad input", () => {
    expect(valueError(() => F.growthScore(0, 130)).message).toMatch(/2019年农村网络零售额为 0/);
    expect(valueError(() => F.growthScore(100, 130, 100)).message).toMatch(/缺少2020年农产品网络零售额/);
    expect(valueError(() => F.growthRateScore(null)).message).toMatch(/缺少同比增速/);
    expect(valueError(() => F.growthScore(100, "很多")).message).toMatch(/2020年农村网络零售额应为数字/);
  });
});

describe("RUBRIC", () => {
  test("spills a header row and one row per indicator", () => {
    const t = F.rubric();
    expect(t[0]).toEqual(["id", "工作任务", "评价指标", "权重", "评分标准"]);
    expect(t).toHaveLength(GD_2019.indicators.length + 1);
    expect(t.every((r) => r.length === 5)).toBe(true);
    const training = t.find((r) => r[0] === "work.training");
    expect(training).toEqual(["work.training", "深入推动电子商务进农村工作（55分）", "电商人才培训", 20, expect.stringContaining("1%")]);
    const scoredWeights = t.slice(1).filter((r) => !String(r[0]).startsWith("bonus.") && !String(r[0]).startsWith("veto."));
    expect(scoredWeights.reduce((a, r) => a + (r[3] as number), 0)).toBe(100);
  });
});

describe("wrapping", () => {
  test("any unexpected failure is still #VALUE! with a message, never a number", () => {
    const weird = { toString: () => "x" };
    expect(valueError(() => F.trainingRateScore(m(weird), 420000)).message).toMatch(/不是单元格的值/);
  });
});
