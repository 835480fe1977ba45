/**
 * The extractors the benchmark runs side by side, behind one shape: given a
 * page, the title and text they would show. Those that read a DOM get a
 * fresh jsdom document parsed before the clock starts (the benchmark times
 * parsing apart); those that parse HTML themselves get the markup, and their
 * time includes their own parser.
 */
import { Readability } from '@mozilla/readability';
import { extractFromHtml } from '@extractus/article-extractor';
import Mercury from '@postlight/parser';
import { Defuddle } from 'defuddle/node';
import { JSDOM, VirtualConsole } from 'jsdom';
import { bodyOf } from '../../utils/dom/dom.ts';
import { analyzeDocument } from '../../utils/pipeline/extract.ts';
import { DEFAULT_TIMEOUT_SECONDS } from './job-runner.ts';

interface ExtractorOutput {
  title: string;
  text: string;
  /** Why nothing came out, when nothing did. */
  failure?: string;
  /** Lucid only: milliseconds per pipeline stage, for the benchmark's per-stage table. */
  stages?: Record<string, number>;
}

export interface Extractor {
  name: string;
  /** Takes the page as a parsed jsdom document (true) or as markup it parses itself (false). */
  readsDocument: boolean;
  /** Synchronous for the extractors that are: the bench awaits either. */
  run(input: { html: string; url: string; document?: Document }): ExtractorOutput | Promise<ExtractorOutput>;
}

/** Text of an HTML fragment, block elements on their own lines (scoring folds whitespace anyway). */
function htmlToText(html: string): string {
  const fragment = JSDOM.fragment(`<div>${html.replace(/<\/(p|div|h[1-6]|li|blockquote|tr|figcaption)>/gi, '</$1>\n')}</div>`);
  return fragment.textContent;
}

export const EXTRACTORS: Extractor[] = [
  {
    name: 'Lucid',
    readsDocument: true,
    // The whole pipeline the reader view runs: extraction, metadata, summary and quotes.
    run({ document, url }) {
      const stages: Record<string, number> = {};
      // The document is this run's own parse, as Readability's is: Lucid may clean it in place, as Readability does.
      const result = analyzeDocument(document!, {
        url,
        ownsDocument: true,
        timeBudgetMs: DEFAULT_TIMEOUT_SECONDS * 1000,
        onStage: (stage, milliseconds) => (stages[stage] = (stages[stage] ?? 0) + milliseconds),
      });
      if (!result.ok) return { title: '', text: '', failure: result.reason, stages };
      return { title: result.meta.title, text: result.article.text, stages };
    },
  },
  {
    name: 'Readability.js',
    readsDocument: true,
    run({ document }) {
      const parsed = new Readability(document!).parse();
      if (!parsed) return { title: '', text: '', failure: 'no article' };
      return { title: parsed.title ?? '', text: parsed.textContent ?? '' };
    },
  },
  {
    name: 'Defuddle',
    readsDocument: true,
    async run({ document, url }) {
      const parsed = await Defuddle(document!, url);
      return { title: parsed.title, text: htmlToText(parsed.content) };
    },
  },
  {
    name: 'Mercury (@postlight/parser)',
    readsDocument: false,
    async run({ html, url }) {
      // fetchAllPages off: with it on, Mercury would try to download "next page" links.
      const parsed = (await Mercury.parse(url, { html, fetchAllPages: false, contentType: 'html' })) as {
        title?: string;
        content?: string;
        error?: boolean;
        message?: string;
      };
      if (parsed.error) return { title: '', text: '', failure: parsed.message ?? 'error' };
      return { title: parsed.title ?? '', text: htmlToText(parsed.content ?? '') };
    },
  },
  {
    name: 'article-extractor',
    readsDocument: false,
    async run({ html, url }) {
      const parsed = await extractFromHtml(html, url);
      if (!parsed) return { title: '', text: '', failure: 'no article' };
      return { title: parsed.title ?? '', text: htmlToText(parsed.content ?? '') };
    },
  },
  {
    name: 'Whole body text (floor)',
    readsDocument: true,
    run({ document }) {
      return { title: '', text: bodyOf(document!)?.textContent ?? '' };
    },
  },
];

export function parseForExtractor(html: string, url: string): { document: Document; close(): void } {
  const dom = new JSDOM(html, { url: /^https?:/i.test(url) ? url : 'https://localhost/', virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, close: () => dom.window.close() };
}
