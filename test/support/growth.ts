/**
 * How many times longer `work(size * factor)` takes than `work(size)`: about `factor` for work
 * that grows with its input, `factor²` for work that grows with its square. A guard against a
 * quadratic pattern then compares two runs of the same machine, in the same moment, instead of
 * a wall-clock limit that a loaded CI machine may cross (or a slow pattern stay under). Each size
 * is timed `rounds` times, alternated, and the fastest kept: a pause of the machine drops out.
 */
export function growth(work: (size: number) => void, size: number, factor: number, rounds = 5): number {
  let small = Infinity;
  let large = Infinity;
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    work(size);
    small = Math.min(small, performance.now() - started);
    started = performance.now();
    work(size * factor);
    large = Math.min(large, performance.now() - started);
    // A second is far past the 2 ms such work takes in one pass: the verdict is in.
    if (large > 1000) break;
  }
  // Timers are coarse (0.1 ms in a page that is not cross-origin isolated).
  return large / Math.max(small, 0.5);
}
