import { useEffect, useMemo, useRef, useState } from 'react';
import type { PortalCategory } from './api.ts';
import type { FieldControlProps } from './ui.tsx';

// 诉求分类: up to three levels. A citizen either walks down the tree (大类 → 小类 → 细类) or types a word and takes
// a whole path from the matches. A node with children may be chosen as it is when the finer level is unclear.

interface Node {
  code: string;
  name: string;
  children: Node[];
}

interface Entry {
  code: string;
  names: string[];
  hasChildren: boolean;
}

function flatten(nodes: Node[], above: string[] = []): Entry[] {
  return nodes.flatMap((node) => {
    const names = [...above, node.name];
    return [
      { code: node.code, names, hasChildren: node.children.length > 0 },
      ...flatten(node.children, names),
    ];
  });
}

const MAX_MATCHES = 30;

export function CategoryPicker(props: {
  control: FieldControlProps;
  labelId: string;
  categories: PortalCategory[];
  value: string;
  valueLabel: string;
  onChange: (code: string, path: string) => void;
}) {
  const tree = props.categories as unknown as Node[];
  const entries = useMemo(() => flatten(tree), [tree]);
  const [open, setOpen] = useState(false);
  const [trail, setTrail] = useState<Node[]>([]);
  const [query, setQuery] = useState('');
  const trigger = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const walked = useRef(false);
  const panelId = `${props.control.id}-panel`;
  const valueId = `${props.control.id}-value`;

  // The button just pressed is gone with its level: the keyboard's place moves to the new level's first choice.
  useEffect(() => {
    if (walked.current) list.current?.querySelector('button')?.focus();
  }, [trail]);
  const walk = (next: Node[]) => {
    walked.current = true;
    setTrail(next);
  };

  const choose = (code: string, names: string[]) => {
    props.onChange(code, names.join(' / '));
    setOpen(false);
    setQuery('');
    walked.current = false;
    setTrail([]);
    trigger.current?.focus();
  };

  const level = trail.length ? trail[trail.length - 1]!.children : tree;
  const words = query.trim().toLowerCase();
  const matches = words
    ? entries.filter((entry) => entry.names.join('/').toLowerCase().includes(words)).slice(0, MAX_MATCHES)
    : [];

  return (
    <div className="picker">
      <button
        ref={trigger}
        type="button"
        id={props.control.id}
        className="input picker-trigger"
        aria-expanded={open}
        aria-controls={panelId}
        aria-labelledby={`${props.labelId} ${valueId}`}
        aria-describedby={props.control['aria-describedby']}
        aria-invalid={props.control['aria-invalid']}
        onClick={() => setOpen(!open)}
      >
        <span id={valueId} className={props.value ? '' : 'placeholder'}>
          {props.value ? props.valueLabel : '请选择分类'}
        </span>
        <span aria-hidden="true" className="chevron">
          {open ? '▲' : '▼'}
        </span>
      </button>
      {open ? (
        <div id={panelId} className="picker-panel" role="group" aria-label="选择诉求分类">
          <label htmlFor={`${props.control.id}-search`} className="visually-hidden">
            搜索分类
          </label>
          <input
            id={`${props.control.id}-search`}
            type="search"
            className="input"
            placeholder="输入关键词搜索分类，如：供暖、噪音"
            value={query}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // The phone keyboard's 搜索 key must not send the whole form; one match is taken as it is.
              if (event.key !== 'Enter') return;
              event.preventDefault();
              if (matches.length === 1) choose(matches[0]!.code, matches[0]!.names);
            }}
          />
          {words ? (
            <ul className="option-list" aria-label="搜索结果">
              {matches.length === 0 ? <li className="muted option-empty">没有匹配的分类，请换个词</li> : null}
              {matches.map((entry) => (
                <li key={entry.code}>
                  <button type="button" className="option" onClick={() => choose(entry.code, entry.names)}>
                    {entry.names.join(' / ')}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <>
              {trail.length ? (
                <div className="picker-trail">
                  <button type="button" className="link-button" onClick={() => walk(trail.slice(0, -1))}>
                    ‹ 返回上一级
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      choose(
                        trail[trail.length - 1]!.code,
                        trail.map((node) => node.name),
                      )
                    }
                  >
                    就选“{trail[trail.length - 1]!.name}”
                  </button>
                </div>
              ) : null}
              <ul
                ref={list}
                className="option-list"
                aria-label={trail.length ? trail.map((n) => n.name).join(' / ') : '大类'}
              >
                {level.map((node) => (
                  <li key={node.code}>
                    <button
                      type="button"
                      className={node.code === props.value ? 'option option-selected' : 'option'}
                      aria-current={node.code === props.value ? 'true' : undefined}
                      onClick={() =>
                        node.children.length
                          ? walk([...trail, node])
                          : choose(node.code, [...trail.map((n) => n.name), node.name])
                      }
                    >
                      <span>{node.name}</span>
                      {node.children.length ? (
                        <span aria-hidden="true" className="chevron">
                          ›
                        </span>
                      ) : null}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
