import { render } from 'preact';
import { App, firstRenderDue } from './App.tsx';
import { uiLanguage } from '../../utils/extension/i18n.ts';
import '../../components/reader.css';
import './popup.css';

// The popup speaks the browser's language; screen readers need to know which.
document.documentElement.lang = uiLanguage();
// The view is drawn once the request to read the page has left (a click's popup: once its article is in, or a moment
// later): drawing "Reading…" first (style and layout of the reader's stylesheet, some 25 ms) would hold that request up.
void firstRenderDue.then(() => render(<App />, document.getElementById('app')!));
