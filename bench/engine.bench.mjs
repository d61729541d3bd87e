// Engine benchmark: prints median (min-max) milliseconds for one epoch, the
// train+test loss pass and the 100x100 grid pass, at the configurations of
// the reference figures. Figures, not assertions. Runs the built ESM bundle.
import { createTrainer } from '../dist/nn-playground.mjs';
import { performance } from 'node:perf_hooks';

const CONFIGS = {
  default: 'dataset=circle&networkShape=4,2&x=true&y=true',
  'regression default': 'problem=regression&regDataset=reg-plane&networkShape=4,2',
  mid: 'dataset=spiral&networkShape=8,8,8&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true',
  max: 'dataset=circle&networkShape=8,8,8,8,8,8&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true',
};
const ORIGINAL = { default: [0.145, 0.162, 5.0], 'regression default': [0.428, 0.493, 5.8], mid: [0.821, 0.724, 19.7], max: [1.6, 1.3, 34.2] };

function time(fn, reps, inner = 1) {
  const t = [];
  for (let i = 0; i < reps; i++) {
    const s = performance.now();
    fn();
    t.push((performance.now() - s) / inner);
  }
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], min: t[0], max: t[t.length - 1] };
}

const fmt = (r) => `${r.median.toFixed(3)} (${r.min.toFixed(3)}-${r.max.toFixed(3)})`;
const rows = [];
for (const [name, url] of Object.entries(CONFIGS)) {
  const trainer = createTrainer(url + '&seed=0.11111');
  trainer.step(50); // warm-up
  for (let i = 0; i < 30; i++) trainer.evaluate();
  for (let i = 0; i < 10; i++) trainer.gridOutputs();
  const EPOCHS = 20;
  const loss = time(() => trainer.evaluate(), 100);
  const stepMany = time(() => trainer.step(EPOCHS), 60);
  const epoch = { median: (stepMany.median - loss.median) / EPOCHS, min: (stepMany.min - loss.median) / EPOCHS, max: (stepMany.max - loss.median) / EPOCHS };
  const grid = time(() => trainer.gridOutputs(), 60);
  rows.push([name, fmt(epoch), fmt(loss), fmt(grid), ORIGINAL[name].join(' / ')]);
}

const head = ['config', 'one epoch (ms)', 'train+test loss (ms)', 'grid pass 100x100 (ms)', 'original: epoch / loss / grid'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
console.log(`Engine benchmark, Node ${process.version}, ${process.arch}; median (min-max) per call`);
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
