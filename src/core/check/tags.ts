// The tag format lives in ../tags.ts; this re-export keeps `core/edition` (edited separately) compiling until it imports from there.
export { isProjectTag, parseTag, type ParsedTag } from '../tags';
