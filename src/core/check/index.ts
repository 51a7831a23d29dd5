// The consistency checker's public surface, for the pane's Check tab and the CLI.
export * from './model';
export * from './findings';
export * from './checker';
export * from './coverage';
export { DEFAULT_THRESHOLDS, DescriptorIndex, descriptorIndex, type DescriptorMatch, type MatchThresholds } from './matcher';
export { parseTag, isProjectTag, type ParsedTag } from '../tags';
export * from './outcomes';
