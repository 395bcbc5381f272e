/** The CLI's own kinds of user error; main.ts prints any UserError as one line and exits 2. */
import { UserError } from "../core/errors";

/** Something about the input the user must fix (a bad option value, a file that exists…). */
export class InputError extends UserError {}

/** The command line itself is wrong (an unknown option, a missing or extra argument). */
export class UsageError extends UserError {}
