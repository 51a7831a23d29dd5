import { makeStyles, tokens } from '@fluentui/react-components';
import type { Coverage } from '../../core/check';
import { visuallyHidden } from './hidden';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'start', margin: `0 0 ${tokens.spacingVerticalXS}`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  head: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  standardCol: { width: '64px' },
  rowHead: { textAlign: 'start', fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, whiteSpace: 'nowrap' },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  row: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  meter: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  track: { flexGrow: 1, height: '8px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground4, overflow: 'hidden', minWidth: '24px' },
  bar: {
    height: '100%',
    backgroundColor: tokens.colorBrandBackground,
    '@media (forced-colors: active)': { backgroundColor: 'CanvasText', forcedColorAdjust: 'none' },
  },
  count: { minWidth: '2.5ch', textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  none: { color: tokens.colorNeutralForeground3 },
  hidden: visuallyHidden,
});

/** A standard's heading without the colon that introduces its sub-standards. */
const headingOf = (heading: string) => heading.replace(/[\s:.]+$/, '');

function listNumbers(numbers: readonly string[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** One-sentence text alternative for the chart. */
export function coverageSummary(coverage: Coverage): string {
  const byObjectives = coverage.standards.filter((s) => s.objectives > 0).map((s) => s.standard);
  const uncited = coverage.standards.filter((s) => s.objectives + s.descriptors === 0).map((s) => s.standard);
  const first = byObjectives.length ? `Objectives cover standard${byObjectives.length > 1 ? 's' : ''} ${listNumbers(byObjectives)}.` : 'No objective cites a standard yet.';
  const second = uncited.length ? ` Not cited anywhere: ${listNumbers(uncited)}.` : ' Every standard is cited.';
  return first + second;
}

function Meter(props: { value: number; max: number; what: string }) {
  const styles = useStyles();
  const { value, max, what } = props;
  return (
    <div className={styles.meter}>
      <div className={styles.track} aria-hidden="true">
        {value > 0 ? <div className={styles.bar} style={{ width: `${Math.max(12, (value / max) * 100)}%` }} /> : null}
      </div>
      <span className={value > 0 ? styles.count : `${styles.count} ${styles.none}`}>
        {value > 0 ? value : <span aria-hidden="true">–</span>}
        <span className={styles.hidden}>{value > 0 ? ` ${what}` : `no ${what}`}</span>
      </span>
    </div>
  );
}

/**
 * Which of the eight Teachers' Standards the objectives and descriptor blocks cite: a table with a small bar per
 * count. The numbers and the sentence above the table carry the meaning; the bars only illustrate it.
 */
export function CoverageChart(props: { coverage: Coverage }) {
  const styles = useStyles();
  const { coverage } = props;
  const max = Math.max(1, ...coverage.standards.flatMap((s) => [s.objectives, s.descriptors]));
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{coverageSummary(coverage)}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${styles.head} ${styles.standardCol}`}>
            Standard
          </th>
          <th scope="col" className={styles.head}>
            Objectives
          </th>
          <th scope="col" className={styles.head}>
            Descriptors
          </th>
        </tr>
      </thead>
      <tbody>
        {coverage.standards.map((s) => (
          <tr key={s.standard} className={styles.row} title={`${s.standard}. ${headingOf(s.heading)}`}>
            <th scope="row" className={styles.rowHead}>
              <span aria-hidden="true">TS {s.standard}</span>
              <span className={styles.hidden}>{`Standard ${s.standard}: ${headingOf(s.heading)}`}</span>
            </th>
            <td className={styles.cell}>
              <Meter value={s.objectives} max={max} what={s.objectives === 1 ? 'objective' : 'objectives'} />
            </td>
            <td className={styles.cell}>
              <Meter value={s.descriptors} max={max} what={s.descriptors === 1 ? 'descriptor' : 'descriptors'} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
