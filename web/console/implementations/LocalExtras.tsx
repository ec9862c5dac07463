// Materials a region would like to ask for beyond the standard. The platform refuses them (地方不得增加申请材料);
// they are sent as typed so the refusal, with its reason, is shown right here.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListEntry, ListFooter } from '../catalog/ListEntry';

export function LocalExtras() {
  const { t } = useTranslation();
  const label = (key: string, options?: Record<string, unknown>) => t(`console.implEditor.${key}`, options);
  return (
    <section className="yw-local-extras" aria-labelledby="local-extras-title">
      <h3 id="local-extras-title" className="yw-subheading">
        {label('extraMaterials')}
      </h3>
      <p className="yw-muted">{label('extraMaterialsHelp')}</p>
      <Form.List name="extraMaterials">
        {(entries, { add, remove }, { errors }) => (
          <>
            {entries.map((entry, index) => (
              <ListEntry key={entry.key} title={label('extraMaterialEntry', { n: index + 1 })} onRemove={() => remove(entry.name)}>
                <Form.Item name={entry.name} label={label('extraMaterialName', { n: index + 1 })}>
                  <Input maxLength={80} />
                </Form.Item>
              </ListEntry>
            ))}
            <ListFooter label={label('addExtraMaterial')} onAdd={() => add('')} errors={errors} />
          </>
        )}
      </Form.List>
    </section>
  );
}
