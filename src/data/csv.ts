/**
 * Reads pasted or dropped CSV as points: one `x1,x2,label` per line, an
 * optional header line, commas, semicolons or tabs. A bad line throws a
 * ConfigError naming its line number; nothing is returned half-read.
 */
import { ConfigError } from '../config/schema.js';

export interface CsvPoint {
  x1: number;
  x2: number;
  label: number;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function parseCsv(text: string): CsvPoint[] {
  if (typeof text !== 'string') throw new ConfigError('csv', text, 'text with one "x1,x2,label" per line');
  const points: CsvPoint[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const cells = line.split(/[,;\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const numeric = cells.length === 3 && cells.every((c) => NUMBER.test(c));
    // The first non-blank line may be a header of three names.
    if (!numeric && points.length === 0 && cells.length === 3 && cells.every((c) => !NUMBER.test(c) && c !== '')) return;
    if (!numeric) {
      throw new ConfigError(`csv line ${index + 1}`, raw.length > 60 ? `${raw.slice(0, 60)}…` : raw, 'three numbers "x1,x2,label" (an optional header line first)');
    }
    const [x1, x2, label] = cells.map(Number);
    points.push({ x1, x2, label });
  });
  if (points.length === 0) throw new ConfigError('csv', text.slice(0, 60), 'at least one "x1,x2,label" line');
  return points;
}
