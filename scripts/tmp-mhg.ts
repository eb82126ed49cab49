import { renderFigureSvg } from '../src/figures/render-static.ts';
