/**
 * A figure the template printed as its sample, left as printed: the digits still filler marks, an operator and a unit
 * around them (“≥XX%”, “X个”, “≤XX天”, “××万元”, “**”). Under a name the template numbered (“指标1：”) or none, the
 * row is the form's, not an indicator the department set; under a name someone typed it is an unfilled target (VAL-01).
 */
const SAMPLE_FIGURE = /^[≥≤≧≦>＞<＜=＝]{0,2}\s*(?:[xX]{1,4}|[×＊*○□]{1,4})\s*[%％‰]?[^\d\s≥≤≧≦>＞<＜=＝xX×＊*○□a-zA-Z]{0,5}$/;

export function sampleFigure(t: string): boolean {
  return SAMPLE_FIGURE.test(t);
}
