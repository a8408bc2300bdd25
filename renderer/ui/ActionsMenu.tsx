// "More actions ▾": a menu button (react-aria) holding a record's rare actions, such as Merge and Delete; an action that
// needs confirming (Delete) asks first in the app's confirmation dialog, whose safe choice is focused.
import { useEffect, useRef, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { ChevronDown } from 'lucide-react';
import { ConfirmLeaveDialog, type LeaveTexts } from './ConfirmLeaveDialog.js';
import './detail.css';

export interface MenuAction {
  id: string;
  label: string;
  onAction: () => void;
  /** Asked before the action runs; `stay` is the safe choice. */
  confirm?: LeaveTexts;
  /** Shown in the danger colour: for Delete. */
  danger?: boolean;
}

type DeleteTextKey = 'detail.delete' | 'detail.deleteHint' | 'detail.deleteConfirm.stay' | 'detail.deleteConfirm.leave';

/**
 * A detail screen's Delete entry, asked first with `title` ("Delete …?"); every feature keeps the other texts under the
 * same keys of its namespace.
 */
export function deleteMenuAction(t: (key: DeleteTextKey) => string, title: string, onDelete: () => void): MenuAction {
  return {
    id: 'delete',
    label: t('detail.delete'),
    danger: true,
    onAction: onDelete,
    confirm: { title, text: t('detail.deleteHint'), stay: t('detail.deleteConfirm.stay'), leave: t('detail.deleteConfirm.leave') },
  };
}

interface ActionsMenuProps {
  /** The button's text, e.g. "More actions". */
  label: string;
  actions: readonly MenuAction[];
}

export function ActionsMenu({ label, actions }: ActionsMenuProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState<MenuAction | null>(null);
  const refocus = useRef(false);

  // After "stay", once the question has closed (its own effect runs first), the menu button takes the focus back:
  // the menu item that opened the question is gone.
  useEffect(() => {
    if (asking !== null || !refocus.current) return;
    refocus.current = false;
    trigger.current?.focus();
  }, [asking]);

  function choose(id: string): void {
    const action = actions.find((entry) => entry.id === id);
    if (!action) return;
    if (action.confirm) setAsking(action);
    else action.onAction();
  }

  function stay(): void {
    refocus.current = true;
    setAsking(null);
  }

  return (
    <>
      <MenuTrigger>
        <Button ref={trigger} className="button secondary menu-button">
          {label}
          <ChevronDown aria-hidden="true" size={18} />
        </Button>
        <Popover className="actions-popover" placement="bottom end">
          <Menu className="actions-menu" onAction={(key) => choose(String(key))}>
            {actions.map((action) => (
              <MenuItem key={action.id} id={action.id} textValue={action.label} className={action.danger ? 'actions-item danger' : 'actions-item'}>
                {action.label}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      <ConfirmLeaveDialog
        pending={
          asking
            ? () => {
                setAsking(null);
                asking.onAction();
              }
            : null
        }
        onStay={stay}
        texts={asking?.confirm ?? { title: '', text: '', stay: '', leave: '' }}
      />
    </>
  );
}
