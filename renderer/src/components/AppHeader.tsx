// The dark-blue bar at the top: the name of the application and, on the right, the given tools.
import type { ReactNode } from 'react';

export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <p className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Baken
        </p>
        <div className="app-header__tools">{children}</div>
      </div>
    </header>
  );
}
