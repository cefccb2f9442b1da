/**
 * Text a template prints where the department is to write its own indicator, left as printed: an instruction
 * (“（可根据需要增行）”, “此处填写三级指标”, “（自行添加）”) or a name made of filler marks (“XX指标”, “××率”,
 * “＊＊＊名称”). Once the filler marks and brackets are taken out, only the template's own words are left.
 */

/** Filler marks standing in for a name: XX, ××, ＊＊, ○○, □□ (two or more), and brackets. */
const FILLER = /[xX×＊*○□△]{2,}|[()（）[\]【】〔〕<>《》「」]/g;

/** The words of a template's instructions and generic names, nothing a department's own indicator is called. */
const TEMPLATE_WORDS =
  /^(?:可|请|需|须|应|按|如|若|根据|需要|实际|情况|自行|自定义?|增加|增设|增行|添加|补充|插入|填写|填报|填列|输入|录入|选填|必填|此处|在此|具体|三级|二级|指标|名称|内容|项目|其他|其它|等|行|个|项|条|的|及|和|或|、|，|,|。|…|\.|\s)+$/;

/** Words that ask the department to fill or add a row. */
const ASKS = /填写|填报|填列|输入|录入|增行|增加|增设|添加|补充|自行|自定义?/;

const HAN_OR_FILLER = /[\u4e00-\u9fff]|[xX×＊*○□△]{2,}/;

export function templateText(t: string): boolean {
  if (t.length > 30 || !HAN_OR_FILLER.test(t)) return false;
  const hadFiller = t !== t.replace(FILLER, '');
  const rest = t.replace(FILLER, '');
  // Plain words (“其他”, “具体指标”) may be a label; bracketed, filled-in or asking to be filled (“请填写”) they are a template's.
  if (!hadFiller && !ASKS.test(rest)) return false;
  return rest === '' || TEMPLATE_WORDS.test(rest);
}
