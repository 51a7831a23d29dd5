import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { FINDING_KIND_LABELS, type Finding, type Severity } from '../../core/check';
import { DiffText } from './DiffText';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  severity: {
    alignSelf: 'flex-start',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid currentColor`,
  },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground3 },
  info: { color: tokens.colorNeutralForeground2 },
  message: { margin: 0, overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase300 },
  excerpt: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    fontStyle: 'italic',
  },
  diffLabel: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const SEVERITY_WORDS: Record<Severity, string> = { error: 'Error', warning: 'To look at', info: 'Note' };

/** The accessible name of a finding, e.g. "finding 3: Edited descriptor TS2.1/MPR/1". */
export function findingName(finding: Finding, number: number): string {
  return `finding ${number}: ${FINDING_KIND_LABELS[finding.kind]}${finding.id ? ` ${finding.id}` : ''}`;
}

export interface FindingItemProps {
  finding: Finding;
  /** 1-based, across all findings in document order. */
  number: number;
  busy: boolean;
  onGoTo?: () => void;
  onRestore?: () => void;
  /** For outdated wording: replace the block's text with the current edition's wording. */
  onUpdate?: () => void;
}

/** One finding: how serious, what it says, the words concerned and how they differ, and what can be done. */
export function FindingItem(props: FindingItemProps) {
  const styles = useStyles();
  const { finding, number, busy, onGoTo, onRestore, onUpdate } = props;
  const name = findingName(finding, number);
  return (
    <li className={styles.item} data-finding-kind={finding.kind}>
      <span className={`${styles.severity} ${styles[finding.severity]}`}>{SEVERITY_WORDS[finding.severity]}</span>
      <p className={styles.message}>{finding.message}</p>
      {finding.excerpt && !finding.diff ? <p className={styles.excerpt}>“{finding.excerpt}”</p> : null}
      {finding.diff ? (
        <>
          <p className={styles.diffLabel}>Compared with the official wording (removed words struck through, added words underlined):</p>
          <DiffText parts={finding.diff} />
        </>
      ) : null}
      {onGoTo || onRestore || onUpdate ? (
        <div className={styles.actions}>
          {onGoTo ? (
            <Button size="small" aria-label={`Go to ${name}`} disabledFocusable={busy} onClick={onGoTo}>
              Go to
            </Button>
          ) : null}
          {onRestore ? (
            <Button size="small" appearance="primary" aria-label={`Restore official wording of ${finding.id ?? 'this descriptor'}`} disabledFocusable={busy} onClick={onRestore}>
              Restore official wording
            </Button>
          ) : null}
          {onUpdate ? (
            <Button size="small" appearance="primary" aria-label={`Update ${finding.id ?? 'this descriptor'} to current wording`} disabledFocusable={busy} onClick={onUpdate}>
              Update to current wording
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
