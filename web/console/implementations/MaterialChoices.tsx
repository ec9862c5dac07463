// The standard's materials as checkboxes ("ask for it here"), each with a commitment switch (告知承诺) only where
// the standard allows one. A region can only make things easier here.
import { Checkbox, Switch, Tag } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import { sourceLabel } from '../../shared/labels';
import type { MaterialContent } from '../catalog/item-form-model';
import type { MaterialChoice } from './implementation-model';

interface MaterialChoicesProps {
  materials: MaterialContent[];
  value?: MaterialChoice;
  onChange?: (value: MaterialChoice) => void;
}

function MaterialRow({ material, choice, onChange }: { material: MaterialContent; choice: MaterialChoice; onChange: (value: MaterialChoice) => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const switchId = useId();
  const isAsked = choice.asked.includes(material.id);
  const isCommitment = choice.commitments.includes(material.id);
  const toggleAsked = (checked: boolean) =>
    onChange({
      asked: checked ? [...choice.asked, material.id] : choice.asked.filter((id) => id !== material.id),
      commitments: checked ? choice.commitments : choice.commitments.filter((id) => id !== material.id),
    });
  const toggleCommitment = (checked: boolean) =>
    onChange({ ...choice, commitments: checked ? [...choice.commitments, material.id] : choice.commitments.filter((id) => id !== material.id) });
  return (
    <li className="yw-choice-row">
      <Checkbox checked={isAsked} onChange={(event) => toggleAsked(event.target.checked)}>
        <span className="yw-choice-name">{text(material.name)}</span> <Tag>{sourceLabel(t, material.source)}</Tag>
      </Checkbox>
      {material.allowsCommitment === true && (
        <span className="yw-choice-commitment">
          <Switch id={switchId} size="small" checked={isCommitment} disabled={!isAsked} onChange={toggleCommitment} />
          <label htmlFor={switchId}>{t('console.implEditor.acceptCommitment')}</label>
        </span>
      )}
    </li>
  );
}

export function MaterialChoices({ materials, value = { asked: [], commitments: [] }, onChange }: MaterialChoicesProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="yw-choices">
      <legend>{t('console.implEditor.materials')}</legend>
      <p className="yw-muted">{t('console.implEditor.materialsHelp')}</p>
      <ul>
        {materials.map((material) => (
          <MaterialRow key={material.id} material={material} choice={value} onChange={(next) => onChange?.(next)} />
        ))}
      </ul>
    </fieldset>
  );
}
