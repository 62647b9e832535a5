import { useEffect, useState } from 'react';
import { onUpdateRequired } from '../api/update-required';

/**
 * Shown once the API says this build is retired (426 UPDATE_REQUIRED): nothing else will work
 * until the page loads the current build, so the prompt offers exactly that.
 */
export function UpdateRequiredPrompt() {
  const [minimum, setMinimum] = useState<string | undefined | null>(null);
  useEffect(() => onUpdateRequired((version) => setMinimum(version)), []);
  if (minimum === null) return null;
  return (
    <div role="alertdialog" aria-labelledby="update-required-title" className="update-required">
      <h2 id="update-required-title">A new version is available</h2>
      <p>
        This version of the app is no longer supported
        {minimum ? ` (the oldest one served is ${minimum})` : ''}. Reload to continue.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
