/** The summary ground truth in ../shared/data/summaries-dev: CNN/DailyMail articles with their human highlights. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from './paths.ts';

export interface SummaryCase {
  id: string;
  article: string;
  reference: string[];
}

export function loadSummaryCases(file = join(sharedDataDir(), 'summaries-dev', 'cnndm-75.json')): SummaryCase[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { documents: SummaryCase[] };
  return data.documents;
}
