// The embeds in real Chromium (run `npm run build` first): markup-only
// widgets ([data-nn-playground] and <nn-playground>) with their error boxes,
// live attributes, teardown on removal, DOM events; the iframe page's
// postMessage protocol; and every demo page, served under a strict
// Content-Security-Policy, loading with zero console errors. Each demo page
// is saved as __screenshots__/demo-<name>.png for people to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, SCREENSHOTS, launch, openPage, serve, frames } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

let server;
let browser;
let port;

before(async () => {
  await stat(join(ROOT, 'dist/nn-playground.min.js')).catch(() => {
    throw new Error('dist/nn-playground.min.js is missing: run `npm run build` first');
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  // Every page under the strict policy, except the cross-origin host page
  // (its frames come from the other origin, 127.0.0.1 vs localhost).
  server = await serve({ headers: (path) => (path.endsWith('/embed-host.html') ? {} : { 'content-security-policy': CSP }) });
  port = new URL(server.url).port;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens `path`, recording console errors (harness) and CSP violations (an
 * init script, in place before the page's own scripts run).
 */
async function open(path, { base = server.url, width = 1280, height = 900 } = {}) {
  const opened = await openPage(browser, 'about:blank', { width, height });
  await opened.page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await opened.page.goto(base + path);
  return opened;
}


const live = (selector) => `!!document.querySelector(${JSON.stringify(selector)})?.shadowRoot?.querySelector('.nnp-root')`;

// ------------------------------------------------------------ markup embeds

const MARKUP = '/test/browser/pages/embed-markup.html';

async function openMarkup() {
  const opened = await open(MARKUP);
  await opened.page.waitForFunction(`${live('#data-good')} && ${live('#element')} && ${live('#bad-neighbour')}`);
  return opened;
}

test('markup only: data attributes and <nn-playground> become working widgets; broken ones show a readable error naming the field, and their neighbours still work', async () => {
  const { page, errors, close } = await openMarkup();
  try {
    const result = await page.evaluate(() => {
      const $ = (id) => document.getElementById(id);
      const errorText = (id) => $(id).shadowRoot?.querySelector('.nnp-error')?.textContent ?? null;
      const good = $('data-good').playground.step(3);
      const element = $('element').playground.step(2);
      const neighbour = $('bad-neighbour').playground.step(1);
      return {
        good,
        element,
        neighbour,
        goodConfig: $('data-good').playground.config.dataset,
        elementConfig: $('element').playground.config.dataset,
        bad: errorText('bad'),
        badRole: $('bad').shadowRoot?.querySelector('.nnp-error')?.getAttribute('role'),
        badHasWidget: !!$('bad').shadowRoot?.querySelector('.nnp-root'),
        badPlayground: $('bad').playground ?? null,
        purple: errorText('purple'),
        purpleHasWidget: !!$('purple').shadowRoot?.querySelector('.nnp-root'),
        csp: window.__csp,
      };
    });
    assert.equal(result.good.epoch, 3);
    assert.ok(Number.isFinite(result.good.trainLoss) && Number.isFinite(result.good.testLoss));
    assert.equal(result.element.epoch, 2);
    assert.equal(result.neighbour.epoch, 1, 'the good neighbour of a broken embed trains');
    assert.equal(result.goodConfig, 'xor');
    assert.equal(result.elementConfig, 'circle');

    assert.match(result.bad, /activation/);
    assert.match(result.bad, /softmax/);
    assert.match(result.bad, /relu/, 'the error says what is allowed');
    assert.equal(result.badRole, 'alert');
    assert.equal(result.badHasWidget, false);
    assert.equal(result.badPlayground, null);
    assert.match(result.purple, /data-theme/);
    assert.match(result.purple, /purple/);
    assert.equal(result.purpleHasWidget, false);

    // The error box is visible and has a size (styled through the CSSOM, allowed by the CSP).
    const box = await page.locator('#bad .nnp-error').boundingBox();
    assert.ok(box && box.height > 10 && box.width > 100, 'the error box is visible');

    assert.deepEqual(result.csp, [], 'no Content-Security-Policy violations');
    // Exactly the two broken embeds reported themselves on the console.
    assert.equal(errors.length, 2, `console errors: ${errors.join(' | ')}`);
    assert.ok(errors.some((e) => /activation/.test(e) && /softmax/.test(e)));
    assert.ok(errors.some((e) => /data-theme/.test(e) && /purple/.test(e)));
  } finally {
    await close();
  }
});

test('<nn-playground>: a new config attribute updates the widget live; a new theme rebuilds it keeping the epoch; a bad config changes nothing', async () => {
  const { page, errors, close } = await openMarkup();
  try {
    const first = await page.evaluate(() => {
      const el = document.getElementById('element');
      const before = el.playground;
      el.setAttribute('config', 'dataset=xor&networkShape=3,2');
      return { same: before === el.playground, dataset: el.playground.config.dataset, shape: el.playground.config.networkShape };
    });
    assert.equal(first.same, true, 'a config change keeps the same widget');
    assert.equal(first.dataset, 'xor');
    assert.deepEqual(first.shape, [3, 2]);

    const second = await page.evaluate(() => {
      const el = document.getElementById('element');
      el.playground.step(4);
      const before = el.playground;
      const weights = JSON.stringify(before.getWeights());
      el.setAttribute('theme', 'dark');
      return {
        rebuilt: before !== el.playground,
        epoch: el.playground.epoch,
        sameWeights: JSON.stringify(el.playground.getWeights()) === weights,
        dark: !!el.shadowRoot.querySelector('.nnp-root.nnp-dark'),
        roots: el.shadowRoot.querySelectorAll('.nnp-root').length,
        dataset: el.playground.config.dataset,
      };
    });
    assert.equal(second.rebuilt, true);
    assert.equal(second.epoch, 4, 'the rebuilt widget keeps the epoch');
    assert.equal(second.sameWeights, true, 'and the trained weights');
    assert.equal(second.dark, true);
    assert.equal(second.roots, 1);
    assert.equal(second.dataset, 'xor');

    const third = await page.evaluate(() => {
      const el = document.getElementById('element');
      el.setAttribute('config', 'dataset=donut');
      return { dataset: el.playground.config.dataset, epoch: el.playground.epoch };
    });
    assert.equal(third.dataset, 'xor', 'a bad config attribute changes nothing');
    assert.equal(third.epoch, 4);
    const extra = errors.slice(2);
    assert.equal(extra.length, 1, `console errors: ${errors.join(' | ')}`);
    assert.match(extra[0], /dataset/);
    assert.match(extra[0], /donut/);
  } finally {
    await close();
  }
});

test('removing <nn-playground> destroys it: its shadow root empties and nnp:step events stop; removing a [data-nn-playground] element destroys its widget too', async () => {
  const { page, close } = await openMarkup();
  try {
    // Both widgets playing, counting their step events.
    await page.evaluate(() => {
      window.__steps = { element: 0, data: 0 };
      const el = document.getElementById('element');
      const div = document.getElementById('data-good');
      el.addEventListener('nnp:step', () => window.__steps.element++);
      div.addEventListener('nnp:step', () => window.__steps.data++);
      window.__keep = { el, div, elApi: el.playground, divApi: div.playground };
      el.playground.play();
      div.playground.play();
    });
    await page.waitForFunction(() => window.__steps.element >= 3 && window.__steps.data >= 3);

    await page.evaluate(() => window.__keep.el.remove());
    await page.waitForFunction(() => window.__keep.el.shadowRoot.childElementCount === 0 && window.__keep.el.playground === null);
    const elCount = await page.evaluate(() => window.__steps.element);
    await frames(page, 10);
    const after = await page.evaluate(() => ({ steps: window.__steps.element, playing: window.__keep.elApi.playing, data: window.__steps.data }));
    assert.equal(after.steps, elCount, 'no more frames once the element is removed');
    assert.equal(after.playing, false);
    assert.ok(after.data > 3, 'the other widget is still playing');

    await page.evaluate(() => window.__keep.div.remove());
    await page.waitForFunction(() => window.__keep.div.shadowRoot.childElementCount === 0 && window.__keep.div.playground === null);
    const divCount = await page.evaluate(() => window.__steps.data);
    await frames(page, 10);
    assert.equal(await page.evaluate(() => window.__steps.data), divCount, 'the observer destroyed the removed widget');
    assert.equal(await page.evaluate(() => window.__keep.divApi.playing), false);
  } finally {
    await close();
  }
});

test('moving an embed (remove and re-insert in one task) keeps its widget', async () => {
  const { page, close } = await openMarkup();
  try {
    await page.evaluate(() => {
      const el = document.getElementById('element');
      const div = document.getElementById('data-good');
      el.playground.step(2);
      div.playground.step(3);
      window.__apis = [el.playground, div.playground];
      document.getElementById('later').append(el, div);
    });
    await frames(page, 3);
    const moved = await page.evaluate(() => {
      const el = document.getElementById('element');
      const div = document.getElementById('data-good');
      return { el: el.playground === window.__apis[0] && el.playground.epoch, div: div.playground === window.__apis[1] && div.playground.epoch, live: !!el.shadowRoot.querySelector('.nnp-root') && !!div.shadowRoot.querySelector('.nnp-root') };
    });
    assert.deepEqual(moved, { el: 2, div: 3, live: true });
  } finally {
    await close();
  }
});

test('NNPlayground.mountAll(root) mounts elements added later, and the observer mounts them by itself too', async () => {
  const { page, errors, close } = await openMarkup();
  try {
    const manual = await page.evaluate(() => {
      const box = document.createElement('section');
      box.innerHTML = '<div class="a" data-nn-playground="dataset=spiral&amp;seed=later-1" data-parts="heatmap"></div>';
      document.getElementById('later').append(box);
      const mounted = window.NNPlayground.mountAll(box); // same task: before the observer runs
      const el = box.querySelector('.a');
      return { count: mounted.length, same: mounted[0] === el.playground, dataset: el.playground?.config.dataset, again: window.NNPlayground.mountAll(box).length };
    });
    assert.deepEqual(manual, { count: 1, same: true, dataset: 'spiral', again: 0 });
    await frames(page, 3);
    assert.equal(await page.evaluate(() => document.querySelector('#later .a').shadowRoot.querySelectorAll('.nnp-root').length), 1, 'the observer did not mount it twice');

    await page.evaluate(() => {
      const div = document.createElement('div');
      div.className = 'b';
      div.setAttribute('data-nn-playground', 'dataset=gauss&seed=later-2');
      div.setAttribute('data-parts', 'heatmap playButton');
      document.getElementById('later').append(div);
    });
    await page.waitForFunction(`${live('#later .b')}`);
    const auto = await page.evaluate(() => {
      const el = document.querySelector('#later .b');
      return { dataset: el.playground.config.dataset, epoch: el.playground.step(2).epoch };
    });
    assert.deepEqual(auto, { dataset: 'gauss', epoch: 2 });
    assert.equal(errors.length, 2, `only the two broken embeds of the page log errors: ${errors.join(' | ')}`);
  } finally {
    await close();
  }
});

test('element events: nnp:step CustomEvents bubble out of both kinds of embed when el.playground.step(2) runs', async () => {
  const { page, close } = await openMarkup();
  try {
    const seen = await page.evaluate(() => {
      const seen = [];
      const listener = (e) => seen.push({ target: e.target.id, epoch: e.detail.epoch, bubbles: e.bubbles, composed: e.composed, finite: Number.isFinite(e.detail.trainLoss) });
      document.addEventListener('nnp:step', listener);
      document.getElementById('element').playground.step(2);
      document.getElementById('data-good').playground.step(2);
      document.removeEventListener('nnp:step', listener);
      return seen;
    });
    assert.deepEqual(seen, [
      { target: 'element', epoch: 1, bubbles: true, composed: true, finite: true },
      { target: 'element', epoch: 2, bubbles: true, composed: true, finite: true },
      { target: 'data-good', epoch: 1, bubbles: true, composed: true, finite: true },
      { target: 'data-good', epoch: 2, bubbles: true, composed: true, finite: true },
    ]);
  } finally {
    await close();
  }
});

// ------------------------------------------------------------ iframe protocol

/** Records every message the page receives, with whether it came from the demo's frame. */
async function recordMessages(page) {
  await page.addInitScript(() => {
    window.__msgs = [];
    window.addEventListener('message', (e) => {
      const frame = document.querySelector('iframe.embed-frame');
      window.__msgs.push({ data: e.data, fromFrame: !!frame && e.source === frame.contentWindow, origin: e.origin });
    });
  });
}

function sendCommand(page, command, args, id) {
  return page.evaluate(([command, args, id]) => {
    const message = { type: 'nnp:command', command, id };
    if (args !== undefined) message.args = args;
    document.querySelector('iframe.embed-frame').contentWindow.postMessage(message, location.origin);
  }, [command, args, id]);
}

async function result(page, id) {
  await page.waitForFunction((id) => window.__msgs.some((m) => m.data?.type === 'nnp:result' && m.data.id === id), id);
  return page.evaluate((id) => window.__msgs.find((m) => m.data?.type === 'nnp:result' && m.data.id === id).data, id);
}

test('the iframe page answers postMessage commands, sends ready/step/loss/configchange events, throttles steps, and ignores other windows', async () => {
  const opened = await openPage(browser, 'about:blank');
  const { page, errors, close } = opened;
  try {
    await recordMessages(page);
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(server.url + '/demos/iframe.html');
    await page.waitForFunction(() => window.__msgs.some((m) => m.fromFrame && m.data?.event === 'ready'));
    const ready = await page.evaluate(() => window.__msgs.find((m) => m.data?.event === 'ready'));
    assert.equal(ready.fromFrame, true);
    assert.equal(ready.origin, server.url);
    assert.equal(ready.data.detail.config.dataset, 'circle');
    assert.equal(ready.data.detail.epoch, 0);
    assert.match(ready.data.detail.url, /^#activation=tanh&/);

    // step: the answer, and the last step event before it
    await sendCommand(page, 'step', 5, 's1');
    const stepped = await result(page, 's1');
    assert.equal(stepped.ok, true);
    assert.equal(stepped.result.epoch, 5);
    const beforeAnswer = await page.evaluate(() => {
      const i = window.__msgs.findIndex((m) => m.data?.id === 's1');
      const events = window.__msgs.slice(0, i).filter((m) => m.data?.type === 'nnp:event');
      return { steps: events.filter((m) => m.data.event === 'step').map((m) => m.data.detail.epoch), losses: events.filter((m) => m.data.event === 'loss').map((m) => m.data.detail.epoch) };
    });
    assert.equal(beforeAnswer.steps.at(-1), 5, 'the last step event is always sent, before the answer');
    assert.ok(beforeAnswer.steps.length < 5, `step events are throttled (${beforeAnswer.steps})`);
    assert.equal(beforeAnswer.losses.at(-1), 5);

    // setConfig: a configchange event comes back, then the answer
    await sendCommand(page, 'setConfig', { dataset: 'xor' }, 'c1');
    const configured = await result(page, 'c1');
    assert.equal(configured.ok, true);
    assert.equal(configured.result.config.dataset, 'xor');
    assert.match(configured.result.url, /dataset=xor/);
    const change = await page.evaluate(() => window.__msgs.find((m) => m.data?.event === 'configchange')?.data.detail);
    assert.ok(change, 'a configchange event came back');
    assert.ok(change.changed.includes('dataset'));
    assert.equal(change.source, 'api');
    assert.ok(await page.evaluate(() => window.__msgs.some((m) => m.data?.event === 'reset')), 'and the reset it caused');

    // errors are answers too
    await sendCommand(page, 'setConfig', { dataset: 'donut' }, 'c2');
    const bad = await result(page, 'c2');
    assert.equal(bad.ok, false);
    assert.match(bad.error, /dataset/);
    await sendCommand(page, 'explode', undefined, 'x1');
    const unknown = await result(page, 'x1');
    assert.equal(unknown.ok, false);
    assert.match(unknown.error, /unknown command/);

    // play for a while: step events stay at about ten a second
    const t0 = await page.evaluate(() => performance.now());
    await sendCommand(page, 'play', undefined, 'p1');
    assert.equal((await result(page, 'p1')).result.playing, true);
    await page.waitForFunction(() => window.__msgs.some((m) => m.data?.event === 'step' && m.data.detail.epoch >= 40));
    await sendCommand(page, 'pause', undefined, 'p2');
    const paused = await result(page, 'p2');
    const t1 = await page.evaluate(() => performance.now());
    const played = await page.evaluate(() => {
      const from = window.__msgs.findIndex((m) => m.data?.id === 'p1');
      const to = window.__msgs.findIndex((m) => m.data?.id === 'p2');
      return window.__msgs.slice(from, to).filter((m) => m.data?.event === 'step').length;
    });
    const epochs = paused.result.epoch;
    assert.ok(epochs >= 40);
    assert.ok(played <= (t1 - t0) / 100 + 3, `${played} step events in ${Math.round(t1 - t0)} ms`);
    assert.ok(played < epochs - 5, `${played} step events for ${epochs} epochs`);

    // a sibling frame of the same origin is not the parent: ignored
    await page.evaluate(() => {
      const sibling = document.createElement('iframe');
      sibling.name = 'sibling';
      sibling.title = 'sibling';
      document.body.append(sibling);
    });
    const sibling = page.frame({ name: 'sibling' });
    assert.ok(sibling);
    await sibling.evaluate(() => {
      window.__got = [];
      window.addEventListener('message', (e) => window.__got.push(e.data));
      const target = parent.document.querySelector('iframe.embed-frame').contentWindow;
      target.postMessage({ type: 'nnp:command', command: 'step', args: 7, id: 'evil' }, '*');
      target.postMessage({ type: 'nnp:command', command: 'setConfig', args: { dataset: 'spiral' }, id: 'evil2' }, '*');
    });
    await sendCommand(page, 'getState', undefined, 'g1');
    const state = await result(page, 'g1');
    assert.equal(state.ok, true);
    assert.equal(state.result.epoch, epochs, 'the sibling\'s step was ignored');
    assert.equal(state.result.config.dataset, 'xor', 'and its setConfig too');
    await frames(page, 5);
    assert.deepEqual(await sibling.evaluate(() => window.__got), [], 'the sibling got no answer');
    assert.equal(await page.evaluate(() => window.__msgs.some((m) => /^evil/.test(String(m.data?.id)))), false);

    // the host page's buttons drive the same protocol
    await page.click('button[data-command="step"]');
    await page.waitForFunction((n) => window.__msgs.some((m) => m.data?.type === 'nnp:result' && m.data.result?.epoch === n + 1), epochs);

    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

/** The playwright Frame of the iframe named `name`, once it has loaded. */
async function frameNamed(page, name) {
  for (let k = 0; k < 300; k++) {
    const frame = page.frame({ name });
    if (frame && frame.url().includes('embed.html')) {
      await frame.waitForLoadState('load');
      return frame;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`no frame named ${name}`);
}

test('with ?origin= the frame only obeys that origin: a parent from another origin is ignored, the right one is answered', async () => {
  // The host page is on http://localhost:<port>, the frames on http://127.0.0.1:<port>.
  const hostOrigin = `http://localhost:${port}`;
  const frameOrigin = `http://127.0.0.1:${port}`;
  const { page, errors, close } = await openPage(browser, `${hostOrigin}/test/browser/pages/embed-host.html`);
  try {
    await page.evaluate(([frameOrigin, hostOrigin]) => {
      window.__msgs = [];
      window.addEventListener('message', (e) => window.__msgs.push({ data: e.data, origin: e.origin, frame: e.source === window.frames[0] ? 'wrong' : e.source === window.frames[1] ? 'right' : 'other' }));
      const add = (name, allowed) => {
        const frame = document.createElement('iframe');
        frame.name = name;
        frame.title = name;
        frame.src = `${frameOrigin}/demos/embed.html?origin=${encodeURIComponent(allowed)}&parts=heatmap%20epoch#dataset=xor&seed=${name}`;
        document.getElementById('frames').append(frame);
      };
      add('wrong', frameOrigin); // expects a parent on 127.0.0.1: not us
      add('right', hostOrigin);
    }, [frameOrigin, hostOrigin]);

    await page.waitForFunction(() => window.__msgs.some((m) => m.frame === 'right' && m.data?.event === 'ready'));
    const wrong = await frameNamed(page, 'wrong');
    const right = await frameNamed(page, 'right');
    const epochShown = () => document.getElementById('playground').shadowRoot?.querySelector('.nnp-epoch-value')?.textContent ?? '';
    await wrong.waitForFunction(() => !!document.getElementById('playground').shadowRoot?.querySelector('.nnp-epoch-value'));
    const before = await wrong.evaluate(epochShown);
    assert.match(before, /^0+[,.\s]?0+$/);

    await page.evaluate(() => {
      window.frames[0].postMessage({ type: 'nnp:command', command: 'step', args: 5, id: 'w1' }, '*');
      window.frames[0].postMessage({ type: 'nnp:command', command: 'getState', id: 'w2' }, '*');
      window.frames[1].postMessage({ type: 'nnp:command', command: 'step', args: 3, id: 'r1' }, '*');
    });
    await page.waitForFunction(() => window.__msgs.some((m) => m.data?.id === 'r1'));
    await right.waitForFunction(() => /3$/.test(document.getElementById('playground').shadowRoot.querySelector('.nnp-epoch-value').textContent));
    await frames(page, 10);
    const seen = await page.evaluate(() => window.__msgs.map((m) => ({ frame: m.frame, origin: m.origin, type: m.data?.type, event: m.data?.event, id: m.data?.id, ok: m.data?.ok })));
    const r1 = seen.find((m) => m.id === 'r1');
    assert.deepEqual(r1, { frame: 'right', origin: frameOrigin, type: 'nnp:result', event: undefined, id: 'r1', ok: true });
    assert.equal(seen.some((m) => m.frame === 'wrong'), false, 'the frame locked to another origin neither answers nor reports to us');
    // The command was ignored, not just unanswered: the wrong frame did not train.
    assert.equal(await wrong.evaluate(epochShown), before);
    // The only console errors: the browser refusing the locked frame's events to this origin.
    const unexpected = errors.filter((e) => !/target origin provided/i.test(e));
    assert.deepEqual(unexpected, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('embed.html reads a bad link leniently: a dismissible notice and console warnings name the bad keys, the defaults are kept, no console errors', async () => {
  const { page, errors, close } = await open('/demos/embed.html?parts=-data%20-legend&theme=dark#dataset=xor&activation=softmax&noise=500&disableViews=true&networkShape=3');
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  try {
    await page.waitForFunction(`${live('#playground')}`);
    const notice = await page.evaluate(() => ({ hidden: document.getElementById('notice').hidden, text: document.getElementById('notice').textContent }));
    assert.equal(notice.hidden, false);
    assert.match(notice.text, /activation/);
    assert.match(notice.text, /noise/);
    assert.match(notice.text, /disableViews/);
    await page.click('#notice-close');
    assert.equal(await page.evaluate(() => document.getElementById('notice').hidden), true);
    const dark = await page.evaluate(() => !!document.getElementById('playground').shadowRoot.querySelector('.nnp-root.nnp-dark'));
    assert.equal(dark, true);
    const hiddenData = await page.evaluate(() => document.getElementById('playground').shadowRoot.querySelector('.nnp-data')?.classList.contains('nnp-hidden') ?? true);
    assert.equal(hiddenData, true, 'parts=-data hides the data column');
    assert.deepEqual(errors, []);
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
  } finally {
    await close();
  }
});

// ------------------------------------------------------------ demo pages

/** Each demo page: what to wait for, and a little exercise before the screenshot. */
const DEMOS = [
  {
    name: 'index',
    path: '/demos/index.html#activation=tanh&dataset=xor&networkShape=4,2&seed=demo',
    async check(page) {
      await page.waitForFunction(`${live('#playground')}`);
      const state = await page.evaluate(() => ({ dataset: window.playground.config.dataset, epoch: window.playground.step(30).epoch }));
      assert.deepEqual(state, { dataset: 'xor', epoch: 30 }, 'the link in the address bar sets the config');
      await page.evaluate(() => window.playground.setConfig({ noise: 10 }));
      assert.match(await page.evaluate(() => location.hash), /noise=10/, 'changes are written back into the address');
      await page.evaluate(() => window.playground.step(50));
    },
  },
  {
    name: 'blog-post',
    path: '/demos/blog-post.html',
    async check(page) {
      await page.waitForFunction(`${live('#bare')} && ${live('#inside')} && ${live('#full')}`);
      const shown = await page.evaluate(() => {
        const visible = (id, cls) => {
          const node = document.getElementById(id).shadowRoot.querySelector(cls);
          return !!node && node.getClientRects().length > 0 && !node.closest('.nnp-hidden');
        };
        return {
          bareHeatmap: visible('bare', '.nnp-heatmap'),
          barePlay: visible('bare', '.nnp-play'),
          bareNetwork: visible('bare', '.nnp-diagram'),
          insideNetwork: visible('inside', '.nnp-diagram'),
          insideHeatmap: visible('inside', '.nnp-heatmap'),
          fullAll: ['.nnp-heatmap', '.nnp-diagram', '.nnp-datasets', '.nnp-play'].every((c) => visible('full', c)),
        };
      });
      assert.deepEqual(shown, { bareHeatmap: true, barePlay: true, bareNetwork: false, insideNetwork: true, insideHeatmap: false, fullAll: true });
      await page.locator('#bare').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -160));
      await page.locator('#bare').locator('.nnp-play').click();
      await page.waitForFunction(() => /Epoch [1-9]/.test(document.getElementById('bare').shadowRoot.querySelector('.nnp-status')?.textContent ?? ''));
      await page.locator('#bare').locator('.nnp-play').click();
      // The reader's view: the first embed in the middle of the text.
      await page.evaluate(() => document.getElementById('bare').closest('figure').scrollIntoView({ block: 'center' }));
    },
  },
  {
    name: 'host-control',
    path: '/demos/host-control.html',
    async check(page) {
      await page.waitForFunction(`${live('#playground')}`);
      assert.equal(await page.evaluate(() => !!document.getElementById('playground').shadowRoot.querySelector('.nnp-play')), false, 'the widget has no controls of its own');
      await page.click('#step');
      await page.waitForFunction(() => document.getElementById('epoch').textContent === '10');
      await page.selectOption('#dataset', 'xor');
      await page.waitForFunction(() => /dataset=xor/.test(document.getElementById('share').getAttribute('href')));
      await page.click('#step');
      await page.click('#step');
      await page.click('#play');
      await page.waitForFunction(() => Number(document.getElementById('epoch').textContent) >= 40);
      await page.click('#play');
      await page.waitForFunction(() => document.getElementById('play').textContent === 'Play');
      const log = await page.evaluate(() => document.getElementById('log').textContent);
      for (const word of ['ready', 'step', 'configchange', 'reset', 'play', 'pause']) assert.match(log, new RegExp(word), `the log shows ${word}`);
      const link = await page.evaluate(() => document.getElementById('share').getAttribute('href'));
      assert.match(link, /^index\.html#activation=tanh&/);
    },
  },
  {
    name: 'cms',
    path: '/demos/cms.html',
    async check(page) {
      await page.waitForFunction(() => [...document.querySelectorAll('[data-nn-playground], nn-playground')].every((el) => el.shadowRoot?.querySelector('.nnp-root')));
      const configs = await page.evaluate(() => [...document.querySelectorAll('[data-nn-playground], nn-playground')].map((el) => ({ dataset: el.playground.config.dataset, shape: el.playground.config.networkShape.join(','), seed: el.playground.config.seed })));
      assert.deepEqual(configs.map((c) => c.dataset), ['xor', 'spiral', 'gauss']);
      assert.deepEqual(configs.map((c) => c.shape), ['4,4', '8,8,8', '4,2']);
      assert.equal(configs[2].seed, '0.56121', 'the pasted link keeps its seed');
      await page.evaluate(() => document.querySelectorAll('[data-nn-playground], nn-playground').forEach((el) => el.playground.step(25)));
    },
  },
  {
    name: 'iframe',
    path: '/demos/iframe.html',
    async check(page) {
      await page.waitForFunction(() => document.getElementById('frame-status').textContent === 'Connected.');
      const snippet = await page.evaluate(() => document.getElementById('snippet').textContent);
      assert.match(snippet, /^<iframe src="embed\.html#activation=tanh&amp;/);
      await page.click('button[data-command="xor"]');
      await page.waitForFunction(() => /configchange/.test(document.getElementById('log').textContent));
      for (let k = 0; k < 3; k++) await page.click('button[data-command="step"]');
      await page.waitForFunction(() => /epoch 3/.test(document.getElementById('log').textContent));
    },
  },
  {
    name: 'embed',
    viewport: { width: 960, height: 640 }, // the size of a typical frame
    path: '/demos/embed.html?theme=light#activation=tanh&dataset=spiral&networkShape=6,6&xSquared=true&ySquared=true&sinX=true&sinY=true&seed=embed',
    async check(page) {
      await page.waitForFunction(`${live('#playground')}`);
      assert.equal(await page.evaluate(() => document.getElementById('notice').hidden), true, 'a clean link raises no notice');
      const size = await page.evaluate(() => ({ w: document.getElementById('playground').getBoundingClientRect().width, vw: innerWidth, margin: getComputedStyle(document.body).margin }));
      assert.equal(size.w, size.vw, 'the widget fills the frame');
      assert.equal(size.margin, '0px');
      await page.locator('#playground').locator('.nnp-play').click();
      await page.waitForFunction(() => /Epoch [1-9]/.test(document.getElementById('playground').shadowRoot.querySelector('.nnp-status')?.textContent ?? ''));
      await page.locator('#playground').locator('.nnp-play').click();
    },
  },
];

for (const demo of DEMOS) {
  test(`demo page ${demo.name}: loads under a strict CSP with zero console errors and no policy violations; screenshot demo-${demo.name}.png`, async () => {
    const { page, errors, close } = await open(demo.path, demo.viewport);
    try {
      await demo.check(page);
      await frames(page, 3);
      await page.screenshot({ path: join(SCREENSHOTS, `demo-${demo.name}.png`) });
      assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no Content-Security-Policy violations');
      assert.deepEqual(errors, [], `console errors on ${demo.path}`);
    } finally {
      await close();
    }
  });
}
