// The page's own code under the strict policy: a widget from the API,
// trained by playing (frames, not step()), exposed for the test.
window.pg = window.NNPlayground.createPlayground('#api', {
  config: { dataset: 'spiral', networkShape: [6, 4], seed: 'csp-api', xSquared: true, ySquared: true },
  trainOffscreen: true,
});
window.pg.play();
