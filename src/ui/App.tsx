/**
 * The task pane: header (title, 撤销上次操作), tabs 校验 | 自评 | 标准指标 | 设置, and a status bar
 * with an aria-live region. Renders at once; until a host is given it shows “正在连接 Excel…”.
 * Components talk to Excel only through the Host they are given.
 */
import * as React from 'react';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { FluentProvider, Spinner, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { DEFAULT_SETTINGS, type Host, type ProjectSummary, type Settings, type UndoStep, type ValidateResult } from './host';
import { LangContext, makeT, type Key } from './i18n';
import { PaneContext, useRunner, type PaneValue } from './pane';
import { ErrorBar } from './components/ErrorBar';
import { StatusBar } from './components/StatusBar';
import { Tabs } from './components/Tabs';
import { UndoButton } from './components/UndoButton';
import ValidateView from './views/ValidateView';

const SelfEvalView = lazy(() => import(/* webpackChunkName: "view-selfeval" */ './views/SelfEvalView'));
const StandardRowsView = lazy(() => import(/* webpackChunkName: "view-standard" */ './views/StandardRowsView'));
const SettingsView = lazy(() => import(/* webpackChunkName: "view-settings" */ './views/SettingsView'));

export type TabId = 'validate' | 'selfEval' | 'standard' | 'settings';
const TABS: TabId[] = ['validate', 'selfEval', 'standard', 'settings'];

export const SHELL_MARK = 'jixiao:shell-mounted';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100%',
    height: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  // The scroll container: sticky project headers stick to its top.
  main: { flex: 1, minHeight: 0, overflowY: 'auto', padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}` },
  connecting: { padding: tokens.spacingVerticalL },
});

export interface AppProps {
  /** The host, once connected (null while Office is still starting). */
  host: Host | null;
  /** Why there is no host, when connecting failed. */
  connectError?: string | null;
  /** The tab shown first. */
  initialTab?: TabId;
}

/** “自评（78 处修改，插入 9 行）”, “插入标准指标（插入 2 行）”, “校验标记（19 处修改）” — as 撤销's line will count them. */
function stepText(s: UndoStep): string {
  if (s.changes === null) return s.label;
  if (!s.rows) return `${s.label}（${s.changes} 处修改）`;
  return s.changes ? `${s.label}（${s.changes} 处修改，插入 ${s.rows} 行）` : `${s.label}（插入 ${s.rows} 行）`;
}

export function App({ host, connectError = null, initialTab = 'validate' }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const lang = host?.capabilities().lang ?? 'zh';
  const t = useMemo(() => makeT(lang), [lang]);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [canUndo, setCanUndo] = useState(false);
  const [history, setHistory] = useState<UndoStep[]>([]);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [validation, setValidation] = useState<ValidateResult | null>(null);
  const [selfEval, setSelfEval] = useState<ProjectSummary[] | null>(null);

  const refreshUndo = useCallback(() => {
    if (!host) return;
    host.canUndo().then(setCanUndo, () => setCanUndo(false));
    host.undoHistory?.().then(setHistory, () => setHistory([]));
  }, [host]);
  const { status, run, dismissError, notify } = useRunner(refreshUndo);

  useEffect(() => {
    try {
      performance.mark(SHELL_MARK);
    } catch {
      /* no User Timing: nothing to record */
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);

  useEffect(() => {
    if (!host) return;
    refreshUndo();
    void run(() => host.loadSettings(), { quiet: true, done: (s) => (setSettings(s), null) });
  }, [host, refreshUndo, run]);

  const invalidate = useCallback(() => {
    setValidation(null);
    setSelfEval(null);
  }, []);

  const undo = () => {
    if (!host) return;
    void run(() => host.undo(), {
      action: t('action.undo'),
      done: (ok) => {
        if (ok) invalidate();
        if (typeof ok === 'string') return ok;
        return t(ok ? 'status.undone' : 'status.nothingToUndo');
      },
    });
  };

  const pane: PaneValue | null = host ? { host, run, busy: status.busy, settings, setSettings, validation, setValidation, selfEval, setSelfEval, invalidate, notify } : null;

  const tabLabel: Record<TabId, Key> = { validate: 'tab.validate', selfEval: 'tab.selfEval', standard: 'tab.standard', settings: 'tab.settings' };

  let content: React.ReactNode;
  if (!pane) {
    content = connectError ? null : <Spinner className={styles.connecting} size="small" label={t('app.connecting')} />;
  } else if (tab === 'validate') content = <ValidateView />;
  else if (tab === 'selfEval') content = <SelfEvalView />;
  else if (tab === 'standard') content = <StandardRowsView />;
  else content = <SettingsView />;

  return (
    <LangContext.Provider value={{ lang, t }}>
      <FluentProvider theme={webLightTheme} className={styles.root} data-testid="pane">
        <header className={styles.header}>
          <h1 className={styles.title}>{t('app.title')}</h1>
          <UndoButton
            disabled={!host || !canUndo || status.busy}
            onUndo={undo}
            label={history.length ? `${t('app.undoStep')}${stepText(history[0])}` : undefined}
            title={history.map(stepText).join('\n') || undefined}
          />
        </header>
        <nav aria-label={t('app.tabs')}>
          <Tabs<TabId> tabs={TABS.map((id) => ({ id, label: t(tabLabel[id]) }))} selected={tab} onSelect={setTab} label={t('app.tabs')} />
        </nav>
        <main className={styles.main}>
          {connectError ? <ErrorBar failure={{ action: null, message: t('app.connectFailed', { message: connectError }), todo: 'generic' }} /> : null}
          {status.error ? <ErrorBar failure={status.error} onDismiss={dismissError} /> : null}
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {pane ? (
              <PaneContext.Provider value={pane}>
                <Suspense fallback={<Spinner size="tiny" label={t('app.loadingView')} />}>{content}</Suspense>
              </PaneContext.Provider>
            ) : (
              content
            )}
          </div>
        </main>
        <StatusBar status={connectError ? { ...status, error: { action: null, message: connectError, todo: 'generic' } } : status} connecting={!host && !connectError} />
      </FluentProvider>
    </LangContext.Provider>
  );
}

export default App;
