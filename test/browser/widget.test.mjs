// The widget in real Chromium, loaded by a script tag from dist/ (run
// `npm run build` first): real mouse clicks and key presses, canvas pixels
// checked against predict(), two widgets on one page, and screenshots of the
// main looks saved under __screenshots__/ for people to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, SCREENSHOTS, launch, openPage, serve, frames } from './harness.mjs';

const PAGE = '/test/browser/pages/widget.html';

let server;
let browser;
/** Every page opened, with the console errors it recorded (checked per test and once more at the end). */
const opened = [];

before(async () => {
  await stat(join(ROOT, 'dist/nn-playground.min.js')).catch(() => {
    throw new Error('dist/nn-playground.min.js is missing: run `npm run build` first');
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the test page, waits for the bundle, runs `fn`, then asserts the page logged no error. */
async function withPage(name, opts, fn) {
  const { page, errors, close } = await openPage(browser, server.url + PAGE, opts);
  opened.push({ name, errors });
  // Failures show up in seconds, not after playwright's 30 s default.
  page.setDefaultTimeout(10_000);
  try {
    await page.waitForFunction(() => typeof window.NNPlayground?.createPlayground === 'function');
    await fn(page);
    // Let any pending frame render before judging the console.
    await frames(page, 2);
    assert.deepEqual(errors, [], `console errors on the "${name}" page`);
  } finally {
    await close();
  }
}


/** Creates a widget in the page as window[name]; `options` must be JSON. */
function create(page, name, selector, options) {
  return page.evaluate(([name, selector, options]) => {
    window[name] = window.NNPlayground.createPlayground(selector, options);
  }, [name, selector, options]);
}

const get = (page, expr) => page.evaluate(expr);

// ------------------------------------------------------------- colour oracle
// Written out here from the spec (not imported from src/): the original's
// stops, 31 bins, bin = floor((v + 1) * 31 / 2) clamped, NaN black, alpha 160.

const hex = (s) => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16));
const NEG = hex('#f59322');
const ZERO = hex('#e8eaeb');
const POS = hex('#0877bd');
const BINS = 31;

function bin(v) {
  if (Number.isNaN(v)) return -1;
  return Math.min(BINS - 1, Math.max(0, Math.floor(((v + 1) * BINS) / 2)));
}
function binColour(k) {
  if (k < 0) return [0, 0, 0];
  const t = (2 * k) / (BINS - 1) - 1;
  const [to, a] = t < 0 ? [NEG, -t] : [POS, t];
  return ZERO.map((z, c) => Math.round(z + (to[c] - z) * Math.min(1, a)));
}
/**
 * Whether a pixel shows value v. The heatmap is computed with a tabled tanh
 * (error < 1e-6), predict() exactly, so a value right at a bin edge may land
 * in the neighbouring bin: both are accepted.
 */
function pixelShows(px, v) {
  if (Math.abs(px[3] - 160) > 2) return false;
  const bins = new Set([bin(v - 1e-5), bin(v), bin(v + 1e-5)]);
  return [...bins].some((k) => binColour(k).every((c, i) => Math.abs(px[i] - c) <= 3));
}

/** Grid points (column i, row j) of the 100×100 map: corners, centre and a spread. */
const POINTS = [];
for (const i of [0, 20, 40, 50, 60, 80, 99]) for (const j of [0, 20, 40, 50, 60, 80, 99]) POINTS.push([i, j]);
const toX = (i) => -6 + (12 * i) / 99;
const toY = (j) => 6 - (12 * j) / 99;

/** RGBA of heatmap-canvas pixels at grid points, read back from the canvas in the shadow root. */
function heatmapPixels(page, host, points) {
  return page.evaluate(([host, points]) => {
    const canvas = document.querySelector(host).shadowRoot.querySelector('.nnp-heatmap-canvas');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    return points.map(([i, j]) => Array.from(data.subarray(4 * (j * canvas.width + i), 4 * (j * canvas.width + i) + 4)));
  }, [host, points]);
}

/** A hash of every heatmap pixel, to tell one picture from another. */
function heatmapHash(page, host) {
  return page.evaluate((host) => {
    const canvas = document.querySelector(host).shadowRoot.querySelector('.nnp-heatmap-canvas');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let h = 2166136261;
    for (let k = 0; k < data.length; k++) h = Math.imul(h ^ data[k], 16777619);
    return h >>> 0;
  }, host);
}

/** Waits until the heatmap's hash satisfies `differs ? !== : ===` the given one. */
function waitHeatmap(page, host, hash, differs) {
  return page.waitForFunction(
    ([host, hash, differs]) => {
      const canvas = document.querySelector(host).shadowRoot.querySelector('.nnp-heatmap-canvas');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let h = 2166136261;
      for (let k = 0; k < data.length; k++) h = Math.imul(h ^ data[k], 16777619);
      return differs ? h >>> 0 !== hash : h >>> 0 === hash;
    },
    [host, hash, differs],
  );
}

function assertPixelsShow(pixels, values, what) {
  const bad = [];
  POINTS.forEach(([i, j], k) => {
    if (!pixelShows(pixels[k], values[k])) {
      bad.push(`(${i},${j}) value ${values[k].toFixed(4)} wants ${binColour(bin(values[k]))},160 got ${pixels[k]}`);
    }
  });
  assert.deepEqual(bad, [], `${what}: pixels that do not show their value`);
}

// ------------------------------------------------------------- tests

test('the script tag exposes NNPlayground; a real click on step trains one epoch, play trains over frames and a second click pauses', async () => {
  await withPage('script tag', {}, async (page) => {
    assert.equal(await get(page, () => typeof window.NNPlayground), 'object');
    assert.equal(await get(page, () => typeof window.NNPlayground.createPlayground), 'function');
    await create(page, 'pg', '#a', { config: { seed: '0.11111' } });
    assert.equal(await get(page, () => pg.epoch), 0);

    const step = page.locator('#a .nnp-icon-button[aria-label="Step one epoch"]');
    await step.click();
    assert.equal(await get(page, () => pg.epoch), 1);
    await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('.nnp-epoch-value').textContent === '000,001');
    await step.click();
    assert.equal(await get(page, () => pg.epoch), 2);

    const play = page.locator('#a .nnp-play');
    await play.click();
    assert.equal(await get(page, () => pg.playing), true);
    await page.waitForFunction(() => pg.epoch >= 12);
    assert.equal(await play.getAttribute('aria-pressed'), 'true');
    assert.equal(await play.getAttribute('aria-label'), 'Pause');

    await play.click();
    assert.equal(await get(page, () => pg.playing), false);
    const stopped = await get(page, () => pg.epoch);
    await frames(page, 10);
    assert.equal(await get(page, () => pg.epoch), stopped, 'epoch kept growing after pause');
    assert.equal(await play.getAttribute('aria-pressed'), 'false');
    await page.waitForFunction(
      (e) => document.querySelector('#a').shadowRoot.querySelector('.nnp-epoch-value').textContent === String(e).padStart(6, '0').replace(/\B(?=(\d{3})+(?!\d))/g, ','),
      stopped,
    );
  });
});

test('heatmap canvas pixels show the quantised colour of predict() at grid points, and the box on screen is orange and blue', async () => {
  await withPage('heatmap', {}, async (page) => {
    await create(page, 'pg', '#a', { config: { seed: '0.11111' } });
    await get(page, () => void pg.step(150));
    await frames(page, 2);

    const values = await page.evaluate((pts) => pts.map(([x, y]) => pg.predict(x, y)), POINTS.map(([i, j]) => [toX(i), toY(j)]));
    const pixels = await heatmapPixels(page, '#a', POINTS);
    assertPixelsShow(pixels, values, 'output map');
    const bins = new Set(values.map(bin));
    assert.ok(bins.size >= 3, `the map has a decision boundary (bins seen: ${[...bins]})`);
    assert.ok(values.some((v) => v < -0.2) && values.some((v) => v > 0.2), 'both classes appear on the map');

    // What the reader sees: an element screenshot decoded in the page, with
    // the axes and data points hidden so only the painted surface counts.
    const axes = page.locator('#a .nnp-axes');
    await axes.evaluate((el) => (el.style.visibility = 'hidden'));
    const png = await page.locator('#a .nnp-heatmap').screenshot();
    await axes.evaluate((el) => (el.style.visibility = ''));
    const counts = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let orange = 0;
      let blue = 0;
      for (let k = 0; k < d.length; k += 4) {
        const [r, gg, b] = [d[k], d[k + 1], d[k + 2]];
        if (r > b + 60 && r > 180) orange++;
        else if (b > r + 60 && b > 120 && gg < b) blue++;
      }
      return { orange, blue, total: d.length / 4 };
    }, png.toString('base64'));
    assert.ok(counts.orange > counts.total * 0.1, `orange pixels on screen: ${JSON.stringify(counts)}`);
    assert.ok(counts.blue > counts.total * 0.05, `blue pixels on screen: ${JSON.stringify(counts)}`);
  });
});

test('hovering a hidden node shows its own map in the big heatmap, focus does too, and leaving restores the output map', async () => {
  await withPage('hover', {}, async (page) => {
    await create(page, 'pg', '#a', { config: { seed: '0.11111' } });
    await get(page, () => void pg.step(40));
    await frames(page, 2);
    const outputHash = await heatmapHash(page, '#a');
    const w = await get(page, () => pg.getWeights());
    assert.deepEqual(w.inputs, ['x', 'y']);
    /** Node k of the first hidden layer (tanh of x, y) over the grid points. */
    const nodeValues = (k) => POINTS.map(([i, j]) => Math.tanh(w.layers[0].weights[k][0] * toX(i) + w.layers[0].weights[k][1] * toY(j) + w.layers[0].biases[k]));

    // Pointer hover (data-i 0 is the first node of the first hidden layer).
    const node0 = page.locator('#a .nnp-node[data-kind="node"][data-i="0"]');
    await node0.hover();
    await waitHeatmap(page, '#a', outputHash, true);
    assertPixelsShow(await heatmapPixels(page, '#a', POINTS), nodeValues(0), 'hovered node 0');
    assert.match(await node0.getAttribute('class'), /nnp-node-hover/);

    await page.mouse.move(2, 2);
    await waitHeatmap(page, '#a', outputHash, false);
    assert.doesNotMatch(await node0.getAttribute('class'), /nnp-node-hover/);

    // Keyboard focus on another node does the same, and blur restores.
    const node2 = page.locator('#a .nnp-node[data-kind="node"][data-i="2"]');
    await node2.focus();
    await waitHeatmap(page, '#a', outputHash, true);
    assertPixelsShow(await heatmapPixels(page, '#a', POINTS), nodeValues(2), 'focused node 2');
    await node2.evaluate((el) => el.blur());
    await waitHeatmap(page, '#a', outputHash, false);
    assert.equal(await get(page, () => pg.epoch), 40);
  });
});

/** [layer, node, source] of the link with data-i = k: links are numbered layer by layer, node by node, source by source. */
function linkPosition(sizes, k) {
  for (let l = 1; l < sizes.length; l++) {
    const n = sizes[l] * sizes[l - 1];
    if (k < n) return [l, Math.floor(k / sizes[l - 1]), k % sizes[l - 1]];
    k -= n;
  }
  throw new Error('no such link');
}

function changedWeights(a, b) {
  const out = [];
  a.layers.forEach((layer, l) => {
    layer.weights.forEach((row, n) => row.forEach((v, s) => v !== b.layers[l].weights[n][s] && out.push({ layer: l, node: n, source: s, value: b.layers[l].weights[n][s] })));
    layer.biases.forEach((v, n) => v !== b.layers[l].biases[n] && out.push({ layer: l, node: n, bias: true, value: b.layers[l].biases[n] }));
  });
  return out;
}

test('a weight edited from the keyboard (Tab to a link, Enter, type 1.5, Enter) lands in getWeights(); Escape changes nothing', async () => {
  await withPage('keyboard edit', {}, async (page) => {
    await create(page, 'pg', '#a', { config: { seed: '0.11111' } });
    await get(page, () => void pg.step(5));
    const shadowActive = () => page.evaluate(() => {
      const a = document.querySelector('#a').shadowRoot.activeElement;
      return a ? { cls: a.getAttribute('class'), kind: a.getAttribute('data-kind'), i: a.getAttribute('data-i'), label: a.getAttribute('aria-label') } : null;
    });

    // From the output node, Tab reaches the links (they follow the nodes), then the next ones.
    await page.locator('#a .nnp-node[data-kind="node"]').last().focus();
    await page.keyboard.press('Tab');
    let active = await shadowActive();
    assert.equal(active?.kind, 'link', `Tab after the output node focuses a link: ${JSON.stringify(active)}`);
    assert.match(active.cls, /nnp-link-hit/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    active = await shadowActive();
    assert.equal(active?.kind, 'link');
    const k = Number(active.i);
    assert.equal(k, 3);
    // Focus shows the reading card.
    await page.waitForFunction(() => /Weight is/.test(document.querySelector('#a').shadowRoot.querySelector('.nnp-card')?.textContent ?? ''));

    const before = await get(page, () => pg.getWeights());
    await page.keyboard.press('Enter');
    const input = page.locator('#a .nnp-card-input');
    await input.waitFor();
    assert.equal((await shadowActive()).kind, 'card-input', 'Enter moves focus into the number input');
    await page.keyboard.type('1.5');
    await page.keyboard.press('Enter');
    const afterEdit = await get(page, () => pg.getWeights());
    const changed = changedWeights(before, afterEdit);
    const [l, node, source] = linkPosition([2, 4, 2, 1], k);
    assert.deepEqual(changed, [{ layer: l - 1, node, source, value: 1.5 }], 'exactly the edited weight changed, to 1.5');
    assert.equal(await input.count(), 0, 'the input closes after Enter');
    // Focus goes back to the link; its name and the card read the new value.
    active = await shadowActive();
    assert.equal(active?.i, String(k));
    assert.match(active.label, /: 1\.5$/);
    await page.waitForFunction(() => /Weight is 1\.5\./.test(document.querySelector('#a').shadowRoot.querySelector('.nnp-card')?.textContent ?? ''));

    // A second edit cancelled with Escape changes nothing.
    await page.keyboard.press('Enter');
    await input.waitFor();
    await page.keyboard.type('-3');
    await page.keyboard.press('Escape');
    assert.equal(await input.count(), 0, 'Escape closes the input');
    assert.deepEqual(await get(page, () => pg.getWeights()), afterEdit);
    assert.equal((await shadowActive())?.i, String(k), 'Escape gives focus back to the link');
  });
});

test('two widgets on one page are independent, and the same config trained the same steps gives identical weights', async () => {
  await withPage('two widgets', {}, async (page) => {
    const config = { seed: 'twins', dataset: 'xor', networkShape: [3, 3] };
    await create(page, 'pgA', '#a', { config });
    await create(page, 'pgB', '#b', { config });
    const initialB = await get(page, () => pgB.getWeights());
    assert.deepEqual(await get(page, () => pgA.getWeights()), initialB, 'same seed, same initial weights');

    await get(page, () => void pgA.step(25));
    assert.equal(await get(page, () => pgB.epoch), 0);
    assert.deepEqual(await get(page, () => pgB.getWeights()), initialB, 'training A left B alone');
    assert.notDeepEqual(await get(page, () => pgA.getWeights()), initialB);

    // A real click on A's play trains A only.
    await page.locator('#a .nnp-play').click();
    await page.waitForFunction(() => pgA.epoch >= 35);
    await page.locator('#a .nnp-play').click();
    assert.equal(await get(page, () => pgB.epoch), 0);
    assert.equal(await get(page, () => pgB.playing), false);
    assert.deepEqual(await get(page, () => pgB.getWeights()), initialB);
    // B's own step button steps B only.
    const epochA = await get(page, () => pgA.epoch);
    await page.locator('#b .nnp-icon-button[aria-label="Step one epoch"]').click();
    assert.equal(await get(page, () => pgB.epoch), 1);
    assert.equal(await get(page, () => pgA.epoch), epochA);

    // Same config, same number of epochs: the same numbers.
    await page.evaluate((n) => void pgB.step(n), epochA - 1);
    assert.equal(await get(page, () => pgB.epoch), epochA);
    assert.deepEqual(await get(page, () => pgB.getWeights()), await get(page, () => pgA.getWeights()));
    assert.equal(await get(page, () => pgB.trainLoss), await get(page, () => pgA.trainLoss));
    await frames(page, 2);
    assert.equal(await heatmapHash(page, '#b'), await heatmapHash(page, '#a'), 'same weights, same picture');
  });
});

test('clicking a feature node toggles it, a dataset thumbnail picks the dataset, +/- buttons change networkShape, menus set the config', async () => {
  await withPage('ui edits', {}, async (page) => {
    await create(page, 'pg', '#a', { config: { seed: '0.11111' } });
    const changes = [];
    await page.exposeFunction('recordChange', (c) => changes.push(c));
    await get(page, () => void pg.on('configchange', (e) => window.recordChange({ changed: e.changed, source: e.source })));
    const inputs = () => get(page, () => pg.getWeights().inputs);
    const shape = () => get(page, () => pg.config.networkShape);
    const hiddenNodes = () => page.locator('#a .nnp-node[data-kind="node"]').count();

    const xSquared = page.locator('#a .nnp-feature[data-id="xSquared"]');
    assert.equal(await xSquared.getAttribute('aria-pressed'), 'false');
    await xSquared.click();
    assert.equal(await get(page, () => pg.config.xSquared), true);
    assert.deepEqual(await inputs(), ['x', 'y', 'xSquared']);
    await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('.nnp-feature[data-id="xSquared"]').getAttribute('aria-pressed') === 'true');
    // 3 inputs × 4 + 4 × 2 + 2 × 1 links are drawn.
    await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelectorAll('.nnp-link-hit').length === 22);

    await page.locator('#a .nnp-feature[data-id="x"]').click();
    assert.equal(await get(page, () => pg.config.x), false);
    assert.deepEqual(await inputs(), ['y', 'xSquared']);
    await page.locator('#a .nnp-feature[data-id="xSquared"]').click();
    assert.deepEqual(await inputs(), ['y']);

    // Data set thumbnails: circle, xor, gauss, spiral.
    const datasets = page.locator('#a .nnp-dataset:visible');
    assert.equal(await datasets.count(), 7); // the original four, then moons, checkerboard, rings
    await datasets.nth(3).click();
    assert.equal(await get(page, () => pg.config.dataset), 'spiral');
    await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelectorAll('.nnp-dataset')[3].getAttribute('aria-pressed') === 'true');
    await datasets.nth(1).click();
    assert.equal(await get(page, () => pg.config.dataset), 'xor');

    // Neurons and layers.
    assert.deepEqual(await shape(), [4, 2]);
    await page.locator('#a [data-kind="neuron-add"][data-l="0"]').click();
    assert.deepEqual(await shape(), [5, 2]);
    await page.locator('#a [data-kind="neuron-remove"][data-l="1"]').click();
    assert.deepEqual(await shape(), [5, 1]);
    await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelectorAll('.nnp-node[data-kind="node"]').length === 7);
    await page.locator('#a [data-kind="layer-add"]').click();
    assert.deepEqual(await shape(), [5, 1, 2]);
    await page.waitForFunction(() => /^3 hidden layers$/i.test(document.querySelector('#a').shadowRoot.querySelector('.nnp-network-header span.nnp-column-title').textContent));
    await page.locator('#a [data-kind="layer-remove"]').click();
    await page.locator('#a [data-kind="layer-remove"]').click();
    assert.deepEqual(await shape(), [5]);
    await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelectorAll('.nnp-node[data-kind="node"]').length === 6);
    assert.equal(await hiddenNodes(), 6);
    // The last neuron of a layer cannot be removed.
    await page.locator('#a [data-kind="neuron-remove"][data-l="0"]').click();
    await page.locator('#a [data-kind="neuron-remove"][data-l="0"]').click();
    await page.locator('#a [data-kind="neuron-remove"][data-l="0"]').click();
    await page.locator('#a [data-kind="neuron-remove"][data-l="0"]').click();
    assert.deepEqual(await shape(), [1]);
    await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('[data-kind="neuron-remove"][data-l="0"]')?.disabled === true);

    // Menus: learning rate applies live (epoch kept), activation rebuilds.
    await get(page, () => void pg.step(3));
    await page.locator('#a #nnp-learningRate').selectOption('0.3');
    assert.equal(await get(page, () => pg.config.learningRate), 0.3);
    assert.equal(await get(page, () => pg.epoch), 3);
    await page.locator('#a #nnp-activation').selectOption('relu');
    assert.equal(await get(page, () => pg.config.activation), 'relu');
    assert.equal(await get(page, () => pg.epoch), 0);

    assert.ok(changes.length >= 12 && changes.every((c) => c.source === 'ui'), `configchange events from the UI: ${JSON.stringify(changes)}`);
  });
});

// ------------------------------------------------------------- screenshots

async function shoot(page, file, opts = {}) {
  await frames(page, 3);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SCREENSHOTS, file), ...opts });
}

/** Trains until the heatmap shows it: waits for the epoch readout. */
async function trained(page, host, epochs) {
  await page.evaluate(([host, epochs]) => void window[host === '#a' ? 'pg' : 'pgB'].step(epochs), [host, epochs]);
  const text = String(epochs).padStart(6, '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  await page.waitForFunction(([host, text]) => document.querySelector(host).shadowRoot.querySelector('.nnp-epoch-value')?.textContent === text, [host, text]);
}

test('screenshot default.png: default config, seed 0.11111, 50 epochs, 1280 wide', async () => {
  await withPage('default.png', { width: 1280, height: 640 }, async (page) => {
    await create(page, 'pg', '#a', { config: { seed: '0.11111' } });
    await trained(page, '#a', 50);
    await shoot(page, 'default.png');
  });
});

test('screenshot spiral-6x8-all-features.png: spiral, six layers of 8, all seven features, 300 epochs', async () => {
  await withPage('spiral-6x8-all-features.png', { width: 1280, height: 620 }, async (page) => {
    await create(page, 'pg', '#a', {
      config: { seed: '0.11111', dataset: 'spiral', networkShape: [8, 8, 8, 8, 8, 8], x: true, y: true, xSquared: true, ySquared: true, xTimesY: true, sinX: true, sinY: true },
    });
    assert.equal(await get(page, () => pg.getWeights().inputs.length), 7);
    await trained(page, '#a', 300);
    // Every hidden node and the output are drawn, and none spills out of the widget.
    assert.equal(await page.locator('#a .nnp-node[data-kind="node"]').count(), 49);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 1280, `page scrolls sideways: ${overflow}px`);
    await shoot(page, 'spiral-6x8-all-features.png');
  });
});

test('screenshot narrow-360.png: a 360 px wide phone, full page, nothing wider than the screen', async () => {
  await withPage('narrow-360.png', { width: 360, height: 740 }, async (page) => {
    await create(page, 'pg', '#a', { config: { seed: '0.11111' } });
    await trained(page, '#a', 50);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `page scrolls sideways at 360 px: ${width}px`);
    // Every control of the widget sits within the screen's width.
    const outside = await page.evaluate(() => {
      const root = document.querySelector('#a').shadowRoot;
      return [...root.querySelectorAll('button, select, input, canvas')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ el: el.className || el.id || el.tagName, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.left < 0 || r.right > 360)
        .map(({ el, r }) => `${el} ${Math.round(r.left)}..${Math.round(r.right)}`);
    });
    assert.deepEqual(outside, []);
    await shoot(page, 'narrow-360.png', { fullPage: true });
  });
});

test('screenshot dark.png: theme dark after 80 epochs', async () => {
  await withPage('dark.png', { width: 1280, height: 640, colorScheme: 'dark' }, async (page) => {
    await page.evaluate(() => (document.body.style.background = '#101214'));
    await create(page, 'pg', '#a', { theme: 'dark', config: { seed: '0.11111', dataset: 'xor', networkShape: [4, 2] } });
    await trained(page, '#a', 80);
    assert.equal(await page.locator('#a .nnp-root.nnp-dark').count(), 1);
    await shoot(page, 'dark.png');
  });
});

test('no page logged a console error or threw', () => {
  assert.ok(opened.length >= 9, `pages opened: ${opened.length}`);
  assert.deepEqual(opened.filter((p) => p.errors.length).map((p) => `${p.name}: ${p.errors.join(' | ')}`), []);
});
