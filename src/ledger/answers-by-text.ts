/**
 * What a column's cells answer, remembered per distinct text for one pass over a sheet. A yes / no
 * column of 300,000 rows holds a handful of texts (是, 否, √), and each answer took a ticked-box
 * look, a mark's pattern, a compacted copy and the parse: now once per text.
 *
 * An answer depends on the cell's text and on how the column is read (the parse, which a reader
 * passes with each call): it is kept under both. A field read with a parse made afresh at each call
 * (a closure of the row) can never be answered from memory, and is then no longer remembered.
 */

/** Distinct texts remembered per field: a column of names or free words answers nothing twice. */
const MAX_TEXTS = 1000;

interface FieldAnswers<T> {
  /** The parse the answers were found with. */
  by: unknown;
  answers: Map<string, T>;
}

export class AnswersByText<T> {
  /** null: a field whose parse changes from call to call, not remembered. */
  private readonly fields = new Map<string, FieldAnswers<T> | null>();

  /** The answer `text` gave before in `field` when read with `by`; undefined when not known. */
  get(field: string, by: unknown, text: string): T | undefined {
    const f = this.fields.get(field);
    return f && f.by === by ? f.answers.get(text) : undefined;
  }

  /** Remembers the answer `text` gives in `field` when read with `by`. */
  set(field: string, by: unknown, text: string, answer: T): void {
    const f = this.fields.get(field);
    if (f === null) return;
    if (f === undefined) {
      this.fields.set(field, { by, answers: new Map([[text, answer]]) });
      return;
    }
    if (f.by !== by) {
      this.fields.set(field, null);
      return;
    }
    if (f.answers.size < MAX_TEXTS) f.answers.set(text, answer);
  }
}
