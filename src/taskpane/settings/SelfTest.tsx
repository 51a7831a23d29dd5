import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { selfTestText, type SelfTestReport } from '../../document/word/self-test-report';
import { usePane } from '../shell/pane-context';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  fail: { color: tokens.colorStatusDangerForeground1 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * "Test this copy of Word" (Settings, in Word only): runs the adapter's self-test (src/document/word/self-test.ts) and
 * shows the report, pass or fail per capability with Word's error code, with a Copy button. TESTING-IN-WORD.md says
 * what to send back.
 */
export function SelfTest(props: { run: () => Promise<SelfTestReport> }) {
  const styles = useStyles();
  const { copyText, notify } = usePane();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const start = async () => {
    setBusy(true);
    try {
      setReport(await props.run());
    } catch (error) {
      notify('error', `The self-test could not run: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const failed = report ? report.checks.filter((c) => !c.ok).length + (report.unchanged ? 0 : 1) : 0;
  return (
    <>
      <h3 className={styles.heading}>Test this copy of Word</h3>
      <p className={styles.hint}>
        Tries everything the add-in uses in a scratch paragraph near the end of this document, removes it again and checks the document reads as before. The cursor ends up near the end of the document.
      </p>
      <div className={styles.actions}>
        <Button appearance="secondary" disabled={busy} onClick={() => void start()}>
          Test this copy of Word
        </Button>
        {report ? (
          <Button appearance="secondary" onClick={() => void copyText(selfTestText(report), 'the self-test report')}>
            Copy report
          </Button>
        ) : null}
      </div>
      {busy ? <Spinner size="tiny" label="Testing…" /> : null}
      {report ? (
        <div role="status" data-testid="self-test-report">
          <p className={styles.hint}>{`${failed === 0 ? 'Everything passed.' : `${failed} check${failed === 1 ? '' : 's'} failed.`} Word: ${report.word}.`}</p>
          <ul className={styles.list}>
            {report.checks.map((c) => (
              <li key={c.name} className={c.ok ? undefined : styles.fail}>
                {`${c.ok ? 'Pass' : 'Fail'}: ${c.name}. ${c.detail}`}
              </li>
            ))}
            <li className={report.unchanged ? undefined : styles.fail}>{report.unchanged ? 'The document is as it was.' : 'The document is not as it was: use Undo in Word.'}</li>
          </ul>
        </div>
      ) : null}
    </>
  );
}
