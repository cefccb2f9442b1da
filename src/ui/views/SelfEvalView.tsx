/**
 * 自评: choose the scheme, fill the self-evaluation columns, then see each project's total and grade
 * (with a bar) and the indicators that lost points — a table to paste into the self-evaluation
 * report, copied as a table (HTML for Word, tab-separated text for Excel).
 */
import * as React from 'react';
import { useRef } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ProjectSummary, Settings } from '../host';
import { gradeLabel, useT, type T } from '../i18n';
import { usePane } from '../pane';
import { SchemeSelect } from '../components/SchemeSelect';
import { useViewStyles } from '../components/viewStyles';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalS, tableLayout: 'fixed' },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, padding: `${tokens.spacingVerticalXS} 0` },
  th: { textAlign: 'start', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: `2px ${tokens.spacingHorizontalXXS}`, fontWeight: tokens.fontWeightSemibold },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: `2px ${tokens.spacingHorizontalXXS}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
  num: { textAlign: 'end', whiteSpace: 'nowrap', width: '4.2em' },
  grade: { whiteSpace: 'nowrap', width: '4.6em' },
  name: { fontWeight: tokens.fontWeightRegular, textAlign: 'start' },
  bar: { display: 'block', height: '4px', marginTop: '2px', backgroundColor: tokens.colorNeutralBackground5, borderRadius: tokens.borderRadiusSmall },
  fill: { display: 'block', height: '100%', backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  flags: { display: 'flex', flexDirection: 'column', marginTop: tokens.spacingVerticalXXS },
  // Plain text, not badges: a fixed-height badge overlaps itself when the words wrap at 320 px.
  flag: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground3 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  lost: { textAlign: 'end', color: tokens.colorNeutralForeground2 },
  sub: { paddingInlineStart: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
});

function percent(x: number | null): string {
  return x === null ? '—' : `${(Math.round(x * 10000) / 100).toString()}%`;
}

const two = (x: number) => (Math.round(x * 100) / 100).toFixed(2);

/** “总分含 1 项手填得分…”: the total is Excel's, typed 得分 counted; what the formulas alone give. */
function typedNote(p: ProjectSummary, t: T): string {
  const x = p.typedScores;
  return x ? t('selfEval.typedScores', { n: x.rows, computed: x.computed === null ? t('selfEval.pending') : two(x.computed) }) : '';
}

/** The report table as HTML (Word keeps it a table) and as tab-separated text (Excel, plain editors). */
export function reportTable(projects: ProjectSummary[], t: T): { html: string; text: string } {
  const head = [t('selfEval.project'), t('selfEval.rate'), t('selfEval.total'), t('selfEval.grade'), t('selfEval.note')];
  const rows: string[][] = [];
  for (const p of projects) {
    const notes = [
      typedNote(p, t),
      p.missingActuals ? t('selfEval.missingActuals', { n: p.missingActuals }) : '',
      p.missingReasons ? t('selfEval.missingReasons', { n: p.missingReasons }) : '',
    ]
      .filter(Boolean)
      .join('；');
    rows.push([
      `${p.index}. ${p.name}`,
      percent(p.executionRate),
      p.total === null ? t('selfEval.pending') : two(p.total),
      p.grade ? gradeLabel(t, p.grade) : t('selfEval.pending'),
      notes,
    ]);
    for (const l of p.lost ?? [])
      rows.push([
        `　${l.name}`,
        '',
        `${two(l.score)} / ${two(l.weight)}`,
        '',
        [l.score < l.weight ? t('selfEval.belowTarget') : '', l.reasonMissing ? t('selfEval.noReason') : ''].filter(Boolean).join('；'),
      ]);
  }
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = `<table border="1" cellspacing="0" cellpadding="4"><caption>${esc(t('selfEval.caption'))}</caption><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const text = [head, ...rows].map((r) => r.join('\t')).join('\n');
  return { html, text };
}

async function copyTable(html: string, text: string, fallback: HTMLElement | null): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) })]);
      return true;
    }
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* clipboard refused (Office webviews may): select the table instead */
  }
  if (!fallback) return false;
  const range = document.createRange();
  range.selectNodeContents(fallback);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

function ScoreTable({ projects }: { projects: ProjectSummary[] }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  const { run, notify } = usePane();
  const tableRef = useRef<HTMLTableElement>(null);
  const copy = () => {
    const { html, text } = reportTable(projects, t);
    void run(
      async () => {
        if (!(await copyTable(html, text, tableRef.current))) throw new Error(t('selfEval.copyFailed'));
      },
      { quiet: true, action: t('selfEval.copy'), done: () => (notify(t('selfEval.copied')), null) },
    );
  };
  return (
    <>
      <table className={styles.table} data-testid="selfeval-table" ref={tableRef}>
        <caption className={styles.caption}>{t('selfEval.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t('selfEval.project')}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              {t('selfEval.rate')}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              {t('selfEval.total')}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.grade)}>
              {t('selfEval.grade')}
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map((p) => (
            <React.Fragment key={p.index}>
              <tr data-project={p.index}>
                <th scope="row" className={mergeClasses(styles.td, styles.name)}>
                  {p.index}. {p.name}
                  {p.total !== null ? (
                    <span className={styles.bar} aria-hidden="true">
                      <span className={styles.fill} style={{ width: `${Math.max(0, Math.min(100, p.total))}%` }} />
                    </span>
                  ) : null}
                  {p.missingActuals || p.missingReasons || p.typedScores ? (
                    <span className={styles.flags}>
                      {p.typedScores ? (
                        <span className={styles.flag} data-testid="typed-scores">
                          {typedNote(p, t)}
                        </span>
                      ) : null}
                      {p.missingActuals ? <span className={styles.flag}>{t('selfEval.missingActuals', { n: p.missingActuals })}</span> : null}
                      {p.missingReasons ? (
                        <span className={mergeClasses(styles.flag, styles.warn)} data-testid="missing-reasons">
                          {t('selfEval.missingReasons', { n: p.missingReasons })}
                        </span>
                      ) : null}
                    </span>
                  ) : null}
                </th>
                <td className={mergeClasses(styles.td, styles.num)}>{percent(p.executionRate)}</td>
                <td className={mergeClasses(styles.td, styles.num)} data-testid="total">
                  {p.total === null ? t('selfEval.pending') : two(p.total)}
                </td>
                <td className={mergeClasses(styles.td, styles.grade)} data-testid="grade">
                  {p.grade ? gradeLabel(t, p.grade) : t('selfEval.pending')}
                </td>
              </tr>
              {(p.lost ?? []).map((l) => (
                <tr key={`${p.index}-${l.cell}`} data-lost={l.cell}>
                  <th scope="row" colSpan={2} className={mergeClasses(styles.td, styles.name, styles.sub)}>
                    {l.name}
                  </th>
                  <td colSpan={2} className={mergeClasses(styles.td, styles.lost)}>
                    {t('selfEval.lostScore', { score: two(l.score), weight: two(l.weight) })}
                    {l.score < l.weight ? ` · ${t('selfEval.belowTarget')}` : ''}
                    {l.reasonMissing ? ` · ${t('selfEval.noReason')}` : ''}
                  </td>
                </tr>
              ))}
            </React.Fragment>
          ))}
        </tbody>
      </table>
      <div style={{ marginTop: 8 }}>
        <Button size="small" onClick={copy} data-testid="copy-table">
          {t('selfEval.copy')}
        </Button>
      </div>
    </>
  );
}

export default function SelfEvalView(): React.JSX.Element {
  const styles = useViewStyles();
  const { t } = useT();
  const { host, run, busy, settings, setSettings, selfEval, setSelfEval, invalidate } = usePane();

  const changeScheme = (scheme: Settings['scheme']) => {
    const next = { ...settings, scheme };
    setSettings(next);
    void run(() => host.saveSettings(next), { quiet: true, action: t('action.settings') });
  };

  const fill = () =>
    run((p) => host.fillSelfEvaluation(p), {
      action: t('action.selfEval'),
      done: (projects) => {
        // Rows may have been added: earlier findings no longer point at the right cells.
        invalidate();
        // A long-term grid gets no self-evaluation: its project's 年度 grid is the one scored.
        const scored = projects.filter((p) => p.partOf === undefined);
        setSelfEval(scored);
        return t('selfEval.done', { n: scored.length });
      },
    });

  return (
    <div>
      <Text as="p" className={styles.intro}>
        {t('selfEval.intro')}
      </Text>
      <SchemeSelect value={settings.scheme} onChange={changeScheme} disabled={busy} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={fill}>
          {t(selfEval ? 'selfEval.rerun' : 'selfEval.run')}
        </Button>
      </div>
      {selfEval ? <ScoreTable projects={selfEval} /> : null}
    </div>
  );
}
