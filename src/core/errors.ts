/**
 * Errors that a user can act on. `exitCode` follows the CLI contract: 2 for usage, configuration and
 * input errors (the user must change something), 1 for failures found by a check (findings, failed tests).
 */
export class PurpcodeError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode?: number; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "PurpcodeError";
    this.exitCode = options.exitCode ?? 2;
    this.hint = options.hint;
  }
}

/** Bad input data: names the file, the line and the field so the user can fix it. */
export class InputError extends PurpcodeError {
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(message: string, where: { file?: string; line?: number; hint?: string; cause?: unknown } = {}) {
    const prefix = where.file ? `${where.file}${where.line !== undefined ? `:${where.line}` : ""}: ` : "";
    super(prefix + message, { exitCode: 2, hint: where.hint, cause: where.cause });
    this.name = "InputError";
    this.file = where.file;
    this.line = where.line;
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
