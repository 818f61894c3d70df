import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreview } from './server';

// `npm start`: the add-on is built first (package.json), then served here.
const root = process.env.PMD_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 8080);
const preview = await startPreview({ root, port });
console.log(`Peer Mentoring Desk preview: ${preview.url}  (state saved in .preview/state.json; POST /__dev/reset to start over)`);
