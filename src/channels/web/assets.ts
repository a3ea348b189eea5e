import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import type { Response } from 'express';

/** The widget's folder, `src/web/`, found from this module (works from any cwd). */
export const WEB_ASSETS_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

const FILES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/widget.js': 'widget.js',
  '/widget.css': 'widget.css',
};

/** Serves the chat page and its two files, nothing else (no directory listing, no CDN). */
export function webAssetsRouter(): Router {
  const router = Router();
  for (const [route, file] of Object.entries(FILES)) {
    router.get(route, (_req, res: Response, next) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(file, { root: WEB_ASSETS_DIR, dotfiles: 'deny' }, (err) => {
        if (err) next(err);
      });
    });
  }
  return router;
}
