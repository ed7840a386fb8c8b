// The order of the case list; a change sorts the list at once (the page stays where it is).
import { CASE_SORTS } from '../../../../core/cases/constants';
import { SelectField } from '../../components/SelectField';
import { useT } from '../../i18n/useT';

type Sort = (typeof CASE_SORTS)[number];

function isSort(s: string): s is Sort {
  return (CASE_SORTS as readonly string[]).includes(s);
}

export function SortSelect({ value, onChange }: { value: Sort; onChange: (sort: Sort) => void }) {
  const t = useT();
  return (
    <div className="toolbar toolbar--list">
      <SelectField
        id="case-sort"
        label={t('cases.sort.label')}
        value={value}
        options={CASE_SORTS.map((s) => ({ value: s, label: t(`cases.sort.${s}`) }))}
        onChange={(s) => {
          if (isSort(s)) onChange(s);
        }}
        className="field--inline"
      />
    </div>
  );
}
