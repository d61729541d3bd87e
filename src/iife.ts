// Script-tag entry: the same API as the ES module, exposed as window.NNPlayground.
export * from './index';
