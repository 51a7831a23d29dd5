// The pane's settings: the framework edition in use and trying a draft edition.
export { EditionLoading, EditionSummary, SettingsSection } from './EditionSettings';
export { EditionContext, useEdition, useEditionState, type EditionNotice, type EditionState } from './useEdition';
export { DRAFT_EDITION_KEY } from './draft-edition';
export { SelfTest } from './SelfTest';
