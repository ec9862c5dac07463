// 知识库: service guides matching what the caller asked; one is picked as the answer to an enquiry.
import { Input, List, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../../shared/api';
import { pickText } from '../../shared/bilingual';
import { useApiQuery } from '../../shared/useApiQuery';
import type { KnowledgeItem, KnowledgeList } from './governance-api';

/** The answer an enquiry closes with: the guide's summary, in the UI language. */
export function knowledgeAnswer(item: KnowledgeItem, language: string): string {
  return pickText(item.summary, language);
}

export function KnowledgePanel({ question, picked, onPick }: { question: string; picked: KnowledgeItem | null; onPick: (item: KnowledgeItem) => void }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState(question);
  const [asked, setAsked] = useState(question.trim());
  // The search follows what the caller said until the operator types their own words.
  useEffect(() => {
    setQ(question);
  }, [question]);
  useEffect(() => {
    const timer = window.setTimeout(() => setAsked(q.trim()), 500);
    return () => window.clearTimeout(timer);
  }, [q]);
  const answer = useApiQuery<KnowledgeList>(asked.length >= 2 ? `/governance/knowledge${queryString({ q: asked.slice(0, 100) })}` : null);
  const items = answer.data?.items ?? [];
  return (
    <section aria-labelledby="yw-gov-knowledge">
      <h2 id="yw-gov-knowledge">{t('governanceConsole.hotline.knowledge')}</h2>
      <label>
        <div>{t('governanceConsole.hotline.knowledgeSearch')}</div>
        <Input.Search value={q} maxLength={100} onChange={(event) => setQ(event.target.value)} onSearch={(value) => setAsked(value.trim())} />
      </label>
      <Radio.Group value={picked?.code} onChange={(event) => onPick(items.find((item) => item.code === event.target.value) ?? items[0]!)} aria-label={t('governanceConsole.hotline.knowledge')}>
        <List
          loading={answer.isLoading}
          locale={{ emptyText: t('governanceConsole.hotline.knowledgeEmpty') }}
          dataSource={items}
          renderItem={(item) => (
            <List.Item key={item.code}>
              <Radio value={item.code}>
                <strong>{pickText(item.name, i18n.language)}</strong>
                <div className="yw-muted">{knowledgeAnswer(item, i18n.language)}</div>
              </Radio>
            </List.Item>
          )}
        />
      </Radio.Group>
    </section>
  );
}
