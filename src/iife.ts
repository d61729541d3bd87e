// Script-tag entry: the same API as the ES module on window.NNPlayground, plus
// the markup embeds: <nn-playground> is defined at once, and every
// [data-nn-playground] element is mounted on DOM ready and when added later.
import { defineElement, mountAll, observe } from './index.js';

export * from './index.js';

if (typeof document !== 'undefined' && typeof window !== 'undefined') {
  try {
    defineElement();
  } catch (error) {
    console.error(error);
  }
  const start = () => {
    mountAll(document);
    observe(document);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
