import { formatValue, parseValue } from '../../src/domain/value';
import { parseUnitText } from '../../src/domain/units';

describe('an operator word after a number is no unit', () => {
  it.each(['至少', '不高于', '不超过', '最多', '大于'])('“%s” is not read as a unit', (w) => {
    expect(parseUnitText(w)).toBeNull();
  });

  // Found by value.property (seed 1344892280): “2024至少” took 至少 as its unit, and the range it formatted did not read back.
  it.each(['≮0不高于2024至少', '0至少-2024至少'])('“%s” formats to text that reads back the same', (s) => {
    const f1 = formatValue(parseValue(s, {}));
    expect(formatValue(parseValue(f1))).toBe(f1);
  });

  it('real units still read', () => {
    expect(parseValue('≥36台(套)').unit).toBe('台');
    expect(parseValue('100人以上').op).toBe('≥');
    expect(parseValue('3至5天').upper).toBe('5');
  });
});
