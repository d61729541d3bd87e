/**
 * CSV from the widget's paste box or a dropped file, as points for setData,
 * with every problem named by its line: "Line 4: ...". Nothing is applied
 * half-read.
 */
import { ConfigError } from '../config/schema.js';
import { parseCsv } from '../data/csv.js';
import type { DataPoint } from '../trainer.js';

/** The points of `text`, or a message naming the first bad line. */
export function csvToPoints(text: string, classification: boolean): { points: DataPoint[] } | { error: string } {
  let points: DataPoint[];
  try {
    points = parseCsv(text);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const line = /^csv line (\d+)$/.exec(error.field);
    return { error: line ? `Line ${line[1]}: ${JSON.stringify(error.value)}; expected ${error.allowed}.` : `Expected ${error.allowed}.` };
  }
  // Point i sits on the i-th non-blank line after the header, if there is one.
  const lines: number[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, i) => raw.trim() !== '' && lines.push(i + 1));
  const first = lines.length - points.length;
  for (let i = 0; i < points.length; i++) {
    const { x1, x2, label } = points[i];
    const expected = !(Math.abs(x1) <= 6 && Math.abs(x2) <= 6) ? 'x1 and x2 from -6 to 6'
      : classification && label !== 1 && label !== -1 ? 'a label of 1 or -1 for classification' : '';
    if (expected) return { error: `Line ${lines[first + i]}: ${x1}, ${x2}, ${label}; expected ${expected}.` };
  }
  return { points };
}
