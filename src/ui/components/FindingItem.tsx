/** One finding in an expanded rule group: the cell (one click selects it), the message, and its fix or suggestion. */
import * as React from 'react';
import { Button, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../host';
import { useT } from '../i18n';
import { FixPreview } from './FixPreview';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  body: { flex: 1, minWidth: 0 },
  link: { textAlign: 'start', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  // One line: the group's title already says what is wrong, each line says where. The full text is
  // in the title and in the cell's note, one click away.
  clamp: { display: 'block', maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  cell: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  suggest: { display: 'block', fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXXS },
  apply: { flexShrink: 0, minWidth: 'auto' },
});

export interface FindingItemProps {
  finding: Finding;
  busy: boolean;
  onSelect(f: Finding): void;
  onApply(f: Finding): void;
}

export function FindingItem({ finding: f, busy, onSelect, onApply }: FindingItemProps): React.JSX.Element {
  const styles = useStyles();
  const { lang, t } = useT();
  const message = lang === 'en' ? f.messageEn || f.message : f.message;
  return (
    <li className={styles.item} data-finding={f.id} data-rule={f.rule} data-cell={f.cell}>
      <div className={styles.body}>
        <Link as="button" className={mergeClasses(styles.link, styles.clamp)} onClick={() => onSelect(f)} title={`${t('finding.goto', { cell: f.cell })} — ${message}`}>
          <span className={styles.cell}>{f.cell}</span>
          {message}
        </Link>
        {f.suggestion ? (
          <div data-testid="suggestion">
            <span className={styles.suggest}>{t('group.suggest')}</span>
            <FixPreview fix={f.suggestion} />
          </div>
        ) : null}
      </div>
      {f.fix ? (
        <Button size="small" className={styles.apply} disabled={busy} onClick={() => onApply(f)} aria-label={t('finding.applyCell', { cell: f.cell })}>
          {t('finding.apply')}
        </Button>
      ) : null}
    </li>
  );
}
