// Announced messages: errors (role="alert") and results (role="status"). An input refers to an
// error through aria-describedby with the same id.
export function ErrorAlert({ id, text }: { id: string; text: string | null }) {
  if (!text) return null;
  return (
    <p id={id} role="alert" className="message message--error">
      {text}
    </p>
  );
}

/** A polite live region that stays in the document, so changes to its text are announced. */
export function StatusMessage({ text, tone = 'info' }: { text: string | null; tone?: 'info' | 'success' }) {
  return (
    <p role="status" className={text ? `message message--${tone}` : 'message message--empty'}>
      {text ?? ''}
    </p>
  );
}
