// The ribbon button only opens the task pane (ShowTaskpane), so the function file just needs office.js ready.
void Office.onReady();
