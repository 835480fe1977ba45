/** "Print" in the popup or the overlay: the background opens the print page with the article (see print-job.ts). Loaded on click. */
import { sendMessage } from './messaging.ts';
import type { PrintJob } from './print-job.ts';

export async function requestPrint(job: PrintJob): Promise<void> {
  await sendMessage('printArticle', job);
}
