// Loaded before the widget: sums the script time of all animation-frame
// callbacks that run in the same frame, so a benchmark can read how much
// script each frame cost.
(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const byFrame = new Map();
  window.__frames = {
    get length() { return byFrame.size; },
    set length(_) { byFrame.clear(); },
    values() { return [...byFrame.values()]; },
  };
  window.requestAnimationFrame = (cb) =>
    raf((t) => {
      const start = performance.now();
      cb(t);
      byFrame.set(t, (byFrame.get(t) ?? 0) + performance.now() - start);
    });
})();
