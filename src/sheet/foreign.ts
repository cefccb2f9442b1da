/**
 * Tables written in Traditional characters (一級指標, 指標值, 權重 — Hong Kong, Macao and Taiwan
 * templates, or a converter run over a mainland form) and in English (Indicator, Target value,
 * Weight — translated forms of international projects). They are read through the same
 * matchers: text is folded to the simplified, mainland words for matching only; every cell keeps
 * its own text for display.
 */

/** Traditional → simplified, for the characters these forms use (headers, levels, labels, units). */
const PAIRS =
  '級级標标權权際际實实計计數数單单說说內内預预項项稱称備备註注評评準准類类週周績绩總总體体產产質质時时經经濟济態态環环' +
  '滿满務务對对響响續续資资額额門门構构劃划達达與与優优執执況况據据價价場场費费開开發发訓训學学師师蓋盖確确長长養养設设' +
  '護护維维應应進进區区縣县鎮镇財财撥拨萬万億亿圓圆異异誤误機机關关運运營营節节約约範范圍围點点導导歸归檔档聯联絡络' +
  '電电話话負负責责審审報报結结論论處处間间動动問问題题廣广為为後后從从並并舉举參参專专傳传統统採采購购驗验願愿觀观規规' +
  '現现狀状層层係系樣样種种較较個个戶户雙双車车輛辆餘余聲声僅仅賬账帳账變变' +
  '會会術术獻献衛卫醫医療疗藥药樓楼號号輔辅補补貼贴條条啟启禮礼紀纪錄录證证齡龄歲岁隊队農农業业氣气廢废淨净壓压鄉乡歷历鐵铁橋桥網网線线選选讀读書书館馆藝艺劇剧練练賽赛勞劳險险災灾圖图繪绘測测試试課课創创顯显蘭兰壽寿殘残貧贫園园飯饭潔洁漢汉魚鱼糧粮畝亩噸吨莊庄鐘钟樹树綠绿擴扩頁页彙汇覽览標标員员問问們们這这來来裡里邊边無无沒没準准兒儿齊齐將将隨随雖虽錢钱購购據据聽听識识權权';
const TRAD = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) TRAD.set(PAIRS[i], PAIRS[i + 1]);

/** Any character of the table above (a cheap test before mapping). */
export const TRADITIONAL_CLASS = [...TRAD.keys()].join('');
const HAS_TRAD = new RegExp(`[${TRADITIONAL_CLASS}]`);

export function toSimplified(s: string): string {
  if (!HAS_TRAD.test(s)) return s;
  let out = '';
  for (const ch of s) out += TRAD.get(ch) ?? ch;
  return out;
}

/** English header and label words (lower case, letters and digits only) → the Chinese word they stand for. */
const ENGLISH_WORDS: Record<string, string> = {};
const words = (zh: string, ...en: string[]) => en.forEach((e) => (ENGLISH_WORDS[e] = zh));
words(
  '一级指标',
  'level1indicator',
  'level1indicators',
  'level1',
  'firstlevelindicator',
  'firstlevelindicators',
  'primaryindicator',
  'primaryindicators',
  'indicatorlevel1',
  'tier1indicator',
);
words(
  '二级指标',
  'level2indicator',
  'level2indicators',
  'level2',
  'secondlevelindicator',
  'secondlevelindicators',
  'secondaryindicator',
  'secondaryindicators',
  'indicatorlevel2',
  'tier2indicator',
);
words(
  '三级指标',
  'level3indicator',
  'level3indicators',
  'level3',
  'thirdlevelindicator',
  'thirdlevelindicators',
  'tertiaryindicator',
  'indicatorlevel3',
  'tier3indicator',
  'indicator',
  'indicators',
  'indicatorname',
  'performanceindicator',
  'performanceindicators',
  'kpi',
);
words(
  '指标值',
  'target',
  'targets',
  'targetvalue',
  'targetvalues',
  'indicatorvalue',
  'indicatortarget',
  'annualtarget',
  'annualtargetvalue',
  'expectedvalue',
  'plannedvalue',
  'targetlevel',
  'yeartarget',
);
words('实施周期目标值', 'periodtarget', 'implementationperiodtarget', 'medium-termtarget', 'mediumtermtarget');
words('实际完成值', 'actual', 'actualvalue', 'actualvalues', 'actualresult', 'actualcompletion', 'actualcompletionvalue', 'achievedvalue', 'completedvalue', 'achievement');
words('分值', 'weight', 'weights', 'weighting', 'maxscore', 'maximumscore', 'fullmarks', 'fullscore');
words('得分', 'score', 'scores', 'actualscore', 'selfevaluationscore', 'scoreobtained');
words('计量单位', 'unit', 'units', 'unitofmeasure', 'unitofmeasurement', 'measurementunit');
words('指标解释', 'description', 'indicatordescription', 'explanation', 'definition');
words('偏差原因', 'reason', 'reasons', 'reasonfordeviation', 'reasonsfordeviation', 'deviationreason', 'deviationanalysis', 'reasonsandimprovements', 'improvementmeasures');
words('评分标准', 'scoringmethod', 'scoringcriteria', 'scoringstandard', 'scoringrule', 'scoringrules');
words('符号', 'operator', 'comparison', 'sign');
words('指标方向', 'direction');
words('指标值类型', 'valuetype', 'indicatortype');
words('项目名称', 'projectname');
words('预算数', 'budget', 'budgetamount', 'totalbudget');
words('备注', 'remark', 'remarks', 'note', 'notes');
words('总分', 'total', 'totalscore', 'overallscore', 'grandtotal');
words('小计', 'subtotal');
words('等级', 'grade', 'rating');

const ENGLISH = /^[A-Za-z][A-Za-z0-9 .\-_/()]*$/;
const NOT_WORD = /[^a-z0-9]/g;

/** The Chinese word an English header or label stands for, or null. */
export function englishWord(s: string): string | null {
  if (!ENGLISH.test(s)) return null;
  return (
    ENGLISH_WORDS[
      s
        .toLowerCase()
        .replace(/\(.*\)$/, '')
        .replace(NOT_WORD, '')
    ] ?? null
  );
}

/** English level names (a 一级 or 二级 cell) → the catalogue's words. */
const LEVEL1_EN: Record<string, string> = {
  output: '产出指标',
  outputs: '产出指标',
  outputindicator: '产出指标',
  outputindicators: '产出指标',
  outcome: '效益指标',
  outcomes: '效益指标',
  effect: '效益指标',
  effects: '效益指标',
  benefit: '效益指标',
  benefits: '效益指标',
  effectiveness: '效益指标',
  effectindicators: '效益指标',
  benefitindicators: '效益指标',
  outcomeindicators: '效益指标',
  impact: '效益指标',
  satisfaction: '满意度指标',
  satisfactionindicator: '满意度指标',
  satisfactionindicators: '满意度指标',
  cost: '成本指标',
  costs: '成本指标',
  costindicator: '成本指标',
  costindicators: '成本指标',
};
const LEVEL2_EN: Record<string, string> = {
  quantity: '数量指标',
  quantityindicator: '数量指标',
  quantityindicators: '数量指标',
  quality: '质量指标',
  qualityindicator: '质量指标',
  qualityindicators: '质量指标',
  timeliness: '时效指标',
  time: '时效指标',
  schedule: '时效指标',
  timelinessindicators: '时效指标',
  cost: '成本指标',
  costs: '成本指标',
  costindicators: '成本指标',
  economicbenefit: '经济效益指标',
  economicbenefits: '经济效益指标',
  economic: '经济效益指标',
  socialbenefit: '社会效益指标',
  socialbenefits: '社会效益指标',
  social: '社会效益指标',
  ecologicalbenefit: '生态效益指标',
  ecologicalbenefits: '生态效益指标',
  environmentalbenefit: '生态效益指标',
  environmentalbenefits: '生态效益指标',
  sustainability: '可持续影响指标',
  sustainableimpact: '可持续影响指标',
  sustainableimpacts: '可持续影响指标',
  satisfaction: '服务对象满意度指标',
  beneficiarysatisfaction: '服务对象满意度指标',
  servicerecipientsatisfaction: '服务对象满意度指标',
  userssatisfaction: '服务对象满意度指标',
  usersatisfaction: '服务对象满意度指标',
  economiccost: '经济成本指标',
  economiccosts: '经济成本指标',
  socialcost: '社会成本指标',
  socialcosts: '社会成本指标',
};

/** A 一级/二级 cell as the catalogue can read it: simplified, or the English name's Chinese word. */
export function levelText(s: string, level: 1 | 2): string {
  if (!s) return s;
  if (ENGLISH.test(s)) {
    const k = s.toLowerCase().replace(NOT_WORD, '');
    return (level === 1 ? LEVEL1_EN : LEVEL2_EN)[k] ?? s;
  }
  return toSimplified(s);
}
