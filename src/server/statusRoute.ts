import { Router } from 'express';
import type { CatalogStatus } from '../offers/catalogStatus.ts';
import { publicStatus, statusDetails } from '../offers/catalogStatus.ts';
import { sendApiError } from '../channels/rest/apiError.ts';
import { restMessages } from '../channels/rest/messages.fr.ts';
import { bearerMatches } from './bearer.ts';

/**
 * `GET /api/status`: the live catalog's counts (offers, problems by kind, load and reload
 * times) for anyone; with `Authorization: Bearer <ADMIN_TOKEN>`, also `details`, the first
 * problems (path, reason, since; cut) and their total. A wrong token, or any token when none
 * is configured, gets 401 rather than a silent public answer.
 */
export function statusRouter(
  catalogStatus: () => CatalogStatus,
  adminToken: string | null,
): Router {
  const router = Router();
  router.get('/api/status', (req, res) => {
    res.set('Cache-Control', 'no-store');
    const header = req.headers.authorization;
    if (header !== undefined && (adminToken === null || !bearerMatches(header, adminToken)))
      return sendApiError(
        res.set('WWW-Authenticate', 'Bearer'),
        401,
        'unauthorized',
        restMessages.unauthorized,
      );
    const status = catalogStatus();
    res.json(
      header === undefined
        ? publicStatus(status)
        : { ...publicStatus(status), details: statusDetails(status) },
    );
  });
  return router;
}
