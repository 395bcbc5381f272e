/**
 * A rubric given as data (a JSON file) checked against the shape of `Rubric`, every problem located
 * by its path (`indicators[3].weight: 应为数字`). Numbers may be written as JSON numbers or decimal
 * strings ("0.5", "70%"); they come out as decimal strings, exact for the scorer.
 */
import { UserError } from "../core/errors";
import { Q } from "./rational";
import type { Rubric, Rule } from "./rubric";

/** A rubric file that does not have the shape of a rubric; the message names the first problems. */
export class RubricError extends UserError {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, 5).join("；");
    super(`考评指标体系“${source}”有 ${problems.length} 处错误：${shown}${problems.length > 5 ? "；…" : ""} / the rubric has ${problems.length} problem(s)`);
  }
}

type Spec =
  /** Checked apart (an indicator's items: a rule's fields depend on its kind). */
  | "any"
  | "string"
  | "decimal"
  | "integer"
  | "date"
  | "fact"
  | { list: Spec; length?: number }
  | { map: Spec }
  | { object: Record<string, Spec>; optional?: string[] }
  | { oneOf: readonly string[] };

const SECTIONS = ["scored", "bonus", "veto"] as const;
const INPUT_TYPES = ["bool", "number", "money", "percent", "date", "text", "judged"] as const;

/** The fields of each rule kind; a kind missing here does not compile. */
const RULE_FIELDS: { [K in Rule["kind"]]: { object: Record<string, Spec>; optional?: string[] } } = {
  tiers: {
    object: {
      num: "fact",
      den: "fact",
      denCap: "decimal",
      tiers: { list: { object: { min: "decimal", points: "decimal" } } },
      text: "string",
      whenNone: { object: { points: "decimal", basis: "string", warning: "string" }, optional: ["warning"] },
    },
    optional: ["denCap", "whenNone"],
  },
  flag: { object: { fact: "fact", text: "string" } },
  dateBy: { object: { fact: "fact", monthsBefore: "integer", text: "string" } },
  atLeast: { object: { fact: "fact", min: "decimal", unit: "string", text: "string" } },
  anyAtLeast: { object: { facts: { list: "fact" }, labels: { list: "string" }, min: "decimal" } },
  judged: { object: { min: "decimal", max: "decimal", zeroWhen: "fact" }, optional: ["zeroWhen"] },
  regularity: { object: { fact: "fact", months: "integer", full: "decimal", partial: "decimal", text: "string" } },
  levels: { object: { fact: "fact", levels: { list: { object: { level: "string", label: "string", points: "decimal" } } }, mode: { oneOf: ["sum", "best"] } } },
  choice: { object: { fact: "fact", options: { list: { object: { value: "string", label: "string", points: "decimal" } } } } },
  contains: { object: { fact: "fact", required: { list: { list: "string" } } } },
  gatedJudged: {
    object: { num: "fact", den: "fact", min: "decimal", below: "decimal", judged: { object: { min: "decimal", max: "decimal" } }, text: "string" },
  },
  vetoFlag: { object: { fact: "fact" } },
  vetoBelow: { object: { fact: "fact", fallbackNum: "fact", fallbackDen: "fact", min: "decimal" } },
};

const TEXTS: Spec = { object: { name: "string", explanation: "string", criteria: "string", evidence: "string" } };

function rubricSpec(ledgerKinds: readonly string[] | undefined): Spec {
  return {
    object: {
      id: "string",
      title: "string",
      asOf: "date",
      totalWeight: "decimal",
      maxBonus: "decimal",
      groups: { list: { object: { id: "string", name: "string", weight: "decimal", section: { oneOf: SECTIONS } } } },
      // Items are checked apart: their rule's fields depend on its kind.
      indicators: {
        list: {
          object: {
            id: "string",
            group: "string",
            name: "string",
            weight: "decimal",
            section: { oneOf: SECTIONS },
            floor: "decimal",
            texts: TEXTS,
            items: { list: "any" },
          },
          optional: ["floor"],
        },
      },
      inputs: {
        list: {
          object: {
            key: "string",
            label: "string",
            synonyms: { list: "string" },
            type: { oneOf: INPUT_TYPES },
            item: "string",
            range: { list: "decimal", length: 2 },
            hint: "string",
            official: { list: "string" },
            topic: "string",
            mustSay: "string",
          },
          optional: ["synonyms", "item", "range", "hint", "official", "topic", "mustSay"],
        },
      },
      factLabels: { map: "string" },
      requiredLedgers: { list: ledgerKinds ? { oneOf: ledgerKinds } : "string" },
      measures: { list: { object: { key: "string", fact: "fact", as: { oneOf: ["number", "months", "list"] }, months: "integer" }, optional: ["months"] } },
      mediaLevelAs: { map: "string" },
      leadDepartments: { list: { object: { name: "string", words: { list: "string" } } } },
    },
    optional: ["mediaLevelAs", "leadDepartments"],
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

class Checker {
  readonly problems: string[] = [];
  constructor(private readonly facts: Set<string>) {}

  private problem(path: string, message: string): undefined {
    this.problems.push(`${path}: ${message}`);
    return undefined;
  }

  /** The value checked against the spec, decimals as strings; undefined (and a problem) when wrong. */
  check(v: unknown, spec: Spec, path: string): unknown {
    if (typeof spec === "string") return this.scalar(v, spec, path);
    if ("oneOf" in spec) {
      if (typeof v === "string" && spec.oneOf.includes(v)) return v;
      return this.problem(path, `应为 ${spec.oneOf.join("、")} 之一（收到 ${JSON.stringify(v)}）`);
    }
    if ("list" in spec) {
      if (!Array.isArray(v)) return this.problem(path, "应为列表");
      if (spec.length !== undefined && v.length !== spec.length) return this.problem(path, `应有 ${spec.length} 项`);
      return v.map((x, i) => this.check(x, spec.list, `${path}[${i}]`));
    }
    if (!isRecord(v)) return this.problem(path, "应为对象");
    if ("map" in spec) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.check(x, spec.map, `${path}.${k}`)]));
    return this.object(v, spec.object, spec.optional ?? [], path);
  }

  object(v: Record<string, unknown>, fields: Record<string, Spec>, optional: string[], path: string, extra: string[] = []): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const at = (k: string) => (path ? `${path}.${k}` : k);
    for (const [k, spec] of Object.entries(fields)) {
      if (v[k] === undefined) {
        if (!optional.includes(k)) this.problem(at(k), "缺少此项");
        continue;
      }
      out[k] = this.check(v[k], spec, at(k));
    }
    for (const k of Object.keys(v)) if (!(k in fields) && !extra.includes(k)) this.problem(at(k), "不认识的字段");
    return out;
  }

  private scalar(v: unknown, spec: "any" | "string" | "decimal" | "integer" | "date" | "fact", path: string): unknown {
    switch (spec) {
      case "any":
        return v;
      case "string":
        return typeof v === "string" ? v : this.problem(path, "应为文字");
      case "decimal": {
        const text = typeof v === "number" && Number.isFinite(v) ? String(v) : typeof v === "string" ? v : undefined;
        return text !== undefined && Q.parse(text) ? text : this.problem(path, `应为数字（收到 ${JSON.stringify(v)}）`);
      }
      case "integer":
        return Number.isInteger(v) ? v : this.problem(path, "应为整数");
      case "date":
        return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : this.problem(path, "应为 YYYY-MM-DD 格式的日期");
      case "fact":
        if (typeof v !== "string") return this.problem(path, "应为文字（事实名称）");
        return this.facts.has(v) || v.startsWith("judged:") ? v : this.problem(path, `未知的事实“${v}”（应为 inputs 中的 key 或 factLabels 中的名称）`);
    }
  }

  rule(v: unknown, path: string): unknown {
    if (!isRecord(v)) return this.problem(path, "应为对象");
    const kind = v.kind;
    if (typeof kind !== "string" || !(kind in RULE_FIELDS))
      return this.problem(`${path}.kind`, `应为 ${Object.keys(RULE_FIELDS).join("、")} 之一（收到 ${JSON.stringify(kind)}）`);
    const spec = RULE_FIELDS[kind as Rule["kind"]];
    return { kind, ...this.object(v, spec.object, spec.optional ?? [], path, ["kind"]) };
  }
}

/**
 * Checks `data` (a parsed JSON file) as a rubric. `ledgerKinds`: the sheet kinds the reader knows,
 * which `requiredLedgers` may name. Throws a RubricError listing every problem found.
 */
export function parseRubric(data: unknown, source: string, ledgerKinds?: readonly string[]): Rubric {
  const raw = isRecord(data) ? data : {};
  const facts = new Set<string>();
  if (Array.isArray(raw.inputs)) for (const i of raw.inputs) if (isRecord(i) && typeof i.key === "string") facts.add(i.key);
  if (isRecord(raw.factLabels)) for (const k of Object.keys(raw.factLabels)) facts.add(k);
  const c = new Checker(facts);
  if (!isRecord(data)) throw new RubricError(source, ["应为一个 JSON 对象（考评指标体系）"]);
  const rubric = c.check(data, rubricSpec(ledgerKinds), "") as Record<string, unknown>;
  const indicators = Array.isArray(data.indicators) ? data.indicators : [];
  indicators.forEach((ind, i) => {
    const items = isRecord(ind) && Array.isArray(ind.items) ? ind.items : [];
    const checked = items.map((item, j) => {
      const path = `indicators[${i}].items[${j}]`;
      if (!isRecord(item)) return c.check(item, { object: {} }, path);
      const { rule, ...rest } = item;
      const out = c.object(rest, { id: "string", label: "string", max: "decimal" }, [], path);
      out.rule = rule === undefined ? c.check(undefined, "string", `${path}.rule`) : c.rule(rule, `${path}.rule`);
      return out;
    });
    const target = (rubric.indicators as Record<string, unknown>[] | undefined)?.[i];
    if (target) target.items = checked;
  });
  crossCheck(data, c.problems);
  if (c.problems.length) throw new RubricError(source, c.problems);
  return rubric as unknown as Rubric;
}

/** What the shape alone does not say: ids are unique, groups exist, items belong to their indicator. */
function crossCheck(data: Record<string, unknown>, problems: string[]): void {
  const list = (k: string) => (Array.isArray(data[k]) ? (data[k] as unknown[]).filter(isRecord) : []);
  const groups = new Set(list("groups").map((g) => g.id));
  const seen = new Set<unknown>();
  list("indicators").forEach((ind, i) => {
    if (seen.has(ind.id)) problems.push(`indicators[${i}].id: 重复的指标编号“${String(ind.id)}”`);
    seen.add(ind.id);
    if (typeof ind.group === "string" && !groups.has(ind.group)) problems.push(`indicators[${i}].group: 没有编号为“${ind.group}”的 groups 项`);
    if (Array.isArray(ind.items) && ind.items.length === 0) problems.push(`indicators[${i}].items: 至少需要一项`);
  });
  const items = new Set<unknown>();
  list("indicators").forEach((ind, i) =>
    (Array.isArray(ind.items) ? ind.items.filter(isRecord) : []).forEach((it, j) => {
      if (items.has(it.id)) problems.push(`indicators[${i}].items[${j}].id: 重复的评分项编号“${String(it.id)}”`);
      items.add(it.id);
    }),
  );
  list("inputs").forEach((inp, i) => {
    if (inp.type === "judged" && typeof inp.item === "string" && !items.has(inp.item)) problems.push(`inputs[${i}].item: 没有编号为“${inp.item}”的评分项`);
  });
}
