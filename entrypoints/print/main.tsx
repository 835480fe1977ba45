/**
 * Lucid's print page: shows the article handed over by "Print" and opens the
 * browser's print dialog once its images are in (or after a short wait, so a
 * slow image server cannot hold printing up). The page stays open afterwards,
 * with a Print button, to print again.
 */
import { render } from 'preact';
import { PrintView } from '../../components/PrintView.tsx';
import { t, uiLanguage } from '../../utils/extension/i18n.ts';
import { takePrintJob } from '../../utils/extension/print-job.ts';
import '../../components/reader.css';
import './print.css';

/** The longest the print dialog waits for the article's images. */
const IMAGES_WAIT_MS = 4000;

/** Resolves when every image has loaded or failed, or after `timeout`. */
function imagesSettled(root: ParentNode, timeout: number): Promise<void> {
  const pending = [...root.querySelectorAll('img')].map((image) => {
    // The reader loads images lazily; on paper every one is needed, now.
    image.loading = 'eager';
    return new Promise<void>((done) => {
      if (image.complete) done();
      image.addEventListener('load', () => done());
      image.addEventListener('error', () => done());
    });
  });
  return Promise.race([Promise.all(pending).then(() => undefined), new Promise<void>((done) => setTimeout(done, timeout))]);
}

async function main(): Promise<void> {
  document.documentElement.lang = uiLanguage();
  const app = document.getElementById('app')!;
  const id = new URLSearchParams(location.search).get('job');
  const job = id ? await takePrintJob(id).catch(() => undefined) : undefined;
  if (!job) {
    render(<p class="lucid-status">{t('printMissing')}</p>, app);
    return;
  }
  document.title = job.meta.title || 'Lucid';
  render(<PrintView job={job} onPrint={() => print()} />, app);
  await imagesSettled(app, IMAGES_WAIT_MS);
  await document.fonts.ready;
  print();
}

void main();
