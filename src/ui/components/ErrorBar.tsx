/**
 * A failure as a message bar (role alert): what did not complete, the host's message (what
 * happened and where) and what to do — Chinese first. A dismiss button when it can be dismissed.
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n';
import type { Failure } from '../pane';

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalS },
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
});

export function ErrorBar({ failure, onDismiss }: { failure: Failure; onDismiss?: () => void }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  return (
    <div role="alert" className={styles.bar} data-testid="error">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('error.title', { action: failure.action ?? t('error.action') })}</MessageBarTitle>
          <span className={styles.line}>{failure.message}</span>
          <span className={styles.line}>{t('error.todo', { todo: t(`error.todo.${failure.todo}`) })}</span>
        </MessageBarBody>
        {onDismiss ? (
          <MessageBarActions>
            <Button size="small" onClick={onDismiss}>
              {t('error.dismiss')}
            </Button>
          </MessageBarActions>
        ) : null}
      </MessageBar>
    </div>
  );
}
