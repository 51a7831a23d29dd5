// Build time only. Griffel's loader works out each makeStyles() call while building, loading in a fresh VM whatever
// the call's values import. The pane's styles take `tokens` from @fluentui/react-components, so every styled file
// loaded that package's whole module graph again (about half of a production build's time). For that evaluation
// only, the import resolves here instead: the same `tokens` object, from the package that defines it (the bundle
// itself still imports @fluentui/react-components).
const { tokens, typographyStyles } = require('@fluentui/react-theme');

module.exports = { tokens, typographyStyles };
