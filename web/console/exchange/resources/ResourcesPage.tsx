// /console/exchange/resources/*: the catalogue list, publishing a resource, and one resource with its quality.
import { Route, Routes } from 'react-router';
import { NotFound } from '../../../shared/StatusViews';
import { PublishResourcePage } from './PublishResourcePage';
import { ResourceDetailPage } from './ResourceDetailPage';
import { ResourceList } from './ResourceList';

export function ResourcesPage() {
  return (
    <Routes>
      <Route index element={<ResourceList />} />
      <Route path="new" element={<PublishResourcePage />} />
      <Route path=":code" element={<ResourceDetailPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
