/**
 * Typed events: on() returns its own unsubscribe, and every event is also
 * dispatched on the host element as CustomEvent('nnp:<type>') so a page can
 * listen without holding the instance.
 */

export type Listener<T> = (detail: T) => void;

export interface Emitter<Events extends object> {
  on<K extends keyof Events & string>(type: K, cb: Listener<Events[K]>): () => void;
  off<K extends keyof Events & string>(type: K, cb: Listener<Events[K]>): void;
  emit<K extends keyof Events & string>(type: K, detail: Events[K]): void;
  clear(): void;
}

export function createEmitter<Events extends object>(target?: EventTarget | null): Emitter<Events> {
  const listeners = new Map<string, Set<Listener<never>>>();
  // No `this` inside: on and off work detached (the playground hands them out as its own).
  const off: Emitter<Events>['off'] = (type, cb) => {
    listeners.get(type)?.delete(cb as Listener<never>);
  };
  return {
    on(type, cb) {
      if (typeof cb !== 'function') throw new TypeError(`on("${type}", cb): cb must be a function`);
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(cb as Listener<never>);
      return () => off(type, cb);
    },
    off,
    emit(type, detail) {
      // Copy first: a listener may unsubscribe itself while we iterate.
      for (const cb of [...(listeners.get(type) ?? [])]) {
        try {
          (cb as Listener<typeof detail>)(detail);
        } catch (error) {
          // One broken host listener must not stop the widget or other listeners.
          reportError(error);
        }
      }
      if (target && typeof CustomEvent === 'function') {
        target.dispatchEvent(new CustomEvent(`nnp:${type}`, { bubbles: true, composed: true, detail }));
      }
    },
    clear() {
      listeners.clear();
    },
  };
}

function reportError(error: unknown): void {
  const g = globalThis as { reportError?: (e: unknown) => void; console?: Console };
  if (typeof g.reportError === 'function') g.reportError(error);
  else g.console?.error(error);
}
