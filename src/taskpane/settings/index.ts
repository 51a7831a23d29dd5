// The pane's settings: the framework edition in use and trying a draft edition. The Settings section and the Word
// self-test are not on the pane's first screen, so App loads them from their own script (EditionSettings.tsx,
// SelfTest.tsx); import them from their files.
export { EditionLoading, EditionSummary } from './EditionSummary';
export { EditionContext, useEdition, useEditionState, type EditionNotice, type EditionState } from './useEdition';
export { DRAFT_EDITION_KEY } from './draft-edition';
