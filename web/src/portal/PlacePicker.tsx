import { useEffect, useRef, useState } from 'react';
import { messageOf, searchPlaces, type PortalPlace } from './api.ts';

// 诉求地址 from the city's list of named places (squares, schools, stations): searched by name or pinyin
// initials as the citizen types, a quarter of a second after the last key so that a phone sends few requests.

const DEBOUNCE_MS = 250;

export function PlacePicker(props: {
  district: string;
  onPick: (place: PortalPlace) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [places, setPlaces] = useState<PortalPlace[] | null>(null);
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    const words = query.trim();
    if (!words) {
      setPlaces(null);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      searchPlaces(words, props.district || undefined).then(
        (answer) => {
          if (!current) return;
          setError('');
          setPlaces(answer.places);
        },
        (failure: unknown) => current && setError(messageOf(failure)),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, props.district]);

  return (
    <div className="picker-panel" role="group" aria-label="选择地点">
      <label htmlFor="place-search" className="field-label">
        搜索地点
      </label>
      <input
        ref={input}
        id="place-search"
        type="search"
        className="input"
        placeholder="名称或拼音首字母，如：人民广场、rmgc"
        autoComplete="off"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          // The phone keyboard's 搜索 key must not send the whole form.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          if (places?.length === 1) props.onPick(places[0]!);
        }}
      />
      <div aria-live="polite">
        {error ? <p className="field-error">{error}</p> : null}
        {places && places.length === 0 ? (
          <p className="muted option-empty">没有找到这个地点，请直接填写地址</p>
        ) : null}
      </div>
      {places && places.length > 0 ? (
        <ul className="option-list" aria-label="地点">
          {places.map((place) => (
            <li key={place.id}>
              <button type="button" className="option option-two-lines" onClick={() => props.onPick(place)}>
                <span>{place.name}</span>
                <span className="muted">{place.address}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="link-button" onClick={props.onClose}>
        不选地点，直接填写地址
      </button>
    </div>
  );
}
