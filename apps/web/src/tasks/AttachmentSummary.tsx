import type { Attachment } from '../api/types';

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** One attachment in a line of text; kinds this build does not know are named, not dropped. */
export function AttachmentSummary({ attachment }: { attachment: Attachment }) {
  switch (attachment.kind) {
    case 'link':
      return <a href={attachment.url}>{attachment.title ?? attachment.url}</a>;
    case 'file':
      return (
        <span>
          {attachment.fileName} ({kib(attachment.sizeBytes)})
        </span>
      );
    case 'image':
      return (
        <a href={attachment.url}>
          {attachment.altText || 'Image'} ({attachment.width}×{attachment.height})
        </a>
      );
    default:
      // Reachable once the server adds a kind this build was generated without.
      return <span>Unsupported attachment</span>;
  }
}
