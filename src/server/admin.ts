import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { FeedbackLog } from '../dialog/learning/feedbackLog.ts';
import type { UnansweredLog } from '../dialog/learning/unansweredLog.ts';
import { bearerGuard } from './bearer.ts';

const Query = z.object({ limit: z.coerce.number().int().min(1).max(1_000).default(50) });

/** What the admin endpoints list. */
export interface AdminLogs {
  unanswered: UnansweredLog;
  feedback: FeedbackLog;
}

/**
 * `GET /admin/unanswered?limit=50` → `[{text, count, intent, lastSeen}]`, the
 * questions most often not understood (fallbacks, low confidence), scrubbed of
 * personal data, most frequent first. `GET /admin/feedback?limit=50` →
 * `[{text, intent, up, down, lastVoted}]`, the 👍/👎 given to answers per scrubbed
 * question and intent, most voted first. Behind `Authorization: Bearer <ADMIN_TOKEN>`;
 * returns null (no route at all) when no token is configured.
 */
export function adminRouter(token: string | null, logs: AdminLogs): Router | null {
  if (token === null) return null;
  const router = Router();
  router.use('/admin', bearerGuard(token), (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  const list =
    (top: (limit: number) => unknown[]): RequestHandler =>
    (req, res) => {
      const query = Query.safeParse(req.query);
      if (!query.success)
        return void res.status(400).json({ error: 'limit : attendu un entier de 1 à 1000' });
      res.json(top(query.data.limit));
    };
  router.get(
    '/admin/unanswered',
    list((limit) => logs.unanswered.top(limit)),
  );
  router.get(
    '/admin/feedback',
    list((limit) => logs.feedback.top(limit)),
  );
  return router;
}
