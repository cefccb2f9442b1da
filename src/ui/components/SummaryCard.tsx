/**
 * What to do first, on top: counts per severity, per project, the few findings to fix first (each
 * one click from its cell) and the button that reviews every safe fix.
 */
import * as React from 'react';
import { Badge, Button, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, ValidateResult } from '../host';
import { countBySeverity, firstToFix } from '../groups';
import { countProjects, projectLabel, summarySentence, useT } from '../i18n';
import { SEVERITIES, SEVERITY_BADGE } from './severity';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  totals: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  name: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    padding: 0,
    lineHeight: tokens.lineHeightBase200,
  },
  num: { width: '3em', textAlign: 'end', whiteSpace: 'nowrap', padding: 0, lineHeight: tokens.lineHeightBase200 },
  zero: { color: tokens.colorNeutralForeground4 },
  h: { margin: `${tokens.spacingVerticalXS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  link: { textAlign: 'start', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  // Two lines at most: the full text is in the title, and in the cell's note one click away.
  clamp: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  projectLink: { display: 'block', maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', textAlign: 'start', fontSize: tokens.fontSizeBase200 },
  cell: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

const SR_ONLY: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

export interface SummaryCardProps {
  result: ValidateResult;
  findings: Finding[];
  busy: boolean;
  onSelect(f: Finding): void;
  onProject(index: number): void;
  onFixAll(): void;
}

export function SummaryCard({ result, findings, busy, onSelect, onProject, onFixAll }: SummaryCardProps): React.JSX.Element {
  const styles = useStyles();
  const { lang, t } = useT();
  const c = countBySeverity(findings);
  const first = firstToFix(findings);
  const rest = c.error + c.warning - first.length;
  const fixable = findings.filter((f) => f.fix).length;
  // A long-term grid beside its 年度 grid is the same project: counted once.
  const projects = countProjects(result.projects);
  const summary = summarySentence(t, lang, projects, c);
  return (
    <section className={styles.card} aria-label={t('validate.results')} data-testid="summary-card">
      {/* The sentence for screen readers and tests; the badges say the same at a glance. */}
      <span className={styles.totals}>
        <span style={SR_ONLY} data-testid="validate-summary">
          {summary}
        </span>
        <span aria-hidden="true">{t('validate.projects', { n: projects })}</span>
        {SEVERITIES.map((s) => (
          <Badge key={s} aria-hidden="true" appearance={c[s] ? 'filled' : 'outline'} color={SEVERITY_BADGE[s]}>
            {t(`validate.count.${s}`, { n: c[s] })}
          </Badge>
        ))}
      </span>
      {result.projects.length > 1 ? (
        <table className={styles.table} data-testid="summary-projects">
          <caption style={SR_ONLY}>{t('validate.byProject')}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.name}>
                {t('validate.projectFilter')}
              </th>
              {SEVERITIES.map((s) => (
                <th key={s} scope="col" className={styles.num}>
                  {t(`severity.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.projects.map((p) => {
              const mine = countBySeverity(findings.filter((f) => f.project === p.index));
              // A long-term grid is named by the project it belongs to: it is read and checked, never self-evaluated.
              const label = projectLabel(t, p);
              return (
                <tr key={p.index} data-long-term={p.partOf !== undefined ? '' : undefined}>
                  <th scope="row" className={styles.name} title={p.partOf === undefined ? p.name : `${label}（${p.name}）`}>
                    <Link as="button" className={styles.projectLink} onClick={() => onProject(p.index)}>
                      {label}
                    </Link>
                  </th>
                  {SEVERITIES.map((s) => (
                    <td key={s} className={mergeClasses(styles.num, mine[s] ? '' : styles.zero)}>
                      {mine[s]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {first.length ? (
        <>
          <h2 className={styles.h}>{t('validate.first')}</h2>
          <ol className={styles.list} data-testid="first-to-fix">
            {first.map((f) => (
              <li key={f.id}>
                <Link as="button" className={mergeClasses(styles.link, styles.clamp)} onClick={() => onSelect(f)} title={lang === 'en' ? f.messageEn || f.message : f.message}>
                  <Badge size="small" appearance="tint" color={SEVERITY_BADGE[f.severity]} style={{ marginInlineEnd: 4 }}>
                    {t(`severity.${f.severity}`)}
                  </Badge>
                  <span className={styles.cell}>
                    {f.project ? `${f.project} · ` : ''}
                    {f.cell}
                  </span>
                  {lang === 'en' ? f.messageEn || f.message : f.message}
                </Link>
              </li>
            ))}
          </ol>
          {rest > 0 ? <span className={styles.note}>{t('validate.firstMore', { n: rest })}</span> : null}
        </>
      ) : (
        <span className={styles.note}>{findings.length ? t('validate.onlyNotices') : t('validate.noFindings')}</span>
      )}
      {fixable ? (
        <div>
          <Button size="small" appearance="primary" disabled={busy} onClick={onFixAll}>
            {t('validate.fixAll', { n: fixable })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
