import type { SelfTestReport } from '../../document/word/self-test-report';
import { SettingsSection } from '../settings/EditionSettings';
import { SelfTest } from '../settings/SelfTest';
import { InsertOptions } from './InsertOptions';
import type { PaneSettings } from './settings';

/**
 * What the pane shows below its tabs: insert options and Settings (with the Word self-test in Word). Not on the first
 * screen, so App loads it from its own script once that screen has painted (see lazy-part.tsx).
 */
export function BelowFirstScreen(props: { settings: PaneSettings; onChange: (change: Partial<PaneSettings>) => void; selfTest?: () => Promise<SelfTestReport> }) {
  const { settings, onChange, selfTest } = props;
  return (
    <>
      <InsertOptions settings={settings} onChange={onChange} />
      <SettingsSection>{selfTest ? <SelfTest run={selfTest} /> : null}</SettingsSection>
    </>
  );
}
