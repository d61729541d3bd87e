// Three widgets in the flow of an article, each with its own parts and config.
import { createPlayground, parseParts } from '../dist/nn-playground.mjs';

// 1. Bare: only the decision surface and a play button.
createPlayground('#bare', {
  config: { dataset: 'circle', networkShape: [3], activation: 'tanh', learningRate: 0.03, seed: 'carve-1' },
  parts: parseParts('heatmap playButton'),
});

// 2. Mid-size: the top controls and the network diagram, no data or output column.
createPlayground('#inside', {
  config: { dataset: 'xor', networkShape: [4, 2], activation: 'relu', learningRate: 0.03, seed: 'carve-2' },
  parts: { data: false, output: false },
  maxLayers: 3,
});

// 3. Complete: everything on, spiral with engineered features.
createPlayground('#full', {
  config: '#activation=tanh&learningRate=0.03&dataset=spiral&noise=10&networkShape=6,6,4&xSquared=true&ySquared=true&sinX=true&sinY=true&seed=carve-3',
});
