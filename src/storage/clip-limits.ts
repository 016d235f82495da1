/** Size limits a clip must respect before it reaches storage (a hostile page cannot fill the disk). */
export const CLIP_LIMITS = {
  id: 200,
  text: 2_000,
  context: 5_000,
  note: 10_000,
  tags: 50,
  tagLength: 50,
  url: 4_096,
  docField: 1_000,
  metric: 500,
  unit: 50,
  values: 50,
  quoteAffix: 500,
} as const;
