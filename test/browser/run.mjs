// `npm run test:browser`: every test/browser/*.test.mjs through node's test
// runner, one file at a time (each file drives its own Chromium; the
// machine has few cores). TAP output, so the run ends with node's summary
// (`# pass N`, `# fail N`); the exit code is non-zero when a test fails.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
if (!existsSync(join(root, 'dist/nn-playground.min.js'))) {
  console.error('dist/nn-playground.min.js is missing: run `npm run build` first.');
  process.exit(1);
}
const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(here, f));
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', ...files, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
