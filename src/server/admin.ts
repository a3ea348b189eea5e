import { Router } from 'express';
import { z } from 'zod';
import type { UnansweredLog } from '../dialog/learning/unansweredLog.ts';
import { bearerGuard } from './bearer.ts';

const Query = z.object({ limit: z.coerce.number().int().min(1).max(1_000).default(50) });

/**
 * `GET /admin/unanswered?limit=50` → `[{text, count, intent, lastSeen}]`, the
 * questions most often not understood (fallbacks, low confidence), scrubbed of
 * personal data, most frequent first. Behind `Authorization: Bearer <ADMIN_TOKEN>`;
 * returns null (no route at all) when no token is configured.
 */
export function adminRouter(token: string | null, unanswered: UnansweredLog): Router | null {
  if (token === null) return null;
  const router = Router();
  router.use('/admin', bearerGuard(token), (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.get('/admin/unanswered', (req, res) => {
    const query = Query.safeParse(req.query);
    if (!query.success)
      return void res.status(400).json({ error: 'limit : attendu un entier de 1 à 1000' });
    res.json(unanswered.top(query.data.limit));
  });
  return router;
}
