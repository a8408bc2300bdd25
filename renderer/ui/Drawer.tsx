// A side sheet that holds one form: a titled modal dialog (react-aria) that keeps focus inside, closes on Escape, Cancel,
// the close button or a click beside it, asks the app's unsaved-changes question first when its form has changes, and
// gives focus back to the button that opened it.
import { createContext, useContext, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { X } from 'lucide-react';
import { ConfirmLeaveDialog, type LeaveTexts } from './ConfirmLeaveDialog.js';
import './detail.css';

export interface DrawerTexts {
  /** The accessible name of the close button in the drawer's head. */
  close: string;
  /** The question asked before closing drops unsaved changes. */
  leave: LeaveTexts;
}

interface DrawerProps {
  isOpen: boolean;
  title: string;
  /** True while the form inside holds changes that closing would drop. */
  dirty: boolean;
  /** Closes the drawer (the caller sets `isOpen` to false): at once, or once the person agreed to drop the changes. */
  onClose: () => void;
  texts: DrawerTexts;
  children: ReactNode;
}

type DrawerTextKey = 'drawer.close' | 'drawer.leave.title' | 'drawer.leave.text' | 'drawer.leave.stay' | 'drawer.leave.leave';

/** The drawer's texts from a feature's namespace, where every feature with drawers keeps them under the same keys. */
export function drawerTexts(t: (key: DrawerTextKey) => string): DrawerTexts {
  return {
    close: t('drawer.close'),
    leave: { title: t('drawer.leave.title'), text: t('drawer.leave.text'), stay: t('drawer.leave.stay'), leave: t('drawer.leave.leave') },
  };
}

/** Asks the drawer around a form to close, with the unsaved-changes question when there is something to lose. */
const DrawerCloseContext = createContext<(() => void) | null>(null);

/** The Cancel button of a form inside a drawer; outside a drawer it renders nothing. */
export function DrawerCancelButton({ label }: { label: string }) {
  const requestClose = useContext(DrawerCloseContext);
  if (!requestClose) return null;
  return (
    <button type="button" className="button secondary" onClick={requestClose}>
      {label}
    </button>
  );
}

/** Once the drawer opened, its first field takes the focus (react-aria would otherwise focus the dialog itself). */
function FocusFirstField({ children }: { children: ReactNode }) {
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = body.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, [role="spinbutton"], [role="combobox"]');
    first?.focus();
  }, []);
  return (
    <div ref={body} className="drawer-body">
      {children}
    </div>
  );
}

export function Drawer({ isOpen, title, dirty, onClose, texts, children }: DrawerProps) {
  const [asking, setAsking] = useState(false);

  function requestClose(): void {
    if (dirty) setAsking(true);
    else onClose();
  }

  function drop(): void {
    setAsking(false);
    onClose();
  }

  // Escape inside the question answers the question ("stay") and must not also reach the drawer, which would ask again.
  function keepEscapeInQuestion(event: KeyboardEvent): void {
    if (event.key === 'Escape') event.stopPropagation();
  }

  return (
    <ModalOverlay className="drawer-overlay" isOpen={isOpen} isDismissable onOpenChange={(open) => (open ? undefined : requestClose())}>
      <Modal className="drawer">
        <Dialog className="drawer-dialog">
          <div className="drawer-head">
            <Heading slot="title" className="drawer-title">
              {title}
            </Heading>
            <Button className="icon-button" aria-label={texts.close} onPress={requestClose}>
              <X aria-hidden="true" size={20} />
            </Button>
          </div>
          <DrawerCloseContext.Provider value={requestClose}>
            <FocusFirstField>{children}</FocusFirstField>
          </DrawerCloseContext.Provider>
          <div onKeyDown={keepEscapeInQuestion}>
            <ConfirmLeaveDialog pending={asking ? drop : null} onStay={() => setAsking(false)} texts={texts.leave} />
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
