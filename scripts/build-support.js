// Helpers for webpack.config.js and the scripts: which office.js files to ship, the framework check,
// the manifest's base URL and the Content-Security-Policy. CommonJS so webpack's config can require it.
const fs = require('node:fs');
const path = require('node:path');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted';

/**
 * office.js files to serve from the add-in's own origin. Outside Office only office.js and
 * o15apptofilemappingtable.js are fetched; inside Word, office.js also loads the Word host script for the platform
 * and the locale's strings from the same base URL. So we ship those: everything in @microsoft/office-js/dist except
 * debug builds, type files and other Office applications' host scripts.
 */
function officeJsFiles(distDir) {
  const otherHosts = /^(excel|outlook|onenote|access|powerpoint|project|visio|custom-functions|html2canvas)/i;
  const files = [];
  const walk = (dir, rel) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relPath);
      else if (/\.js$/.test(entry.name) && !/\.debug\.js$/.test(entry.name) && !/vsdoc/.test(entry.name) && !otherHosts.test(entry.name)) {
        files.push(relPath);
      }
    }
  };
  walk(distDir, '');
  return files.sort();
}

/** Checks framework-data/ against its JSON Schema; the pane indexes the bundled edition without ajv. */
function validateFrameworkData(dir) {
  const AjvModule = require('ajv');
  const Ajv = AjvModule.default ?? AjvModule;
  const schema = JSON.parse(fs.readFileSync(path.join(dir, 'schema/framework.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
  const problems = [];
  for (const file of ['edition.json', 'teachers-standards.json', 'career-expectations.json', 'career-stages.json', 'wording.json']) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) continue;
    const data = JSON.parse(fs.readFileSync(full, 'utf8'));
    if (!validate(data)) {
      for (const e of validate.errors ?? []) if (e.keyword !== 'if') problems.push(`${file}: ${e.instancePath || '/'}: ${e.message}`);
    }
  }
  if (problems.length > 0) throw new Error(`framework-data/ does not match its schema:\n${problems.slice(0, 20).join('\n')}`);
}

/** manifest.xml with the development base URL replaced by the hosting address. */
function manifestFor(xml, baseUrl) {
  const clean = baseUrl.replace(/\/+$/, '');
  return xml.replace(/https:\/\/localhost:3000/g, clean);
}

/** The pages' Content-Security-Policy: nothing beyond the add-in's own origin, except Microsoft's CDN in cdn mode. */
function contentSecurityPolicy(officeJs) {
  const cdn = officeJs === 'cdn' ? ' https://appsforoffice.microsoft.com' : '';
  return [
    "default-src 'self'",
    `script-src 'self'${cdn}`,
    // Fluent UI (Griffel) adds its rules through <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${cdn}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = { OFFICE_CDN, officeJsFiles, validateFrameworkData, manifestFor, contentSecurityPolicy };
