/** Small workbooks for the pane's tests (quick to score in jsdom). */
import type { Sheet } from "../../src/core/grid";

export function villagesAndStations(): { sheets: Sheet[] } {
  return {
    sheets: [
      {
        name: "基本情况",
        rows: [
          ["项目", "填报值"],
          ["县（市、区）名称", "测试县"],
          ["常住人口（人）", 100000],
        ],
      },
      {
        name: "行政村清单",
        rows: [
          ["行政村清单"],
          ["序号", "镇（街道）", "村（居）委会名称", "类型", "是否省定贫困村"],
          [1, "甲镇", "东村", "行政村", "是"],
          [2, "甲镇", "西村", "行政村", "否"],
          [3, "乙镇", "南村", "行政村", "否"],
        ],
      },
      {
        name: "站点台账",
        rows: [
          ["村级电商服务站点清单"],
          ["序号", "站点名称", "所在村", "建成日期"],
          [1, "东村服务站", "东村", new Date(Date.UTC(2020, 5, 1))],
          [2, "西村服务站", "西村", new Date(Date.UTC(2020, 6, 1))],
        ],
      },
      {
        name: "会议纪要",
        rows: [
          ["时间", "地点"],
          ["上午", "三楼会议室"],
        ],
      },
    ],
  };
}

export function emptyWorkbook(): { sheets: Sheet[] } {
  return { sheets: [{ name: "Sheet1", rows: [] }] };
}

export function unrecognisedGrids(): { sheets: Sheet[] } {
  return {
    sheets: [
      {
        name: "Sheet1",
        rows: [
          ["会议纪要", null],
          ["时间", "地点"],
          ["上午", "三楼会议室"],
        ],
      },
    ],
  };
}
