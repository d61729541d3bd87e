// What a strict Content-Security-Policy and an XSS review care about, read
// straight from the shipped files (`npm test` builds dist/ first): no eval-like
// code, no HTML parsing of strings, no inline style attributes, in the bundles
// and in the iframe embed page's script.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const bundles = readdirSync(join(ROOT, 'dist')).filter((f) => /\.(m?js)$/.test(f)).map((f) => `dist/${f}`);
const shipped = [...bundles, 'demos/embed.js'];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Every match of `re` in `file`, with a little context, so a failure says where. */
function hits(file: string, re: RegExp): string[] {
  const code = read(file);
  const out: string[] = [];
  for (const m of code.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
    out.push(`${file}: …${code.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 40)}…`);
  }
  return out;
}

describe('shipped code', () => {
  it('dist/ holds both bundles (run `npm run build` first)', () => {
    expect(bundles).toEqual(expect.arrayContaining(['dist/nn-playground.mjs', 'dist/nn-playground.min.js']));
  });

  it('has no eval, new Function, Function("…") or string timers (strict CSP: no unsafe-eval)', () => {
    const EVAL = /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(\s*["'`]|\bset(Timeout|Interval)\s*\(\s*["'`]|\bimport\s*\(\s*[^"'`\s)]/;
    expect(shipped.flatMap((f) => hits(f, EVAL))).toEqual([]);
  });

  it('never parses a string as HTML: no innerHTML, outerHTML, insertAdjacentHTML, document.write, createContextualFragment, DOMParser, srcdoc', () => {
    const HTML = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|srcdoc|parseHTMLUnsafe|setHTMLUnsafe)\b|\bdocument\.write(ln)?\s*\(/;
    expect(shipped.flatMap((f) => hits(f, HTML))).toEqual([]);
  });

  it('sets no style attribute (style-src without unsafe-inline blocks those; the CSSOM is used instead)', () => {
    const STYLE_ATTR = /setAttribute(NS)?\s*\(\s*(null\s*,\s*)?["'`]style["'`]/;
    expect(shipped.flatMap((f) => hits(f, STYLE_ATTR))).toEqual([]);
  });

  it('creates no <script>, <iframe> or <img> and no javascript: addresses', () => {
    const ELEMENTS = /createElement(NS)?\s*\([^)]*["'`](script|iframe|img|object|embed)["'`]|javascript:(?!\s*\/)/i;
    // The embed snippet refuses javascript: addresses: that regex literal is the one allowed mention.
    const found = shipped.flatMap((f) => hits(f, ELEMENTS)).filter((h) => !/\\s\*javascript:/.test(h));
    expect(found).toEqual([]);
  });
});
