// Import a catalogue document (yiwang-catalogue/1) from a JSON file and show the report; export the published
// catalogue as a JSON download.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../shared/api';

export interface ImportReport {
  dataElements: number;
  published: string[];
  unchanged: string[];
  failed: { code: string; error: string; details?: unknown }[];
  lifeEvents: number;
}

/** The message, with the first problems named when the document did not match the format. */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const problems = error instanceof ApiError ? error.fieldProblems.slice(0, 5).map((problem) => `${problem.field}: ${problem.message}`) : [];
  return [error.message, ...problems].join('；');
}

function ReportDialog({ report, onClose }: { report: ImportReport; onClose: () => void }) {
  const { t } = useTranslation();
  const list = (codes: string[]) => (codes.length === 0 ? t('console.catalog.none') : <span className="yw-mono yw-break">{codes.join(', ')}</span>);
  return (
    <Modal open title={t('console.catalog.importReport')} onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>}>
      {report.failed.length > 0 && <Alert className="yw-form-alert" type="error" showIcon title={t('console.catalog.importFailed', { count: report.failed.length })} />}
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'elements', label: t('console.catalog.importElements'), children: report.dataElements },
          { key: 'published', label: t('console.catalog.importPublished', { count: report.published.length }), children: list(report.published) },
          { key: 'unchanged', label: t('console.catalog.importUnchanged', { count: report.unchanged.length }), children: list(report.unchanged) },
          { key: 'events', label: t('console.catalog.importLifeEvents'), children: report.lifeEvents },
        ]}
      />
      {report.failed.length > 0 && (
        <ul className="yw-problem-list">
          {report.failed.map((failure) => (
            <li key={failure.code}>
              <span className="yw-mono">{failure.code}</span>: {failure.error}
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}

export function ImportButton({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isImporting, setIsImporting] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  async function importFile(file: File) {
    setIsImporting(true);
    try {
      let document: unknown;
      try {
        document = JSON.parse(await file.text());
      } catch {
        throw new Error(t('console.catalog.notJson', { name: file.name }));
      }
      setReport(await api.post<ImportReport>('/catalog/import', document));
      onImported();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setIsImporting(false);
    }
  }

  return (
    <>
      <Upload
        accept="application/json,.json"
        showUploadList={false}
        beforeUpload={(file) => {
          void importFile(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={isImporting}>
          {t('console.catalog.import')}
        </Button>
      </Upload>
      {report !== null && <ReportDialog report={report} onClose={() => setReport(null)} />}
    </>
  );
}

export function ExportButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isExporting, setIsExporting] = useState(false);

  async function download() {
    setIsExporting(true);
    try {
      const document = await api.get<unknown>('/catalog/export');
      const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = Object.assign(window.document.createElement('a'), { href: url, download: `yiwang-catalogue-${new Date().toISOString().slice(0, 10)}.json` });
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setIsExporting(false);
    }
  }

  return (
    <Button icon={<DownloadOutlined />} onClick={() => void download()} loading={isExporting}>
      {t('console.catalog.export')}
    </Button>
  );
}
