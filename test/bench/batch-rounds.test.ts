import { roundSpeedUps } from '../../bench/batch';

describe("the batch bench's 1 → 2 cores speed-up, round by round", () => {
  it('divides each round’s one-core wall by the two-core wall of the same round', () => {
    // A round that met twice the load for both commands still reads 1.6×.
    expect(roundSpeedUps([1600, 3200, 1800], [1000, 2000, 1000])).toEqual([1.6, 1.6, 1.8]);
  });

  it('is not the ratio of the two medians when the load moves between rounds', () => {
    const one = [1600, 3200, 3600];
    const two = [1000, 2000, 1800];
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // Medians apart: 3200 ÷ 1800 ≈ 1.78×; round by round the median is 1.6×.
    expect(med(one) / med(two)).toBeCloseTo(1.78, 2);
    expect(med(roundSpeedUps(one, two))).toBe(1.6);
  });

  it('refuses rounds that do not pair up', () => {
    expect(() => roundSpeedUps([1, 2], [1])).toThrow();
  });
});
