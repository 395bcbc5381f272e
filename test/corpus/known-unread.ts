/**
 * Corpus cases the reader does not read right yet, each with what is still missing. They run as
 * `test.failing`: when a fix makes one pass, jest fails until it is taken off this list, so the
 * list only ever shrinks and always says exactly what is left. CORPUS_ALL=1 runs them as plain tests,
 * to see what each still gets wrong.
 */
export const KNOWN_UNREAD: { facts: Record<string, string>; ledgers: Record<string, string>; counties: Record<string, string> } = {
  facts: {
    "b14-f1-jiexi.json":
      "an email pasted one paragraph per cell: three items' 自评N分 whose part names two items or none alone (项目管理：…；工作台账…), 培训7362人次 after 126期, the county only in the sender line, the leader among 副组长 lines",
  },
  ledgers: {},
  counties: {},
};
