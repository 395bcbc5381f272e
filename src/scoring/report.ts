/**
 * The score report: the JSON object described in docs/ledgers.md, produced by the CLI (--json) and rendered by the
 * task pane. Points are plain numbers here (decimals such as 0.5); they are computed exactly first.
 */
import type { Diagnostic } from "../core/diagnostics";
import type { Evidence } from "./facts";
import type { Section } from "./rubric";

export type Status = "computed" | "judged" | "missing";

export interface ItemResult {
  id: string;
  label: string;
  points: number;
  max: number;
  status: Status;
  /** One line a reviewer can check: "137/195 个行政村有站点 = 70.3% ≥ 70% → 5分". */
  basis: string;
  /** The measured value as text ("70.3%", "2020-12-18", "12 个月"), when there is one. */
  value?: string;
  /** The threshold that decided ("≥ 70%"), when there is one. */
  threshold?: string;
  evidence: Evidence[];
}

export interface IndicatorResult {
  id: string;
  group: string;
  name: string;
  section: Section;
  weight: number;
  points: number;
  status: Status;
  basis: string;
  items: ItemResult[];
  /** Only for veto rows: did it trigger. */
  vetoed?: boolean;
  /** The county's own points, when its sheets state them (the official table's 自评 column). */
  claimed?: number;
}

/** The figures the rubric publishes, by key (see Rubric.measures): a number, a list, or null when missing. */
export type Measures = Record<string, number | string[] | null>;

export interface ScoreReport {
  rubric: string;
  asOf: string;
  county: string | null;
  total: number;
  totalBeforeVeto: number;
  bonus: number;
  vetoed: boolean;
  vetoReasons: string[];
  indicators: IndicatorResult[];
  measures: Measures;
  diagnostics: Diagnostic[];
}
