import { useFormStyles } from './form-styles';

/**
 * What the reviewer should look at before inserting (missing SMART parts, rules the composer warns about). A warning,
 * never a block: Insert stays enabled. Nothing is shown when there is nothing to say.
 */
export function CheckBeforeInserting(props: { warnings: readonly string[]; id?: string }) {
  const styles = useFormStyles();
  if (props.warnings.length === 0) return null;
  return (
    <section id={props.id} className={styles.warningBox} aria-label="Check before inserting">
      <h2 className={styles.warningTitle}>Check before inserting</h2>
      <ul className={styles.warnings}>
        {props.warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Why Insert is disabled: the composer's `blocked` reason, in plain words, next to the button (the button's
 * aria-describedby points here, and it stays focusable so a screen reader can reach the reason).
 */
export function BlockedReason(props: { reason: string | null; id: string }) {
  const styles = useFormStyles();
  if (!props.reason) return null;
  return (
    <p id={props.id} className={styles.blocked} role="note">
      <strong>Cannot be inserted yet.</strong> {props.reason}
    </p>
  );
}
