// The rejection codes of BUNDLE-FORMAT.md §6, each with what it means and what the user can do,
// in Dutch and English. Stable: scripts and the quarantine list rely on them.
export const REJECTION_CODES = [
  'not-age',
  'wrong-recipient',
  'decrypt-failed',
  'bad-archive',
  'unsafe-entry',
  'manifest-invalid',
  'signature-invalid',
  'untrusted-signer',
  'revoked-signer',
  'hash-mismatch',
  'missing-file',
  'unlisted-file',
  'report-invalid',
  'too-large',
  'conflict',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

type Text = { nl: string; en: string };
export const REJECTION_TEXT: Record<RejectionCode, { meaning: Text; action: Text }> = {
  'not-age': {
    meaning: { nl: 'Dit bestand is geen age-versleuteld bundelbestand.', en: 'This file is not an age-encrypted bundle.' },
    action: { nl: 'Controleer of het juiste bestand op het medium staat; vraag de intake om een nieuwe bundel.', en: 'Check that the right file is on the medium; ask intake for a new bundle.' },
  },
  'wrong-recipient': {
    meaning: { nl: 'De bundel is niet voor dit werkstation versleuteld (of de wachtwoordzin klopt niet).', en: 'The bundle was not encrypted for this workstation (or the passphrase is wrong).' },
    action: { nl: 'Geef de intake de actuele ontvangersleutels van dit werkstation en vraag een nieuwe bundel.', en: 'Give intake this workstation’s current recipients and ask for a new bundle.' },
  },
  'decrypt-failed': {
    meaning: { nl: 'De versleutelde inhoud is beschadigd, ingekort of gewijzigd.', en: 'The encrypted content is damaged, truncated or altered.' },
    action: { nl: 'Kopieer de bundel opnieuw van de bron; blijft dit gebeuren, meld dan mogelijke manipulatie.', en: 'Copy the bundle again from its source; if it keeps happening, report possible tampering.' },
  },
  'bad-archive': {
    meaning: { nl: 'De inhoud is geen geldig tar-archief.', en: 'The content is not a valid tar archive.' },
    action: { nl: 'Vraag de intake de bundel opnieuw te maken met de standaardsoftware.', en: 'Ask intake to make the bundle again with the standard software.' },
  },
  'unsafe-entry': {
    meaning: { nl: 'Het archief bevat een onveilig onderdeel (link, map, apparaat, vreemde of dubbele padnaam).', en: 'The archive holds an unsafe entry (link, directory, device, odd or duplicate path).' },
    action: { nl: 'Niet opnieuw proberen; meld dit als mogelijk kwaadwillende bundel.', en: 'Do not retry; report this as a possibly hostile bundle.' },
  },
  'manifest-invalid': {
    meaning: { nl: 'Het manifest ontbreekt, staat niet vooraan of klopt niet met het formaat.', en: 'The manifest is missing, not first, or does not follow the format.' },
    action: { nl: 'Vraag de intake de bundel opnieuw te maken.', en: 'Ask intake to make the bundle again.' },
  },
  'signature-invalid': {
    meaning: { nl: 'De handtekening over het manifest klopt niet: de bundel is gewijzigd of vervalst.', en: 'The signature over the manifest does not verify: the bundle was altered or forged.' },
    action: { nl: 'Niet importeren; meld mogelijke vervalsing aan de coördinator.', en: 'Do not import; report possible forgery to the coordinator.' },
  },
  'untrusted-signer': {
    meaning: { nl: 'De bundel is ondertekend met een sleutel die dit werkstation niet vertrouwt.', en: 'The bundle is signed with a key this workstation does not trust.' },
    action: { nl: 'Laat de beheerder de sleutel van het intakestation controleren en toevoegen als die echt is.', en: 'Have the admin check the intake station’s key and add it if it is genuine.' },
  },
  'revoked-signer': {
    meaning: { nl: 'De ondertekenende sleutel is ingetrokken.', en: 'The signing key has been revoked.' },
    action: { nl: 'Neem contact op met de intake via een bekend kanaal; importeer niet.', en: 'Contact intake through a known channel; do not import.' },
  },
  'hash-mismatch': {
    meaning: { nl: 'Een bestand in de bundel wijkt af van wat het ondertekende manifest zegt.', en: 'A file in the bundle differs from what the signed manifest says.' },
    action: { nl: 'Niet importeren; meld mogelijke manipulatie.', en: 'Do not import; report possible tampering.' },
  },
  'missing-file': {
    meaning: { nl: 'Een bestand dat het manifest of een melding noemt, ontbreekt.', en: 'A file named by the manifest or a report is missing.' },
    action: { nl: 'Vraag de intake de volledige bundel opnieuw te maken.', en: 'Ask intake to make the complete bundle again.' },
  },
  'unlisted-file': {
    meaning: { nl: 'De bundel bevat een bestand dat niet in het manifest staat.', en: 'The bundle holds a file not listed in the manifest.' },
    action: { nl: 'Niet importeren; meld mogelijke manipulatie.', en: 'Do not import; report possible tampering.' },
  },
  'report-invalid': {
    meaning: { nl: 'Een melding in de bundel voldoet niet aan het formaat.', en: 'A report in the bundle does not follow the format.' },
    action: { nl: 'Vraag de intake de melding te controleren en opnieuw te sturen.', en: 'Ask intake to check the report and send it again.' },
  },
  'too-large': {
    meaning: { nl: 'De bundel of een onderdeel ervan overschrijdt een grens (grootte of aantal).', en: 'The bundle or a part of it exceeds a limit (size or count).' },
    action: { nl: 'Vraag de intake de meldingen over meerdere bundels te verdelen.', en: 'Ask intake to split the reports over several bundles.' },
  },
  conflict: {
    meaning: { nl: 'Een melding met hetzelfde nummer is al geïmporteerd met andere inhoud.', en: 'A report with the same id was already imported with different content.' },
    action: { nl: 'Niet importeren; leg dit voor aan de coördinator en de intake.', en: 'Do not import; take this to the coordinator and intake.' },
  },
};

export function isRejectionCode(v: string): v is RejectionCode {
  return (REJECTION_CODES as readonly string[]).includes(v);
}
