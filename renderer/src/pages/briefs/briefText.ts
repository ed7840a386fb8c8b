// Words for brief data: table titles, cell labels (category, country, channel, month, province),
// identifier kinds, statuses.
import type { BriefDimension } from '../../../../core/briefs/aggregate-types';
import type { BriefStatus } from '../../../../core/briefs/briefs';
import type { IdentifierKind } from '../../../../core/briefs/redaction-types';
import { useCodeName, useCountryName } from '../../i18n/codes';
import { useT } from '../../i18n/useT';
import { useLocale } from '../../i18n/LocaleProvider';

export function useBriefText() {
  const t = useT();
  const codeName = useCodeName();
  const countryName = useCountryName();
  const { locale } = useLocale();
  const months = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    dimension: (d: BriefDimension) => t(`brief.dimension.${d}`),
    status: (s: BriefStatus) => t(`brief.status.${s}`),
    kind: (k: IdentifierKind) => t(`brief.kind.${k}`),
    cell(d: BriefDimension, key: string): string {
      if (key === 'other') return t('brief.cell.other');
      if (key === 'unknown') return t('brief.cell.unknown');
      switch (d) {
        case 'category':
          return codeName('category', key);
        case 'channel':
          return codeName('channel', key);
        case 'country':
          return countryName(key);
        case 'month':
          return /^\d{4}-\d{2}$/.test(key) ? months.format(new Date(`${key}-01T00:00:00Z`)) : key;
        case 'province':
          return key;
        default: {
          const never: never = d;
          return String(never);
        }
      }
    },
  };
}
