import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { RecordKind } from '../../../contracts/utility';

type RecordLinkProps = {
  kind: RecordKind;
  id: string;
  children: ReactNode;
  /** Records that live inside an initiative (transactions, indicators, measurements) need its id. */
  initiativeId?: string | null;
  /** A measurement is shown on its indicator's page. */
  indicatorId?: string | null;
};

/**
 * A link to the page of any record the social-utility screens mention, so that every figure can be
 * followed to where it comes from. Records without a page of their own link to the page that lists them.
 */
export function RecordLink({ kind, id, children, initiativeId, indicatorId }: RecordLinkProps) {
  switch (kind) {
    case 'link':
      return (
        <Link to="/links/$linkId" params={{ linkId: id }}>
          {children}
        </Link>
      );
    case 'event':
      return (
        <Link to="/agenda/events/$eventId" params={{ eventId: id }}>
          {children}
        </Link>
      );
    case 'partner':
      return (
        <Link to="/partners/$partnerId" params={{ partnerId: id }}>
          {children}
        </Link>
      );
    case 'initiative':
      return (
        <Link to="/initiatives/$initiativeId" params={{ initiativeId: id }}>
          {children}
        </Link>
      );
    case 'commitment':
      return (
        <Link to="/commitments/$commitmentId" params={{ commitmentId: id }}>
          {children}
        </Link>
      );
    case 'investment_lead':
      return (
        <Link to="/investment/$leadId" params={{ leadId: id }}>
          {children}
        </Link>
      );
    case 'network_role':
      return (
        <Link to="/diplomacy/roles/$roleId" params={{ roleId: id }}>
          {children}
        </Link>
      );
    case 'diplomacy_position':
      return (
        <Link to="/diplomacy/positions/$positionId" params={{ positionId: id }}>
          {children}
        </Link>
      );
    case 'territorial_unit':
      return <Link to="/territory">{children}</Link>;
    case 'department':
      return <Link to="/departments">{children}</Link>;
    case 'transaction':
      return initiativeId ? (
        <Link to="/initiatives/$initiativeId" params={{ initiativeId }} search={{ tab: 'funding' }}>
          {children}
        </Link>
      ) : (
        children
      );
    case 'indicator':
    case 'measurement': {
      const indicator = kind === 'indicator' ? id : indicatorId;
      return initiativeId && indicator ? (
        <Link
          to="/initiatives/$initiativeId/indicators/$indicatorId"
          params={{ initiativeId, indicatorId: indicator }}
        >
          {children}
        </Link>
      ) : (
        children
      );
    }
  }
}
