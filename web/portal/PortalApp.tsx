// Citizen and enterprise portal (一网通办), served at /.
import { BrowserRouter, Route, Routes } from 'react-router';
import { DataUsagePage } from './data-usage/DataUsagePage';
import { OpenDataPage } from './open-data/OpenDataPage';
import { CityMapPage } from './incidents/CityMapPage';
import { MyIncidentsPage } from './incidents/MyIncidentsPage';
import { ProgressPage } from './incidents/ProgressPage';
import { ReportPage } from './incidents/ReportPage';
import { AppProviders } from '../shared/AppProviders';
import { PortalLayout } from './PortalLayout';
import { ApplyPage } from './applications/ApplyPage';
import { CasePage } from './applications/CasePage';
import { MyApplicationsPage } from './applications/MyApplicationsPage';
import { LicencePage } from './licences/LicencePage';
import { VerifyPage } from './licences/VerifyPage';
import { WalletPage } from './licences/WalletPage';
import { ApplySoonPage } from './pages/ApplySoonPage';
import { HomePage } from './pages/HomePage';
import { LifeEventPage } from './pages/LifeEventPage';
import { LifeEventsPage } from './pages/LifeEventsPage';
import { LoginPage } from './pages/LoginPage';
import { MePage } from './pages/MePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegisterPage } from './pages/RegisterPage';
import { ServiceGuidePage } from './pages/ServiceGuidePage';
import { ServicesPage } from './pages/ServicesPage';
import './portal.css';
import './services.css';
import './guide.css';
import './life-event.css';
import './applications/applications.css';
import './incidents/incidents.css';

export function PortalApp() {
  return (
    <AppProviders>
      <BrowserRouter>
        <Routes>
          <Route element={<PortalLayout />}>
            <Route index element={<HomePage />} />
            <Route path="login" element={<LoginPage />} />
            <Route path="register" element={<RegisterPage />} />
            <Route path="me" element={<MePage />} />
            <Route path="services" element={<ServicesPage />} />
            <Route path="services/:code" element={<ServiceGuidePage />} />
            <Route path="apply/:code" element={<ApplySoonPage />} />
            <Route path="apply/item/:code" element={<ApplyPage kind="item" />} />
            <Route path="apply/life-event/:id" element={<ApplyPage kind="lifeEvent" />} />
            <Route path="applications" element={<MyApplicationsPage />} />
            <Route path="applications/:id" element={<CasePage />} />
            <Route path="life-events" element={<LifeEventsPage />} />
            <Route path="life-events/:id" element={<LifeEventPage />} />
            <Route path="licences" element={<WalletPage />} />
            <Route path="licences/:id" element={<LicencePage />} />
            <Route path="verify/:id" element={<VerifyPage />} />
            <Route path="open-data/*" element={<OpenDataPage />} />
            <Route path="me/data-usage/*" element={<DataUsagePage />} />
            <Route path="report" element={<ReportPage />} />
            <Route path="me/incidents" element={<MyIncidentsPage />} />
            <Route path="me/incidents/:id" element={<ProgressPage />} />
            <Route path="city-map" element={<CityMapPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AppProviders>
  );
}
