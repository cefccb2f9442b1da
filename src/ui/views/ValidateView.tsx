/**
 * 校验: validate; a summary card on top (what to fix first); filters by severity and project; the
 * findings grouped by project and rule; safe fixes reviewed before → after before they are written.
 */
import * as React from 'react';
import { Suspense, lazy, useState } from 'react';
import { Checkbox, Select, Spinner, Text, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../sheet/plan';
import type { Finding, ValidateResult } from '../host';
import { countBySeverity } from '../groups';
import { countProjects, projectLabel, summarySentence, useT } from '../i18n';
import { usePane } from '../pane';
import { FindingList } from '../components/FindingList';
import { FixReview } from '../components/FixReview';
import { SummaryCard } from '../components/SummaryCard';
import { SEVERITIES } from '../components/severity';
import { useViewStyles } from '../components/viewStyles';

const ReadingView = lazy(() => import(/* webpackChunkName: "view-reading" */ './ReadingView'));

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalXS} 0`,
    border: 'none',
    padding: 0,
    minWidth: 0,
  },
  // The legend is for screen readers; the checkboxes say what they filter.
  legend: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', padding: 0 },
  select: { flex: '1 1 7em', minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' } },
  hidden: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

function without(v: ValidateResult, ids: Set<string>): ValidateResult {
  return { ...v, findings: v.findings.filter((f) => !ids.has(f.id)) };
}

export default function ValidateView(): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const { lang, t } = useT();
  const { host, run, busy, settings, validation, setValidation } = usePane();
  const [review, setReview] = useState<Finding[] | null>(null);
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [project, setProject] = useState<number | null>(null);
  // A new validation opens its own error and warning groups.
  const [runs, setRuns] = useState(0);
  // 识别结果 (how the sheet was read) in place of the findings, after a validation.
  const [reading, setReading] = useState(false);

  const validate = () =>
    run((p) => host.validate(p), {
      action: t('action.validate'),
      done: (r) => {
        setValidation(r);
        setRuns((n) => n + 1);
        setReview(null);
        setProject(null);
        const c = countBySeverity(r.findings);
        return `${summarySentence(t, lang, countProjects(r.projects), c)} ${t('validate.marked', { n: r.marked })}`;
      },
    });

  const clear = () => run(() => host.clearMarks(), { action: t('action.clear'), done: () => t('validate.cleared') });

  const apply = (list: Finding[]) =>
    run(
      (p) =>
        host.applyFixes(
          list.map((f) => f.id),
          p,
        ),
      {
        action: t('action.fix'),
        done: (n) => {
          if (validation) setValidation(without(validation, new Set(list.map((f) => f.id))));
          setReview(null);
          return t('validate.fixed', { n });
        },
      },
    );

  const select = (f: Finding) => run(() => host.select(f.sheet, f.cell), { quiet: true, action: t('action.select') });

  const all = validation?.findings ?? [];
  const visible = all.filter((f) => shown[f.severity] && (project === null || f.project === project));

  return (
    <div>
      {validation ? null : (
        <Text as="p" className={styles.intro}>
          {t('validate.intro')}
        </Text>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={validate}>
          {t(settings.scope === 'workbook' ? 'validate.runWorkbook' : 'validate.runSheet')}
        </Button>
        <Button disabled={busy || !validation} onClick={clear}>
          {t('validate.clear')}
        </Button>
        {host.reading ? (
          <Button disabled={busy || !validation} onClick={() => setReading(!reading)} aria-pressed={reading} data-testid="reading-toggle">
            {t(reading ? 'reading.close' : 'reading.open')}
          </Button>
        ) : null}
      </div>
      {validation && reading ? (
        <Suspense fallback={<Spinner size="tiny" label={t('app.loadingView')} />}>
          <ReadingView onRevalidate={validate} />
        </Suspense>
      ) : validation ? (
        <>
          <SummaryCard result={validation} findings={all} busy={busy} onSelect={select} onProject={(i) => setProject(i)} onFixAll={() => setReview(all.filter((f) => f.fix))} />
          {review && review.length ? (
            <FixReview fixes={review} projects={validation.projects} busy={busy} onConfirm={() => apply(review)} onCancel={() => setReview(null)} />
          ) : null}
          {all.length ? (
            <fieldset className={own.filters} data-testid="filters">
              <legend className={own.legend}>{t('validate.filters')}</legend>
              {SEVERITIES.map((s) => (
                <Checkbox key={s} size="medium" checked={shown[s]} onChange={(_, d) => setShown({ ...shown, [s]: d.checked === true })} label={t(`severity.${s}`)} />
              ))}
              <Select
                className={own.select}
                size="small"
                aria-label={t('validate.projectFilter')}
                value={project === null ? '' : String(project)}
                onChange={(_, d) => setProject(d.value === '' ? null : Number(d.value))}
              >
                <option value="">{t('validate.allProjects')}</option>
                {validation.projects.map((p) => (
                  <option key={p.index} value={String(p.index)}>
                    {projectLabel(t, p)}
                  </option>
                ))}
              </Select>
            </fieldset>
          ) : null}
          {visible.length < all.length ? <span className={own.hidden}>{t('validate.hidden', { n: all.length - visible.length })}</span> : null}
          <FindingList
            key={runs}
            findings={visible}
            projects={validation.projects}
            busy={busy}
            onSelect={select}
            onApply={(f) => apply([f])}
            onFixGroup={(list) => setReview(list)}
          />
        </>
      ) : null}
    </div>
  );
}
