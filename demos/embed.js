/*
 * embed.html: the playground on a page of its own, made for an <iframe>.
 *
 * Address
 * -------
 *   embed.html?parts=heatmap%20playButton&theme=dark&origin=https%3A%2F%2Fhost.example#dataset=xor&networkShape=4,4
 *
 *   #...    the config, in the format of a playground link. Read leniently:
 *           a bad value keeps its default and is reported (console.warn and
 *           a small dismissible notice in the page); unknown keys are listed.
 *   parts   which parts to show, as in data-parts: "heatmap playButton"
 *           shows only those; "-data -legend" hides those.
 *   theme   light | dark | auto.
 *   origin  the host page's origin (scheme://host[:port]). When given, only
 *           messages from that origin are accepted, and events are posted to
 *           it alone. Recommended whenever you know where the frame lives.
 *
 * postMessage protocol
 * --------------------
 * Host -> frame (commands):
 *   { type: 'nnp:command', command, args?, id? }
 *     command: 'play' | 'pause' | 'step' | 'reset' | 'regenerate' | 'setConfig' | 'getState'
 *     args:    step: number of epochs (default 1, 0..10000)
 *              setConfig: a config patch object, or a string "dataset=xor&..."
 *     id:      any structured-clonable value; echoed in the answer.
 *   Accepted ONLY when event.source is this frame's parent window (never
 *   from the page itself, a sibling frame or a popup) and, when `origin` is
 *   in the query, only when event.origin equals it exactly. Anything else,
 *   and any message whose type is not 'nnp:command', is ignored silently.
 *
 * Frame -> host (answers), posted to event.source with targetOrigin
 * event.origin (or '*' when the parent's origin is opaque, "null"):
 *   { type: 'nnp:result', id, ok: true,  result }
 *   { type: 'nnp:result', id, ok: false, error: message }
 *   results: play/pause -> { epoch, playing }
 *            step       -> { epoch, trainLoss, testLoss }
 *            reset      -> { epoch, trainLoss, testLoss }
 *            regenerate -> { seed, epoch, trainLoss, testLoss }
 *            setConfig  -> { config, url }
 *            getState   -> { version: 1, config, epoch, weights }
 *
 * Frame -> host (events), posted to window.parent with targetOrigin = the
 * `origin` query value if given, else '*':
 *   { type: 'nnp:event', event, detail }
 *     'ready'        { config, url, epoch, trainLoss, testLoss, unknown: string[], errors: string[] }
 *     'step'         { epoch, trainLoss, testLoss }      at most ~10 a second, the last one always sent
 *     'loss'         { epoch, trainLoss, testLoss }      same throttle
 *     'configchange' { config, changed: string[], source: 'ui' | 'api' }
 *     'reset'        { epoch, trainLoss, testLoss, config }
 *     'play'         { epoch }
 *     'pause'        { epoch, reason }
 *     'diverge'      { epoch, trainLoss, testLoss, message }
 *   A pending throttled step/loss is flushed before any other event, so
 *   events arrive in the order they happened. Event payloads carry only the
 *   playground's config and training figures, never anything from the host
 *   page or the reader, which is why '*' is an acceptable default.
 *
 * Message data is never evaluated and never inserted as HTML: commands are
 * looked up in a fixed table, and the notice is built with textContent.
 */
(function () {
  'use strict';

  var NNP = window.NNPlayground;
  var notice = document.getElementById('notice');
  var noticeList = document.getElementById('notice-list');
  var mount = document.getElementById('playground');

  document.getElementById('notice-close').addEventListener('click', function () {
    notice.hidden = true;
  });

  /** Adds one line to the notice (as text) and to the console. */
  function report(text) {
    console.warn('nn-playground embed: ' + text);
    var item = document.createElement('li');
    item.textContent = text;
    noticeList.appendChild(item);
    notice.hidden = false;
  }

  if (!NNP) {
    report('the playground script did not load (../dist/nn-playground.min.js).');
    return;
  }

  // ---- options from the query string ------------------------------------------
  var query = new URLSearchParams(location.search);
  var options = {};

  var partsText = query.get('parts');
  if (partsText !== null && partsText.trim() !== '') {
    try {
      options.parts = NNP.parseParts(partsText, 'parts');
    } catch (error) {
      report(error.message + ' All parts are shown.');
    }
  }

  var theme = query.get('theme');
  if (theme !== null) {
    if (theme === 'light' || theme === 'dark' || theme === 'auto') options.theme = theme;
    else report('theme "' + theme + '" is not one of light, dark, auto; using light.');
  }
  document.documentElement.classList.add('theme-' + (options.theme || 'light'));

  // The host's origin: when given, the only origin we listen to and post to.
  // A malformed value switches messaging off rather than falling back to '*'.
  var allowedOrigin = null;
  var messaging = window.parent !== window;
  var originText = query.get('origin');
  if (originText !== null) {
    var parsed = null;
    try {
      var url = new URL(originText);
      // Only a bare origin: scheme, host and port, nothing else.
      if (/^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password) parsed = url.origin;
    } catch (error) {
      parsed = null;
    }
    if (parsed) {
      allowedOrigin = parsed;
    } else {
      report('origin "' + originText + '" is not an origin such as https://example.com; messages are switched off.');
      messaging = false;
    }
  }

  // ---- config from the hash, read leniently -------------------------------------
  var reading = NNP.readConfigUrl(location.hash);
  reading.errors.forEach(function (error) {
    report(error.message + ' The default is kept.');
  });
  if (reading.unknown.length) {
    report('ignored unknown setting' + (reading.unknown.length > 1 ? 's' : '') + ': ' + reading.unknown.join(', ') + '.');
  }
  options.config = reading.config;

  var pg;
  try {
    pg = NNP.createPlayground(mount, options);
  } catch (error) {
    report('the playground could not start: ' + error.message);
    return;
  }

  if (!messaging) return;

  // ---- events out -----------------------------------------------------------------
  var targetOrigin = allowedOrigin || '*';
  var parentWindow = window.parent;

  function post(message) {
    try {
      parentWindow.postMessage(message, targetOrigin);
    } catch (error) {
      console.warn('nn-playground embed: could not post ' + message.event + ': ' + error.message);
    }
  }

  function lossDetail() {
    return { epoch: pg.epoch, trainLoss: pg.trainLoss, testLoss: pg.testLoss };
  }

  // step and loss: at most one per THROTTLE_MS each, the latest always sent.
  var THROTTLE_MS = 100;
  var throttled = {
    step: { last: 0, timer: 0, detail: null },
    loss: { last: 0, timer: 0, detail: null },
  };

  function flush(name) {
    var slot = throttled[name];
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = 0;
    if (!slot.detail) return;
    var detail = slot.detail;
    slot.detail = null;
    slot.last = Date.now();
    post({ type: 'nnp:event', event: name, detail: detail });
  }

  function flushAll() {
    flush('step');
    flush('loss');
  }

  function throttle(name) {
    return function (detail) {
      var slot = throttled[name];
      slot.detail = { epoch: detail.epoch, trainLoss: detail.trainLoss, testLoss: detail.testLoss };
      var wait = THROTTLE_MS - (Date.now() - slot.last);
      if (wait <= 0) flush(name);
      else if (!slot.timer) {
        slot.timer = setTimeout(function () {
          flush(name);
        }, wait);
      }
    };
  }

  function forward(name, pick) {
    return function (detail) {
      flushAll();
      post({ type: 'nnp:event', event: name, detail: pick(detail) });
    };
  }

  pg.on('step', throttle('step'));
  pg.on('loss', throttle('loss'));
  pg.on('configchange', forward('configchange', function (d) {
    return { config: d.config, changed: d.changed.slice(), source: d.source };
  }));
  pg.on('reset', forward('reset', function (d) {
    return { epoch: d.epoch, trainLoss: d.trainLoss, testLoss: d.testLoss, config: d.config };
  }));
  pg.on('play', forward('play', function (d) {
    return { epoch: d.epoch };
  }));
  pg.on('pause', forward('pause', function (d) {
    return { epoch: d.epoch, reason: d.reason };
  }));
  pg.on('diverge', forward('diverge', function (d) {
    return { epoch: d.epoch, trainLoss: d.trainLoss, testLoss: d.testLoss, message: d.message };
  }));

  // ---- commands in ------------------------------------------------------------------
  var COMMANDS = {
    play: function () {
      pg.play();
      return { epoch: pg.epoch, playing: pg.playing };
    },
    pause: function () {
      pg.pause();
      return { epoch: pg.epoch, playing: pg.playing };
    },
    step: function (args) {
      var epochs = args === undefined || args === null ? 1 : args;
      if (typeof epochs !== 'number' || !Number.isInteger(epochs) || epochs < 0 || epochs > 10000) {
        throw new Error('step takes a whole number of epochs from 0 to 10000');
      }
      return pg.step(epochs);
    },
    reset: function () {
      pg.reset();
      return lossDetail();
    },
    regenerate: function () {
      pg.regenerate();
      var result = lossDetail();
      result.seed = pg.config.seed;
      return result;
    },
    setConfig: function (args) {
      if (typeof args !== 'string' && (args === null || typeof args !== 'object' || Array.isArray(args))) {
        throw new Error('setConfig takes a config object or a string such as "dataset=xor&noise=10"');
      }
      pg.setConfig(args);
      return { config: pg.config, url: pg.toUrl() };
    },
    getState: function () {
      return pg.getState();
    },
  };

  window.addEventListener('message', function (event) {
    if (event.source !== parentWindow) return;
    if (allowedOrigin !== null && event.origin !== allowedOrigin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'nnp:command') return;

    var id = data.id === undefined ? null : data.id;
    var reply = { type: 'nnp:result', id: id, ok: true };
    var name = data.command;
    try {
      if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(COMMANDS, name)) {
        throw new Error('unknown command "' + String(name).slice(0, 40) + '"; expected one of ' + Object.keys(COMMANDS).join(', '));
      }
      reply.result = COMMANDS[name](data.args);
    } catch (error) {
      reply = { type: 'nnp:result', id: id, ok: false, error: error && error.message ? error.message : String(error) };
    }
    // Events the command caused (configchange, reset, ...) went out first; a
    // throttled step/loss goes out now, so the answer comes after them.
    flushAll();
    var replyOrigin = event.origin === 'null' ? '*' : event.origin;
    try {
      event.source.postMessage(reply, replyOrigin);
    } catch (error) {
      // A result that cannot be cloned: say so instead of staying silent.
      event.source.postMessage({ type: 'nnp:result', id: id, ok: false, error: 'the result could not be sent: ' + error.message }, replyOrigin);
    }
  });

  post({
    type: 'nnp:event',
    event: 'ready',
    detail: {
      config: pg.config,
      url: pg.toUrl(),
      epoch: pg.epoch,
      trainLoss: pg.trainLoss,
      testLoss: pg.testLoss,
      unknown: reading.unknown.slice(),
      errors: reading.errors.map(function (e) {
        return e.message;
      }),
    },
  });
})();
