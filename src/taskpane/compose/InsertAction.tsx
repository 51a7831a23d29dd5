import { Button } from '@fluentui/react-components';
import { useFormStyles } from './form-styles';

/**
 * A composer's Insert button, in its own row. Disabled, it stays focusable (so a screen reader can reach the reason
 * it is disabled), and `describedBy` points at what to read first: the warnings to check, or why it cannot insert.
 */
export function InsertAction(props: { label: string; disabled: boolean; describedBy?: string | undefined; onInsert: () => void }) {
  const styles = useFormStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" disabledFocusable={props.disabled} aria-describedby={props.describedBy} onClick={props.onInsert}>
        {props.label}
      </Button>
    </div>
  );
}
