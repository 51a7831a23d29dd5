import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';
import type { PaneTab } from './pane-tab';

const useStyles = makeStyles({
  // Tabs wrap onto a second line rather than clip a label when the pane is narrower than they are (bold text, high
  // contrast's wider font, zoom): every label stays whole at 320 px.
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tab: {
    position: 'relative',
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground2,
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    // Tight enough that four tabs fit on one line of the 320 px pane (its body leaves 296 px) in every theme.
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'nowrap',
    // The hover foreground is the one paired with the subtle hover background (black on cyan in high contrast).
    ':hover': { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    // Forced colours (Windows high contrast) replace the theme's colours; hover and focus use the system's pair.
    '@media (forced-colors: active)': {
      ':hover': { forcedColorAdjust: 'none', backgroundColor: 'Highlight', color: 'HighlightText' },
      ':focus-visible': { outlineColor: 'Highlight' },
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalXS,
      right: tokens.spacingHorizontalXS,
      bottom: 0,
      height: '3px',
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
    '@media (forced-colors: active)': { '::after': { forcedColorAdjust: 'none', backgroundColor: 'Highlight' } },
  },
});

/**
 * The pane's tab list: WAI-ARIA tabs with arrow-key, Home and End movement (selection follows focus).
 * Hand-made rather than Fluent's TabList, whose focus helpers add aria-hidden focusable elements that
 * screen-reader checks (axe: aria-hidden-focus) flag.
 */
export function PaneTabs(props: { tabs: readonly PaneTab[]; selected: string; onSelect: (id: string) => void }) {
  const styles = useStyles();
  const { tabs, selected, onSelect } = props;
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tab = tabs[target];
    if (!tab) return;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };
  return (
    <div role="tablist" aria-label="Pane sections" className={styles.list}>
      {tabs.map((tab, index) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={isSelected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={isSelected ? 0 : -1}
            className={isSelected ? `${styles.tab} ${styles.selected}` : styles.tab}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
