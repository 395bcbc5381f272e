/**
 * Exact rationals over bigint. Rubric thresholds ("1%", "70%") and ledger sums are compared with
 * these so that 4200 / 420000 is exactly 1% and never a float a hair below it.
 */
export class Q {
  readonly n: bigint;
  readonly d: bigint;

  private constructor(n: bigint, d: bigint) {
    if (d === 0n) throw new RangeError("division by zero");
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    // Whole numbers (every count a ledger sums) need no reduction.
    if (d === 1n) {
      this.n = n;
      this.d = d;
      return;
    }
    const g = gcd(n < 0n ? -n : n, d);
    this.n = g > 1n ? n / g : n;
    this.d = g > 1n ? d / g : d;
  }

  static readonly ZERO = new Q(0n, 1n);
  static readonly ONE = new Q(1n, 1n);

  static of(n: bigint | number, d: bigint | number = 1n): Q {
    return new Q(toBig(n), toBig(d));
  }

  /**
   * Parses a plain decimal ("4167785.00", "-5", "0.5", "70%", "1e3" is not accepted).
   * A trailing % divides by 100. Returns undefined for anything else.
   */
  static parse(text: string): Q | undefined {
    const m = /^\s*([+-]?)(\d+)(?:\.(\d+))?\s*(%?)\s*$/.exec(text);
    if (!m) return undefined;
    const frac = m[3] ?? "";
    let n = BigInt(m[2] + frac);
    let d = 10n ** BigInt(frac.length);
    if (m[1] === "-") n = -n;
    if (m[4] === "%") d *= 100n;
    return new Q(n, d);
  }

  /** A JS number taken at its shortest decimal spelling (0.1 → 1/10, not the binary double). */
  static fromNumber(x: number): Q {
    if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
    const s = x.toString();
    const q = Q.parse(s);
    if (q) return q;
    // Exponent forms (1e-7, 1.5e21): go through toFixed with enough digits.
    const fixed = Math.abs(x) < 1 ? x.toFixed(20) : BigInt(Math.round(x)).toString();
    return Q.parse(fixed) as Q;
  }

  static from(x: Q | number | string): Q {
    if (x instanceof Q) return x;
    if (typeof x === "number") return Q.fromNumber(x);
    const q = Q.parse(x);
    if (!q) throw new RangeError(`not a decimal: ${x}`);
    return q;
  }

  add(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Q): Q {
    return new Q(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return new Q(this.n * o.d, this.d * o.n);
  }
  cmp(o: Q): number {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  lt(o: Q): boolean {
    return this.cmp(o) < 0;
  }
  gte(o: Q): boolean {
    return this.cmp(o) >= 0;
  }
  eq(o: Q): boolean {
    return this.cmp(o) === 0;
  }
  min(o: Q): Q {
    return this.cmp(o) <= 0 ? this : o;
  }
  max(o: Q): Q {
    return this.cmp(o) >= 0 ? this : o;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  isInteger(): boolean {
    return this.d === 1n;
  }

  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }

  /** Decimal text rounded half-up to `places`, trailing zeros kept (for money: 2 places). */
  toFixed(places: number): string {
    const neg = this.n < 0n;
    const n = neg ? -this.n : this.n;
    const scale = 10n ** BigInt(places);
    const scaled = (n * scale * 2n + this.d) / (this.d * 2n);
    let s = scaled.toString().padStart(places + 1, "0");
    if (places > 0) s = `${s.slice(0, -places)}.${s.slice(-places)}`;
    return (neg && scaled !== 0n ? "-" : "") + s;
  }

  /** Shortest decimal text up to `maxPlaces` (trailing zeros dropped): 10, 0.5, 83.36. */
  toDecimal(maxPlaces = 6): string {
    const s = this.toFixed(maxPlaces);
    return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
  }

  toString(): string {
    return this.d === 1n ? this.n.toString() : `${this.n}/${this.d}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function toBig(x: bigint | number): bigint {
  if (typeof x === "bigint") return x;
  if (!Number.isInteger(x)) throw new RangeError(`not an integer: ${x}`);
  return BigInt(x);
}

/**
 * A rate as a percentage for a basis line, with enough places that the text never contradicts
 * the exact comparison: 69.996% is shown as "69.996%", not "70.0%", next to "< 70%".
 */
export function formatPercent(rate: Q, thresholds: Q[] = []): string {
  const hundred = Q.of(100);
  const pct = rate.mul(hundred);
  // A rate's decimal expansion either ends or separates from every threshold eventually; 40 places
  // is far beyond any ledger count, and the loop stops at the first that does not contradict.
  for (let places = 1; places <= 40; places++) {
    const shown = Q.parse(pct.toFixed(places)) as Q;
    const contradicts = thresholds.some((t) => {
      const tp = t.mul(hundred);
      return Math.sign(shown.cmp(tp)) !== Math.sign(pct.cmp(tp));
    });
    if (!contradicts) return `${pct.toDecimal(places)}%`;
  }
  return `${pct.toDecimal(40)}%`;
}
