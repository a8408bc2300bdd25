// The Review inbox section of a reviewer's vault: the packets received, one packet, or one of its applications.
import { ApplicationPage } from './ApplicationPage.js';
import { InboxPage } from './InboxPage.js';
import { useInbox } from './inbox-store.js';
import { PacketPage } from './PacketPage.js';
import './inbox.css';

export function InboxSection() {
  const view = useInbox((state) => state.view);
  switch (view.name) {
    case 'inbox':
      return <InboxPage />;
    case 'packet':
      return <PacketPage key={view.packetId} packetId={view.packetId} />;
    case 'application':
      return <ApplicationPage key={`${view.packetId}:${view.applicationId}`} packetId={view.packetId} applicationId={view.applicationId} />;
  }
}
