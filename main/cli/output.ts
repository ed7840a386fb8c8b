// Printing results: JSON for scripts (--json), short lines for people.
export type Out = { json: boolean; stdout: (s: string) => void; stderr: (s: string) => void };

export function print(out: Out, value: unknown, human: () => string): void {
  out.stdout(out.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}
