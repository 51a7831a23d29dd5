import { makeStyles, tokens } from '@fluentui/react-components';
import { matchRanges } from '../../core';

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: 'inherit',
    borderRadius: tokens.borderRadiusSmall,
    // The high-contrast theme's yellow background is black: use the system's own highlight colours there instead.
    '@media (forced-colors: none)': { ':global([data-theme="high-contrast"])': { backgroundColor: 'Mark', color: 'MarkText' } },
    // Forced colours would reset the background to the page's: keep the match visible with the system's pair.
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'Highlight', color: 'HighlightText' },
  },
});

/** Text with the search query's matches marked. */
export function Highlighted(props: { text: string; query: string }) {
  const styles = useStyles();
  const { text, query } = props;
  const ranges = query.trim() ? matchRanges(text, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts: JSX.Element[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(<span key={`t${i}`}>{text.slice(at, start)}</span>);
    parts.push(
      <mark key={`m${i}`} className={styles.mark}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(<span key="rest">{text.slice(at)}</span>);
  return <>{parts}</>;
}
