/**
 * The RuleTester bites: a case naming the wrong messageId, or the wrong data, fails. Before, only the
 * text before a template's first “{” was compared — “ for both of SE-02's `missing` and `placeholder`,
 * so a case naming either passed.
 */
import { SE02 } from '../../src/domain/rules/se';
import { selfEval } from './grids';
import { verifyInvalid, verifyValid, type InvalidCase } from './rule-tester';

const row = (actual: string | number) => ['产出指标', '数量指标', '补助村(社区)数量', '=8个', actual, 50, 50, null];
const rest = [
  ['效益指标', '社会效益指标', '干部工作积极性', '效果明显', '达成预期指标', 30, 30, null],
  ['满意度指标', '服务对象满意度指标', '公众满意度', '≥90%', 95, 10, 10, null],
];
const placeholder: InvalidCase = {
  name: 'placeholder actual',
  grid: selfEval([row('**'), ...rest]),
  errors: [{ messageId: 'placeholder', data: { name: '补助村(社区)数量', raw: '**' }, cell: 'E6' }],
};
const wrong = (e: Partial<InvalidCase['errors'][number]>): InvalidCase => ({ ...placeholder, errors: [{ ...placeholder.errors[0], ...e }] });

describe('RuleTester', () => {
  test('the right messageId and data pass', () => {
    expect(() => verifyInvalid(SE02, placeholder)).not.toThrow();
  });
  test('a wrong messageId fails, even one whose template starts with the same text', () => {
    expect(SE02.meta.messages.missing.split('{')[0]).toBe(SE02.meta.messages.placeholder.split('{')[0]);
    expect(() => verifyInvalid(SE02, wrong({ messageId: 'missing', data: undefined }))).toThrow(/placeholder/);
  });
  test('an unknown messageId fails', () => {
    expect(() => verifyInvalid(SE02, wrong({ messageId: 'placeholderr', data: undefined }))).toThrow();
  });
  test('wrong data fails', () => {
    expect(() => verifyInvalid(SE02, wrong({ data: { name: '补助村(社区)数量', raw: '***' } }))).toThrow(/\*\*\*/);
    expect(() => verifyInvalid(SE02, wrong({ data: { name: '补助村(社区)数量' } }))).toThrow();
  });
  test('a wrong cell or count fails; a finding in a valid case fails', () => {
    expect(() => verifyInvalid(SE02, wrong({ cell: 'E7' }))).toThrow();
    expect(() => verifyInvalid(SE02, { ...placeholder, errors: [] })).toThrow();
    expect(() => verifyValid(SE02, placeholder)).toThrow();
  });
});
