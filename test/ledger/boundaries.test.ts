/**
 * Two rules at their boundaries (issue 8 §3): an enterprise that leaves the park *on* the cut-off
 * day is still in the park that day; a leader holding several titles counts at the highest.
 */
import type { Sheet } from "../../src/core/grid";
import { leaderLevel, missingDepartments } from "../../src/ledger/leader";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { scoreGrids } from "../../src/pipeline";

describe("park enterprises at the cut-off", () => {
  const types = ["平台型", "销售型", "物流企业"];
  function park(lastLeft: string | null) {
    const rows = Array.from({ length: 20 }, (_, i) => [`企业${i + 1}`, `91440281MA5${String(i).padStart(6, "0")}X`, types[i % 3], "2020-05-01", null as string | null]);
    rows[19][4] = lastLeft; // the only logistics firm besides two others; the 20th enterprise
    rows[18][4] = null;
    const sheets: Sheet[] = [
      { name: "基本情况", rows: [["常住人口", 420000]] },
      { name: "产业园入驻企业清单", rows: [["企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期"], ...rows] },
    ];
    return scoreGrids({ sheets }).report.measures;
  }
  test.each([
    ["2021-08-31", 20], // leaves on the cut-off day: still in the park
    ["2021-09-01", 20],
    ["2021-08-30", 19], // left the day before
    [null, 20],
  ])("left %s → %d in the park", (left, n) => {
    expect(park(left).parkEnterprises).toBe(n);
  });
});

describe("leader titles", () => {
  test.each([
    ["县长", "principal"],
    ["县委书记", "principal"],
    ["市长", "principal"],
    ["区长", "principal"],
    ["县委副书记、县长", "principal"],
    ["县委副书记，县长", "principal"],
    ["县委副书记/县长", "principal"],
    ["县委副书记 县长", "principal"],
    // (Its 、 left out, the 副 still the 书记's.)
    ["县委副书记县长", "principal"],
    ["市委副书记代市长", "principal"],
    ["县委副书记", "deputy"],
    ["张三（县长）", "principal"],
    ["县政府主要领导", "principal"],
    ["县人民政府县长", "principal"],
    ["副县长", "deputy"],
    ["副市长", "deputy"],
    ["副区长", "deputy"],
    ["县委常委、副县长", "deputy"],
    ["分管副县长", "deputy"],
    ["常务副县长", "deputy"],
    ["分管领导", "deputy"],
    ["县商务局局长", "other"],
    ["镇长", "other"],
    ["县长助理", "other"],
    ["", "other"],
  ])("%s → %s", (title, level) => {
    expect(leaderLevel(title)).toBe(level);
  });

  test("departments named in a clerk's list", () => {
    expect(missingDepartments("商务局、财政局、农业农村局、扶贫办", GD_2019.leadDepartments!)).toEqual([]);
    expect(missingDepartments("县商务局，县财政局，县乡村振兴局，县农业农村局", GD_2019.leadDepartments!)).toEqual([]);
    expect(missingDepartments("商务局、财政局", GD_2019.leadDepartments!)).toEqual(["农业", "扶贫"]);
  });
});
