/** A dataset file that cannot be used, named down to the cell: file, row, column and reason. */
export class DatasetError extends Error {
  readonly file: string;
  /** 1-based row number counting the header as row 1; undefined for whole-file problems. */
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly reason: string;

  constructor(file: string, row: number | undefined, column: string | undefined, reason: string) {
    const where = [file, row === undefined ? '' : `row ${row}`, column === undefined ? '' : `column "${column}"`]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${reason}`);
    this.name = 'DatasetError';
    this.file = file;
    this.row = row;
    this.column = column;
    this.reason = reason;
  }
}
