/**
 * 鹤山's publicity topic plan (136th batch): 选题 | 拟投媒体 | 刊播媒体 | 媒体级别 | 形式 | 刊播日期, an outlet a row. The
 * report is the outlet that ran it, not the one the topic was meant for; a topic never placed ("—（未落实）") is none.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

test("刊播媒体 is the outlet, 拟投媒体 only where the topic was sent; 未落实 is no report", () => {
  const sheet: Sheet = {
    name: "宣传选题落实表",
    rows: [
      ["某市商务局电子商务进农村宣传选题策划及落实表", null, null, null, null, null, null, null],
      ["序号", "选题", "策划时间", "拟投媒体", "刊播媒体", "媒体级别", "形式", "刊播日期"],
      [1, "举办首届网购节", "2020年10月", "江门日报", "江门日报", "市级", "报纸", "2020.11.3"],
      [2, "村级电商服务站打通农村物流", "2020年12月", "南方日报", "江门日报", "市级", "报纸", "2021年1月15日"],
      [3, "红茶搭上直播快车", "2021年3月", "广东广播电视台", "广东广播电视台《广东新闻联播》", "省级", "电视", "21.4.9"],
      [4, "脱贫户学电商", "2021年5月", "人民日报", "—（未落实）", "—", "—", "—"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.media.map((m) => [m.outlet, m.level, m.tv])).toEqual([
    ["江门日报", "city", false],
    ["江门日报", "city", false],
    ["广东广播电视台《广东新闻联播》", "province", true],
  ]);
});
