// Authenticity signals: what each one is, its default weight in the score, and the words that
// explain it (Dutch and English). Pure data, free of zod: main computes the signals, the renderer
// and the CLI explain them. A signal never decides anything; a reviewer does.
export const SIGNAL_KINDS = [
  'revoked-signer',
  'bundle-before-received',
  'bundle-long-after',
  'seen-before',
  'near-duplicate',
  'shared-attachment',
  'shared-contact',
  'burst-similar',
  'burst-station',
  'dangerous-attachment',
  'type-mismatch',
  'exif-after-received',
  'exif-editing-software',
  'exif-gps-far',
  'camera-mismatch',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** Default weights (0–100): a signal's strength (0–1) times its weight, summed, is the score. */
export const DEFAULT_SIGNAL_WEIGHTS: Record<SignalKind, number> = {
  'revoked-signer': 30,
  'bundle-before-received': 20,
  'bundle-long-after': 10,
  'seen-before': 5,
  'near-duplicate': 30,
  'shared-attachment': 20,
  'shared-contact': 25,
  'burst-similar': 15,
  'burst-station': 10,
  'dangerous-attachment': 25,
  'type-mismatch': 10,
  'exif-after-received': 15,
  'exif-editing-software': 10,
  'exif-gps-far': 15,
  'camera-mismatch': 10,
};

export const MAX_SIGNAL_WEIGHT = 100;

/** One signal on one report. `related` names other reports by report id only. */
export type Signal = {
  kind: SignalKind;
  /** 0–1: how strongly this report shows the signal. */
  strength: number;
  /** Facts for the explanation (numbers, dates, types, station labels); never identity or contact details. */
  facts: Record<string, string | number | boolean | null>;
  related: string[];
};

type Text = { nl: string; en: string };

/** Short names, for lists and filters. */
export const SIGNAL_LABEL: Record<SignalKind, Text> = {
  'revoked-signer': { nl: 'Sleutel ingetrokken', en: 'Key revoked' },
  'bundle-before-received': { nl: 'Bundel vóór ontvangst', en: 'Bundle before receipt' },
  'bundle-long-after': { nl: 'Bundel lang na ontvangst', en: 'Bundle long after receipt' },
  'seen-before': { nl: 'Eerder aangeboden', en: 'Delivered before' },
  'near-duplicate': { nl: 'Bijna gelijk verhaal', en: 'Near-duplicate' },
  'shared-attachment': { nl: 'Gedeelde bijlage', en: 'Shared attachment' },
  'shared-contact': { nl: 'Gedeelde contactgegevens', en: 'Shared contact details' },
  'burst-similar': { nl: 'Golf gelijke meldingen', en: 'Burst of similar reports' },
  'burst-station': { nl: 'Golf van één station', en: 'Burst from one station' },
  'dangerous-attachment': { nl: 'Gevaarlijke bijlage', en: 'Dangerous attachment' },
  'type-mismatch': { nl: 'Ander bestandstype', en: 'Type mismatch' },
  'exif-after-received': { nl: 'Foto na ontvangst', en: 'Photo after receipt' },
  'exif-editing-software': { nl: 'Bewerkte foto', en: 'Edited photo' },
  'exif-gps-far': { nl: 'GPS ver weg', en: 'GPS far away' },
  'camera-mismatch': { nl: 'Verschillende camera’s', en: 'Different cameras' },
};

/** What each signal means; the UI and the CLI fill in the facts. */
export const SIGNAL_TEXT: Record<SignalKind, Text> = {
  'revoked-signer': { nl: 'De intakesleutel die de bundel ondertekende is sindsdien ingetrokken.', en: 'The intake key that signed the bundle has been revoked since.' },
  'bundle-before-received': { nl: 'De bundel is gemaakt vóór de melding volgens de melding binnenkwam.', en: 'The bundle was made before the report says it was received.' },
  'bundle-long-after': { nl: 'De bundel is lang na ontvangst van de melding gemaakt.', en: 'The bundle was made long after the report was received.' },
  'seen-before': { nl: 'Dezelfde melding of bundel is eerder aangeboden.', en: 'The same report or bundle was delivered before.' },
  'near-duplicate': { nl: 'Het verhaal lijkt sterk op dat van andere meldingen.', en: 'The narrative closely resembles that of other reports.' },
  'shared-attachment': { nl: 'Een bijlage komt ook voor bij meldingen die er verder niet mee samenhangen.', en: 'An attachment also appears in otherwise unrelated reports.' },
  'shared-contact': { nl: 'Deelt contactgegevens met een melding onder een ander pseudoniem.', en: 'Shares contact details with a report under another pseudonym.' },
  'burst-similar': { nl: 'Veel gelijkende meldingen binnen korte tijd.', en: 'Many similar reports within a short time.' },
  'burst-station': { nl: 'Veel meldingen van één intakestation binnen korte tijd.', en: 'Many reports from one intake station within a short time.' },
  'dangerous-attachment': { nl: 'Een bijlage bevat uitvoerbare code, scripts, macro’s of ingebedde bestanden.', en: 'An attachment holds executable code, scripts, macros or embedded files.' },
  'type-mismatch': { nl: 'Het echte type van een bijlage wijkt af van het opgegeven type of de bestandsnaam.', en: 'An attachment’s real type differs from its declared type or file name.' },
  'exif-after-received': { nl: 'Een foto is volgens de metadata gemaakt nadat de melding binnenkwam.', en: 'A photo’s metadata says it was taken after the report was received.' },
  'exif-editing-software': { nl: 'Een foto is bewerkt met beeldbewerkingssoftware.', en: 'A photo was processed with editing software.' },
  'exif-gps-far': { nl: 'De GPS-positie van een foto ligt ver van de opgegeven gemeente.', en: 'A photo’s GPS position is far from the stated municipality.' },
  'camera-mismatch': { nl: 'De foto’s van deze melder komen van verschillende camera’s.', en: 'This reporter’s photos come from different cameras.' },
};

export function isSignalKind(value: string): value is SignalKind {
  return (SIGNAL_KINDS as readonly string[]).includes(value);
}
