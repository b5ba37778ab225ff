/** A task boundary: `scheduler.yield()` where the browser has it (its continuation goes first), a timer elsewhere. */
export const nextTask = (): Promise<void> => (globalThis as { scheduler?: { yield?(): Promise<void> } }).scheduler?.yield?.() ?? new Promise((done) => setTimeout(done));
