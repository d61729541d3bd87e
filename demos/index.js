// The full playground page: one widget with every part, its config mirrored
// into the address bar (syncUrl), so any state can be shared as a link.
import { createPlayground } from '../dist/nn-playground.mjs';

const pg = createPlayground(document.getElementById('playground'), {
  syncUrl: true,
  theme: 'light',
});

// Handy in the console: `playground.step(100)`, `playground.toUrl()`, ...
window.playground = pg;
