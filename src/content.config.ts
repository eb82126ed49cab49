import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { withFrontmatterCheck } from './authoring/frontmatter.ts';
import { essaySchema } from './schemas/essay.ts';

const essays = defineCollection({
  // The wrapper reports a bad frontmatter field with its file and line (Astro alone says :0:0).
  loader: withFrontmatterCheck(glob({ pattern: '*.mdx', base: './src/content/essays' })),
  schema: essaySchema,
});

export const collections = { essays };
