// Types for build-support.js, for the tests that import it.
export const OFFICE_CDN: string;
export function officeJsFiles(distDir: string): string[];
export function checkShippedEdition(folder: string, rootDir: string, options?: { load?: (folder: string) => unknown }): void;
export function editionFolderFrom(env?: Record<string, unknown>, processEnv?: Record<string, string | undefined>): string | null;
export function editionsFolderFrom(env?: Record<string, unknown>, processEnv?: Record<string, string | undefined>): string | undefined;
export interface EditionReport {
  editionKey: string | null;
  title: string | null;
  /** `folder/file: /json/path: message` lines; empty when the edition is good. */
  problems: string;
}
export function checkSchoolEdition(
  folder: string,
  rootDir: string,
  options?: { report?: (folder: string, baseFolder: string, editionsFolder?: string) => EditionReport; editionsFolder?: string },
): { editionKey: string; title: string };
export function editionModuleReplacer(folder: string): (resolveData: { request: string }) => void;
export function writePrecompiledAjv(schemaFile: string, outDir: string): string;
export function manifestFor(xml: string, baseUrl: string): string;
export function contentSecurityPolicy(officeJs: 'local' | 'cdn'): string;
