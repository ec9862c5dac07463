// Citizen and enterprise portal (一网通办), served at /.
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppProviders } from '../shared/AppProviders';
import { PortalLayout } from './PortalLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MePage } from './pages/MePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegisterPage } from './pages/RegisterPage';
import './portal.css';

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
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AppProviders>
  );
}
