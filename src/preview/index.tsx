/**
 * Browser preview entry (`npm run preview`, served at /). Placeholder: the lead replaces it with the
 * task pane running against a fake Office global. preview.html deliberately does not load office.js.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';

function PreviewPlaceholder(): React.JSX.Element {
  return <p>绩效表助手 · 预览</p>;
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<PreviewPlaceholder />);
