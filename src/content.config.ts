import { defineCollection } from 'astro:content';
import { articleLoader } from './content/article-loader.ts';
import { articleSchema } from './content/article-schema.ts';

const articles = defineCollection({
  loader: articleLoader({ base: 'content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
