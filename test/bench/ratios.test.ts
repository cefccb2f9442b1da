import { perRunRatios, spread } from '../../bench/ratios';

describe('the bench judges a ratio to the lower bound run by run', () => {
  it('divides each run by the mean of the lower bounds measured just before and just after it', () => {
    // lower bound, check, lower bound, check, lower bound: the machine slows down in the middle.
    expect(perRunRatios([300, 900], [100, 200, 100])).toEqual([300 / 150, 900 / 150]);
  });

  it('is not fooled by load that meets one command and not the other', () => {
    // A run of the check that met twice the load also met it in the lower bound beside it: its ratio stays 3.
    const lb = [100, 100, 200, 200, 100, 100];
    const check = [300, 450, 600, 450, 300];
    const r = perRunRatios(check, lb);
    expect(r).toEqual([3, 3, 3, 3, 3]);
    // Medians of each command apart would read the same load as a different ratio.
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    expect(med(check) / med(lb)).not.toBe(3);
  });

  it('refuses runs that do not interleave (one lower bound more than runs)', () => {
    expect(() => perRunRatios([1, 2], [1, 2])).toThrow();
  });

  it('gives the median and the spread (lowest, quartiles, highest)', () => {
    expect(spread([5, 1, 3, 2, 4])).toEqual({ n: 5, median: 3, min: 1, q1: 2, q3: 4, max: 5 });
    expect(spread([4, 1, 3, 2])).toEqual({ n: 4, median: 2.5, min: 1, q1: 1.75, q3: 3.25, max: 4 });
    expect(spread([7])).toEqual({ n: 1, median: 7, min: 7, q1: 7, q3: 7, max: 7 });
  });
});
