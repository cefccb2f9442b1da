/**
 * 标准指标: browse the standard rows by category, tick some, choose the project, insert. A row the
 * project already has is flagged, and inserting it again asks first. After an insert into a table
 * that has self-evaluation columns, one button re-runs 自评 so the new rows get their 分值.
 */
import * as React from 'react';
import { useEffect, useMemo, useState } from 'react';
import { Badge, Button, Checkbox, Field, MessageBar, MessageBarActions, MessageBarBody, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ProjectSummary } from '../host';
import { categoryKey, projectLabel, useT } from '../i18n';
import { usePane } from '../pane';
import { useFitStyles, useViewStyles } from '../components/viewStyles';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: `${tokens.spacingVerticalS} 0`, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, minWidth: 0, overflowWrap: 'anywhere' },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  sticky: { position: 'sticky', bottom: 0, backgroundColor: tokens.colorNeutralBackground1, padding: `${tokens.spacingVerticalXS} 0`, margin: 0 },
  group: { display: 'block', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 0` },
  bar: { margin: `${tokens.spacingVerticalS} 0` },
});

/** Names compared as an accountant reads them: spaces and line breaks do not count. */
const norm = (s: string) => s.replace(/\s+/g, '');

export default function StandardRowsView(): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const fit = useFitStyles();
  const { t } = useT();
  const { host, run, busy, validation, invalidate, selfEval, setSelfEval } = usePane();
  const rows = useMemo(() => host.standardRows(), [host]);
  const categories = useMemo(() => [...new Set(rows.map((r) => r.category))], [rows]);
  const [category, setCategory] = useState('');
  const [checked, setChecked] = useState<string[]>([]);
  const [projects, setProjects] = useState<ProjectSummary[]>([]);
  const [project, setProject] = useState<number | null>(null);
  const [confirmDup, setConfirmDup] = useState(false);
  const [rescore, setRescore] = useState(false);

  useEffect(() => {
    let list: ProjectSummary[] = [];
    try {
      list = host.projects();
    } catch {
      list = [];
    }
    setProjects(list);
    setProject((cur) => (cur !== null && list.some((p) => p.index === cur) ? cur : (list[0]?.index ?? null)));
  }, [host, validation]);

  const target = projects.find((p) => p.index === project) ?? null;
  const have = new Set((target?.names ?? []).map(norm));
  const shown = rows.filter((r) => !category || r.category === category);
  const dups = rows.filter((r) => checked.includes(r.id) && have.has(norm(r.level3)));
  const catLabel = (c: string) => {
    const k = categoryKey(c);
    return k ? t(k) : c;
  };
  const toggle = (id: string, on: boolean) => {
    setConfirmDup(false);
    setChecked((cur) => (on ? [...cur, id] : cur.filter((x) => x !== id)));
  };

  const insert = (force = false) => {
    if (project === null || !checked.length) return;
    if (dups.length && !force) {
      setConfirmDup(true);
      return;
    }
    const ids = checked;
    const scored = target?.layout === 'selfeval' || !!selfEval?.some((p) => p.index === project);
    void run(() => host.insertRows(project, ids), {
      action: t('action.insert'),
      done: (n) => {
        setChecked([]);
        setConfirmDup(false);
        invalidate();
        setRescore(scored);
        return t('standard.inserted', { n, project });
      },
    });
  };

  const refill = () =>
    run((p) => host.fillSelfEvaluation(p), {
      action: t('action.selfEval'),
      done: (list) => {
        invalidate();
        setSelfEval(list);
        setRescore(false);
        return t('standard.rescored');
      },
    });

  return (
    <div>
      <Text as="p" className={view.intro}>
        {t('standard.intro')}
      </Text>
      {rescore ? (
        <MessageBar intent="warning" layout="multiline" className={styles.bar} data-testid="rescore">
          <MessageBarBody>{t('standard.rescore')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={busy} onClick={refill}>
              {t('standard.rescoreButton')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <Field label={t('standard.category')} className={fit.field}>
        <Select className={fit.select} value={category} onChange={(_, d) => setCategory(d.value)}>
          <option value="">{t('standard.allCategories')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {catLabel(c)}
            </option>
          ))}
        </Select>
      </Field>
      {projects.length ? (
        <Field label={t('standard.project')} className={fit.field}>
          <Select
            className={fit.select}
            value={project === null ? '' : String(project)}
            onChange={(_, d) => {
              setConfirmDup(false);
              setProject(d.value === '' ? null : Number(d.value));
            }}
          >
            {projects.map((p) => (
              <option key={p.index} value={String(p.index)}>
                {projectLabel(t, p)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Text as="p">{t('standard.noProjects')}</Text>
      )}
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('standard.rows')}</legend>
        {(category ? [category] : categories).map((c) => (
          <div key={c}>
            {!category ? <h2 className={styles.group}>{catLabel(c)}</h2> : null}
            <ul className={styles.list}>
              {shown
                .filter((r) => r.category === c)
                .map((r) => (
                  <li key={r.id} className={styles.item} data-row-id={r.id}>
                    <Checkbox
                      checked={checked.includes(r.id)}
                      onChange={(_, d) => toggle(r.id, d.checked === true)}
                      label={
                        <span>
                          {r.level3}　{r.value}
                          {have.has(norm(r.level3)) ? (
                            <Badge size="small" appearance="tint" color="warning" style={{ marginInlineStart: 4 }}>
                              {t('standard.has')}
                            </Badge>
                          ) : null}
                          <span className={styles.meta}>
                            {r.id} · {r.level1} › {r.level2} · {t('standard.source', { source: r.source })}
                          </span>
                        </span>
                      }
                    />
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </fieldset>
      <div className={mergeClasses(view.buttons, styles.sticky)}>
        {confirmDup ? (
          <MessageBar intent="warning" layout="multiline" data-testid="duplicate-warning">
            <MessageBarBody>{t('standard.already', { project: project ?? '', names: dups.map((r) => r.level3).join('、') })}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" disabled={busy} onClick={() => insert(true)}>
                {t('standard.insertAnyway')}
              </Button>
              <Button size="small" onClick={() => setConfirmDup(false)}>
                {t('validate.cancel')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        <Button appearance="primary" disabled={busy || project === null || !checked.length} onClick={() => insert()}>
          {t('standard.insert', { n: checked.length })}
        </Button>
      </div>
    </div>
  );
}
