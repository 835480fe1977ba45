import { render } from 'preact';
import { App } from './App.tsx';
import { uiLanguage } from '../../utils/extension/i18n.ts';
import '../../components/reader.css';
import './popup.css';

// The popup speaks the browser's language; screen readers need to know which.
document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app')!);
