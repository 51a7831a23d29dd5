/**
 * The first screen's form controls (the career stage picker, the search box, "Search all stages" and the two
 * switches) as the browser's own elements styled with Fluent's tokens, instead of Fluent's Field, Select, Input,
 * Checkbox and Switch. Fluent's controls cost the pane about a fifth of its time to ready in the benchmark (their
 * script and their first render); the other tabs, loaded later, still use Fluent's.
 *
 * Each is the native element (a `<select>`, an `<input type="search">`, an `<input type="checkbox">`, with
 * `role="switch"` for a switch), so its role, name, state and keyboard behaviour are the browser's; the label is a
 * `<label>`, a hint or error is tied to the control with `aria-describedby`, keyboard focus shows a ring (or Fluent's
 * underline on a text box), and forced colours (Windows high contrast) use system colours.
 */
import { makeResetStyles, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, type ReactNode, type Ref } from 'react';

/** Static names, so an input's state can style the indicator beside it (`:checked ~ .indicator`). */
const INDICATOR = 'sc-toggle__indicator';
const TEXT = 'sc-toggle__text';

// One class per element (makeResetStyles), not one per declaration: about a sixth of the script that atomic classes
// made for these rules, and nothing here is merged with other styles.
const useFieldClass = makeResetStyles({ display: 'grid', minWidth: 0 });
const useLabelClass = makeResetStyles({
  maxWidth: 'max-content',
  padding: `${tokens.spacingVerticalXXS} 0`,
  marginBottom: tokens.spacingVerticalXXS,
  color: tokens.colorNeutralForeground1,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
});
const useNoteClass = makeResetStyles({ marginTop: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 });

/** The outlined box of a select or a text box: Fluent's look, with its brand-coloured underline on focus. */
const useBoxClass = makeResetStyles({
  position: 'relative',
  display: 'flex',
  alignItems: 'center',
  gap: tokens.spacingHorizontalXXS,
  boxSizing: 'border-box',
  minHeight: '32px',
  minWidth: 0,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  ':hover': { borderColor: tokens.colorNeutralStroke1Hover, borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
  '::after': {
    content: '""',
    position: 'absolute',
    insetInline: '-1px',
    bottom: '-1px',
    height: tokens.strokeWidthThick,
    borderRadius: `0 0 ${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium}`,
    backgroundColor: tokens.colorCompoundBrandStroke,
    transform: 'scaleX(0)',
  },
  ':focus-within::after': { transform: 'scaleX(1)' },
  // A disabled select: greyed border and text.
  '&[data-disabled]': { borderColor: tokens.colorNeutralStrokeDisabled },
  // Forced colours drop the underline's colour: the box gets the system's focus outline instead.
  '@media (forced-colors: active)': {
    ':focus-within': { outline: `${tokens.strokeWidthThick} solid Highlight`, outlineOffset: '1px' },
    '::after': { display: 'none' },
    '&[data-disabled]': { borderColor: 'GrayText' },
  },
});
const useSelectClass = makeResetStyles({
  appearance: 'none',
  flexGrow: 1,
  minWidth: 0,
  height: '30px',
  margin: 0,
  // Room on the right for the chevron.
  paddingBlock: 0,
  paddingInlineStart: `calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
  paddingInlineEnd: `calc(${tokens.spacingHorizontalMNudge} + 20px + ${tokens.spacingHorizontalXXS})`,
  border: 'none',
  borderRadius: tokens.borderRadiusMedium,
  // The select's own colours, as its drop-down list takes them (dark theme included).
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  font: 'inherit',
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  cursor: 'pointer',
  outline: 'none',
  ':disabled': { color: tokens.colorNeutralForegroundDisabled, cursor: 'not-allowed' },
});
/** A chevron drawn with two borders, so it follows the theme (forced colours included). */
const useChevronClass = makeResetStyles({
  position: 'absolute',
  insetInlineEnd: `calc(${tokens.spacingHorizontalMNudge} + 6px)`,
  top: 'calc(50% - 6px)',
  width: '7px',
  height: '7px',
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground3}`,
  borderInlineEnd: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground3}`,
  rotate: '45deg',
  pointerEvents: 'none',
  '@media (forced-colors: active)': { borderColor: 'CanvasText' },
});
const useInputClass = makeResetStyles({
  flexGrow: 1,
  minWidth: 0,
  height: '30px',
  margin: 0,
  marginInlineStart: tokens.spacingHorizontalMNudge,
  padding: `0 ${tokens.spacingHorizontalXXS}`,
  border: 'none',
  backgroundColor: 'transparent',
  color: tokens.colorNeutralForeground1,
  font: 'inherit',
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  outline: 'none',
  // The browser's own clear button cannot be reached with Tab; the search box's Clear button replaces it.
  '::-webkit-search-cancel-button': { display: 'none' },
  ':last-child': { marginInlineEnd: tokens.spacingHorizontalMNudge },
});

/**
 * A checkbox or a switch: the input lies, transparent, over its drawn indicator and label text, so a click anywhere
 * on them toggles it and what assistive technology meets is the input itself.
 */
const useToggleClass = makeResetStyles({
  position: 'relative',
  display: 'inline-flex',
  alignItems: 'flex-start',
  alignSelf: 'flex-start',
  color: tokens.colorNeutralForeground1,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
});
const text = { paddingInlineStart: tokens.spacingHorizontalXS, paddingInlineEnd: tokens.spacingHorizontalS } as const;
// The text's line is centred on the indicator: a 16 px box in 32 px, a 20 px track in 36 px.
const useCheckboxTextClass = makeResetStyles({ ...text, paddingBlock: tokens.spacingVerticalSNudge });
const useSwitchTextClass = makeResetStyles({ ...text, paddingBlock: tokens.spacingVerticalS });
const toggleInput = {
  position: 'absolute',
  top: 0,
  insetInlineStart: 0,
  width: '100%',
  height: '100%',
  margin: 0,
  opacity: 0,
  cursor: 'pointer',
  ':disabled': { cursor: 'default' },
  [`&:focus-visible ~ .${INDICATOR}`]: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  [`&:disabled ~ .${TEXT}`]: { color: tokens.colorNeutralForegroundDisabled },
} as const;
const indicator = {
  flexShrink: 0,
  boxSizing: 'border-box',
  margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
  pointerEvents: 'none',
} as const;

const useCheckboxInputClass = makeResetStyles({
  ...toggleInput,
  [`&:enabled:not(:checked):hover ~ .${INDICATOR}`]: { borderColor: tokens.colorNeutralStrokeAccessibleHover },
  [`&:checked ~ .${INDICATOR} > svg`]: { display: 'block' },
  [`&:enabled:checked ~ .${INDICATOR}`]: { backgroundColor: tokens.colorCompoundBrandBackground, borderColor: tokens.colorCompoundBrandBackground, color: tokens.colorNeutralForegroundInverted },
  [`&:enabled:checked:hover ~ .${INDICATOR}`]: { backgroundColor: tokens.colorCompoundBrandBackgroundHover, borderColor: tokens.colorCompoundBrandBackgroundHover },
  [`&:disabled ~ .${INDICATOR}`]: { borderColor: tokens.colorNeutralStrokeDisabled, color: tokens.colorNeutralForegroundDisabled },
  '@media (forced-colors: active)': {
    [`&:focus-visible ~ .${INDICATOR}`]: { outlineColor: 'Highlight' },
    [`&:enabled:checked ~ .${INDICATOR}`]: { forcedColorAdjust: 'none', backgroundColor: 'Highlight', borderColor: 'Highlight', color: 'HighlightText' },
    [`&:disabled ~ .${INDICATOR}`]: { forcedColorAdjust: 'none', backgroundColor: 'Canvas', borderColor: 'GrayText', color: 'GrayText' },
    [`&:disabled ~ .${TEXT}`]: { color: 'GrayText' },
  },
});
const useCheckboxIndicatorClass = makeResetStyles({
  ...indicator,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  width: '16px',
  height: '16px',
  borderRadius: tokens.borderRadiusSmall,
  // The tick shows only when checked (not by colour, which forced colours replace).
  '> svg': { display: 'none', width: '12px', height: '12px', fill: 'none', stroke: 'currentColor', strokeWidth: '1.6px', strokeLinecap: 'round', strokeLinejoin: 'round' },
});

const useSwitchInputClass = makeResetStyles({
  ...toggleInput,
  [`&:enabled:not(:checked):hover ~ .${INDICATOR}`]: { borderColor: tokens.colorNeutralStrokeAccessibleHover, color: tokens.colorNeutralStrokeAccessibleHover },
  [`&:checked ~ .${INDICATOR}`]: { backgroundColor: tokens.colorCompoundBrandBackground, borderColor: tokens.colorTransparentStroke, color: tokens.colorNeutralForegroundInverted },
  [`&:enabled:checked:hover ~ .${INDICATOR}`]: { backgroundColor: tokens.colorCompoundBrandBackgroundHover },
  [`&:checked ~ .${INDICATOR} > span`]: { translate: '20px' },
  '@media (forced-colors: active)': {
    [`& ~ .${INDICATOR}`]: { forcedColorAdjust: 'none', backgroundColor: 'Canvas', borderColor: 'CanvasText', color: 'CanvasText' },
    [`&:focus-visible ~ .${INDICATOR}`]: { outlineColor: 'Highlight' },
    [`&:enabled:hover ~ .${INDICATOR}`]: { borderColor: 'Highlight' },
    [`&:checked ~ .${INDICATOR}`]: { backgroundColor: 'Highlight', borderColor: 'Highlight', color: 'HighlightText' },
  },
});
const useSwitchIndicatorClass = makeResetStyles({
  ...indicator,
  display: 'flex',
  alignItems: 'center',
  width: '40px',
  height: '20px',
  padding: '0 2px',
  borderRadius: tokens.borderRadiusCircular,
  color: tokens.colorNeutralStrokeAccessible,
  // The thumb.
  '> span': {
    width: '14px',
    height: '14px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: 'currentColor',
    transitionProperty: 'translate',
    transitionDuration: tokens.durationNormal,
    transitionTimingFunction: tokens.curveEasyEase,
    '@media screen and (prefers-reduced-motion: reduce)': { transitionDuration: '0.01ms' },
  },
});

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ControlAttributes {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** A label above its control, and a hint or (with `role="alert"`) an error below it. */
export function PlainField(props: { label: string; hint?: string; error?: string; children: (control: ControlAttributes) => ReactNode }) {
  const styles = useStyles();
  const [fieldClass, labelClass, noteClass] = [useFieldClass(), useLabelClass(), useNoteClass()];
  const id = useId();
  const note = props.error ?? props.hint;
  return (
    <div className={fieldClass}>
      <label className={labelClass} htmlFor={`${id}control`}>
        {props.label}
      </label>
      {props.children({ id: `${id}control`, ...(note ? { 'aria-describedby': `${id}note` } : {}), ...(props.error ? { 'aria-invalid': true } : {}) })}
      {note ? (
        <div id={`${id}note`} className={mergeClasses(noteClass, props.error ? styles.error : undefined)} role={props.error ? 'alert' : undefined}>
          {note}
        </div>
      ) : null}
    </div>
  );
}

export function PlainSelect(props: ControlAttributes & { value: string; disabled?: boolean; onChange: (value: string) => void; children: ReactNode }) {
  const { value, disabled, onChange, children, ...attributes } = props;
  return (
    <span className={useBoxClass()} data-disabled={disabled ? '' : undefined}>
      <select {...attributes} className={useSelectClass()} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
      <span className={useChevronClass()} aria-hidden="true" />
    </span>
  );
}

export function PlainSearchBox(props: ControlAttributes & { value: string; onChange: (value: string) => void; inputRef?: Ref<HTMLInputElement>; after?: ReactNode }) {
  const { value, onChange, inputRef, after, ...attributes } = props;
  return (
    <span className={useBoxClass()}>
      <input {...attributes} ref={inputRef} type="search" className={useInputClass()} value={value} onChange={(e) => onChange(e.target.value)} />
      {after}
    </span>
  );
}

export function PlainCheckbox(props: { label: string; checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className={useToggleClass()}>
      <input type="checkbox" className={useCheckboxInputClass()} checked={props.checked} disabled={props.disabled} onChange={(e) => props.onChange(e.target.checked)} />
      <span className={`${INDICATOR} ${useCheckboxIndicatorClass()}`} aria-hidden="true">
        <svg viewBox="0 0 12 12">
          <path d="M2.5 6.2 5 8.7 9.5 3.5" />
        </svg>
      </span>
      <span className={`${TEXT} ${useCheckboxTextClass()}`}>{props.label}</span>
    </label>
  );
}

export function PlainSwitch(props: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className={useToggleClass()}>
      <input type="checkbox" role="switch" className={useSwitchInputClass()} checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <span className={`${INDICATOR} ${useSwitchIndicatorClass()}`} aria-hidden="true">
        <span />
      </span>
      <span className={`${TEXT} ${useSwitchTextClass()}`}>{props.label}</span>
    </label>
  );
}
