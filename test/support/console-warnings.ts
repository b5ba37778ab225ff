/** The console warnings written while `action` runs, synchronous or not (each call's arguments as strings, joined by a space). */
export async function warningsDuring(action: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}
