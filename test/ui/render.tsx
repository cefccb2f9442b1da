/** Helpers for the pane's tests: render <App> with a fake host and wait for it to settle. */
import { act, render, screen, type RenderResult } from '@testing-library/react';
import { App, type TabId } from '../../src/ui/App';
import { FakeHost } from './fake-host';

export async function renderPane(host: FakeHost | null = new FakeHost(), initialTab?: TabId): Promise<RenderResult & { host: FakeHost }> {
  let result!: RenderResult;
  await act(async () => {
    result = render(<App host={host} initialTab={initialTab} />);
  });
  return Object.assign(result, { host: host as FakeHost });
}

/** Click and let the host's promises resolve. */
export async function click(el: Element): Promise<void> {
  await act(async () => {
    (el as HTMLElement).click();
  });
}

export async function openTab(name: RegExp | string): Promise<void> {
  await click(screen.getByRole('tab', { name }));
}
