/** The status bar: an aria-live region with progress (which project, how many rows) and the last outcome. */
import * as React from 'react';
import { ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n';
import type { Status } from '../pane';

const useStyles = makeStyles({
  bar: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    minHeight: '1.5em',
  },
  progress: { marginTop: tokens.spacingVerticalXXS },
  // One line, so the results keep the height; the live region still reads it all.
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  // Lines the user must read (cells left without a note, manual calculation): wrapped, never cut.
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, marginTop: tokens.spacingVerticalXXS },
});

export function StatusBar({ status, connecting }: { status: Status; connecting: boolean }): React.JSX.Element {
  const styles = useStyles();
  const { lang, t } = useT();
  const p = status.progress;
  let text: string;
  if (connecting) text = t('app.connecting');
  else if (p) text = lang === 'en' ? p.messageEn || p.message : p.message;
  else if (status.busy) text = t('status.working');
  // After a failure the bar never says 就绪: it points at the message above.
  else if (status.error) text = t('status.failed');
  else text = status.notice ?? t('status.ready');
  return (
    <footer className={styles.bar}>
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="status" className={styles.text} title={text}>
        {text}
      </div>
      <div aria-live="polite" data-testid="status-warnings">
        {!status.busy && !connecting
          ? (status.warnings ?? []).map((w, i) => (
              <div key={i} className={styles.warning}>
                {w}
              </div>
            ))
          : null}
      </div>
      {status.busy ? (
        <ProgressBar className={styles.progress} aria-label={t('status.working')} value={p && p.fraction !== null ? p.fraction : undefined} thickness="medium" />
      ) : null}
    </footer>
  );
}
