// The form's main button; while busy it says so and ignores further presses.
export function SubmitButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
      {busy ? busyLabel : label}
    </button>
  );
}
