import { parseYesNo } from "../../../src/ledger/normalize/yesno";

describe("parseYesNo", () => {
  test.each([
    "是",
    "有",
    "已",
    "√",
    "✓",
    "✔",
    "Y",
    "y",
    "yes",
    "YES",
    "Yes",
    "1",
    "true",
    "TRUE",
    "对",
    "已覆盖",
    "覆盖",
    "已开通",
    "开通",
    "完成",
    " 是 ",
    "是。",
    "Ｙ",
    "１",
  ])("yes: %j", (s) => expect(parseYesNo(s)).toBe(true));

  test.each(["否", "无", "未", "×", "✗", "✘", "N", "n", "no", "NO", "0", "false", "FALSE", "未覆盖", "没有", "不是", " 否\n", "Ｎ", "X", "x"])("no: %j", (s) =>
    expect(parseYesNo(s)).toBe(false),
  );

  test.each([null, undefined, "", "  ", "\u3000"])("blank is no answer: %p", (v) => expect(parseYesNo(v)).toBeNull());

  // A dash or a slash is how clerks leave a cell empty on purpose (务工情况 "—" for someone who
  // cannot work): no answer, like a blank, not a cell to report.
  test.each(["—", "/", "-", "——", "／"])("a dash is no answer: %p", (v) => expect(parseYesNo(v)).toBeNull());

  test("JS booleans and 1/0", () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
    expect(parseYesNo(1)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
  });

  test.each<Parameters<typeof parseYesNo>[0]>(["不确定", "待定", "是否", "2", 2, 0.5, NaN, new Date(0), { error: "#N/A" }, "maybe"])("not understood: %p", (v) =>
    expect(parseYesNo(v)).toBeUndefined(),
  );
});

test.each(["未发生", "本项目未发生", "不存在", "无此情况"])("a veto line answered %s is no", (t) => {
  expect(parseYesNo(t)).toBe(false);
});

describe("a paper form's boxes", () => {
  test.each([
    ["☑是  □否", true],
    ["□是  ☑否", false],
    ["☑已正式印发  □未印发", true],
    ["□已出台  ☑未出台", false],
    ["☑有  □无（云浮市某公司）", true],
    ["□是  □否", undefined],
  ])("%s → %p", (t, want) => expect(parseYesNo(t)).toBe(want));

  // One box to a cell, the other option in the next cell: "☑是 | ☐否", "☐有 | ☑无".
  test.each([
    ["☑是", true],
    ["☑已建成", true],
    ["☐有", false],
    ["☑无", false],
    ["☐否", undefined],
  ])("one box: %s → %p", (t, want) => expect(parseYesNo(t)).toBe(want));

  test.each([
    ["按月公示", true],
    ["每月更新", true],
    ["定期发布", true],
    ["按月", undefined],
    ["公示", undefined],
  ])("done as a routine: %s → %p", (t, want) => expect(parseYesNo(t)).toBe(want));

  test("a label before its boxes is no answer by itself", () => {
    expect(parseYesNo("示范县工作方案：☑已正式印发  □未印发")).toBeUndefined();
  });
});

test.each(["以建成", "以建立（园区运营中）", "以印发"])("%s, 已 typed as the homophone 以, is yes", (t) => {
  expect(parseYesNo(t)).toBe(true);
});

test.each(["正在制定", "拟出台", "待印发", "起草中", "征求意见中", "正在制定（已完成征求意见）"])("work still under way, %s, is not done: no", (t) => {
  expect(parseYesNo(t)).toBe(false);
});

test.each(["新建", "整合、优化现有园区", "整合优化", "改扩建"])("a park built or made from one there was, %s, is yes", (t) => {
  expect(parseYesNo(t)).toBe(true);
});

test.each([
  ["免费", true],
  ["不免费", false],
  ["收费", false],
  ["按件收费", false],
])("a service answered in its own terms, %s, is %s", (t, want) => {
  expect(parseYesNo(t)).toBe(want);
});
