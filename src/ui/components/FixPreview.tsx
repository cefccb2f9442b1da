/** A safe fix shown as before → after. Text is rendered as text (line breaks kept visible). */
import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../host';
import { useT } from '../i18n';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, margin: `${tokens.spacingVerticalXS} 0` },
  cell: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXS },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: tokens.fontSizeBase200 },
  before: { backgroundColor: tokens.colorPaletteRedBackground1, textDecorationLine: 'line-through' },
  after: { backgroundColor: tokens.colorPaletteGreenBackground1 },
});

export function FixPreview({ fix, showCell = false }: { fix: NonNullable<Finding['fix']>; showCell?: boolean }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  return (
    <>
    {showCell ? <div className={styles.cell}>{fix.cell}</div> : null}
    <dl className={styles.list} aria-label={t('finding.fixOf', { cell: fix.cell })} data-fix-cell={fix.cell}>
      <dt className={styles.term}>{t('finding.before')}</dt>
      <dd className={`${styles.value} ${styles.before}`} data-testid="fix-before">
        {fix.before}
      </dd>
      <dt className={styles.term}>{t('finding.after')}</dt>
      <dd className={`${styles.value} ${styles.after}`} data-testid="fix-after">
        {fix.after}
      </dd>
    </dl>
    </>
  );
}
