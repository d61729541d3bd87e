/**
 * Every resource is registered with its disposer where it is acquired, so
 * teardown mirrors setup exactly: listeners, frames, observers, timers.
 */

export type Disposer = () => void;

export interface Lifecycle {
  /** Registers a disposer; returns it so the caller can run it early. */
  add(dispose: Disposer): Disposer;
  listen<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K | string, handler: (e: HTMLElementEventMap[K]) => void, options?: AddEventListenerOptions): Disposer;
  /** A child lifecycle, disposed with this one (or on its own). */
  child(): Lifecycle;
  readonly disposed: boolean;
  dispose(): void;
}

export function createLifecycle(): Lifecycle {
  const disposers = new Set<Disposer>();
  let disposed = false;
  const life: Lifecycle = {
    add(dispose) {
      if (disposed) {
        dispose();
        return dispose;
      }
      // Runs at most once: only the call that removes it from the set disposes.
      const once = () => {
        if (disposers.delete(once)) dispose();
      };
      disposers.add(once);
      return once;
    },
    listen(target, type, handler, options) {
      const fn = handler as EventListener;
      target.addEventListener(type, fn, options);
      return life.add(() => target.removeEventListener(type, fn, options));
    },
    child() {
      const c = createLifecycle();
      const remove = life.add(() => c.dispose());
      c.add(remove);
      return c;
    },
    get disposed() {
      return disposed;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      // Last acquired, first released.
      for (const d of [...disposers].reverse()) {
        try {
          d();
        } catch (error) {
          (globalThis as { console?: Console }).console?.error(error);
        }
      }
      disposers.clear();
    },
  };
  return life;
}
