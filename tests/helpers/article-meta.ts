/** The metadata of a made-up news story, for component tests; each test names the fields it is about. */
import type { ArticleMeta } from '../../utils/types.ts';

export function storyMeta(fields: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    title: 'Ministers meet',
    authors: [{ given: 'Si-young', family: 'Choi', familyFirst: true }],
    byline: 'Choi Si-young',
    siteName: 'The Example Herald',
    published: '2023-11-15',
    modified: '',
    lang: 'en',
    dir: 'ltr',
    excerpt: '',
    leadImage: '',
    canonicalUrl: 'https://news.example/story',
    url: 'https://news.example/story?utm_source=x',
    pageType: 'NewsArticle',
    ...fields,
  };
}

/** The metadata of a made-up bicycle-lanes story the citation tests cite; each test names the fields it is about. */
export function citedStoryMeta(fields: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    title: 'Council expands bicycle network',
    authors: [{ given: 'Jane', family: 'Smith' }],
    byline: '',
    siteName: 'The Example Times',
    published: '2024-03-05',
    modified: '',
    lang: 'en',
    dir: 'ltr',
    excerpt: '',
    leadImage: '',
    canonicalUrl: 'https://news.example/2024/03/05/bicycles',
    url: 'https://news.example/2024/03/05/bicycles?utm_source=x',
    pageType: 'NewsArticle',
    ...fields,
  };
}
