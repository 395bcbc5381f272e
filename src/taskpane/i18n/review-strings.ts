/** The reviewers' panel texts (kept apart from strings.ts so the panel loads with its own chunk). */
import type { Lang } from "./strings";

const zh = {
  heading: "考评组工具",
  verify: "检查",
  verifyHint: "核对评分后台账是否改动、得分是否仍由台账得出、是否有手工改动的得分",
  sample: "抽取抽查清单",
  seed: "种子（可留空）",
  seedHint: "会上约定的种子可使抽查结果无法预知；同一种子重抽结果相同",
  review: "考评模式",
  sampleDone: (seed: string) => `抽查清单已写入“抽查清单”表（种子 ${seed}）`,
  reviewMissing: "工作簿中还没有“考评指标自评表”，请先评分。",
  indicator: "指标",
  weight: "分值",
  computed: "自评得分",
  claimed: "填报自评",
  reviewScore: "考评得分",
  reviewOpinion: "考评意见",
  reviewTotal: (total: string, scored: number, of: number) => `考评合计 ${total} 分（已评 ${scored}/${of} 项）`,
  dismiss: "关闭",
};

const en: typeof zh = {
  heading: "Reviewers",
  verify: "Check",
  verifyHint: "Checks whether ledgers changed after scoring, whether points still follow from them, and points typed over by hand",
  sample: "Draw inspection sample",
  seed: "Seed (optional)",
  seedHint: "A seed agreed in the meeting makes the draw unpredictable; the same seed draws the same list",
  review: "Review mode",
  sampleDone: (seed: string) => `The sample was written to sheet 抽查清单 (seed ${seed})`,
  reviewMissing: "The workbook has no 考评指标自评表 yet: score it first.",
  indicator: "Indicator",
  weight: "Weight",
  computed: "Computed",
  claimed: "Claimed",
  reviewScore: "Review score",
  reviewOpinion: "Review opinion",
  reviewTotal: (total: string, scored: number, of: number) => `Review total ${total} (${scored} of ${of} scored)`,
  dismiss: "Dismiss",
};

export const REVIEW_STRINGS: Record<Lang, typeof zh> = { zh, en };
