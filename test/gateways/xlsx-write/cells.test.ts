import { parseCells } from '../../../src/gateways/xlsx-write/sheet';
import { colNumber } from '../../../src/sheet/a1';

/** What the writer did before: the cell pattern, each cell keyed by its r's column. */
function byPattern(body: string): Map<number, string> | string {
  const out = new Map<number, string>();
  for (const el of body.match(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? []) {
    const m = /\sr="([A-Za-z]{1,3})\d+"/.exec(el.slice(0, el.indexOf('>') + 1));
    if (!m) return 'cell without r';
    out.set(colNumber(m[1].toUpperCase()), el);
  }
  return out;
}

function byScan(body: string): Map<number, string> | string {
  try {
    return parseCells(body);
  } catch (e) {
    return (e as Error).message;
  }
}

let seed = 3;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pick = <T>(xs: T[]) => xs[rnd(xs.length)];

const cell = (col: string) =>
  pick([
    () => `<c r="${col}7"/>`,
    () => `<c r="${col}7" s="3"/>`,
    () => `<c r="${col}7" t="s"><v>12</v></c>`,
    () => `<c s="2" r="${col}7"><f>SUM(A1:A3)/2</f><v>3</v></c>`,
    () => `<c r="${col}7" t="inlineStr"><is><r><rPr><b/></rPr><t>a&lt;c b</t></r></is></c>`,
    () => `<c r="${col}7" t="str"><f>IF(A1=" r=",1,"/>")</f><v>x</v></c>`,
    () => `<c\tr="${col}7"\n/>`,
    () => `<c r="${col}7">`,
    () => `<cfx r="${col}7"/>`,
    () => `<c/>`,
    () => `<c r="${col}7" xr:uid="{1/2}"><v>1</v></c>`,
  ])();

describe('package writer: a row’s cells', () => {
  it('are found as the cell pattern finds them, on well-formed and broken rows', () => {
    for (let n = 0; n < 3000; n++) {
      const cols = ['A', 'B', 'C', 'AA', 'XFD', 'b'];
      const body = Array.from({ length: rnd(7) }, () => cell(pick(cols))).join(pick(['', ' ', '\n']));
      expect(byScan(body)).toEqual(byPattern(body));
    }
  });
});
