// "Beyond the original", the UI half, in real Chromium (run `npm run build`
// first): drawing points by mouse and by touch, a dropped CSV file, the
// export downloads, copy link through the real clipboard, the loss chart's
// hover readout and the accuracy readout; zero console errors. Saves
// __screenshots__/beyond.png (draw mode with drawn points after training).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCREENSHOTS, frames, launch, serve } from './harness.mjs';

const PAGE = '/test/browser/pages/widget.html';
let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context (touch, permissions as asked), the widget on #a as window.pg; asserts no console error at the end. */
async function withWidget(name, { config = {}, context = {} } = {}, fn) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, acceptDownloads: true, ...context });
  const page = await ctx.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(server.url + PAGE);
    await page.waitForFunction(() => typeof window.NNPlayground?.createPlayground === 'function');
    await page.evaluate((config) => {
      window.pg = window.NNPlayground.createPlayground('#a', { config: { seed: '0.5', ...config } });
    }, config);
    await frames(page);
    await fn(page);
    await frames(page);
    assert.deepEqual(errors, [], `console errors in "${name}"`);
  } finally {
    await ctx.close();
  }
}

const button = (page, name) => page.locator('#a').getByRole('button', { name, exact: true });

/** Page coordinates of data point (x1, x2) on the big heatmap (plot inset 20 of 300 units). */
async function heatmapPoint(page, x1, x2) {
  const box = await page.locator('#a .nnp-heatmap').boundingBox();
  const unit = (v) => (20 + ((v + 6) / 12) * 260) / 300;
  return { x: box.x + box.width * unit(x1), y: box.y + box.height * unit(-x2) };
}

const near = (points, x1, x2) => points.filter((p) => Math.abs(p.x1 - x1) < 0.15 && Math.abs(p.x2 - x2) < 0.15);
const getData = (page) => page.evaluate(() => window.pg.getData());

test('drawing by mouse adds blue points, shift-click orange ones, a click on a point removes it; metrics and the chart readout show', async () => {
  await withWidget('mouse', { config: { dataset: 'xor' } }, async (page) => {
    await page.evaluate(() => window.pg.step(40));
    await frames(page);
    // Accuracy beside the losses.
    const metrics = await page.locator('#a .nnp-metric').allTextContents();
    assert.match(metrics[0], /^Test accuracy\d+\.\d %$/);
    assert.match(metrics[1], /^Training accuracy\d+\.\d %$/);
    // The loss chart's readout at its right edge: the last epoch.
    const chart = await page.locator('#a .nnp-chart-box').boundingBox();
    await page.mouse.move(chart.x + chart.width - 1, chart.y + chart.height / 2);
    const tip = page.locator('#a .nnp-chart-tip');
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.textContent(), /^Epoch 40Test loss \d\.\d{3}Training loss \d\.\d{3}$/);
    await page.mouse.move(chart.x + 2, chart.y + chart.height / 2);
    assert.match(await tip.textContent(), /^Epoch 0Test/);
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });

    const before = await getData(page);
    await button(page, 'Draw data').click();
    assert.equal(await button(page, 'Draw data').getAttribute('aria-pressed'), 'true');
    let at = await heatmapPoint(page, 0.5, 5.5);
    await page.mouse.click(at.x, at.y);
    let data = await getData(page);
    assert.equal(data.length, before.length + 1);
    assert.deepEqual(near(data, 0.5, 5.5).map((p) => p.label), [1]);
    at = await heatmapPoint(page, -5.5, -0.5);
    await page.keyboard.down('Shift');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.up('Shift');
    data = await getData(page);
    assert.deepEqual(near(data, -5.5, -0.5).map((p) => p.label), [-1]);
    // Click the first one again: it goes.
    at = await heatmapPoint(page, 0.5, 5.5);
    await page.mouse.click(at.x, at.y);
    data = await getData(page);
    assert.equal(data.length, before.length + 1);
    assert.equal(near(data, 0.5, 5.5).length, 0);
    assert.match(await page.locator('#a .nnp-tools-status').textContent(), new RegExp(`Your points: ${before.length + 1}`));
  });
});

test('a touch tap draws a point', async () => {
  await withWidget('touch', { context: { hasTouch: true }, config: { dataset: 'circle' } }, async (page) => {
    await button(page, 'Draw data').tap();
    await button(page, 'Clear').tap(); // a new drawing: the circle's 500 points are dense enough that a tap would remove one
    await button(page, 'Orange (−1)').tap();
    let at = await heatmapPoint(page, 2, -3);
    await page.touchscreen.tap(at.x, at.y);
    await page.waitForFunction(() => window.pg.config.data !== '');
    assert.equal((await getData(page)).length, 1);
    assert.deepEqual(near(await getData(page), 2, -3).map((p) => p.label), [-1]);
    at = await heatmapPoint(page, -1, 1);
    await page.touchscreen.tap(at.x, at.y);
    await page.waitForFunction(() => window.pg.getData().length === 2);
    assert.deepEqual(near(await getData(page), -1, 1).map((p) => p.label), [-1]);
  });
});

test('a .csv file dropped on the heatmap becomes the data; a bad file is named by its line and changes nothing', async () => {
  await withWidget('drop', {}, async (page) => {
    const drop = (text) => page.evaluate((text) => {
      const target = document.querySelector('#a').shadowRoot.querySelector('.nnp-heatmap');
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'points.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }, text);
    await drop('x1,x2,label\n1,1,1\n-1,-1,1\n2,-2,-1\n-2,2,-1\n');
    await page.waitForFunction(() => window.pg.getData().length === 4);
    const data = await getData(page);
    assert.deepEqual(data.map((p) => `${p.x1}:${p.x2}:${p.label}`).sort(), ['-1:-1:1', '-2:2:-1', '1:1:1', '2:-2:-1']);
    const status = page.locator('#a .nnp-tools-status');
    assert.equal(await status.textContent(), 'Your points: 4');
    await drop('1,1,1\n1,1,1\n9,0,1\n');
    await page.waitForFunction(() => /Line 3/.test(document.querySelector('#a').shadowRoot.querySelector('.nnp-tools-status').textContent));
    assert.equal(await status.textContent(), 'Line 3: 9, 0, 1; expected x1 and x2 from -6 to 6.');
    assert.equal((await getData(page)).length, 4);
  });
});

test('the export buttons download the state as JSON, the heatmap as PNG and the network as SVG', async () => {
  await withWidget('export', {}, async (page) => {
    await page.evaluate(() => window.pg.step(5));
    const save = async (name) => {
      const [download] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
      return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
    };
    const state = await save('Download state');
    assert.equal(state.name, 'nn-playground-state.json');
    const json = JSON.parse(state.body.toString('utf8'));
    assert.equal(json.version, 1);
    assert.equal(json.epoch, 5);
    assert.equal(json.config.seed, '0.5');
    const png = await save('Save PNG');
    assert.equal(png.name, 'nn-playground.png');
    assert.deepEqual([...png.body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = await save('Save SVG');
    assert.equal(svg.name, 'nn-playground.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { root: doc.documentElement.localName, error: !!doc.querySelector('parsererror') };
    }, svg.body.toString('utf8'));
    assert.deepEqual(parsed, { root: 'svg', error: false });
  });
});

test('Copy link puts the link on the clipboard', async () => {
  await withWidget('clipboard', { context: { permissions: ['clipboard-read', 'clipboard-write'] }, config: { dataset: 'spiral' } }, async (page) => {
    await button(page, 'Copy link').click();
    await page.locator('#a .nnp-tools-status', { hasText: 'Link copied' }).waitFor();
    const [copied, expected] = await page.evaluate(async () => [await navigator.clipboard.readText(), location.href.split('#')[0] + window.pg.toUrl()]);
    assert.equal(copied, expected);
    assert.match(copied, /^http:\/\/127\.0\.0\.1:\d+\/test\/browser\/pages\/widget\.html#.*dataset=spiral/);
  });
});

test('screenshot: draw mode with drawn points after some training (beyond.png)', async () => {
  await withWidget('screenshot', { config: { dataset: 'xor', networkShape: [6, 4], activation: 'tanh', learningRate: 0.1, batchSize: 1, xTimesY: true } }, async (page) => {
    await button(page, 'Draw data').click();
    await button(page, 'Clear').click();
    const blue = [[2, 2.5], [3.5, 1.5], [-2.5, -3], [-3.5, -1.5], [1.5, 4], [-1.5, -4.5]];
    const orange = [[-2.5, 2.5], [-4, 1], [3, -2.5], [1.5, -4], [-1.5, 4.5], [4.5, -1]];
    for (const [x1, x2] of blue) {
      const at = await heatmapPoint(page, x1, x2);
      await page.mouse.click(at.x, at.y);
    }
    await button(page, 'Orange (−1)').click();
    for (const [x1, x2] of orange) {
      const at = await heatmapPoint(page, x1, x2);
      await page.mouse.click(at.x, at.y);
    }
    assert.equal((await getData(page)).length, 12);
    await page.evaluate(() => window.pg.step(300));
    await frames(page);
    const chart = await page.locator('#a .nnp-chart-box').boundingBox();
    await page.mouse.move(chart.x + chart.width * 0.6, chart.y + chart.height / 2);
    await page.locator('#a .nnp-chart-tip').waitFor({ state: 'visible' });
    await page.locator('#a').screenshot({ path: join(SCREENSHOTS, 'beyond.png') });
  });
});
