/** The pane's settings, kept with the document (Office document settings), and the engine config they make. */
import { DEFAULT_CONFIG, SCHEMES, type Config } from '../domain/config';
import type { SettingsLike } from '../gateways/office';
import { DEFAULT_SETTINGS, type Settings } from '../ui/host';

export const SETTINGS_KEY = 'jixiao.settings';

export function readSettings(store: SettingsLike): Settings {
  const raw = store.get(SETTINGS_KEY);
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_SETTINGS };
  const s = raw as Partial<Settings>;
  return {
    ...DEFAULT_SETTINGS,
    ...s,
    grades: { ...DEFAULT_SETTINGS.grades, ...(s.grades ?? {}) },
    severity: { ...(s.severity ?? {}) },
    scheme: s.scheme && SCHEMES[s.scheme] ? s.scheme : DEFAULT_SETTINGS.scheme,
  };
}

export function writeSettings(store: SettingsLike, s: Settings): Promise<void> {
  store.set(SETTINGS_KEY, s);
  return new Promise((resolve, reject) => store.saveAsync((r) => (r.error ? reject(new Error(`设置未能保存到文档：${r.error.message}`)) : resolve())));
}

export function configOf(s: Settings): Config {
  return {
    ...DEFAULT_CONFIG,
    scheme: SCHEMES[s.scheme] ?? SCHEMES.national,
    grades: s.grades,
    reverseMethod: s.reverseMethod,
    overAchievement: { ...DEFAULT_CONFIG.overAchievement, ratio: s.overAchievementRatio },
    executionReasonBelow: s.executionReasonBelow,
    severity: s.severity,
  };
}
