// The materials page of the wizard: what is fetched for the applicant (with the manual alternative), what a
// previous item of the life event provides, what may be replaced by a signed commitment, and what to upload.
import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Checkbox, Radio, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import type { Text2 } from '../../shared/catalog-types';
import { StatusTag } from '../../shared/StatusTag';
import { formatMoment } from './case-labels';
import { MaterialUpload } from './MaterialUpload';
import { acceptFor, type MaterialProblem, type MaterialState, type PreparedMaterial } from './wizard-model';

interface MaterialCardProps {
  material: PreparedMaterial;
  index: number;
  state: MaterialState;
  problem: string | null;
  commitmentText: Text2;
  onChange: (state: MaterialState) => void;
}

function FetchedLicence({ material }: { material: PreparedMaterial }) {
  const { t } = useTranslation();
  if (material.fetchable === null) return null;
  const { number, issuerName, issuedOn } = material.fetchable;
  return (
    <div className="yw-material-fetched-box">
      <p className="yw-material-status">
        <CheckCircleFilled aria-hidden="true" className="yw-ok-icon" /> {t('portal.wizard.materials.fetched')}
      </p>
      <dl className="yw-inline-facts">
        <div>
          <dt>{t('portal.wizard.materials.licenceNumber')}</dt>
          <dd className="yw-mono">{number}</dd>
        </div>
        <div>
          <dt>{t('portal.wizard.materials.issuer')}</dt>
          <dd>{issuerName}</dd>
        </div>
        <div>
          <dt>{t('portal.wizard.materials.issuedOn')}</dt>
          <dd>{issuedOn}</dd>
        </div>
      </dl>
    </div>
  );
}

function FetchedShared({ material }: { material: PreparedMaterial }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  if (material.shared === null) return null;
  return (
    <div className="yw-material-fetched-box">
      <p className="yw-material-status">
        <CheckCircleFilled aria-hidden="true" className="yw-ok-icon" /> {t('portal.wizard.materials.sharedFetched')}
      </p>
      <dl className="yw-inline-facts">
        <div>
          <dt>{t('portal.wizard.materials.sharedValue')}</dt>
          <dd>{material.shared.value}</dd>
        </div>
        <div>
          <dt>{t('portal.wizard.materials.sharedSource')}</dt>
          <dd>{`${text(material.shared.source)}（${formatMoment(material.shared.fetchedAt, i18n.language)}）`}</dd>
        </div>
      </dl>
    </div>
  );
}

function CommitmentChoice({ material, state, commitmentText, onChange }: Omit<MaterialCardProps, 'problem' | 'index'>) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <div className="yw-commitment">
      <p className="yw-commitment-text">{text(commitmentText)}</p>
      <Checkbox checked={state.signed === true} onChange={(event) => onChange({ provision: 'commitment', signed: event.target.checked })}>
        {t('portal.wizard.materials.sign', { name: text(material.name) })}
      </Checkbox>
    </div>
  );
}

function MaterialCard({ material, index, state, problem, commitmentText, onChange }: MaterialCardProps) {
  const { t } = useTranslation();
  const text = useBilingual();
  const name = text(material.name);
  const headingId = `material-${index}-name`;
  const hasChoice = material.fetchable !== null || material.shared !== null || material.commitmentAllowed;

  if (material.producedInBundle) {
    return (
      <section className="yw-material-card yw-material-card-done" aria-labelledby={headingId}>
        <h3 id={headingId}>{name}</h3>
        <p className="yw-material-status">
          <CheckCircleFilled aria-hidden="true" className="yw-ok-icon" /> {t('portal.wizard.materials.producedInBundle')}
        </p>
      </section>
    );
  }
  const options = [
    ...(material.fetchable === null ? [] : [{ value: 'fetched', label: t('portal.wizard.materials.useFetched') }]),
    ...(material.fetchable === null && material.shared !== null ? [{ value: 'fetched', label: t('portal.wizard.materials.useShared') }] : []),
    { value: 'upload', label: material.fetchable === null && material.shared === null ? t('portal.wizard.materials.upload') : t('portal.wizard.materials.uploadInstead') },
    ...(material.commitmentAllowed ? [{ value: 'commitment', label: t('portal.wizard.materials.commit') }] : []),
  ];
  return (
    <section className={`yw-material-card${problem === null ? '' : ' yw-material-card-error'}`} aria-labelledby={headingId} data-material={material.key}>
      <h3 id={headingId}>
        {name} {material.required ? <Tag>{t('portal.wizard.materials.required')}</Tag> : <Tag>{t('portal.wizard.materials.optional')}</Tag>}
      </h3>
      {hasChoice && (
        <Radio.Group
          className="yw-material-options"
          aria-labelledby={headingId}
          value={state.provision}
          options={options}
          onChange={(event) => {
            const provision = event.target.value as MaterialState['provision'];
            onChange(provision === 'commitment' ? { provision, signed: false } : { provision });
          }}
        />
      )}
      {state.provision === 'fetched' && (material.fetchable !== null ? <FetchedLicence material={material} /> : <FetchedShared material={material} />)}
      {state.provision === 'commitment' && <CommitmentChoice material={material} state={state} commitmentText={commitmentText} onChange={onChange} />}
      {state.provision === 'upload' && (
        <MaterialUpload
          label={name}
          accept={acceptFor(material.formats)}
          fileName={state.fileName}
          hasFile={state.fileId !== undefined}
          onUploaded={(file) => onChange({ provision: 'upload', fileId: file.id, fileName: file.fileName })}
        />
      )}
      {problem !== null && <Alert className="yw-material-problem" type="error" showIcon title={problem} />}
    </section>
  );
}

interface MaterialsStepProps {
  materials: PreparedMaterial[];
  states: Record<string, MaterialState>;
  /** Problems found on this page (client) or sent by the server, by material key. */
  problems: Record<string, string>;
  commitmentText: Text2;
  onChange: (key: string, state: MaterialState) => void;
}

export function materialProblemText(problem: MaterialProblem, t: (key: string) => string): string {
  return t(`portal.wizard.materials.problems.${problem}`);
}

export function MaterialsStep({ materials, states, problems, commitmentText, onChange }: MaterialsStepProps) {
  const { t } = useTranslation();
  if (materials.length === 0) return <p>{t('portal.wizard.materials.none')}</p>;
  const toSubmit = materials.filter((material) => !material.producedInBundle && material.fetchable === null && material.shared === null).length;
  return (
    <>
      <p className="yw-step-intro">
        {t('portal.wizard.materials.intro', { count: materials.length, toSubmit })}{' '}
        <StatusTag tone="info">{t('portal.wizard.materials.formats')}</StatusTag>
      </p>
      {materials.map((material, index) => (
        <MaterialCard
          key={material.key}
          material={material}
          index={index}
          state={states[material.key] ?? { provision: 'none' }}
          problem={problems[material.key] ?? null}
          commitmentText={commitmentText}
          onChange={(state) => onChange(material.key, state)}
        />
      ))}
    </>
  );
}
