/**
 * The first-character look before the header-word memo: only a necessary condition. Every text that starts
 * like a header word (after spaces, stars, invisible characters; with a year; traditional or English) must
 * still reach the full test; any other first character is answered no without it.
 */
import { byFirstChar } from '../../src/sheet/hint-start';

describe('byFirstChar', () => {
  const asked: string[] = [];
  const full = (s: string) => {
    asked.push(s);
    return /^[\s*＊\u200B]*(一级|指标值|20\d\d年|Indicator)/.test(s);
  };
  const hint = byFirstChar('\\s*＊\\u200B', '一指A-Za-z', full);

  it.each(['一级指标', ' 一级指标', '\u3000指标值', '*一级', '＊指标值', '\u200B一级指标', '2024年度指标值', 'Indicator'])('passes %j to the full test', (t) => {
    expect(hint(t)).toBe(true);
  });

  it('answers other first characters without the full test, and asks each distinct text once', () => {
    asked.length = 0;
    for (const t of ['建设大模型生产中心', '≥10人', '95%', '（一）', '满意度', '建设大模型生产中心']) expect(hint(t)).toBe(false);
    expect(asked).toEqual([]);
    expect(hint('3年')).toBe(false);
    expect(hint('指标名称')).toBe(false);
    expect(hint('指标名称')).toBe(false);
    expect(asked).toEqual(['指标名称']);
  });

  it('gives the full answer for an empty text', () => {
    expect(hint('')).toBe(false);
  });
});
