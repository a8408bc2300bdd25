// A message region that is always in the page, so screen readers announce text as soon as it appears.
interface LiveMessageProps {
  id: string;
  text: string | null;
  /** `alert` for errors (announced at once), `status` for results and progress (announced politely). */
  kind: 'alert' | 'status';
  tone?: 'error' | 'success' | 'info' | undefined;
}

export function LiveMessage({ id, text, kind, tone }: LiveMessageProps) {
  const className = `message message-${tone ?? (kind === 'alert' ? 'error' : 'info')}`;
  return (
    <div id={id} role={kind} className="live-region">
      {text ? <p className={className}>{text}</p> : null}
    </div>
  );
}
