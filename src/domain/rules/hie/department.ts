/**
 * 部门整体支出绩效目标表 / 自评表 use their own 一级 (履职效能, 管理效率, 运行成本, 社会效应 …),
 * set by each province for the department as a whole; the project catalogue's 一级 and 二级 (and its
 * 产出/效益/满意度 trio) do not apply there. Such a table is known by one of its department-only 一级.
 */
import { memoise } from '../../memo';
import type { Project } from '../../model';
import { evaluationLevel1, isEvaluationFramework } from '../../framework';

/** 一级 found only in department-wide frameworks. */
const DEPARTMENT_ONLY = new Set(['履职效能', '履职效果', '管理效率', '运行成本', '社会效应']);
/** 一级 a department-wide table may also use beside them. */
const DEPARTMENT_ALSO = new Set(['产出', '效益', '效果', '社会效益', '可持续发展', '可持续影响', '满意度', '服务对象满意度', '成本']);

/**
 * A 一级 label without its notes (“（30分）”), spaces and trailing 指标. Memoised: HIE-01, HIE-02 and
 * HIE-04 each ask it for every row of every project, and a sheet repeats the same few 一级 labels.
 */
export const level1Core = memoise((text: string): string =>
  text
    .replace(/[（(][^（）()]*[)）]/g, '')
    .replace(/\s+/g, '')
    .replace(/指标$/, ''),
);

// HIE-01/02/04, SE-01, CST-02 and VAL-09 ask it of every project: worked out once per indicator list (again if it grows).
const known = new WeakMap<object, { n: number; yes: boolean }>();

export function isDepartmentWide(p: Project): boolean {
  const k = known.get(p.indicators);
  if (k && k.n === p.indicators.length) return k.yes;
  // The evaluation framework (决策 / 过程 …, framework.ts) likewise sets its own 一级 and 二级.
  const yes = p.indicators.some((x) => departmentOnly(x.level1Text)) || isEvaluationFramework(p.indicators);
  known.set(p.indicators, { n: p.indicators.length, yes });
  return yes;
}

// Once per distinct label: HIE-01/02/04, SE-01 and CST-02 all ask, and a 50 000-row table repeats a few labels.
const departmentOnly = memoise((text) => DEPARTMENT_ONLY.has(level1Core(text)));

/** Is this 一级 one a department-wide table may use? */
export function departmentLevel1(text: string): boolean {
  const c = level1Core(text);
  return DEPARTMENT_ONLY.has(c) || DEPARTMENT_ALSO.has(c) || !!evaluationLevel1(c);
}
