/**
 * The one error base class for what the user must fix (a missing file, a typo in an option, a
 * workbook that cannot be read, a write that would lose data). Its message is one line for the
 * user, Chinese first. The CLI prints it and exits 2; the task pane shows it as it is; anything
 * that is not a UserError is a bug.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    // Subclasses keep their own name (new.target) so a stack or a log says which it was.
    this.name = new.target.name;
  }
}
