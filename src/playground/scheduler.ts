/**
 * One animation-frame loop per window, shared by every widget on the page:
 * each frame calls the registered tasks in turn. Widgets share the clock,
 * never training state. With no task registered, no frame is requested.
 */

export type FrameTask = (now: number) => void;

export interface Scheduler {
  /** Runs `task` on every frame until the returned function is called. */
  add(task: FrameTask): () => void;
  /** Number of registered tasks (for tests and benchmarks). */
  readonly size: number;
}

const SCHEDULERS = new WeakMap<object, Scheduler>();

function createScheduler(win: Window | null): Scheduler {
  const tasks = new Set<FrameTask>();
  let handle: number | ReturnType<typeof setTimeout> | 0 = 0;
  const request = (cb: (now: number) => void) =>
    win?.requestAnimationFrame ? win.requestAnimationFrame(cb) : setTimeout(() => cb(Date.now()), 16);
  const cancel = (h: number | ReturnType<typeof setTimeout>) =>
    win?.cancelAnimationFrame && typeof h === 'number' ? win.cancelAnimationFrame(h) : clearTimeout(h as ReturnType<typeof setTimeout>);

  const tick = (now: number) => {
    handle = 0;
    for (const task of [...tasks]) {
      if (!tasks.has(task)) continue; // removed by an earlier task this frame
      try {
        task(now);
      } catch (error) {
        console.error(error);
      }
    }
    if (tasks.size > 0 && !handle) handle = request(tick);
  };

  return {
    add(task) {
      tasks.add(task);
      if (!handle) handle = request(tick);
      return () => {
        tasks.delete(task);
        if (tasks.size === 0 && handle) {
          cancel(handle);
          handle = 0;
        }
      };
    },
    get size() {
      return tasks.size;
    },
  };
}

/** The scheduler of `win` (one per window; a plain one where there is no window). */
export function schedulerFor(win: Window | null): Scheduler {
  const key = win ?? SCHEDULERS;
  let scheduler = SCHEDULERS.get(key);
  if (!scheduler) SCHEDULERS.set(key, (scheduler = createScheduler(win)));
  return scheduler;
}
