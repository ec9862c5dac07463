// /console/exchange/sharing/*: the request list, a new request, one request with its decisions, and API keys.
import { Route, Routes } from 'react-router';
import { NotFound } from '../../../shared/StatusViews';
import { ApiKeysPage } from './ApiKeysPage';
import { NewRequestPage } from './NewRequestPage';
import { RequestDetailPage } from './RequestDetailPage';
import { RequestList } from './RequestList';

export function SharingRequestsPage() {
  return (
    <Routes>
      <Route index element={<RequestList />} />
      <Route path="new" element={<NewRequestPage />} />
      <Route path="requests/:id" element={<RequestDetailPage />} />
      <Route path="keys" element={<ApiKeysPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
