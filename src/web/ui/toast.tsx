import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Toast = { id: number; message: string; tone: 'success' | 'error' | 'info' };
type ToastContextValue = { showToast: (message: string, tone?: Toast['tone']) => void };

const ToastContext = createContext<ToastContextValue>({ showToast: () => undefined });

let nextId = 1;

/** Announces short confirmations in a polite live region that screen readers read out. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback(
    (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)),
    [],
  );
  const showToast = useCallback(
    (message: string, tone: Toast['tone'] = 'success') => {
      const id = nextId++;
      setToasts((current) => [...current.slice(-2), { id, message, tone }]);
      window.setTimeout(() => dismiss(id), 6000);
    },
    [dismiss],
  );
  const value = useMemo(() => ({ showToast }), [showToast]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <section className="toast-region" aria-label={t('toast.region')}>
        <div role="status" aria-live="polite" aria-atomic="false">
          {toasts.map((toast) => (
            <div key={toast.id} className={`toast toast-${toast.tone}`}>
              <span>{toast.message}</span>
              <button type="button" className="toast-close" onClick={() => dismiss(toast.id)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t('toast.dismiss')}</span>
              </button>
            </div>
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

export function useToast() {
  return useContext(ToastContext);
}
