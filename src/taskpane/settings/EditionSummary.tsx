import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { themes, type ThemeKind } from '../theme';
import { useEditionState } from './useEdition';

// The parts of the settings on the pane's first screen. The Settings section itself (EditionSettings.tsx) is loaded
// from its own script once that screen has painted.

/** Shared with the Settings section, which shows the same key and badge. */
export const useSummaryStyles = makeStyles({
  // Fluent's filled warning badge, as a span (the Badge component was the only one of its kind in the pane).
  draft: {
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorStatusWarningBackground3,
    color: tokens.colorNeutralForeground1Static,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThin} solid CanvasText` },
  },
  summary: { margin: `${tokens.spacingVerticalXXS} 0 0`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap', overflowWrap: 'anywhere' },
  key: { fontFamily: tokens.fontFamilyMonospace },
});

/** The edition in use, under the pane's title: its id@version and a Draft badge when a draft is in use. */
export function EditionSummary() {
  const styles = useSummaryStyles();
  const state = useEditionState();
  if (!state?.framework) return null;
  const { framework, isDraft } = state;
  return (
    // A div, not a p: the Draft badge is a div.
    <div className={styles.summary} data-testid="edition-in-use">
      <span>
        Edition: <span className={styles.key}>{framework.editionKey}</span>
      </span>
      {isDraft ? (
        <span className={styles.draft}>Draft</span>
      ) : null}
    </div>
  );
}

/** Shown while a draft edition kept from last time is checked again at start-up. */
export function EditionLoading(props: { theme: ThemeKind }) {
  return (
    <FluentProvider theme={themes[props.theme]} style={{ minHeight: '100vh', padding: tokens.spacingHorizontalM }}>
      <Spinner size="small" label="Loading your draft edition…" />
    </FluentProvider>
  );
}
