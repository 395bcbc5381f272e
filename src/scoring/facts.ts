/**
 * Facts: the measured inputs of the rubric, each with the evidence it came from. The ledger layer
 * derives them from records (or takes them from the facts sheet); the rules only ever see these.
 */
import type { LDate } from "./dates";
import type { Q } from "./rational";

/** Rows of a sheet that support a fact: a reviewer follows this link. */
export interface Evidence {
  sheet: string;
  /** One-based Excel rows; absent when the whole sheet (or one cell) is meant. */
  rows?: number[];
  /** A1 address of a single cell (a facts-sheet value). */
  cell?: string;
}

export type FactValue =
  | { kind: "number"; value: Q }
  | { kind: "bool"; value: boolean }
  | { kind: "date"; value: LDate }
  | { kind: "dates"; value: LDate[] }
  | { kind: "set"; value: string[] }
  | { kind: "text"; value: string };

export type Fact = FactValue & {
  evidence: Evidence[];
  /** How the value was obtained, for the basis line ("195 行政村（另有 20 个居委会不计）"). */
  note?: string;
};

/** Facts by key; a key that is absent could not be determined. */
export type Facts = Record<string, Fact>;

/** A self-assessed (judged) point with its evidence note. */
export interface Judgement {
  points: Q;
  note?: string;
  evidence: Evidence[];
}

export interface ScoringInput {
  facts: Facts;
  judgements: Record<string, Judgement>;
  /** 考评截止日期. */
  asOf: LDate;
  /** The county's own points per indicator id, when its sheets state them. */
  claims?: Record<string, { points: Q; evidence: Evidence[]; note?: string }>;
  county?: string;
}
