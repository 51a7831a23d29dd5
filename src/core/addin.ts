/**
 * The add-in's identity, as manifest.xml gives it (`<Id>`). The .docx reader uses it to find the add-in's own settings
 * in a document; test/adapter/manifest.test.ts proves it matches the manifest.
 */
export const ADDIN_ID = '3f6b1c2e-8d4a-4e57-9a1b-6c2d7e8f9a01';
