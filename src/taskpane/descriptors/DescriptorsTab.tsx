import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useDeferredValue, useRef, useState } from 'react';
import { usePane } from '../shell/pane-context';
import { PlainCheckbox, PlainField, PlainSearchBox, PlainSwitch } from '../shell/plain-controls';
import { useAfterFirstPaint } from '../shell/useAfterFirstPaint';
import { RatingsSection } from './RatingsSection';
import { SearchResults } from './SearchResults';
import { StandardsView } from './StandardsView';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toggles: { display: 'flex', flexDirection: 'column' },
  note: { margin: 0, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
});

/** The Descriptors tab: the stage's descriptors by standard, search, and the role's rating descriptors. */
export function DescriptorsTab() {
  const styles = useStyles();
  const { careerStage } = usePane();
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const deferredQuery = useDeferredValue(query);
  const [allStages, setAllStages] = useState(false);
  const [includeEarlier, setIncludeEarlier] = useState(false);
  const [compareNext, setCompareNext] = useState(false);
  const belowFirstScreen = useAfterFirstPaint();
  const searching = deferredQuery.trim() !== '';
  const stage = careerStage?.stage ?? null;

  return (
    <div className={styles.tab}>
      <PlainField label="Search descriptors">
        {(control) => (
          <PlainSearchBox
            {...control}
            inputRef={searchRef}
            value={query}
            onChange={setQuery}
            after={
              query ? (
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label="Clear search"
                  onClick={() => {
                    setQuery('');
                    searchRef.current?.focus();
                  }}
                >
                  Clear
                </Button>
              ) : null
            }
          />
        )}
      </PlainField>
      <PlainCheckbox label="Search all stages" checked={allStages || !careerStage} disabled={!careerStage} onChange={setAllStages} />
      {searching ? (
        <SearchResults query={deferredQuery} careerStage={careerStage} allStages={allStages} includeEarlier={includeEarlier} />
      ) : !careerStage ? (
        <p className={styles.note}>Choose the career stage above to see its descriptors, or search all stages.</p>
      ) : (
        <>
          {stage ? (
            <>
              <div className={styles.toggles}>
                <PlainSwitch label="Include earlier stages" checked={includeEarlier} onChange={setIncludeEarlier} />
                <PlainSwitch label="Compare with next stage" checked={compareNext} onChange={setCompareNext} />
              </div>
              <StandardsView stage={stage} includeEarlier={includeEarlier} compareNext={compareNext} />
            </>
          ) : (
            <p className={styles.note}>
              The Teachers&apos; Standards descriptors have no column for {careerStage.name}. The career expectations ratings for this role are below.
            </p>
          )}
          {/* Under the standards, the ratings can wait a frame; for a role without standards they are the first screen. */}
          {belowFirstScreen || !stage ? <RatingsSection role={careerStage.role} open={!stage} /> : null}
        </>
      )}
    </div>
  );
}
