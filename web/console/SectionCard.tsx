import { Card } from 'antd';
import { useId, type ReactNode } from 'react';

/** One titled part of an editor: a card that is also a named region, so it can be found and navigated to. */
export function SectionCard({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={className}>
      <Card
        title={
          <h2 id={headingId} className="yw-card-title">
            {title}
          </h2>
        }
      >
        {children}
      </Card>
    </section>
  );
}
