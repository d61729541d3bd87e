import { describe, it, expect } from 'vitest';
import { ConfigError, DEFAULT_CONFIG, validateConfig, type PlaygroundConfig } from '../../src/config/schema';
import { parseConfig, readConfigUrl, serializeConfig } from '../../src/config/url';

/** Reference 1.1, without the leading `#`. */
const DEFAULT_URL =
  'activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0' +
  '&noise=0&networkShape=4,2&seed=0.11111&showTestData=false&discretize=false&percTrainData=50&x=true&y=true' +
  '&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false' +
  '&problem=classification&initZero=false&hideText=false';

/** DEFAULT_URL with some values replaced (`name=value` pairs). */
function variant(...changes: string[]): string {
  let url = DEFAULT_URL;
  for (const change of changes) {
    const name = change.split('=')[0];
    url = url.replace(new RegExp(`(^|&)${name}=[^&]*`), `$1${change}`);
  }
  return url;
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('reads the default URL of the original', () => {
    expect(parseConfig('#' + DEFAULT_URL)).toStrictEqual({ ...DEFAULT_CONFIG, seed: '0.11111' });
  });

  it('accepts a hash, a query, bare pairs and full URLs', () => {
    const want = validateConfig({ activation: 'relu', noise: 10 });
    expect(parseConfig('#activation=relu&noise=10')).toEqual(want);
    expect(parseConfig('?activation=relu&noise=10')).toEqual(want);
    expect(parseConfig('activation=relu&noise=10')).toEqual(want);
    expect(parseConfig('https://playground.tensorflow.org/#activation=relu&noise=10')).toEqual(want);
    expect(parseConfig('https://example.org/page?activation=relu&noise=10')).toEqual(want);
    // The hash wins over the query when both are there.
    expect(parseConfig('https://example.org/p?noise=40#activation=relu&noise=10')).toEqual(want);
    expect(parseConfig('  #activation=relu&noise=10\n')).toEqual(want);
  });

  it('keeps base values for keys the link leaves out', () => {
    const base = validateConfig({ learningRate: 0.3, noise_hide: true });
    expect(parseConfig('#activation=relu', base)).toEqual({ ...base, activation: 'relu' });
    expect(parseConfig('', base)).toEqual(base);
    expect(parseConfig('', base)).not.toBe(base);
  });

  it('treats an empty value as absent, except networkShape which becomes no hidden layer', () => {
    const c = parseConfig('learningRate=&activation=%20&seed=&networkShape=');
    expect(c.learningRate).toBe(0.03);
    expect(c.activation).toBe('tanh');
    expect(c.seed).toBe('');
    expect(c.networkShape).toEqual([]);
  });

  it('reads a bare networkShape without = as no hidden layer instead of throwing', () => {
    expect(parseConfig('#activation=relu&networkShape&noise=5').networkShape).toEqual([]);
  });

  it('reads booleans by the original rule: only "false" is false', () => {
    const c = parseConfig('showTestData=0&discretize=no&x=false&y=FALSE&xTimesY=true');
    expect(c).toMatchObject({ showTestData: true, discretize: true, x: false, y: true, xTimesY: true });
  });

  it('reads regularization=none as none and L1 as L1', () => {
    expect(parseConfig('regularization=none').regularization).toBe('none');
    expect(parseConfig('regularization=L1').regularization).toBe('L1');
  });

  it('lets the last of duplicate keys win', () => {
    expect(parseConfig('noise=10&activation=relu&noise=20').noise).toBe(20);
    expect(parseConfig('noise=abc&noise=20').noise).toBe(20);
    expect(parseConfig('noise=20&noise=').noise).toBe(0);
  });

  it('uses only the text between the first and second =', () => {
    expect(parseConfig('activation=relu=tanh').activation).toBe('relu');
  });

  it('reads hide flags: true only for exactly "true", kept when false', () => {
    const c = parseConfig('noise_hide=true&dataset_hide=false&x_hide=1&numNodes3_hide=true&batchSize_hide');
    expect(c).toMatchObject({ noise_hide: true, dataset_hide: false, x_hide: false, numNodes3_hide: true, batchSize_hide: false });
  });

  it('reads links whose &reg was turned into ® by HTML', () => {
    const c = parseConfig('#dataset=xor®Dataset=reg-gauss®ularization=L2®ularizationRate=0.01');
    expect(c).toMatchObject({ dataset: 'xor', regDataset: 'reg-gauss', regularization: 'L2', regularizationRate: 0.01 });
    expect(parseConfig('dataset=xor%C2%AEDataset=reg-gauss').regDataset).toBe('reg-gauss');
  });

  it('reads &amp; as &', () => {
    const c = parseConfig('#activation=relu&amp;noise=15&amp;regDataset=reg-gauss');
    expect(c).toMatchObject({ activation: 'relu', noise: 15, regDataset: 'reg-gauss' });
  });

  it('decodes percent-escapes in names and values', () => {
    const c = parseConfig('activation=%72elu&networkShape=3%2C2&l%65arningRate=0.1&seed=ab%2Dc');
    expect(c).toMatchObject({ activation: 'relu', networkShape: [3, 2], learningRate: 0.1, seed: 'ab-c' });
  });

  it('reports a broken percent-escape as a ConfigError, not a URIError', () => {
    const e = configError(() => parseConfig('seed=12%zz'));
    expect(e.field).toBe('seed');
    expect(e.value).toBe('12%zz');
    expect(parseConfig('tutorial%=x&noise=5').noise).toBe(5); // a broken name is just unknown
  });

  it('ignores unknown keys, inherited names included, without polluting prototypes', () => {
    const c = parseConfig('#disableViews=true&constructor=1&__proto__=x&toString=3&noise=5&foo_hide=true');
    expect(c).toStrictEqual({ ...DEFAULT_CONFIG, noise: 5 });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it.each([
    ['a NaN number', 'learningRate=abc', 'learningRate', '"abc"', 'a number from 0 to 100'],
    ['a negative batchSize', 'batchSize=-3', 'batchSize', '-3', 'an integer from 1 to 1200'],
    ['0% train data', 'percTrainData=0', 'percTrainData', '0', 'a number from 1 to 99'],
    ['100% train data', 'percTrainData=100', 'percTrainData', '100', 'a number from 1 to 99'],
    ['a 1000-neuron layer', 'networkShape=1000', 'networkShape', '[1000]', 'each from 1 to 64'],
    ['17 hidden layers', 'networkShape=' + Array(17).fill(2).join(','), 'networkShape', '[2,2,', '0 to 16 integers'],
    ['a non-number layer', 'networkShape=4,a', 'networkShape', '"4,a"', 'a list of'],
    ['a trailing comma', 'networkShape=4,2,', 'networkShape', '"4,2,"', 'a list of'],
    ['a bad activation key', 'activation=softmax', 'activation', '"softmax"', 'one of "relu", "tanh", "sigmoid", "linear"'],
    ['an inherited key name as a value', 'activation=constructor', 'activation', '"constructor"', 'one of "relu"'],
    ['Infinity', 'noise=Infinity', 'noise', 'Infinity', 'a number from 0 to 80'],
    ['noise above 80', 'noise=81', 'noise', '81', 'a number from 0 to 80'],
  ])('throws a ConfigError for %s', (_title, url, field, shown, allowed) => {
    const e = configError(() => parseConfig('#' + url));
    expect(e.field).toBe(field);
    expect(e.message).toContain(`"${field}"`);
    expect(e.message).toContain(shown);
    expect(e.message).toContain(allowed);
  });

  it('throws the first bad value in link order', () => {
    expect(configError(() => parseConfig('batchSize=0&activation=elu')).field).toBe('batchSize');
  });
});

describe('readConfigUrl', () => {
  it('keeps base values for bad values and reports each of them', () => {
    const base = validateConfig({ batchSize: 20 });
    const r = readConfigUrl('#batchSize=-3&activation=relu&learningRate=abc&noise=10', base);
    expect(r.config).toEqual({ ...base, activation: 'relu', noise: 10 });
    expect(r.errors.map((e) => e.field)).toEqual(['batchSize', 'learningRate']);
    expect(r.errors.every((e) => e instanceof ConfigError)).toBe(true);
    expect(r.unknown).toEqual([]);
  });

  it('lists unknown keys once each, in first-seen order', () => {
    const r = readConfigUrl('#showReferences=true&autoReset=1&disableViews=a&autoReset=2&constructor=x&zz_hide=true&&=5');
    expect(r.unknown).toEqual(['showReferences', 'autoReset', 'disableViews', 'constructor', 'zz_hide']);
    expect(r.errors).toEqual([]);
    expect(r.config).toStrictEqual(DEFAULT_CONFIG);
  });

  it('never mutates the base, even with errors', () => {
    const base = validateConfig({ noise_hide: true });
    const before = structuredClone(base);
    readConfigUrl('noise=999&noise_hide=false&networkShape=0', base);
    expect(base).toStrictEqual(before);
    expect(DEFAULT_CONFIG.networkShape).toEqual([4, 2]);
  });
});

describe('serializeConfig', () => {
  it('writes the default config as the original does', () => {
    expect(serializeConfig({ seed: '0.11111' })).toBe(DEFAULT_URL);
  });

  it('writes an empty seed as seed= and reads it back as empty', () => {
    const url = serializeConfig({});
    expect(url).toContain('&seed=&');
    expect(parseConfig(url).seed).toBe('');
  });

  it('leaves out regularization none and an absent tutorial, and writes a tutorial when set', () => {
    expect(serializeConfig({ regularization: 'none' })).not.toContain('regularization=');
    const url = serializeConfig({ tutorial: 'intro', seed: 's' });
    expect(url).toContain('&collectStats=false&tutorial=intro&problem=classification&');
  });

  it('writes hide flags after the parameters, in the object key order', () => {
    const url = serializeConfig({ seed: 'a', x_hide: false, noise_hide: true, numNodes2_hide: true });
    expect(url.endsWith('&hideText=false&x_hide=false&noise_hide=true&numNodes2_hide=true')).toBe(true);
  });

  it('writes small numbers as String() does', () => {
    expect(serializeConfig({ learningRate: 0.00001 })).toContain('&learningRate=0.00001&');
    expect(serializeConfig({ learningRate: 1e-7 })).toContain('&learningRate=1e-7&');
  });

  it('throws ConfigError for a bad config', () => {
    expect(configError(() => serializeConfig({ batchSize: 0 })).field).toBe('batchSize');
    expect(configError(() => serializeConfig({ seed: 'a&b=c' })).field).toBe('seed');
  });
});

describe('round trips', () => {
  const links: [string, string][] = [
    ['the default link', DEFAULT_URL],
    ['L1, no hidden layer and hidden noise',
      variant('activation=tanh&regularization=L1', 'networkShape=') + '&noise_hide=true'],
    ['several hide flags, some false',
      DEFAULT_URL + '&showTestData_hide=true&playButton_hide=false&learningRate_hide=true&x_hide=false&numNodes1_hide=true'],
    ['regression', variant('problem=regression', 'regDataset=reg-gauss', 'noise=25')],
    ['all features on',
      variant('x=true', 'y=true', 'xTimesY=true', 'xSquared=true', 'ySquared=true', 'sinX=true', 'sinY=true')],
    ['a 6x8 network', variant('networkShape=8,8,8,8,8,8', 'activation=relu', 'batchSize=30')],
    ['a tiny learning rate', variant('learningRate=0.00001', 'regularizationRate=0.003')],
    ['a 1e-7 learning rate', variant('learningRate=1e-7')],
    ['L2 with a tutorial', variant('activation=sigmoid&regularization=L2', 'collectStats=false&tutorial=spiral')],
    ['an empty seed', variant('seed=')],
  ];

  it.each(links)('serializeConfig(parseConfig(url)) gives back %s', (_title, url) => {
    expect(serializeConfig(parseConfig(url))).toBe(url);
    expect(serializeConfig(parseConfig('#' + url))).toBe(url);
  });

  it('parseConfig(serializeConfig(c)) gives back c, hide flags and their order included', () => {
    const configs: PlaygroundConfig[] = [
      validateConfig({}),
      validateConfig({ seed: 'abc-1.5', tutorial: 'intro', regularization: 'L2', networkShape: [], noise: 37.5 }),
      validateConfig({ problem: 'regression', sinY: true, learningRate: 1e-7, numNodes3_hide: false, noise_hide: true }),
      validateConfig({ networkShape: Array(16).fill(64), batchSize: 1200, percTrainData: 1, x: false }),
    ];
    for (const c of configs) {
      const back = parseConfig(serializeConfig(c));
      expect(back).toStrictEqual(c);
      expect(Object.keys(back)).toEqual(Object.keys(c));
    }
  });
});

describe('our extension keys', () => {
  it('are left out of the link at their defaults, so original links round-trip unchanged', () => {
    const link = serializeConfig({ seed: '0.11111' });
    expect(link).not.toMatch(/optimizer|init=|data=/);
    expect(serializeConfig(parseConfig(link))).toBe(link);
  });

  it('are written after the original keys when set, and read back', () => {
    const c = validateConfig({ seed: 's', optimizer: 'adam', init: 'he', activation: 'swish', data: '1:2:1,-3.5:0.25:-1' });
    const link = serializeConfig(c);
    expect(link).toMatch(/hideText=false&optimizer=adam&init=he&data=1:2:1,-3.5:0.25:-1$/);
    expect(parseConfig(link)).toEqual(c);
  });
});

describe('serializeLink', () => {
  it('keeps your own points while the link stays under 2,000 characters, and says data=omitted past that', async () => {
    const { serializeLink } = await import('../../src/config/url');
    const few = validateConfig({ seed: 's', data: '1:1:1,-1:-1:-1' });
    expect(serializeLink(few)).toBe(serializeConfig(few));
    const many = validateConfig({ seed: 's', data: Array.from({ length: 300 }, (_, i) => `${(i % 12) - 6}:1.5:1`).join(',') });
    const link = serializeLink(many);
    expect(link.length).toBeLessThan(2000);
    expect(link.endsWith('&data=omitted')).toBe(true);
    expect(parseConfig(link).data).toBe('');
  });
});
