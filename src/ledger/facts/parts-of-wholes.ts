/**
 * A sentence's total and its parts (./read): "累计开展电商培训6,274人次，其中基础普及性培训4,806人次、增值培训1,468人次"
 * names training three times. Which of the figures read are parts, to be left out.
 */

/** What is asked of a figure read from a sentence: its cell, its value as said, the input, its place in the sentence. */
interface Said {
  label: string;
  input: { key: string; type: string; label: string };
  value: { r: number; c: number; v: unknown };
  part?: number;
  sentence?: string;
}

/**
 * Figures a sentence gives for one input that are the parts of another it gives for it: "累计开展电商培训6,274人次，
 * 其中基础普及性培训4,806人次、增值培训1,468人次" names training three times, and the whole is the sum of the
 * other two. A reviewer takes the whole; the parts are left out.
 */
export function partsOfWholes<T extends Said>(found: readonly T[]): Set<T> {
  const figure = (a: T) => {
    const m = /\d[\d,，]*(?:\.\d+)?/.exec(String(a.value.v ?? ""));
    return m ? Number(m[0].replace(/[,，]/g, "")) : undefined;
  };
  // (The parts are said as such: 其中 between the whole's figure and the first part's. "397.35万元含9月2日拨付的5.2万元，
  // …应为392.15万元" corrects a figure; its arithmetic makes no parts.)
  const ofWhich = (whole: T, first: T) => {
    const text = whole.sentence ?? "";
    const from = text.indexOf(String(whole.value.v));
    const to = text.indexOf(String(first.value.v), from + 1);
    return from >= 0 && to > from && /其中/.test(text.slice(from, to));
  };
  const qualified = (a: T) => {
    const own = /[（(]([^（()）]{2,12})[)）]\s*$/.exec(a.input.label)?.[1];
    return own !== undefined && a.label.includes(own);
  };
  const groups = new Map<string, T[]>();
  for (const a of found)
    if ((a.input.type === "number" || a.input.type === "money") && figure(a) !== undefined) {
      const key = `${a.value.r}:${a.value.c}:${a.input.key}`;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
  // (The parts follow their whole, two at least, in the sentence's order: a target or another year's figure in the
  // same paragraph is neither.)
  const out = new Set<T>();
  for (const group of groups.values()) {
    const said = [...group].sort((a, b) => (a.part ?? 0) - (b.part ?? 0)).filter((a, i, all) => i === 0 || figure(a) !== figure(all[i - 1]));
    said.forEach((whole, i) => {
      let sum = 0;
      for (let j = i + 1; j < said.length; j++) {
        sum += figure(said[j]) as number;
        if (j >= i + 2 && Math.abs(sum - (figure(whole) as number)) < 1e-6 && ofWhich(whole, said[i + 1])) {
          // (A part named with the input's own qualifier is what is asked: "…贫困人口2,318人，其中外出务工858人，不含外出务工的
          // 1,460人" for the poor 不含外出务工.)
          for (const part of said.slice(i + 1, j + 1)) for (const a of group) if (figure(a) === figure(part) && !qualified(a)) out.add(a);
          return;
        }
        if (sum > (figure(whole) as number)) return;
      }
    });
  }
  return out;
}
