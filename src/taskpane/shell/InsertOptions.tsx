import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneSettings } from './settings';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
});

export function InsertOptions(props: { settings: PaneSettings; onChange: (change: Partial<PaneSettings>) => void }) {
  const styles = useStyles();
  const { settings, onChange } = props;
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>Insert options</legend>
      <Checkbox
        label="Insert as plain text (no tagged blocks)"
        checked={settings.asPlainText}
        onChange={(_e, data) => onChange({ asPlainText: data.checked === true })}
      />
      <Checkbox
        label="Replace selected text (otherwise insert after it)"
        checked={settings.replaceSelection}
        onChange={(_e, data) => onChange({ replaceSelection: data.checked === true })}
      />
    </fieldset>
  );
}
