import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreview } from './server';

// `npm start`: the add-on is built first (package.json), then served here.
const root = process.env.PMD_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 8080);
const preview = await startPreview({ root, port });
console.log(
  `Peer Mentoring Desk preview: open ${preview.url} in your browser (state saved in .preview/ for this build; Reset demo or POST /__dev/reset starts over)`,
);
