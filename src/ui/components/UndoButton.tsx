/**
 * The header's undo control. Kept on its own so that an undo history (“撤销：自评（851 处修改）”)
 * can replace the single button without touching the rest of the header.
 */
import * as React from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { useT } from '../i18n';

const useStyles = makeStyles({ button: { whiteSpace: 'nowrap', flexShrink: 0, minWidth: 'auto' } });

/** `label`: what the next undo takes back (撤销：自评（851 处修改）); `title`: the whole history, newest first. */
export function UndoButton({ disabled, onUndo, label, title }: { disabled: boolean; onUndo(): void; label?: string; title?: string }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  return (
    <Button size="small" className={styles.button} disabled={disabled} onClick={onUndo} title={title ?? t('app.undoHint')} data-testid="undo">
      {label ?? t('app.undo')}
    </Button>
  );
}
