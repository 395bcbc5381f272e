/**
 * A set of name keys sized once for the range it is filled from. A range of 5,000 village names
 * gives up to 10,000 keys per COVERAGE_SCORE call, and a JavaScript Set growing to that size took
 * as long as keying the names; this one is an open-addressing table made at its final size, with
 * FNV-1a over the key's UTF-16 units as the hash.
 */
export interface KeyList {
  readonly size: number;
  has(key: string): boolean;
  [Symbol.iterator](): Iterator<string>;
}

export class KeySet implements KeyList {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly items: string[] = [];

  /** `capacity`: the most keys it will hold (the range's cell count). */
  constructor(capacity: number) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.mask = n - 1;
    this.slots = new Int32Array(n).fill(-1);
  }

  get size(): number {
    return this.items.length;
  }

  add(key: string): void {
    const at = this.find(key);
    if (this.slots[at] === -1) this.slots[at] = this.items.push(key) - 1;
  }

  has(key: string): boolean {
    return this.slots[this.find(key)] !== -1;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.items[Symbol.iterator]();
  }

  /** The slot holding `key`, or the empty slot where it would go (the table is never full). */
  private find(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    let at = h & this.mask;
    for (;;) {
      const j = this.slots[at];
      if (j === -1 || this.items[j] === key) return at;
      at = (at + 1) & this.mask;
    }
  }
}
