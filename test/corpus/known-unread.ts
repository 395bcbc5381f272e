/**
 * Corpus cases the reader does not read right yet, each with what is still missing. They run as
 * `test.failing`: when a fix makes one pass, jest fails until it is taken off this list, so the
 * list only ever shrinks and always says exactly what is left. CORPUS_ALL=1 runs them as plain tests,
 * to see what each still gets wrong.
 */
export const KNOWN_UNREAD: { facts: Record<string, string>; ledgers: Record<string, string>; counties: Record<string, string> } = {
  facts: {
    "b22-f1-wujiang.json":
      "the official table with 自评分 and 市级复核, every fact only in the 备注 column in shorthand (人口36.8w, 村58/贫村9, 培训3,912人次≈1.06%, 下达500w): nearly nothing read",
    "b21-f1-chaoyang.json":
      "a printed 登记表 with an irregular label/value grid (group labels down the left, sub-labels and answers in pairs across): 项目建设进度 | 按月公示 under 政府网站专栏, the park's 是否建设 | 已建成 and 电商扶贫情况统计 | 能统计 unread (the leader and departments, from the roster at the bottom, are read)",
    "b19-f1-heshan.json":
      "a consultant's English KPI tracker: Actual read in its English units now; left unread: the cut-off under an English label only (Cut-off date), the two growths (YoY growth 2020 (rural) / (agri) 同比增速: the Chinese part alone names neither) and 建设进度 (Column: progress, monthly)",
    "b19-f2-sihui.json":
      "a Word report pasted one paragraph per cell: all read but 交易标准与冷链溯源 (1分), whose words (初步建立农产品溯源系统，交易标准仍在制定中（自评1分）) name it no better than 资金管理制度",
    "b18-f3-fogang.json":
      "a scoring card with each tier in its own cell (☑ ≥1%（10分） / ☐ 0.8%-1%（8分）): the judged items' ticked boxes unread, the centre's display / photo answers swapped, the trained poor taken from a rate",
  },
  ledgers: {},
  counties: {},
};
