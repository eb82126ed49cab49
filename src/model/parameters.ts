/** The parameter registry lives in ./parameters/; this file keeps the old import path working. */
export * from './parameters/index.ts';
