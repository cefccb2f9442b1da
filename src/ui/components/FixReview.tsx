/**
 * The review before safe fixes are written: the confirm button on top, then every change before →
 * after, grouped by project and rule, each with its sheet and cell.
 */
import * as React from 'react';
import { useEffect, useRef } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, ProjectSummary } from '../host';
import { groupByRule, ruleTitle } from '../groups';
import { useT } from '../i18n';
import { FixPreview } from './FixPreview';

const useStyles = makeStyles({
  panel: { border: `2px solid ${tokens.colorBrandStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  h2: { fontSize: tokens.fontSizeBase300, margin: 0, flexBasis: '100%' },
  h3: { fontSize: tokens.fontSizeBase200, margin: `${tokens.spacingVerticalS} 0 0` },
  h4: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2 },
});

export interface FixReviewProps {
  fixes: Finding[];
  projects: ProjectSummary[];
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function FixReview({ fixes, projects, busy, onConfirm, onCancel }: FixReviewProps): React.JSX.Element {
  const styles = useStyles();
  const { lang, t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: 'nearest' });
    heading.current?.focus();
  }, [fixes]);
  const groups = groupByRule(fixes);
  const title = t('validate.reviewTitle', { n: fixes.length });
  return (
    <div className={styles.panel} role="region" aria-label={title} data-testid="fix-review">
      <div className={styles.top}>
        <h2 className={styles.h2} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <Button appearance="primary" size="small" disabled={busy} onClick={onConfirm}>
          {t('validate.confirm', { n: fixes.length })}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('validate.cancel')}
        </Button>
      </div>
      {[...new Set(groups.map((g) => g.project))].map((p) => {
        const proj = projects.find((x) => x.index === p);
        return (
          <section key={p} data-review-project={p}>
            <h3 className={styles.h3}>
              {proj ? t('finding.project', { n: p, name: proj.partOf === undefined ? proj.name : t('project.longTerm', { n: proj.partOf }) }) : t('finding.fileLevel')}
            </h3>
            {groups
              .filter((g) => g.project === p)
              .map((g) => (
                <div key={g.key} data-review-rule={g.rule}>
                  <h4 className={styles.h4}>{t('group.count', { title: `${g.rule} ${ruleTitle(g.findings[0], lang)}`, n: g.findings.length })}</h4>
                  {g.findings.map((f) => (
                    <FixPreview key={f.id} fix={f.fix!} sheet={f.sheet} showCell />
                  ))}
                </div>
              ))}
          </section>
        );
      })}
    </div>
  );
}
