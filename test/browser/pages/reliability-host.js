// The same widget on the ordinary and on the hostile page.
window.pg = window.NNPlayground.createPlayground('#pg', {
  config: { dataset: 'circle', networkShape: [4, 3], seed: 'host-page' },
  trainOffscreen: true,
});
window.pg.step(60);
