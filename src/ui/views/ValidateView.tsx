/** 校验: validate, the findings by project and severity, clear marks, and safe fixes one by one or all at once. */
import * as React from 'react';
import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Finding, ValidateResult } from '../host';
import { useT } from '../i18n';
import { usePane } from '../pane';
import { FindingList } from '../components/FindingList';
import { FixPreview } from '../components/FixPreview';
import { useViewStyles } from '../components/viewStyles';


function without(v: ValidateResult, ids: Set<string>): ValidateResult {
  return { ...v, findings: v.findings.filter((f) => !ids.has(f.id)) };
}

export default function ValidateView(): React.JSX.Element {
  const styles = useViewStyles();
  const { t } = useT();
  const { host, run, busy, settings, validation, setValidation } = usePane();
  const [reviewAll, setReviewAll] = useState(false);
  const fixable = validation?.findings.filter((f) => f.fix) ?? [];

  const validate = () =>
    run((p) => host.validate(p), {
      done: (r) => {
        setValidation(r);
        setReviewAll(false);
        const c = { errors: 0, warnings: 0, infos: 0 };
        for (const f of r.findings) c[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
        return `${t('validate.summary', { projects: r.projects.length, ...c })} ${t('validate.marked', { n: r.marked })}`;
      },
    });

  const clear = () => run(() => host.clearMarks(), { done: () => t('validate.cleared') });

  const apply = (list: Finding[]) =>
    run((p) => host.applyFixes(list.map((f) => f.id), p), {
      done: (n) => {
        if (validation) setValidation(without(validation, new Set(list.map((f) => f.id))));
        setReviewAll(false);
        return t('validate.fixed', { n });
      },
    });

  const select = (f: Finding) => run(() => host.select(f.sheet, f.cell), { quiet: true });

  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of validation?.findings ?? []) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;

  return (
    <div>
      <Text as="p" className={styles.intro}>
        {t('validate.intro')}
      </Text>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={validate}>
          {t(settings.scope === 'workbook' ? 'validate.runWorkbook' : 'validate.runSheet')}
        </Button>
        <Button disabled={busy || !validation} onClick={clear}>
          {t('validate.clear')}
        </Button>
      </div>
      {validation ? (
        <section aria-label={t('validate.results')}>
          <Text className={styles.summary} data-testid="validate-summary">
            {t('validate.summary', { projects: validation.projects.length, ...counts })}
          </Text>
          {fixable.length ? (
            <div className={styles.buttons}>
              <Button size="small" aria-expanded={reviewAll} onClick={() => setReviewAll(!reviewAll)}>
                {t('validate.previewAll', { n: fixable.length })}
              </Button>
            </div>
          ) : null}
          {reviewAll && fixable.length ? (
            <div className={styles.panel} role="region" aria-label={t('validate.previewAllTitle', { n: fixable.length })}>
              <h2 className={styles.h2}>{t('validate.previewAllTitle', { n: fixable.length })}</h2>
              {fixable.map((f) => (
                <FixPreview key={f.id} fix={f.fix!} showCell />
              ))}
              <div className={styles.buttons}>
                <Button appearance="primary" size="small" disabled={busy} onClick={() => apply(fixable)}>
                  {t('validate.confirmAll')}
                </Button>
                <Button size="small" onClick={() => setReviewAll(false)}>
                  {t('validate.cancel')}
                </Button>
              </div>
            </div>
          ) : null}
          {validation.findings.length ? (
            <FindingList findings={validation.findings} projects={validation.projects} busy={busy} onSelect={select} onApply={(f) => apply([f])} />
          ) : (
            <Text>{t('validate.noFindings')}</Text>
          )}
        </section>
      ) : null}
    </div>
  );
}
