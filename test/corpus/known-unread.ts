/**
 * Corpus cases the reader does not read right yet, each with what is still missing. They run as
 * `test.failing`: when a fix makes one pass, jest fails until it is taken off this list, so the
 * list only ever shrinks and always says exactly what is left. CORPUS_ALL=1 runs them as plain tests,
 * to see what each still gets wrong.
 */
export const KNOWN_UNREAD: { facts: Record<string, string>; ledgers: Record<string, string>; counties: Record<string, string> } = {
  facts: {
    "b14-f1-jiexi.json": "an email pasted one paragraph per cell: 一是…二是… lists with items' points in prose, the leader among 副组长 lines, 人 vs 人次",
    "b14-f2-huilai.json": "official criteria copied into column A, the clerk's mixed answers in column B: most facts and all judged points missed",
  },
  ledgers: {
    "b14-l1-puning.json": "poor villages marked ★ before the name with a legend under the table; several session dates in one trainee's cell; IDs typed with spaces",
    "b14-l2-dianbai.json": "entry dates by quarter (2020年第三季度), an exit date inside the status cell, reports dated 2020年10月份",
  },
  counties: {
    "b14-c1-jiexi.json": "71 for 76: the village list (行政村名单) not recognised, so coverage has no evidence",
  },
};
