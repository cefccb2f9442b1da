/** 设置: scheme, grade bands, thresholds, severity overrides per rule, scope — saved with the workbook. */
import * as React from 'react';
import { useEffect, useState } from 'react';
import { Button, Field, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { RULES } from '../../domain/rules';
import type { Severity } from '../../sheet/plan';
import { DEFAULT_SETTINGS, type Settings } from '../host';
import { useT } from '../i18n';
import { usePane } from '../pane';
import { SchemeSelect } from '../components/SchemeSelect';
import { SEVERITIES, SEVERITY_KEY } from '../components/severity';
import { useViewStyles } from '../components/viewStyles';

const useStyles = makeStyles({
  fieldset: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, margin: `${tokens.spacingVerticalS} 0`, padding: tokens.spacingHorizontalS, minWidth: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXXS}` },
  grades: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingHorizontalS },
  rules: { maxHeight: '16em', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

type GradeName = keyof Settings['grades'];
const GRADES: GradeName[] = ['优', '良', '中'];

function num(text: string): number {
  return text.trim() === '' ? NaN : Number(text);
}

export default function SettingsView(): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const { lang, t } = useT();
  const { host, run, busy, settings, setSettings } = usePane();
  const [draft, setDraft] = useState<Settings>(settings);
  const [grades, setGrades] = useState(() => GRADES.map((g) => String(settings.grades[g])));
  const [ratio, setRatio] = useState(String(settings.overAchievementRatio));
  const [below, setBelow] = useState(String(Math.round(settings.executionReasonBelow * 1000) / 10));

  useEffect(() => {
    setDraft(settings);
    setGrades(GRADES.map((g) => String(settings.grades[g])));
    setRatio(String(settings.overAchievementRatio));
    setBelow(String(Math.round(settings.executionReasonBelow * 1000) / 10));
  }, [settings]);

  const g = grades.map(num);
  const gradesOk = g.every((x) => x >= 0 && x <= 100) && g[0] > g[1] && g[1] > g[2];
  const ratioOk = num(ratio) >= 1;
  const belowOk = num(below) >= 0 && num(below) <= 100;
  const valid = gradesOk && ratioOk && belowOk;

  const severityLabel = (s: Severity) => t(SEVERITY_KEY[s]);
  const setSeverity = (id: string, v: string) => {
    const severity = { ...draft.severity };
    if (v === '') delete severity[id];
    else severity[id] = v as Severity | 'off';
    setDraft({ ...draft, severity });
  };

  const save = () => {
    if (!valid) return;
    const next: Settings = {
      ...draft,
      grades: { 优: g[0], 良: g[1], 中: g[2] },
      overAchievementRatio: num(ratio),
      executionReasonBelow: num(below) / 100,
    };
    void run(() => host.saveSettings(next), {
      done: () => {
        setSettings(next);
        return t('settings.saved');
      },
    });
  };

  const reset = () => {
    setDraft(DEFAULT_SETTINGS);
    setGrades(GRADES.map((x) => String(DEFAULT_SETTINGS.grades[x])));
    setRatio(String(DEFAULT_SETTINGS.overAchievementRatio));
    setBelow(String(DEFAULT_SETTINGS.executionReasonBelow * 100));
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Text as="p" className={view.intro}>
        {t('settings.intro')}
      </Text>
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
            <Field key={name} label={t('settings.grade', { grade: name })} validationState={gradesOk ? 'none' : 'error'}>
              <Input type="number" inputMode="decimal" min={0} max={100} value={grades[i]} onChange={(_, d) => setGrades(grades.map((x, j) => (j === i ? d.value : x)))} />
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('settings.thresholds')}</legend>
        <Field label={t('settings.overRatio')} validationState={ratioOk ? 'none' : 'error'}>
          <Input type="number" inputMode="decimal" step={0.1} min={1} value={ratio} onChange={(_, d) => setRatio(d.value)} />
        </Field>
        <Field label={t('settings.executionBelow')} validationState={belowOk ? 'none' : 'error'}>
          <Input type="number" inputMode="decimal" min={0} max={100} value={below} onChange={(_, d) => setBelow(d.value)} />
        </Field>
        <Field label={t('settings.reverse')}>
          <RadioGroup value={draft.reverseMethod} onChange={(_, d) => setDraft({ ...draft, reverseMethod: d.value as Settings['reverseMethod'] })}>
            <Radio value="ratio" label={t('settings.reverse.ratio')} />
            <Radio value="linear" label={t('settings.reverse.linear')} />
          </RadioGroup>
        </Field>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('settings.severity')}</legend>
        <div className={styles.rules}>
          {RULES.map((r) => (
            <Field key={r.id} label={`${r.id} ${lang === 'en' ? r.meta.titleEn : r.meta.title}`} orientation="horizontal">
              <Select size="small" value={draft.severity[r.id] ?? ''} onChange={(_, d) => setSeverity(r.id, d.value)}>
                <option value="">{t('settings.severity.default', { level: severityLabel(r.meta.severity) })}</option>
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {severityLabel(s)}
                  </option>
                ))}
                <option value="off">{t('settings.severity.off')}</option>
              </Select>
            </Field>
          ))}
        </div>
      </fieldset>
      <div className={view.buttons}>
        <Button appearance="primary" type="submit" disabled={busy || !valid}>
          {t('settings.save')}
        </Button>
        <Button type="button" onClick={reset}>
          {t('settings.reset')}
        </Button>
      </div>
    </form>
  );
}
