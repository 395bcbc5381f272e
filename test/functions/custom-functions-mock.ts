/**
 * A minimal `CustomFunctions` global for Node: what functions.ts touches when a function fails
 * (Error, ErrorCode) and what the build's loader appends (associate).
 */
export class MockCustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export const associated: Record<string, unknown> = {};

export function installCustomFunctionsMock(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: MockCustomFunctionError,
    ErrorCode,
    associate: (id: string, f: unknown) => {
      associated[id] = f;
    },
  };
}

/** The #VALUE! error a call throws (fails the test when it returns or throws something else). */
export function valueError(call: () => unknown): MockCustomFunctionError {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    if (!(e instanceof MockCustomFunctionError)) throw new Error(`expected a CustomFunctions.Error, got ${String(e)}`, { cause: e });
    if (e.code !== ErrorCode.invalidValue) throw new Error(`expected #VALUE!, got ${e.code}`, { cause: e });
    return e;
  }
  throw new Error(`expected #VALUE!, got the value ${JSON.stringify(result)}`);
}
