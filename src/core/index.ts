// The domain core's public surface: plain TypeScript shared by the task pane, the CLI and the tests.
export * from './framework/types';
export * from './framework/framework';
export * from './framework/load';
export * from './framework/validate';
export * from './framework/bundled';
export * from './query/stages';
export * from './query/descriptors';
export * from './query/search';
export * from './tags';
export * from './compose/reference';
export * from './compose/template';
export * from './compose/wording';
export * from './compose/block';
export * from './compose/objective';
export * from './compose/rationale';
export * from './export/export';
