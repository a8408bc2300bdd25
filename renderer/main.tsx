// Entry point of the page: styles, translations, lock handling, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.js';
import { i18n } from './app/i18n.js';
import { installLockHandling } from './app/lock.js';
import { start } from './app/start.js';
import { InterfaceLocale } from './ui/InterfaceLocale.js';
import './ui/base.css';
import './ui/forms.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

installLockHandling();
void start();

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <InterfaceLocale>
        <App />
      </InterfaceLocale>
    </I18nextProvider>
  </StrictMode>,
);
