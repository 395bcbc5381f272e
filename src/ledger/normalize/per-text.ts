/**
 * A pure function of a text, each distinct text worked out once. A sheet says the same few words
 * in cell after cell (a facts sheet's 79 headers were asked for their key 2,181 times on the first
 * score), and a first pass runs every regex of a normaliser cold: a lookup is far less. Bounded:
 * the memory is dropped whenever it holds `max` texts. Only for functions whose answer is a
 * primitive or never changed by the caller (the same answer is handed to every caller).
 */
export function perText<T>(of: (text: string) => T, max = 20000): (text: string) => T {
  let memo = new Map<string, T>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const made = of(text);
    if (memo.size >= max) memo = new Map();
    memo.set(text, made);
    return made;
  };
}
