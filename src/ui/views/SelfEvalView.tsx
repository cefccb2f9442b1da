/** 自评: choose the scheme, fill the self-evaluation columns, see 总分 and 等级 per project. */
import * as React from 'react';
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ProjectSummary, Settings } from '../host';
import { useT } from '../i18n';
import { usePane } from '../pane';
import { SchemeSelect } from '../components/SchemeSelect';
import { useViewStyles } from '../components/viewStyles';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalS },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, padding: `${tokens.spacingVerticalXS} 0` },
  th: { textAlign: 'start', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold },
  td: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: tokens.spacingHorizontalXS, verticalAlign: 'top' },
  num: { textAlign: 'end', whiteSpace: 'nowrap' },
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS, marginTop: tokens.spacingVerticalXXS },
});

function percent(x: number | null): string {
  return x === null ? '—' : `${(Math.round(x * 10000) / 100).toString()}%`;
}

function ScoreTable({ projects }: { projects: ProjectSummary[] }): React.JSX.Element {
  const styles = useStyles();
  const { t } = useT();
  return (
    <table className={styles.table} data-testid="selfeval-table">
      <caption className={styles.caption}>{t('selfEval.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>{t('selfEval.project')}</th>
          <th scope="col" className={`${styles.th} ${styles.num}`}>{t('selfEval.rate')}</th>
          <th scope="col" className={`${styles.th} ${styles.num}`}>{t('selfEval.total')}</th>
          <th scope="col" className={styles.th}>{t('selfEval.grade')}</th>
        </tr>
      </thead>
      <tbody>
        {projects.map((p) => (
          <tr key={p.index} data-project={p.index}>
            <th scope="row" className={styles.td} style={{ fontWeight: 'normal', textAlign: 'start' }}>
              {p.index}. {p.name}
              {p.missingActuals || p.missingReasons ? (
                <span className={styles.flags}>
                  {p.missingActuals ? (
                    <Badge size="small" appearance="tint" color="informative">
                      {t('selfEval.missingActuals', { n: p.missingActuals })}
                    </Badge>
                  ) : null}
                  {p.missingReasons ? (
                    <Badge size="small" appearance="tint" color="warning" data-testid="missing-reasons">
                      {t('selfEval.missingReasons', { n: p.missingReasons })}
                    </Badge>
                  ) : null}
                </span>
              ) : null}
            </th>
            <td className={`${styles.td} ${styles.num}`}>{percent(p.executionRate)}</td>
            <td className={`${styles.td} ${styles.num}`} data-testid="total">{p.total === null ? t('selfEval.pending') : p.total.toFixed(2)}</td>
            <td className={styles.td} data-testid="grade">{p.grade ?? t('selfEval.pending')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function SelfEvalView(): React.JSX.Element {
  const styles = useViewStyles();
  const { t } = useT();
  const { host, run, busy, settings, setSettings, selfEval, setSelfEval, invalidate } = usePane();

  const changeScheme = (scheme: Settings['scheme']) => {
    const next = { ...settings, scheme };
    setSettings(next);
    void run(() => host.saveSettings(next), { quiet: true });
  };

  const fill = () =>
    run((p) => host.fillSelfEvaluation(p), {
      done: (projects) => {
        // Rows may have been added: earlier findings no longer point at the right cells.
        invalidate();
        setSelfEval(projects);
        return t('selfEval.done', { n: projects.length });
      },
    });

  return (
    <div>
      <Text as="p" className={styles.intro}>
        {t('selfEval.intro')}
      </Text>
      <SchemeSelect value={settings.scheme} onChange={changeScheme} disabled={busy} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={fill}>
          {t(selfEval ? 'selfEval.rerun' : 'selfEval.run')}
        </Button>
      </div>
      {selfEval ? <ScoreTable projects={selfEval} /> : null}
    </div>
  );
}
