// Where the packaged renderer is served from (main/app registers the app:// protocol). The only
// origin whose main frame the dispatcher answers in the Electron shell.
export const APP_SCHEME = 'app';
export const APP_HOST = 'baken';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
