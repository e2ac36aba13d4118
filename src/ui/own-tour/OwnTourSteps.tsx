import { useTranslation } from 'react-i18next';
import type { Tour } from '../../content/tour-schema';
import { editOwnCaption, moveOwnStep, removeOwnStep } from '../../state/own-tour';

/** The recorded steps: the caption in the presenter's words at both levels, reorder, remove. */
export const OwnTourSteps = ({ tour }: { tour: Tour }) => {
  const { t } = useTranslation();
  const last = tour.steps.length - 1;
  return (
    <ol className="own-steps">
      {tour.steps.map((step, i) => {
        const n = i + 1;
        return (
          // Steps have no id of their own; the index is their identity while editing.
          // biome-ignore lint/suspicious/noArrayIndexKey: the order is the identity
          <li key={i} className="own-step">
            <label>
              {t('ownTour.stepTitle', { n })}
              <input
                type="text"
                value={step.caption.title}
                maxLength={80}
                onChange={(e) => editOwnCaption(i, { title: e.target.value })}
              />
            </label>
            <label>
              {t('ownTour.patientText')}
              <textarea
                rows={2}
                value={step.caption.patient.text}
                onChange={(e) => editOwnCaption(i, { patient: e.target.value })}
              />
            </label>
            <label>
              {t('ownTour.clinicianText')}
              <textarea
                rows={2}
                value={step.caption.clinician.text}
                onChange={(e) => editOwnCaption(i, { clinician: e.target.value })}
              />
            </label>
            <div className="own-step-actions">
              <button
                type="button"
                className="button"
                disabled={i === 0}
                onClick={() => moveOwnStep(i, i - 1)}
              >
                {t('ownTour.up', { n })}
              </button>
              <button
                type="button"
                className="button"
                disabled={i === last}
                onClick={() => moveOwnStep(i, i + 1)}
              >
                {t('ownTour.down', { n })}
              </button>
              <button type="button" className="button" onClick={() => removeOwnStep(i)}>
                {t('ownTour.remove', { n })}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
};
