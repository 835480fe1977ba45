/**
 * The contract between the reader overlay and its Listen module, which the
 * overlay has the background inject into the tab on first use
 * (entrypoints/listen.ts), so the injected reader stays small. Both run in
 * the extension's isolated world, where the page's scripts cannot reach.
 */
import type { ReaderSettings } from '../utils/extension/settings.ts';
import type { Quote } from '../utils/reading/quotes/index.ts';

type SpeechSettings = Pick<ReaderSettings, 'speechRate' | 'speechVoices' | 'speechQuotes'>;

export interface ListenProps {
  /** Lucid's copy of the article (the view's article container): the sentence being read is marked there, never in the page. */
  root: HTMLElement;
  /** The article text the plan is made from, and the quotes found in it (offsets into it). */
  text: string;
  lang: string;
  quotes: Quote[];
  settings: SpeechSettings;
  onSettingChange: <K extends keyof SpeechSettings>(key: K, value: ReaderSettings[K]) => void;
  /** Changes each time the person toggles play from the keyboard. */
  toggles: number;
  onClose: () => void;
}

export interface ListenModule {
  /** Renders the Listen bar into `container`, or (null) takes it away, which stops the reading. */
  render(props: ListenProps | null, container: HTMLElement): void;
}
