// Hosts embed.html in an iframe: builds the snippet with embedSnippet, shows
// it for copy-paste, creates the same frame with createElement (no HTML is
// parsed from strings), and talks to it with postMessage (see embed.js).
import { embedSnippet } from '../dist/nn-playground.mjs';

const $ = (id) => document.getElementById(id);
const config = { dataset: 'circle', networkShape: [4, 2], activation: 'tanh', seed: 'iframe-demo' };
const snippet = embedSnippet(config, { src: 'embed.html', height: 640, title: 'Neural network playground (iframe demo)' });

// ---- the snippet, as text ------------------------------------------------------
$('snippet').textContent = snippet;
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet);
    $('copy').textContent = 'Copied';
  } catch {
    $('copy').textContent = 'Select and copy';
  }
  setTimeout(() => ($('copy').textContent = 'Copy'), 1500);
});

// ---- the frame, built from the snippet's address -------------------------------
const decode = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const srcMatch = /\ssrc="([^"]*)"/.exec(snippet);
const titleMatch = /\stitle="([^"]*)"/.exec(snippet);
const src = new URL(decode(srcMatch[1]), location.href);
src.searchParams.set('origin', location.origin); // lock the channel to this page
const frame = document.createElement('iframe');
frame.className = 'embed-frame';
frame.title = titleMatch ? decode(titleMatch[1]) : 'Neural network playground';
frame.src = src.href;
$('frame-slot').append(frame);

// ---- messages ----------------------------------------------------------------------
const log = $('log');
const fmt = (n) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(3) : String(n));

function addLine(kind, text) {
  const item = document.createElement('li');
  const tag = document.createElement('span');
  tag.className = kind === 'error' ? 'log-warn' : 'log-type';
  tag.textContent = kind;
  const body = document.createElement('span');
  body.textContent = text;
  item.append(tag, body);
  log.append(item);
  while (log.childElementCount > 200) log.firstElementChild.remove();
  log.scrollTop = log.scrollHeight;
}

function describe(event, detail) {
  switch (event) {
    case 'ready': return `epoch ${detail.epoch}, ${detail.config.dataset}, network ${detail.config.networkShape.join('-') || 'none'}`;
    case 'step':
    case 'loss': return `epoch ${detail.epoch} train ${fmt(detail.trainLoss)} test ${fmt(detail.testLoss)}`;
    case 'configchange': return `${detail.changed.join(', ')} (from ${detail.source})`;
    case 'reset': return `epoch ${detail.epoch} test ${fmt(detail.testLoss)}`;
    case 'play': return `at epoch ${detail.epoch}`;
    case 'pause': return `at epoch ${detail.epoch} (${detail.reason})`;
    case 'diverge': return detail.message;
    default: return '';
  }
}

let nextId = 1;
function send(command, args) {
  const message = { type: 'nnp:command', command, id: nextId++ };
  if (args !== undefined) message.args = args;
  frame.contentWindow.postMessage(message, location.origin);
  addLine('→ ' + command, args === undefined ? `id ${message.id}` : `id ${message.id} ${JSON.stringify(args)}`);
}

// Loss lines come with every step: show one in ten to keep the log readable.
let lossCount = 0;
window.addEventListener('message', (event) => {
  // Only the frame we made, from our own origin.
  if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
  const data = event.data;
  if (!data || typeof data !== 'object') return;
  if (data.type === 'nnp:event') {
    if (data.event === 'ready') {
      for (const button of document.querySelectorAll('[data-command]')) button.disabled = false;
      $('frame-status').textContent = 'Connected.';
    }
    if (data.event === 'loss' && lossCount++ % 10 !== 0) return;
    addLine(data.event, describe(data.event, data.detail || {}));
  } else if (data.type === 'nnp:result') {
    if (data.ok) {
      const r = data.result || {};
      const text = 'epoch' in r ? `epoch ${r.epoch}` : r.config ? `dataset ${r.config.dataset}` : '';
      addLine('← result', `id ${data.id} ok ${text}`);
    } else addLine('error', `id ${data.id}: ${data.error}`);
  }
});

for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('click', () => {
    const command = button.dataset.command;
    if (command === 'xor') send('setConfig', { dataset: 'xor' });
    else if (command === 'step') send('step', 1);
    else send(command);
  });
}
