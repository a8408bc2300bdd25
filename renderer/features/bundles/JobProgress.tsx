// The bar of a bundle being written or read: indeterminate until main reports a first figure, then a percentage.
import { percentOf } from '../resources/attachment-format.js';
import type { BundleJobProgress } from './use-bundle-progress.js';

interface JobProgressProps {
  id: string;
  label: string;
  progress: BundleJobProgress;
  percentText: (percent: number) => string;
}

export function JobProgress({ id, label, progress, percentText }: JobProgressProps) {
  const percent = percentOf(progress.done, progress.total);
  return (
    <div className="bundle-progress">
      <label htmlFor={id}>{label}</label>
      {progress.total > 0 ? (
        <progress id={id} max={100} value={percent}>
          {percentText(percent)}
        </progress>
      ) : (
        <progress id={id} />
      )}
    </div>
  );
}
