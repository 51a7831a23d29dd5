import { Button, makeStyles, tokens } from '@fluentui/react-components';

export interface StatusMessage {
  kind: 'success' | 'error';
  text: string;
  /** Changes with each message, so the same words twice are announced twice. */
  serial: number;
}

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  error: { backgroundColor: tokens.colorStatusDangerBackground1, color: tokens.colorStatusDangerForeground1, borderTopColor: tokens.colorStatusDangerBorder1 },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

/** A non-blocking message strip at the bottom of the pane. Both live regions are always present so every message is announced. */
export function StatusArea(props: { message: StatusMessage | null; onDismiss: () => void }) {
  const styles = useStyles();
  const { message, onDismiss } = props;
  const isError = message?.kind === 'error';
  return (
    <div className={message ? `${styles.bar} ${isError ? styles.error : ''}` : styles.hidden} data-testid="status">
      <div className={styles.text}>
        <div role="status" aria-live="polite">
          {message && !isError ? <span key={message.serial}>{message.text}</span> : null}
        </div>
        <div role="alert">{message && isError ? <span key={message.serial}>{message.text}</span> : null}</div>
      </div>
      {message ? (
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          Dismiss
        </Button>
      ) : null}
    </div>
  );
}
