// Package checks: publint (strict), are-the-types-wrong (ESM profile), the
// bundle's gzipped size against its budget, and no eval-like code in dist.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// The target is 20 kB (issue #4); the budget sits just above the current
// figure, so the bundle cannot grow unnoticed. `npm run size` shows where
// the bytes go.
const TARGET_BYTES = 20 * 1024;
const BUDGET_BYTES = 36.5 * 1024;
let failed = false;

function run(title, cmd, args) {
  console.log(`-- ${title}`);
  try {
    execFileSync(cmd, args, { stdio: 'inherit' });
  } catch {
    console.error(`FAILED: ${title}`);
    failed = true;
  }
}

run('publint --strict', 'npx', ['--no-install', 'publint', '--strict']);
run('attw (ESM profile)', 'npx', ['--no-install', 'attw', '--pack', '.', '--profile', 'esm-only']);

const iife = readFileSync('dist/nn-playground.min.js');
const gz = gzipSync(iife, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`-- size: dist/nn-playground.min.js ${kb(iife.length)} minified, ${kb(gz)} gzipped (budget ${kb(BUDGET_BYTES)}, target ${kb(TARGET_BYTES)})`);
if (gz > BUDGET_BYTES) {
  console.error(`FAILED: the IIFE is ${kb(gz)} gzipped, over the ${kb(BUDGET_BYTES)} budget`);
  failed = true;
}

// Strict CSP pages forbid eval: the bundles must not need it.
for (const file of readdirSync('dist').filter((f) => /\.(m?js)$/.test(f))) {
  const code = readFileSync(`dist/${file}`, 'utf8');
  const hit = /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*["'`]|setTimeout\s*\(\s*["'`]/.exec(code);
  if (hit) {
    console.error(`FAILED: dist/${file} contains "${hit[0]}"`);
    failed = true;
  }
}
console.log(failed ? 'package checks: FAILED' : 'package checks: ok');
process.exit(failed ? 1 : 0);
