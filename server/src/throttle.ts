// Rate limiting: a throttle for notifications the server sends on its own (newsAnnotator/indexChanged), and a
// debounce per document for work that follows edits and publications (curation and annotation diagnostics).

/**
 * Throttles a notification: the first change after a quiet moment schedules one `send` after `intervalMs`,
 * and changes until then join it. So a burst of changes makes one notification, and a steady stream at
 * most one per interval.
 */
export function throttle(send: () => void, intervalMs: number): { changed(): void; dispose(): void } {
  let timer: NodeJS.Timeout | undefined;
  return {
    changed() {
      timer ??= setTimeout(() => {
        timer = undefined;
        send();
      }, intervalMs);
    },
    dispose() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** Runs `run(key)` once `delayMs` have passed without another `schedule` of the same key. */
export function debouncePerKey(run: (key: string) => void): { schedule(key: string, delayMs: number): void; cancel(key: string): void } {
  const timers = new Map<string, NodeJS.Timeout>();
  return {
    schedule(key, delayMs) {
      clearTimeout(timers.get(key));
      timers.set(
        key,
        setTimeout(() => {
          timers.delete(key);
          run(key);
        }, delayMs),
      );
    },
    cancel(key) {
      clearTimeout(timers.get(key));
      timers.delete(key);
    },
  };
}
