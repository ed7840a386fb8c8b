// One checkbox with its label after it.
type Props = { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; describedBy?: string };

export function CheckboxField({ id, label, checked, onChange, describedBy }: Props) {
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={describedBy} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
