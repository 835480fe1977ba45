/**
 * The citation as the person corrected it, for the page open now: the views
 * that copy a citation (the citation menu, the quote list) read it from here,
 * and the editor changes it. Kept on the device only when asked.
 */
import { createContext } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  applyCorrection,
  correctionKey,
  forgetCorrection,
  loadCorrection,
  rememberCorrection,
  type CitationCorrection,
} from '../utils/extension/corrections.ts';
import type { ArticleMeta } from '../utils/types.ts';

export interface Corrections {
  /** What Lucid found. */
  found: ArticleMeta;
  /** What citations use: the found metadata with the corrections applied. */
  meta: ArticleMeta;
  correction: CitationCorrection | undefined;
  /** Kept on the device for this page. */
  remembered: boolean;
  correct(correction: CitationCorrection | undefined): void;
  remember(keep: boolean): void;
}

export const CorrectionsContext = createContext<Corrections | null>(null);

export function useCorrections(found: ArticleMeta): Corrections {
  const key = correctionKey(found);
  const [correction, setCorrection] = useState<CitationCorrection>();
  const [remembered, setRemembered] = useState(false);
  useEffect(() => {
    let current = true;
    void loadCorrection(key)
      .then((saved) => {
        if (!current || !saved) return;
        setCorrection(saved);
        setRemembered(true);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [key]);
  const meta = useMemo(() => applyCorrection(found, correction), [found, correction]);
  return {
    found,
    meta,
    correction,
    remembered,
    correct(next) {
      setCorrection(next);
      if (!remembered) return;
      void (next ? rememberCorrection(key, next) : forgetCorrection(key)).catch(() => undefined);
      if (!next) setRemembered(false);
    },
    remember(keep) {
      setRemembered(keep && correction !== undefined);
      if (keep && correction) void rememberCorrection(key, correction).catch(() => undefined);
      if (!keep) void forgetCorrection(key).catch(() => undefined);
    },
  };
}
