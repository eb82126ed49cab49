/**
 * A dataset file that cannot be used, named down to the cell in one line:
 *   data/raw/local-devices/devices.csv:6: column "release_date": is not a real calendar date (found "2023-02-30")
 * `file:line` is the line an editor shows (a record with a quoted line break
 * starts on the line named). The offending value is quoted, truncated and
 * stripped of control characters, so the message stays one short line.
 */
export class DatasetError extends Error {
  readonly file: string;
  /** 1-based line number as an editor shows it; undefined for whole-file problems. */
  readonly line: number | undefined;
  readonly column: string | undefined;
  readonly reason: string;

  constructor(file: string, line: number | undefined, column: string | undefined, reason: string) {
    const where = line === undefined ? file : `${file}:${line}`;
    super(oneLine(`${where}: ${column === undefined ? '' : `column "${column}": `}${reason}`));
    this.name = 'DatasetError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = oneLine(reason);
    // The message says everything: no stack trace when a tool prints it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Longest value quoted back in an error. */
export const MAX_QUOTED = 60;

/** Control, bidirectional-override and BOM characters: never echoed raw into a message. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A cell value as an error quotes it: `"…"`, control characters shown as escapes, at most MAX_QUOTED characters. */
export function quoted(value: string): string {
  const visible = value
    .replace(/["\\]/g, (c) => `\\${c}`)
    .replace(INVISIBLE, (c) =>
      c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u{${c.codePointAt(0)!.toString(16)}}`,
    );
  const chars = [...visible];
  return chars.length <= MAX_QUOTED
    ? `"${visible}"`
    : `"${chars.slice(0, MAX_QUOTED).join('')}…" (${value.length.toLocaleString('en-US')} characters)`;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
