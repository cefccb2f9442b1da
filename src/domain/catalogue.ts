/**
 * The indicator hierarchy (docs/domain.md §3): canonical 一级/二级 names, aliases, allowed parents,
 * and the self-evaluation bucket each row's points come from.
 */
import { memoise } from './memo';

export type Level1 = '产出指标' | '效益指标' | '满意度指标' | '成本指标';
export type Bucket = '产出' | '效益' | '满意度';

export const LEVEL1: readonly Level1[] = ['产出指标', '效益指标', '满意度指标', '成本指标'];

export const LEVEL2 = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
] as const;
export type Level2 = (typeof LEVEL2)[number];

/** §3.3 variants → canonical (NRM-05). Keys are compared after whitespace removal. */
const LEVEL1_ALIASES: Record<string, Level1> = {
  产出指标: '产出指标',
  产出: '产出指标',
  '产出(工作量)指标': '产出指标',
  '产出（工作量）指标': '产出指标',
  效益指标: '效益指标',
  效益: '效益指标',
  效果指标: '效益指标',
  满意度指标: '满意度指标',
  满意度: '满意度指标',
  服务对象满意度指标: '满意度指标',
  成本指标: '成本指标',
  成本: '成本指标',
};

const LEVEL2_ALIASES: Record<string, Level2> = {
  数量: '数量指标',
  数量指标: '数量指标',
  质量: '质量指标',
  质量指标: '质量指标',
  时效: '时效指标',
  时效指标: '时效指标',
  进度指标: '时效指标',
  进度: '时效指标',
  成本: '成本指标',
  成本指标: '成本指标',
  经济成本: '经济成本指标',
  经济成本指标: '经济成本指标',
  社会成本: '社会成本指标',
  社会成本指标: '社会成本指标',
  生态环境成本: '生态环境成本指标',
  生态环境成本指标: '生态环境成本指标',
  环境成本指标: '生态环境成本指标',
  经济效益: '经济效益指标',
  经济效益指标: '经济效益指标',
  社会效益: '社会效益指标',
  社会效益指标: '社会效益指标',
  生态效益: '生态效益指标',
  生态效益指标: '生态效益指标',
  环境效益指标: '生态效益指标',
  环境效益: '生态效益指标',
  可持续影响: '可持续影响指标',
  可持续影响指标: '可持续影响指标',
  可持续发展指标: '可持续影响指标',
  可持续性: '可持续影响指标',
  可持续性指标: '可持续影响指标',
  可持续发展: '可持续影响指标',
  可持续影响力: '可持续影响指标',
  服务对象满意度指标: '服务对象满意度指标',
  服务对象满意度: '服务对象满意度指标',
  满意度指标: '服务对象满意度指标',
  满意度: '服务对象满意度指标',
  具体指标: '服务对象满意度指标',
};

/** Strip whitespace and a weight written into the label: “产出指标(50分)” → “产出指标”. */
const stripped = new Map<string, string>();

export function stripLabel(s: string): string {
  let out = stripped.get(s);
  if (out === undefined) {
    out = strip(s);
    if (stripped.size > 20000) stripped.clear();
    stripped.set(s, out);
  }
  return out;
}

// Notes a template writes into a label: “(50分)”, “(0-20)分”, “(必填硬性指标)”, “（选填）”, “（具体指标）”, “【10分】”; required-field marks “*”, “★”.
const ANNOTATION = /[（(【〔［[][^（）()【】〔〕［］[\]]*[）)】〕］\]]分?|[*＊★☆※]+/g;

function strip(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(ANNOTATION, '')
    .replace(/[:：]$/, '');
}

// “(50分)”, “（0-20）分”, “(0～20分)”: the upper end of a range is the weight; a bare “(2023)” is not one.
const LABEL_WEIGHT = /[（(【〔［[]\s*(?:\d+(?:\.\d+)?\s*[-－~～—至]\s*)?(\d+(?:\.\d+)?)\s*(分)?\s*[）)】〕］\]]\s*(分)?/;

/** The weight written into a label such as “产出指标(50分)” or “成本指标(0-20)分”, or null. */
export function labelWeight(s: string): number | null {
  const m = LABEL_WEIGHT.exec(s);
  return m && (m[2] || m[3]) ? Number(m[1]) : null;
}

// Asked of the level cells of every grid row by several readers (section lines, funds lines, table ends), mostly of the
// same few labels and of indicator names: answered once per distinct text.
const level1Memo = memoise((s): Level1 | null => LEVEL1_ALIASES[stripLabel(s)] ?? null);
const level2Memo = memoise((s): Level2 | null => {
  const k = stripLabel(s);
  if (LEVEL2_ALIASES[k]) return LEVEL2_ALIASES[k];
  // OCR/Hubei forms write “满意度指标/服务对象满意度”: take the last known part.
  for (let i = 0, list = k.split(/[/／、]/).reverse(); i < list.length; i++) {
    const part = list[i];
    if (LEVEL2_ALIASES[part]) return LEVEL2_ALIASES[part];
  }
  return null;
});

export function canonicalLevel1(s: string | null): Level1 | null {
  return s ? level1Memo(s) : null;
}

export function canonicalLevel2(s: string | null): Level2 | null {
  return s ? level2Memo(s) : null;
}

/** §3.4 allowed parents. 'hybrid' marks a Gen-B 二级 under 产出 (accepted with a warning). */
export function parentStatus(l1: Level1, l2: Level2): 'ok' | 'hybrid' | 'wrong' {
  switch (l2) {
    case '数量指标':
    case '质量指标':
    case '时效指标':
      return l1 === '产出指标' ? 'ok' : 'wrong';
    case '成本指标':
      return l1 === '产出指标' || l1 === '成本指标' ? 'ok' : 'wrong';
    case '经济成本指标':
    case '社会成本指标':
    case '生态环境成本指标':
      return l1 === '成本指标' ? 'ok' : l1 === '产出指标' ? 'hybrid' : 'wrong';
    case '经济效益指标':
    case '社会效益指标':
    case '生态效益指标':
    case '可持续影响指标':
      return l1 === '效益指标' ? 'ok' : 'wrong';
    case '服务对象满意度指标':
      return l1 === '满意度指标' ? 'ok' : 'wrong';
  }
}

/** The 一级 a 二级 belongs to, used when the 一级 column is blank above the first row. */
export function defaultParent(l2: Level2): Level1 {
  if (['经济成本指标', '社会成本指标', '生态环境成本指标'].includes(l2)) return '成本指标';
  if (['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'].includes(l2)) return '效益指标';
  if (l2 === '服务对象满意度指标') return '满意度指标';
  return '产出指标';
}

/** Scoring bucket (§4.2): cost rows of either generation count in 产出 by default. */
export function bucketOf(l1: Level1 | null, l2: Level2 | null): Bucket | null {
  const top = l1 ?? (l2 ? defaultParent(l2) : null);
  if (top === '效益指标') return l2 === '服务对象满意度指标' ? '满意度' : '效益';
  if (top === '满意度指标') return '满意度';
  if (top === '产出指标' || top === '成本指标') return '产出';
  return null;
}

export function isCostLevel(l1: Level1 | null, l2: Level2 | null): boolean {
  return l1 === '成本指标' || l2 === '成本指标' || l2 === '经济成本指标' || l2 === '社会成本指标' || l2 === '生态环境成本指标';
}

export function isTimeLevel(l2: Level2 | null): boolean {
  return l2 === '时效指标';
}
