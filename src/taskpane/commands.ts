// The ribbon button only opens the task pane (ShowTaskpane), so the function file just needs office.js ready.
import { whenOfficeReady } from '../document/word/office-ready';

void whenOfficeReady();
