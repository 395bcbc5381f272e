/**
 * Persons a line above counted, referred to again by their figure: "上述215人中，截至…参加过电商培训的129人"
 * after "…有劳动能力的相对贫困人口共215人". A reviewer reads the 129 as of those 215 — the poor trained — so the
 * reader puts the earlier line's words where the figure stands, and the clause is read as if it named them.
 */
import { headOf, type Statement } from "./sentences";

/** The words that refer back: 上述, 以上, 前述 (a figure after them). */
const BACK = String.raw`(?:上述|以上|前述)\s*`;
/** "上述215人中，", "以上215名当中": a reference to persons by their count (its comma goes with it). */
const REFERRED = String.raw`${BACK}(\d[\d,]*)\s*(?:名|人)\s*(?:中|里|当中)\s*[，,]?`;
const REFERS_BACK = new RegExp(String.raw`${BACK}\d`);
/** …followed by those of them who did something, counted: "…参加过电商培训的129人". */
const PART_COUNTED = new RegExp(String.raw`${REFERRED}([^，,。；;]*?的)(?=\s*\d[\d,]*\s*(?:名|人)(?!次))`, "g");
const REFERRED_ALONE = new RegExp(REFERRED, "g");

/**
 * The sentence with each reference to persons counted earlier named by the words that counted them: "上述215人中，
 * 参加过电商培训的129人" as "参加过电商培训的贫困人口129人" (those who did it, of the kind counted: the head noun sentences.ts names a subject by), or the earlier
 * words in its place ("…相对贫困人口中已参训129人").
 */
export function withAntecedents(sentence: string, counted: ReadonlyMap<string, string>): string {
  if (counted.size === 0 || !REFERS_BACK.test(sentence)) return sentence;
  const labelOf = (n: string) => counted.get(n.replace(/,/g, ""));
  return sentence
    .replace(PART_COUNTED, (all: string, n: string, part: string) => {
      const label = labelOf(n);
      return label === undefined ? all : `${part}${headOf(label)}`;
    })
    .replace(REFERRED_ALONE, (all: string, n: string) => {
      const label = labelOf(n);
      return label === undefined ? all : `${label}中`;
    });
}

/** Remembers the persons a sentence counted ("…共215人"), by their figure, for a later line to refer to. */
export function rememberCounted(statements: readonly Statement[], counted: Map<string, string>): void {
  for (const st of statements) {
    const n = /^(\d[\d,]*)人$/.exec(st.value.trim())?.[1];
    if (st.kind === "figure" && n !== undefined && /[\u4e00-\u9fff]{2}/.test(st.label)) counted.set(n.replace(/,/g, ""), st.label);
  }
}
