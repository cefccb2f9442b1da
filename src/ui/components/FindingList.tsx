/**
 * Findings by project (its header stays on top while scrolling), then one line per rule with a
 * count that expands to its cells. Errors and warnings are open; notices sit behind one line.
 */
import * as React from 'react';
import { useState } from 'react';
import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, ProjectSummary } from '../host';
import { countBySeverity, groupByRule, ruleTitle, type RuleGroup } from '../groups';
import { useT } from '../i18n';
import { FindingItem } from './FindingItem';
import { SEVERITIES, SEVERITY_BADGE } from './severity';

const useStyles = makeStyles({
  project: { marginTop: tokens.spacingVerticalXS },
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  toggle: {
    display: 'flex',
    width: '100%',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    border: 'none',
    background: 'none',
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
  name: { flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  counts: { display: 'inline-flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  group: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  groupHead: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  groupToggle: { flex: '1 1 12em', fontSize: tokens.fontSizeBase200 },
  groupBody: { paddingInlineStart: tokens.spacingHorizontalM },
  source: { display: 'block', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  fixAll: { minWidth: 'auto', marginInlineStart: 'auto' },
  noticesToggle: { marginTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  hint: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface FindingListProps {
  findings: Finding[];
  projects: ProjectSummary[];
  busy: boolean;
  onSelect(f: Finding): void;
  onApply(f: Finding): void;
  /** Review (and then write) these safe fixes. */
  onFixGroup(list: Finding[]): void;
}

function useToggles(initial: Iterable<string> = []): [Set<string>, (k: string) => void] {
  const [open, setOpen] = useState<Set<string>>(() => new Set(initial));
  const toggle = (k: string) =>
    setOpen((cur) => {
      const next = new Set(cur);
      if (next.has(k)) next.delete(k);
      else next.add(k);
      return next;
    });
  return [open, toggle];
}

function Group({
  g,
  open,
  onToggle,
  busy,
  onSelect,
  onApply,
  onFixGroup,
}: { g: RuleGroup; open: boolean; onToggle(): void } & Omit<FindingListProps, 'findings' | 'projects'>): React.JSX.Element {
  const styles = useStyles();
  const { lang, t } = useT();
  const first = g.findings[0];
  const id = `group-${g.key.replace(/[^\w-]/g, '_')}`;
  return (
    <div className={styles.group} data-group={g.rule} data-severity={g.severity} data-count={g.findings.length}>
      <div className={styles.groupHead}>
        <button type="button" className={mergeClasses(styles.toggle, styles.groupToggle)} aria-expanded={open} aria-controls={open ? id : undefined} onClick={onToggle}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          <Badge size="small" appearance="tint" color={SEVERITY_BADGE[g.severity]}>
            {t(`severity.${g.severity}`)}
          </Badge>
          <span>{t('group.count', { title: ruleTitle(first, lang), n: g.findings.length })}</span>
        </button>
        {g.fixable.length ? (
          <Button size="small" appearance="subtle" className={styles.fixAll} disabled={busy} onClick={() => onFixGroup(g.fixable)}>
            {t('group.fixAll')}
          </Button>
        ) : null}
      </div>
      {open ? (
        <div id={id} className={styles.groupBody}>
          <span className={styles.source} title={first.source}>
            {g.rule} · {t('finding.source', { source: first.source })}
          </span>
          <ul className={styles.list}>
            {g.findings.map((f) => (
              <FindingItem key={f.id} finding={f} busy={busy} onSelect={onSelect} onApply={onApply} />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function ProjectBlock({
  index,
  groups,
  all,
  projects,
  open,
  toggle,
  attr,
  ...rest
}: {
  index: number;
  groups: RuleGroup[];
  all: Finding[];
  open: Set<string>;
  toggle(k: string): void;
  attr: 'data-project' | 'data-notice-project';
} & Omit<FindingListProps, 'findings'>): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const [closed, setClosed] = useState(false);
  const p = projects.find((x) => x.index === index);
  const title = p ? t('finding.project', { n: index, name: p.partOf === undefined ? p.name : t('project.longTerm', { n: p.partOf }) }) : t('finding.fileLevel');
  const c = countBySeverity(all.filter((f) => f.project === index && groups.some((g) => g.severity === f.severity)));
  const bodyId = `${attr}-${index}`;
  return (
    <section className={styles.project} {...{ [attr]: index }}>
      <h2 className={styles.sticky}>
        <button type="button" className={styles.toggle} aria-expanded={!closed} aria-controls={closed ? undefined : bodyId} onClick={() => setClosed(!closed)} title={title}>
          <span aria-hidden="true">{closed ? '▸' : '▾'}</span>
          <span className={mergeClasses(styles.name, styles.strong)}>{title}</span>
          <span className={styles.counts}>
            {SEVERITIES.map((s) =>
              c[s] ? (
                <Badge key={s} size="small" appearance="tint" color={SEVERITY_BADGE[s]}>
                  {c[s]}
                  <span style={SR_ONLY}>{t(`severity.${s}`)}</span>
                </Badge>
              ) : null,
            )}
          </span>
        </button>
      </h2>
      {closed ? null : (
        <div id={bodyId}>
          {groups.map((g) => (
            <Group key={g.key} g={g} open={open.has(g.key)} onToggle={() => toggle(g.key)} {...rest} />
          ))}
        </div>
      )}
    </section>
  );
}

const SR_ONLY: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

export function FindingList({ findings, projects, ...rest }: FindingListProps): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const groups = groupByRule(findings);
  // Error and warning groups start open; notices wait behind one line at the end.
  const [open, toggle] = useToggles(groups.filter((g) => g.severity !== 'info').map((g) => g.key));
  const [noticesOpen, setNoticesOpen] = useState(false);
  const problems = groups.filter((g) => g.severity !== 'info');
  const notices = groups.filter((g) => g.severity === 'info');
  const nNotices = notices.reduce((n, g) => n + g.findings.length, 0);
  const nFixable = notices.reduce((n, g) => n + g.fixable.length, 0);
  const block = (i: number, list: RuleGroup[], attr: 'data-project' | 'data-notice-project') => (
    <ProjectBlock key={`${attr}${i}`} index={i} groups={list.filter((g) => g.project === i)} all={findings} projects={projects} open={open} toggle={toggle} attr={attr} {...rest} />
  );
  return (
    <div>
      {[...new Set(problems.map((g) => g.project))].map((i) => block(i, problems, 'data-project'))}
      {notices.length ? (
        <div data-testid="notices">
          <button type="button" className={mergeClasses(styles.toggle, styles.noticesToggle)} aria-expanded={noticesOpen} onClick={() => setNoticesOpen(!noticesOpen)}>
            <span aria-hidden="true">{noticesOpen ? '▾' : '▸'}</span>
            <span>{t('group.notices', { n: nNotices })}</span>
            {nFixable ? <span className={styles.hint}>{t('group.noticesFixable', { n: nFixable })}</span> : null}
          </button>
          {noticesOpen ? [...new Set(notices.map((g) => g.project))].map((i) => block(i, notices, 'data-notice-project')) : null}
        </div>
      ) : null}
    </div>
  );
}
