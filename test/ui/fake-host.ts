/** An in-memory Host for the pane's tests: canned results, every call recorded. */
import {
  DEFAULT_SETTINGS,
  type Capabilities,
  type Finding,
  type Host,
  type Lang,
  type Progress,
  type ProjectSummary,
  type RuleView,
  type Settings,
  type StandardRowView,
  type ValidateResult,
} from '../../src/ui/host';
import { ruleViews } from '../../src/addin/summaries';

export interface Call {
  method: keyof Host;
  args: unknown[];
}

export function project(index: number, over: Partial<ProjectSummary> = {}): ProjectSummary {
  return {
    index,
    sheet: 'Sheet1',
    name: `项目${index}`,
    layout: 'target',
    indicators: 10,
    errors: 0,
    warnings: 0,
    infos: 0,
    total: null,
    grade: null,
    executionRate: null,
    missingActuals: 0,
    missingReasons: 0,
    ...over,
  };
}

export const FINDINGS: Finding[] = [
  {
    id: 'f1',
    rule: 'VAL-08',
    severity: 'warning',
    sheet: 'Sheet1',
    cell: 'E61',
    project: 1,
    message: '“资助政策发挥作用时间”是时间类指标，指标值单位却是“人次”',
    messageEn: 'Time indicator with unit 人次',
    source: '财预〔2020〕10号 [R]',
  },
  {
    id: 'f2',
    rule: 'NRM-01',
    severity: 'info',
    sheet: 'Sheet1',
    cell: 'C9',
    project: 1,
    message: '“建设大模型⏎生产中心”中有断行或空格',
    messageEn: 'Line break in name',
    source: 'seed [V]',
    fix: { cell: 'C9', before: '建设大模型\n生产中心', after: '建设大模型生产中心' },
  },
  {
    id: 'f3',
    rule: 'HIE-01',
    severity: 'error',
    sheet: 'Sheet1',
    cell: 'A20',
    project: 2,
    message: '缺少满意度指标',
    messageEn: 'No satisfaction indicator',
    source: '财预〔2020〕10号 [R]',
  },
  {
    id: 'f4',
    rule: 'NRM-06',
    severity: 'info',
    sheet: 'Sheet1',
    cell: 'E21',
    project: 2,
    message: '“≥95 百分号”规范为“≥95%”',
    messageEn: 'Normalised to ≥95%',
    source: 'seed [V]',
    fix: { cell: 'E21', before: '≥95 百分号', after: '≥95%' },
  },
];

export const ROWS: StandardRowView[] = [
  { id: 'GEN-01', category: '通用', level1: '产出指标', level2: '时效指标', level3: '任务按期完成率', value: '=100%', source: 'seed [P]' },
  { id: 'AID-01', category: '学生资助', level1: '产出指标', level2: '数量指标', level3: '资助学生人次', value: '≥N人次', source: 'seed [P]' },
  { id: 'AID-03', category: '学生资助', level1: '产出指标', level2: '质量指标', level3: '资助对象认定准确率', value: '=100%', source: 'seed [P]' },
];

export class FakeHost implements Host {
  calls: Call[] = [];
  lang: Lang = 'zh';
  undoable = false;
  settings: Settings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));
  findings: Finding[] = FINDINGS.map((f) => ({ ...f }));
  projectList: ProjectSummary[] = [project(1, { name: '现代职业教育质量提升计划资金', warnings: 1, infos: 1 }), project(2, { name: '学生资助补助经费', errors: 1, infos: 1 })];
  selfEval: ProjectSummary[] = [
    project(1, { name: '现代职业教育质量提升计划资金', total: 92.5, grade: '优', executionRate: 0.98 }),
    project(2, { name: '学生资助补助经费', total: null, grade: null, missingActuals: 3, missingReasons: 2 }),
  ];
  /** Make the next call of a method fail with this error. */
  failNext: Partial<Record<keyof Host, Error>> = {};
  /** Progress messages to send during long actions. */
  progress: Progress[] = [{ message: '项目 1/2：现代职业教育… 120 行', messageEn: 'Project 1/2: … 120 rows', fraction: 0.5 }];
  /** When set, long actions wait for this promise before finishing (to observe the busy state). */
  gate: Promise<void> | null = null;

  private record(method: keyof Host, ...args: unknown[]): void {
    this.calls.push({ method, args });
    const err = this.failNext[method];
    if (err) {
      delete this.failNext[method];
      throw err;
    }
  }

  called(method: keyof Host): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  private async long(onProgress?: (p: Progress) => void): Promise<void> {
    for (const p of this.progress) onProgress?.(p);
    if (this.gate) await this.gate;
  }

  capabilities(): Capabilities {
    return { notes: true, mergedAreas: true, undoGroup: true, lang: this.lang };
  }
  async validate(onProgress?: (p: Progress) => void): Promise<ValidateResult> {
    this.record('validate');
    await this.long(onProgress);
    this.undoable = true;
    return { projects: this.projectList, findings: this.findings.map((f) => ({ ...f })), marked: 2, notes: true };
  }
  async clearMarks(): Promise<void> {
    this.record('clearMarks');
  }
  async applyFixes(ids?: string[], onProgress?: (p: Progress) => void): Promise<number> {
    this.record('applyFixes', ids);
    await this.long(onProgress);
    const n = this.findings.filter((f) => f.fix && (!ids || ids.includes(f.id))).length;
    this.findings = this.findings.filter((f) => !(f.fix && (!ids || ids.includes(f.id))));
    this.undoable = true;
    return n;
  }
  async fillSelfEvaluation(onProgress?: (p: Progress) => void): Promise<ProjectSummary[]> {
    this.record('fillSelfEvaluation');
    await this.long(onProgress);
    this.undoable = true;
    return this.selfEval;
  }
  standardRows(): StandardRowView[] {
    this.record('standardRows');
    return ROWS;
  }
  /** The real rule list: the 设置 tab's tests count its severity rows. */
  rules(): RuleView[] {
    return ruleViews();
  }
  projects(): ProjectSummary[] {
    this.record('projects');
    return this.projectList;
  }
  async insertRows(project: number, rowIds: string[]): Promise<number> {
    this.record('insertRows', project, rowIds);
    this.undoable = true;
    return rowIds.length;
  }
  async undo(): Promise<boolean> {
    this.record('undo');
    const was = this.undoable;
    this.undoable = false;
    return was;
  }
  async canUndo(): Promise<boolean> {
    this.calls.push({ method: 'canUndo', args: [] });
    return this.undoable;
  }
  async select(sheet: string, cell: string): Promise<void> {
    this.record('select', sheet, cell);
  }
  async loadSettings(): Promise<Settings> {
    this.record('loadSettings');
    return JSON.parse(JSON.stringify(this.settings));
  }
  async saveSettings(s: Settings): Promise<void> {
    this.record('saveSettings', s);
    this.settings = JSON.parse(JSON.stringify(s));
  }
}
