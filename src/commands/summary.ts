/** The 一键校验 dialog: shows the summary from the URL hash as text nodes (never as HTML). */
import { decodeSummary } from '../addin/summary-text';

function render(): void {
  const root = document.getElementById('summary')!;
  const view = decodeSummary(window.location.hash) ?? { title: '绩效表助手', lines: ['没有可显示的结果。'], close: '关闭' };
  root.replaceChildren();
  const h = document.createElement('h1');
  h.textContent = view.title;
  const ul = document.createElement('ul');
  for (const line of view.lines) {
    const li = document.createElement('li');
    li.textContent = line;
    ul.appendChild(li);
  }
  const button = document.createElement('button');
  button.textContent = view.close;
  button.addEventListener('click', () => Office.context.ui.messageParent('close'));
  root.append(h, ul, button);
  button.focus();
}

Office.onReady(render);
