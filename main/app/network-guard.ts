// Every session is sealed off: requests that are not the app's own are cancelled, permissions and
// device pickers are refused, downloads are cancelled, the spellchecker neither runs nor downloads.
import { app, type Session } from 'electron';
import { isPermissionAllowed, isRequestAllowed, type ShellMode, UNREACHABLE_DICTIONARY_URL } from '../security/shell-policy';

const hardened = new WeakSet<Session>();

export function hardenSession(ses: Session, mode: ShellMode): void {
  if (hardened.has(ses)) return;
  hardened.add(ses);

  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, details.resourceType, mode) });
  });

  // Permissions: none (camera, microphone, notifications, clipboard reading, geolocation, HID, …),
  // except writing text to the clipboard from the app page itself.
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, mode)),
  );
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, mode));
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // Device pickers: cancelled. (Bluetooth pairing without a handler is cancelled by Electron; the
  // USB protected-classes default is kept.)
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });

  // Nothing is downloaded: exports go through main, never through the renderer.
  ses.on('will-download', (event, item) => {
    event.preventDefault();
    item.cancel();
  });

  // No spellchecker: Chromium's downloads its dictionaries from a Google CDN (pointed at a name that
  // never resolves, and cancelled above); macOS's would hand typed text to the OS service.
  ses.setSpellCheckerEnabled(false);
  ses.setSpellCheckerDictionaryDownloadURL(UNREACHABLE_DICTIONARY_URL);
  if (process.platform !== 'darwin') ses.setSpellCheckerLanguages([]);
}

/** Hardens the default session and every session created later (DevTools, partitions). */
export function hardenAllSessions(ses: Session, mode: ShellMode): void {
  app.on('session-created', (created) => hardenSession(created, mode));
  hardenSession(ses, mode);
}
