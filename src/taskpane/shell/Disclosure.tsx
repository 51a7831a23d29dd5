import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column' },
  heading: { margin: 0, fontSize: 'inherit', fontWeight: 'inherit' },
  header: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    minHeight: '44px',
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    '@media (forced-colors: active)': {
      ':hover': { forcedColorAdjust: 'none', backgroundColor: 'Highlight', color: 'HighlightText' },
    },
  },
  // A chevron drawn with two borders (so it follows the text colour, forced colours included): right when closed, down when open.
  chevron: {
    flexShrink: 0,
    width: '6px',
    height: '6px',
    marginTop: '6px',
    marginInline: '3px',
    borderRight: `${tokens.strokeWidthThick} solid currentColor`,
    borderBottom: `${tokens.strokeWidthThick} solid currentColor`,
    transform: 'rotate(-45deg)',
  },
  chevronOpen: { transform: 'rotate(45deg)', marginTop: '4px' },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  panel: { padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
});

/**
 * Headers of disclosures in one group: Up and Down arrows, Home and End move between them (the WAI-ARIA accordion
 * pattern's optional keys). Put on the element that holds the group's Disclosures.
 */
export function onDisclosureKeys(event: KeyboardEvent<HTMLElement>) {
  const headers = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[data-disclosure] > button')];
  const at = headers.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  const last = headers.length - 1;
  const to = { ArrowDown: at === last ? 0 : at + 1, ArrowUp: at === 0 ? last : at - 1, Home: 0, End: last }[event.key];
  if (to === undefined) return;
  event.preventDefault();
  headers[to]?.focus();
}

export function useDisclosureGroupClass(): string {
  return useStyles().group;
}

/**
 * One section that opens and closes under a heading: a button with aria-expanded inside the heading, and the
 * content rendered only while open. Lighter than Fluent's Accordion (no motion, no focus helpers) for lists drawn
 * on the pane's first screen.
 */
export function Disclosure(props: {
  title: ReactNode;
  /** The heading level of the header (2 for the pane's sections). */
  level?: 2 | 3;
  open?: boolean;
  defaultOpen?: boolean;
  onToggle?: (open: boolean) => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const id = useId();
  const [ownOpen, setOwnOpen] = useState(props.defaultOpen ?? false);
  const open = props.open ?? ownOpen;
  const Heading = props.level === 3 ? 'h3' : 'h2';
  const toggle = () => {
    setOwnOpen(!open);
    props.onToggle?.(!open);
  };
  return (
    <div>
      <Heading className={styles.heading} data-disclosure="">
        <button type="button" id={`${id}-header`} className={styles.header} aria-expanded={open} aria-controls={open ? `${id}-panel` : undefined} onClick={toggle}>
          <span aria-hidden="true" className={mergeClasses(styles.chevron, open && styles.chevronOpen)} />
          <span className={styles.text}>{props.title}</span>
        </button>
      </Heading>
      {open ? (
        <div id={`${id}-panel`} role="region" aria-labelledby={`${id}-header`} className={styles.panel}>
          {props.children}
        </div>
      ) : null}
    </div>
  );
}
