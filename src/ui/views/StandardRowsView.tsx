/** 标准指标: browse the standard rows by category, tick some, choose the project, insert. */
import * as React from 'react';
import { useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ProjectSummary } from '../host';
import { categoryKey, useT } from '../i18n';
import { usePane } from '../pane';
import { useViewStyles } from '../components/viewStyles';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: `${tokens.spacingVerticalS} 0`, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  sticky: { position: 'sticky', bottom: 0, backgroundColor: tokens.colorNeutralBackground1, padding: `${tokens.spacingVerticalXS} 0`, margin: 0 },
  group: { display: 'block', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 0` },
});

export default function StandardRowsView(): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const { t } = useT();
  const { host, run, busy, validation, invalidate } = usePane();
  const rows = useMemo(() => host.standardRows(), [host]);
  const categories = useMemo(() => [...new Set(rows.map((r) => r.category))], [rows]);
  const [category, setCategory] = useState('');
  const [checked, setChecked] = useState<string[]>([]);
  const [projects, setProjects] = useState<ProjectSummary[]>([]);
  const [project, setProject] = useState<number | null>(null);

  useEffect(() => {
    let list: ProjectSummary[] = [];
    try {
      list = host.projects();
    } catch {
      list = [];
    }
    setProjects(list);
    setProject((cur) => (cur !== null && list.some((p) => p.index === cur) ? cur : list[0]?.index ?? null));
  }, [host, validation]);

  const shown = rows.filter((r) => !category || r.category === category);
  const catLabel = (c: string) => {
    const k = categoryKey(c);
    return k ? t(k) : c;
  };
  const toggle = (id: string, on: boolean) => setChecked((cur) => (on ? [...cur, id] : cur.filter((x) => x !== id)));

  const insert = () => {
    if (project === null || !checked.length) return;
    const ids = checked;
    void run(() => host.insertRows(project, ids), {
      done: (n) => {
        setChecked([]);
        invalidate();
        return t('standard.inserted', { n, project });
      },
    });
  };

  return (
    <div>
      <Text as="p" className={view.intro}>
        {t('standard.intro')}
      </Text>
      <Field label={t('standard.category')}>
        <Select value={category} onChange={(_, d) => setCategory(d.value)}>
          <option value="">{t('standard.allCategories')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {catLabel(c)}
            </option>
          ))}
        </Select>
      </Field>
      {projects.length ? (
        <Field label={t('standard.project')}>
          <Select value={project === null ? '' : String(project)} onChange={(_, d) => setProject(Number(d.value))}>
            {projects.map((p) => (
              <option key={p.index} value={String(p.index)}>
                {p.index}. {p.name}
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
            {!category ? (
              <h2 className={styles.group}>{catLabel(c)}</h2>
            ) : null}
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
      <div className={`${view.buttons} ${styles.sticky}`}>
        <Button appearance="primary" disabled={busy || project === null || !checked.length} onClick={insert}>
          {t('standard.insert', { n: checked.length })}
        </Button>
      </div>
    </div>
  );
}
