import { isResidentsCommittee, stripTownPrefix, villageInAddress, villageInStationName, villageKey } from "../../../src/ledger/normalize/village";

describe("villageKey", () => {
  test.each(["长来村", "长来村委会", "长来村民委员会", "长来村委", "长来 村", " 长来村委会\n", "长来"])("%j → 长来", (n) => expect(villageKey(n)).toBe("长来"));

  test("a committee with the 自然村 a station sits in, bracketed after it, is the committee", () => {
    expect(villageKey("上洋村委会（上门自然村）")).toBe("上洋");
    expect(villageKey("新寮镇大良村委会(丁岗自然村)", "新寮镇")).toBe("大良");
    expect(villageKey("长来村（第三村民小组）")).toBe("长来");
    // (A bracket saying something else stays part of what is compared.)
    expect(villageKey("长来村（原坪石村）")).toBe("长来村(原坪石村)");
  });

  test("with the town given separately", () => {
    expect(villageKey("乐昌市长来镇长来村", "长来镇")).toBe("长来");
    expect(villageKey("长来镇长来村委会", "长来")).toBe("长来");
    expect(villageKey("长来村", "长来镇")).toBe("长来");
  });

  test.each(["长来社区", "长来居委会", "长来居民委员会", "长来社区居委会", "长来社区居民委员会"])("residents' committee %j → 长来", (n) =>
    expect(villageKey(n)).toBe("长来"),
  );

  test("a village whose name ends in 村 meets its committee", () => {
    expect(villageKey("新村")).toBe(villageKey("新村村委会"));
    expect(villageKey("新村村")).toBe(villageKey("新村"));
  });

  test("never cuts a name down to nothing", () => {
    expect(villageKey("村")).toBe("村");
    expect(villageKey("社区")).toBe("社区");
    expect(villageKey("村委会")).toBe("村委会");
    expect(villageKey("")).toBe("");
    expect(villageKey(null)).toBe("");
  });

  test("different villages stay different", () => {
    expect(villageKey("长来村")).not.toBe(villageKey("长乐村"));
  });
});

describe("stripTownPrefix", () => {
  test.each<[string, string | undefined, string]>([
    ["长来镇长来村", "长来镇", "长来村"],
    ["乐昌市长来镇长来村", "长来镇", "长来村"],
    ["广东省韶关市乐昌市长来镇长来村", "长来镇", "长来村"],
    ["长来镇 长来村", "长来", "长来村"],
    ["乐城街道办事处东门社区", "乐城街道", "东门社区"],
    ["长来村", "长来镇", "长来村"],
    ["长来村", "长来", "长来村"],
    ["新长来镇长来村", "长来镇", "新长来镇长来村"],
    ["长来镇", "长来镇", "长来镇"],
    // No town column: a town written before the village in the same cell (所在镇村) still goes,
    // but only a town name of two to four characters before a village or committee.
    ["长来镇长来村", undefined, "长来村"],
    ["织篢镇东水村委会", undefined, "东水村委会"],
    ["乐昌市长来镇长来村", "", "长来村"],
    ["古镇村", undefined, "古镇村"],
    ["老镇东村", undefined, "老镇东村"],
    ["长来镇", undefined, "长来镇"],
    ["长来村", "", "长来村"],
  ])("%j minus %j → %j", (name, town, out) => expect(stripTownPrefix(name, town)).toBe(out));
});

describe("isResidentsCommittee", () => {
  test.each<[string, string | undefined, boolean]>([
    ["长来社区", undefined, true],
    ["长来居委会", undefined, true],
    ["长来居民委员会", undefined, true],
    ["长来村", undefined, false],
    ["长来村委会", undefined, false],
    ["长来", undefined, false],
    ["长来", "居委会", true],
    ["长来", "社区", true],
    ["长来", "居", true],
    ["长来社区", "行政村", false],
    ["长来", "村委会", false],
    ["长来", "村", false],
    ["长来社区", "村（居）委会", true],
    ["长来村", "村（居）委会", false],
    ["长来社区", "", true],
  ])("%j type %j → %p", (name, type, out) => expect(isResidentsCommittee(name, type)).toBe(out));
});

describe("villageInAddress", () => {
  test.each([
    ["惠城镇林厝村委会村部一楼", "林厝村"],
    ["华湖镇 洋美村委会", "洋美村"],
    ["仙庵镇（圆山村）村部", "圆山村"],
    ["惠来县靖海镇后洋村委会下寮村", "后洋村"],
    ["华湖镇华湖村下林自然村", "华湖村"],
  ])("%s → %s", (address, village) => expect(villageInAddress(address)).toBe(village));

  test.each(["县城商业街12号", "林厝村"])("no town before a 村: %s", (address) => expect(villageInAddress(address)).toBeUndefined());
});

describe("villageInStationName", () => {
  test.each([
    ["紫城镇桂山村电商服务站", "桂山村"],
    ["古竹镇华阳村 电商服务站", "华阳村"],
    ["吉溪村益农信息社", "吉溪村"],
    ["蓝塘镇布心村委会电商服务点", "布心村"],
  ])("%s → %s", (name, village) => {
    expect(villageInStationName(name)).toBe(village);
  });

  test.each(["农村电商服务站", "县电子商务公共服务中心", "邮乐购"])("%s names no village", (name) => {
    expect(villageInStationName(name)).toBeUndefined();
  });
});

test("a town and its village joined by a dash (镇-村 in one cell) key as the village", () => {
  for (const n of ["闸岗镇-下岭村委会", "闸岗镇－下岭村", "闸岗镇—下岭村", "闸岗镇–下岭村委会"]) expect(villageKey(n)).toBe("下岭");
  expect(villageKey("怀城街道-松湾村委会")).toBe("松湾");
  expect(villageKey("闸岗镇-下岭村委会", "闸岗镇")).toBe("下岭");
  // A dash inside a name with no town before it is left alone.
  expect(villageKey("上-下岭村")).toBe("上-下岭");
});
