/** Styles the views share. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useViewStyles = makeStyles({
  intro: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS}` },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  summary: { display: 'block', margin: `${tokens.spacingVerticalS} 0`, fontWeight: tokens.fontWeightSemibold },
  panel: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS, margin: `${tokens.spacingVerticalS} 0` },
  h2: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
});

/**
 * A field and its drop-down never wider than the pane: a native select is as wide as its longest
 * option unless told otherwise (the 插入到项目 list of long project names was 528 px).
 */
export const useFitStyles = makeStyles({
  field: { minWidth: 0, maxWidth: '100%', gridTemplateColumns: 'minmax(0, 1fr)' },
  select: { minWidth: 0, maxWidth: '100%', width: '100%', '& select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' } },
});
