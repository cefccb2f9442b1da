/**
 * 设置: scope, scheme, grade bands, thresholds, severity per rule — saved with the workbook as they
 * change. An invalid number is not saved, and the pane says so until it is corrected. The 43
 * severity rows are grouped by family, behind a search box.
 */
import * as React from 'react';
import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, SearchBox, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../sheet/plan';
import { DEFAULT_SETTINGS, type RuleView, type Settings } from '../host';
import { useT, type Key } from '../i18n';
import { usePane } from '../pane';
import { SchemeSelect } from '../components/SchemeSelect';
import { SEVERITIES, SEVERITY_KEY } from '../components/severity';
import { useViewStyles } from '../components/viewStyles';

const useStyles = makeStyles({
  fieldset: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXXS}` },
  grades: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalS },
  family: { borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  summary: { cursor: 'pointer', padding: `${tokens.spacingVerticalXS} 0`, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  changed: { fontWeight: tokens.fontWeightRegular, color: tokens.colorBrandForeground1, marginInlineStart: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  rule: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalXS}` },
  ruleLabel: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  saved: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, minHeight: '1.5em' },
  input: { minWidth: 0, width: '100%' },
});

type GradeName = keyof Settings['grades'];
const GRADES: GradeName[] = ['优', '良', '中'];
const FAMILIES = ['NRM', 'HIE', 'VAL', 'CST', 'SE'] as const;

function num(text: string): number {
  return text.trim() === '' ? NaN : Number(text);
}

const pct = (x: number) => String(Math.round(x * 1000) / 10);

export default function SettingsView(): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const { lang, t } = useT();
  const { host, run, settings, setSettings } = usePane();
  const [draft, setDraft] = useState<Settings>(settings);
  const [grades, setGrades] = useState(() => GRADES.map((g) => String(settings.grades[g])));
  const [ratio, setRatio] = useState(String(settings.overAchievementRatio));
  const [below, setBelow] = useState(pct(settings.executionReasonBelow));
  const [query, setQuery] = useState('');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const allRules = useMemo(() => host.rules(), [host]);

  const g = grades.map(num);
  const gradesOk = g.every((x) => x >= 0 && x <= 100) && g[0] > g[1] && g[1] > g[2];
  const ratioOk = num(ratio) >= 1;
  const belowOk = num(below) >= 0 && num(below) <= 100;
  const invalid: Key | null = !gradesOk ? 'settings.gradesField' : !ratioOk ? 'settings.ratioField' : !belowOk ? 'settings.belowField' : null;

  const next: Settings = { ...draft, grades: { 优: g[0], 良: g[1], 中: g[2] }, overAchievementRatio: num(ratio), executionReasonBelow: num(below) / 100 };
  const same = JSON.stringify(next) === JSON.stringify(settings);

  // Settings loaded or saved elsewhere (the 自评 tab's scheme) show here too.
  useEffect(() => {
    if (same) return;
    setDraft(settings);
    setGrades(GRADES.map((x) => String(settings.grades[x])));
    setRatio(String(settings.overAchievementRatio));
    setBelow(pct(settings.executionReasonBelow));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings]);

  // Save every valid change (shortly after typing stops); an invalid one stays unsaved, and says so.
  useEffect(() => {
    if (invalid || same) return;
    const timer = setTimeout(() => {
      void run(() => host.saveSettings(next), {
        quiet: true,
        action: t('action.settings'),
        done: () => {
          setSettings(next);
          setSavedAt(t('settings.saved'));
          return null;
        },
      });
    }, 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, grades.join('|'), ratio, below]);

  const severityLabel = (s: Severity) => t(SEVERITY_KEY[s]);
  const setSeverity = (id: string, v: string) => {
    const severity = { ...draft.severity };
    if (v === '') delete severity[id];
    else severity[id] = v as Severity | 'off';
    setDraft({ ...draft, severity });
  };

  const reset = () => {
    setDraft(DEFAULT_SETTINGS);
    setGrades(GRADES.map((x) => String(DEFAULT_SETTINGS.grades[x])));
    setRatio(String(DEFAULT_SETTINGS.overAchievementRatio));
    setBelow(pct(DEFAULT_SETTINGS.executionReasonBelow));
  };

  const q = query.trim().toLowerCase();
  const match = (r: RuleView) => !q || `${r.id} ${r.title} ${r.titleEn}`.toLowerCase().includes(q);

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <Text as="p" className={view.intro}>
        {t('settings.intro')}
      </Text>
      {invalid ? (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-unsaved">
          <MessageBarBody>{t('settings.unsaved', { field: t(invalid) })}</MessageBarBody>
        </MessageBar>
      ) : (
        <span className={styles.saved} role="status" data-testid="settings-saved">
          {savedAt ?? ''}
        </span>
      )}
      <Field label={t('settings.scope')}>
        <RadioGroup layout="horizontal" value={draft.scope} onChange={(_, d) => setDraft({ ...draft, scope: d.value as Settings['scope'] })}>
          <Radio value="sheet" label={t('settings.scope.sheet')} />
          <Radio value="workbook" label={t('settings.scope.workbook')} />
        </RadioGroup>
      </Field>
      <SchemeSelect value={draft.scheme} onChange={(scheme) => setDraft({ ...draft, scheme })} />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('settings.grades')}</legend>
        <div className={styles.grades}>
          {GRADES.map((name, i) => (
            <Field key={name} label={t('settings.grade', { grade: lang === 'en' ? t(`grade.${name}`) : name })} validationState={gradesOk ? 'none' : 'error'}>
              <Input
                className={styles.input}
                type="number"
                inputMode="decimal"
                min={0}
                max={100}
                value={grades[i]}
                onChange={(_, d) => setGrades(grades.map((x, j) => (j === i ? d.value : x)))}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('settings.thresholds')}</legend>
        <Field label={t('settings.overRatio')} validationState={ratioOk ? 'none' : 'error'}>
          <Input className={styles.input} type="number" inputMode="decimal" step={0.1} min={1} value={ratio} onChange={(_, d) => setRatio(d.value)} />
        </Field>
        <Field label={t('settings.executionBelow')} validationState={belowOk ? 'none' : 'error'}>
          <Input className={styles.input} type="number" inputMode="decimal" min={0} max={100} value={below} onChange={(_, d) => setBelow(d.value)} />
        </Field>
        <Field label={t('settings.reverse')}>
          <RadioGroup value={draft.reverseMethod} onChange={(_, d) => setDraft({ ...draft, reverseMethod: d.value as Settings['reverseMethod'] })}>
            <Radio value="ratio" label={t('settings.reverse.ratio')} />
            <Radio value="linear" label={t('settings.reverse.linear')} />
          </RadioGroup>
        </Field>
      </fieldset>
      <fieldset className={styles.fieldset} data-testid="severity-rules">
        <legend className={styles.legend}>{t('settings.severity')}</legend>
        <SearchBox
          size="small"
          className={styles.input}
          aria-label={t('settings.search')}
          placeholder={t('settings.search')}
          value={query}
          onChange={(_, d) => setQuery(d.value)}
        />
        {FAMILIES.map((fam) => {
          const rules = allRules.filter((r) => r.id.startsWith(`${fam}-`) && match(r));
          if (!rules.length) return null;
          const changed = rules.filter((r) => draft.severity[r.id]).length;
          return (
            <details key={fam} className={styles.family} open={!!q} data-family={fam}>
              <summary className={styles.summary}>
                {t('settings.family', { name: t(`family.${fam}`), n: rules.length })}
                {changed ? <span className={styles.changed}>{t('settings.changed', { n: changed })}</span> : null}
              </summary>
              {rules.map((r) => (
                <div key={r.id} className={styles.rule}>
                  <label className={styles.ruleLabel} htmlFor={`sev-${r.id}`}>{`${r.id} ${lang === 'en' ? r.titleEn : r.title}`}</label>
                  <Select id={`sev-${r.id}`} size="small" value={draft.severity[r.id] ?? ''} onChange={(_, d) => setSeverity(r.id, d.value)}>
                    <option value="">{t('settings.severity.default', { level: severityLabel(r.severity) })}</option>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {severityLabel(s)}
                      </option>
                    ))}
                    <option value="off">{t('settings.severity.off')}</option>
                  </Select>
                </div>
              ))}
            </details>
          );
        })}
        {FAMILIES.every((fam) => !allRules.some((r) => r.id.startsWith(`${fam}-`) && match(r))) ? <Text size={200}>{t('settings.noMatch')}</Text> : null}
      </fieldset>
      <div className={view.buttons}>
        <Button type="button" onClick={reset}>
          {t('settings.reset')}
        </Button>
      </div>
    </form>
  );
}
