// Stable error codes with a human sentence in Dutch and English. The UI, the CLI and the
// dispatcher all use this one table, so a code never means two things.
export const ERROR_MESSAGES = {
  'invalid-input': {
    nl: 'De invoer is ongeldig.',
    en: 'The input is not valid.',
  },
  'unknown-channel': {
    nl: 'Onbekende opdracht.',
    en: 'Unknown command.',
  },
  'sender-rejected': {
    nl: 'Dit verzoek komt niet van het Baken-venster en is geweigerd.',
    en: 'This request did not come from the Baken window and was refused.',
  },
  'not-authenticated': {
    nl: 'De kluis is vergrendeld. Ontgrendel hem eerst.',
    en: 'The vault is locked. Unlock it first.',
  },
  forbidden: {
    nl: 'U hebt geen toestemming voor deze handeling.',
    en: 'You are not allowed to do this.',
  },
  'wrong-credentials': {
    nl: 'Gebruikersnaam of wachtwoordzin klopt niet.',
    en: 'The user name or passphrase is wrong.',
  },
  'passphrase-too-short': {
    nl: 'De wachtwoordzin moet minstens 12 tekens lang zijn.',
    en: 'The passphrase must be at least 12 characters long.',
  },
  'passphrase-too-long': {
    nl: 'De wachtwoordzin mag hoogstens 1024 tekens lang zijn.',
    en: 'The passphrase may be at most 1024 characters long.',
  },
  'passphrase-common': {
    nl: 'Deze wachtwoordzin is te bekend of te voorspelbaar. Kies een andere, bijvoorbeeld vier losse woorden.',
    en: 'This passphrase is too common or predictable. Choose another, for example four unrelated words.',
  },
  'passphrase-mismatch': {
    nl: 'De twee wachtwoordzinnen zijn niet gelijk.',
    en: 'The two passphrases do not match.',
  },
  'username-invalid': {
    nl: 'Een gebruikersnaam heeft 2 tot 32 tekens: kleine letters, cijfers, punt, streepje of liggend streepje.',
    en: 'A user name has 2 to 32 characters: lowercase letters, digits, dot, hyphen or underscore.',
  },
  'user-exists': {
    nl: 'Er bestaat al een gebruiker met deze naam.',
    en: 'A user with this name already exists.',
  },
  'user-not-found': {
    nl: 'Deze gebruiker bestaat niet.',
    en: 'This user does not exist.',
  },
  'roles-required': {
    nl: 'Kies minstens één rol.',
    en: 'Choose at least one role.',
  },
  'last-admin': {
    nl: 'Dit is de laatste actieve beheerder; die kan niet worden verwijderd of zijn beheerrol verliezen.',
    en: 'This is the last active admin; it cannot be removed or lose the admin role.',
  },
  'vault-exists': {
    nl: 'Op deze plek staat al een kluis.',
    en: 'A vault already exists at this location.',
  },
  'vault-not-found': {
    nl: 'Er is hier geen kluis. Maak er eerst een aan.',
    en: 'There is no vault here. Create one first.',
  },
  'vault-newer-version': {
    nl: 'Deze kluis is gemaakt door een nieuwere versie van Baken. Werk Baken bij.',
    en: 'This vault was made by a newer version of Baken. Update Baken.',
  },
  'vault-corrupt': {
    nl: 'De kluis is beschadigd en kan niet veilig worden gelezen. Laat de beheerder de laatste back-up terugzetten (baken backup restore) en meld wat u deed.',
    en: 'The vault is damaged and cannot be read safely. Ask the admin to restore the latest backup (baken backup restore) and say what you were doing.',
  },
  'vault-busy': {
    nl: 'De kluis is al geopend door een ander Baken-proces.',
    en: 'The vault is already open in another Baken process.',
  },
  'medium-unavailable': {
    nl: 'Er is geen map of medium gekozen, of het is niet beschikbaar.',
    en: 'No folder or medium was chosen, or it is not available.',
  },
  'write-failed': {
    nl: 'Schrijven naar het medium is mislukt; er is niets half achtergebleven.',
    en: 'Writing to the medium failed; nothing was left half-written.',
  },
  'bundle-file-missing': {
    nl: 'Dit bundelbestand staat niet (meer) op het gekozen medium.',
    en: 'This bundle file is not (or no longer) on the chosen medium.',
  },
  'import-busy': {
    nl: 'Er loopt al een import. Wacht tot die klaar is of breek hem af.',
    en: 'An import is already running. Wait for it to finish or cancel it.',
  },
  'import-cancelled': {
    nl: 'De import is afgebroken. De bundel die bezig was is niet geïmporteerd; eerdere bundels wel.',
    en: 'The import was cancelled. The bundle in progress was not imported; earlier ones were.',
  },
  'trust-key-invalid': {
    nl: 'Dit is geen geldige minisign-publieke sleutel.',
    en: 'This is not a valid minisign public key.',
  },
  'trust-key-exists': {
    nl: 'Deze sleutel staat al in de vertrouwenslijst.',
    en: 'This key is already in the trust store.',
  },
  'trust-key-not-found': {
    nl: 'Er is geen sleutel met dit sleutel-ID in de vertrouwenslijst.',
    en: 'There is no key with this key ID in the trust store.',
  },
  'folder-exists': {
    nl: 'Deze map staat al in de lijst met importmappen.',
    en: 'This folder is already in the list of import folders.',
  },
  'folder-invalid': {
    nl: 'Deze map bestaat niet of is geen map.',
    en: 'This folder does not exist or is not a folder.',
  },
  'case-not-found': {
    nl: 'Deze zaak bestaat niet (meer).',
    en: 'This case does not exist (any more).',
  },
  'case-not-assigned': {
    nl: 'Deze zaak is niet aan u toegewezen.',
    en: 'This case is not assigned to you.',
  },
  'transition-not-allowed': {
    nl: 'Deze statuswijziging is niet toegestaan.',
    en: 'This status change is not allowed.',
  },
  'closing-reason-required': {
    nl: 'Kies een reden om de zaak te sluiten.',
    en: 'Choose a reason for closing the case.',
  },
  'closing-reason-not-allowed': {
    nl: 'Een sluitreden hoort alleen bij het sluiten van een zaak.',
    en: 'A closing reason only goes with closing a case.',
  },
  'assignee-not-counsellor': {
    nl: 'Zaken kunnen alleen aan een actieve hulpverlener worden toegewezen.',
    en: 'Cases can only be assigned to an active counsellor.',
  },
  'report-not-found': {
    nl: 'Deze melding bestaat niet.',
    en: 'This report does not exist.',
  },
  'rationale-required': {
    nl: 'Schrijf op waarom u tot dit oordeel komt (minstens 10 tekens).',
    en: 'Write down why you reach this verdict (at least 10 characters).',
  },
  'verdict-not-pending': {
    nl: 'Dit oordeel wacht niet (meer) op een tweede beoordelaar.',
    en: 'This verdict is not (or no longer) waiting for a second reviewer.',
  },
  'verdict-own': {
    nl: 'Een tweede beoordelaar moet iemand anders zijn dan wie het oordeel gaf.',
    en: 'The second reviewer must be someone other than who gave the verdict.',
  },
  'verdict-pending': {
    nl: 'Er wacht al een oordeel "verzonnen" op een tweede beoordelaar. Bevestig of verwerp dat eerst.',
    en: 'A "fabricated" verdict is already waiting for a second reviewer. Confirm or reject it first.',
  },
  'partner-not-found': {
    nl: 'Deze partnerorganisatie bestaat niet.',
    en: 'This partner organisation does not exist.',
  },
  'partner-inactive': {
    nl: 'Deze partnerorganisatie is niet actief; kies een andere.',
    en: 'This partner organisation is not active; choose another.',
  },
  'recipient-invalid': {
    nl: 'Dit is geen age-ontvanger (die begint met age1).',
    en: 'This is not an age recipient (one starts with age1).',
  },
  'referral-not-found': {
    nl: 'Deze doorverwijzing bestaat niet.',
    en: 'This referral does not exist.',
  },
  'referral-fields-required': {
    nl: 'Kies minstens één gegeven om te delen.',
    en: 'Choose at least one item to share.',
  },
  'referral-consent-missing': {
    nl: 'De melder heeft geen toestemming gegeven voor doorverwijzing. Alleen een coördinator kan bij een acuut veiligheidsrisico een noodvoorziening gebruiken, met een reden.',
    en: 'The reporter did not consent to referral. Only a coordinator can use the emergency override when there is an urgent safety risk, with a reason.',
  },
  'referral-override-not-allowed': {
    nl: 'Een noodvoorziening kan alleen een coördinator gebruiken, bij een zaak met een acuut veiligheidsrisico, met een reden van minstens 10 tekens.',
    en: 'Only a coordinator can use the emergency override, on a case with an urgent safety risk, with a reason of at least 10 characters.',
  },
  'referral-transition': {
    nl: 'Deze stap is in de huidige status van de doorverwijzing niet mogelijk.',
    en: 'This step is not possible in the referral’s current status.',
  },
  'referral-own-approval': {
    nl: 'Een andere coördinator moet deze doorverwijzing goedkeuren dan wie haar voorstelde.',
    en: 'A coordinator other than the one who proposed this referral must approve it.',
  },
  'referral-partner-changed': {
    nl: 'De partnerorganisatie is niet meer actief, of haar sleutel is veranderd sinds de goedkeuring. Trek de doorverwijzing in en stel een nieuwe voor.',
    en: 'The partner organisation is no longer active, or its key changed since the approval. Withdraw the referral and propose a new one.',
  },
  'medium-full': {
    nl: 'Het medium is vol. Er is niets half achtergebleven; maak ruimte of kies een ander medium.',
    en: 'The medium is full. Nothing was left half-written; make room or choose another medium.',
  },
  'medium-removed': {
    nl: 'Het medium is verwijderd of onbereikbaar geworden tijdens het schrijven. Er is niets half achtergebleven; plaats het opnieuw en probeer het nog eens.',
    en: 'The medium was removed or became unreachable while writing. Nothing was left half-written; insert it again and retry.',
  },
  'medium-read-only': {
    nl: 'Op dit medium kan Baken niet schrijven (alleen-lezen of geen rechten).',
    en: 'Baken cannot write to this medium (read-only or no permission).',
  },
  'medium-verify-failed': {
    nl: 'Wat op het medium staat, komt niet overeen met wat Baken schreef. Het bestand is verwijderd; gebruik een ander medium.',
    en: 'What is on the medium does not match what Baken wrote. The file was removed; use another medium.',
  },
  'export-exists': {
    nl: 'Op het medium staat al een bestand met deze naam. Baken overschrijft het niet.',
    en: 'A file with this name is already on the medium. Baken does not overwrite it.',
  },
  'recipient-mixed': {
    nl: 'Meng geen post-kwantum-ontvangers (age1pq1…) met klassieke (age1…): kies één soort.',
    en: 'Do not mix post-quantum recipients (age1pq1…) with classic ones (age1…): choose one kind.',
  },
  'brief-not-found': {
    nl: 'Dit beeld bestaat niet.',
    en: 'This brief does not exist.',
  },
  'brief-period-invalid': {
    nl: 'De periode klopt niet: de begindatum ligt na de einddatum.',
    en: 'The period is not valid: the start date is after the end date.',
  },
  'brief-vignette-not-included': {
    nl: 'Deze melding telt niet mee in dit beeld (buiten de periode of selectie, of zonder toestemming voor geanonimiseerde analyse).',
    en: 'This report is not counted in this brief (outside the period or filter, or without consent to anonymised analysis).',
  },
  'brief-vignette-not-found': {
    nl: 'Dit vignet bestaat niet (meer).',
    en: 'This vignette does not exist (any more).',
  },
  'brief-too-many-vignettes': {
    nl: 'Een beeld heeft hoogstens 20 vignetten.',
    en: 'A brief has at most 20 vignettes.',
  },
  'brief-redaction-invalid': {
    nl: 'Deze redactie past niet op de tekst (buiten de tekst of overlappend).',
    en: 'This redaction does not fit the text (outside it or overlapping).',
  },
  'brief-own-approval': {
    nl: 'Een andere coördinator moet dit beeld goedkeuren dan wie het maakte of het laatst wijzigde.',
    en: 'A coordinator other than the one who made or last changed this brief must approve it.',
  },
  'brief-not-draft': {
    nl: 'Dit beeld is al goedgekeurd; na een wijziging kan het opnieuw worden goedgekeurd.',
    en: 'This brief is already approved; after a change it can be approved again.',
  },
  'brief-leak': {
    nl: 'De lekcontrole vond gegevens van melders of genoemde personen in het beeld. Bekijk de vondsten en redigeer ze eerst.',
    en: 'The leak check found details of reporters or named people in the brief. Review the findings and redact them first.',
  },
  'brief-not-approved': {
    nl: 'Dit beeld is (na de laatste wijziging) nog niet goedgekeurd door een tweede coördinator.',
    en: 'This brief has not been approved by a second coordinator (since its last change).',
  },
  'brief-no-recipients': {
    nl: 'Er zijn geen ontvangers voor beelden ingesteld. Stel ze in, of kies uitdrukkelijk voor een PDF om af te drukken.',
    en: 'No recipients for briefs are configured. Configure them, or explicitly choose a PDF to print.',
  },
  'backup-no-recipients': {
    nl: 'Er zijn geen ontvangers voor back-ups ingesteld. Stel ze in, of gebruik een back-upwachtwoordzin.',
    en: 'No backup recipients are configured. Configure them, or use a backup passphrase.',
  },
  'backup-passphrase-short': {
    nl: 'Een back-upwachtwoordzin moet minstens 16 tekens lang zijn.',
    en: 'A backup passphrase must be at least 16 characters long.',
  },
  'backup-wrong-key': {
    nl: 'Deze back-up is niet voor deze sleutel of wachtwoordzin versleuteld.',
    en: 'This backup is not encrypted to this key or passphrase.',
  },
  'backup-invalid': {
    nl: 'Dit bestand is geen back-up van Baken.',
    en: 'This file is not a Baken backup.',
  },
  'backup-corrupt': {
    nl: 'Deze back-up is beschadigd of onvolledig: een bestand ontbreekt of klopt niet met de inhoudslijst. Er is niets teruggezet.',
    en: 'This backup is damaged or incomplete: a file is missing or does not match the manifest. Nothing was restored.',
  },
  'vault-maintenance': {
    nl: 'De kluis krijgt nu een nieuwe sleutel. Wacht tot dat klaar is.',
    en: 'The vault is being re-keyed. Wait until that has finished.',
  },
  'rekey-interrupted': {
    nl: 'Het maken van een nieuwe hoofdsleutel is onderbroken. Ontgrendel de kluis eenmaal: dat maakt het af of draait het terug. Controleer daarna opnieuw.',
    en: 'Making a new master key was interrupted. Unlock the vault once: that finishes or undoes it. Then check again.',
  },
  'rekey-slot-outdated': {
    nl: 'Nog niet alle gebruikers hebben een sleutelvak in de nieuwe vorm. Laat hen eenmaal ontgrendelen, of stel hun wachtwoordzin opnieuw in, en probeer het dan opnieuw.',
    en: 'Not every user has a keyslot in the new format yet. Have them unlock once, or reset their passphrase, then try again.',
  },
  'identity-not-retired': {
    nl: 'Alleen een uitgefaseerde werkplek-identiteit kan worden vernietigd.',
    en: 'Only a retired workstation identity can be destroyed.',
  },
  'note-not-found': {
    nl: 'Deze notitie bestaat niet.',
    en: 'This note does not exist.',
  },
  'task-not-found': {
    nl: 'Deze taak bestaat niet.',
    en: 'This task does not exist.',
  },
  'merge-invalid': {
    nl: 'Deze zaken kunnen niet worden samengevoegd (dezelfde zaak, of al samengevoegd).',
    en: 'These cases cannot be merged (the same case, or already merged).',
  },
  'split-invalid': {
    nl: 'Deze melding kan niet worden afgesplitst: ze is de enige melding van de zaak of hoort er niet bij.',
    en: 'This report cannot be split off: it is the case’s only report or does not belong to it.',
  },
  'reason-required': {
    nl: 'Geef een reden op (minstens 10 tekens).',
    en: 'Give a reason (at least 10 characters).',
  },
  'attachment-not-found': {
    nl: 'Deze bijlage bestaat niet (meer).',
    en: 'This attachment does not exist (any more).',
  },
  'attachment-unreadable': {
    nl: 'De opgeslagen bytes van deze bijlage ontbreken of zijn beschadigd. Herstel de kluis uit een back-up.',
    en: 'The stored bytes of this attachment are missing or damaged. Restore the vault from a backup.',
  },
  'audit-broken': {
    nl: 'De keten van het auditlog is niet intact (zie Auditlog, Keten controleren). Er is niets gewijzigd; herstel de kluis uit een back-up.',
    en: 'The audit log chain is not intact (see Audit log, Verify chain). Nothing was changed; restore the vault from a backup.',
  },
  'retention-audit-too-short': {
    nl: 'Auditregels worden minstens 365 dagen bewaard, of voor altijd.',
    en: 'Audit entries are kept for at least 365 days, or for ever.',
  },
  internal: {
    nl: 'Er ging iets mis in Baken. Er is niets gewijzigd.',
    en: 'Something went wrong inside Baken. Nothing was changed.',
  },
} as const satisfies Record<string, { nl: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type Locale = 'nl' | 'en';

export function errorMessage(code: ErrorCode, locale: Locale = 'en'): string {
  return ERROR_MESSAGES[code][locale];
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_MESSAGES, value);
}

/** An error the user can act on. `message` is English; UIs translate by `code`. */
export class BakenError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? errorMessage(code, 'en'));
    this.name = 'BakenError';
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };
