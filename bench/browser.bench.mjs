// Browser benchmark: full-frame cost, first paint, epochs/s at max speed,
// six widgets and off-screen widgets, in headless Chromium. Figures, not
// assertions. Needs a build (npm run build) and /usr/bin/chromium.
// "Full frame" is the script of one animation frame while playing at speed 1
// (one epoch, losses, the grid pass and every view drawn), summed by
// test/browser/pages/frame-timer.js. createPlayground and first paint are
// given for the first widget on a fresh page (which also pays for compiling
// the code it runs and for the page's first layout) and for the next one.
import { launch, openPage, serve } from '../test/browser/harness.mjs';
import os from 'node:os';

const CONFIGS = {
  default: 'seed=0.11111',
  mid: 'seed=0.11111&dataset=spiral&networkShape=8,8,8&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true',
  max: 'seed=0.11111&networkShape=8,8,8,8,8,8&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true',
};

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), n: s.length };
};
const ms = (v) => (v === undefined ? '-' : v.toFixed(2));

// Cross-origin isolated, so performance.now() is precise to a few µs (not 100 µs).
const server = await serve({ headers: () => ({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }) });
const browser = await launch(['--enable-precise-memory-info']);
const rows = [];

async function fresh() {
  const p = await openPage(browser, `${server.url}/test/browser/pages/bench.html`, { width: 1280, height: 900 });
  await p.page.waitForFunction(() => window.NNPlayground);
  return p;
}

for (const [name, config] of Object.entries(CONFIGS)) {
  const { page, close } = await fresh();
  const result = await page.evaluate(async (config) => {
    const wait = (n) => new Promise((ok) => { let k = 0; const f = () => (++k >= n ? ok() : requestAnimationFrame(f)); requestAnimationFrame(f); });
    // First paint: the end of the first frame's rendering work (script, style,
    // layout, paint) on the main thread. A rAF callback registered after
    // createPlayground runs in that frame after the widget's own; a message
    // posted from it is handled once the frame's rendering steps are done.
    const afterFirstFrame = () => new Promise((ok) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => ok(performance.now());
      channel.port2.postMessage(0);
    }));
    const mount = async () => {
      const host = document.createElement('div');
      document.getElementById('hosts').append(host);
      await wait(2);
      const t0 = performance.now();
      const pg = NNPlayground.createPlayground(host, { config });
      const created = performance.now() - t0;
      const firstPaint = (await afterFirstFrame()) - t0;
      return { pg, host, created, firstPaint };
    };
    // The first widget on a fresh page pays for compiling the code it runs
    // and for the page's first layout; the next one shows the widget's own cost.
    const first = await mount();
    first.pg.destroy();
    first.host.remove();
    const next = await mount();
    const pg = next.pg;
    await wait(10);
    window.__frames.length = 0;
    pg.play();
    await wait(120);
    pg.pause();
    const frames = window.__frames.values().slice(5);
    const e0 = pg.epoch;
    pg.setSpeed('max');
    pg.play();
    const s0 = performance.now();
    await wait(120);
    pg.pause();
    const epochsPerSecond = ((pg.epoch - e0) / (performance.now() - s0)) * 1000;
    pg.destroy();
    return { created: [first.created, next.created], firstPaint: [first.firstPaint, next.firstPaint], frames, epochsPerSecond };
  }, config);
  const f = stats(result.frames);
  rows.push({ name, median: f.median, p95: f.p95, created: result.created, firstPaint: result.firstPaint, eps: result.epochsPerSecond });
  await close();
}

// Six default widgets on one page, all playing: script per frame, together.
let six;
{
  const { page, close } = await fresh();
  six = await page.evaluate(async () => {
    const wait = (n) => new Promise((ok) => { let k = 0; const f = () => (++k >= n ? ok() : requestAnimationFrame(f)); requestAnimationFrame(f); });
    const pgs = [];
    for (let i = 0; i < 6; i++) {
      const host = document.createElement('div');
      host.style.cssText = 'display:inline-block;width:620px;height:440px;overflow:hidden;vertical-align:top';
      document.getElementById('hosts').append(host);
      pgs.push(NNPlayground.createPlayground(host, { config: `seed=0.${i}1111`, parts: { controls: false, data: false } }));
    }
    window.scrollTo(0, 0);
    await wait(10);
    // Every widget visible: shrink the page so all six are on screen.
    document.body.style.zoom = '0.5';
    await wait(10);
    window.__frames.length = 0;
    pgs.forEach((p) => p.play());
    await wait(120);
    pgs.forEach((p) => p.pause());
    return window.__frames.values().slice(5);
  });
  await close();
}

// An off-screen widget that is playing: frames it costs.
let offscreen;
{
  const { page, close } = await fresh();
  offscreen = await page.evaluate(async () => {
    const wait = (ms) => new Promise((ok) => setTimeout(ok, ms));
    const host = document.createElement('div');
    host.style.marginTop = '5000px';
    document.getElementById('hosts').append(host);
    const pg = NNPlayground.createPlayground(host, { config: 'seed=0.11111' });
    await wait(300);
    window.__frames.length = 0;
    const epoch = pg.epoch;
    pg.play();
    await wait(1000);
    const result = { frames: window.__frames.length, script: window.__frames.values().reduce((a, b) => a + b, 0), epochs: pg.epoch - epoch };
    pg.destroy();
    return result;
  });
  await close();
}

await browser.close();
await server.close();

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`Browser benchmark: headless Chromium ${browser.version?.() ?? ''}, ${os.cpus().length} cores (${cpu}), Node ${process.version}`);
console.log('| config | full frame median (ms) | full frame p95 (ms) | createPlayground (ms): first / next widget | first paint (ms): first / next widget | epochs/s at max speed |');
console.log('| --- | --- | --- | --- | --- | --- |');
const pair = ([a, b]) => `${ms(a)} / ${ms(b)}`;
for (const r of rows) console.log(`| ${r.name} | ${ms(r.median)} | ${ms(r.p95)} | ${pair(r.created)} | ${pair(r.firstPaint)} | ${Math.round(r.eps)} |`);
const s6 = stats(six);
console.log(`\nSix default widgets playing on one page: script per frame median ${ms(s6.median)} ms, p95 ${ms(s6.p95)} ms (all six together).`);
console.log(`Off-screen playing widget over 1 s: ${offscreen.frames} animation frames requested, ${ms(offscreen.script)} ms of script, ${offscreen.epochs} epochs trained.`);
