import { describe, expect, it } from 'vitest';
import { schedulerFor } from '../../src/playground/scheduler';

function fakeWindow() {
  const queue = new Map<number, (t: number) => void>();
  let next = 1;
  const win = {
    requestAnimationFrame: (cb: (t: number) => void) => (queue.set(next, cb), next++),
    cancelAnimationFrame: (h: number) => queue.delete(h),
    flush(now = 0) {
      const due = [...queue.values()];
      queue.clear();
      due.forEach((cb) => cb(now));
    },
    get pending() {
      return queue.size;
    },
  };
  return win;
}

describe('scheduler', () => {
  it('one window has one scheduler, and one frame request serves every task', () => {
    const win = fakeWindow();
    const s = schedulerFor(win as unknown as Window);
    expect(schedulerFor(win as unknown as Window)).toBe(s);
    const calls: string[] = [];
    const offA = s.add(() => calls.push('a'));
    const offB = s.add(() => calls.push('b'));
    expect(win.pending).toBe(1);
    win.flush();
    expect(calls).toEqual(['a', 'b']);
    expect(win.pending).toBe(1);
    offA();
    win.flush();
    expect(calls).toEqual(['a', 'b', 'b']);
    offB();
    expect(win.pending).toBe(0); // nothing registered: no frame requested at all
  });

  it('a task removed by an earlier task in the same frame does not run; a throwing task does not stop the others', () => {
    const win = fakeWindow();
    const s = schedulerFor(win as unknown as Window);
    const calls: string[] = [];
    let offB = () => {};
    const offA = s.add(() => {
      calls.push('a');
      offB();
      throw new Error('boom');
    });
    offB = s.add(() => calls.push('b'));
    const offC = s.add(() => calls.push('c'));
    const original = console.error;
    console.error = () => {};
    win.flush();
    console.error = original;
    expect(calls).toEqual(['a', 'c']);
    offA();
    offC();
    expect(s.size).toBe(0);
  });
});
