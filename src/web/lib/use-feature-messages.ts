import { useEffect, useState } from 'react';
import { type LazyFeature, loadFeatureMessages } from './i18n';

/**
 * The strings of a lazily loaded feature for a component that other features' pages show (a record's
 * history on every detail page): true once they are in, so that no raw key ever reaches the screen.
 */
export function useFeatureMessages(...features: LazyFeature[]): boolean {
  const key = features.join(',');
  const [isReady, setReady] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    void loadFeatureMessages(...(key.split(',') as LazyFeature[])).then(() => {
      if (isCurrent) setReady(true);
    });
    return () => {
      isCurrent = false;
    };
  }, [key]);
  return isReady;
}
