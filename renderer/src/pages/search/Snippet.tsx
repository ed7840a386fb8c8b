// A snippet as text, the matching pieces in <mark>; never parsed as HTML. The paragraph's
// direction follows its text (right-to-left scripts included).
import type { SnippetSegment } from '../../../../core/search';

export function Snippet({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <p dir="auto" className="snippet">
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </p>
  );
}
