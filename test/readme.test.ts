// The README's config table is generated from the schema; this keeps them in step.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { configDocsMarkdown } from '../src/config/schema';

describe('README', () => {
  it('holds the config table exactly as the schema documents it', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('<!-- config-table:start -->');
    const end = readme.indexOf('<!-- config-table:end -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start + '<!-- config-table:start -->'.length, end).trim()).toBe(configDocsMarkdown().trim());
  });
});
