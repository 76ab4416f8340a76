import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A named progress bar (0..1) with the percentage written next to it. */
export function ProgressMeter({ label, value, detail }: { label: string; value: number; detail?: string }) {
  const { i18n } = useTranslation();
  const id = useId();
  const clamped = Math.min(1, Math.max(0, value));
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(clamped);
  return (
    <div className="progress-row">
      <span id={id} className="progress-label">
        {label}
      </span>
      <progress
        className="progress"
        aria-labelledby={id}
        aria-valuetext={detail ? `${percent} — ${detail}` : percent}
        max={1}
        value={clamped}
      />
      <span className="progress-value">
        {percent}
        {detail ? <span className="muted"> · {detail}</span> : null}
      </span>
    </div>
  );
}
