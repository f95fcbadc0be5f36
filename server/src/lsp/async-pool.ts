// Runs at most `limit` async tasks at once over a list; stops taking new items once `stopped()`.
export async function forEachLimited<T>(items: readonly T[], limit: number, stopped: () => boolean, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!stopped()) {
      const i = next++;
      if (i >= items.length) return;
      await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/** Lets pending messages (changes, cancellations) in between two pieces of synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
