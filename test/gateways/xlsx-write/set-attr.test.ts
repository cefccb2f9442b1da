/**
 * setAttr finds an attribute by indexOf: it must set the first `name="…"` that follows white
 * space, never a longer name ending in it (xr:s, rs) nor a name inside a value, and add it when absent.
 */
import { setAttr } from '../../../src/gateways/xlsx-write/styles';

describe('setAttr', () => {
  test.each([
    ['<c r="A1" s="3" t="s">', 's', '7', '<c r="A1" s="7" t="s">'],
    ['<c r="A1" rs="2" s="3">', 's', '7', '<c r="A1" rs="2" s="7">'],
    ['<c xr:s="1" r="A1">', 's', '7', '<c s="7" xr:s="1" r="A1">'],
    ['<c r="A1">', 's', '7', '<c s="7" r="A1">'],
    ['<row r="5"\ts="2">', 's', '1', '<row r="5"\ts="1">'],
    ['<c\u3000s="2"/>', 's', '1', '<c\u3000s="1"/>'],
    ['<pane ySplit="3" topLeftCell="A4"/>', 'ySplit', '9', '<pane ySplit="9" topLeftCell="A4"/>'],
    ['<c r="A1" s="3">', 'r', 'a"<b', '<c r="a&quot;&lt;b" s="3">'],
    // No closing quote: nothing matches, so the attribute is added at the front.
    ['<c s="3', 's', '1', '<c s="1" s="3'],
    ['s="3"', 's', '1', 's="3"'],
  ])('%s: %s=%s', (el, name, value, want) => {
    expect(setAttr(el, name, value)).toBe(want);
  });
});
