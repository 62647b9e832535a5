/**
 * A failure the user can act on: bad contract, unsupported construct, drift, bad input.
 * `model`/`field` name the contract element when there is one; the CLI prints them first.
 */
export class CodegenError extends Error {
  override name = 'CodegenError';
  readonly model: string | undefined;
  readonly field: string | undefined;
  readonly file: string | undefined;
  /** Process exit code the CLI leaves with (1: drift or contract error, 2: bad input). */
  readonly exitCode: number;

  constructor(
    message: string,
    where: { model?: string; field?: string; file?: string; exitCode?: number } = {},
  ) {
    const place = [
      where.file,
      where.model && `model ${where.model}`,
      where.field && `field ${where.field}`,
    ]
      .filter(Boolean)
      .join(', ');
    super(place ? `${place}: ${message}` : message);
    this.model = where.model;
    this.field = where.field;
    this.file = where.file;
    this.exitCode = where.exitCode ?? 1;
  }
}
