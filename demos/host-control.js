// The host page drives the widget through its API: its own buttons and
// menus call play/pause/step/reset/regenerate/setConfig, its own canvas
// plots the losses from on('step'), and a log shows the events coming back.
import { createPlayground } from '../dist/nn-playground.mjs';

const $ = (id) => document.getElementById(id);
const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];

// ---- the loss history this page keeps for its own plot --------------------
const history = []; // [epoch, trainLoss, testLoss]
let drawQueued = false;

const pg = createPlayground('#playground', {
  config: { dataset: 'circle', networkShape: [4, 2], seed: 'host-control' },
  parts: { controls: false },
  onStep: ({ epoch, trainLoss, testLoss }) => {
    history.push([epoch, trainLoss, testLoss]);
    queueDraw();
  },
});
history.push([pg.epoch, pg.trainLoss, pg.testLoss]);

// ---- host controls ----------------------------------------------------------
const playButton = $('play');
playButton.addEventListener('click', () => (pg.playing ? pg.pause() : pg.play()));
$('step').addEventListener('click', () => pg.step(10));
$('reset').addEventListener('click', () => pg.reset());
$('regenerate').addEventListener('click', () => pg.regenerate());

const datasetSelect = $('dataset');
datasetSelect.addEventListener('change', () => pg.setConfig({ dataset: datasetSelect.value }));

const lrInput = $('lr');
const lrValue = $('lr-value');
lrInput.addEventListener('input', () => {
  const rate = LEARNING_RATES[Number(lrInput.value)];
  lrValue.textContent = String(rate);
  pg.setConfig({ learningRate: rate }); // live: training goes on with the new rate
});

function syncControls() {
  const config = pg.config;
  datasetSelect.value = config.dataset;
  const index = LEARNING_RATES.indexOf(config.learningRate);
  if (index >= 0) lrInput.value = String(index);
  lrValue.textContent = String(config.learningRate);
  const link = $('share');
  const url = 'index.html' + pg.toUrl();
  link.href = url;
  link.textContent = url;
}

function setPlayLabel() {
  playButton.textContent = pg.playing ? 'Pause' : 'Play';
  playButton.setAttribute('aria-pressed', String(pg.playing));
}

// ---- events back from the widget -------------------------------------------
const log = $('log');
const MAX_LINES = 200;
const fmt = (n) => (Number.isFinite(n) ? n.toFixed(3) : String(n));
const fmt4 = (n) => (Number.isFinite(n) ? n.toFixed(4) : String(n));

function addLine(type, text, warn = false) {
  const item = document.createElement('li');
  const tag = document.createElement('span');
  tag.className = warn ? 'log-warn' : 'log-type';
  tag.textContent = type;
  const body = document.createElement('span');
  body.textContent = text;
  item.append(tag, body);
  log.append(item);
  while (log.childElementCount > MAX_LINES) log.firstElementChild.remove();
  log.scrollTop = log.scrollHeight;
}

// `step` fires every epoch (60 a second while playing): log at most two a
// second, and always the last one.
let lastStepLog = 0;
let stepTimer = 0;
let pendingStep = null;
function logStep() {
  stepTimer = 0;
  if (!pendingStep) return;
  const { epoch, trainLoss, testLoss } = pendingStep;
  pendingStep = null;
  lastStepLog = performance.now();
  addLine('step', `epoch ${epoch} train ${fmt(trainLoss)} test ${fmt(testLoss)}`);
}
pg.on('step', (e) => {
  pendingStep = e;
  const wait = 500 - (performance.now() - lastStepLog);
  if (wait <= 0) logStep();
  else if (!stepTimer) stepTimer = setTimeout(logStep, wait);
});
// Flush a pending step line before any other event so the log stays in order.
const flushStep = () => {
  if (stepTimer) clearTimeout(stepTimer);
  logStep();
};

pg.on('configchange', ({ changed, source }) => {
  flushStep();
  addLine('configchange', `${changed.join(', ')} (from ${source})`);
  syncControls();
});
pg.on('reset', ({ epoch, testLoss }) => {
  flushStep();
  addLine('reset', `epoch ${epoch} test ${fmt(testLoss)}`);
  history.length = 0;
  history.push([pg.epoch, pg.trainLoss, pg.testLoss]);
  queueDraw();
});
pg.on('play', ({ epoch }) => {
  flushStep();
  addLine('play', `at epoch ${epoch}`);
  setPlayLabel();
});
pg.on('pause', ({ epoch, reason }) => {
  flushStep();
  addLine('pause', `at epoch ${epoch} (${reason})`);
  setPlayLabel();
});
pg.on('diverge', ({ epoch, message }) => {
  flushStep();
  addLine('diverge', `epoch ${epoch}: ${message}`, true);
});
pg.on('loss', () => queueDraw());

// ---- the host's own loss plot -----------------------------------------------
const canvas = $('loss-plot');
const ctx = canvas.getContext('2d');

function queueDraw() {
  if (drawQueued) return;
  drawQueued = true;
  requestAnimationFrame(draw);
}

function draw() {
  drawQueued = false;
  $('epoch').textContent = String(pg.epoch);
  $('train-loss').textContent = fmt4(pg.trainLoss);
  $('test-loss').textContent = fmt4(pg.testLoss);

  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
  const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  ctx.clearRect(0, 0, width, height);
  const finite = history.filter(([, a, b]) => Number.isFinite(a) && Number.isFinite(b));
  if (finite.length < 2) return;
  // At most about one point per pixel column, always keeping the last one.
  const stride = Math.max(1, Math.ceil(finite.length / width));
  const points = finite.filter((_, i) => i % stride === 0 || i === finite.length - 1);
  const pad = 6 * ratio;
  const first = points[0][0];
  const last = points[points.length - 1][0];
  let top = 1e-9;
  for (const [, a, b] of points) top = Math.max(top, a, b);
  const x = (epoch) => pad + ((epoch - first) / Math.max(1, last - first)) * (width - 2 * pad);
  const y = (loss) => height - pad - (loss / top) * (height - 2 * pad);
  for (const [column, colour] of [[1, '#8a939b'], [2, '#14202b']]) {
    ctx.beginPath();
    points.forEach((p, i) => (i ? ctx.lineTo(x(p[0]), y(p[column])) : ctx.moveTo(x(p[0]), y(p[column]))));
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2 * ratio;
    ctx.stroke();
  }
}

new ResizeObserver(queueDraw).observe(canvas);
syncControls();
setPlayLabel();
addLine('ready', `epoch ${pg.epoch}, ${pg.config.dataset}, network ${pg.config.networkShape.join('-')}`);
queueDraw();
