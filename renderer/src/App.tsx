// The top-level state machine: loading → first run (no vault) → locked → unlocked (recipients
// step after creation, forced passphrase change, or the app frame). A 'session.locked' event from
// main, or an answer saying the session is gone, always returns to the unlock screen.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ErrorCode, Locale } from '../../core/errors';
import type { LockReason, Recipients, SessionInfo } from '../../core/types';
import { call, errorCodeOf, onEvent, onSessionLost } from './api/client';
import { AppFrame } from './components/AppFrame';
import { ErrorAlert } from './components/Messages';
import { StartupLayout } from './components/StartupLayout';
import { useActivityReporter } from './hooks/useActivityReporter';
import { landOn, PASSPHRASE_ROUTE } from './hooks/useHashRoute';
import { useLocale } from './i18n/LocaleProvider';
import { useErrorText, useT } from './i18n/useT';
import { CreateVaultPage } from './pages/CreateVaultPage';
import { ForcedPassphraseChangePage } from './pages/ForcedPassphraseChangePage';
import { UnlockPage } from './pages/UnlockPage';
import { VaultCreatedPage } from './pages/VaultCreatedPage';
import { SessionContext, type SessionState } from './session';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; code: ErrorCode }
  | { kind: 'absent' }
  | { kind: 'locked'; reason: LockReason | null }
  | { kind: 'unlocked'; session: SessionInfo; newVault: Recipients | null };

export function App() {
  const t = useT();
  const errorText = useErrorText();
  const { locale, setLocale } = useLocale();
  const [state, setState] = useState<State>({ kind: 'loading' });

  const enter = useCallback(
    (session: SessionInfo, newVault: Recipients | null = null) => {
      landOn([...session.sections, PASSPHRASE_ROUTE], session.sections[0] ?? PASSPHRASE_ROUTE);
      setLocale(session.language);
      setState({ kind: 'unlocked', session, newVault });
    },
    [setLocale],
  );

  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    call('app.status', {}).then(
      (status) => {
        if (!current) return;
        if (status.session) enter(status.session);
        else setState(status.vault === 'absent' ? { kind: 'absent' } : { kind: 'locked', reason: null });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', code: errorCodeOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt, enter]);
  useEffect(() => onEvent('session.locked', ({ reason }) => setState({ kind: 'locked', reason })), []);
  useEffect(
    () => onSessionLost(() => setState((s) => (s.kind === 'unlocked' ? { kind: 'locked', reason: null } : s))),
    [],
  );
  useActivityReporter(state.kind === 'unlocked');

  const setSession = useCallback((session: SessionInfo) => {
    setState((s) => (s.kind === 'unlocked' ? { ...s, session } : s));
  }, []);

  const unlocked = state.kind === 'unlocked';
  const switchLanguage = useCallback(
    async (next: Locale) => {
      setLocale(next);
      if (!unlocked) return;
      try {
        setSession(await call('session.setLanguage', { language: next }));
      } catch {
        // The choice still applies on screen; it is only not remembered.
      }
    },
    [setLocale, setSession, unlocked],
  );

  const lock = useCallback(async () => {
    try {
      await call('session.lock', {});
    } finally {
      setState((s) => (s.kind === 'locked' ? s : { kind: 'locked', reason: 'manual' }));
    }
  }, []);

  const sessionState = useMemo<SessionState | null>(
    () =>
      state.kind === 'unlocked'
        ? {
            session: state.session,
            setSession,
            lock,
            refresh: async () => {
              const status = await call('app.status', {});
              if (status.session) setSession(status.session);
            },
          }
        : null,
    [state, setSession, lock],
  );

  /** After creating the vault, keep the language the wizard was used in. */
  async function created(session: SessionInfo, recipients: Recipients) {
    let s = session;
    if (session.language !== locale) {
      try {
        s = await call('session.setLanguage', { language: locale });
      } catch {
        s = { ...session, language: locale };
      }
    }
    enter(s, recipients);
  }

  const onLanguage = (l: Locale) => void switchLanguage(l);
  switch (state.kind) {
    case 'loading':
      return (
        <StartupLayout onLanguage={onLanguage}>
          <p role="status">{t('app.loading')}</p>
        </StartupLayout>
      );
    case 'failed':
      return (
        <StartupLayout onLanguage={onLanguage}>
          <h1>{t('app.failedTitle')}</h1>
          <ErrorAlert id="app-error" text={errorText(state.code)} />
          <button type="button" className="button button--primary" onClick={() => setAttempt((a) => a + 1)}>
            {t('common.retry')}
          </button>
        </StartupLayout>
      );
    case 'absent':
      return (
        <StartupLayout onLanguage={onLanguage}>
          <CreateVaultPage onCreated={(s, r) => void created(s, r)} />
        </StartupLayout>
      );
    case 'locked':
      return (
        <StartupLayout onLanguage={onLanguage}>
          <UnlockPage reason={state.reason} onUnlocked={(s) => enter(s)} />
        </StartupLayout>
      );
    case 'unlocked':
      return (
        <SessionContext.Provider value={sessionState}>
          {state.newVault ? (
            <StartupLayout onLanguage={onLanguage} onLock={() => void lock()}>
              <VaultCreatedPage
                recipients={state.newVault}
                onContinue={() => setState((s) => (s.kind === 'unlocked' ? { ...s, newVault: null } : s))}
              />
            </StartupLayout>
          ) : state.session.mustChangePassphrase ? (
            <StartupLayout onLanguage={onLanguage} onLock={() => void lock()}>
              <ForcedPassphraseChangePage onChanged={setSession} />
            </StartupLayout>
          ) : (
            <AppFrame onLanguage={onLanguage} />
          )}
        </SessionContext.Provider>
      );
  }
}
