/**
 * Where reader mode's Listen bar goes: loads the Listen module on first use
 * (`load`), then has it render into this slot with the view's current props,
 * and take itself away (which stops the reading) when the slot goes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/extension/i18n.ts';
import type { ListenModule, ListenProps } from './listen-api.ts';

export interface ListenSlotProps extends Omit<ListenProps, 'root'> {
  load: () => Promise<ListenModule>;
}

export function ListenSlot({ load, ...props }: ListenSlotProps) {
  const slot = useRef<HTMLDivElement>(null);
  const [module, setModule] = useState<ListenModule | 'failed'>();
  useEffect(() => {
    load().then(setModule, () => setModule('failed'));
  }, []);
  useEffect(() => {
    const container = slot.current;
    // The view's own copy of the article, where the sentence being read is marked.
    const root = container?.closest('.lucid-reader')?.querySelector<HTMLElement>('.lucid-body > div');
    if (module && module !== 'failed' && container && root) module.render({ ...props, root }, container);
  });
  useEffect(() => {
    const container = slot.current;
    return () => {
      if (module && module !== 'failed' && container) module.render(null, container);
    };
  }, [module]);
  return (
    <div class="lucid-listen-dock">
      {module === 'failed' && (
        <p class="lucid-listen-status" role="status">
          {t('listenUnavailable')}
        </p>
      )}
      {/* Rendered into by the Listen module's own Preact root, never by this one. */}
      <div ref={slot} />
    </div>
  );
}
