import { Field } from '../ui/Field';
import type { FormErrors } from './form-errors';
import {
  type AttachmentDraft,
  type AttachmentEntry,
  type AttachmentField,
  type AttachmentKind,
  attachmentFields,
} from './form-values';

const kindLabels: Readonly<Record<AttachmentKind, string>> = {
  link: 'Link',
  file: 'File',
  image: 'Image',
};

const inputs: Readonly<
  Record<AttachmentField, { label: string; type: 'text' | 'url' | 'number'; hint?: string }>
> = {
  url: { label: 'URL', type: 'url' },
  title: { label: 'Link text', type: 'text', hint: 'Optional' },
  fileName: { label: 'File name', type: 'text' },
  mimeType: { label: 'Media type', type: 'text', hint: 'For example application/pdf' },
  sizeBytes: { label: 'Size (bytes)', type: 'number' },
  width: { label: 'Width (px)', type: 'number' },
  height: { label: 'Height (px)', type: 'number' },
  altText: { label: 'Alternative text', type: 'text' },
};

interface AttachmentEditorProps {
  entry: AttachmentEntry;
  index: number;
  errors: FormErrors;
  onChange: (entry: AttachmentDraft) => void;
  onRemove: () => void;
}

/** One attachment: a kind picker, then the inputs of that kind (the others keep their text). */
export function AttachmentEditor({
  entry,
  index,
  errors,
  onChange,
  onRemove,
}: AttachmentEditorProps) {
  const path = `attachments.${index}`;
  const ownMessages = errors.byField[path] ?? [];
  return (
    <fieldset className="attachment">
      <legend>Attachment {index + 1}</legend>
      {ownMessages.length > 0 && <p className="field-error">{ownMessages.join(' ')}</p>}
      {entry.kind === 'preserved' ? (
        <p>
          A “{entry.value.kind}” attachment, which this app cannot edit. It is kept as it is unless
          you remove it.
        </p>
      ) : (
        <>
          <Field name={`${path}.kind`} label="Kind" errors={errors}>
            {(props) => (
              <select
                {...props}
                value={entry.kind}
                onChange={(event) =>
                  onChange({ ...entry, kind: event.target.value as AttachmentKind })
                }
              >
                {Object.entries(kindLabels).map(([kind, label]) => (
                  <option key={kind} value={kind}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {attachmentFields[entry.kind].map((field) => (
            <Field
              key={field}
              name={`${path}.${field}`}
              label={inputs[field].label}
              hint={inputs[field].hint}
              errors={errors}
            >
              {(props) => (
                <input
                  {...props}
                  type={inputs[field].type}
                  value={entry[field]}
                  onChange={(event) => onChange({ ...entry, [field]: event.target.value })}
                />
              )}
            </Field>
          ))}
        </>
      )}
      <button type="button" onClick={onRemove}>
        Remove attachment {index + 1}
      </button>
    </fieldset>
  );
}
