// A minimal application menu. Electron's default one links to websites (Help → Learn More); this
// one only edits, zooms (people need larger text) and, in development, reloads and opens DevTools.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ShellMode } from '../security/shell-policy';

export function installMenu(mode: ShellMode): void {
  const template: MenuItemConstructorOptions[] = [];
  if (process.platform === 'darwin') {
    template.push({
      label: 'Baken',
      submenu: [{ role: 'hide', label: 'Verberg Baken' }, { type: 'separator' }, { role: 'quit', label: 'Stop Baken' }],
    });
  }
  template.push(
    {
      label: 'Bewerken',
      submenu: [
        { role: 'undo', label: 'Ongedaan maken' },
        { role: 'redo', label: 'Opnieuw' },
        { type: 'separator' },
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    {
      label: 'Beeld',
      submenu: [
        { role: 'resetZoom', label: 'Werkelijke grootte' },
        { role: 'zoomIn', label: 'Groter' },
        { role: 'zoomOut', label: 'Kleiner' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Volledig scherm' },
        ...(mode.devTools
          ? ([
              { type: 'separator' },
              { role: 'reload', label: 'Herladen (ontwikkeling)' },
              { role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' },
            ] satisfies MenuItemConstructorOptions[])
          : []),
      ],
    },
    {
      label: 'Venster',
      submenu: [
        { role: 'minimize', label: 'Minimaliseren' },
        { role: 'close', label: 'Sluiten' },
      ],
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
