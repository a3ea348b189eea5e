import { join } from 'node:path';
import { Router } from 'express';
import type { Response } from 'express';
import { SRC_DIR } from '../../runtime.ts';
import { embedStatus } from './embedStatus.ts';

/** The widget's folder, `src/web/` (served as is, from the sources or the bundle alike). */
export const WEB_ASSETS_DIR = join(SRC_DIR, 'web');

const FILES: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/chat-links.js': 'chat-links.js',
  '/chat-render.js': 'chat-render.js',
  '/widget.js': 'widget.js',
  '/widget.css': 'widget.css',
  '/offer.css': 'offer.css',
  '/embed.js': 'embed.js',
  '/favicon.svg': 'favicon.svg',
  '/favicon.ico': 'favicon.svg',
};

/** Files other sites load with a script tag: readable cross-origin despite helmet's CORP `same-origin`. */
const CROSS_ORIGIN = new Set(['/embed.js']);

/**
 * Serves the chat page, its scripts and styles, the offer page's style and
 * `/embed.js` (the one-tag embed) with `/embed-status` (may the asking site frame the chat?),
 * the favicon, nothing else (no directory listing, no CDN).
 */
export function webAssetsRouter(): Router {
  const router = Router();
  router.get('/embed-status', embedStatus());
  for (const [route, file] of Object.entries(FILES)) {
    router.get(route, (_req, res: Response, next) => {
      res.setHeader('Cache-Control', 'no-cache');
      if (CROSS_ORIGIN.has(route)) res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      res.sendFile(file, { root: WEB_ASSETS_DIR, dotfiles: 'deny' }, (err) => {
        if (err) next(err);
      });
    });
  }
  return router;
}
