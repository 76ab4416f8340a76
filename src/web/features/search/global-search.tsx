import { useNavigate } from '@tanstack/react-router';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../../contracts/search';
import { useSearch } from './use-search';

function useDebounced(value: string, delay: number) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * The header search: a WAI-ARIA combobox. Arrow keys move through partners and links found as the
 * user types, Enter opens the highlighted one, or the full results page when none is highlighted.
 */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const listboxId = `${id}-listbox`;
  const [q, setQ] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const debounced = useDebounced(q, 200);
  const query = useSearch(debounced);
  const results = query.data?.results ?? [];
  const isExpanded = isOpen && q.trim().length >= 2 && results.length > 0;

  const open = (result: SearchResult) => {
    setIsOpen(false);
    setQ('');
    if (result.type === 'partner')
      void navigate({ to: '/partners/$partnerId', params: { partnerId: result.id } });
    else void navigate({ to: '/links/$linkId', params: { linkId: result.id } });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setIsOpen(true);
      setActiveIndex((index) => (results.length ? (index + 1) % results.length : -1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActiveIndex((index) => (results.length ? (index - 1 + results.length) % results.length : -1));
    } else if (event.key === 'Escape') {
      setIsOpen(false);
      setActiveIndex(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const active = results[activeIndex];
      if (isExpanded && active) open(active);
      else if (q.trim()) {
        setIsOpen(false);
        void navigate({ to: '/search', search: { q: q.trim() } });
      }
    }
  };

  return (
    <div className="global-search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        className="input"
        role="combobox"
        aria-expanded={isExpanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={isExpanded && activeIndex >= 0 ? `${id}-option-${activeIndex}` : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
          setIsOpen(true);
          setActiveIndex(-1);
        }}
        onFocus={() => setIsOpen(true)}
        onBlur={() => window.setTimeout(() => setIsOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('search.hint')}
      </span>
      <div
        id={listboxId}
        role="listbox"
        aria-label={t('search.results')}
        className="search-listbox"
        hidden={!isExpanded}
      >
        {results.map((result, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection is handled by the combobox input
          <div
            key={`${result.type}-${result.id}`}
            id={`${id}-option-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === activeIndex}
            className="search-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => open(result)}
          >
            {result.title}
            <span className="search-option-meta">
              {t(`search.type.${result.type}`)}
              {result.subtitle ? ` · ${result.subtitle}` : ''}
            </span>
          </div>
        ))}
      </div>
      <span className="visually-hidden" role="status">
        {isOpen && q.trim().length >= 2 && query.data ? t('search.count', { count: results.length }) : ''}
      </span>
    </div>
  );
}
