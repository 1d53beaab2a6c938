// Rate limiting for notifications the server sends on its own (e.g. newsAnnotator/indexChanged).

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
