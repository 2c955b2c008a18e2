import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createClient, defaultTransport } from './api/client';
import './app/app.css';
import { App } from './app/App';
import { createServices } from './app/services';
import { ServicesProvider } from './app/ServicesContext';

const transport = defaultTransport();
const services = createServices(createClient(transport), transport, navigator.language, document.documentElement);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={services.i18n}>
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </I18nextProvider>
  </StrictMode>,
);
