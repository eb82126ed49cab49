import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { essaySchema } from './schemas/essay.ts';

const essays = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/essays' }),
  schema: essaySchema,
});

export const collections = { essays };
