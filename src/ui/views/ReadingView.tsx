/**
 * 识别结果: how each table was read after 校验 — the header, column roles, the project's name,
 * budget and money unit with the cells they came from, every row's role and reason, the reader's
 * doubts — and the user's corrections (this row is / is not an indicator, this column is the
 * 指标值, the name is in this cell), kept with the document and used from the next 校验.
 */
import * as React from 'react';
import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReadCorrections, ReadingProject } from '../host';
import { useT, type Key, type T } from '../i18n';
import { usePane } from '../pane';
import { useFitStyles, useViewStyles } from '../components/viewStyles';
import { reasonText } from '../reason-text';
import { reasonAfterRole } from '../../sheet/reasons';

type Role = ReadingProject['columns'][number]['role'];
type RowRole = ReadingProject['rows'][number]['role'];

/** Roles a person is likely to put right; the rest follow from these. */
const FIXABLE: Role[] = ['target', 'level1', 'level2', 'level3', 'weight', 'actual', 'unit', 'op', 'nature', 'score', 'reason', 'targetPeriod', 'description'];

const useStyles = makeStyles({
  project: { margin: `${tokens.spacingVerticalS} 0`, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, overflowWrap: 'anywhere' },
  where: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: '2px',
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
  },
  dt: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  doubt: { color: tokens.colorPaletteDarkOrangeForeground1 },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200, margin: `${tokens.spacingVerticalXS} 0` },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  th: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: `2px ${tokens.spacingHorizontalXXS}` },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: `2px ${tokens.spacingHorizontalXXS}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
  narrow: { width: '3.2em' },
  role: { width: '5.5em' },
  action: { width: '6.5em', textAlign: 'end' },
  reason: { display: 'block', color: tokens.colorNeutralForeground2 },
  // Rows that are not indicators stand out: they are what the reader left out.
  out: { backgroundColor: tokens.colorNeutralBackground3 },
  corrected: { display: 'block', color: tokens.colorBrandForeground1 },
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalXS} 0` },
  formField: { flex: '1 1 6em', minWidth: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
});

const rowRoleText = (t: T, r: RowRole) => t(`rowRole.${r}` as Key);
const colRoleText = (t: T, r: Role) => t(`colRole.${r}` as Key);

/** The table's column letters, from its span “A–H”. */
function letters(span: string): string[] {
  const [a, b] = span.split('–');
  const num = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const let_ = (n: number) => {
    let s = '';
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const out: string[] = [];
  for (let c = num(a); c <= num(b) && out.length < 60; c++) out.push(let_(c));
  return out;
}

/** A correction replaces any earlier one about the same row / column role / name. */
function withRow(c: ReadCorrections, sheet: string, row: number, role: RowRole, column?: string): ReadCorrections {
  // A table laid across: an indicator is a column (all share the 指标值's row), so the column names it.
  const same = (x: { sheet: string; row: number; column?: string }) => x.sheet === sheet && x.row === row && x.column === column;
  return { ...c, rows: [...(c.rows ?? []).filter((x) => !same(x)), { sheet, row, role, ...(column ? { column } : {}) }] };
}
function withColumn(c: ReadCorrections, sheet: string, headerRow: number, role: Role, column: string): ReadCorrections {
  // A table laid across names a role by its label cell (“A9”): the correction keeps the label's row.
  const label = /^[A-Z]+(\d+)$/.exec(column);
  const entry = label ? { sheet, headerRow, role, row: Number(label[1]) } : { sheet, headerRow, role, column };
  return { ...c, columns: [...(c.columns ?? []).filter((x) => !(x.sheet === sheet && x.headerRow === headerRow && x.role === role)), entry] };
}
function withName(c: ReadCorrections, sheet: string, headerRow: number, cell: string): ReadCorrections {
  return { ...c, names: [...(c.names ?? []).filter((x) => !(x.sheet === sheet && x.headerRow === headerRow)), { sheet, headerRow, cell }] };
}

function ProjectReading({
  p,
  corrections,
  busy,
  onChange,
  open,
}: {
  p: ReadingProject;
  corrections: ReadCorrections;
  busy: boolean;
  onChange: (c: ReadCorrections) => void;
  open: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const fit = useFitStyles();
  const { lang, t } = useT();
  const [role, setRole] = useState<Role>('target');
  const cols = useMemo(() => p.labels ?? letters(p.span), [p.labels, p.span]);
  const [column, setColumn] = useState(p.columns.find((c) => c.role === 'target')?.column ?? cols[0] ?? 'A');
  const [cell, setCell] = useState(p.nameCell ?? '');
  const cellOk = /^[A-Za-z]{1,3}[1-9]\d*$/.test(cell.trim());
  const rowKey = (x: { row: number; column?: string }) => `${x.column ?? ''}${x.row}`;
  const fixedRole = new Map((corrections.rows ?? []).filter((x) => x.sheet === p.sheet).map((x) => [rowKey(x), x.role]));
  const counts = new Map<RowRole, number>();
  for (const r of p.rows) counts.set(r.role, (counts.get(r.role) ?? 0) + 1);
  const countText = [...counts].map(([r, n]) => `${rowRoleText(t, r)} ${n}`).join(lang === 'en' ? ', ' : '，');

  return (
    <details className={styles.project} open={open} data-reading-project={p.index}>
      <summary className={styles.summary}>
        {t('reading.project', { index: p.index, name: p.name })}
        <span className={styles.where}>{t('reading.where', { sheet: p.sheet, row: p.headerRow, span: p.span })}</span>
      </summary>
      <dl className={styles.facts}>
        <dt className={styles.dt}>{t('reading.name')}</dt>
        <dd className={styles.dd} data-testid="reading-name">
          {p.name}（{p.nameCell ? t('reading.nameFrom', { cell: p.nameCell }) : p.nameFrom ? t('reading.nameOtherSheet', { cell: p.nameFrom }) : t('reading.nameSheet')}）
        </dd>
        <dt className={styles.dt}>{t('reading.budget')}</dt>
        <dd className={styles.dd} data-testid="reading-budget">
          {p.budget ? `${p.budget.value} ${p.money.unit}（${p.budget.cells}）` : t('reading.budgetNone')}
        </dd>
        <dt className={styles.dt}>{t('reading.money')}</dt>
        <dd className={styles.dd}>{t('reading.moneyFrom', { unit: p.money.unit, from: reasonText(lang, { ...p.money, reason: p.money.from }) })}</dd>
        {(p.doubtCodes ?? p.doubts.map((reason) => ({ reason }))).map((d, i) => (
          <React.Fragment key={i}>
            <dt className={mergeClasses(styles.dt, styles.doubt)}>{t('reading.doubts')}</dt>
            <dd className={mergeClasses(styles.dd, styles.doubt)} data-testid="reading-doubt">
              {reasonText(lang, d)}
            </dd>
          </React.Fragment>
        ))}
      </dl>
      <table className={styles.table} data-testid="reading-columns">
        <caption className={styles.caption}>{t('reading.columns')}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.th, styles.narrow)}>
              {t('reading.col')}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.role)}>
              {t('reading.role')}
            </th>
            <th scope="col" className={styles.th}>
              {t('reading.header')}
            </th>
          </tr>
        </thead>
        <tbody>
          {p.columns.map((c) => (
            <tr key={`${c.role}-${c.column}`}>
              <td className={styles.td}>{c.column}</td>
              <td className={styles.td}>{colRoleText(t, c.role)}</td>
              <td className={styles.td}>{c.header}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.form}>
        <Field className={mergeClasses(fit.field, styles.formField)} label={t('reading.fixColumnRole')} size="small">
          <Select className={fit.select} size="small" value={role} onChange={(_, d) => setRole(d.value as Role)}>
            {FIXABLE.map((r) => (
              <option key={r} value={r}>
                {colRoleText(t, r)}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={mergeClasses(fit.field, styles.formField)} label={t('reading.fixColumnAt')} size="small">
          <Select className={fit.select} size="small" value={column} onChange={(_, d) => setColumn(d.value)}>
            {cols.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </Select>
        </Field>
        <Button size="small" disabled={busy} onClick={() => onChange(withColumn(corrections, p.sheet, p.headerRow, role, column))} data-testid="reading-fix-column">
          {t('reading.save')}
        </Button>
      </div>
      <div className={styles.form}>
        <Field
          className={mergeClasses(fit.field, styles.formField)}
          label={t('reading.fixName')}
          size="small"
          validationMessage={cell && !cellOk ? t('reading.badCell') : undefined}
        >
          <Input size="small" value={cell} onChange={(_, d) => setCell(d.value)} />
        </Field>
        <Button size="small" disabled={busy || !cellOk} onClick={() => onChange(withName(corrections, p.sheet, p.headerRow, cell.trim().toUpperCase()))}>
          {t('reading.save')}
        </Button>
      </div>
      <table className={styles.table} data-testid="reading-rows">
        <caption className={styles.caption}>{t('reading.rows', { counts: countText })}</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.th, styles.narrow)}>
              {t('reading.row')}
            </th>
            <th scope="col" className={styles.th}>
              {t('reading.reason')}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.action)}>
              {t('reading.fix')}
            </th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => {
            const fixed = fixedRole.get(rowKey(r));
            const isInd = r.role === 'indicator';
            const next: RowRole = isInd ? 'note' : 'indicator';
            const label = t(isInd ? 'reading.notIndicator' : 'reading.isIndicator');
            return (
              <tr key={rowKey(r)} data-row={r.row} data-column={r.column} data-role={r.role} className={isInd ? undefined : styles.out}>
                <td className={styles.td}>{r.column ? `${r.column}${r.row}` : r.row}</td>
                <td className={styles.td}>
                  {r.text}
                  <span className={styles.reason}>
                    {rowRoleText(t, r.role)}
                    {lang === 'en' ? ': ' : '：'}
                    {reasonAfterRole(rowRoleText(t, r.role), reasonText(lang, r))}
                  </span>
                  {fixed && fixed !== r.role ? <span className={styles.corrected}>→ {rowRoleText(t, fixed)}</span> : null}
                </td>
                <td className={mergeClasses(styles.td, styles.action)}>
                  {r.role === 'header' ? null : (
                    <Button
                      size="small"
                      appearance="subtle"
                      disabled={busy || fixed === next}
                      aria-label={r.column ? t('reading.cellAction', { cell: `${r.column}${r.row}`, action: label }) : t('reading.rowAction', { row: r.row, action: label })}
                      onClick={() => onChange(withRow(corrections, p.sheet, r.row, next, r.column))}
                    >
                      {label}
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {p.more ? <Text size={200}>{t('reading.more', { n: p.more })}</Text> : null}
    </details>
  );
}

function SavedList({ corrections, busy, onChange }: { corrections: ReadCorrections; busy: boolean; onChange: (c: ReadCorrections) => void }): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const { t } = useT();
  const items: { what: string; drop: () => ReadCorrections }[] = [
    ...(corrections.rows ?? []).map((x, i) => ({
      what: x.column
        ? t('reading.corrCell', { sheet: x.sheet, cell: `${x.column}${x.row}`, role: rowRoleText(t, x.role) })
        : t('reading.corrRow', { sheet: x.sheet, row: x.row, role: rowRoleText(t, x.role) }),
      drop: () => ({ ...corrections, rows: corrections.rows!.filter((_, j) => j !== i) }),
    })),
    ...(corrections.columns ?? []).map((x, i) => ({
      what:
        x.column === undefined
          ? t('reading.corrLabel', { sheet: x.sheet, row: x.headerRow, role: colRoleText(t, x.role), label: x.row ?? '' })
          : t('reading.corrColumn', { sheet: x.sheet, row: x.headerRow, role: colRoleText(t, x.role), column: String(x.column) }),
      drop: () => ({ ...corrections, columns: corrections.columns!.filter((_, j) => j !== i) }),
    })),
    ...(corrections.names ?? []).map((x, i) => ({
      what: t('reading.corrName', { sheet: x.sheet, row: x.headerRow, cell: x.cell }),
      drop: () => ({ ...corrections, names: corrections.names!.filter((_, j) => j !== i) }),
    })),
  ];
  return (
    <section data-testid="reading-saved" aria-label={t('reading.saved', { n: items.length })}>
      <h3 className={view.h2}>{t('reading.saved', { n: items.length })}</h3>
      {items.length ? (
        <ul className={styles.list}>
          {items.map((it) => (
            <li key={it.what} className={styles.item}>
              <span>{it.what}</span>
              <Button size="small" appearance="subtle" disabled={busy} aria-label={t('reading.removeOne', { what: it.what })} onClick={() => onChange(it.drop())}>
                {t('reading.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Text size={200}>{t('reading.savedNone')}</Text>
      )}
    </section>
  );
}

export default function ReadingView({ onRevalidate }: { onRevalidate: () => void }): React.JSX.Element {
  const view = useViewStyles();
  const { t } = useT();
  const { host, run, busy, validation } = usePane();
  const [corrections, setCorrections] = useState<ReadCorrections>({});
  const reading = useMemo(() => (validation && host.reading ? host.reading() : []), [host, validation]);

  useEffect(() => {
    if (!host.loadCorrections) return;
    void run(() => host.loadCorrections!(), { quiet: true, done: (c) => (setCorrections(c), null) });
  }, [host, run]);

  const change = (next: ReadCorrections) => {
    if (!host.saveCorrections) return;
    const save = host.saveCorrections.bind(host);
    void run(() => save(next), { quiet: true, action: t('action.corrections'), done: () => (setCorrections(next), t('reading.kept')) });
  };

  return (
    <div data-testid="reading">
      <h2 className={view.h2}>{t('reading.title')}</h2>
      <Text as="p" className={view.intro}>
        {t(host.saveCorrections ? 'reading.intro' : 'reading.unsupported')}
      </Text>
      {reading.length ? (
        reading.map((p, i) => <ProjectReading key={`${p.sheet}-${p.headerRow}`} p={p} corrections={corrections} busy={busy} onChange={change} open={i === 0} />)
      ) : (
        <Text as="p">{t('reading.none')}</Text>
      )}
      <SavedList corrections={corrections} busy={busy} onChange={change} />
      <Text as="p" size={200} className={view.intro}>
        {t('reading.savedNote')}
      </Text>
      <div className={view.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onRevalidate} data-testid="reading-apply">
          {t('reading.apply')}
        </Button>
      </div>
    </div>
  );
}
