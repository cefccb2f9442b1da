/** Findings grouped by project, then by severity (errors first); each group can be collapsed. */
import * as React from 'react';
import { useState } from 'react';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, ProjectSummary } from '../host';
import { useT } from '../i18n';
import { FindingItem } from './FindingItem';
import { SEVERITIES, SEVERITY_BADGE, SEVERITY_KEY } from './severity';

const useStyles = makeStyles({
  project: { marginTop: tokens.spacingVerticalS },
  toggle: {
    display: 'flex',
    width: '100%',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    border: 'none',
    background: 'none',
    font: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'start',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  severity: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  counts: { display: 'inline-flex', gap: tokens.spacingHorizontalXXS, marginInlineStart: 'auto', flexShrink: 0 },
});

export interface FindingListProps {
  findings: Finding[];
  projects: ProjectSummary[];
  busy: boolean;
  onSelect(f: Finding): void;
  onApply(f: Finding): void;
}

export function FindingList({ findings, projects, busy, onSelect, onApply }: FindingListProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const indexes = [...new Set([...projects.map((p) => p.index), ...findings.map((f) => f.project)])].sort((a, b) => a - b);
  const toggle = (i: number) => {
    const next = new Set(collapsed);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setCollapsed(next);
  };
  return (
    <div>
      {indexes.map((i) => {
        const mine = findings.filter((f) => f.project === i);
        if (!mine.length) return null;
        const p = projects.find((x) => x.index === i);
        const title = p ? t('finding.project', { n: i, name: p.name }) : t('finding.fileLevel');
        const open = !collapsed.has(i);
        const bodyId = `project-${i}-findings`;
        return (
          <section key={i} className={styles.project} data-project={i}>
            <h2 className={styles.heading}>
              <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={open ? bodyId : undefined} onClick={() => toggle(i)}>
                <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                <span>{title}</span>
                <span className={styles.counts}>
                  {SEVERITIES.map((s) => {
                    const n = mine.filter((f) => f.severity === s).length;
                    return n ? (
                      <Badge key={s} size="small" appearance="tint" color={SEVERITY_BADGE[s]}>
                        {t('severity.group', { label: t(SEVERITY_KEY[s]), n })}
                      </Badge>
                    ) : null;
                  })}
                </span>
              </button>
            </h2>
            {open ? (
              <div id={bodyId}>
                {SEVERITIES.map((s) => {
                  const list = mine.filter((f) => f.severity === s);
                  if (!list.length) return null;
                  return (
                    <div key={s} data-severity={s}>
                      <h3 className={styles.severity}>
                        <Badge appearance="filled" color={SEVERITY_BADGE[s]}>
                          {t('severity.group', { label: t(SEVERITY_KEY[s]), n: list.length })}
                        </Badge>
                      </h3>
                      <ul className={styles.list}>
                        {list.map((f) => (
                          <FindingItem key={f.id} finding={f} busy={busy} onSelect={onSelect} onApply={onApply} />
                        ))}
                      </ul>
                    </div>
                  );
                })}
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
