/**
 * The execution score from a 预算执行率 the sheet gives alone (预算执行率 | 96% | 分值 | 10 | 得分): min(执行率, 1) × 分值
 * (财预〔2020〕10号), the rate read as the reader reads it (funds-line.ts) — “96%” typed as text and 0.96 are 0.96, a
 * bare 96 (more than 1.5) is 96 %. Blank while the rate cell is. Pure.
 */
export function rateScoreFormula(rateRef: string, weight: number, places: number): string {
  const n = `(--${rateRef})`;
  return `IF(${rateRef}="","",ROUND(MIN(IF(${n}>1.5,${n}/100,${n}),1)*${weight},${places}))`;
}
