// Staff console (一网工作台), served at /console.
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppProviders } from '../shared/AppProviders';
import { ConsoleLayout } from './ConsoleLayout';
import { ApplicationsPage } from './applications/ApplicationsPage';
import { CasePage } from './applications/CasePage';
import { RequireStaff } from './RequireStaff';
import { CatalogItemsPage } from './catalog/CatalogItemsPage';
import { ItemEditorPage } from './catalog/ItemEditorPage';
import { CalendarPage } from './calendar/CalendarPage';
import { ImplementationEditorPage } from './implementations/ImplementationEditorPage';
import { ImplementationsPage } from './implementations/ImplementationsPage';
import { LoginPage } from './login/LoginPage';
import { ExchangeRecordsPage } from './exchange/records/ExchangeRecordsPage';
import { UsageReportsPage } from './exchange/reports/UsageReportsPage';
import { ResourcesPage } from './exchange/resources/ResourcesPage';
import { SharingRequestsPage } from './exchange/sharing/SharingRequestsPage';
import { CityMapPage } from './governance/CityMapPage';
import { HotlinePage } from './governance/HotlinePage';
import { IncidentPage } from './governance/IncidentPage';
import { IncidentsPage } from './governance/IncidentsPage';
import { PatrolPage } from './governance/PatrolPage';
import { AuditPage } from './pages/AuditPage';
import { DepartmentsPage } from './pages/DepartmentsPage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PeoplePage } from './pages/PeoplePage';
import { RegionsPage } from './pages/RegionsPage';
import './console.css';
import './catalog/catalog.css';

export function ConsoleApp() {
  return (
    <AppProviders>
      <BrowserRouter basename="/console">
        <Routes>
          <Route path="login" element={<LoginPage />} />
          <Route
            element={
              <RequireStaff>
                <ConsoleLayout />
              </RequireStaff>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="applications" element={<ApplicationsPage />} />
            <Route path="applications/:id" element={<CasePage />} />
            <Route path="regions" element={<RegionsPage />} />
            <Route path="departments" element={<DepartmentsPage />} />
            <Route path="people" element={<PeoplePage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="catalog" element={<CatalogItemsPage />} />
            <Route path="catalog/new" element={<ItemEditorPage />} />
            <Route path="catalog/items/:code" element={<ItemEditorPage />} />
            <Route path="implementations" element={<ImplementationsPage />} />
            <Route path="implementations/:itemCode/:regionCode" element={<ImplementationEditorPage />} />
            <Route path="calendar" element={<CalendarPage />} />
            <Route path="exchange/resources/*" element={<ResourcesPage />} />
            <Route path="exchange/sharing/*" element={<SharingRequestsPage />} />
            <Route path="exchange/records/*" element={<ExchangeRecordsPage />} />
            <Route path="exchange/reports/*" element={<UsageReportsPage />} />
            <Route path="governance/incidents" element={<IncidentsPage />} />
            <Route path="governance/incidents/:id" element={<IncidentPage />} />
            <Route path="governance/hotline" element={<HotlinePage />} />
            <Route path="governance/patrol" element={<PatrolPage />} />
            <Route path="governance/map" element={<CityMapPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AppProviders>
  );
}
