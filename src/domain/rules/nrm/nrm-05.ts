/** NRM-05 指标名称别名 — Alias of a canonical indicator name. */
import { canonicalLevel1, canonicalLevel2, stripLabel } from '../../catalogue';
import type { Rule } from '../types';
import { cite } from '../cite';
import { isEvaluationFramework } from '../../framework';

export const NRM05: Rule = {
  id: 'NRM-05',
  meta: {
    fix: 'safe',
    title: '指标名称别名',
    titleEn: 'Alias of a canonical indicator name',
    description: '旧称与简称（可持续影响、环境效益指标、效果指标、进度指标、满意度 等）映射到规范名称。',
    source: cite('NRM-05'),
    evidence: 'docs/domain.md §3.3 [V]/[P]',
    severity: 'info',
    fixable: true,
    messages: { alias: '“{raw}”规范名称为“{canonical}”' },
    messagesEn: { alias: '“{raw}” is canonically “{canonical}”' },
  },
  create(ctx) {
    const p = ctx.project;
    // 产出 / 效益 are the evaluation framework's own 一级 names (framework.ts), not aliases there.
    const framework = isEvaluationFramework(p.indicators);
    for (let i = 0, list = p.indicators; i < list.length; i++) {
      const ind = list[i];
      if (ind.level1From === 'cell' && ind.level1 && !framework) {
        const bare = stripLabel(ind.level1Text);
        // “产出指标(50分)” keeps its weight label; only the name part is compared.
        if (bare !== ind.level1 && canonicalLevel1(bare) === ind.level1)
          ctx.report({
            messageId: 'alias',
            data: { raw: bare, canonical: ind.level1 },
            row: ind.row,
            col: ctx.col('level1'),
            fix: ind.level1Text === bare ? { row: ind.row, col: ctx.col('level1'), value: ind.level1 } : undefined,
          });
      }
      // Not a cell holding 二级 and 三级 (“数量：培训人次”): the fix would write over the 三级 name.
      if (
        ind.level2From === 'cell' &&
        !ind.levelPair &&
        ind.level2 &&
        canonicalLevel2(ind.level2Text) === ind.level2 &&
        stripLabel(ind.level2Text) !== ind.level2 &&
        !ind.fragmentRows?.length
      )
        ctx.report({
          messageId: 'alias',
          data: { raw: ind.level2Text, canonical: ind.level2 },
          row: ind.row,
          col: ctx.col('level2'),
          fix: { row: ind.row, col: ctx.col('level2'), value: ind.level2 },
        });
    }
  },
};
