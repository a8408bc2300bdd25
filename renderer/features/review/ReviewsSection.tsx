// The committee review packets section: the packets sent and the returns imported, composing a packet, and one packet.
import { ComposePacketPage } from './ComposePacketPage.js';
import { PacketDetailPage } from './PacketDetailPage.js';
import { PacketsPage } from './PacketsPage.js';
import { useReviews } from './reviews-store.js';
import '../roster/roster.css';
import './reviews.css';

export function ReviewsSection() {
  const view = useReviews((state) => state.view);
  switch (view.name) {
    case 'packets':
      return <PacketsPage notice={view.notice ?? null} />;
    case 'compose':
      return <ComposePacketPage />;
    case 'packet':
      return <PacketDetailPage key={view.id} id={view.id} notice={view.notice ?? null} />;
  }
}
