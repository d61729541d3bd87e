import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/csv';
import { ConfigError } from '../../src/config/schema';

describe('parseCsv', () => {
  it('reads x1,x2,label lines with an optional header, commas, semicolons or tabs', () => {
    expect(parseCsv('x1,x2,label\n1,2,1\n-3.5; 0.25; -1\n\n4\t-5\t1e0\r\n')).toEqual([
      { x1: 1, x2: 2, label: 1 },
      { x1: -3.5, x2: 0.25, label: -1 },
      { x1: 4, x2: -5, label: 1 },
    ]);
    expect(parseCsv('0.5,0.5,0.3')).toEqual([{ x1: 0.5, x2: 0.5, label: 0.3 }]);
  });

  it('a malformed line throws a ConfigError with its line number', () => {
    const bad = ['x1,x2,label', '1,2,1', '3,four,1', '5,6,-1'].join('\n');
    expect(() => parseCsv(bad)).toThrow(ConfigError);
    expect(() => parseCsv(bad)).toThrow(/line 3.*3,four,1/);
    expect(() => parseCsv('1,2\n')).toThrow(/line 1/);
    expect(() => parseCsv('1,2,3,4')).toThrow(/line 1/);
    expect(() => parseCsv('1,2,1\nx,y,z')).toThrow(/line 2/); // a header only comes first
    expect(() => parseCsv('\n\n')).toThrow(/at least one/);
  });
});
