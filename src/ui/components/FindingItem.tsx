/** One finding: a link-button that selects the cell, the rule's source, and its safe fix if it has one. */
import * as React from 'react';
import { useState } from 'react';
import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../host';
import { useT } from '../i18n';
import { FixPreview } from './FixPreview';

const useStyles = makeStyles({
  item: { padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  link: { textAlign: 'start', fontSize: tokens.fontSizeBase300 },
  cell: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXXS },
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
  const [open, setOpen] = useState(false);
  const previewId = `fix-${f.id.replace(/[^\w-]/g, '_')}`;
  return (
    <li className={styles.item} data-finding={f.id} data-rule={f.rule} data-cell={f.cell}>
      <Link as="button" className={styles.link} onClick={() => onSelect(f)} title={t('finding.goto', { cell: f.cell })}>
        <span className={styles.cell}>{f.cell}</span>
        {lang === 'en' ? f.messageEn || f.message : f.message}
      </Link>
      <span className={styles.meta}>
        {f.rule} · {t('finding.source', { source: f.source })}
      </span>
      {f.fix ? (
        <>
          <div className={styles.actions}>
            <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={open ? previewId : undefined} onClick={() => setOpen(!open)}>
              {t(open ? 'finding.hidePreview' : 'finding.preview')}
            </Button>
            <Button size="small" disabled={busy} onClick={() => onApply(f)}>
              {t('finding.apply')}
            </Button>
          </div>
          {open ? (
            <div id={previewId}>
              <FixPreview fix={f.fix} />
            </div>
          ) : null}
        </>
      ) : null}
    </li>
  );
}
