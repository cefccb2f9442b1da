/** The scoring scheme picker (national / hubei / sichuan): short option labels, the weights spelled out below. */
import * as React from 'react';
import { Field, Select } from '@fluentui/react-components';
import type { Settings } from '../host';
import { useT } from '../i18n';
import { useFitStyles } from './viewStyles';

export const SCHEMES: Settings['scheme'][] = ['national', 'hubei', 'sichuan'];

export function SchemeSelect({ value, onChange, disabled }: { value: Settings['scheme']; onChange(v: Settings['scheme']): void; disabled?: boolean }): React.JSX.Element {
  const { t } = useT();
  const fit = useFitStyles();
  return (
    <Field label={t('scheme.label')} hint={t(`scheme.hint.${value}`)} className={fit.field}>
      <Select className={fit.select} value={value} disabled={disabled} onChange={(_, d) => onChange(d.value as Settings['scheme'])}>
        {SCHEMES.map((s) => (
          <option key={s} value={s}>
            {t(`scheme.${s}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
