import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

export interface StatusMessage {
  kind: 'success' | 'error';
  text: string;
  /** Changes with each message, so the same words twice are announced twice. */
  serial: number;
  /** The InlineFeedback that shows this message next to the control used; the strip then only announces it. */
  near?: string;
}

/**
 * Where focus goes when a message is dismissed: back to the control that had it when the message came (the button
 * that was pressed), or, if that has gone, to the pane's selected tab, never to the page's body.
 */
export function useFocusReturn(message: StatusMessage | null): () => void {
  const before = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!message) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !active.closest('[data-feedback]')) before.current = active;
  }, [message]);
  return () => {
    const target = before.current?.isConnected ? before.current : document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    target?.focus();
  };
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

/**
 * A non-blocking message strip at the bottom of the pane, for messages that belong to no one control. Both live
 * regions are always present so every message is announced. A message with `near` is shown (and announced) by the
 * InlineFeedback next to its control instead.
 */
export function StatusArea(props: { message: StatusMessage | null; onDismiss: () => void }) {
  const styles = useStyles();
  const { message, onDismiss } = props;
  const isError = message?.kind === 'error';
  const returnFocus = useFocusReturn(message);
  const shown = message && !message.near;
  return (
    <div className={shown ? `${styles.bar} ${isError ? styles.error : ''}` : styles.hidden} data-testid="status">
      <div className={styles.text}>
        <div role="status" aria-live="polite">
          {shown && !isError ? <span key={message.serial}>{message.text}</span> : null}
        </div>
        <div role="alert">{shown && isError ? <span key={message.serial}>{message.text}</span> : null}</div>
      </div>
      {shown ? (
        <Button
          size="small"
          appearance="transparent"
          onClick={() => {
            onDismiss();
            returnFocus();
          }}
        >
          Dismiss
        </Button>
      ) : null}
    </div>
  );
}
