import { z } from 'zod';
import { eventKinds } from '../../../contracts/agenda';

export const agendaViews = ['month', 'week', 'list'] as const;
export type AgendaView = (typeof agendaViews)[number];

/** URL search parameters of the agenda: the view, the day it is anchored on and the filters. */
export const agendaSearchSchema = z.object({
  view: z.enum(agendaViews).optional().catch(undefined),
  date: z.iso.date().optional().catch(undefined),
  kind: z.enum(eventKinds).optional().catch(undefined),
  q: z.string().optional().catch(undefined),
});
export type AgendaSearch = z.infer<typeof agendaSearchSchema>;

export const eventNewSearchSchema = z.object({ date: z.iso.date().optional().catch(undefined) });
