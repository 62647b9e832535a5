import { z } from 'zod';

export const LinkAttachment = z
  .object({
    kind: z.literal('link'),
    url: z.url().max(2048),
    title: z.string().max(200).optional(),
  })
  .meta({ id: 'LinkAttachment' });

export const FileAttachment = z
  .object({
    kind: z.literal('file'),
    fileName: z.string().min(1).max(255),
    mimeType: z.string().max(127),
    sizeBytes: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31),
  })
  .meta({ id: 'FileAttachment' });

export const ImageAttachment = z
  .object({
    kind: z.literal('image'),
    url: z.url().max(2048),
    width: z.number().int().min(1).max(20_000),
    height: z.number().int().min(1).max(20_000),
    altText: z.string().max(500).default(''),
  })
  .meta({ id: 'ImageAttachment' });

/** A tagged union: clients switch on `kind` and must survive kinds added later. */
export const Attachment = z
  .discriminatedUnion('kind', [LinkAttachment, FileAttachment, ImageAttachment])
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;
