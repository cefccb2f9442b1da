/**
 * What published 目标表 write after a target's figure that is not the figure (session 16):
 * - a sentence's closing mark (“≥95%；”, “≥90%。”, “≥95%，”, “100%.”), left when a cell was cut out of a paragraph: the
 *   value reads without it and NRM-06 offers the plain spelling ('trailing-punct');
 * - an aim beside the bound (“≥80%，力争90%”, “不低于500人；争取600人”, “≥80%（力争达到90%）”): the bound is what is
 *   assessed (“确保…力争…” — the aim is a wish, not the target), read as the bound; the words stay as written ('unit-note',
 *   so NRM-06 never offers to drop them).
 * Only where a figure is left: “已完成。”, “显著提升，力争…” are words as before. Pure.
 */

/** value-phrases.ts's Phrased (not imported: that file calls this one). */
interface Phrased {
  text: string;
  changes: string[];
  strict: boolean;
}

export const TRAILING_PUNCT = /[；;。，,、.．！!]+$/;
const AIM =
  /^(.*\d.*?)(?:[，,；;、\s]*(?:力争|争取|努力|力求|最好|期望|预期)(?:达到|达|实现|完成)?[^\d]{0,4}\d[^，,；;。]*|[（(](?:力争|争取|努力|力求)[^（()）]*\d[^（()）]*[)）])$/;
// “确保≥80%，力争90%”: 确保 before the bound says only that it is the bound.
const ENSURE = /^(?:确保|保证)(?:达到|达)?(?=[≥≤≧≦><=＞＜]|不低于|不少于|不高于|不超过|\d)/;

/** The value without a closing mark or an aim after its figure, respelled by `respell`; null where there is none. */
export function withoutTail(c: string, respell: (s: string) => Phrased): Phrased | null {
  const p = TRAILING_PUNCT.exec(c);
  if (p && /\d/.test(c.slice(0, p.index))) {
    const inner = respell(c.slice(0, p.index));
    return { ...inner, changes: [...inner.changes, 'trailing-punct'] };
  }
  const a = AIM.exec(c);
  if (a) {
    const bound = a[1].replace(ENSURE, '');
    const inner = respell(bound);
    return { ...inner, changes: [...inner.changes, 'unit-note'] };
  }
  return null;
}
