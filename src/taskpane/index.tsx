/**
 * Task-pane entry (placeholder: the lead replaces the component; keep this file small).
 * Renders after Office.onReady; until then taskpane.html shows its static loading message.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';

function Placeholder(): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <Text as="h1" size={500} weight="semibold">
        绩效表助手
      </Text>
    </FluentProvider>
  );
}

function start(): void {
  const container = document.getElementById('root');
  if (container) createRoot(container).render(<Placeholder />);
}

if (typeof Office !== 'undefined') {
  void Office.onReady(start);
} else {
  start();
}
