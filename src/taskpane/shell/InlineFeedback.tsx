import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useContext, useId } from 'react';
import { StatusContext } from './pane-context';
import { useFocusReturn } from './StatusArea';

const useStyles = makeStyles({
  note: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minWidth: 0,
  },
  error: {
    borderTopColor: tokens.colorStatusDangerBorder1,
    borderRightColor: tokens.colorStatusDangerBorder1,
    borderBottomColor: tokens.colorStatusDangerBorder1,
    borderLeftColor: tokens.colorStatusDangerBorder1,
    backgroundColor: tokens.colorStatusDangerBackground1, color: tokens.colorStatusDangerForeground1,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', alignSelf: 'center' },
});

/** An id that ties a control's messages to the InlineFeedback placed beside it (pass it to notify, copyText or useInsert's owner). */
export function useFeedbackAnchor(): string {
  return useId();
}

/**
 * The confirmation or error of the control beside it, shown where the user is looking rather than at the foot of the
 * pane. Its two live regions are always there (empty until a message comes), so screen readers announce the message
 * as it appears: politely for a confirmation, at once for an error. Dismiss puts the focus back on the control used.
 */
export function InlineFeedback(props: { anchor: string }) {
  const styles = useStyles();
  const { message, dismiss } = useContext(StatusContext);
  const mine = message && message.near === props.anchor ? message : null;
  const returnFocus = useFocusReturn(mine);
  const note = mine ? (
    <div key={mine.serial} className={mergeClasses(styles.note, mine.kind === 'error' && styles.error)} data-feedback="" data-testid="inline-feedback">
      <span className={styles.text}>{mine.text}</span>
      <Button
        size="small"
        appearance="transparent"
        onClick={() => {
          dismiss();
          returnFocus();
        }}
      >
        Dismiss
      </Button>
    </div>
  ) : null;
  return (
    <>
      <div role="status">{mine?.kind === 'success' ? note : null}</div>
      <div role="alert">{mine?.kind === 'error' ? note : null}</div>
    </>
  );
}
