import { Button, Checkbox, Field, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useDeferredValue, useRef, useState } from 'react';
import { usePane } from '../shell/pane-context';
import { useAfterFirstPaint } from '../shell/useAfterFirstPaint';
import { RatingsSection } from './RatingsSection';
import { SearchResults } from './SearchResults';
import { StandardsView } from './StandardsView';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toggles: { display: 'flex', flexDirection: 'column' },
  note: { margin: 0, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  searchBox: { maxWidth: '100%' },
  // The browser's own clear button cannot be reached with Tab; the pane's Clear button replaces it.
  searchInput: { '::-webkit-search-cancel-button': { display: 'none' } },
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
      <Field label="Search descriptors">
        <Input
          type="search"
          ref={searchRef}
          className={styles.searchBox}
          input={{ className: styles.searchInput }}
          value={query}
          onChange={(_e, data) => setQuery(data.value)}
          contentAfter={
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
      </Field>
      <Checkbox label="Search all stages" checked={allStages || !careerStage} disabled={!careerStage} onChange={(_e, data) => setAllStages(data.checked === true)} />
      {searching ? (
        <SearchResults query={deferredQuery} careerStage={careerStage} allStages={allStages} includeEarlier={includeEarlier} />
      ) : !careerStage ? (
        <p className={styles.note}>Choose the career stage above to see its descriptors, or search all stages.</p>
      ) : (
        <>
          {stage ? (
            <>
              <div className={styles.toggles}>
                <Switch label="Include earlier stages" checked={includeEarlier} onChange={(_e, data) => setIncludeEarlier(data.checked)} />
                <Switch label="Compare with next stage" checked={compareNext} onChange={(_e, data) => setCompareNext(data.checked)} />
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
