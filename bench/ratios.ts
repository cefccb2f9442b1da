/**
 * How the bench judges a ratio to the lower bound on a shared machine: the lower bound is run between every
 * two runs of a command (lb, cmd, lb, cmd, …, lb), each run is divided by the mean of the lower bounds just
 * before and just after it, and the median of those per-run ratios is reported with its spread. Medians of
 * each command apart (what the bench did before) let a load that met one command's runs and not the other's
 * read as a ratio (this machine's rounds differ by 10–20 % for the same command).
 */

/** cpu[i] ÷ mean(lb[i], lb[i + 1]): the lower bound runs once more than the command, around each of its runs. */
export function perRunRatios(cpu: number[], lb: number[]): number[] {
  if (lb.length !== cpu.length + 1) throw new Error(`interleaved runs: ${lb.length} lower bounds for ${cpu.length} runs`);
  return cpu.map((c, i) => c / ((lb[i] + lb[i + 1]) / 2));
}

export interface Spread {
  n: number;
  median: number;
  min: number;
  q1: number;
  q3: number;
  max: number;
}

/** Median, quartiles (linear between the sorted values) and range. */
export function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => {
    const k = (s.length - 1) * p;
    const lo = Math.floor(k);
    return lo + 1 < s.length ? s[lo] + (s[lo + 1] - s[lo]) * (k - lo) : s[lo];
  };
  return { n: s.length, median: at(0.5), min: s[0], q1: at(0.25), q3: at(0.75), max: s[s.length - 1] };
}
