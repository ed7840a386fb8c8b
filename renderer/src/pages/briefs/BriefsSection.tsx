// The 'briefs' section (coordinators): the list ("#/briefs") and one brief ("#/briefs/<id>").
import { routeParts } from '../../hooks/useHashRoute';
import { BriefPage } from './BriefPage';
import { BriefsPage } from './BriefsPage';

export function BriefsSection({ route }: { route: string }) {
  const [first] = routeParts(route).rest;
  const id = Number(first);
  if (first !== undefined && Number.isInteger(id) && id > 0) return <BriefPage key={id} briefId={id} />;
  return <BriefsPage />;
}
