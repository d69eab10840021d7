/**
 * How many worker threads `batch` and `audit` run, as the input comes in. A worker pays for its start:
 * loading the engine and, above all, compiling its hot code as it decides its first few thousand
 * households, about 1.2 s of CPU before it reaches full speed (issue 18's profile; 2–4 s on this
 * 2-core machine under the load of other processes). On a small input the second worker spends that
 * and saves less time than it costs; on a large one it halves the remaining time.
 *
 * The rule: with k workers running, worker k + 1 starts once the input is expected to hold at least
 * k × (k + 1) × {@link WARM_UP_HOUSEHOLDS} lines. Why: with k workers each decides N / k lines;
 * with k + 1, N / (k + 1); the wall time saved, N / (k (k + 1) R) at R households a second per warm
 * worker, repays the warm-up W of the new worker when it is at least W, i.e. N ≥ k (k + 1) W R.
 * {@link WARM_UP_HOUSEHOLDS} is W × R, the households a warm worker decides in the time a warm-up costs.
 * Measured: W = 1.2 s (issue 18) at R ≈ 4 700 households a second (one worker, the README's figure)
 * gives 5 600; a fresh process here (2026-11-30), evaluating the bench population in blocks
 * and comparing each block's CPU time with the steady rate, spent 2.7–4.6 s more CPU than a warm one
 * at 2 000–2 300 households a second of CPU (loaded machine), most of it in its first 5 000
 * households. We take 5 000: the second worker from 10 000 lines, the third from 30 000, the fourth
 * from 60 000.
 *
 * The input's size is known for a file: the expected number of lines is then estimated from the bytes
 * per whole line read so far, so a large file starts every worker after its first chunk (a file near a
 * threshold may land on either side, as its first lines are longer or shorter than its average). From a pipe it is
 * not known: the lines read so far are the estimate, and workers start as the input proves long enough.
 */

/** The households a warm worker decides in the CPU time one worker's warm-up costs (see above). */
export const WARM_UP_HOUSEHOLDS = 5_000;

/**
 * The number of lines the input is expected to hold, from what has been read: `linesRead` whole lines
 * making `bytesRead` bytes (their newlines included), out of `size` bytes when the input is a file
 * (else undefined). Never less than the lines already read.
 */
export function expectedLines(linesRead: number, bytesRead: number, size: number | undefined): number {
  if (size === undefined || linesRead <= 0 || bytesRead <= 0 || size <= bytesRead) return Math.max(0, linesRead);
  return Math.max(linesRead, Math.floor((linesRead * size) / bytesRead));
}

/**
 * Worker threads to run for an input expected to hold `lines` lines, at most `cap` (`--workers`, or the
 * cores): none when `cap` is 0 (decide on the main thread), else 1, plus worker k + 1 for every k with
 * `lines` ≥ k × (k + 1) × `warmUp`.
 */
export function workersFor(cap: number, lines: number, warmUp: number = WARM_UP_HOUSEHOLDS): number {
  if (cap <= 0) return 0;
  let workers = 1;
  while (workers < cap && lines >= workers * (workers + 1) * warmUp) workers++;
  return workers;
}
