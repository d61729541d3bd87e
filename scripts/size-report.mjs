// Where the script-tag bundle's bytes go: each source module's share of the
// minified IIFE, gzipped. Modules are minified one by one (top-level names
// kept, so unused exports still count) and their gzip sizes scaled so that
// they add up to the real bundle's: a guide for a diet, not an exact split.
import { rollup } from 'rollup';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import configs from '../rollup.config.mjs';

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;

// The script-tag build exactly as rollup.config.mjs makes it, without the
// final minification (each module is minified on its own below).
const iife = configs.find((c) => c.output.format === 'iife');
const bundle = await rollup({ input: iife.input, plugins: iife.plugins.filter((p) => p.name !== 'terser'), onwarn: () => {} });
const { output } = await bundle.generate({ ...iife.output, sourcemap: false });
await bundle.close();

const rows = [];
for (const [id, module] of Object.entries(output[0].modules)) {
  if (!module.code) continue;
  const min = (await minify(module.code, { format: { comments: false } })).code ?? '';
  rows.push({ name: relative(process.cwd(), id), min: min.length, gz: gz(min) });
}
const total = gz(readFileSync('dist/nn-playground.min.js'));
const sum = rows.reduce((s, r) => s + r.gz, 0);
rows.sort((a, b) => b.gz - a.gz);
console.log(`${'module'.padEnd(34)} ${'minified'.padStart(9)} ${'≈ gzip share'.padStart(13)}`);
for (const r of rows) console.log(`${r.name.padEnd(34)} ${String(r.min).padStart(9)} ${kb((r.gz * total) / sum).padStart(13)}`);
console.log(`dist/nn-playground.min.js gzipped: ${kb(total)}`);
