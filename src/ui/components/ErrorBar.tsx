/** An error as a message bar (role alert), with a dismiss button when it can be dismissed. */
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useT } from '../i18n';

export function ErrorBar({ message, onDismiss }: { message: string; onDismiss?: () => void }): React.JSX.Element {
  const { t } = useT();
  return (
    <div role="alert" style={{ marginBottom: 8 }}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('error.title')}</MessageBarTitle>
          {message}
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
