import { useTranslation } from 'react-i18next';
import { schedules } from '../../content/healing';
import { MY_SCHEDULE, speeds } from '../../lib/timeline-url';
import { useStore } from '../../state/store';
import { pause, play, setSchedule, setSpeed } from '../../state/timeline';

/** Play/pause, speed and the session schedule. */
export const TimelineControls = () => {
  const { t } = useTranslation();
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.speed);
  const scheduleId = useStore((s) => s.scheduleId);
  const hasDates = useStore((s) => s.sessionDates.length > 0);
  const choices = [...schedules.map((s) => s.id), ...(hasDates ? [MY_SCHEDULE] : [])];
  return (
    <div className="tl-controls">
      <button
        type="button"
        className="button tl-play"
        aria-pressed={playing}
        onClick={() => (playing ? pause() : play())}
      >
        <span aria-hidden="true" className="tl-play-icon">
          {playing ? '❚❚' : '▶'}
        </span>
        {t(playing ? 'timeline.pause' : 'timeline.play')}
      </button>
      <label className="tl-field">
        <span className="visually-hidden">{t('timeline.speed')}</span>
        <select className="tl-select" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {speeds.map((s) => (
            <option key={s} value={s}>
              {t(`timeline.speeds.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="tl-field">
        <span className="visually-hidden">{t('timeline.schedule')}</span>
        <select className="tl-select" value={scheduleId} onChange={(e) => setSchedule(e.target.value)}>
          {choices.map((id) => (
            <option key={id} value={id}>
              {t(`timeline.schedules.${id}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
};
