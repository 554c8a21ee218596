import { Modal, Typography } from 'antd';
import { useShellText } from '../i18n/shell.ts';
import { keyCaps, useRegisteredShortcuts } from './shortcuts.ts';

/** `?`: every shortcut registered now — the shell's and the open screen's. */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useShellText();
  const shortcuts = useRegisteredShortcuts();
  const groups = [
    { title: t('shortcuts.screen'), items: shortcuts.filter((s) => s.scope !== 'global') },
    { title: t('shortcuts.global'), items: shortcuts.filter((s) => s.scope === 'global') },
  ].filter((group) => group.items.length > 0);
  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('shortcuts.title')} width={520}>
      {groups.map((group) => (
        <section key={group.title} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">{group.title}</Typography.Text>
          <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 4 }}>
            <tbody>
              {group.items.map((shortcut) => (
                <tr key={shortcut.keys}>
                  <td style={{ padding: '3px 0', width: 150, whiteSpace: 'nowrap' }}>
                    {keyCaps(shortcut.keys).map((cap) => (
                      <kbd
                        key={cap}
                        style={{
                          border: '1px solid #ccc',
                          borderBottomWidth: 2,
                          borderRadius: 3,
                          padding: '0 5px',
                          marginRight: 3,
                          fontSize: 12,
                          background: '#fafafa',
                        }}
                      >
                        {cap}
                      </kbd>
                    ))}
                  </td>
                  <td style={{ padding: '3px 0' }}>{shortcut.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </Modal>
  );
}
