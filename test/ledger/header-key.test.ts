import { headerKey } from "../../src/ledger/facts/header-key";

describe("headerKey", () => {
  test("a header's key: its unit and a bracketed remark at its end gone, spaces out", () => {
    expect(headerKey("完成情况（√/×）")).toBe("完成情况");
    expect(headerKey("填报值（万元）")).toBe("填报值");
    expect(headerKey("关键数据及完成情况")).toBe("完成情况");
    expect(headerKey(" 自 评 ")).toBe("自评");
  });

  test("asked again, a text gives the same key; a cell that is no text is keyed as its text", () => {
    expect(headerKey("填报值（万元）")).toBe(headerKey("填报值（万元）"));
    expect(headerKey(2020)).toBe("2020");
    expect(headerKey(null)).toBe("");
  });
});
