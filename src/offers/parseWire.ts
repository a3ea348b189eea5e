/**
 * What the parse worker threads and the main thread exchange (see `parsePool.ts`). A served offer
 * crosses as its fields and its deflated body: the packed offer's getter does not survive the
 * structured clone, and deflating in the worker keeps that work off the event loop too.
 */
import type { Offer } from './offer.ts';
import { fieldsOf, packedBodyOf, packBody, withPackedBody } from './packedBody.ts';
import type { ParseOutcome } from './parseCache.ts';

/** A batch of documents to parse, in one message. */
export interface ParseRequest {
  id: number;
  documents: Array<{ source: string; bytes: Uint8Array }>;
}

/** A parse outcome as it crosses threads. */
export type WireOutcome =
  | { ok: true; fields: Omit<Offer, 'body'>; bodyZ: string }
  | Extract<ParseOutcome, { ok: false }>;

/** The outcomes of one batch, in the batch's order. */
export interface ParseReply {
  id: number;
  outcomes: WireOutcome[];
}

/** Indices in the worker's shared progress counters (an `Int32Array` over a `SharedArrayBuffer`). */
export const STARTED = 0;
export const FINISHED = 1;

/** An outcome ready to cross to another thread. */
export function toWire(outcome: ParseOutcome): WireOutcome {
  if (!outcome.ok) return outcome;
  const packed = packBody(outcome.offer);
  return { ok: true, fields: fieldsOf(packed), bodyZ: packedBodyOf(packed) ?? '' };
}

/** The outcome an answer from another thread stands for (the offer's body stays deflated). */
export function fromWire(wire: WireOutcome): ParseOutcome {
  return wire.ok ? { ok: true, offer: withPackedBody(wire.fields, wire.bodyZ) } : wire;
}
