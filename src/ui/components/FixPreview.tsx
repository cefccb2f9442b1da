/** A change shown as before → after, with its sheet and cell. Text is rendered as text (line breaks kept visible). */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FixChange } from '../host';
import { useT } from '../i18n';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    gap: `0 ${tokens.spacingHorizontalS}`,
    margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalXS}`,
  },
  cell: { marginTop: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: tokens.fontSizeBase200 },
  before: { backgroundColor: tokens.colorPaletteRedBackground1, textDecorationLine: 'line-through' },
  after: { backgroundColor: tokens.colorPaletteGreenBackground1 },
});

export function FixPreview({ fix, sheet, showCell = false }: { fix: FixChange; sheet?: string; showCell?: boolean }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  return (
    <>
      {showCell ? <div className={styles.cell}>{sheet ? `${sheet}!${fix.cell}` : fix.cell}</div> : null}
      <dl className={styles.list} aria-label={t('finding.fixOf', { cell: fix.cell })} data-fix-cell={fix.cell}>
        <dt className={styles.term}>{t('finding.before')}</dt>
        <dd className={mergeClasses(styles.value, styles.before)} data-testid="fix-before">
          {fix.before}
        </dd>
        <dt className={styles.term}>{t('finding.after')}</dt>
        <dd className={mergeClasses(styles.value, styles.after)} data-testid="fix-after">
          {fix.after}
        </dd>
      </dl>
    </>
  );
}
