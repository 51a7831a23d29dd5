// Minimal stand-in for office-addin-manifest, used only under jest (see jest.config.js).
// office-addin-mock needs nothing from it but the OfficeApp enum.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    Project: 'project',
    PowerPoint: 'powerpoint',
    Word: 'word',
  },
};
