// Reliability in real Chromium (run `npm run build` first): hostile strings
// never become HTML, a strict CSP page gets a styled working widget with no
// violation, 100 create/destroy cycles leak nothing, divergence is caught and
// recoverable, a hostile host page cannot break the widget (nor the widget the
// page), ten widgets train exactly like lone trainers, hidden and zero-size
// hosts draw once shown, and the host's --nnp-* properties theme the widget.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, SCREENSHOTS, launch, openPage, serve, frames } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const PAGES = '/test/browser/pages';

let server;
let browser;

before(async () => {
  await stat(join(ROOT, 'dist/nn-playground.min.js')).catch(() => {
    throw new Error('dist/nn-playground.min.js is missing: run `npm run build` first');
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await serve({ headers: (path) => (path.endsWith('/reliability-csp.html') ? { 'content-security-policy': CSP } : {}) });
  // gc() for the heap figure of the lifecycle test.
  browser = await launch(['--js-flags=--expose-gc']);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page (init scripts first, then the address) and waits for the bundle. */
async function open(path, { init = [], width = 1280, height = 900 } = {}) {
  const opened = await openPage(browser, 'about:blank', { width, height });
  opened.page.setDefaultTimeout(15_000);
  for (const script of init) await opened.page.addInitScript(script);
  await opened.page.goto(server.url + path);
  await opened.page.waitForFunction(() => typeof window.NNPlayground?.createPlayground === 'function');
  return opened;
}


// ------------------------------------------------------------------------ XSS

const PAYLOADS = [
  `<img src=x onerror="window.__pwn('img')">`,
  `"><script>window.__pwn('script')</script>`,
  `'><svg onload=__pwn('svg')>`,
  `</style><img src=x onerror=__pwn('style')>`,
];
const PAY = PAYLOADS.join('');
/** Valid where a seed goes (no & = # % ®, white space or control characters). */
const SEED_PAY = `"><script>__pwn('seed')</script>`;

/** In every window: window.__pwn records a payload that ran; window.__pwned stays undefined when none did. */
function pwnTrap() {
  window.__pwn = (what) => {
    (window.__pwned ||= []).push(what);
  };
}

/** Elements an HTML payload would create, in the light DOM and every shadow root of `doc` (own frames included). */
function injectedIn(doc) {
  const found = [];
  const walk = (root, where) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      const onAttr = [...el.attributes].find((a) => /^on/i.test(a.name));
      if (['img', 'iframe', 'object', 'embed'].includes(tag) && !el.hasAttribute('data-test-frame')) found.push(`${where} <${tag}>`);
      if (tag === 'script' && !/\/(dist\/nn-playground\.min|demos\/embed)\.js$/.test(el.src)) found.push(`${where} <script>${el.textContent.slice(0, 40)}`);
      if (onAttr) found.push(`${where} <${tag} ${onAttr.name}>`);
      if (el.shadowRoot) walk(el.shadowRoot, `${where} #${el.id || tag} shadow`);
    }
  };
  walk(doc, 'document');
  return found;
}

/** All text and attribute values in a document and its shadow roots (to see the payload arrived, as text). */
function allText(doc) {
  const parts = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      for (const a of el.attributes) parts.push(a.value);
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.textContent ?? '');
        for (const child of el.shadowRoot.children) parts.push(child.textContent);
        walk(el.shadowRoot);
      }
    }
  };
  parts.push(doc.body?.textContent ?? '');
  walk(doc);
  return parts.join('\n');
}

test('XSS: <img onerror> and "><script> payloads through labels, config strings, seeds, data attributes, custom element attributes, setConfig errors, the iframe hash and postMessage all stay text', async () => {
  const { page, close } = await open(`${PAGES}/reliability.html`, { init: [pwnTrap] });
  try {
    const frameUrl = (query, hash) => `/demos/embed.html?${query}#${hash}`;
    // The iframe page: payloads in the hash (bad values, unknown names, a seed) and the query.
    const hashFrame = frameUrl(
      `theme=${encodeURIComponent(PAY)}&parts=${encodeURIComponent(PAY)}`,
      `activation=${encodeURIComponent(PAY)}&${encodeURIComponent(PAY)}=1&dataset=${PAY}&seed=${encodeURIComponent(SEED_PAY)}`,
    );
    const originFrame = frameUrl(`origin=${encodeURIComponent(PAY)}`, 'seed=x');
    const messageFrame = frameUrl('theme=dark', `seed=${encodeURIComponent(SEED_PAY)}`);

    const results = await page.evaluate(
      async ({ PAY, SEED_PAY, hashFrame, originFrame, messageFrame }) => {
        const NNP = window.NNPlayground;
        const out = { thrown: [] };
        const add = (tag, attrs = {}) => {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          document.body.append(el);
          return el;
        };

        // 1. createPlayground: every label, and strings in the config.
        const labels = Object.fromEntries(Object.keys(NNP.DEFAULT_LABELS).map((k) => [k, `${PAY}${k}`]));
        const a = NNP.createPlayground('#a', { labels, config: { seed: SEED_PAY, tutorial: SEED_PAY }, trainOffscreen: true });
        a.step(3);
        a.play();
        // A config string with the payload in a seed (valid) and a diverging run, to show labels.diverged.
        const b = add('div', { id: 'b' });
        const pgB = NNP.createPlayground(b, {
          labels: { diverged: `${PAY}diverged` },
          config: `#seed=${encodeURIComponent(SEED_PAY)}&problem=regression&learningRate=10&activation=relu&networkShape=8,8,8,8,8,8`,
        });
        pgB.step(5);
        // Errors thrown by the API (never shown, but their messages carry the payload).
        for (const bad of [
          () => NNP.createPlayground(add('div'), { config: `activation=${encodeURIComponent(PAY)}` }),
          () => NNP.createPlayground(add('div'), { labels: { [PAY]: 'x' } }),
          () => NNP.createPlayground(add('div'), { theme: PAY }),
          () => a.setConfig(`activation=${PAY}`),
          () => a.setConfig({ dataset: PAY }),
          () => a.setConfig({ [PAY]: 1 }),
          () => a.setConfig({ seed: PAY }),
        ]) {
          try {
            bad();
            out.thrown.push('did not throw');
          } catch (e) {
            out.thrown.push(e.name);
          }
        }
        // A UI change the widget refuses goes to the console (setConfig error path from the UI).
        const select = document.querySelector('#a').shadowRoot.querySelector('select');
        if (select) {
          const option = document.createElement('option');
          option.value = PAY;
          option.textContent = 'payload';
          select.append(option);
          select.value = PAY;
          select.dispatchEvent(new Event('change', { bubbles: true }));
          option.remove();
        }

        // 2. Data attributes (mounted by the bundle's observer): errors shown in the box, labels as text.
        add('div', { id: 'data-bad', 'data-nn-playground': `activation=${encodeURIComponent(PAY)}` });
        add('div', { id: 'data-theme', 'data-nn-playground': 'seed=x', 'data-theme': PAY });
        add('div', { id: 'data-parts', 'data-nn-playground': 'seed=x', 'data-parts': PAY });
        add('div', { id: 'data-labels-bad', 'data-nn-playground': 'seed=x', 'data-labels': PAY });
        add('div', { id: 'data-good', 'data-nn-playground': `seed=${encodeURIComponent(SEED_PAY)}`, 'data-labels': JSON.stringify({ play: PAY, epoch: PAY }) });

        // 3. The custom element: bad and good attributes, then hostile live changes.
        add('nn-playground', { id: 'el-bad', config: `dataset=${PAY}` });
        const el = add('nn-playground', { id: 'el-good', config: `seed=${encodeURIComponent(SEED_PAY)}`, labels: JSON.stringify({ reset: PAY, step: PAY }) });
        await new Promise((r) => setTimeout(r, 0));
        el.setAttribute('config', `activation=${PAY}`); // refused: console only
        add('nn-playground', { id: 'el-theme', config: 'seed=y' }).setAttribute('theme', PAY); // rebuilt: error box

        // 4. The iframe page: payloads in its address, and through postMessage.
        const frame = (id, src) =>
          new Promise((resolve) => {
            const f = document.createElement('iframe');
            f.id = id;
            f.setAttribute('data-test-frame', '');
            f.width = '900';
            f.height = '700';
            f.addEventListener('load', () => resolve(f), { once: true });
            f.src = src;
            document.body.append(f);
          });
        // (The trap is installed in every frame by the init script.)
        const frames = await Promise.all([frame('f-hash', hashFrame), frame('f-origin', originFrame), frame('f-msg', messageFrame)]);
        const msgFrame = frames[2];
        await new Promise((r) => {
          const wait = () => (msgFrame.contentDocument.querySelector('#playground')?.shadowRoot?.querySelector('.nnp-root') ? r() : setTimeout(wait, 20));
          wait();
        });
        const answers = [];
        const done = new Promise((resolve) => {
          window.addEventListener('message', (e) => {
            if (e.source !== msgFrame.contentWindow || e.data?.type !== 'nnp:result') return;
            answers.push(e.data);
            if (answers.length === 7) resolve();
          });
        });
        const send = (command, args, id) => msgFrame.contentWindow.postMessage({ type: 'nnp:command', command, args, id }, location.origin);
        send('setConfig', { seed: SEED_PAY, dataset: 'xor' }, 1);
        send('setConfig', `activation=${PAY}`, 2);
        send('setConfig', { [PAY]: PAY }, 3);
        send('setConfig', { labels: { play: PAY } }, 4);
        send(PAY, PAY, 5);
        send('step', PAY, 6);
        send('getState', null, 7);
        await done;
        out.answers = answers.map((a) => ({ id: a.id, ok: a.ok, error: a.error ?? null }));
        return out;
      },
      { PAY, SEED_PAY, hashFrame, originFrame, messageFrame },
    );

    // Every API error was a ConfigError (thrown, not rendered).
    assert.deepEqual(results.thrown, Array(7).fill('ConfigError'));
    assert.deepEqual(results.answers.map((a) => [a.id, a.ok]), [[1, true], [2, false], [3, false], [4, false], [5, false], [6, false], [7, true]]);
    for (const a of results.answers.filter((x) => !x.ok)) assert.ok(a.error.length > 0);

    // Let everything mount and render, then wait for a canary image to fail
    // loading: an injected <img src=x> would have failed (and run onerror) by then.
    await page.waitForFunction(() => ['#data-bad', '#data-theme', '#data-parts', '#data-labels-bad', '#el-bad', '#el-theme'].every((s) => document.querySelector(s)?.shadowRoot?.querySelector('.nnp-error')));
    await page.waitForFunction(() => document.querySelector('#data-good')?.shadowRoot?.querySelector('.nnp-root') && document.querySelector('#f-hash').contentDocument.querySelector('#notice-list li'));
    const assertClean = async (when) => {
      await frames(page, 3);
      const canary = () =>
        new Promise((resolve) => {
          const img = new Image();
          img.onerror = img.onload = resolve;
          img.src = `/canary-${Math.random()}.png`;
        });
      await page.evaluate(canary);
      for (const f of page.frames()) await f.evaluate(canary).catch(() => {});
      await frames(page, 2);
      // No script ran, in the page or in any frame.
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `${when}: a payload ran in the page`);
      for (const f of page.frames()) assert.equal(await f.evaluate(() => window.__pwned), undefined, `${when}: a payload ran in ${f.url()}`);
      // No element was made from a payload, in the light DOM or any shadow root.
      assert.deepEqual(await page.evaluate(`(${injectedIn})(document)`), [], `${when}: elements injected in the page`);
      for (const f of page.frames().slice(1)) assert.deepEqual(await f.evaluate(`(${injectedIn})(document)`), [], `${when}: elements injected in ${f.url()}`);
    };
    await assertClean('after mounting');
    // The reading card of a link (labels weightIs, clickToEdit, ...) on a real hover.
    await page.evaluate(() => document.querySelector('#a').scrollIntoView());
    await page.locator('#a .nnp-link-hit').first().hover({ force: true });
    await page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('.nnp-card')?.isConnected);
    await assertClean('after hovering');

    // The payloads did reach the DOM, as text: labels, the card, error boxes, the frame's notice.
    assert.ok(await page.evaluate((p) => document.querySelector('#a').shadowRoot.querySelector('.nnp-card').textContent.includes(p), PAYLOADS[0]), 'the card shows its labels as text');
    const text = await page.evaluate(`(${allText})(document)`);
    for (const p of PAYLOADS) assert.ok(text.includes(p), `payload shown as text in the page: ${p}`);
    const diverged = await page.evaluate(() => document.querySelector('#b').shadowRoot.querySelector('.nnp-message').textContent);
    assert.equal(diverged, `${PAY}diverged`, 'the diverged message (a label) is shown as text');
    const errorBox = await page.evaluate(() => document.querySelector('#data-bad').shadowRoot.querySelector('.nnp-error').textContent);
    assert.ok(errorBox.includes('"<img src=x onerror='), `the error box shows the bad value as text: ${errorBox.slice(0, 200)}`);
    const frameText = await page.frames().find((f) => f.url().includes('theme=%3Cimg')).evaluate(() => document.querySelector('#notice-list').textContent);
    assert.ok(frameText.includes(PAYLOADS[0]) && frameText.includes(PAYLOADS[1]), `the frame's notice shows the payloads as text: ${frameText.slice(0, 300)}`);
  } finally {
    await close();
  }
});

// ------------------------------------------------------------------------ CSP

test('strict CSP (default-src, script-src and style-src all \'self\'): every embed is fully styled and trains by playing, with zero violations', async () => {
  const { page, errors, close } = await open(`${PAGES}/reliability-csp.html`, {
    init: [
      () => {
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
      },
    ],
  });
  try {
    // The page's header really is in force: an inline style attribute set now is refused.
    await page.waitForFunction(() => window.pg && window.pg.epoch >= 20, null, { timeout: 20_000 });
    await page.waitForFunction(() => ['#markup', '#element'].every((s) => document.querySelector(s)?.shadowRoot?.querySelector('.nnp-root')));
    await frames(page, 3);
    const look = await page.evaluate(() => {
      const info = (sel) => {
        const shadow = document.querySelector(sel).shadowRoot;
        const q = (s) => shadow.querySelector(s);
        const cs = (el) => (el ? getComputedStyle(el) : null);
        const rect = (el) => (el ? el.getBoundingClientRect().toJSON() : null);
        const canvas = q('.nnp-heatmap-canvas');
        const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let k = 3; k < data.length; k += 4) if (data[k] > 0) painted++;
        return {
          styleElements: shadow.querySelectorAll('style').length,
          adopted: shadow.adoptedStyleSheets.length,
          play: cs(q('.nnp-play')).backgroundColor,
          playRadius: cs(q('.nnp-play')).borderRadius,
          playSize: [rect(q('.nnp-play')).width, rect(q('.nnp-play')).height],
          rootFont: [cs(q('.nnp-root')).fontSize, cs(q('.nnp-root')).fontFamily],
          mainDisplay: q('.nnp-main') ? cs(q('.nnp-main')).display : null,
          columns: [...shadow.querySelectorAll('.nnp-main > .nnp-column:not(.nnp-hidden)')].map((c) => rect(c)),
          canvasBox: rect(canvas),
          painted,
          root: rect(q('.nnp-root')),
        };
      };
      return { api: info('#api'), markup: info('#markup'), element: info('#element'), bad: getComputedStyle(document.querySelector('#bad').shadowRoot.querySelector('.nnp-error')).backgroundColor };
    });
    for (const [name, w] of Object.entries({ api: look.api, markup: look.markup, element: look.element })) {
      assert.equal(w.styleElements, 0, `${name}: no <style> element (a constructable stylesheet is adopted)`);
      assert.equal(w.adopted, 1, `${name}: one adopted stylesheet`);
      assert.equal(w.rootFont[0], '14px', `${name}: the widget's own font size`);
      assert.match(w.rootFont[1], /system-ui/, `${name}: the widget's own font`);
      assert.equal(w.playRadius, '50%', `${name}: the play button is round`);
      assert.ok(w.playSize[0] >= 36 && w.playSize[0] === w.playSize[1], `${name}: the play button is sized: ${w.playSize}`);
      assert.ok(w.canvasBox.width >= 150 && w.canvasBox.height === w.canvasBox.width, `${name}: the heatmap is laid out square: ${JSON.stringify(w.canvasBox)}`);
      assert.ok(w.painted === 100 * 100, `${name}: every heatmap pixel painted (${w.painted})`);
    }
    assert.equal(look.api.play, 'rgb(24, 61, 78)', 'the play button has the accent colour #183d4e');
    assert.equal(look.element.play, 'rgb(47, 122, 156)', 'the dark theme\'s accent #2f7a9c');
    assert.equal(look.api.mainDisplay, 'flex');
    // Three columns side by side, in order, top-aligned: the layout is styled.
    const [data, network, output] = look.api.columns;
    assert.ok(data && network && output, 'three columns');
    assert.ok(data.right <= network.left && network.right <= output.left, `columns side by side: ${JSON.stringify(look.api.columns.map((c) => [c.left, c.right]))}`);
    assert.equal(data.top, network.top);
    assert.ok(look.api.root.height > 400 && look.api.root.height < 900, `the widget is a compact block: ${look.api.root.height}px`);
    assert.equal(look.bad, 'rgb(253, 236, 234)', 'the error box is styled through the CSSOM');
    // Training ran by playing; no violations, no console errors but the bad embed's.
    assert.ok((await page.evaluate(() => pg.epoch)) >= 20);
    assert.ok(await page.evaluate(() => Number.isFinite(pg.trainLoss)));
    // A control: the policy is in force (an inline script is refused and reported).
    const controlled = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return { ran: window.__inline === 1, reported: window.__csp.splice(0).length };
    });
    assert.deepEqual(controlled, { ran: false, reported: 1 }, 'the CSP header is in force (control)');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no Content-Security-Policy violations');
    // Console errors: only the bad embed's message and the control's refusal.
    assert.deepEqual(errors.filter((e) => !/softmax|Executing inline script violates/.test(e)), [], `no console errors: ${errors}`);
  } finally {
    await close();
  }
});

// ------------------------------------------------------------------------ lifecycle

/**
 * Installed before the bundle: counts live event listeners (by target, type,
 * listener and capture), animation frames requested and neither run nor
 * cancelled, timers pending, and observers observing.
 */
function instrument() {
  const T = EventTarget.prototype;
  const add = T.addEventListener;
  const remove = T.removeEventListener;
  const listeners = new Map(); // target -> Set of "type|capture" keys paired with listener
  const capture = (o) => (typeof o === 'boolean' ? o : !!o?.capture);
  let live = 0;
  T.addEventListener = function (type, fn, options) {
    if (fn) {
      let entries = listeners.get(this);
      if (!entries) listeners.set(this, (entries = []));
      if (!entries.some((e) => e.type === type && e.fn === fn && e.capture === capture(options))) {
        entries.push({ type, fn, capture: capture(options), once: !!options?.once });
        live++;
      }
    }
    return add.call(this, type, fn, options);
  };
  T.removeEventListener = function (type, fn, options) {
    const entries = listeners.get(this);
    const k = entries ? entries.findIndex((e) => e.type === type && e.fn === fn && e.capture === capture(options)) : -1;
    if (k >= 0) {
      entries.splice(k, 1);
      live--;
      if (!entries.length) listeners.delete(this);
    }
    return remove.call(this, type, fn, options);
  };

  const frames = new Set();
  const raf = window.requestAnimationFrame;
  const caf = window.cancelAnimationFrame;
  window.requestAnimationFrame = function (cb) {
    const id = raf.call(window, (t) => {
      frames.delete(id);
      cb(t);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = function (id) {
    frames.delete(id);
    return caf.call(window, id);
  };

  const timers = new Set();
  const st = window.setTimeout;
  const ct = window.clearTimeout;
  window.setTimeout = function (fn, ms, ...args) {
    const id = st.call(window, (...a) => {
      timers.delete(id);
      if (typeof fn === 'function') fn(...a);
    }, ms, ...args);
    timers.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    timers.delete(id);
    return ct.call(window, id);
  };

  const observing = new Set();
  for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver']) {
    const P = window[name].prototype;
    const observe = P.observe;
    const disconnect = P.disconnect;
    P.observe = function (...a) {
      this.__kind = name;
      observing.add(this);
      return observe.apply(this, a);
    };
    P.disconnect = function () {
      observing.delete(this);
      return disconnect.call(this);
    };
  }

  window.__probe = () => {
    // Nodes in the document, shadow roots included.
    let nodes = 0;
    let sheets = 0;
    const walk = (root) => {
      const it = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let n = it.currentNode; n; n = it.nextNode()) {
        nodes++;
        if (n.shadowRoot) {
          sheets += n.shadowRoot.adoptedStyleSheets.length;
          walk(n.shadowRoot);
        }
      }
    };
    walk(document);
    return { nodes, sheets, listeners: live, frames: frames.size, timers: timers.size, observers: observing.size, observerKinds: [...observing].map((o) => o.__kind).sort().join() };
  };
}

test('lifecycle: 100 create/play/destroy cycles (plus markup embeds added and removed) leave no extra DOM node, listener, frame, timer or observer, and the heap grows by less than 1 MB', async () => {
  const { page, errors, close } = await open(`${PAGES}/reliability.html`, { init: [instrument] });
  const cdp = await page.context().newCDPSession(page);
  try {
    const heap = async () => {
      for (let k = 0; k < 4; k++) {
        await page.evaluate(() => window.gc?.());
        await cdp.send('HeapProfiler.collectGarbage');
      }
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const cycles = (n) =>
      page.evaluate(async (n) => {
        const NNP = window.NNPlayground;
        const host = document.querySelector('#a');
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        const themes = ['light', 'dark', 'auto'];
        for (let k = 0; k < n; k++) {
          const pg = NNP.createPlayground(host, {
            config: { seed: `cycle-${k % 7}`, dataset: ['circle', 'xor', 'gauss', 'spiral'][k % 4], networkShape: [(k % 4) + 1, 2], problem: k % 5 === 4 ? 'regression' : 'classification' },
            theme: themes[k % 3],
            epochsPerFrame: k % 2 ? 'max' : 3,
            parts: k % 6 === 5 ? { controls: false } : {},
            onStep: () => {},
          });
          pg.on('loss', () => {});
          pg.play();
          await frame();
          pg.step(2);
          if (k % 10 === 0) {
            pg.setConfig({ networkShape: [3] });
            pg.regenerate();
          }
          pg.play();
          await frame();
          pg.destroy();
        }
        // Markup embeds: added (mounted by the observer) and removed (destroyed).
        for (let k = 0; k < Math.ceil(n / 10); k++) {
          const el = document.createElement('nn-playground');
          el.setAttribute('config', `seed=el-${k}&networkShape=2`);
          el.setAttribute('autoplay', '');
          const div = document.createElement('div');
          div.setAttribute('data-nn-playground', `seed=div-${k}&networkShape=2`);
          div.setAttribute('data-autoplay', '');
          document.body.append(el, div);
          await new Promise((r) => setTimeout(r, 0)); // the MutationObserver mounts the div
          await frame();
          el.setAttribute('theme', 'dark'); // rebuilt
          await frame();
          el.remove();
          div.remove();
          await new Promise((r) => setTimeout(r, 0)); // destroyed in a microtask after removal
        }
        await frame();
        await frame();
      }, n);

    await cycles(5); // warm-up: compiled code, caches, the shared stylesheet
    await frames(page, 3);
    const base = await page.evaluate(() => window.__probe());
    const heap0 = await heap();
    const t0 = Date.now();
    await cycles(100);
    const ms = Date.now() - t0;
    await frames(page, 3);
    const end = await page.evaluate(() => window.__probe());
    const heap1 = await heap();
    const growthKB = Math.round((heap1 - heap0) / 1024);
    console.log(`# lifecycle: 100 cycles in ${ms} ms; before ${JSON.stringify(base)}, after ${JSON.stringify(end)}; heap ${Math.round(heap0 / 1024)} KB -> ${Math.round(heap1 / 1024)} KB (${growthKB >= 0 ? '+' : ''}${growthKB} KB)`);

    assert.equal(end.nodes, base.nodes, 'DOM nodes (shadow roots included)');
    assert.equal(end.sheets, base.sheets, 'adopted stylesheets');
    assert.equal(end.listeners, base.listeners, 'live event listeners');
    assert.equal(end.frames, 0, 'pending animation frames');
    assert.equal(end.timers, base.timers, 'pending timers');
    assert.equal(end.observers, base.observers, 'observers still observing');
    // (Between cycles only the bundle's [data-nn-playground] MutationObserver
    // and one of Playwright's observe; the baseline includes both.)
    assert.ok(heap1 - heap0 < 1024 * 1024, `heap growth ${growthKB} KB`);
    // While a widget lives, the probes do see its resources (so the counts above mean something).
    const during = await page.evaluate(async () => {
      const pg = window.NNPlayground.createPlayground('#a', { config: { seed: 'probe' } });
      pg.play();
      await new Promise((r) => requestAnimationFrame(r));
      const p = window.__probe();
      pg.destroy();
      return p;
    });
    console.log(`# lifecycle: one live widget adds ${during.nodes - base.nodes} nodes, ${during.listeners - base.listeners} listeners, ${during.frames} frame, ${during.observers - base.observers} observers`);
    assert.ok(during.nodes > base.nodes + 100 && during.listeners > base.listeners && during.frames === 1 && during.observers > base.observers, `a live widget is counted: ${JSON.stringify(during)}`);
    assert.deepEqual(errors, []);
  } finally {
    await cdp.detach().catch(() => {});
    await close();
  }
});

// ------------------------------------------------------------------------ divergence

const DIVERGING = { problem: 'regression', regDataset: 'reg-plane', learningRate: 10, activation: 'relu', networkShape: [8, 8, 8, 8, 8, 8], seed: 'diverge' };

test('divergence: reg-plane at learning rate 10 with ReLU 6×8, played, fires diverge once, pauses, says how to recover, paints NaN grey; lowering the rate and resetting recovers', async () => {
  const { page, errors, close } = await open(`${PAGES}/reliability.html`);
  try {
    await page.evaluate((config) => {
      window.events = [];
      window.pg = window.NNPlayground.createPlayground('#a', { config });
      for (const type of ['diverge', 'pause', 'reset']) pg.on(type, (e) => events.push({ type, epoch: e.epoch, reason: e.reason, message: e.message }));
    }, DIVERGING);
    const shadow = (sel) => page.locator(`#a .${sel}`);
    // Played from the real button, not step().
    await shadow('nnp-play').click();
    await page.waitForFunction(() => events.some((e) => e.type === 'diverge'));
    await frames(page, 5); // a few more frames: still one diverge, still paused
    const state = await page.evaluate(() => ({ events, playing: pg.playing, epoch: pg.epoch, train: pg.trainLoss, test: pg.testLoss }));
    const diverges = state.events.filter((e) => e.type === 'diverge');
    assert.equal(diverges.length, 1, 'diverge fires once');
    assert.ok(diverges[0].epoch <= 5, `within a few epochs (epoch ${diverges[0].epoch})`);
    assert.equal(state.playing, false);
    assert.deepEqual(state.events.filter((e) => e.type === 'pause').map((e) => e.reason), ['diverge']);
    assert.ok(!Number.isFinite(state.train));
    assert.equal(await shadow('nnp-play').getAttribute('aria-pressed'), 'false');
    // A plain message with the fix, visible.
    const message = shadow('nnp-message');
    assert.match(await message.textContent(), /lower the learning rate, then reset/i);
    assert.equal(diverges[0].message, await message.textContent());
    assert.equal(await message.getAttribute('role'), 'alert');
    assert.ok(await message.isVisible(), 'the message is shown');
    // NaN is black at alpha 160 in the canvas: dark grey over the white page.
    const pixels = await page.evaluate(() => {
      const c = document.querySelector('#a').shadowRoot.querySelector('.nnp-heatmap-canvas');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let nan = 0;
      for (let k = 0; k < d.length; k += 4) if (d[k] === 0 && d[k + 1] === 0 && d[k + 2] === 0 && d[k + 3] === 160) nan++;
      return { nan, total: d.length / 4 };
    });
    assert.equal(pixels.nan, pixels.total, 'every heatmap pixel is NaN-black at alpha 160');
    const axes = shadow('nnp-axes');
    await axes.evaluate((el) => (el.style.visibility = 'hidden'));
    const screen = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return Array.from(g.getImageData(Math.floor(img.width / 2), Math.floor(img.height / 2), 1, 1).data);
    }, (await shadow('nnp-heatmap-canvas').screenshot()).toString('base64'));
    await axes.evaluate((el) => (el.style.visibility = ''));
    const [r, g, b] = screen;
    console.log(`# divergence: diverge at epoch ${diverges[0].epoch}; ${pixels.nan}/${pixels.total} heatmap pixels NaN-black at alpha 160; on screen rgb(${screen.slice(0, 3)})`);
    assert.ok(r === g && g === b && r >= 80 && r <= 110, `NaN shows dark grey on screen: ${screen}`);

    // Recover the way the message says: lower the learning rate (the menu), then reset (the button).
    await page.locator('#a #nnp-learningRate').selectOption('0.001');
    assert.equal(await page.evaluate(() => pg.config.learningRate), 0.001);
    await shadow('nnp-icon-button[aria-label="Reset the network"]').click();
    const recovered = await page.evaluate(() => ({ epoch: pg.epoch, train: pg.trainLoss }));
    assert.equal(recovered.epoch, 0);
    assert.ok(Number.isFinite(recovered.train));
    assert.equal(await message.isVisible(), false, 'the message goes away');
    await shadow('nnp-play').click();
    await page.waitForFunction(() => pg.epoch >= 15);
    await shadow('nnp-play').click();
    const after = await page.evaluate(() => ({ train: pg.trainLoss, test: pg.testLoss, diverges: events.filter((e) => e.type === 'diverge').length }));
    assert.ok(Number.isFinite(after.train) && Number.isFinite(after.test), `trains finitely again: ${JSON.stringify(after)}`);
    assert.equal(after.diverges, 1, 'no new diverge');
    await frames(page, 2);
    const painted = await page.evaluate(() => {
      const c = document.querySelector('#a').shadowRoot.querySelector('.nnp-heatmap-canvas');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let black = 0;
      for (let k = 0; k < d.length; k += 4) if (d[k] === 0 && d[k + 1] === 0 && d[k + 2] === 0) black++;
      return black;
    });
    assert.equal(painted, 0, 'the heatmap shows values again');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// ------------------------------------------------------------------------ hostile host

/** Layout of the widget inside `sel`, relative to its root: what must not change. */
function innerLayout(sel) {
  const shadow = document.querySelector(sel).shadowRoot;
  const root = shadow.querySelector('.nnp-root');
  const o = root.getBoundingClientRect();
  const pick = ['.nnp-controls', '.nnp-play', '.nnp-epoch-value', '.nnp-main', '.nnp-column', '.nnp-column-title', '.nnp-node', '.nnp-heatmap-canvas', '.nnp-loss-chart', 'select', 'button', 'label', '.nnp-legend'];
  const boxes = [];
  for (const s of pick) {
    shadow.querySelectorAll(s).forEach((el, i) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return; // not rendered (display: none)
      boxes.push(`${s}#${i} ${Math.round(r.left - o.left)},${Math.round(r.top - o.top)} ${Math.round(r.width)}x${Math.round(r.height)}`);
    });
  }
  const text = shadow.querySelector('.nnp-column-title') ?? root;
  const cs = getComputedStyle(text);
  return {
    size: [Math.round(o.width), Math.round(o.height)],
    boxes,
    text: ['fontSize', 'fontStyle', 'fontWeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'whiteSpace', 'direction', 'lineHeight', 'cursor'].map((p) => `${p}=${cs[p]}`),
  };
}

/**
 * Waits until the widget's inner layout holds still for 5 frames (a host
 * sized by its content, as a flex item is, takes a few resize rounds);
 * fails if it is still moving after 120 frames.
 */
async function settle(page, sel) {
  const wait = async (layout, sel) => {
    let last = '';
    let same = 0;
    for (let k = 0; k < 120; k++) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = JSON.stringify(layout(sel));
      same = now === last ? same + 1 : 0;
      last = now;
      if (same >= 5) return k;
    }
    return -1;
  };
  const took = await page.evaluate(`(${wait})(${innerLayout}, ${JSON.stringify(sel)})`);
  assert.ok(took >= 0, `${sel}: the layout keeps changing (not settled after 120 frames)`);
  return took;
}

/** Every computed property of an element, as text. */
function computedOf(sel) {
  const cs = getComputedStyle(document.querySelector(sel));
  return Array.from(cs, (p) => `${p}: ${cs.getPropertyValue(p)}`).join('\n');
}

test('host hostility: `* { all: unset !important }`, `div { display: flex !important }`, 40px rtl text and a transform leave the widget\'s inner layout exactly as on a plain page, usable; the widget changes no style outside it', async () => {
  // A tall viewport: the hostile page's huge text pushes the widgets down, and
  // a widget off-screen does not redraw (by design), so all of it stays in view.
  const hostile = await open(`${PAGES}/reliability-hostile.html`, { height: 2300 });
  const plain = await open(`${PAGES}/reliability-host.html`, { height: 2300 });
  try {
    for (const { page } of [hostile, plain]) {
      await page.waitForFunction(() => window.pg && document.querySelector('#element')?.playground);
      for (const sel of ['#pg', '#element']) await settle(page, sel);
    }
    // The hostile page sizes the host as it likes (here a flex item); at that
    // same width on the plain page, the inside is laid out identically.
    const inView = await hostile.page.evaluate(() => ['#pg', '#element'].every((s) => document.querySelector(s).getBoundingClientRect().bottom < innerHeight));
    assert.ok(inView, 'both widgets are in the viewport');
    const width = await hostile.page.evaluate(() => document.querySelector('#pg').getBoundingClientRect().width);
    assert.ok(width > 600, `the widget keeps a usable width on the hostile page: ${width}px`);
    assert.equal(await hostile.page.evaluate(() => getComputedStyle(document.querySelector('#pg')).display), 'flex', 'the hostile rules did reach the host element');
    await plain.page.evaluate((w) => (document.querySelector('#pg').style.width = `${w}px`), width);
    await frames(plain.page, 3);
    await plain.page.waitForFunction((w) => Math.round(document.querySelector('#pg').shadowRoot.querySelector('.nnp-root').getBoundingClientRect().width) === Math.round(w), width);
    await settle(plain.page, '#pg');
    for (const sel of ['#pg', '#element']) {
      const [h, p] = [await hostile.page.evaluate(innerLayout, sel), await plain.page.evaluate(innerLayout, sel)];
      assert.deepEqual(h.text, p.text, `${sel}: text styles inside the widget`);
      assert.deepEqual(h.size, p.size, `${sel}: widget size`);
      assert.deepEqual(h.boxes, p.boxes, `${sel}: inner layout`);
      assert.ok(h.boxes.length > (sel === '#pg' ? 60 : 6), `${sel}: boxes compared: ${h.boxes.length}`);
      console.log(`# hostile host ${sel}: ${h.boxes.length} inner boxes identical to the plain page at ${h.size.join('x')}`);
    }
    // For people to look at: the page's own text is wrecked (40px, rtl, uppercase, pre); the widgets are not.
    const clip = await hostile.page.evaluate(() => {
      const top = document.querySelector('#sibling').getBoundingClientRect().top + scrollY - 8;
      const bottom = document.querySelector('#element').getBoundingClientRect().bottom + scrollY + 8;
      return { x: 0, y: Math.max(0, top), width: document.documentElement.clientWidth, height: bottom - Math.max(0, top) };
    });
    await hostile.page.screenshot({ path: join(SCREENSHOTS, 'hostile-host.png'), fullPage: true, clip });

    // Usable: real clicks on the hostile page play and pause.
    const play = hostile.page.locator('#pg .nnp-play');
    const before = await hostile.page.evaluate(() => pg.epoch);
    await play.click();
    await hostile.page.waitForFunction((e) => pg.epoch >= e + 5, before);
    await play.click();
    assert.equal(await hostile.page.evaluate(() => pg.playing), false);
    assert.equal(await hostile.page.evaluate(() => pg.config.learningRate), 0.03);
    await hostile.page.locator('#pg #nnp-learningRate').selectOption('0.3');
    assert.equal(await hostile.page.evaluate(() => pg.config.learningRate), 0.3, 'a menu works');

    // Nothing leaks out: a sibling's computed style is the same with and without another widget.
    for (const { page } of [plain, hostile]) {
      const outside = async () => [await page.evaluate(computedOf, '#sibling'), await page.evaluate(computedOf, 'body'), await page.evaluate(computedOf, 'html')];
      const without = await outside();
      await page.evaluate(() => {
        const host = document.createElement('div');
        host.id = 'extra';
        document.querySelector('#sibling').after(host);
        window.extra = window.NNPlayground.createPlayground(host, { theme: 'dark', config: { seed: 'extra' } });
        window.extra.step(5);
      });
      await frames(page, 2);
      const withWidget = await outside();
      assert.equal(withWidget[0], without[0], 'the sibling\'s computed style');
      // body and html grow by the widget's height: their size-derived values may change, nothing else.
      const sized = /^(height|block-size|inline-size|width|perspective-origin|transform-origin): /;
      const diff = (a, b) => a.split('\n').filter((line, i) => line !== b.split('\n')[i] && !sized.test(line));
      assert.deepEqual(diff(withWidget[1], without[1]), [], 'body\'s computed style');
      assert.deepEqual(diff(withWidget[2], without[2]), [], 'html\'s computed style');
      await page.evaluate(() => window.extra.destroy());
    }
    assert.deepEqual(hostile.errors, []);
    assert.deepEqual(plain.errors, []);
  } finally {
    await hostile.close();
    await plain.close();
  }
});

// ------------------------------------------------------------------------ many instances

test('ten widgets with different configs and speeds, playing on one page, each match a lone createTrainer bit for bit after 50 epochs', async () => {
  const { page, errors, close } = await open(`${PAGES}/reliability.html`, { width: 1400, height: 1000 });
  try {
    const CONFIGS = [
      { seed: 'm0', dataset: 'circle' },
      { seed: 'm1', dataset: 'xor', activation: 'relu', networkShape: [5, 3] },
      { seed: 'm2', dataset: 'gauss', activation: 'sigmoid', batchSize: 1, learningRate: 0.1 },
      { seed: 'm3', dataset: 'spiral', networkShape: [8, 8, 4], xSquared: true, ySquared: true, sinX: true, sinY: true, learningRate: 0.01 },
      { seed: 'm4', problem: 'regression', regDataset: 'reg-plane', activation: 'linear', networkShape: [2] },
      { seed: 'm5', problem: 'regression', regDataset: 'reg-gauss', networkShape: [6, 6], regularization: 'L2', regularizationRate: 0.003 },
      { seed: 'm6', dataset: 'xor', regularization: 'L1', regularizationRate: 0.01, xTimesY: true, noise: 30, percTrainData: 30 },
      { seed: 'm7', dataset: 'circle', networkShape: [], batchSize: 30 },
      { seed: 'm8', dataset: 'spiral', activation: 'relu', networkShape: [8, 8, 8, 8, 8, 8], learningRate: 0.003, noise: 10 },
      { seed: 'm9', dataset: 'gauss', initZero: true, networkShape: [3] },
    ];
    const SPEEDS = [1, 2, 5, 'max', 1, 3, 'max', 7, 1, 10];
    const PARTS = [{}, { controls: false }, { network: false, features: false }, {}, { data: false }, { lossChart: false }, {}, { output: false }, { legend: false }, {}];
    await page.evaluate(({ CONFIGS, SPEEDS, PARTS }) => {
      window.widgets = CONFIGS.map((config, k) => {
        const host = document.createElement('div');
        host.className = 'grid-cell';
        Object.assign(host.style, { display: 'inline-block', width: '680px', verticalAlign: 'top' });
        document.body.append(host);
        const pg = window.NNPlayground.createPlayground(host, { config, epochsPerFrame: SPEEDS[k], parts: PARTS[k], trainOffscreen: true });
        // Stop at exactly 50 epochs, whatever the speed.
        pg.on('step', (e) => e.epoch === 50 && pg.pause());
        return pg;
      });
      for (const pg of widgets) pg.play();
    }, { CONFIGS, SPEEDS, PARTS });
    await page.waitForFunction(() => widgets.every((pg) => !pg.playing), null, { timeout: 40_000 });
    const report = await page.evaluate((CONFIGS) => {
      const same = (a, b) => Object.is(a, b);
      return CONFIGS.map((config, k) => {
        const pg = widgets[k];
        const t = window.NNPlayground.createTrainer(config);
        t.step(50);
        const a = JSON.stringify(pg.getWeights(), (_, v) => (typeof v === 'number' ? v.toString() : v));
        const b = JSON.stringify(t.getWeights(), (_, v) => (typeof v === 'number' ? v.toString() : v));
        return { k, epoch: pg.epoch, weights: a === b, train: same(pg.trainLoss, t.trainLoss), test: same(pg.testLoss, t.testLoss), loss: [pg.trainLoss, t.trainLoss] };
      });
    }, CONFIGS);
    for (const r of report) {
      assert.equal(r.epoch, 50, `widget ${r.k} stopped at 50`);
      assert.ok(r.weights, `widget ${r.k}: weights identical to a lone trainer`);
      assert.ok(r.train && r.test, `widget ${r.k}: losses identical: ${r.loss}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// ------------------------------------------------------------------------ hidden and zero-size

test('a widget created on a display:none, a 0×0 or a detached element draws once it is shown: painted heatmap, network nodes laid out', async () => {
  const { page, errors, close } = await open(`${PAGES}/reliability.html`);
  try {
    await page.evaluate(() => {
      const make = (id, style) => {
        const el = document.createElement('div');
        el.id = id;
        Object.assign(el.style, style);
        return el;
      };
      const hidden = make('hidden', { display: 'none' });
      const zero = make('zero', { width: '0px', height: '0px', overflow: 'hidden' });
      const detached = make('detached', {});
      document.body.append(hidden, zero);
      window.made = {
        hidden: window.NNPlayground.createPlayground(hidden, { config: { seed: 'hidden' } }),
        zero: window.NNPlayground.createPlayground(zero, { config: { seed: 'zero', dataset: 'xor' } }),
        detached: window.NNPlayground.createPlayground(detached, { config: { seed: 'detached', networkShape: [3, 3] } }),
      };
      window.detachedHost = detached;
      for (const pg of Object.values(made)) pg.step(20);
    });
    await frames(page, 3);
    const state = (id) =>
      page.evaluate((id) => {
        const host = id === 'detached' ? window.detachedHost : document.getElementById(id);
        const shadow = host.shadowRoot;
        const c = shadow.querySelector('.nnp-heatmap-canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let k = 3; k < d.length; k += 4) if (d[k] > 0) painted++;
        const nodes = [...shadow.querySelectorAll('.nnp-node')].map((n) => n.getBoundingClientRect());
        const positions = new Set(nodes.map((r) => `${Math.round(r.x)},${Math.round(r.y)}`));
        return { painted, nodes: nodes.length, sized: nodes.filter((r) => r.width > 5 && r.height > 5).length, positions: positions.size };
      }, id);
    // Built while unseen (they may or may not have drawn yet; nothing threw).
    assert.equal(await page.evaluate(() => Object.values(made).map((pg) => pg.epoch).join()), '20,20,20');

    await page.evaluate(() => {
      document.getElementById('hidden').style.display = '';
      Object.assign(document.getElementById('zero').style, { width: '', height: '', overflow: '' });
      document.body.append(window.detachedHost);
    });
    for (const id of ['hidden', 'zero', 'detached']) {
      await page.evaluate((id) => (id === 'detached' ? window.detachedHost : document.getElementById(id)).scrollIntoView(), id);
      await page.waitForFunction(
        (id) => {
          const shadow = (id === 'detached' ? window.detachedHost : document.getElementById(id)).shadowRoot;
          const c = shadow.querySelector('.nnp-heatmap-canvas');
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          for (let k = 3; k < d.length; k += 400) if (d[k] === 0) return false;
          const nodes = [...shadow.querySelectorAll('.nnp-node')];
          return nodes.length > 0 && nodes.every((n) => n.getBoundingClientRect().width > 5);
        },
        id,
      );
      const s = await state(id);
      assert.equal(s.painted, 100 * 100, `${id}: heatmap fully painted`);
      assert.equal(s.sized, s.nodes, `${id}: every node has a size`);
      assert.equal(s.positions, s.nodes, `${id}: nodes at distinct places (laid out): ${JSON.stringify(s)}`);
      // And it still trains and draws new values.
      assert.equal(await page.evaluate((id) => made[id].step(1).epoch, id), 21);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// ------------------------------------------------------------------------ theming

test('theming from the host: --nnp-accent on the host element recolours the play button live; --nnp-positive makes the blue end of the heatmap that colour', async () => {
  const { page, errors, close } = await open(`${PAGES}/reliability.html`);
  try {
    const playBg = () => page.evaluate(() => getComputedStyle(document.querySelector('#a').shadowRoot.querySelector('.nnp-play')).backgroundColor);
    await page.evaluate(() => {
      window.pg = window.NNPlayground.createPlayground('#a', { config: { seed: 'theme', dataset: 'gauss' } });
      pg.step(60);
    });
    assert.equal(await playBg(), 'rgb(24, 61, 78)');
    await page.evaluate(() => document.querySelector('#a').style.setProperty('--nnp-accent', '#0f766e'));
    assert.equal(await playBg(), 'rgb(15, 118, 110)', 'the accent set on the host element, live');

    // --nnp-positive: the most positive bin is the new colour, and the default blue is gone.
    const binCounts = () =>
      page.evaluate((sel) => {
        const c = document.querySelector(sel).shadowRoot.querySelector('.nnp-heatmap-canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        const counts = {};
        for (let k = 0; k < d.length; k += 4) counts[`${d[k]},${d[k + 1]},${d[k + 2]}`] = (counts[`${d[k]},${d[k + 1]},${d[k + 2]}`] ?? 0) + 1;
        return counts;
      }, '#b');
    await page.evaluate(() => {
      const b = document.createElement('div');
      b.id = 'b';
      b.style.setProperty('--nnp-positive', '#c026d3');
      document.body.append(b);
      window.pgB = window.NNPlayground.createPlayground(b, { config: { seed: 'theme', dataset: 'gauss' } });
      pgB.step(60);
    });
    await frames(page, 3);
    const themed = await binCounts();
    // Values near +1 exist on this map (gauss, 60 epochs): the top bin is exactly #c026d3.
    assert.ok(await page.evaluate(() => pgB.predict(3, 3) > 0.94 || pgB.predict(-3, -3) > 0.94 || pgB.predict(2, 2) > 0.94), 'the map reaches the positive end');
    // (Canvas pixels at alpha 160 read back premultiplied: ±3 per channel.)
    const near = (rgb) => Object.entries(themed).filter(([k]) => k.split(',').every((v, i) => Math.abs(v - rgb[i]) <= 3)).reduce((n, [, c]) => n + c, 0);
    assert.ok(near([192, 38, 211]) > 100, `the positive end is #c026d3: ${JSON.stringify(Object.entries(themed).sort((a, b) => b[1] - a[1]).slice(0, 6))}`);
    assert.equal(near([8, 119, 189]), 0, 'no default blue #0877bd left');
    // The plain widget next to it keeps the default blue: the property is per host.
    await frames(page, 1);
    const plain = await page.evaluate(() => {
      const c = document.querySelector('#a').shadowRoot.querySelector('.nnp-heatmap-canvas');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let blue = 0;
      for (let k = 0; k < d.length; k += 4) if (Math.abs(d[k] - 8) <= 3 && Math.abs(d[k + 1] - 119) <= 3 && Math.abs(d[k + 2] - 189) <= 3) blue++;
      return blue;
    });
    assert.ok(plain > 0, 'the unthemed widget still paints #0877bd');
    // Any CSS colour works, not only hex: a named colour is resolved by the browser.
    await page.evaluate(() => {
      const c = document.createElement('div');
      c.id = 'c';
      c.style.setProperty('--nnp-positive', 'teal');
      document.body.append(c);
      window.pgC = window.NNPlayground.createPlayground(c, { config: { seed: 'theme', dataset: 'gauss' } });
      pgC.step(60);
    });
    await frames(page, 3);
    const teal = await page.evaluate(() => {
      const c = document.querySelector('#c').shadowRoot.querySelector('.nnp-heatmap-canvas');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let k = 0; k < d.length; k += 4) if (Math.abs(d[k] - 0) <= 3 && Math.abs(d[k + 1] - 128) <= 3 && Math.abs(d[k + 2] - 128) <= 3) n++;
      return n;
    });
    assert.ok(teal > 100, `--nnp-positive: teal paints the positive end rgb(0, 128, 128) (${teal} pixels)`);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
