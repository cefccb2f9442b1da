/**
 * The WPS 加载项's entry (main.js: WPS opens its own page for the add-in and loads this file),
 * then reads ribbon.xml, whose callbacks are `ribbon.*` on this page's window.
 */
import { makeRibbon } from './ribbon';
import type { WpsWindow } from './wps-api';

const w = window as unknown as WpsWindow & { ribbon?: ReturnType<typeof makeRibbon> };

w.ribbon = makeRibbon({
  app: () => w.Application,
  wps: () => w.wps,
  paneUrl: () => new URL('taskpane.html', window.location.href).href,
  alert: (text) => window.alert(text),
});
