/**
 * Runs `analyse` over files with `inFlight` tasks at a time and hands results to `emit` in input order, holding at most
 * a small window of finished results, so memory does not grow with the number of files.
 */
export async function processInOrder<J, T>(
  files: readonly string[],
  inFlight: number,
  toJob: (file: string) => J,
  analyse: (job: J) => Promise<T>,
  emit: (result: T) => Promise<void>,
  stopped: () => boolean,
): Promise<void> {
  const window = inFlight * 4;
  const finished = new Map<number, T>();
  let nextToStart = 0;
  let nextToEmit = 0;
  let emitting: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    emitting = emitting.then(async () => {
      while (finished.has(nextToEmit)) {
        const result = finished.get(nextToEmit)!;
        finished.delete(nextToEmit);
        nextToEmit += 1;
        await emit(result);
      }
    });
    return emitting;
  };

  const worker = async (): Promise<void> => {
    while (nextToStart < files.length && !stopped()) {
      if (nextToStart - nextToEmit >= window) {
        await emitting;
        if (nextToStart - nextToEmit >= window) await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      const index = nextToStart++;
      finished.set(index, await analyse(toJob(files[index]!)));
      await flush();
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  await flush();
}
